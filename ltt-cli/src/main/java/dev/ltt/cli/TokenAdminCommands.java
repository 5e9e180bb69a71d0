package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.people.TokenSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltt token list} and {@code ltt token revoke ID}: the issued tokens, as an admin sees them. */
final class TokenAdminCommands {
    private TokenAdminCommands() {}

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = {
                "List issued learner and instructor tokens, newest first: id, role, who, created, expires,",
                "last used (to the minute). Never the tokens themselves."
            })
    static final class ListAll implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Mixin
        Paging page;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                List<TokenSummary> tokens = ltt.use().listTokens.all(page.limit, page.offset);
                StringBuilder text = new StringBuilder(
                        tokens.isEmpty()
                                ? "no tokens issued yet: issue one with 'ltt token learner LEARNER'"
                                : String.format(
                                        "%-8s %-10s %-24s %-17s %-17s %s%n",
                                        "ID", "ROLE", "WHO", "CREATED", "EXPIRES", "LAST USED"));
                for (TokenSummary t : tokens) {
                    text.append(String.format(
                            "%-8d %-10s %-24s %-17s %-17s %s%n",
                            t.id(),
                            t.role(),
                            t.learnerId() != null ? t.learnerId() : t.name(),
                            minute(t.createdAt(), "-"),
                            minute(t.expiresAt(), "never"),
                            minute(t.lastUsedAt(), "never")));
                }
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        tokens,
                        text.toString().stripTrailing());
                return 0;
            }
        }

        private static String minute(Instant instant, String none) {
            return instant == null
                    ? none
                    : instant.truncatedTo(ChronoUnit.MINUTES)
                            .toString()
                            .replace("T", " ")
                            .replace(":00Z", "Z");
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = {
                "Revoke an issued token by its id (see 'ltt token list'): refused from then on by every",
                "server on this database (within a second)."
            })
    static final class Revoke implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "ID", description = "The token's id, from 'ltt token list'.")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                TokenSummary revoked = ltt.use().revokeToken.revoke(id);
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        revoked,
                        "revoked token " + revoked.id() + " (" + revoked.role() + " "
                                + (revoked.learnerId() != null ? revoked.learnerId() : revoked.name()) + ")");
                return 0;
            }
        }
    }
}
