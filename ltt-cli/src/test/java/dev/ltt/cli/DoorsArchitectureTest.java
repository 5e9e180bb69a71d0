package dev.ltt.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The doors (the server's REST, MCP and web, and the CLI) reach the engine only through the feature packages,
 * {@code dev.ltt.error}, {@code dev.ltt.json} and {@code Ltt}: never the layers below. Checked here because
 * this module sees every module's classes.
 */
@AnalyzeClasses(
        packages = "dev.ltt",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoorsArchitectureTest.NoTestJars.class})
class DoorsArchitectureTest {

    @ArchTest
    static final ArchRule the_doors_never_reach_the_stores_templates_or_validators = noClasses()
            .that()
            .resideInAnyPackage("dev.ltt.server..", "dev.ltt.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.ltt.instance..", "dev.ltt.template..", "dev.ltt.validation..")
            .because("a door parses, calls one use-case and renders its result records (issue 8)");

    @ArchTest
    static final ArchRule the_doors_never_reach_the_lti_stores_or_platform_calls = noClasses()
            .that()
            .resideInAnyPackage("dev.ltt.server..", "dev.ltt.cli..")
            .should()
            .dependOnClassesThat()
            .haveNameMatching("dev\\.ltt\\.lti(\\.\\w+)?\\.(RegistrationStore|LoginStateStore"
                    + "|ToolKeys|PlatformKeys|PlatformHttp|PlatformTokens|ScoreOutbox|ScoreQueue|LineItems|Rosters|RosterSync"
                    + "|Identities|DeepLinks|IdTokenVerifier|Ags)(\\$.*)?")
            .because("the LTI sub-packages make their plumbing public for each other, not for the doors (issue 8)");

    /** Leaves out the other modules' test jars when they come from a repository rather than the reactor. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
