package org.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.junit.jupiter.api.Test;

/** Regressions from fuzzing the text cleaner (fictional pages). */
class HostileTextTest {
    private final Cleaner cleaner = new Cleaner();

    private List<Article> text(String content) {
        return cleaner.clean(new Document("page", "page.txt", DocumentFormat.TEXT, content, null));
    }

    /** Found by TextFuzzTest: a headline block with no prose after it made an empty second part, losing the page. */
    @Test
    void headlineAndCaptionClosingThePageAreATrailerNotASecondArticle() {
        List<Article> articles = text("""
                Bridge Reopens After Repairs

                The harbour bridge reopened on Sunday, officials said.

                Engineers replaced 42 anchors, the mayor said.

                More Pictures From The Harbour

                A crane lifts a cable on Friday. (Photo: Lena Fisk/Coastline Wire)
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).body()).startsWith("The harbour bridge").endsWith("the mayor said.");
        assertThat(articles.get(0).removed()).extracting(r -> r.reason()).contains("trailer", "caption");
    }

    /**
     * Each headline candidate was compared with the whole rest of the page: quadratic (a 100 KB page of headline
     * blocks and mid-page datelines took over a minute). The timeout guards against a hang, it is not a benchmark.
     */
    @Test
    void aLongPageOfHeadlineBlocksAndDatelinesIsCleanedInLinearTime() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; page.length() < 300_000; i++) {
            page.append("Harbour Story Number ").append(i).append("\nShare this\nPORTVALE (Reuters) - The crew painted"
                    + " span ").append(i).append(" of the bridge today.\n");
        }
        List<Article> articles = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> text(page.toString()));
        assertThat(articles).isNotEmpty();
        assertThat(articles).allSatisfy(a -> assertThat(a.body()).isNotBlank());
    }
}
