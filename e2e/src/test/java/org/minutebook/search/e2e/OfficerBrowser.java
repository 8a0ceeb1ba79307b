package org.minutebook.search.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer page of the end-to-end stack in the system's headless Chromium (Debian's chromium and chromium-driver;
 * nothing is downloaded), with what every browser test does: open a view, sign in, audit it with axe-core and leave
 * a screenshot in target/screenshots.
 */
final class OfficerBrowser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private String axe;

    private OfficerBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    static OfficerBrowser start() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new OfficerBrowser(new ChromeDriver(service, options));
    }

    JavascriptExecutor js() {
        return driver;
    }

    /** Opens a view by its hash route: the first time by loading the page, then as the page's own links do. */
    void open(String fragment) {
        open(E2eStack.url("search-service"), fragment);
    }

    /** The same, on the search-service at {@code baseUrl}: a stack of a test's own. */
    void open(String baseUrl, String fragment) {
        String page = baseUrl + "/officer/";
        if (!driver.getCurrentUrl().startsWith(page)) {
            driver.get(page + fragment);
        } else {
            js().executeScript("location.hash = arguments[0];", fragment);
        }
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    void signIn(String token) {
        open("#/outstanding");
        WebElement field = driver.findElement(By.id("token"));
        js().executeScript("arguments[0].value = arguments[1];", field, token);
        driver.findElement(By.id("sign-in-button")).click();
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules (labels, names, contrast, landmarks, keyboard focus order…) over the view as
     * it is now: every violation fails the test, with the elements it found.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String view) throws IOException {
        if (axe == null) {
            try (var in = OfficerBrowser.class.getResourceAsStream("/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        js().executeScript(axe);
        Map<String, Object> result = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => v.impact + ' '
                        + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
                    .catch(e => done({ passes: 0, violations: ['axe did not run: ' + e] }));
                """);
        System.out.printf("axe-core, %s: %s rules passed, %d violated%n", view, result.get("passes"),
                ((List<String>) result.get("violations")).size());
        assertEquals(List.of(), result.get("violations"), view);
    }

    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve("officer-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Not installed: " + String.join(" or ", candidates)
                + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }
}
