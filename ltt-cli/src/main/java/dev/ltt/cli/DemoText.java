package dev.ltt.cli;

import dev.ltt.server.AdminToken;
import java.util.Map;

/** The block {@code ltt serve --demo} prints: where to go, which tokens to use, and a curl to start with. */
final class DemoText {
    private static final Map<String, String> LABELS = Map.of(
            "api",
            "REST API",
            "health",
            "health",
            "docs",
            "API docs",
            "openapi",
            "OpenAPI",
            "mcp",
            "MCP (agents)",
            "web",
            "web UI");

    private static final String MAJI_NDOGO = "maji-ndogo-part1-v3";

    private DemoText() {}

    static String of(String baseUrl, Map<String, String> urls, Demo.Setup setup, AdminToken.Resolved admin) {
        StringBuilder text = new StringBuilder("\nDemo ready:");
        setup.projects()
                .forEach(p -> text.append(String.format("%n  project %-22s %s (%s)", p.slug(), p.title(), p.state())));
        text.append(String.format("%n  learner %s%n%nURLs:", setup.learner()));
        urls.forEach((key, url) -> text.append(String.format("%n  %-14s %s", LABELS.get(key) + ":", url)));
        text.append(String.format("%n%nTokens (send as 'Authorization: Bearer <token>'):"));
        text.append(String.format("%n  %-14s %s", "learner:", setup.learnerToken() + "  (" + setup.learner() + ")"));
        text.append(String.format(
                "%n  %-14s %s", "instructor:", setup.instructorToken() + "  (" + setup.instructor() + ")"));
        text.append(String.format(
                "%n  %-14s %s",
                "admin:",
                admin.source() == AdminToken.Source.FILE
                        ? admin.token() + "  (kept in " + admin.file() + ")"
                        : "the value of " + AdminToken.ENVIRONMENT_VARIABLE));
        String slug = setup.projects().get(setup.projects().size() - 1).slug();
        text.append(String.format(
                "%n%nTry it:%n  curl -H 'Authorization: Bearer %s' %s/api/v1/learners/%s/projects/%s/ready%n",
                setup.learnerToken(), baseUrl, setup.learner(), slug));
        if (setup.projects().stream().anyMatch(p -> p.slug().equals(MAJI_NDOGO))) {
            text.append(String.format(
                    "  curl -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' "
                            + "-d '{\"query\": \"SELECT * FROM location LIMIT 5\"}' %s/api/v1/learners/%s/projects/%s/sql%n"
                            + "  (Maji Ndogo's SQL runs on its built-in md_water_services dataset; see docs/workspace.md)%n",
                    setup.learnerToken(), baseUrl, setup.learner(), MAJI_NDOGO));
        }
        return text.toString();
    }
}
