package dev.ltt.validation;

import java.util.List;

/** The validators LTT ships with, wired with {@code new}. */
public final class Validators {
    private Validators() {
    }

    public static ValidatorRegistry builtIn() {
        return new ValidatorRegistry(all());
    }

    public static List<Validator> all() {
        return List.of(new NonEmptyValidator(), new RegexValidator(), new ExactValidator(),
                new NormalizedTextValidator(), new NumericValidator(), new OneOfValidator(),
                new PythonOutputValidator());
    }
}
