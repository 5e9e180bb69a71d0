package dev.ltt.people;

import dev.ltt.error.ConflictException;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** Creates a learner, with the id given (letters, digits, '.', '_', '-') or a generated one. */
public final class CreateLearner {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final LearnerStore store;

    public CreateLearner(Jdbi jdbi, LearnerStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    /** The request: every field optional. */
    public record Command(String id, String name, String email) {}

    public Learner create(Command command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.id() != null && !ID.matcher(command.id()).matches()) {
            errors.add(new FieldError(
                    "id", "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (command.name() != null
                && (command.name().isBlank() || command.name().length() > 200)) {
            errors.add(new FieldError("name", "give a name of 1 to 200 characters, or leave it out"));
        }
        if (command.email() != null && !EMAIL.matcher(command.email()).matches()) {
            errors.add(new FieldError("email", "give an address like name@example.org, or leave it out"));
        }
        if (!errors.isEmpty()) throw new InvalidInputException("the learner cannot be created as given", errors);
        String id = command.id() != null ? command.id() : generatedId();
        return jdbi.inTransaction(h -> {
            if (!store.insert(h, id, command.name(), command.email())) {
                throw new ConflictException("a learner with id " + id + " already exists: choose another id");
            }
            return Learner.of(store.find(h, id).orElseThrow());
        });
    }

    private static String generatedId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder id = new StringBuilder("learner-");
        for (int i = 0; i < 10; i++) id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return id.toString();
    }
}
