package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Document;
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

/**
 * The web UI in headless Chromium over the real engine: the bundled examples loaded at start (what
 * {@code corroborate serve --examples} does), the seeds when ../shared is present, the live list, and escaped
 * hostile text.
 */
class BrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path EXAMPLES = Path.of("..", "examples");

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
        server = StoryServer.start(ServerConfig.builder().dataDir(data).port(0).load(EXAMPLES).build(), System.out);
        http = new Http(server.port(), server.token().value());
        browser = headlessChromium(profile);
    }

    /** Headless Chromium driven by the system's chromedriver; never lets Selenium download one. */
    static WebDriver headlessChromium(Path profile) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        // the performance log carries every network request, for tests that must see none
        options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        return new ChromeDriver(service, options);
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
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static String storyOf(String articleId) {
        JsonNode story = http.json("/api/articles/" + articleId).get("story");
        assertThat(story.isNull()).as("story of " + articleId).isFalse();
        return story.asText();
    }

    /**
     * Opens the list, finds the story in it, opens the story and the comparison of {@code copy} (an article id,
     * "#part" included) with {@code source}, and checks the copy's marked sentences are sentences of the source.
     */
    private static void openComparison(String storyId, String copy, String source) {
        browser.get(http.base + "/");
        waiting().until(ExpectedConditions.textToBe(By.id("live"), "live"));
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-story='" + storyId + "'] a.story-link")));
        String title = link.getText();
        link.click();
        waiting().until(ExpectedConditions.textToBe(By.id("story-title"), title));
        assertThat(browser.findElements(By.cssSelector("svg.lineage g[data-article]")).size()).isGreaterThan(1);
        String href = "/" + encode(copy) + "/" + encode(source);
        browser.findElements(By.cssSelector("a.compare-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith(href)).findFirst()
                .orElseThrow(() -> new AssertionError("no comparison of " + copy + " with " + source)).click();
        WebElement copyText = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-text")));
        List<String> marked = new ArrayList<>();
        copyText.findElements(By.cssSelector("mark")).forEach(m -> marked.add(m.getText()));
        assertThat(marked).as("shared sentences marked in the copy").hasSizeGreaterThanOrEqualTo(3);
        WebElement sourceText = browser.findElement(By.id("source-text"));
        assertThat(sourceText.findElements(By.cssSelector("mark"))).hasSameSizeAs(marked);
        String sourceBody = sourceText.getText();
        long verbatim = marked.stream().filter(sourceBody::contains).count();
        assertThat(verbatim).as("marked copy sentences found word for word in the source").isGreaterThan(0);
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void examplesStoryAndTheRepublicationsComparison() {
        String copy = "04_valley_courier_republication.txt#part1";
        assertThat(http.get("/api/articles/README.md").statusCode()).as("the folder's README is not an article")
                .isEqualTo(404);
        String story = storyOf("01_meridian_wire.txt");
        JsonNode lineage = http.json("/api/stories/" + story + "/lineage");
        assertThat(lineage.get("reuse")).anyMatch(r -> r.get("copy").asText().equals(copy)
                && r.get("source").asText().equals("01_meridian_wire.txt"));
        openComparison(story, copy, "01_meridian_wire.txt");
    }

    @Test
    void seedsStoryAndTheCopysComparison() throws IOException {
        Optional<Path> seeds = SharedData.resolve("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared not present: seeds browser check skipped");
        List<Document> docs = new ArrayList<>();
        FileDocuments files = new FileDocuments(10L * 1024 * 1024);
        try (Stream<Path> pages = Files.list(seeds.get())) {
            pages.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .forEach(p -> docs.addAll(files.readAll(p, e -> { throw new AssertionError(e.reason()); })));
        }
        server.desk().submit(docs).analyzed().join();
        String source = "000_4f6a196983d08c4a.txt";
        openComparison(storyOf(source), "004_a2bf25a9fb923026.txt#part1", source);
    }

    @Test
    void liveListUpdatesThroughTheEventStream() {
        browser.get(http.base + "/");
        waiting().until(ExpectedConditions.textToBe(By.id("live"), "live"));
        // posted after the page is open: the list must update through the event stream
        assertThat(http.post("/api/articles?wait=true", "application/x-ndjson",
                Fixtures.ORIGINAL + "\n" + Fixtures.COPY).statusCode()).isEqualTo(201);
        String story = storyOf("harbour-original");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-story='" + story + "'] a.story-link")));
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
        List<String> stories = new ArrayList<>();
        for (int k = 1; k <= Fixtures.PAYLOADS.size(); k++) {
            JsonNode story = http.json("/api/articles/hostile-" + k).get("story");
            if (!story.isNull() && !stories.contains(story.asText())) {
                stories.add(story.asText());
            }
        }
        assertThat(stories).as("stories of the hostile articles").isNotEmpty();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String story : stories) {
            browser.get(http.base + "/#/story/" + encode(story));
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("story-title")));
            for (WebElement compare : browser.findElements(By.cssSelector("a.compare-link"))) {
                compare.click();
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-text")));
                break;
            }
            assertNothingInjected(js);
        }
        browser.get(http.base + "/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li[data-story='" + stories.get(0) + "']")));
        assertNothingInjected(js);
        String list = browser.findElement(By.id("stories")).getText();
        assertThat(Fixtures.PAYLOADS).as("a payload shown as text in the list").anyMatch(list::contains);
    }

    private static void assertNothingInjected(JavascriptExecutor js) {
        assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(js.executeScript("return document.querySelectorAll('main script, main img, main iframe,"
                + " main svg[onload], main style, main b[onmouseover]').length")).isEqualTo(0L);
    }
}
