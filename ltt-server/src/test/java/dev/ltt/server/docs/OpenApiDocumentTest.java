package dev.ltt.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.http.Access;
import dev.ltt.server.http.Route;
import dev.ltt.server.mcp.McpHttp;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept OpenAPI document, as the server serves it, against the routes the server registers: the same
 * (method, path) pairs both ways, each operation's access level equal to its route's, and a valid 3.1 document.
 */
class OpenApiDocumentTest {
    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");
    /**
     * Paths served by a servlet mounted in the server's Jetty, not by a Javalin route, so that neither
     * {@code routes()} nor {@code endpoints()} lists them: each with the methods it answers. They count as
     * registered in the comparison below, and a test checks that each is really served.
     */
    private static final Map<String, Set<String>> SERVLET_MOUNTED = Map.of(
            // MCP streamable HTTP (dev.ltt.server.mcp.McpHttp): the MCP SDK's servlet, behind McpAuthFilter
            McpHttp.PATH, Set.of("POST", "GET", "DELETE"));
    /**
     * Operations that take a body but never answer 422: bad input is a result inside a 200 (a tool's error
     * result, a JSON-RPC error), so that an agent can hand it to the model unchanged.
     */
    private static final Set<String> INPUT_ERRORS_IN_RESULT =
            Set.of("POST /api/v1/learners/{learnerId}/tools/{name}", "POST " + McpHttp.PATH);
    /** Success responses without a body, as "METHOD /path STATUS": the MCP transport answers these empty. */
    private static final Set<String> EMPTY_SUCCESS = Set.of(
            "POST " + McpHttp.PATH + " 202",
            "DELETE " + McpHttp.PATH + " 200",
            "DELETE /api/v1/learners/{learnerId}/memory 204",
            "DELETE /api/v1/learners/{learnerId}/memory/observations/{observationId} 204");

    static TestServer server;
    static SwaggerParseResult parsed;
    static OpenAPI api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Response response = server.http.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        parsed = new OpenAPIV3Parser().readContents(response.text(), null, options);
        api = parsed.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_served_document_is_valid_openapi_3_1() {
        assertThat(parsed.getMessages()).as("messages of the OpenAPI parser").isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(api.getOpenapi()).startsWith("3.1.");
        assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme())
                .isEqualTo("bearer");
    }

    @Test
    void the_document_describes_exactly_the_endpoints_the_server_registers() {
        Set<String> registered = new TreeSet<>();
        server.server.routes().forEach(route -> registered.add(key(route)));
        server.server.endpoints().forEach(endpoint -> registered.add(openApiPath(endpoint)));
        SERVLET_MOUNTED.forEach((path, methods) -> methods.forEach(method -> registered.add(method + " " + path)));
        Set<String> documented = operations().keySet();

        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(registered);
        assertThat(undocumented.isEmpty() && notServed.isEmpty())
                .withFailMessage(
                        "openapi.yaml (ltt-server/src/main/resources/openapi/) and the server disagree.%n"
                                + "Registered by the server but not described (add them to the document):%n  %s%n"
                                + "Described but not registered (remove them, or fix the method or path):%n  %s",
                        String.join("\n  ", undocumented), String.join("\n  ", notServed))
                .isTrue();
    }

    @Test
    void the_servlet_mounted_paths_are_served_and_refuse_a_call_without_a_token() {
        SERVLET_MOUNTED.forEach((path, methods) -> methods.forEach(method -> {
            Response response = server.http.send(method, path, null, method.equals("POST") ? "{}" : null);
            assertThat(response.status())
                    .as(method + " " + path + " without a token: " + response.text())
                    .isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }));
    }

    @Test
    void every_operation_states_the_access_level_of_its_route() {
        Map<String, Operation> operations = operations();
        List<String> wrong = new ArrayList<>();
        for (Route route : server.server.routes()) {
            Operation operation = operations.get(key(route));
            if (operation == null) continue; // reported by the test above
            Object declared = operation.getExtensions() == null
                    ? null
                    : operation.getExtensions().get("x-ltt-access");
            if (!route.access().name().equals(declared)) {
                wrong.add(key(route) + ": x-ltt-access is " + declared + ", the route's access is " + route.access());
            }
            String description = operation.getDescription() == null ? "" : operation.getDescription();
            if (!description.startsWith("Access: " + route.access().name())) {
                wrong.add(key(route) + ": the description must begin with \"Access: " + route.access() + "\"");
            }
        }
        operations().forEach((key, operation) -> {
            String declared = access(operation);
            String description = operation.getDescription() == null ? "" : operation.getDescription();
            if (!description.startsWith("Access: " + declared)) {
                wrong.add(key + ": the description must begin with \"Access: " + declared + "\"");
            }
            boolean servletMounted = SERVLET_MOUNTED.containsKey(key.substring(key.indexOf(' ') + 1));
            if (!servletMounted
                    && Arrays.stream(Access.values())
                            .noneMatch(level -> level.name().equals(declared))) {
                wrong.add(key + ": x-ltt-access " + declared + " is not a level of dev.ltt.server.http.Access");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void public_operations_need_no_token_and_every_other_one_the_bearer_token() {
        assertThat(api.getSecurity())
                .singleElement()
                .satisfies(requirement -> assertThat(requirement).containsKey("bearer"));
        List<String> wrong = new ArrayList<>();
        operations().forEach((key, operation) -> {
            boolean isPublic = Access.PUBLIC.name().equals(access(operation));
            boolean overridesSecurity = operation.getSecurity() != null;
            if (isPublic && !(overridesSecurity && operation.getSecurity().isEmpty())) {
                wrong.add(key + " is PUBLIC: give it `security: []`");
            }
            if (!isPublic && overridesSecurity) wrong.add(key + " needs a token: leave the global bearer security");
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void operations_document_the_errors_their_access_level_and_inputs_can_cause_as_problem_json() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((key, operation) -> {
            String access = access(operation);
            Set<String> codes = operation.getResponses().keySet();
            List<String> needed = new ArrayList<>();
            if (!Access.PUBLIC.name().equals(access)) needed.add("401");
            if (!Access.PUBLIC.name().equals(access) && !Access.ANY.name().equals(access)) needed.add("403");
            if (key.contains("{")) needed.add("404");
            if (operation.getRequestBody() != null) needed.addAll(List.of("400", "413"));
            if (operation.getRequestBody() != null && !INPUT_ERRORS_IN_RESULT.contains(key)) needed.add("422");
            if (INPUT_ERRORS_IN_RESULT.contains(key) && codes.contains("422")) wrong.add(key + " never answers 422");
            needed.stream()
                    .filter(code -> !codes.contains(code))
                    .forEach(code -> wrong.add(key + " lacks a " + code + " response"));
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") && !isProblem(response))
                    wrong.add(key + " " + code + " must be application/problem+json Problem");
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_path_parameter_of_a_template_is_declared_and_every_success_response_has_a_schema() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((key, operation) -> {
            Set<String> inTemplate = new TreeSet<>();
            Matcher m = TEMPLATE_PARAM.matcher(key);
            while (m.find()) inTemplate.add(m.group(1));
            Set<String> declared = operation.getParameters() == null
                    ? Set.of()
                    : operation.getParameters().stream()
                            .filter(p -> "path".equals(p.getIn()))
                            .map(Parameter::getName)
                            .collect(Collectors.toCollection(TreeSet::new));
            if (!inTemplate.equals(declared))
                wrong.add(key + ": path parameters declared " + declared + ", in the path " + inTemplate);
            if (operation.getOperationId() == null) wrong.add(key + " has no operationId");
            operation.getResponses().forEach((code, response) -> {
                if (!code.startsWith("2")) return;
                boolean empty =
                        response.getContent() == null || response.getContent().isEmpty();
                if (empty != EMPTY_SUCCESS.contains(key + " " + code)) {
                    wrong.add(key + " " + code
                            + (empty ? " has no content" : " has content, but the server answers it empty"));
                } else if (!empty)
                    response.getContent().forEach((type, media) -> {
                        if (media.getSchema() == null) wrong.add(key + " " + code + " " + type + " has no schema");
                    });
            });
        });
        assertThat(wrong).isEmpty();
    }

    /** Every documented operation by "METHOD /path". */
    static Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    static String key(Route route) {
        return route.method().name() + " " + openApiPath(route.path());
    }

    /** Javalin writes path parameters {name} (or <name>, which may span slashes); OpenAPI writes {name}. */
    static String openApiPath(String javalinPath) {
        return javalinPath.replaceAll("<([^>/]+)>", "{$1}");
    }

    private static String access(Operation operation) {
        return operation.getExtensions() == null
                ? null
                : String.valueOf(operation.getExtensions().get("x-ltt-access"));
    }

    private static boolean isProblem(ApiResponse response) {
        if (response.getContent() == null) return false;
        MediaType media = response.getContent().get("application/problem+json");
        return media != null
                && media.getSchema() != null
                && media.getSchema().getProperties() != null
                && media.getSchema().getProperties().keySet().containsAll(List.of("type", "title", "status", "detail"));
    }
}
