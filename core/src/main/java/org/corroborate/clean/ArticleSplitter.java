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
    /**
     * At most this many prose lines on each side of a candidate are compared (TextTiling too compares fixed-size
     * blocks): more than a news article has, and it keeps a long page linear, where comparing with the whole
     * rest of the page made it quadratic. Each line's words are counted once ({@link TopicSimilarity#count}).
     */
    static final int WINDOW_LINES = 40;

    private ArticleSplitter() {}

    /** Start indexes of the articles in {@code lines}; always begins with 0. */
    static List<Integer> starts(List<PageLine> lines) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = lines.size();
        // nextBody[i]: the first prose line at or after i (n if none); previousBody[i]: the last before i (-1 if none)
        int[] nextBody = new int[n + 1];
        nextBody[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            nextBody[i] = lines.get(i).kind() == Kind.BODY ? i : nextBody[i + 1];
        }
        int[] previousBody = new int[n + 1];
        previousBody[0] = -1;
        for (int i = 1; i <= n; i++) {
            previousBody[i] = lines.get(i - 1).kind() == Kind.BODY ? i - 1 : previousBody[i - 1];
        }
        if (nextBody[0] == n) {
            return starts;
        }
        // candidates with no prose line between them compare the same windows: computed once
        TopicSimilarity.Counts[] counted = new TopicSimilarity.Counts[n];
        int cachedPrevious = -1;
        int cachedNextBody = -1;
        double cachedSimilarity = 0;
        for (int i = nextBody[0] + 1; i < n; i++) {
            PageLine line = lines.get(i);
            int signs = line.kind() == Kind.SHORT ? headlineSigns(lines, i) : 0;
            boolean dateline = line.kind() == Kind.BODY && Wires.parse(line.text(), true) != null;
            if (signs == 0 && !dateline) {
                continue;
            }
            if (nextBody[i] == n) {
                break; // no prose after this point: a trailer (headline and caption of a gallery), not an article
            }
            int previous = starts.get(starts.size() - 1);
            if (nextBody[previous] >= i) {
                continue; // no prose yet in the current article: this is still its header
            }
            if (signs >= 2) {
                starts.add(i);
                continue;
            }
            if (previous != cachedPrevious || nextBody[i] != cachedNextBody) {
                cachedPrevious = previous;
                cachedNextBody = nextBody[i];
                cachedSimilarity = TopicSimilarity.betweenCounted(
                        before(lines, counted, previousBody, previous, i), after(lines, counted, nextBody, i));
            }
            if (signs == 1 && cachedSimilarity < HEADLINE_SHIFT || signs == 0 && cachedSimilarity < DATELINE_SHIFT) {
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

    /** The prose lines of {@code [from, to)} nearest {@code to}, within the window, in page order. */
    private static List<TopicSimilarity.Counts> before(List<PageLine> lines, TopicSimilarity.Counts[] counted,
            int[] previousBody, int from, int to) {
        List<TopicSimilarity.Counts> out = new ArrayList<>();
        for (int b = previousBody[to]; b >= from && out.size() < WINDOW_LINES; b = previousBody[b]) {
            out.add(0, counts(lines, counted, b));
        }
        return out;
    }

    /** The prose lines from {@code from} on, within the window. */
    private static List<TopicSimilarity.Counts> after(List<PageLine> lines, TopicSimilarity.Counts[] counted,
            int[] nextBody, int from) {
        List<TopicSimilarity.Counts> out = new ArrayList<>();
        for (int b = nextBody[from]; b < lines.size() && out.size() < WINDOW_LINES; b = nextBody[b + 1]) {
            out.add(counts(lines, counted, b));
        }
        return out;
    }

    private static TopicSimilarity.Counts counts(List<PageLine> lines, TopicSimilarity.Counts[] counted, int i) {
        if (counted[i] == null) {
            counted[i] = TopicSimilarity.count(lines.get(i).text());
        }
        return counted[i];
    }
}
