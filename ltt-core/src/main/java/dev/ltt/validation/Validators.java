package dev.ltt.validation;

import java.util.List;

/** The validators LTT ships with, wired with {@code new}. */
public final class Validators {
    private Validators() {}

    /** The built-ins, with SQL datasets from {@value SqlDatasets#ENVIRONMENT_VARIABLE} (none when unset). */
    public static ValidatorRegistry builtIn() {
        return builtIn(SqlDatasets.fromEnvironment());
    }

    public static ValidatorRegistry builtIn(SqlDatasets datasets) {
        return new ValidatorRegistry(all(datasets));
    }

    public static List<Validator> all(SqlDatasets datasets) {
        return List.of(
                new NonEmptyValidator(),
                new RegexValidator(),
                new ExactValidator(),
                new NormalizedTextValidator(),
                new NumericValidator(),
                new OneOfValidator(),
                new PythonOutputValidator(),
                new SqlResultValidator(datasets));
    }
}
