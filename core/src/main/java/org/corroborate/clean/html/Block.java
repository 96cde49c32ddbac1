package org.corroborate.clean.html;

import org.jsoup.nodes.Element;

/**
 * One run of text between block-level boundaries of the page, with the facts the classifier needs.
 *
 * @param owner the innermost block-level element holding the text
 * @param hints the hinted ancestors, nearest first (null when none)
 * @param heading whether the owner is h1-h6
 * @param boost how strongly the markup marks the text as the article (1 = no mark)
 */
record Block(String text, Element owner, HintChain hints, int linkChars, boolean heading, int words, double boost) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /**
     * An immutable list of hinted ancestors, shared between the blocks under them.
     *
     * @param firm whether the hint stands even over an element holding most of the page's text
     */
    record HintChain(Element element, String reason, boolean firm, HintChain outer) {}
}
