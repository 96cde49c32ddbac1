package org.corroborate.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.util.Validate;

/**
 * Every number the number grammar reads in a text, whether or not it counts anything: the grammar alone, without
 * the rules of {@link QuantityExtractor} that keep only figures (a unit or counted thing, no years, no scores).
 * It lets the grammar be measured against number-recognition suites on its own.
 */
public final class NumberScanner {
    /** A number at char indices {@code start} (inclusive) to {@code end} (exclusive); a range gives its lower end. */
    public record Found(int start, int end, double value) {}

    private NumberScanner() {}

    public static List<Found> scan(String text) {
        Validate.notNull(text, "text");
        Tokens t = Tokens.of(text, 0, text.length());
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Numbers.Num num = Numbers.read(t, i, false);
            if (num == null) {
                i++;
                continue;
            }
            if (!num.notFigure() && !gluedToWord(t, num) && !pronounOne(t, num)) {
                // a minus sign touching the number and not the word before it ("-12", not "COVID-19"), or a word
                int sign = num.from() - 1;
                boolean negative = sign >= 0 && ((t.word[sign].equals("-") || t.word[sign].equals("\u2212"))
                        && t.joined(sign) && !t.joined(sign - 1) || t.is(sign, "minus") || t.is(sign, "negative"));
                int start = negative ? t.start[sign] : t.start[num.from()];
                out.add(new Found(start, t.end[num.to() - 1], negative ? -num.value() : num.value()));
            }
            i = num.to();
        }
        return out;
    }

    /** "180ml", "29km", "4th": digits touching a word are a measure, an ordinal or a code, not a bare number. */
    private static boolean gluedToWord(Tokens t, Numbers.Num num) {
        int last = num.to() - 1;
        return t.isDigits(last) && t.joined(last) && Character.isLetter(t.word[last + 1].charAt(0));
    }

    /** "the one you mentioned", "which one": "one" alone after a determiner stands for a thing, it counts nothing. */
    private static boolean pronounOne(Tokens t, Numbers.Num num) {
        int i = num.from();
        return num.to() == i + 1 && t.is(i, "one") && i > 0
                && QuantityExtractor.NOT_COUNTED_ONE.contains(t.lower[i - 1]);
    }
}
