package dev.ltt.lti.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.ConflictException;
import dev.ltt.json.Json;
import dev.ltt.lti.LaunchRefused;
import dev.ltt.lti.grades.Ags;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * LTI Dynamic Registration 1.0, the tool's side: reads the platform's OpenID configuration (with the
 * registration token), checks that its issuer is the host the configuration came from, registers LTT at the
 * platform's registration endpoint, and stores the registration it gets back (with the deployment, when the
 * platform names one, as Moodle does).
 */
public final class RegisterDynamically {
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    private final Jdbi jdbi;
    private final PlatformHttp http;
    private final RegistrationStore store;

    public RegisterDynamically(Jdbi jdbi, PlatformHttp http, RegistrationStore store) {
        this.jdbi = jdbi;
        this.http = http;
        this.store = store;
    }

    /** What the platform sent, and LTT's own URLs to register. */
    public record Command(
            String openidConfiguration,
            String registrationToken,
            String loginUrl,
            String launchUrl,
            String jwksUrl,
            String logoUrl) {}

    public Registration register(Command c) {
        if (c.openidConfiguration() == null || c.openidConfiguration().length() > 2000) {
            throw LaunchRefused.bad("the registration request has no openid_configuration");
        }
        URI configUri;
        try {
            configUri = URI.create(c.openidConfiguration());
        } catch (IllegalArgumentException e) {
            throw LaunchRefused.bad("openid_configuration is not a URL");
        }
        if (configUri.getHost() == null || !List.of("http", "https").contains(configUri.getScheme())) {
            throw LaunchRefused.bad("openid_configuration is not an http(s) URL");
        }
        if (c.registrationToken() != null && c.registrationToken().length() > 8192) {
            throw LaunchRefused.bad("registration_token is too long");
        }
        try {
            JsonNode config = json(
                    http.get(c.openidConfiguration(), "application/json", c.registrationToken()),
                    "the platform's configuration");
            String issuer = text(config, "issuer");
            URI issuerUri = URI.create(issuer);
            if (!configUri.getHost().equalsIgnoreCase(issuerUri.getHost())) {
                throw LaunchRefused.untrusted(
                        "the platform's issuer " + issuer + " is not the host its configuration " + "came from");
            }
            String registrationEndpoint = text(config, "registration_endpoint");
            PlatformHttp.Answer answer = http.postJson(
                    registrationEndpoint, "application/json", request(c, config).toString(), c.registrationToken());
            JsonNode registered = json(answer, "the platform's registration endpoint");
            String clientId = text(registered, "client_id");
            List<String> deployments = new ArrayList<>();
            String deployment =
                    registered.path(TOOL_CONFIGURATION).path("deployment_id").asText(null);
            if (deployment != null && !deployment.isEmpty()) deployments.add(deployment);
            Registration wanted = new Registration(
                    0,
                    issuer,
                    clientId,
                    text(config, "authorization_endpoint"),
                    text(config, "token_endpoint"),
                    text(config, "jwks_uri"),
                    config.path("authorization_server").asText(null),
                    deployments,
                    null);
            return jdbi.inTransaction(h -> {
                long id = store.insert(h, wanted)
                        .orElseThrow(() -> new ConflictException(
                                "LTT is already registered " + "with " + issuer + " as client_id " + clientId));
                return store.find(h, id).orElseThrow();
            });
        } catch (PlatformHttp.PlatformException e) {
            throw new LaunchRefused(502, "the registration with the platform failed: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw LaunchRefused.bad("the platform's configuration names an unusable URL");
        }
    }

    /** The tool's registration request (DR section 3.3), with LTI's tool configuration. */
    private static ObjectNode request(Command c, JsonNode config) {
        URI launch = URI.create(c.launchUrl());
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("application_type", "web");
        body.set("response_types", Json.MAPPER.createArrayNode().add("id_token"));
        body.set("grant_types", Json.MAPPER.createArrayNode().add("implicit").add("client_credentials"));
        body.put("initiate_login_uri", c.loginUrl());
        body.set("redirect_uris", Json.MAPPER.createArrayNode().add(c.launchUrl()));
        body.put("client_name", "LTT, the Learning Task Tracker");
        body.put("jwks_uri", c.jwksUrl());
        if (c.logoUrl() != null) body.put("logo_uri", c.logoUrl());
        body.put("token_endpoint_auth_method", "private_key_jwt");
        body.put(
                "scope",
                String.join(
                        " ",
                        Ags.SCOPE_LINEITEM,
                        Ags.SCOPE_LINEITEM + ".readonly",
                        Ags.SCOPE_SCORE,
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"));
        ObjectNode tool = body.putObject(TOOL_CONFIGURATION);
        tool.put("domain", launch.getAuthority());
        tool.set("secondary_domains", Json.MAPPER.createArrayNode());
        tool.put("target_link_uri", c.launchUrl());
        tool.putObject("custom_parameters");
        tool.put("description", "Projects of tasks with dependencies; progress goes to the gradebook.");
        tool.set(
                "claims",
                Json.MAPPER
                        .createArrayNode()
                        .add("iss")
                        .add("sub")
                        .add("name")
                        .add("given_name")
                        .add("family_name")
                        .add("email"));
        ArrayNode messages = tool.putArray("messages");
        ObjectNode deepLinking = messages.addObject();
        deepLinking.put("type", "LtiDeepLinkingRequest");
        deepLinking.put("target_link_uri", c.launchUrl());
        deepLinking.put("label", "LTT project");
        deepLinking.set("custom_parameters", Json.MAPPER.createObjectNode());
        ObjectNode resourceLink = messages.addObject();
        resourceLink.put("type", "LtiResourceLinkRequest");
        resourceLink.put("target_link_uri", c.launchUrl());
        resourceLink.put("label", "LTT");
        return body;
    }

    private static JsonNode json(PlatformHttp.Answer answer, String what) {
        if (!answer.ok()) throw new PlatformHttp.PlatformException(what + " answered " + answer.status());
        try {
            JsonNode node = Json.MAPPER.readTree(answer.body());
            if (node == null || !node.isObject())
                throw new PlatformHttp.PlatformException(what + " is not a JSON object");
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlatformHttp.PlatformException(what + " is not JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        if (value == null || value.isBlank()) throw new PlatformHttp.PlatformException("the platform sent no " + field);
        return value;
    }
}
