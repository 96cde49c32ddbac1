package org.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.corroborate.clean.Cleaner;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Removed;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The harbour council of Velmora voted on Tuesday to rebuild the old stone pier, "
            + "which storms damaged twice in the past decade, at a cost the treasurer put at four million crowns.";
    private static final String P2 = "Fishermen who use the pier said the repairs were overdue, and several told the "
            + "meeting that boats had been moored further down the coast since the second storm last spring.";
    private static final String P3 = "Work is expected to begin in the autumn and to last about eighteen months, "
            + "according to the engineering firm that won the tender after a public consultation in the town.";

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article() {
        return "<article><h1>Velmora to rebuild its stone pier</h1><p>" + P1 + "</p><p>" + P2 + "</p><h2>Timeline</h2><p>"
                + P3 + "</p></article>";
    }

    @Test
    void keepsArticleParagraphsAndInnerHeadingsDropsNavigationAndFooter() {
        String html = page("<title>Velmora to rebuild its stone pier | Coast Gazette</title>",
                "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport"
                        + "</a></li></ul></nav>" + article()
                        + "<footer><p>Copyright Coast Gazette, all rights reserved. Contact us at the harbour office for "
                        + "corrections and letters to the editor.</p></footer>");
        ExtractedPage page = extractor.extract(html, "https://gazette.example/pier");
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nTimeline\n\n" + P3);
        assertThat(page.title()).isEqualTo("Velmora to rebuild its stone pier");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void dropsCommentsRelatedLinksAndShareWidgetsInsideTheContentArea() {
        String body = "<div class=\"story\"><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div class=\"share-bar\"><p>Share this story with your friends on every network you use today</p></div>"
                + "<section class=\"related-stories\"><h3>More stories</h3><ul>"
                + "<li><a href=\"/a\">Lighthouse keeper retires after forty years on the rock</a></li>"
                + "<li><a href=\"/b\">Ferry timetable changes for the winter season announced</a></li></ul></section>"
                + "<div id=\"comments\"><p>I have fished from that pier since I was a boy and I am glad the council "
                + "finally listened to the people who actually use it every single day.</p></div></article></div>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).contains(P1, P2, P3).doesNotContain("Lighthouse", "fished", "Share this");
        assertThat(page.removed()).extracting(Removed::reason).contains("comments", "share widget");
        assertThat(page.removed()).extracting(Removed::reason)
                .containsAnyOf(BoilerplateHints.RELATED, BoilerplateHints.LINKS);
    }

    @Test
    void teaserListingBesideTheArticleIsLeftOut() {
        StringBuilder teasers = new StringBuilder("<ul class=\"rail\">");
        for (int i = 0; i < 5; i++) {
            teasers.append("<li><a href=\"/t").append(i).append("\">Another headline about town number ").append(i)
                    .append("</a><span>A summary of another story that the reader might click on, with some words about ")
                    .append("the market square and the bakery.</span></li>");
        }
        teasers.append("</ul>");
        String body = "<div class=\"column\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div>" + teasers + "</div>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void metadataFromJsonLdAndMetaTags() {
        String head = "<meta property=\"og:site_name\" content=\"Coast Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2031-03-04T09:15:00+01:00\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Pier to be rebuilt\",\"author\":[{\"@type\":\"Person\",\"name\":"
                + "\"Ada Morrow\"},{\"@type\":\"Person\",\"name\":\"Tomas Reyl\"}],\"datePublished\":\"2031-03-04\"}]}"
                + "</script>";
        ExtractedPage page = extractor.extract(page(head, article()), null);
        assertThat(page.authors()).containsExactly("Ada Morrow", "Tomas Reyl");
        assertThat(page.published()).isEqualTo("2031-03-04T09:15:00+01:00");
        assertThat(page.siteName()).isEqualTo("Coast Gazette");
        assertThat(page.title()).isEqualTo("Pier to be rebuilt");
    }

    @Test
    void aPlaceholderPublicationDateGivesWayToTheNextSource() {
        // regression: a content system's empty date (year 1) became the article's date, and "last year" became 0
        String head = "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
                + "<meta name=\"date\" content=\"2031-03-04\">";
        assertThat(extractor.extract(page(head, article()), null).published()).isEqualTo("2031-03-04");
        String epochOnly = "<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">";
        assertThat(extractor.extract(page(epochOnly, article()), null).published()).isNull();
        assertThat(PageMetadata.isPlaceholder("1854-06-02")).isFalse();
    }

    @Test
    void bylinePartsThatNameNoAuthorAreLeftOut() {
        String head = "<meta name=\"author\" content=\"ADA MORROW, Coast Gazette Harbour Writer\">"
                + "<meta name=\"author\" content=\"Tomas  Reyl, MS, RDN\">"
                + "<meta name=\"author\" content=\"Analysis by Lina Oduya | Coast Gazette for gazette.example\">"
                + "<meta name=\"author\" content=\"Bo Karsk Monday, March 4, 2031\">"
                + "<meta name=\"author\" content=\"Tomas Reyl\">"
                + "<meta name=\"author\" content=\"Pia Lund commented on\">";
        assertThat(extractor.extract(page(head, article()), null).authors())
                .containsExactly("ADA MORROW", "Tomas Reyl", "Lina Oduya", "Bo Karsk");
    }

    @Test
    void bylineElementsAndTimeElementWhenNoMetadata() {
        String body = "<article><h1>Pier news</h1><p class=\"byline\">By Ada Morrow</p>"
                + "<time datetime=\"2031-03-04\">4 March</time><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.authors()).containsExactly("Ada Morrow");
        assertThat(page.published()).isEqualTo("2031-03-04");
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void jsonLdArticleBodyIsTheFallbackWhenTheDomHasLittleText() {
        String ldBody = (P1 + "\n" + P2 + "\n" + P3).replace("\"", "\\\"");
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + ldBody
                .replace("\n", "\\n") + "\"}</script>";
        String body = "<div id=\"app\"><p>Loading the story, please wait.</p></div>";
        ExtractedPage page = extractor.extract(page(head, body), null);
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": </script>";
        ExtractedPage page = extractor.extract(page(head, article()), null);
        assertThat(page.text()).contains(P1);
        assertThat(page.authors()).isEmpty();
    }

    @Test
    void commonLayoutNamesAreNotMistakenForBoilerplate() {
        String body = "<article><p>" + P1 + "</p><div class=\"table-responsive\"><table><tr><td>Pier length</td>"
                + "<td>212 metres</td></tr></table></div><div class=\"social-media-embed\"><blockquote "
                + "class=\"twitter-tweet\"><p>The pier vote passed, finally, after years of waiting for it.</p>"
                + "</blockquote></div><p>" + P2 + "</p></article>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).contains("Pier length 212 metres", "The pier vote passed");
    }

    @Test
    void hostileJsonLdNestingIsSkippedNotFatal() {
        String head = "<script type=\"application/ld+json\">" + "[".repeat(50_000) + "]".repeat(50_000) + "</script>";
        ExtractedPage page = extractor.extract(page(head, article()), null);
        assertThat(page.text()).contains(P1);
    }

    @Test
    void linkedListInsideTheArticleBodyIsTheArticles() {
        StringBuilder items = new StringBuilder("<ol>");
        for (int i = 0; i < 5; i++) {
            items.append("<li><a href=\"/n").append(i).append("\">The ferry company confirmed new winter times</a> for ")
                    .append("route ").append(i).append(", and the harbour master said the changes would hold until March.</li>");
        }
        items.append("</ol>");
        String body = "<div class=\"article-body\"><p>" + P1 + "</p>" + items + "</div>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).contains(P1, "route 0", "route 4");
    }

    @Test
    void dataTableInsideTheArticleIsKept() {
        String body = "<article><p>" + P1 + "</p><table><tr><th>Year</th><th>Cost</th></tr>"
                + "<tr><td>2031</td><td>1.5 million crowns</td></tr></table><p>" + P2 + "</p></article>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).contains(P1, P2, "2031 1.5 million crowns");
    }

    @Test
    void contentInsideDeeplyNestedDivsIsFound() {
        String open = "<div>".repeat(60);
        String close = "</div>".repeat(60);
        String body = "<div class=\"menu\"><a href=\"/x\">Section one</a> <a href=\"/y\">Section two</a></div>" + open
                + "<p>" + P1 + "</p><p>" + P2 + "</p>" + close;
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void tenThousandLevelsOfNestingDoNotOverflowTheStack() {
        String body = "<div>".repeat(10_000) + "<p>" + P1 + "</p>" + "</div>".repeat(10_000)
                + "<span>".repeat(10_000) + "deep inline text" + "</span>".repeat(10_000);
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).contains(P1);
    }

    @Test
    void emptyAndBodylessPagesGiveEmptyText() {
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract("<html><head><title>Only a title</title></head></html>", null).text()).isEmpty();
        assertThat(extractor.extract("<html><head><title>Only a title</title></head></html>", null).title())
                .isEqualTo("Only a title");
    }

    @Test
    void malformedMarkupIsRepaired() {
        String html = "<html><body><div class=content><p>" + P1 + "<p>" + P2 + "</div></span></i><p>" + P3
                + "<div><table><tr><td>unclosed";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.text()).contains(P1, P2, P3);
    }

    @Test
    void captionsAndCreditLinesAreLeftOut() {
        String body = "<article><p>" + P1 + "</p><figure><img src=\"pier.jpg\"><figcaption>The pier after the "
                + "second storm, seen from the harbour wall.</figcaption></figure><p>The old pier at dusk (Photo: Jan Holm)"
                + "</p><p>" + P2 + "</p></article>";
        ExtractedPage page = extractor.extract(page("", body), null);
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(page.removed()).extracting(Removed::reason).containsOnly("caption");
    }

    @Test
    void rejectsNullHtml() {
        assertThatThrownBy(() -> extractor.extract(null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("html");
    }

    @Test
    void titleLosesSiteSuffix() {
        assertThat(PageMetadata.stripSiteName("Pier to be rebuilt - Coast Gazette", "Coast Gazette"))
                .isEqualTo("Pier to be rebuilt");
        assertThat(PageMetadata.stripSiteName("Coast Gazette | Pier to be rebuilt", "Coast Gazette"))
                .isEqualTo("Pier to be rebuilt");
        assertThat(PageMetadata.stripSiteName("Pier to be rebuilt after storms hit the town | CG", null))
                .isEqualTo("Pier to be rebuilt after storms hit the town");
        assertThat(PageMetadata.stripSiteName("Velmora: the pier question", null)).isEqualTo("Velmora: the pier question");
    }

    @Test
    void datesAreNormalizedToIso() {
        assertThat(PageMetadata.isoDate("2031-03-04T09:15:00Z")).isEqualTo("2031-03-04T09:15:00Z");
        assertThat(PageMetadata.isoDate("2031-03-04 09:15")).isEqualTo("2031-03-04T09:15:00");
        assertThat(PageMetadata.isoDate("2031-03-04T09:15:00+0100")).isEqualTo("2031-03-04T09:15:00+01:00");
        assertThat(PageMetadata.isoDate("Tue, 4 Mar 2031 09:15:00 GMT")).isEqualTo("2031-03-04T09:15:00Z");
        assertThat(PageMetadata.isoDate("last spring")).isNull();
    }

    @Test
    void aPageJsoupFailsOnAtItsDepthLimitIsRejectedWithAReason() throws IOException {
        // HtmlFuzzTest finding: jsoup 1.24.1 throws IndexOutOfBoundsException on this page with the depth cap
        byte[] bytes;
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(
                "/org/corroborate/fuzz/HtmlFuzzTestInputs/extractAndClean/crash-5a8209536c5de3579b649e877c5a994a8809d155")) {
            bytes = in.readAllBytes();
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extractor.extract(html, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the HTML parser failed on this markup (formatting elements nested past its depth limit"
                        + " of 512); the page is left out");
        Document d = new Document("deep.html", "deep.html", DocumentFormat.HTML, html, null);
        assertThatThrownBy(() -> new Cleaner().clean(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("deep.html: the HTML parser failed on this markup");
    }
}
