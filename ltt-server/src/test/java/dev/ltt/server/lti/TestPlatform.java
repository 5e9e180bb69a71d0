package dev.ltt.server.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ltt.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LTI 1.3 platform played by the test suite over loopback: its own RSA keys and JWKS (with a rotation step),
 * id_tokens signed like a real LMS's, a token endpoint that verifies LTT's client assertion against LTT's
 * {@code /lti/jwks}, and AGS line items and scores that record what they receive and can be told to fail.
 * Nothing of LTT's code is used here.
 */
final class TestPlatform implements AutoCloseable {
    static final String CLIENT_ID = "ltt-client-1";
    static final String DEPLOYMENT = "deployment-1";
    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    final String issuer;
    private final HttpServer server;
    private final String toolJwks;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private volatile RSAKey signing;
    final AtomicInteger jwksFetches = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger lineItemsCreated = new AtomicInteger();
    final AtomicBoolean failScores = new AtomicBoolean();
    final AtomicInteger failedScoreCalls = new AtomicInteger();
    /** Scores accepted, per line item id. */
    final Map<String, List<JsonNode>> scores = new ConcurrentHashMap<>();

    final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> lineItems = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> assertionIds = ConcurrentHashMap.newKeySet();

    /** A platform whose issuer is its own URL; {@code toolBase} is LTT's base URL (for its JWKS). */
    TestPlatform(String toolBase) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        this.toolJwks = toolBase + "/lti/jwks";
        this.toolBaseForCourse = toolBase;
        this.signing = newKey();
        published.add(signing);
        server.createContext("/jwks", this::jwks);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::lineItems);
        server.createContext("/auth", this::authorize);
        server.createContext("/course", this::course);
        server.createContext("/platform-storage.js", this::storageScript);
        server.createContext("/.well-known/openid-configuration", this::openidConfiguration);
        server.createContext("/register", this::registerTool);
        server.createContext("/memberships", this::memberships);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.start();
    }

    String url(String path) {
        return issuer + path;
    }

    /** The registration body LTT's admin would post for this platform. */
    String registrationJson() {
        return Json.object()
                .put("issuer", issuer)
                .put("client_id", CLIENT_ID)
                .put("authorization_endpoint", url("/auth"))
                .put("token_endpoint", url("/token"))
                .put("jwks_uri", url("/jwks"))
                .set("deployment_ids", Json.MAPPER.createArrayNode().add(DEPLOYMENT))
                .toString();
    }

    /** Starts signing with a new key, publishing both (the platform's key rotation). */
    void rotateKey() {
        signing = newKey();
        published.add(signing);
    }

    RSAKey signingKey() {
        return signing;
    }

    /** A learner's resource-link launch claims for a nonce; tests change or remove claims to make bad ones. */
    JWTClaimsSet.Builder launchClaims(String sub, String nonce, List<String> roles, String projectId) {
        Instant now = Instant.now();
        Map<String, Object> custom = new LinkedHashMap<>();
        if (projectId != null) custom.put("project_id", projectId);
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(sub)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "deployment_id", DEPLOYMENT)
                .claim(LTI + "roles", roles)
                .claim(LTI + "target_link_uri", "http://localhost/lti/launch")
                .claim(LTI + "resource_link", Map.of("id", "link-1", "title", "Mini project"))
                .claim(LTI + "context", Map.of("id", "course-1", "title", "Course one"))
                .claim(LTI + "custom", custom)
                .claim("name", "Grace Hopper")
                .claim("email", "grace@example.org");
    }

    /** AGS claim with the line-items container only (LTT finds or creates its line item). */
    Map<String, Object> agsContainerOnly() {
        return Map.of(
                "scope",
                List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems",
                url("/lineitems?context=course-1"));
    }

    /** AGS claim naming a line item the platform created (declarative, as Open edX does). */
    Map<String, Object> agsWithLineItem(String id) {
        ObjectNode item = Json.object()
                .put("id", url("/lineitems/" + id + "?context=course-1"))
                .put("label", "declared")
                .put("scoreMaximum", 4)
                .put("resourceLinkId", "link-1");
        lineItems.put(id, item);
        return Map.of(
                "scope",
                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems",
                url("/lineitems?context=course-1"),
                "lineitem",
                item.get("id").asText());
    }

    /** An instructor's deep-linking request, with opaque {@code data} the answer must echo. */
    JWTClaimsSet.Builder deepLinkingClaims(String sub, String nonce, String data) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", url("/deep-link-return"));
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_lineitem", true);
        settings.put("data", data);
        return launchClaims(sub, nonce, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"), null)
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
    }

    /**
     * The deep-link return's checks: the JWT verifies against LTT's published keys and carries the response's
     * required claims; answers the claims, or throws saying what is wrong.
     */
    JWTClaimsSet verifyDeepLinkResponse(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        HttpResponse<String> keys =
                client.send(HttpRequest.newBuilder(URI.create(toolJwks)).build(), HttpResponse.BodyHandlers.ofString());
        RSAKey key = (RSAKey)
                JWKSet.parse(keys.body()).getKeyByKeyId(signed.getHeader().getKeyID());
        if (key == null) throw new IllegalStateException("signed with a key LTT does not publish");
        if (!signed.verify(new RSASSAVerifier(key))) throw new IllegalStateException("signature does not verify");
        JWTClaimsSet c = signed.getJWTClaimsSet();
        if (!CLIENT_ID.equals(c.getIssuer())) throw new IllegalStateException("iss " + c.getIssuer());
        if (!c.getAudience().contains(issuer)) throw new IllegalStateException("aud " + c.getAudience());
        if (c.getExpirationTime().toInstant().isBefore(Instant.now())) throw new IllegalStateException("expired");
        if (c.getIssueTime() == null || c.getStringClaim("nonce") == null)
            throw new IllegalStateException("iat or nonce");
        if (!"LtiDeepLinkingResponse".equals(c.getStringClaim(LTI + "message_type")))
            throw new IllegalStateException("type");
        if (!"1.3.0".equals(c.getStringClaim(LTI + "version"))) throw new IllegalStateException("version");
        if (!DEPLOYMENT.equals(c.getStringClaim(LTI + "deployment_id"))) throw new IllegalStateException("deployment");
        return c;
    }

    String sign(JWTClaimsSet claims) {
        return sign(claims, signing, signing.getKeyID());
    }

    static String sign(JWTClaimsSet claims, RSAKey key, String kid) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
            if (kid != null) header.keyID(kid);
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every score received for the line item whose URL contains {@code id}, in order. */
    List<JsonNode> scoresFor(String lineItemUrl) {
        return scores.getOrDefault(lineItemUrl, List.of());
    }

    List<ObjectNode> lineItemsCreatedList() {
        return new ArrayList<>(lineItems.values());
    }

    /** Who the browser's authorization step signs in: the login_hint is the sub; these roles and this project. */
    volatile List<String> browserRoles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");

    volatile String browserProject = "mini";
    volatile boolean browserDeepLinking;
    /** The deep-linking answers the return endpoint verified. */
    final List<JWTClaimsSet> deepLinkAnswers = new CopyOnWriteArrayList<>();

    /** The deep-link return: verifies the JWT form field against LTT's keys, as the LMS does, and says so. */
    private void deepLinkReturn(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            JWTClaimsSet claims = verifyDeepLinkResponse(form.get("JWT"));
            deepLinkAnswers.add(claims);
            respond(
                    ex,
                    200,
                    "text/html",
                    "<!DOCTYPE html><html><body><h1 id=\"linked\">Link added to the course</h1>" + "</body></html>");
        } catch (Exception e) {
            problems.add("deep-link return: " + e.getMessage());
            respond(ex, 400, "text/plain", "bad deep-linking response");
        }
    }

    final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** The authorization step a browser goes through: an auto-posted form with a signed id_token, as an LMS does. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id"))
                || !"id_token".equals(q.get("response_type"))
                || !"form_post".equals(q.get("response_mode"))
                || q.get("nonce") == null
                || q.get("state") == null
                || !q.get("redirect_uri").endsWith("/lti/launch")) {
            problems.add("authorization request " + q);
            respond(ex, 400, "text/plain", "bad authorization request");
            return;
        }
        authorizations.add(q.get("login_hint"));
        String token = sign(
                browserDeepLinking
                        ? deepLinkingClaims(q.get("login_hint"), q.get("nonce"), "browser-data")
                                .build()
                        : launchClaims(q.get("login_hint"), q.get("nonce"), browserRoles, browserProject)
                                .build());
        respond(
                ex,
                200,
                "text/html",
                "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + q.get("redirect_uri")
                        + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + token + "\"><input type=\"hidden\" "
                        + "name=\"state\" value=\"" + q.get("state")
                        + "\"></form><script>document.forms[0].submit()</script>"
                        + "</body></html>");
    }

    /** A course page of the LMS that frames the tool's login initiation, as Canvas or Moodle do. */
    volatile String toolBaseForCourse;

    private void course(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        String login =
                toolBaseForCourse + "/lti/login?iss=" + java.net.URLEncoder.encode(issuer, StandardCharsets.UTF_8)
                        + "&login_hint=" + q.getOrDefault("user", "framed-learner") + "&target_link_uri="
                        + java.net.URLEncoder.encode(toolBaseForCourse + "/lti/launch", StandardCharsets.UTF_8)
                        + "&client_id=" + CLIENT_ID + "&lti_deployment_id=" + DEPLOYMENT;
        // ?storage=on offers platform storage (answered by /platform-storage.js); ?storage=tamper stores other values
        String storage = q.get("storage");
        if (storage != null) login += "&lti_storage_target=_parent";
        String toolOrigin = URI.create(toolBaseForCourse).getScheme() + "://"
                + URI.create(toolBaseForCourse).getAuthority();
        String script = storage == null
                ? ""
                : "<div id=\"platform-storage\" data-tool-origin=\"" + toolOrigin + "\" data-tamper=\""
                        + "tamper".equals(storage) + "\"></div><script src=\"/platform-storage.js\"></script>";
        respond(
                ex,
                200,
                "text/html",
                "<!DOCTYPE html><html><head><title>Course one</title></head><body><h1>Course one"
                        + "</h1>" + script
                        + "<iframe id=\"tool\" title=\"LTT\" style=\"width:1200px;height:800px\" src=\""
                        + login.replace("&", "&amp;") + "\"></iframe></body></html>");
    }

    private void storageScript(HttpExchange ex) throws IOException {
        try (var in = TestPlatform.class.getResourceAsStream("platform-storage.js")) {
            respond(ex, 200, "text/javascript", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static final String REGISTRATION_TOKEN = "reg-token-123";
    /** The registration requests the platform accepted. */
    final List<JsonNode> registrations = new CopyOnWriteArrayList<>();

    /** Dynamic registration, step 1: the platform's configuration, for the holder of the registration token. */
    private void openidConfiguration(HttpExchange ex) throws IOException {
        if (!("Bearer " + REGISTRATION_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            problems.add("configuration read without the registration token");
        }
        ObjectNode config = Json.object()
                .put("issuer", issuer)
                .put("authorization_endpoint", url("/auth"))
                .put("token_endpoint", url("/token"))
                .put("jwks_uri", url("/jwks"))
                .put("registration_endpoint", url("/register"));
        config.putArray("scopes_supported").add("openid").add("https://purl.imsglobal.org/spec/lti-ags/scope/score");
        config.putObject("https://purl.imsglobal.org/spec/lti-platform-configuration")
                .put("product_family_code", "test")
                .put("version", "1");
        respond(ex, 200, "application/json", config.toString());
    }

    /** Dynamic registration, step 2: checks the tool's request as Moodle does, answers a client_id and deployment. */
    private void registerTool(HttpExchange ex) throws IOException {
        JsonNode body = Json.MAPPER.readTree(ex.getRequestBody().readAllBytes());
        List<String> wrong = new ArrayList<>();
        if (!("Bearer " + REGISTRATION_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization")))
            wrong.add("token");
        if (!"web".equals(body.path("application_type").asText())) wrong.add("application_type");
        if (!body.path("response_types").toString().contains("id_token")) wrong.add("response_types");
        if (!body.path("redirect_uris").isArray()) wrong.add("redirect_uris");
        if (!"private_key_jwt".equals(body.path("token_endpoint_auth_method").asText())) wrong.add("auth method");
        if (!body.path("jwks_uri").asText().equals(toolJwks)) wrong.add("jwks_uri");
        if (!body.path("initiate_login_uri").asText().endsWith("/lti/login")) wrong.add("initiate_login_uri");
        if (!body.path("https://purl.imsglobal.org/spec/lti-tool-configuration")
                .path("messages")
                .isArray()) wrong.add("messages");
        if (!wrong.isEmpty()) {
            problems.add("registration request: " + wrong);
            respond(ex, 400, "application/json", "{\"error\":\"invalid_client_metadata\"}");
            return;
        }
        registrations.add(body);
        ObjectNode answer = body.deepCopy();
        answer.put("client_id", CLIENT_ID);
        ((ObjectNode) answer.get("https://purl.imsglobal.org/spec/lti-tool-configuration"))
                .put("deployment_id", DEPLOYMENT);
        respond(ex, 200, "application/json", answer.toString());
    }

    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    final AtomicInteger membershipPages = new AtomicInteger();

    /** The NRPS claim of a launch from course-1. */
    Map<String, Object> nrpsClaim() {
        return Map.of(
                "context_memberships_url", url("/memberships?context=course-1"), "service_versions", List.of("2.0"));
    }

    /** NRPS: two pages of members, linked by rel="next"; checks the media type and the token. */
    private void memberships(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !accessTokens.contains(auth.substring("Bearer ".length())))
            problems.add("roster without token");
        if (!"application/vnd.ims.lti-nrps.v2.membershipcontainer+json"
                .equals(ex.getRequestHeaders().getFirst("Accept"))) {
            problems.add("roster asked with Accept " + ex.getRequestHeaders().getFirst("Accept"));
        }
        membershipPages.incrementAndGet();
        boolean second = ex.getRequestURI().getRawQuery().contains("page=2");
        ObjectNode body = Json.object().put("id", url("/memberships?context=course-1"));
        body.putObject("context").put("id", "course-1");
        ArrayNode members = body.putArray("members");
        if (!second) {
            members.addObject()
                    .put("user_id", "roster-rosa")
                    .put("name", "Rosa Parks")
                    .put("status", "Active")
                    .putArray("roles")
                    .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
            members.addObject()
                    .put("user_id", "roster-teacher")
                    .put("name", "Tess Teacher")
                    .put("status", "Active")
                    .putArray("roles")
                    .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
            ex.getResponseHeaders().add("Link", "<" + url("/memberships?context=course-1&page=2") + ">; rel=\"next\"");
        } else {
            members.addObject()
                    .put("user_id", "roster-alan")
                    .put("name", "Alan Turing")
                    .put("status", "Active")
                    .putArray("roles")
                    .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
            members.addObject()
                    .put("user_id", "roster-gone")
                    .put("name", "Gone Away")
                    .put("status", "Inactive")
                    .putArray("roles")
                    .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        }
        respond(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", body.toString());
    }

    private void jwks(HttpExchange ex) throws IOException {
        jwksFetches.incrementAndGet();
        List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
        published.forEach(k -> keys.add(k.toPublicJWK()));
        respond(ex, 200, "application/json", Json.MAPPER.writeValueAsString(new JWKSet(keys).toJSONObject(true)));
    }

    /** The client-credentials grant: LTT's assertion must verify against LTT's published keys. */
    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String problem = checkAssertion(form);
        if (problem != null) {
            problems.add("token: " + problem);
            respond(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        accessTokens.add(token);
        respond(
                ex,
                200,
                "application/json",
                Json.object()
                        .put("access_token", token)
                        .put("token_type", "Bearer")
                        .put("expires_in", 3600)
                        .put("scope", form.get("scope"))
                        .toString());
    }

    private String checkAssertion(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) return "grant_type " + form.get("grant_type");
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "client_assertion_type";
        }
        try {
            SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
            HttpResponse<String> keys = client.send(
                    HttpRequest.newBuilder(URI.create(toolJwks)).build(), HttpResponse.BodyHandlers.ofString());
            RSAKey key = (RSAKey)
                    JWKSet.parse(keys.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) return "assertion signed with a key LTT does not publish";
            if (!jwt.verify(new RSASSAVerifier(key))) return "assertion signature";
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!CLIENT_ID.equals(c.getIssuer()) || !CLIENT_ID.equals(c.getSubject())) return "assertion iss/sub";
            if (!c.getAudience().contains(url("/token"))) return "assertion aud " + c.getAudience();
            if (c.getExpirationTime() == null
                    || c.getExpirationTime().toInstant().isBefore(Instant.now())) return "exp";
            if (c.getJWTID() == null || !assertionIds.add(c.getJWTID())) return "jti missing or reused";
            return null;
        } catch (Exception e) {
            return "assertion unreadable: " + e;
        }
    }

    /** GET (filtered by resource_link_id and tag) and POST of line items; POST of scores under an item. */
    private void lineItems(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !accessTokens.contains(auth.substring(7))) {
            problems.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " without a valid token");
            respond(ex, 401, "application/json", "{}");
            return;
        }
        String path = ex.getRequestURI().getPath();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.endsWith("/scores") && ex.getRequestMethod().equals("POST")) {
            score(ex, path, body);
        } else if (path.equals("/lineitems") && ex.getRequestMethod().equals("GET")) {
            Map<String, String> query = form(ex.getRequestURI().getRawQuery());
            ArrayNode found = Json.MAPPER.createArrayNode();
            lineItems.values().stream()
                    .filter(i -> i.path("resourceLinkId").asText().equals(query.get("resource_link_id"))
                            && (query.get("tag") == null
                                    || i.path("tag").asText().equals(query.get("tag"))))
                    .forEach(found::add);
            respond(ex, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", found.toString());
        } else if (path.equals("/lineitems") && ex.getRequestMethod().equals("POST")) {
            if (!"application/vnd.ims.lis.v2.lineitem+json"
                    .equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
                problems.add("line item posted as " + ex.getRequestHeaders().getFirst("Content-Type"));
            }
            ObjectNode item = (ObjectNode) Json.MAPPER.readTree(body);
            String id = "created-" + lineItemsCreated.incrementAndGet();
            item.put("id", url("/lineitems/" + id + "?context=course-1"));
            lineItems.put(id, item);
            respond(ex, 201, "application/vnd.ims.lis.v2.lineitem+json", item.toString());
        } else {
            respond(ex, 404, "application/json", "{}");
        }
    }

    private void score(HttpExchange ex, String path, String body) throws IOException {
        if (failScores.get()) {
            failedScoreCalls.incrementAndGet();
            respond(ex, 503, "text/plain", "gradebook is down");
            return;
        }
        if (!"application/vnd.ims.lis.v1.score+json"
                .equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            problems.add("score posted as " + ex.getRequestHeaders().getFirst("Content-Type"));
        }
        String query = ex.getRequestURI().getRawQuery();
        String item = url(path.substring(0, path.length() - "/scores".length()) + (query == null ? "" : "?" + query));
        JsonNode score = Json.MAPPER.readTree(body);
        List<JsonNode> received = scores.computeIfAbsent(item, k -> Collections.synchronizedList(new ArrayList<>()));
        if (!received.isEmpty()) {
            Instant previous = Instant.parse(
                    received.get(received.size() - 1).get("timestamp").asText());
            if (!Instant.parse(score.get("timestamp").asText()).isAfter(previous))
                problems.add("timestamp not increasing");
        }
        received.add(score);
        respond(ex, 200, "application/json", "{}");
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) return values;
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
