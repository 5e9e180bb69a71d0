package dev.ltt.lti;

import java.util.List;
import java.util.Map;

/**
 * What LTT takes from a verified id_token. {@code lineItem}/{@code lineItems}/{@code agsScopes} come from the AGS
 * claim, {@code membershipsUrl} from NRPS, {@code deepLinkReturnUrl}/{@code deepLinkData} from the deep-linking
 * settings; each is null when not sent.
 */
public record LaunchClaims(
        String issuer,
        String sub,
        String messageType,
        String deploymentId,
        List<String> roles,
        String resourceLinkId,
        String resourceLinkTitle,
        Map<String, String> custom,
        String name,
        String email,
        String contextId,
        String lineItem,
        String lineItems,
        List<String> agsScopes,
        String membershipsUrl,
        String deepLinkReturnUrl,
        String deepLinkData) {
    static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    boolean staff() {
        return LtiRoles.staff(roles);
    }
}
