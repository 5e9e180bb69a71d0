package dev.ltt.lti;

/**
 * An accepted launch: who it signed in (a learner or, for staff roles, an instructor), the session token the
 * door keeps for them (never shown), the project the resource link opens (null when it names none, or none
 * that exists), and for a deep-linking request the picker's handle
 * (single use, one hour) that {@link AnswerDeepLink} takes back. {@code gradeProblem} says why grades
 * cannot be passed back for this launch, when the launch asked for them and the platform failed.
 */
public record Launch(
        String learnerId,
        boolean staff,
        String projectId,
        String sessionToken,
        String messageType,
        String deepLinkHandle,
        long registrationId,
        String deploymentId,
        String requestedProject,
        String gradeProblem,
        java.util.List<Choice> choices) {

    /** A project the deep-linking picker offers. */
    public record Choice(String projectId, String title, int leaves) {}

    public boolean deepLinking() {
        return LaunchClaims.DEEP_LINKING.equals(messageType);
    }
}
