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
            if (!num.notFigure()) {
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
}
