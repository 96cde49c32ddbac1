package org.corroborate.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link Block}s: the text between block-level boundaries, in document order, with its
 * link share and the boilerplate hints of its ancestors (the "text block" unit of boilerpipe and jusText).
 * The walk is jsoup's iterative {@link NodeTraversor}, so nesting depth costs heap, not stack.
 */
final class BlockSplitter {
    /** Elements whose content is never article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "head", "title", "meta",
            "link", "video", "audio", "map", "math", "dialog", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "blockquote", "pre", "figure", "figcaption", "form", "fieldset",
            "address", "hr", "details", "summary", "center", "caption", "body", "html", "legend", "hgroup");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private BlockSplitter() {}

    static List<Block> split(Element root) {
        Collector c = new Collector();
        NodeTraversor.filter(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final BoilerplateHints hints = new BoilerplateHints();
        final Deque<Element> owners = new ArrayDeque<>();
        final Deque<Block.HintChain> hintStack = new ArrayDeque<>();
        /** Content boosts of the open elements that have one, with the element. */
        final Deque<Element> boosted = new ArrayDeque<>();
        final Deque<Double> boosts = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;
        int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
                appendText(((TextNode) node).getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                text.append('\n');
                return FilterResult.CONTINUE;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            String reason = hints.of(e);
            if (!block && BoilerplateHints.HIDDEN.equals(reason)) {
                // hidden inline text (screen-reader labels, hover cards) would run into the visible sentence
                return FilterResult.SKIP_ENTIRELY;
            }
            if (block) {
                flush();
                owners.push(e);
            }
            if (articleBoost() < BoilerplateHints.ARTICLE_BOOST && Listings.isListing(e)) {
                // outside anything marked as the article, a teaser listing is other articles, however long
                hintStack.push(new Block.HintChain(e, BoilerplateHints.RELATED, true, hintStack.peek()));
            } else if (tag.equals("article") && insideArticle(e)) {
                // HTML: an article nested in an article is a related item (a comment, another post)
                hintStack.push(new Block.HintChain(e, BoilerplateHints.RELATED, false, hintStack.peek()));
            } else {
                if (reason != null) {
                    hintStack.push(new Block.HintChain(e, reason, false, hintStack.peek()));
                }
            }
            double boost = hints.contentBoost(e);
            if (boost > 1) {
                boosted.push(e);
                boosts.push(Math.max(boost, boosts.isEmpty() ? 1 : boosts.peek()));
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            } else if (tag.equals("td") || tag.equals("th")) {
                // a table row is one block; its cells stay apart
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.pop();
            }
            if (!hintStack.isEmpty() && hintStack.peek().element() == e) {
                hintStack.pop();
            }
            if (!boosted.isEmpty() && boosted.peek() == e) {
                boosted.pop();
                boosts.pop();
            }
            return FilterResult.CONTINUE;
        }

        private double articleBoost() {
            return boosts.isEmpty() ? 1 : boosts.peek();
        }

        private boolean insideArticle(Element e) {
            for (Element open : owners) {
                if (open != e && open.normalName().equals("article")) {
                    return true;
                }
            }
            return false;
        }

        private void appendText(String raw) {
            int before = text.length();
            if (preDepth > 0) {
                text.append(raw);
            } else {
                // collapse runs of whitespace to one space, as a browser renders them
                boolean space = text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1));
                for (int i = 0; i < raw.length(); i++) {
                    char ch = raw.charAt(i);
                    if (Character.isWhitespace(ch) || ch == '\u00a0') {
                        if (!space) {
                            text.append(' ');
                            space = true;
                        }
                    } else {
                        text.append(ch);
                        space = false;
                    }
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            String t = tidy(text);
            text.setLength(0);
            int links = linkChars;
            linkChars = 0;
            if (t.isEmpty() || owners.isEmpty()) {
                return;
            }
            Element owner = owners.peek();
            blocks.add(new Block(t, owner, hintStack.peek(), Math.min(links, t.length()),
                    HEADINGS.contains(owner.normalName()), countWords(t),
                    boosts.isEmpty() ? 1 : boosts.peek()));
        }
    }

    /** Trims each line and drops blank lines (from {@code <br>} runs) but keeps single line breaks. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    /**
     * Words in {@code t}: runs of letters or digits, where scripts written without spaces (Han, kana,
     * Hangul, Thai) count one word per two characters, about their average word length.
     */
    static int countWords(String t) {
        int n = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && isUnspacedScript(cp)) {
                unspaced++;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n + unspaced / 2;
    }

    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
