package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.corroborate.clean.html.ExtractedPage;
import org.corroborate.clean.html.HtmlExtractor;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** HTML pages: main-content extraction, then the text cleaning and segmentation every page goes through. */
class HtmlFuzzTest {
    private static final String URL = "https://news.example/world/2024/harbour-bridge";
    private static Contract contract;
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    @BeforeAll
    static void setUp() {
        Assumptions.assumeTrue(Contract.HTML_EXTRACTOR_READY, "HtmlExtractor is not written yet on this branch");
        contract = Contract.create("html");
    }

    @FuzzTest(maxDuration = "5m")
    void extractAndClean(byte[] bytes) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        long start = Contract.now();
        ExtractedPage page;
        try {
            page = EXTRACTOR.extract(html, URL);
        } catch (IllegalArgumentException e) {
            Contract.check(e.getMessage() != null && !e.getMessage().isBlank(), "rejection without a reason");
            return;
        }
        Contract.within(start, "extraction of " + html.length() + " chars");
        Contract.check(page != null && page.text() != null, "no extraction result");
        if (!html.isBlank()) {
            contract.clean(new Document("page.html", "page.html", DocumentFormat.HTML, html,
                    new Metadata(URL, null, null, null, null)));
        }
    }
}
