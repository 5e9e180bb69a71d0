package dev.ltt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers stay where the design puts them: the template knows no learners, and no layer calls a use-case. */
@AnalyzeClasses(packages = "dev.ltt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The use-cases: grouped by feature, with their shared plumbing in dev.ltt.usecase. */
    static final String[] USE_CASES = {
        "dev.ltt.usecase..",
        "dev.ltt.curriculum..",
        "dev.ltt.work..",
        "dev.ltt.progress..",
        "dev.ltt.cohort..",
        "dev.ltt.people..",
        "dev.ltt.discussion..",
        "dev.ltt.memory..",
        "dev.ltt.workspace..",
        "dev.ltt.lti.."
    };

    @ArchTest
    static final ArchRule the_template_layer_never_depends_on_the_instance_layer = noClasses()
            .that()
            .resideInAPackage("dev.ltt.template..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.ltt.instance..")
            .because("the curriculum is shared by every learner and knows nothing of them (ADR-001)");

    @ArchTest
    static final ArchRule the_template_and_instance_layers_never_depend_on_use_cases = noClasses()
            .that()
            .resideInAnyPackage("dev.ltt.template..", "dev.ltt.instance..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(USE_CASES)
            .because("use-cases call the layers, never the other way round");
}
