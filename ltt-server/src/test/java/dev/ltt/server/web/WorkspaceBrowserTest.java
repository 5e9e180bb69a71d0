package dev.ltt.server.web;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.progress.TaskDetail;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import dev.ltt.workspace.RunSql;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SQL workspace on a Maji Ndogo task page, in a real headless Chromium: a learner runs a query and sees the
 * table, sees an SQL error in plain words, submits and sees the verdict; Run works without JavaScript, and
 * Ctrl+Enter runs with it. A learner's change shows as their own database, which they reset with a button.
 */
class WorkspaceBrowserTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static TestServer server;
    static UseCases use;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(ltt -> List.of(WebUi.extension(ltt)));
        use = server.ltt.use();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(SLUG))
                        .status())
                .isEqualTo(201);
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            server.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.signOut();
        browser.javascript(true);
        browser.desktop();
    }

    /** A learner with a token, moved on (through the use-cases) until the task titled {@code title} is next. */
    static String learnerAt(String id, String title) {
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + id + "\"}")
                        .status())
                .isEqualTo(201);
        for (int guard = 0; guard < 40; guard++) {
            TaskDetail task = use.showTask.show(
                    id, use.readyWork.ready(id, SLUG, 1, false).tasks().get(0).id());
            if (task.title().equals(title)) break;
            StringBuilder sql = new StringBuilder();
            if (task.extra().has("checks"))
                task.extra()
                        .get("checks")
                        .forEach(c -> sql.append(c.get("query").asText()).append(";\n"));
            use.submitWork.submit(
                    id,
                    task.id(),
                    new SubmitWork.Command(
                            sql.isEmpty() ? "Read it." : sql.toString(), sql.isEmpty() ? "text" : "sql", null),
                    id);
        }
        String token = server.http
                .post("/api/v1/learners/" + id + "/tokens", ADMIN_TOKEN, "{\"valid_for_minutes\": 60}")
                .json()
                .get("token")
                .asText();
        browser.open("/login?token=" + token);
        browser.waitForPath("/learn");
        return use.readyWork.ready(id, SLUG, 1, false).tasks().get(0).id();
    }

    static void waitFor(String css) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    static void typeQuery(String sql) {
        WebElement box = browser.find("#content");
        box.clear();
        box.sendKeys(sql);
    }

    @Test
    void a_learner_runs_a_query_sees_the_table_and_an_error_in_words_then_submits_and_sees_the_verdict() {
        String task = learnerAt("ruth", "Query the location table");
        browser.open("/learn/tasks/" + task);
        assertThat(browser.text("#workspace h2")).isEqualTo("Your SQL workspace");
        assertThat(browser.text("#database-state")).contains("original data");

        typeQuery("SELECT nme FROM location");
        browser.find("#run").click();
        waitFor("#run-error");
        assertThat(browser.text("#run-error")).contains("no such column: nme");
        assertThat(browser.find("#content").getAttribute("value")).isEqualTo("SELECT nme FROM location");

        typeQuery("SELECT * FROM location LIMIT 5");
        browser.find("#run").click();
        waitFor("#run-result");
        assertThat(browser.all("#run-result th"))
                .extracting(WebElement::getText)
                .containsExactly("location_id", "address", "province_name", "town_name", "location_type");
        assertThat(browser.all("#run-result tbody tr")).hasSize(5);
        assertThat(browser.text("#run-result tbody tr")).contains("AkHa00000").contains("2 Addis Ababa Road");
        assertThat(browser.text("#run-summary")).isEqualTo("5 rows.");
        assertThat(use.listSubmissions.list("ruth", task, 10))
                .as("Run records nothing")
                .isEmpty();

        browser.find("#submit").click();
        assertThat(browser.waitForFlash("Passed")).contains("your own copy");
        assertThat(browser.text(".task-meta .badge")).isEqualTo("✓ Closed");
        assertThat(browser.text(".attempts li")).contains("Attempt 1").contains("Passed");
    }

    @Test
    void run_works_without_javascript_and_ctrl_enter_runs_with_it() {
        String task = learnerAt("sami", "Query the visits table");
        browser.javascript(false);
        browser.open("/learn/tasks/" + task);
        typeQuery("SELECT * FROM visits WHERE time_in_queue > 500");
        browser.find("#run").click();
        waitFor("#run-result");
        assertThat(browser.all("#run-result tbody tr")).hasSize(10);

        browser.javascript(true);
        browser.open("/learn/tasks/" + task);
        typeQuery("SELECT * FROM quality_score WHERE visit_count = 2 AND subjective_quality_score = 10");
        browser.find("#content").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitFor("#run-result");
        assertThat(browser.text("#run-summary")).isEqualTo("218 rows; the first 100 are shown.");
        assertThat(browser.all("#run-result tbody tr")).hasSize(100);
    }

    @Test
    void a_learners_change_is_kept_in_their_own_database_until_they_reset_it() {
        String task = learnerAt("tomas", "Write UPDATE queries for the copy table");
        browser.open("/learn/tasks/" + task);
        assertThat(browser.text("#database-state")).contains("changes of 1 submission");
        typeQuery("SELECT COUNT(*) AS copies FROM well_pollution_copy");
        browser.find("#run").click();
        waitFor("#run-result");
        assertThat(browser.text("#run-result tbody tr"))
                .isEqualTo(String.valueOf(use.runSql
                        .run("tomas", SLUG, new RunSql.Command("SELECT COUNT(*) FROM well_pollution"), "tomas")
                        .rows()
                        .get(0)
                        .get(0)));

        browser.find("#reset").click();
        assertThat(browser.waitForFlash("original data again")).contains("submissions and finished tasks stay");
        assertThat(browser.text("#database-state")).contains("original data");
        typeQuery("SELECT COUNT(*) FROM well_pollution_copy");
        browser.find("#run").click();
        waitFor("#run-error");
        assertThat(browser.text("#run-error")).contains("no such table: well_pollution_copy");
    }
}
