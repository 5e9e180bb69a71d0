package dev.ltt.lti.platforms;

import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Lets launches come from one more deployment of a registered platform: for platforms that create the deployment
 * after the registration (a Canvas app installed in another sub-account, a Blackboard institution), or a dynamic
 * registration that named none. Adding a known deployment changes nothing.
 */
public final class AddDeployment {
    private final Jdbi jdbi;
    private final RegistrationStore store;

    public AddDeployment(Jdbi jdbi, RegistrationStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    /** The registration as it is now. */
    public Registration add(long registrationId, String deploymentId) {
        List<FieldError> errors = new ArrayList<>();
        RegisterPlatform.text(errors, "deployment_id", deploymentId, RegisterPlatform.MAX_TEXT);
        if (!errors.isEmpty()) throw new InvalidInputException("the deployment cannot be added", errors);
        return jdbi.inTransaction(h -> {
            store.find(h, registrationId).orElseThrow(() -> ListRegistrations.notFound(registrationId));
            store.addDeployment(h, registrationId, deploymentId);
            return store.find(h, registrationId).orElseThrow();
        });
    }
}
