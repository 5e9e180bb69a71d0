package dev.ltt.server.web;

import static dev.ltt.server.web.WebFixture.FIRST;
import static dev.ltt.server.web.WebFixture.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.memory.ProfileField;
import dev.ltt.memory.ProfilePatch;
import dev.ltt.memory.Remember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real headless Chromium: "What your tutor remembers about you" (what an agent wrote is on the page; the
 * learner deletes an observation, a profile field, then everything; another learner's memory is untouched), and
 * an instructor grading a submission from the help queue, which the learner then sees.
 */
class MemoryAndReviewBrowserTest {
    static WebFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        fixture = new WebFixture();
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
    }

    @Test
    void an_instructor_grades_the_attempt_a_help_request_names_and_the_learner_sees_the_grade() {
        String token = fixture.learner("rex", "Rex Ode");
        fixture.fail("rex", FIRST);
        long attempt = fixture.use.listSubmissions.list("rex", FIRST, 1).get(0).submissionId();
        fixture.use.requestHelp.request("rex", FIRST, "Is my query really wrong?", attempt, "rex");

        browser.open("/");
        browser.find("#token").sendKeys(fixture.instructor("ines"));
        browser.find("form[action='/login'] button").click();
        browser.waitForPath("/teach");
        browser.open("/teach/projects/" + SLUG);
        browser.driver
                .findElement(By.xpath("//article[contains(@class,'help-item')][.//blockquote[contains(.,"
                        + "'Is my query really wrong?')]]//a[contains(@class,'submission-link')]"))
                .click();
        browser.waitForPath("/teach/learners/rex/tasks/" + FIRST + "#submission-" + attempt);
        assertThat(browser.text("#submission-" + attempt)).contains("Attempt 1").contains("Not passed");

        browser.find("#submission-" + attempt + " input[name='passed'][value='true']")
                .click();
        browser.find("#grade-" + attempt).sendKeys("90");
        browser.find("#feedback-" + attempt).sendKeys("Patients is fine here: the question allowed it.");
        browser.find("#review-" + attempt).click();
        assertThat(browser.waitForFlash("Graded attempt 1")).contains("passed").contains("closed");
        assertThat(browser.text("#submission-" + attempt))
                .contains("Graded by your instructor")
                .contains("90%");

        browser.signOut();
        browser.open("/login?token=" + token);
        browser.waitForPath("/learn");
        browser.open("/learn/tasks/" + FIRST);
        assertThat(browser.text(".task-meta .badge")).isEqualTo("✓ Closed");
        assertThat(browser.text("#submission-" + attempt))
                .contains("Passed")
                .contains("Graded by your instructor")
                .contains("Patients is fine here: the question allowed it.");
        assertThat(browser.all(".review-form"))
                .as("the learner sees no grading form")
                .isEmpty();
    }

    @Test
    void a_learner_reads_what_the_tutor_remembers_and_deletes_an_observation_a_field_and_then_everything() {
        String token = fixture.learner("mia", "Mia Hart");
        fixture.createQuietly("noa", "Noa");
        fixture.use.updateProfile.update(
                "mia",
                new ProfilePatch(
                        Map.of(ProfileField.LEARNING_STYLE, "examples first"),
                        Map.of(ProfileField.STRENGTHS, List.of("SELECT", "filters"))),
                "agent:tutor");
        fixture.use.remember.remember(
                "mia", new Remember.Command("prefers short hints", null, null, null), "agent:tutor");
        fixture.use.remember.remember(
                "mia",
                new Remember.Command("mixes up WHERE and HAVING", "first query", "project", SLUG),
                "agent:tutor");
        fixture.use.remember.remember("noa", new Remember.Command("not Mia's", null, null, null), "agent:tutor");

        browser.open("/login?token=" + token);
        browser.waitForPath("/learn");
        browser.driver.findElement(By.linkText("What your tutor remembers")).click();
        assertThat(browser.text("h1")).isEqualTo("What your tutor remembers about you");
        assertThat(browser.text("#profile-strengths")).contains("Strengths").contains("SELECT, filters");
        assertThat(browser.text("#profile-learning_style")).contains("examples first");
        assertThat(browser.all(".observation")).hasSize(2);
        assertThat(browser.text(".observations"))
                .contains(
                        "mixes up WHERE and HAVING",
                        "About " + SLUG,
                        "first query",
                        "prefers short hints",
                        "In general")
                .doesNotContain("not Mia's");

        browser.driver
                .findElement(By.cssSelector("[aria-label='Delete this note: mixes up WHERE and HAVING']"))
                .click();
        assertThat(browser.waitForFlash("Deleted")).contains("no longer remembers");
        assertThat(browser.all(".observation")).hasSize(1);
        assertThat(browser.text(".observations"))
                .doesNotContain("WHERE and HAVING")
                .contains("prefers short hints");
        assertThat(fixture.use.showMemory.show("mia").observations())
                .extracting(o -> o.text())
                .containsExactly("prefers short hints");

        browser.driver
                .findElement(By.cssSelector("[aria-label='Delete Strengths']"))
                .click();
        assertThat(browser.waitForFlash("Deleted")).contains("strengths");
        assertThat(browser.all("#profile-strengths")).isEmpty();
        assertThat(browser.text("#profile-learning_style")).contains("examples first");

        browser.find("#forget-everything").click();
        assertThat(browser.waitForFlash("Deleted everything")).isNotBlank();
        assertThat(browser.text("#memory-empty")).contains("does not remember anything");
        assertThat(fixture.use.showMemory.show("mia").profile().remembersNothing())
                .isTrue();
        assertThat(fixture.use.showMemory.show("noa").observations()).hasSize(1);
    }
}
