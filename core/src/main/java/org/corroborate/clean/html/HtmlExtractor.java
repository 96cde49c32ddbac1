package org.corroborate.clean.html;

import org.corroborate.util.Validate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main content and the metadata of an HTML article page.
 *
 * <p>Implementation notes. Parsing is jsoup's HTML5 tree builder, which repairs malformed markup and caps the
 * element depth at {@link #MAX_DEPTH} (deeper elements are attached at that depth, so a 10,000-level page
 * still yields its text). Every walk of the tree afterwards is iterative. Metadata comes from
 * {@link PageMetadata}, the body text from {@link ContentExtractor}. Stateless and thread-safe. A page jsoup
 * fails on is an {@link IllegalArgumentException} saying so.
 */
public final class HtmlExtractor {
    /** Element nesting depth the parser keeps; deeper markup is flattened at this depth. */
    public static final int MAX_DEPTH = 512;

    /**
     * The page's main content as plain text, paragraphs separated by a blank line, with the metadata the
     * page states.
     *
     * @param url the page's address when known (resolves relative links and hints the outlet), or null
     */
    public ExtractedPage extract(String html, String url) {
        Validate.notNull(html, "html");
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc;
        try {
            doc = Jsoup.parse(html, url == null ? "" : url, parser);
        } catch (IndexOutOfBoundsException e) {
            // jsoup 1.24.1 can fail rebuilding formatting elements once the depth cap is reached (found by
            // HtmlFuzzTest); without the cap the same page parses, but the cap is what keeps deep pages safe
            throw new IllegalArgumentException("the HTML parser failed on this markup (formatting elements nested"
                    + " past its depth limit of " + MAX_DEPTH + "); the page is left out");
        }
        JsonLd ld = JsonLd.of(doc);
        String siteName = PageMetadata.siteName(doc, ld);
        String title = PageMetadata.title(doc, ld, siteName);
        Element h1 = doc.selectFirst("h1");
        String visibleTitle = h1 != null && !h1.text().isBlank() ? h1.text() : title;
        Element body = doc.body() != null ? doc.body() : doc;
        ContentExtractor.Result content = ContentExtractor.extract(body, visibleTitle, ld.articleBody());
        return new ExtractedPage(title, content.text(), PageMetadata.authors(doc, ld), PageMetadata.published(doc, ld),
                siteName, PageMetadata.language(doc), content.removed());
    }
}
