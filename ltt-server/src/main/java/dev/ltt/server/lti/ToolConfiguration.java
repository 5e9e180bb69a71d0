package dev.ltt.server.lti;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an LMS admin pastes for a manual setup: LTT's login, launch, JWKS and deep-linking URLs and the scopes it
 * asks for; or, with {@code ?format=canvas}, a Canvas developer key JSON (public claims, so names and email come).
 */
final class ToolConfiguration {
    static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    static final String TITLE = "LTT, the Learning Task Tracker";
    static final String DESCRIPTION =
            "Projects of tasks with dependencies; each learner's progress is passed back " + "to the gradebook.";

    private ToolConfiguration() {}

    static Map<String, Object> describe(ToolUrls urls, boolean canvas) {
        return canvas ? canvas(urls) : plain(urls);
    }

    private static Map<String, Object> plain(ToolUrls urls) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("title", TITLE);
        config.put("description", DESCRIPTION);
        config.put("oidc_login_url", urls.login());
        config.put("launch_url", urls.launch());
        config.put("redirect_uris", List.of(urls.launch()));
        config.put("jwks_url", urls.jwks());
        config.put("deep_link_url", urls.launch());
        config.put("dynamic_registration_url", urls.register());
        config.put("scopes", SCOPES);
        config.put("custom_parameters", Map.of("project_id", "the project's slug, e.g. python-fundamentals"));
        return config;
    }

    private static Map<String, Object> canvas(ToolUrls urls) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("title", TITLE);
        config.put("description", DESCRIPTION);
        config.put("oidc_initiation_url", urls.login());
        config.put("target_link_uri", urls.launch());
        config.put("public_jwk_url", urls.jwks());
        config.put("scopes", SCOPES);
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("placement", "assignment_selection");
        selection.put("message_type", "LtiDeepLinkingRequest");
        selection.put("target_link_uri", urls.launch());
        Map<String, Object> linkSelection = new LinkedHashMap<>(selection);
        linkSelection.put("placement", "link_selection");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("text", "LTT");
        settings.put("placements", List.of(selection, linkSelection));
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("platform", "canvas.instructure.com");
        extension.put("privacy_level", "public");
        extension.put("settings", settings);
        config.put("extensions", List.of(extension));
        config.put("custom_fields", Map.of());
        return config;
    }
}
