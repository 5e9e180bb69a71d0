package dev.ltt.server.web;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static dev.ltt.server.web.WebFixture.FIRST;
import static dev.ltt.server.web.WebFixture.PICK;
import static dev.ltt.server.web.WebFixture.SLUG;
import static dev.ltt.server.web.WebFixture.TALK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.web.WebClient.Page;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web pages over plain HTTP, as a browser without JavaScript sees them: signing in and out, who may see
 * what, CSRF on every form, HTML error pages, and curriculum Markdown that cannot run script.
 */
class WebPagesTest {
    static WebFixture fixture;
    static int learners;

    @BeforeAll
    static void start() {
        fixture = new WebFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** A client signed in with a new learner's token; returns the learner id in {@code id[0]}. */
    static WebClient signedInLearner(String[] id) {
        id[0] = "web" + (++learners);
        String token = fixture.learner(id[0], "Learner " + learners);
        WebClient web = new WebClient(fixture.baseUrl());
        assertThat(web.post("/login", "token", token).status()).isEqualTo(303);
        return web;
    }

    @Test
    void the_sign_in_form_labels_its_token_field() {
        Page page = new WebClient(fixture.baseUrl()).get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body())
                .contains("<html lang=\"en\">")
                .contains("<label for=\"token\">")
                .contains("id=\"token\" name=\"token\"");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void signing_in_sets_an_http_only_strict_cookie_and_sends_learners_to_their_projects() {
        String token = fixture.learner("cookie1", "Cookie");
        WebClient web = new WebClient(fixture.baseUrl());

        Page in = web.post("/login", "token", token);

        assertThat(in.status()).isEqualTo(303);
        assertThat(in.location()).isEqualTo("/learn");
        assertThat(in.setCookies())
                .anySatisfy(c -> assertThat(c)
                        .startsWith("ltt_session=")
                        .contains("HttpOnly")
                        .contains("SameSite=Strict")
                        .contains("Path=/")
                        .doesNotContain(token));
        Page home = web.get("/learn");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("SQL Basics").contains("Signed in as <strong>cookie1</strong>");
    }

    @Test
    void a_wrong_token_is_refused_in_words() {
        Page page = new WebClient(fixture.baseUrl()).post("/login", "token", "ltt_not-a-real-token");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("That token is not valid");
        assertThat(page.setCookies()).noneMatch(c -> c.startsWith("ltt_session=") && !c.contains("Max-Age=0"));
    }

    @Test
    void a_sign_in_link_sets_the_cookie_and_takes_the_token_out_of_the_address() {
        String token = fixture.learner("link1", "Link");
        WebClient web = new WebClient(fixture.baseUrl());

        Page link = web.get("/login?token=" + token);

        assertThat(link.status()).isEqualTo(303);
        assertThat(link.location()).isEqualTo("/welcome?to=learn").doesNotContain(token);
        assertThat(link.header("Referrer-Policy")).isEqualTo("no-referrer");
        Page welcome = web.get(link.location());
        assertThat(welcome.body()).contains("http-equiv=\"refresh\" content=\"0;url=/learn\"");
        assertThat(web.get("/learn").status()).isEqualTo(200);
    }

    @Test
    void pages_without_a_session_redirect_to_sign_in_and_come_back_afterwards() {
        WebClient web = new WebClient(fixture.baseUrl());

        Page page = web.get("/learn/projects/" + SLUG);

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/?next=%2Flearn%2Fprojects%2F" + SLUG);
        String token = fixture.learner("next1", "Next");
        assertThat(web.post("/login", "token", token, "next", "/learn/projects/" + SLUG)
                        .location())
                .isEqualTo("/learn/projects/" + SLUG);
    }

    @Test
    void learners_cannot_open_instructor_pages_and_instructors_are_sent_to_theirs() {
        String[] id = new String[1];
        WebClient learner = signedInLearner(id);
        Page forbidden = learner.get("/teach/projects/" + SLUG);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("text/html");
        assertThat(forbidden.body()).contains("These pages are for instructors").doesNotContain("Exception");

        WebClient instructor = new WebClient(fixture.baseUrl());
        assertThat(instructor.post("/login", "token", fixture.instructor("kim")).location())
                .isEqualTo("/teach");
        assertThat(instructor.get("/learn").status()).isEqualTo(403);
        assertThat(instructor
                        .get("/teach/learners/" + id[0] + "/projects/" + SLUG)
                        .body())
                .contains("SQL Basics")
                .contains(id[0]);
    }

    @Test
    void every_form_needs_the_session_csrf_token_and_this_sites_origin() {
        String[] id = new String[1];
        WebClient web = signedInLearner(id);
        String csrf = web.get("/learn/tasks/" + FIRST).csrf();

        Page noToken = web.post("/learn/tasks/" + FIRST + "/start");
        Page wrongToken = web.post("/learn/tasks/" + FIRST + "/start", "csrf", csrf + "x");
        Page otherSite =
                web.post("/learn/tasks/" + FIRST + "/start", Map.of("Origin", "https://evil.example"), "csrf", csrf);

        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("This form has expired");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(otherSite.status()).isEqualTo(403);
        assertThat(fixture.use.showTask.show(id[0], FIRST).status()).isEqualTo("open");

        Page ok = web.post("/learn/tasks/" + FIRST + "/start", "csrf", csrf);
        assertThat(ok.status()).isEqualTo(303);
        assertThat(fixture.use.showTask.show(id[0], FIRST).status()).isEqualTo("in_progress");
    }

    @Test
    void a_refused_action_is_explained_in_words_a_learner_understands() {
        String[] id = new String[1];
        WebClient web = signedInLearner(id);
        String csrf = web.get("/learn/tasks/" + PICK).csrf();

        Page refused = web.post("/learn/tasks/" + PICK + "/start", "csrf", csrf);
        assertThat(refused.location()).isEqualTo("/learn/tasks/" + PICK);
        assertThat(web.get(refused.location()).body()).contains("Finish these first: “Your first query”.");

        fixture.pass(id[0], FIRST);
        Page noReason = web.post("/learn/tasks/" + FIRST + "/reopen", "csrf", csrf, "reason", " ");
        assertThat(web.get(noReason.location()).body())
                .contains("Please say why you want to reopen this task: a sentence is enough.");
    }

    @Test
    void a_submission_shows_its_feedback_and_the_next_task() {
        String[] id = new String[1];
        WebClient web = signedInLearner(id);
        String csrf = web.get("/learn/tasks/" + FIRST).csrf();

        web.post("/learn/tasks/" + FIRST + "/submit", "csrf", csrf, "content", "SELECT name FROM visits");
        Page failed = web.get("/learn/tasks/" + FIRST);
        assertThat(failed.body())
                .contains("Not passed yet (attempt 1).")
                .contains("start with SELECT * FROM visits")
                .contains("Attempt 1");

        web.post("/learn/tasks/" + FIRST + "/submit", "csrf", csrf, "content", "select * from visits;");
        Page passed = web.get("/learn/tasks/" + FIRST);
        assertThat(passed.body())
                .contains("Passed: this task is closed.")
                .contains("Next up: “Pick the columns you need”.")
                .contains("Attempt 2")
                .contains("✓</span> Closed");
        assertThat(web.get("/learn/tasks/" + FIRST).body()).doesNotContain("Passed: this task is closed.");
    }

    @Test
    void signing_out_clears_the_session() {
        String[] id = new String[1];
        WebClient web = signedInLearner(id);
        String csrf = web.get("/learn").csrf();

        Page out = web.post("/logout", "csrf", csrf);

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.setCookies())
                .anySatisfy(c -> assertThat(c).startsWith("ltt_session=;").contains("Max-Age=0"));
        assertThat(web.get("/learn").status()).isEqualTo(303);
    }

    @Test
    void unknown_pages_and_tasks_are_html_not_found_pages_while_the_api_keeps_problem_json() {
        String[] id = new String[1];
        WebClient web = signedInLearner(id);

        Page task = web.get("/learn/tasks/sql-basics@v1.9.9");
        Page nowhere = web.get("/learn/no/such/page");

        assertThat(task.status()).isEqualTo(404);
        assertThat(task.header("Content-Type")).startsWith("text/html");
        assertThat(task.body())
                .contains("<h1 id=\"error-title\">Not found</h1>")
                .doesNotContain("\"status\"");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.header("Content-Type")).startsWith("text/html");
        WebClient api = new WebClient(fixture.baseUrl());
        Page apiMissing = api.get("/api/v1/nope");
        assertThat(apiMissing.status()).isEqualTo(404);
        assertThat(apiMissing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void curriculum_markdown_with_script_renders_inert_on_the_task_page() {
        String hostile =
                MarkdownTest.HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String doc = "{\"project_id\": \"hostile\", \"version\": 1, \"title\": \"Hostile <script>alert(11)</script>\","
                + " \"epics\": [{\"title\": \"E <img src=x onerror=alert(12)>\", \"tasks\": [{\"title\": \"T\","
                + " \"description\": \"" + hostile + "\", \"content\": \"" + hostile + "\","
                + " \"acceptance_criteria\": \"" + hostile + "\"}]}]}";
        assertThat(fixture.server
                        .http
                        .post("/api/v1/projects", ADMIN_TOKEN, doc.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);
        String[] id = new String[1];
        WebClient web = signedInLearner(id);

        for (String path : new String[] {"/learn/tasks/hostile@v1.1.1", "/learn/projects/hostile", "/learn"}) {
            String body = web.get(path).body();
            assertThat(body).contains("&lt;script&gt;alert(");
            assertThat(Inert.problems(body, "/static/ltt.js?v=")).as(path).isEmpty();
            assertThat(body).contains("<script src=\"/static/ltt.js?v=");
        }
    }

    @Test
    void every_field_of_every_page_has_a_label() {
        String[] id = new String[1];
        WebClient learner = signedInLearner(id);
        fixture.pass(id[0], FIRST);
        fixture.use.requestHelp.request(id[0], PICK, "How do I name columns?", id[0]);
        WebClient instructor = new WebClient(fixture.baseUrl());
        instructor.post("/login", "token", fixture.instructor("lee"));
        java.util.List<String> pages = java.util.List.of(
                "/",
                "/learn",
                "/learn/projects/" + SLUG,
                "/learn/tasks/" + FIRST,
                "/learn/tasks/" + PICK,
                "/learn/tasks/" + TALK);

        for (String path : pages) {
            WebClient web = path.equals("/") ? new WebClient(fixture.baseUrl()) : learner;
            assertThat(Labels.unlabelled(web.get(path).body())).as(path).isEmpty();
        }
        for (String path : new String[] {"/teach", "/teach/projects/" + SLUG}) {
            String body = instructor.get(path).body();
            assertThat(Labels.unlabelled(body)).as(path).isEmpty();
        }
        assertThat(instructor.get("/teach/projects/" + SLUG).body()).contains("How do I name columns?");
    }

    @Test
    void the_stylesheet_and_script_are_served_with_long_caching() {
        WebClient web = new WebClient(fixture.baseUrl());
        Page css = web.get("/static/ltt.css");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age");
        assertThat(web.get("/static/ltt.js").header("Content-Type")).startsWith("text/javascript");
    }
}
