package org.corroborate.reuse;

import java.util.BitSet;

/**
 * Which chars of a text lie inside quotation marks: quoted speech is shared by independent reports of the same
 * press conference, so it is never evidence of copying.
 *
 * <p>Implementation notes: scanned paragraph by paragraph (a line break closes any open quote, and by news
 * convention a quote left open runs to the end of its paragraph). Curly double quotes and guillemets open and
 * close by shape; a straight double quote toggles; a single curly quote opens only after a non-letter and
 * closes only before a non-letter, so the apostrophe in "Russia’s" is left alone; a straight single quote is
 * read the same way (British-style quotes), an apostrophe inside or at the end of a word never opens one.
 */
public final class QuoteMask {
    private QuoteMask() {}

    /** The chars of {@code text} inside quotation marks. */
    public static BitSet of(String text) {
        BitSet quoted = new BitSet(text.length());
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    quoted.set(open, i);
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                char expected = opens(text, i);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                }
            } else if (closes(text, i, closer)) {
                quoted.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            quoted.set(open, text.length());
        }
        return quoted;
    }

    /** The closing mark expected when {@code text[i]} opens a quote, else 0. */
    private static char opens(String text, int i) {
        return switch (text.charAt(i)) {
            case '\u201c', '\u201e' -> '\u201d';
            case '"' -> '"';
            case '\u00ab' -> '\u00bb';
            case '\u2018' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '\u2019' : 0;
            case '\'' -> (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) ? '\'' : 0;
            default -> 0;
        };
    }

    private static boolean closes(String text, int i, char closer) {
        char c = text.charAt(i);
        if (closer == '\u201d') {
            return c == '\u201d' || c == '"';
        }
        if (closer == '\u2019' || closer == '\'') {
            return (c == closer || c == '\u2019') && (i + 1 == text.length()
                    || !Character.isLetterOrDigit(text.charAt(i + 1)));
        }
        return c == closer;
    }
}
