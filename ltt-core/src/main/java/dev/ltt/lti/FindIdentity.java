package dev.ltt.lti;

import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import org.jdbi.v3.core.Jdbi;

/** Which learner a platform user is: the learner a launch created for {@code (issuer, sub)}. */
public final class FindIdentity {
    private final Jdbi jdbi;
    private final Identities identities;

    FindIdentity(Jdbi jdbi, Identities identities) {
        this.jdbi = jdbi;
        this.identities = identities;
    }

    /** The identity found: {@code learner_id}, {@code issuer}, {@code sub}. */
    public record Found(String learnerId, String issuer, String sub) {}

    public Found find(String issuer, String sub) {
        if (issuer == null || issuer.isBlank()) throw new InvalidInputException("issuer", "give the platform's issuer");
        if (sub == null || sub.isBlank()) throw new InvalidInputException("sub", "give the user's sub");
        return jdbi.withHandle(h -> identities.find(h, issuer, sub))
                .map(i -> new Found(i.learnerId(), i.issuer(), i.sub()))
                .orElseThrow(() -> new NotFoundException("no launch from " + issuer + " has come for sub " + sub));
    }
}
