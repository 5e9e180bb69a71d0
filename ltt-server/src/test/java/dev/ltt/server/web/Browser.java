package dev.ltt.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests: Debian's chromium and chromium-driver (installed by .ci/run),
 * started with the driver's path given, so Selenium never tries to download a browser or driver. One per test
 * class; {@link #close} quits it and removes its profile.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("ltt.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("ltt.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    final ChromeDriver driver;
    final String baseUrl;
    private final Path profile;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does this)");
        }
        try {
            profile = Files.createTempDirectory("ltt-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
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
                "--window-size=1280,900",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Forgets who was signed in. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(path));
    }

    /** Waits until the one-time message of the page says {@code words}; returns its text. */
    String waitForFlash(String words) {
        // the page may be replaced between finding the message and reading it (the redirect after a form):
        // Chromium then says the node left the document, which is a reason to look again, not a failure
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), words));
        return text(".flash");
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Lays the page out at {@code width} x {@code height} CSS pixels; {@code mobile} as a phone does (viewport meta). */
    void viewport(int width, int height, boolean mobile) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    void desktop() {
        viewport(1280, 900, false);
    }

    void phone() {
        viewport(375, 812, true);
    }

    /** How wide the page is laid out: more than the viewport means the page scrolls sideways. */
    long scrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).longValue();
    }

    void javascript(boolean enabled) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Saves the whole page (up to 4,000 px tall) at {@code width} as target/screenshots/{name}.png. */
    Path screenshot(String name, int width, boolean mobile) {
        viewport(width, mobile ? 812 : 900, mobile);
        long height = ((Number)
                        script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                .longValue();
        viewport(width, (int) Math.min(height, 4000), mobile);
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png"));
        viewport(width, mobile ? 812 : 900, mobile);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
