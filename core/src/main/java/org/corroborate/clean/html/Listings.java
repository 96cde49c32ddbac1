package org.corroborate.clean.html;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognizes teaser listings: an element whose children repeat one record shape, each a headline link of a
 * few words plus some text of its own (a summary, a date). That is how pages list other articles
 * ("more stories", section fronts, rails), and the summaries look like prose to a text classifier.
 *
 * <p>Implementation notes. The repeated-record idea follows data-record mining (Liu, Grossman and Zhai,
 * "Mining data records in Web pages", KDD 2003), reduced to siblings sharing a tag. Each child is inspected
 * with a bounded, iterative walk, so the check costs at most {@link #MAX_NODES_PER_ITEM} nodes per child.
 */
final class Listings {
    private static final int MIN_ITEMS = 3;
    private static final double MIN_ITEM_SHARE = 0.6;
    private static final int MAX_NODES_PER_ITEM = 300;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_OWN_TEXT_CHARS = 30;
    private static final int MAX_ITEM_CHARS = 1500;

    private Listings() {}

    static boolean isListing(Element e) {
        int children = e.childrenSize();
        if (children < MIN_ITEMS) {
            return false;
        }
        int teasers = 0;
        String tag = null;
        for (Element child : e.children()) {
            if (isTeaser(child)) {
                if (tag == null) {
                    tag = child.normalName();
                } else if (!tag.equals(child.normalName())) {
                    return false;
                }
                teasers++;
            }
        }
        return teasers >= MIN_ITEMS && teasers >= MIN_ITEM_SHARE * children;
    }

    /** A headline link of a few words and some text outside links, within a bounded size. */
    private static boolean isTeaser(Element item) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(item);
        int visited = 0;
        int ownChars = 0;
        int totalChars = 0;
        boolean headline = false;
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (++visited > MAX_NODES_PER_ITEM) {
                return false;
            }
            if (n instanceof TextNode) {
                int len = ((TextNode) n).text().strip().length();
                totalChars += len;
                if (!insideLink(n, item)) {
                    ownChars += len;
                }
                if (totalChars > MAX_ITEM_CHARS) {
                    return false;
                }
            } else if (n instanceof Element) {
                Element el = (Element) n;
                if (el.normalName().equals("a") && el.hasAttr("href")
                        && BlockSplitter.countWords(el.text()) >= MIN_HEADLINE_WORDS) {
                    headline = true;
                }
                for (int i = n.childNodeSize() - 1; i >= 0; i--) {
                    todo.push(n.childNode(i));
                }
            }
        }
        return headline && ownChars >= MIN_OWN_TEXT_CHARS;
    }

    private static boolean insideLink(Node n, Element stop) {
        for (Node p = n.parentNode(); p != null && p != stop; p = p.parentNode()) {
            if (p instanceof Element && ((Element) p).normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
