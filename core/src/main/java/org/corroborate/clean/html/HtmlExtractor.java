package org.corroborate.clean.html;

/** Extracts the main content and the metadata of an HTML article page. */
public final class HtmlExtractor {
    /**
     * The page's main content as plain text, paragraphs separated by a blank line, with the metadata the
     * page states.
     *
     * @param url the page's address when known (resolves relative links and hints the outlet), or null
     */
    public ExtractedPage extract(String html, String url) {
        throw new UnsupportedOperationException("HTML extraction: not yet written");
    }
}
