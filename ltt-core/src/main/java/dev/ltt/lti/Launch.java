package dev.ltt.lti;

/**
 * An accepted launch: who it signed in (a learner or, for staff roles, an instructor), the session token the
 * door keeps for them (never shown), the project the resource link opens (null when it names none, or none
 * that exists), and for a deep-linking request what the picker needs. {@code gradeProblem} says why grades
 * cannot be passed back for this launch, when the launch asked for them and the platform failed.
 */
public record Launch(String learnerId, boolean staff, String projectId, String sessionToken, String messageType,
                     String deepLinkReturnUrl, String deepLinkData, long registrationId, String deploymentId,
                     String requestedProject, String gradeProblem) {

    public boolean deepLinking() {
        return LaunchClaims.DEEP_LINKING.equals(messageType);
    }
}
