package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.lti.platforms.RegisterPlatform;
import dev.ltt.lti.platforms.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "lti",
        mixinStandardHelpOptions = true,
        description = "LTI 1.3: the platforms (LMSs) LTT accepts launches from, and the tool's key (docs/lti.md).",
        subcommands = {
            LtiCommand.Register.class,
            LtiCommand.ListAll.class,
            LtiCommand.AddDeployment.class,
            LtiCommand.Remove.class,
            LtiCommand.RotateKey.class
        })
final class LtiCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Register a platform.")
    static final class Register implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Option(names = "--issuer", required = true, paramLabel = "URL", description = "The platform's issuer (iss).")
        String issuer;

        @Option(
                names = "--client-id",
                required = true,
                paramLabel = "ID",
                description = "LTT's client_id at the platform.")
        String clientId;

        @Option(
                names = "--auth-url",
                required = true,
                paramLabel = "URL",
                description = "The platform's OIDC authorization endpoint.")
        String authUrl;

        @Option(
                names = "--token-url",
                required = true,
                paramLabel = "URL",
                description = "The platform's OAuth 2 token endpoint.")
        String tokenUrl;

        @Option(
                names = "--jwks-url",
                required = true,
                paramLabel = "URL",
                description = "The platform's public key set.")
        String jwksUrl;

        @Option(
                names = "--deployment",
                paramLabel = "ID",
                description = "A deployment id launches may come from (repeat for several).")
        List<String> deployments;

        @Option(
                names = "--token-audience",
                paramLabel = "AUD",
                description = "The aud of LTT's client assertion, when not the token URL.")
        String tokenAudience;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                Registration r = ltt.use()
                        .lti
                        .registerPlatform
                        .register(new RegisterPlatform.Command(
                                issuer, clientId, authUrl, tokenUrl, jwksUrl, deployments, tokenAudience));
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        r,
                        "registered " + r.issuer() + " (client_id " + r.clientId() + ") as registration " + r.id());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered platforms.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                List<Registration> all = ltt.use().lti.listRegistrations.list();
                StringBuilder text = new StringBuilder(
                        all.isEmpty() ? "no platforms registered: add one with 'ltt lti register'" : "");
                for (Registration r : all) {
                    text.append(String.format(
                            "%-5d %s  client_id %s  deployments %s%n",
                            r.id(),
                            r.issuer(),
                            r.clientId(),
                            r.deploymentIds().isEmpty() ? "(none)" : String.join(", ", r.deploymentIds())));
                }
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        all,
                        text.toString().stripTrailing());
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove a registered platform: its launches are refused from now on.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "ID", description = "The registration's id (see 'ltt lti list').")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                Registration r = ltt.use().lti.removeRegistration.remove(id);
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        r,
                        "removed registration " + r.id() + " (" + r.issuer() + ")");
                return 0;
            }
        }
    }

    @Command(
            name = "add-deployment",
            mixinStandardHelpOptions = true,
            description = "Accept launches from one more deployment of a registered platform.")
    static final class AddDeployment implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(index = "0", paramLabel = "ID", description = "The registration's id (see 'ltt lti list').")
        long id;

        @Parameters(index = "1", paramLabel = "DEPLOYMENT", description = "The platform's deployment id.")
        String deployment;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                Registration r = ltt.use().lti.addDeployment.add(id, deployment);
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        r,
                        "registration " + r.id() + " accepts deployments " + String.join(", ", r.deploymentIds()));
                return 0;
            }
        }
    }

    @Command(
            name = "rotate-key",
            mixinStandardHelpOptions = true,
            description =
                    "Sign with a new tool key; the previous one stays published at /lti/jwks until the next rotation.")
    static final class RotateKey implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                ltt.use().lti.publishKeys.ensureKey();
                String kid = ltt.use().lti.rotateToolKey.rotate();
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        Map.of("kid", kid),
                        "the tool now signs with key " + kid
                                + "; the previous key stays published until the next rotation");
                return 0;
            }
        }
    }
}
