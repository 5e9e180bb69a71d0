package dev.ltt.server.web;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.people.CreateLearner;
import dev.ltt.server.testing.TestServer;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A server with the web UI over a fresh database, the "SQL Basics" curriculum ingested, and helpers to make
 * learners and instructors (through the REST API, as an admin would) and to move learners along.
 */
final class WebFixture implements AutoCloseable {
    static final String SLUG = "sql-basics";
    static final String FIRST = "sql-basics@v1.1.1";
    static final String PICK = "sql-basics@v1.1.2";
    static final String TALK = "sql-basics@v1.1.3";
    static final String EQUALITY = "sql-basics@v1.2.1.1";
    static final String RANGES = "sql-basics@v1.2.1.2";
    static final String SORTING = "sql-basics@v1.2.2";
    static final String COUNT = "sql-basics@v1.3.1";
    final TestServer server;
    final UseCases use;

    WebFixture() {
        server = TestServer.start(ltt -> List.of(WebUi.extension(ltt)));
        use = server.ltt.use();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, resource("/web/sql-basics.json"))
                        .status())
                .isEqualTo(201);
    }

    static byte[] resource(String path) {
        try (InputStream in = WebFixture.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Creates a learner through the API and returns a token of theirs. */
    String learner(String id, String name) {
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}")
                        .status())
                .isEqualTo(201);
        return server.http
                .post("/api/v1/learners/" + id + "/tokens", ADMIN_TOKEN, "{\"valid_for_minutes\": 60}")
                .json()
                .get("token")
                .asText();
    }

    String instructor(String name) {
        return server.http
                .post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"" + name + "\"}")
                .json()
                .get("token")
                .asText();
    }

    /** Moves a learner along directly through the use-cases (what an agent would do for them). */
    void pass(String learner, String... tasks) {
        for (String task : tasks) {
            String content = task.equals(FIRST) ? "SELECT * FROM visits;" : "my answer";
            use.submitWork.submit(learner, task, new SubmitWork.Command(content, null, null), learner);
        }
    }

    void fail(String learner, String task) {
        use.submitWork.submit(learner, task, new SubmitWork.Command("SELECT name FROM patients", null, null), learner);
    }

    void createQuietly(String id, String name) {
        use.createLearner.create(new CreateLearner.Command(id, name, null));
    }

    @Override
    public void close() {
        server.close();
    }
}
