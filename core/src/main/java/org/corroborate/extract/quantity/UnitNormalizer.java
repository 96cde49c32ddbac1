package org.corroborate.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.text.Nlp;

/**
 * Canonical names of units as written in {@link org.corroborate.model.Quantity#unit()}: "$" and "dollars" are
 * both "dollar", "km" is "kilometre", "casualties per day" is "casualty per day".
 *
 * <p>Implementation notes: each side of a "per" rate is looked up whole in the {@link Units} lexicon (currency
 * symbols included); a counted thing that the lexicon does not know is reduced to the lower-cased lemmas of its
 * content words (OpenNLP lemmatizer), so plural and singular forms compare equal. The statistical lemmatizer
 * slips on a few regular patterns, which are repaired by rule: a noun's lemma only ever drops a plural ending
 * ("charger" is not "charge", "gifted" as a noun not "gift"); Latin nouns in -us take -es in the plural
 * ("viruses", not "viruse"); a participle before the noun stays as written ("tapered tips"); superlatives lose
 * -est ("hottest" is "hot", "largest" "large"). A hyphenated compound modifier stays one word as written
 * ("coal-fired power plants" is "coal-fired power plant").
 */
public final class UnitNormalizer {
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "your", "his", "her", "its",
            "our", "their");

    /** Nouns in -us whose plural is -uses; the lemmatizer cuts only the -s. */
    private static final java.util.Set<String> LATIN_US = java.util.Set.of("virus", "bonus", "campus", "status",
            "census", "bus", "focus", "consensus", "surplus", "apparatus", "prospectus", "fetus", "foetus",
            "chorus", "circus", "genius", "sinus", "walrus", "octopus", "syllabus", "abacus", "nexus", "lotus",
            "stimulus", "thesaurus", "minibus", "omnibus", "corpus", "hiatus", "impetus", "caucus", "cactus");
    /**
     * Superlative stems that need their final "e" back: a single vowel before a single consonant that was not
     * doubled ("wid-est", "lat-est": "hot" doubles to "hottest"), a consonant before "l" ("simpl-est"), and
     * "larg-est", "strang-est", "dens-est", "tru-est".
     */
    private static final java.util.regex.Pattern SILENT_E = java.util.regex.Pattern.compile(
            ".*(?:[^aeiou][aeiou][^aeiouwxy]|[^aeioul]l|rg|ang|[nr]s|u)");

    /**
     * The unit written for degrees read as an angle; its canonical name is "degree", as for a temperature in bare
     * degrees, so only the written unit tells the two apart.
     */
    public static final String ANGLE_DEGREES = "degrees of arc";

    private UnitNormalizer() {}

    /**
     * True when the unit measures (a share, money, a length, a span of time, an age) rather than names what is
     * counted: "percent", "$", "years", "km per hour"; "troops" and "casualties per day" are counted things.
     * A measured figure does not say what it is a figure of; its subject has to.
     */
    public static boolean isMeasure(String unit) {
        return kind(unit) != null;
    }

    /**
     * What the unit measures, read from the unit before any "per" ("$ per barrel" is money), or null for a counted
     * thing, a share of something or no unit.
     */
    public static UnitKind kind(String unit) {
        if (unit == null || unit.isBlank() || unit.startsWith(QuantityExtractor.SHARE_OF)) {
            return null;
        }
        String head = unit.split(" per | a | an ")[0].trim();
        Tokens t = Tokens.of(head, 0, head.length());
        if (t.size() == 0) {
            return null;
        }
        int[] first = new int[1];
        if (Units.currencyBefore(t, t.size() - 1, first) != null && first[0] == 0) {
            return UnitKind.CURRENCY;
        }
        Units.Match m = Units.at(t, 0, true);
        return m != null && m.length() == t.size() ? m.unit().kind() : null;
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
        String[] lemmas = Nlp.lemmas(t.word, t.tag);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < t.size(); k++) {
            String tag = t.tag[k];
            if ("DET".equals(tag) || "PUNCT".equals(tag) || "ADP".equals(tag) || "CCONJ".equals(tag)
                    || POSSESSIVES.contains(t.lower[k])) {
                continue;
            }
            String lemma = lemma(t, k, lemmas[k] == null || lemmas[k].equals("O") ? t.lower[k]
                    : lemmas[k].toLowerCase(Locale.ROOT));
            if (k > 0 && t.joined(k - 1) && t.is(k - 1, "-") && t.joined(k - 2) && b.length() > 0) {
                // the modifier before the hyphen was written as is; join the compound back: "coal-fired"
                b.append('-').append(k + 1 < t.size() ? t.lower[k] : lemma);
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(k + 2 < t.size() && t.is(k + 1, "-") && t.joined(k) && t.joined(k + 1) ? t.lower[k] : lemma);
        }
        return b.toString();
    }

    /** The lemmatizer's {@code lemma} of token {@code k}, with its regular slips repaired. */
    private static String lemma(Tokens t, int k, String lemma) {
        String w = t.lower[k];
        String tag = t.tag[k];
        if ("NOUN".equals(tag) && lemma.length() < w.length() && w.startsWith(lemma)
                && !(w.endsWith("s") || w.endsWith("ren"))) {
            return w;
        }
        if ("VERB".equals(tag) && w.endsWith("ed") && k + 1 < t.size()) {
            return w; // a participle modifying the noun is an adjective: "tapered tips", "gifted players"
        }
        if (w.endsWith("uses") && LATIN_US.contains(w.substring(0, w.length() - 2))) {
            return w.substring(0, w.length() - 2);
        }
        if ("ADJ".equals(tag) && lemma.equals(w) && w.endsWith("est") && w.length() > 5) {
            String stem = w.substring(0, w.length() - 3);
            int n = stem.length();
            if (stem.charAt(n - 1) == 'i') {
                return stem.substring(0, n - 1) + "y"; // "happiest"
            }
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
                return stem.substring(0, n - 1); // "hottest", "biggest"
            }
            return SILENT_E.matcher(stem).matches() ? stem + "e" : stem;
        }
        return lemma;
    }
}
