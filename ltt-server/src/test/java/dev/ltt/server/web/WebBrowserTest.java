package dev.ltt.server.web;

import static dev.ltt.server.web.WebFixture.EQUALITY;
import static dev.ltt.server.web.WebFixture.FIRST;
import static dev.ltt.server.web.WebFixture.PICK;
import static dev.ltt.server.web.WebFixture.RANGES;
import static dev.ltt.server.web.WebFixture.SLUG;
import static dev.ltt.server.web.WebFixture.SORTING;
import static dev.ltt.server.web.WebFixture.TALK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real headless Chromium: a learner's walk through a task, an instructor watching the cohort and
 * answering a question, the pages at phone and desktop width (saved as screenshots in target/screenshots), and
 * the pages with JavaScript switched off. One browser and one server for the class; a cohort of six learners
 * is seeded so the instructor's page has something to show.
 */
class WebBrowserTest {
    static WebFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        fixture = new WebFixture();
        seedCohort();
        browser = new Browser(fixture.baseUrl());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            fixture.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.signOut();
        browser.javascript(true);
        browser.desktop();
    }

    /** Six learners at different points, one of them failing the first task again and again. */
    static void seedCohort() {
        String[][] people = {
            {"amara", "Amara Okafor"},
            {"ben", "Ben Ito"},
            {"chen", "Chen Wei"},
            {"dara", "Dara Kim"},
            {"eli", "Eli Cohen"},
            {"fatima", "Fatima Noor"}
        };
        for (String[] p : people) fixture.createQuietly(p[0], p[1]);
        fixture.pass("amara", FIRST, PICK);
        fixture.use.completeTask.complete("amara", TALK, null, "amara");
        fixture.use.startTask.start("amara", EQUALITY, "amara");
        fixture.pass("ben", FIRST);
        fixture.use.startTask.start("ben", PICK, "ben");
        for (int i = 0; i < 3; i++) fixture.fail("chen", FIRST);
        fixture.use.startTask.start("dara", FIRST, "dara");
        fixture.pass("eli", FIRST, PICK);
        fixture.use.completeTask.complete("eli", TALK, null, "eli");
        fixture.pass("eli", EQUALITY, RANGES, SORTING);
        fixture.pass("fatima", FIRST);
        fixture.use.requestHelp.request("dara", FIRST, "Does SELECT * also return the id column?", "dara");
    }

    /** Signs in through the short-lived link an admin hands out, and waits for the learner's home. */
    static void signInWithLink(String token) {
        browser.open("/login?token=" + token);
        browser.waitForPath("/learn");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(token);
    }

    static WebElement treeNode(String title) {
        return browser.driver.findElement(
                By.xpath("//li[contains(@class,'node')][./div/a[normalize-space()='" + title + "']]"));
    }

    @Test
    void a_learner_signs_in_starts_submits_sees_feedback_and_the_tree_update_then_reopens() {
        signInWithLink(fixture.learner("ada", "Ada Lovelace"));
        assertThat(browser.text("h1")).isEqualTo("My projects");
        browser.driver.findElement(By.linkText("SQL Basics")).click();

        assertThat(browser.all(".ready-list li a").get(0).getText()).isEqualTo("Your first query");
        assertThat(treeNode("Pick the columns you need").getText())
                .contains("Blocked")
                .contains("Waiting for: Your first query");
        browser.all(".ready-list li a").get(0).click();

        assertThat(browser.text("h1")).isEqualTo("Your first query");
        assertThat(browser.text(".task-meta .badge")).isEqualTo("○ Open");
        browser.find("#start").click();
        assertThat(browser.waitForFlash("Started")).contains("Hand in your work below");
        assertThat(browser.text(".task-meta .badge")).isEqualTo("◐ In progress");

        browser.find("#content").sendKeys("SELECT name FROM visits");
        browser.find("#submit").click();
        assertThat(browser.waitForFlash("Not passed yet")).contains("attempt 1");
        assertThat(browser.text(".attempts li"))
                .contains("Attempt 1")
                .contains("Not passed")
                .contains("start with SELECT * FROM visits");

        browser.find("#content").sendKeys("SELECT * FROM visits;");
        browser.find("#submit").click();
        assertThat(browser.waitForFlash("Passed")).contains("Next up: “Pick the columns you need”");
        assertThat(browser.text(".task-meta .badge")).isEqualTo("✓ Closed");
        assertThat(browser.all(".attempts li")).hasSize(2);
        assertThat(browser.text(".attempts li")).contains("Attempt 2").contains("Passed");

        browser.driver.findElement(By.cssSelector(".crumbs a")).click();
        assertThat(treeNode("Your first query").getText()).contains("Closed");
        assertThat(treeNode("Pick the columns you need").getText())
                .contains("Open")
                .doesNotContain("Waiting for");
        assertThat(browser.text(".ready-list"))
                .contains("Pick the columns you need")
                .doesNotContain("Your first query");

        treeNode("Your first query").findElement(By.tagName("a")).click();
        browser.find("#reason").sendKeys("I want to practise it once more");
        browser.find("#reopen").click();
        assertThat(browser.waitForFlash("Reopened")).contains("work on this task again");
        assertThat(browser.text(".task-meta .badge")).isEqualTo("○ Open");
        browser.driver.findElement(By.cssSelector(".crumbs a")).click();
        assertThat(treeNode("Pick the columns you need").getText()).contains("Blocked");
    }

    @Test
    void an_instructor_sees_the_counts_change_and_answers_a_help_request() {
        browser.open("/");
        browser.find("#token").sendKeys(fixture.instructor("grace"));
        browser.find("form[action='/login'] button").click();
        browser.waitForPath("/teach");
        browser.driver.findElement(By.linkText("SQL Basics")).click();
        List<Integer> before = counts("Your first query");

        String gusToken = fixture.learner("gus", "Gus Fring");
        Http http = fixture.server.http;
        assertThat(http.post("/api/v1/learners/gus/tasks/" + FIRST + "/start", gusToken, "")
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/v1/learners/gus/tasks/" + FIRST + "/help",
                                gusToken,
                                "{\"message\": \"Which table holds the visits?\"}")
                        .status())
                .isEqualTo(201);
        browser.driver.navigate().refresh();

        List<Integer> after = counts("Your first query");
        assertThat(after.get(1)).as("in progress").isEqualTo(before.get(1) + 1);
        assertThat(after.get(0) + after.get(1) + after.get(2) + after.get(3))
                .isEqualTo(before.get(0) + before.get(1) + before.get(2) + before.get(3) + 1);
        assertThat(browser.text("#stuck ~ ul, .stuck-list"))
                .contains("Chen Wei")
                .contains("Failing");

        WebElement request = browser.driver.findElement(By.xpath(
                "//article[contains(@class,'help-item')][.//blockquote[contains(.,'Which table holds the visits?')]]"));
        request.findElement(By.tagName("textarea")).sendKeys("The visits table: SELECT * FROM visits.");
        request.findElement(By.tagName("button")).click();
        assertThat(browser.waitForFlash("Your answer was sent to gus")).contains("resolved");
        assertThat(browser.text("main")).doesNotContain("Which table holds the visits?");

        browser.signOut();
        signInWithLink(gusToken);
        browser.open("/learn/tasks/" + FIRST);
        assertThat(browser.text("#help"))
                .contains("Which table holds the visits?")
                .contains("Answer: The visits table: SELECT * FROM visits.")
                .contains("answered by grace");
    }

    /** Open, in progress, blocked and closed counts of a task's row on the cohort page. */
    static List<Integer> counts(String task) {
        WebElement row = browser.driver.findElement(
                By.xpath("//table[contains(@class,'heat')]//tr[th[normalize-space()='" + task + "']]"));
        return row.findElements(By.cssSelector("td.num")).stream()
                .map(td -> Integer.parseInt(td.getText().strip()))
                .toList();
    }

    @Test
    void the_main_pages_fit_a_phone_without_sideways_scrolling_and_are_saved_as_screenshots() throws Exception {
        signInWithLink(fixture.learner("hana", "Hana Sato"));
        fixture.fail("hana", FIRST);
        fixture.pass("hana", FIRST);
        fixture.use.startTask.start("hana", PICK, "hana");
        browser.open("/learn/projects/" + SLUG);
        shootBoth("learner-project");
        browser.open("/learn/tasks/" + FIRST);
        shootBoth("learner-task");

        browser.signOut();
        browser.open("/");
        browser.find("#token").sendKeys(fixture.instructor("ines"));
        browser.find("form[action='/login'] button").click();
        browser.waitForPath("/teach");
        browser.open("/teach/projects/" + SLUG);
        shootBoth("instructor-cohort");
    }

    private static void shootBoth(String name) throws Exception {
        browser.phone();
        browser.driver.navigate().refresh();
        assertThat(browser.scrollWidth()).as(name + " at 375 px").isLessThanOrEqualTo(375);
        Path phone = browser.screenshot(name + "-phone", 375, true);
        browser.desktop();
        browser.driver.navigate().refresh();
        assertThat(browser.scrollWidth()).as(name + " at 1280 px").isLessThanOrEqualTo(1280);
        Path desktop = browser.screenshot(name + "-desktop", 1280, false);
        assertThat(Files.size(phone)).isGreaterThan(10_000);
        assertThat(Files.size(desktop)).isGreaterThan(10_000);
    }

    @Test
    void with_javascript_off_pages_read_and_forms_still_work() {
        String token = fixture.learner("ivan", "Ivan Petrov");
        browser.javascript(false);
        browser.open("/login?token=" + token);
        browser.waitForPath("/learn");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(token);

        browser.open("/learn/projects/" + SLUG);
        assertThat(browser.text(".project-tree"))
                .contains("Getting started")
                .contains("Your first query")
                .contains("Blocked")
                .contains("Waiting for: Your first query");
        assertThat(browser.text(".ready-list")).contains("Your first query");
        browser.open("/learn/tasks/" + FIRST);
        assertThat(browser.text(".task-text")).contains("every column").contains("returns all columns");
        browser.find("#start").click();
        assertThat(browser.waitForFlash("Started")).isNotBlank();
        assertThat(fixture.use.showTask.show("ivan", FIRST).status()).isEqualTo("in_progress");
    }
}
