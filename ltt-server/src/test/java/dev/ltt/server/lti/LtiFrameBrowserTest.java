package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.TestServer;
import dev.ltt.server.web.WebUi;
import dev.ltt.testing.MiniCurriculum;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium that blocks third-party cookies, a course page of the platform (on 127.0.0.1)
 * frames LTT (on localhost, another site): the whole launch runs inside the frame, and the learner starts and
 * hands in a task there. Debian's chromium and chromium-driver are required (.ci/run installs them).
 */
class LtiFrameBrowserTest {
    static final String CHROMIUM = System.getProperty("ltt.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("ltt.chromedriver", "/usr/bin/chromedriver");
    static TestServer server;
    static TestPlatform platform;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(ltt -> List.of(WebUi.extension(ltt)));
        assertThat(server.baseUrl()).startsWith("http://localhost:");
        platform = new TestPlatform(server.baseUrl());
        assertThat(platform.issuer).startsWith("http://127.0.0.1:");
        LtiTestbed.ingestAndRegister(server.http, platform);
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("this test needs " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does this)");
        }
        profile = Files.createTempDirectory("ltt-chromium-lti-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1300,950",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        // third-party cookies blocked, as Safari does and Chrome does for many users
        options.setExperimentalOption(
                "prefs", Map.of("profile.block_third_party_cookies", true, "profile.cookie_controls_mode", 1));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (platform != null) platform.close();
        if (server != null) server.close();
        if (profile != null)
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
    }

    /** The address of the frame's document (the driver's current URL is the top window's). */
    static String frameUrl() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return location.href"));
    }

    @Test
    void an_instructor_picks_a_project_in_the_frame_and_the_course_gets_a_verified_link() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        platform.browserDeepLinking = true;
        try {
            driver.get(platform.url("/course?user=framed-teacher"));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
            wait.until(d -> d.findElements(By.id("choose")).size() == 1);
            assertThat(driver.getPageSource()).contains("Choose a project").contains("Mini");
            driver.switchTo().defaultContent();
            Path shot = Path.of("target", "screenshots", "lti-deep-linking-picker.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
            driver.switchTo().frame("tool");
            driver.findElement(By.id("choose")).click();
            wait.until(d -> d.findElements(By.id("linked")).size() == 1);
        } finally {
            platform.browserDeepLinking = false;
        }
        assertThat(platform.deepLinkAnswers).hasSize(1);
        assertThat(platform.deepLinkAnswers.get(0).getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("browser-data");
        assertThat(platform.problems).isEmpty();
    }

    @Test
    void a_learner_launched_in_a_cross_site_frame_without_third_party_cookies_starts_and_hands_in_a_task()
            throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(platform.url("/course?user=framed-ada"));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        try {
            wait.until(d -> frameUrl().contains("/learn/projects/mini"));
        } catch (RuntimeException e) {
            throw new AssertionError("the frame is at " + frameUrl() + ": " + driver.getPageSource(), e);
        }
        assertThat(frameUrl()).startsWith(server.baseUrl() + "/s/");
        assertThat(driver.getPageSource()).contains("a-leaf");
        var newWindow = driver.findElement(By.id("new-window"));
        assertThat(newWindow.getAttribute("target")).isEqualTo("_blank");
        assertThat(newWindow.getAttribute("href"))
                .startsWith(server.baseUrl() + "/s/")
                .endsWith("/learn/projects/mini");

        driver.findElement(By.linkText("a-leaf")).click();
        wait.until(d -> frameUrl().contains("/learn/tasks/"));
        driver.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        assertThat(driver.getPageSource()).contains("Started.");
        driver.findElement(By.id("content")).sendKeys("My answer, handed in from inside the course frame.");
        driver.findElement(By.id("submit")).click();
        wait.until(d -> d.getPageSource().contains("Passed"));
        assertThat(frameUrl()).startsWith(server.baseUrl() + "/s/");

        String learner = server.http
                .get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=framed-ada", ADMIN_TOKEN)
                .json()
                .get("learner_id")
                .asText();
        var task = server.http
                .get("/api/v1/learners/" + learner + "/tasks/" + MiniCurriculum.A, ADMIN_TOKEN)
                .json();
        assertThat(task.get("status").asText()).isEqualTo("closed");
        Path shot = Path.of("target", "screenshots", "lti-launched-in-frame.png");
        Files.createDirectories(shot.getParent());
        driver.switchTo().defaultContent();
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

        // the frame really had no cookies: LTT opened first-party in this browser finds no session cookie stored
        driver.get(server.baseUrl() + "/learn");
        wait.until(d -> d.findElements(By.id("token")).size() == 1);
        assertThat(driver.manage().getCookies()).noneMatch(c -> c.getName().startsWith("ltt_"));
        assertThat(platform.problems).isEmpty();
    }

    /** What the course page's platform storage received, in order (kept by the platform's script). */
    @SuppressWarnings("unchecked")
    static List<String> storageLog() {
        driver.switchTo().defaultContent();
        List<String> log = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.platformStorageLog || []");
        driver.switchTo().frame("tool");
        return log;
    }

    @Test
    void a_launch_through_the_platforms_storage_binds_the_state_to_the_frame_and_signs_the_learner_in() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(platform.url("/course?user=stored-ada&storage=on"));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        try {
            wait.until(d -> frameUrl().contains("/learn/projects/mini"));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "the frame is at " + frameUrl() + ": " + driver.getPageSource() + " " + storageLog(), e);
        }
        assertThat(frameUrl()).startsWith(server.baseUrl() + "/s/");
        List<String> log = storageLog();
        assertThat(log).hasSize(5);
        assertThat(log.get(0)).isEqualTo("lti.capabilities ");
        assertThat(log.get(1)).startsWith("lti.put_data ltt_state_");
        assertThat(log.get(2)).startsWith("lti.put_data ltt_nonce_");
        assertThat(log.get(3)).isEqualTo("lti.capabilities ");
        assertThat(log.get(4)).isEqualTo("lti.get_data " + log.get(1).substring("lti.put_data ".length()));
        assertThat(server.http
                        .get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=stored-ada", ADMIN_TOKEN)
                        .status())
                .isEqualTo(200);
        driver.switchTo().defaultContent();
        assertThat(platform.problems).isEmpty();
    }

    @Test
    void a_launch_whose_state_in_the_platforms_storage_is_another_is_refused_and_creates_nobody() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(platform.url("/course?user=tampered-bob&storage=tamper"));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        try {
            wait.until(d -> d.getPageSource().contains("This launch was refused"));
        } catch (RuntimeException e) {
            throw new AssertionError("the frame is at " + frameUrl() + ": " + driver.getPageSource(), e);
        }
        assertThat(driver.getPageSource()).contains("platform");
        assertThat(frameUrl()).isEqualTo(server.baseUrl() + "/lti/launch");
        assertThat(storageLog()).anyMatch(l -> l.startsWith("lti.get_data ltt_state_"));
        assertThat(server.http
                        .get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=tampered-bob", ADMIN_TOKEN)
                        .status())
                .isEqualTo(404);
        driver.switchTo().defaultContent();
    }
}
