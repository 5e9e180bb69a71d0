package dev.ltt.people;

import dev.ltt.access.Role;
import dev.ltt.access.TokenStore;
import dev.ltt.access.Tokens;
import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerStore;
import dev.ltt.usecase.ProjectAccess;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** Issues a token scoped to one learner, or an instructor token; only its hash is stored. */
public final class IssueToken {
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final LearnerStore learners;
    private final Clock clock;

    public IssueToken(Jdbi jdbi, TokenStore tokens, LearnerStore learners, Clock clock) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.learners = learners;
        this.clock = clock;
    }

    /** A new token, shown once, with the id it is listed and revoked by. */
    public record NewToken(long id, String token) {}

    /** A token for the learner; {@code validFor} null means it does not expire. */
    public String forLearner(String learnerId, Duration validFor) {
        return issueForLearner(learnerId, validFor).token();
    }

    /** As {@link #forLearner}, with the token's id. */
    public NewToken issueForLearner(String learnerId, Duration validFor) {
        return jdbi.inTransaction(h -> {
            if (learners.find(h, learnerId).isEmpty()) throw ProjectAccess.noLearner(learnerId);
            String token = Tokens.generate();
            long id = tokens.insert(
                    h,
                    Tokens.sha256(token),
                    Role.LEARNER,
                    learnerId,
                    null,
                    validFor == null ? null : clock.instant().plus(validFor));
            return new NewToken(id, token);
        });
    }

    public String forInstructor(String name) {
        return issueForInstructor(name).token();
    }

    /** An instructor token, with its id. */
    public NewToken issueForInstructor(String name) {
        if (name == null || !CreateLearner.ID.matcher(name).matches()) {
            throw new InvalidInputException(
                    "name", "name the instructor with 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return jdbi.inTransaction(h -> {
            String token = Tokens.generate();
            return new NewToken(tokens.insert(h, Tokens.sha256(token), Role.INSTRUCTOR, null, name, null), token);
        });
    }
}
