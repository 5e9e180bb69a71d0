package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.server.AdminToken;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = {
            "Print a token for the REST API and MCP (send it as 'Authorization: Bearer <token>');",
            "list and revoke issued tokens.",
            "Only the token is printed, so TOKEN=$(ltt token learner ada) works in a shell."
        },
        subcommands = {
            TokenCommand.Admin.class,
            TokenCommand.Learner.class,
            TokenCommand.Instructor.class,
            TokenAdminCommands.ListAll.class,
            TokenAdminCommands.Revoke.class
        })
final class TokenCommand implements Runnable {
    static final int MAX_MINUTES = 525_600;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "admin",
            mixinStandardHelpOptions = true,
            description = {
                "The admin token: $LTT_ADMIN_TOKEN when set, else the one kept in <data dir>/admin-token",
                "(generated on first use, readable only by its owner)."
            })
    static final class Admin implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, String> env = System.getenv();
            AdminToken.Resolved admin =
                    AdminToken.resolve(env, Engine.settings(options, 1).dataDir());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("token", admin.token());
            json.put(
                    "source",
                    admin.source() == AdminToken.Source.ENVIRONMENT
                            ? AdminToken.ENVIRONMENT_VARIABLE
                            : admin.file().toString());
            Output.print(spec.commandLine().getOut(), options, json, admin.token());
            return 0;
        }
    }

    @Command(
            name = "learner",
            mixinStandardHelpOptions = true,
            description = "Issue a token scoped to one learner: it reads and changes only that learner's state.")
    static final class Learner implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "LEARNER", description = "The learner's id.")
        String learner;

        @Option(
                names = "--valid-for-minutes",
                paramLabel = "N",
                description =
                        "Expire the token after N minutes (1 to " + MAX_MINUTES + "; default: it does not expire).")
        Integer validForMinutes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Duration validFor = validFor(validForMinutes);
            try (Ltt ltt = Engine.open(options)) {
                var issued = ltt.use().issueToken.issueForLearner(learner, validFor);
                String token = issued.token();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("token", token);
                json.put("id", issued.id());
                json.put("learner_id", learner);
                if (validFor != null) json.put("valid_for_minutes", validForMinutes);
                Output.print(spec.commandLine().getOut(), options, json, token);
                return 0;
            }
        }
    }

    @Command(
            name = "instructor",
            mixinStandardHelpOptions = true,
            description =
                    "Issue an instructor token: read every learner's progress, answer help, write shared comments.")
    static final class Instructor implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(
                paramLabel = "NAME",
                description = "Who holds it (letters, digits, '.', '_', '-'); events name them.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                var issued = ltt.use().issueToken.issueForInstructor(name);
                String token = issued.token();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("token", token);
                json.put("id", issued.id());
                json.put("name", name);
                Output.print(spec.commandLine().getOut(), options, json, token);
                return 0;
            }
        }
    }

    static Duration validFor(Integer minutes) {
        if (minutes == null) return null;
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidInputException(
                    "--valid-for-minutes", "--valid-for-minutes must be from 1 to " + MAX_MINUTES + " (a year)");
        }
        return Duration.ofMinutes(minutes);
    }
}
