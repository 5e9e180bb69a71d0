package dev.ltt.validation;

import java.util.List;

/** The validators LTT ships with. */
public final class Validators {
    private Validators() {
    }

    public static ValidatorRegistry builtIn() {
        return new ValidatorRegistry(List.of(new NonEmptyValidator()));
    }
}
