package org.corroborate.clean;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.clean.PageLine.Kind;

/**
 * Finds where a scrape glued a second, separate article onto a page.
 *
 * <p>Implementation notes: a boundary candidate is a headline block after the first article's prose has
 * begun: a title-like line whose following lines, up to the next prose line, carry the furniture a page puts
 * under a headline (a date, widgets, a byline, a caption) and/or repeat the title. Two such signs make a
 * boundary on their own; a single sign needs a topic shift as well, measured by {@link TopicSimilarity}
 * between the prose before and after (as TextTiling places boundaries at vocabulary dips). A new tagged
 * dateline without any headline ("PLACE (Agency) —" in mid-page, as when two dispatches about one event are
 * merged) splits only on a near-total change of vocabulary.
 */
final class ArticleSplitter {
    /** Below this similarity a one-sign headline block starts another article. */
    static final double HEADLINE_SHIFT = 0.28;
    /** Below this similarity a bare mid-page dateline starts another article. */
    static final double DATELINE_SHIFT = 0.08;
    /** How many lines after a headline are searched for its furniture. */
    private static final int LOOKAHEAD = 6;

    private ArticleSplitter() {}

    /** Start indexes of the articles in {@code lines}; always begins with 0. */
    static List<Integer> starts(List<PageLine> lines) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int firstBody = nextBody(lines, 0);
        if (firstBody < 0) {
            return starts;
        }
        for (int i = firstBody + 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            int signs = line.kind() == Kind.SHORT ? headlineSigns(lines, i) : 0;
            boolean dateline = line.kind() == Kind.BODY && Wires.parse(line.text(), true) != null;
            if (signs == 0 && !dateline) {
                continue;
            }
            if (nextBody(lines, i) < 0) {
                break; // no prose after this point: a trailer (headline and caption of a gallery), not an article
            }
            int previous = starts.get(starts.size() - 1);
            if (nextBody(lines, previous) >= i) {
                continue; // no prose yet in the current article: this is still its header
            }
            double similarity = TopicSimilarity.between(body(lines, previous, i), body(lines, i, lines.size()));
            if (signs >= 2 || signs == 1 && similarity < HEADLINE_SHIFT || signs == 0 && similarity < DATELINE_SHIFT) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** 0 to 2: furniture under the line, and the line repeated, before the next prose line. */
    static int headlineSigns(List<PageLine> lines, int at) {
        String title = Furniture.normalize(lines.get(at).text());
        boolean furniture = false;
        boolean repeated = false;
        for (int j = at + 1; j < lines.size() && j <= at + LOOKAHEAD; j++) {
            PageLine next = lines.get(j);
            if (next.kind() == Kind.BODY) {
                break;
            }
            furniture |= next.isHeaderFurniture();
            repeated |= next.kind() == Kind.SHORT && Furniture.normalize(next.text()).equals(title);
        }
        return (furniture ? 1 : 0) + (repeated ? 1 : 0);
    }

    private static int nextBody(List<PageLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BODY) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> body(List<PageLine> lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lines.get(i).kind() == Kind.BODY) {
                out.add(lines.get(i).text());
            }
        }
        return out;
    }
}
