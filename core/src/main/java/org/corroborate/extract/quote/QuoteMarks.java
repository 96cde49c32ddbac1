package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.corroborate.extract.entity.TaggedText;

/**
 * Quotations marked in a text: curly and straight double quotes, guillemets, low-9 marks, and the
 * typewriter forms two apostrophes and two backticks.
 *
 * <p>Implementation notes: marks are paired within a paragraph; a straight mark opens when no quotation is
 * open and closes otherwise. A quotation still open at the end of a paragraph continues when the next
 * paragraph opens with a quotation mark (the newspaper convention for quotes over several paragraphs);
 * otherwise it ends with its paragraph. Single quotes are left alone: they are apostrophes far more often.
 *
 * <p>Pages get the direction of curly marks wrong; where a mark stands says more than its shape. A mark glued to
 * the word or the stop before it and followed by a space, a stop or the paragraph's end closes ("Do you want
 * it?“ he asked", "an “expedited review“ of"); a mark after a space or at a paragraph's start and glued to the word
 * after it opens ("Doing so ”appeared to fail.”").
 */
final class QuoteMarks {
    /** A transcript's speaker label in capitals: "ROE:", "JAN VELL:", "MR. ROE:". */
    private static final Pattern TURN_LABEL = Pattern.compile("[A-Z][A-Z.']+( [A-Z][A-Z.']+){0,2}:");

    private QuoteMarks() {}

    static boolean isOpen(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«' || c == '‟';
    }

    static boolean isClose(char c) {
        return c == '”' || c == '"' || c == '»';
    }

    /** True when a token is a quotation mark. */
    static boolean isMark(String token) {
        return token.length() == 1 && (isOpen(token.charAt(0)) || isClose(token.charAt(0)))
                || token.equals("''") || token.equals("``");
    }

    /** Char ranges [open mark, after close mark) of the quotations of {@code text}, in order. */
    static List<int[]> find(String body, TaggedText text) {
        List<int[]> out = new ArrayList<>();
        boolean[] turn = turns(body, text);
        int open = -1;
        for (int p = 0; p < text.paragraphCount(); p++) {
            int[] para = text.paragraph(p);
            if (open >= 0 && (turn[p] || !opens(body, para[0], para[0], para[1]))) {
                out.add(new int[] {open, text.paragraph(p - 1)[1]});
                open = -1;
            }
            // (a turn's opening mark quotes the whole transcript, turn by turn: the label says who speaks)
            for (int i = para[0] + (turn[p] && isOpen(body.charAt(para[0])) ? 1 : 0); i < para[1]; i++) {
                char c = body.charAt(i);
                int width = 1;
                if (c == '\'' && i + 2 < para[1] && body.charAt(i + 1) == '\'' && body.charAt(i + 2) == '\'') {
                    continue; // three apostrophes: an inner single quote closing with the outer double one after it
                }
                if (c == '\'' && i + 1 < para[1] && body.charAt(i + 1) == '\'') {
                    c = '"'; // two apostrophes: the typewriter double quote of some archives
                    width = 2;
                } else if (c == '`' && i + 1 < para[1] && body.charAt(i + 1) == '`') {
                    c = '“';
                    width = 2;
                }
                if (open < 0 && (width == 2 ? isOpen(c) && !(c == '"' && closesStraight(body, i, para[0]))
                        : opens(body, i, para[0], para[1]))) {
                    open = i;
                } else if (open >= 0 && (width == 2 ? isClose(c) : closes(body, i, para[0], para[1])) && i > open
                        && i != para[0]) {
                    // (a straight mark opening a continued paragraph does not close the quotation)
                    out.add(new int[] {open, i + width});
                    open = -1;
                }
                i += width - 1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, text.paragraph(text.paragraphCount() - 1)[1]});
        }
        return out;
    }

    /**
     * The paragraphs that open, after an opening mark, with a speaker's label in capitals and a colon ("“ROE: Well,
     * the pier is safe." and "“VELL: Is it?" as paragraphs of a transcript quoted whole): each paragraph is a turn,
     * not a quotation continued from the one before. Only when two paragraphs do, as one "UPDATE:" is a rubric.
     */
    private static boolean[] turns(String body, TaggedText text) {
        boolean[] turn = new boolean[text.paragraphCount()];
        int count = 0;
        for (int p = 0; p < text.paragraphCount(); p++) {
            int[] para = text.paragraph(p);
            turn[p] = para[1] > para[0] && isOpen(body.charAt(para[0]))
                    && TURN_LABEL.matcher(body).region(para[0] + 1, para[1]).lookingAt();
            count += turn[p] ? 1 : 0;
        }
        return count >= 2 ? turn : new boolean[text.paragraphCount()];
    }

    /** Whether the mark at {@code i} of paragraph [{@code from}, {@code to}) opens a quotation, by its shape and place. */
    private static boolean opens(String body, int i, int from, int to) {
        char c = body.charAt(i);
        if (c == '"') {
            return !closesStraight(body, i, from);
        }
        if (c == '“' && gluedBefore(body, i, from) && spaceAfter(body, i, to)) {
            return false; // "the best“ of": a closing place
        }
        return isOpen(c) || c == '”' && !gluedBefore(body, i, from) && (i == from || !spaceAfter(body, i, to));
    }

    /** Whether the mark at {@code i} of paragraph [{@code from}, {@code to}) closes the open quotation. */
    private static boolean closes(String body, int i, int from, int to) {
        char c = body.charAt(i);
        return isClose(c) || c == '“' && spaceAfter(body, i, to)
                && (gluedBefore(body, i, from) || body.substring(i + 1, to).isBlank());
    }

    /** A word or stop right before char {@code i} (not a space, a bracket, a dash or an invisible format mark). */
    private static boolean gluedBefore(String body, int i, int from) {
        int j = i - 1;
        while (j >= from && Character.getType(body.charAt(j)) == Character.FORMAT) {
            j--;
        }
        return j >= from && !Character.isWhitespace(body.charAt(j)) && "([{—–-".indexOf(body.charAt(j)) < 0;
    }

    /** A space, a stop or the paragraph's end right after char {@code i}. */
    private static boolean spaceAfter(String body, int i, int to) {
        return i + 1 >= to || Character.isWhitespace(body.charAt(i + 1)) || ",.;:?!)]".indexOf(body.charAt(i + 1)) >= 0;
    }

    /**
     * A straight mark glued to the end of a word or a full stop, a space after it ("word" or "no." + mark + space), reads
     * as closing, not opening.
     */
    private static boolean closesStraight(String body, int i, int paraStart) {
        return i > paraStart && (Character.isLetterOrDigit(body.charAt(i - 1)) || ".?!".indexOf(body.charAt(i - 1)) >= 0)
                && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }
}
