package org.corroborate.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Canonical names of units as written in {@link org.corroborate.model.Quantity#unit()}: "$" and "dollars" are
 * both "dollar", "km" is "kilometre", "casualties per day" is "casualty per day".
 *
 * <p>Implementation notes: each side of a "per" rate is looked up whole in the {@link Units} lexicon (currency
 * symbols included); a counted thing that the lexicon does not know is reduced to the lower-cased lemmas of its
 * content words (OpenNLP lemmatizer), so plural and singular forms compare equal.
 */
public final class UnitNormalizer {
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "your", "his", "her", "its",
            "our", "their");

    private UnitNormalizer() {}

    /**
     * True when the unit measures (a share, money, a length, a span of time, an age) rather than names what is
     * counted: "percent", "$", "years", "km per hour"; "troops" and "casualties per day" are counted things.
     * A measured figure does not say what it is a figure of; its subject has to.
     */
    public static boolean isMeasure(String unit) {
        if (unit == null || unit.isBlank() || unit.startsWith(QuantityExtractor.SHARE_OF)) {
            return false;
        }
        String head = unit.split(" per | a | an ")[0].trim();
        Tokens t = Tokens.of(head, 0, head.length());
        if (t.size() == 0) {
            return false;
        }
        int[] first = new int[1];
        if (Units.currencyBefore(t, t.size() - 1, first) != null && first[0] == 0) {
            return true;
        }
        Units.Match m = Units.at(t, 0, true);
        return m != null && m.length() == t.size();
    }

    /** The canonical unit name, or "-" for a figure without unit. */
    public static String normalize(String unit) {
        if (unit == null || unit.isBlank()) {
            return "-";
        }
        if (unit.startsWith(QuantityExtractor.SHARE_OF)) {
            // NewsQuant writes the unit of a fraction as "%" and the thing shared: "% condo".
            return "% " + normalize(unit.substring(QuantityExtractor.SHARE_OF.length()));
        }
        List<String> parts = new ArrayList<>();
        for (String part : unit.split(" per | a | an ")) {
            parts.add(part(part.trim()));
        }
        return String.join(" per ", parts);
    }

    private static String part(String text) {
        Tokens t = Tokens.of(text, 0, text.length());
        if (t.size() == 0) {
            return "";
        }
        int[] first = new int[1];
        String currency = Units.currencyBefore(t, t.size() - 1, first);
        if (currency != null && first[0] == 0) {
            return currency;
        }
        Units.Match m = Units.at(t, 0, true);
        if (m != null && m.length() == t.size()) {
            return m.unit().canonical();
        }
        String[] lemmas = t.lemmas();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < t.size(); k++) {
            String tag = t.tag[k];
            if ("DET".equals(tag) || "PUNCT".equals(tag) || "ADP".equals(tag) || "CCONJ".equals(tag)
                    || POSSESSIVES.contains(t.lower[k])) {
                continue;
            }
            String lemma = lemmas[k] == null || lemmas[k].equals("O") ? t.lower[k] : lemmas[k];
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lemma.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
