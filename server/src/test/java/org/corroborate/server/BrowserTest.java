package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in headless Chromium: live list, story page, copy comparison, and escaped hostile text. */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static StoryServer server;
    static Http http;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromium-driver not installed (server/ci-setup.sh installs them): browser test skipped");
        server = StoryServer.start(ServerConfig.builder().dataDir(data).port(0).analyzer(new SimpleAnalyzer())
                .build(), System.out);
        http = new Http(server.port(), server.token().value());
        System.setProperty("SE_OFFLINE", "true"); // never let Selenium Manager download a driver
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void liveListStoryPageAndComparison() {
        browser.get(http.base + "/");
        waiting().until(ExpectedConditions.textToBe(By.id("live"), "live"));
        // posted after the page is open: the list must update through the event stream
        assertThat(http.post("/api/articles?wait=true", "application/x-ndjson",
                Fixtures.ORIGINAL + "\n" + Fixtures.COPY).statusCode()).isEqualTo(201);
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-story='story-harbour-original'] a.story-link")));
        assertThat(link.getText()).isEqualTo("Ferry stalls off Millbrook harbour");
        link.click();
        waiting().until(ExpectedConditions.textToBe(By.id("story-title"), "Ferry stalls off Millbrook harbour"));
        assertThat(browser.findElements(By.cssSelector("svg.lineage g[data-article]"))).hasSize(2);
        browser.findElement(By.cssSelector("a.compare-link")).click();
        WebElement copy = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-text")));
        List<String> marked = new ArrayList<>();
        copy.findElements(By.cssSelector("mark.verbatim")).forEach(m -> marked.add(m.getText()));
        assertThat(marked).containsExactly("A passenger ferry lost power off Millbrook harbour on Tuesday morning.",
                "Tugs from the Ellery yard towed the vessel back by noon.");
        assertThat(browser.findElement(By.id("source-text")).findElements(By.cssSelector("mark"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".changes")).getText()).contains("attribution-removed");
    }

    @Test
    void hostileTitlesBodiesAndOutletsAreShownAsText() {
        StringBuilder batch = new StringBuilder();
        int i = 0;
        for (String p : Fixtures.PAYLOADS) {
            i++;
            String text = "Ferry inspectors met at Pellow dock on Friday. Inspector Hale said 3 hulls passed. " + p;
            batch.append("{\"id\":\"hostile-").append(i).append("\",\"outlet\":").append(ServerApiTest.quote(p))
                    .append(",\"title\":").append(ServerApiTest.quote(p)).append(",\"text\":")
                    .append(ServerApiTest.quote(text)).append("}\n");
        }
        assertThat(http.post("/api/articles?wait=true", "application/x-ndjson", batch.toString()).statusCode())
                .isEqualTo(201);
        browser.get(http.base + "/#/story/story-hostile-1");
        waiting().until(ExpectedConditions.textToBe(By.id("story-title"), Fixtures.PAYLOADS.get(0)));
        browser.findElement(By.cssSelector("a.compare-link")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-text")));
        browser.get(http.base + "/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-story='story-hostile-1']")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(js.executeScript("return document.querySelectorAll('main script, main img, main iframe,"
                + " main svg[onload], main style, main b[onmouseover]').length")).isEqualTo(0L);
        assertThat(browser.findElement(By.id("stories")).getText()).contains(Fixtures.PAYLOADS.get(1));
    }
}
