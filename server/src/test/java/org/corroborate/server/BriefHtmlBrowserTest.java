package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.model.Analysis;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.output.HtmlReport;
import org.corroborate.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The standalone HTML brief ({@link HtmlReport}) of the examples plus a hostile article, opened from disk in
 * headless Chromium: its sections are displayed, no payload runs or becomes an element, and the page makes no
 * network request.
 */
class BriefHtmlBrowserTest {
    private static final ObjectMapper JSON = Json.mapper();
    /** Each would change document.title or set window.__pwned if it ran, or fetch from outside if it loaded. */
    private static final List<String> PAYLOADS = List.of(
            "<script>document.title='pwned-1';window.__pwned=1</script>",
            "<img src=\"https://tracker.invalid/p.gif\" onerror=\"document.title='pwned-2'\">",
            "\"><svg onload=\"window.__pwned=3\"></svg>",
            "<a href=\"javascript:window.__pwned=4\" id=\"payload-link\">open</a>",
            "</style><link rel=\"stylesheet\" href=\"http://styles.invalid/x.css\"><style>",
            "<iframe src=\"http://frame.invalid/\"></iframe>",
            "]]></svg><script>window.__pwned=7</script>");

    @TempDir
    Path work;
    @TempDir
    Path profile;

    @Test
    void briefOfExamplesAndHostileArticleIsInertAndOffline() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMEDRIVER) && Files.isExecutable(BrowserTest.CHROMIUM),
                "chromium and chromium-driver not installed (server/ci-setup.sh installs them): brief HTML check skipped");
        Path hostile = work.resolve("hostile.jsonl");
        Files.writeString(hostile, hostileArticle());
        Analysis analysis = Engine.builder().build().analyzePaths(List.of(Path.of("..", "examples"), hostile),
                e -> { }, ProgressListener.NONE);
        assertThat(analysis.articles()).as("hostile article analyzed; errors: %s", analysis.errors())
                .extracting(a -> a.id()).contains("hostile-dispatch");
        Story tunnel = analysis.stories().stream().filter(s -> s.articles().contains("01_meridian_wire.txt"))
                .findFirst().orElseThrow();
        StoryBrief brief = analysis.brief().stories().stream().filter(b -> b.story().equals(tunnel.id()))
                .findFirst().orElseThrow();
        Path page = work.resolve("brief.html");
        Files.writeString(page, HtmlReport.render(analysis));

        WebDriver browser = BrowserTest.headlessChromium(profile);
        try {
            browser.get("about:blank");
            browser.manage().logs().get(LogType.PERFORMANCE); // drains the start page's requests
            browser.get(page.toUri().toString());
            JavascriptExecutor js = (JavascriptExecutor) browser;

            WebElement section = browser.findElement(By.id(tunnel.id()));
            assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo(brief.headline());
            List<String> headings = new ArrayList<>();
            section.findElements(By.tagName("h3")).stream().filter(WebElement::isDisplayed)
                    .forEach(h -> headings.add(h.getDomProperty("textContent"))); // getText() is upper-cased by CSS
            assertThat(headings).contains("What happened", "Key figures", "Who said what", "Lineage");
            assertThat(section.findElement(By.tagName("svg")).isDisplayed()).isTrue();

            assertThat(browser.getTitle()).doesNotContain("pwned");
            assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
            assertThat(js.executeScript("return document.querySelectorAll('script, iframe, img, link, object, embed,"
                    + " [onerror], [onload], #payload-link, a[href^=\"javascript:\"]').length")).isEqualTo(0L);
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(text).as("the hostile title is shown as text").contains(PAYLOADS.get(0));

            WebElement csp = browser.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']"));
            assertThat(csp.getAttribute("content")).contains("default-src 'none'");
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('[src], [href], [action]'))"
                    + ".map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('action'))"
                    + ".filter(v => !v.startsWith('#'))")).as("links or sources outside the document")
                    .isEqualTo(List.of());
            List<String> requests = new ArrayList<>();
            for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requests.add(message.path("params").path("request").path("url").asText());
                }
            }
            assertThat(requests).as("requests made by the page").isNotEmpty()
                    .allMatch(u -> u.startsWith("file:") && u.endsWith("/brief.html"));
        } finally {
            browser.quit();
        }
    }

    private static String hostileArticle() throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", "hostile-dispatch");
        a.put("url", "javascript:window.__pwned=9");
        a.put("outlet", PAYLOADS.get(2) + " Gazette");
        a.put("title", PAYLOADS.get(0));
        a.put("published", "2026-03-15");
        a.put("text", "Dock workers in Harlow Bay voted on Friday to end a four-day strike. "
                + String.join(" The union said talks would go on. ", PAYLOADS)
                + " Union leader Ama Quist said 412 members took part in the vote.");
        return new ObjectMapper().writeValueAsString(a) + "\n"; // one line: JSON Lines
    }
}
