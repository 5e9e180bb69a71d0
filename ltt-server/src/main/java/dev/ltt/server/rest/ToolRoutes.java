package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.ANY;
import static dev.ltt.server.http.Access.LEARNER_WRITE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.server.http.Authorization;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.HttpProblem;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.server.tools.Caller;
import dev.ltt.server.tools.ToolCatalog;
import dev.ltt.server.tools.ToolResult;
import dev.ltt.server.tools.ToolSpec;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The MCP tools as plain function calling, for agent frameworks without MCP.
 *
 * <p>{@code GET /api/v1/tools} (any valid token) lists {@code [{name, description, input_schema,
 * output_schema, read_only}]}; with {@code ?format=openai} it lists them in the OpenAI form
 * {@code [{type: "function", function: {name, description, parameters}}]}.
 *
 * <p>{@code POST /api/v1/learners/{learnerId}/tools/{name}} (an admin, or that learner) calls a tool for that
 * learner; the body is the tool's arguments (an empty body is {}). The answer is 200
 * {@code {is_error, structured_content, text}} for every tool result, errors included, exactly as over MCP:
 * an error's {@code structured_content} is {@code {code, message, errors?, blocked_by?}} with code
 * NOT_FOUND, INVALID_INPUT, INVALID_STATE, BLOCKED... An unknown tool name is a 404 problem, a body that is
 * not JSON a 400 problem, and a missing or refused token 401/403 as everywhere in the API.
 */
final class ToolRoutes {
    private final ToolCatalog catalog;

    ToolRoutes(UseCases use) {
        this.catalog = new ToolCatalog(use);
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/tools", ANY, this::list),
                Route.post("/api/v1/learners/{learnerId}/tools/{name}", LEARNER_WRITE, this::call));
    }

    private void list(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("openai") && !format.equals("ltt")) {
            throw HttpProblem.badRequest("format", "format must be ltt (the default) or openai");
        }
        ArrayNode tools = Json.MAPPER.createArrayNode();
        for (ToolSpec spec : catalog.tools()) tools.add("openai".equals(format) ? openAi(spec) : plain(spec));
        ctx.json(tools);
    }

    private void call(Context ctx) {
        String learner = Params.learnerId(ctx);
        String name = ctx.pathParam("name");
        if (catalog.find(name).isEmpty()) {
            throw new HttpProblem(404, "no tool named " + name + ": GET /api/v1/tools lists them");
        }
        JsonNode arguments = arguments(Body.bytes(ctx, Body.DEFAULT_LIMIT));
        ToolResult result = catalog.call(
                name, new Caller(learner, Authorization.principal(ctx).name()), arguments);
        ObjectNode answer = Json.object().put("is_error", result.isError());
        answer.set("structured_content", result.structuredContent());
        ctx.json(answer.put("text", result.text()));
    }

    private static JsonNode arguments(byte[] body) {
        if (body.length == 0) return Json.object();
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("$", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HttpProblem(400, "the request body could not be read");
        }
    }

    private static ObjectNode plain(ToolSpec spec) {
        ObjectNode tool = Json.object().put("name", spec.name()).put("description", spec.description());
        tool.set("input_schema", spec.inputSchema());
        tool.set("output_schema", spec.outputSchema());
        return tool.put("read_only", spec.readOnly());
    }

    private static ObjectNode openAi(ToolSpec spec) {
        ObjectNode tool = Json.object().put("type", "function");
        ObjectNode function =
                tool.putObject("function").put("name", spec.name()).put("description", spec.description());
        function.set("parameters", spec.inputSchema());
        return tool;
    }
}
