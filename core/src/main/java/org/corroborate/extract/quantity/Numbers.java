package org.corroborate.extract.quantity;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The number grammar: figures in digits ("10,000", "1.5 million", "$1.7bn", "25k"), in words ("twenty-five",
 * "a dozen", "three hundred", "half a million"), vague plurals ("dozens", "thousands", "tens of millions") and
 * ranges ("10-12", "between 10 and 12", "1 to 1.5").
 *
 * <p>Implementation notes: a hand-written recursive-descent reader over {@link Tokens}, one pass, no
 * backtracking beyond one token. Vague plurals become the interval [n, 10n] ("dozens" is 12..120, "thousands"
 * 1,000..10,000), the convention of the NewsQuant annotation (Almasian et al., CQE, EMNLP 2023). A dash between
 * a larger and a smaller number ("3-1", "2-2") is a score or an identifier, not a range; the reader reports it
 * as {@link Num#notFigure()} so the caller skips both numbers.
 */
final class Numbers {
    /** A number read from tokens {@code from} (inclusive) to {@code to} (exclusive). */
    record Num(int from, int to, double value, double low, double high, boolean range, boolean inWords,
            boolean scaled, boolean notFigure) {
        static Num single(int from, int to, double value, boolean inWords, boolean scaled) {
            return new Num(from, to, value, value, value, false, inWords, scaled, false);
        }
    }

    private static final Pattern DIGITS =
            Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    /** Scale words; lakh and crore are how South Asian news writes 100,000 and 10 million. */
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "lakh", 1e5,
            "million", 1e6, "crore", 1e7, "billion", 1e9, "trillion", 1e12, "dozen", 12.0);
    /** Fractions written as one character ("2½ years"). */
    private static final Map<Character, Double> VULGAR_FRACTIONS = Map.ofEntries(Map.entry('\u00BD', 0.5),
            Map.entry('\u2153', 1 / 3.0), Map.entry('\u2154', 2 / 3.0), Map.entry('\u00BC', 0.25),
            Map.entry('\u00BE', 0.75), Map.entry('\u2155', 0.2), Map.entry('\u2156', 0.4), Map.entry('\u2157', 0.6),
            Map.entry('\u2158', 0.8), Map.entry('\u2159', 1 / 6.0), Map.entry('\u215A', 5 / 6.0),
            Map.entry('\u215B', 0.125), Map.entry('\u215C', 0.375), Map.entry('\u215D', 0.625),
            Map.entry('\u215E', 0.875));
    /** Scale suffixes written against digits: "25k", "$1.7bn", "€3mn". "m" is handled by the caller's context. */
    private static final Map<String, Double> SUFFIXES = Map.ofEntries(Map.entry("k", 1e3), Map.entry("K", 1e3),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("MM", 1e6), Map.entry("bn", 1e9),
            Map.entry("b", 1e9), Map.entry("B", 1e9), Map.entry("bln", 1e9), Map.entry("tn", 1e12),
            Map.entry("trn", 1e12));
    private static final java.util.Set<Integer> FRACTION_DENOMINATORS = java.util.Set.of(2, 3, 4, 5, 8, 10, 16,
            100);
    private static final Map<String, Double> SPACED_SUFFIXES = Map.ofEntries(Map.entry("K", 1e3),
            Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("B", 1e9),
            Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("tn", 1e12), Map.entry("tln", 1e12));
    private static final java.util.Set<String> DIMENSION_ADJECTIVES = java.util.Set.of("tall", "high", "long",
            "wide", "deep", "thick", "away");
    private static final Map<String, Double> VAGUE = Map.of("dozens", 12.0, "scores", 20.0, "hundreds", 1e2,
            "thousands", 1e3, "millions", 1e6, "billions", 1e9, "trillions", 1e12);

    private Numbers() {}

    /** The scale word's value, with "dozens" ("3 dozens") and the abbreviations "doz", "dz". */
    private static Double scale(String lower) {
        return switch (lower) {
            case "dozens", "doz", "dozs", "dz", "dzs" -> 12.0;
            default -> SCALES.get(lower);
        };
    }

    /** The value of a scale word ("million": 1e6), or 0. */
    static double scaleWordValue(String lower) {
        Double scale = scale(lower);
        return scale == null ? 0 : scale;
    }

    /** Whether a token starts a figure written in digits. */
    static boolean isDigits(String word) {
        return DIGITS.matcher(word).matches();
    }

    /** The value of a digit token, or NaN when its commas are not thousands separators ("1,2"). */
    static double digitValue(String word) {
        if (!DIGITS.matcher(word).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(word.replace(",", ""));
    }

    /**
     * Reads a number (or range) starting at token {@code i}, or returns null.
     *
     * @param millionM whether a touching "m" means million (after a currency symbol) rather than metres
     */
    static Num read(Tokens t, int i, boolean millionM) {
        if (t.is(i, "between")) {
            Num a = single(t, i + 1, millionM);
            if (a != null && t.is(a.to(), "and")) {
                Num b = single(t, a.to() + 1, millionM);
                if (b != null) {
                    return range(t, a, b, i);
                }
            }
            return null;
        }
        Num a = single(t, i, millionM);
        if (a == null || a.range()) {
            return a;
        }
        int j = a.to();
        Num ratio = ratio(t, a, millionM);
        if (ratio != null) {
            return ratio;
        }
        if (isYearAfterPreposition(t, a)) {
            return a; // "rose 60% in 2018 to 3.9 million": a year, then the figure it reached
        }
        // "Stoxx 50 -1.3%": a dash spaced from the first number and touching the second is the second's sign.
        boolean dash = j < t.size() && (t.word[j].equals("-") || t.word[j].equals("–"))
                && (t.joined(j - 1) || !t.joined(j));
        boolean to = t.is(j, "to");
        if ((dash || to) && j + 1 < t.size() && Units.currencyBefore(t, j + 1, new int[1]) == null) {
            Num b = single(t, j + 1, millionM);
            if (b != null && !b.range() && (to || a.inWords() == b.inWords())) {
                if (dash && a.scaled() == b.scaled() && scaleFree(a, b) && a.value() >= b.value()) {
                    return new Num(a.from(), b.to(), a.value(), a.value(), b.value(), false, false, false, true);
                }
                Num r = range(t, a, b, a.from());
                if (r != null) {
                    return r;
                }
            }
        }
        return a;
    }

    /**
     * "one out of three", "1 over 20": a ratio of a part to a whole, so never above one ("12 out of 10" is two
     * numbers). "over" only when nothing is counted after the second number ("5 over 3 years" is a period), and
     * the first number is not scaled and neither is a fraction itself.
     */
    private static Num ratio(Tokens t, Num a, boolean millionM) {
        int j = a.to();
        boolean over = t.is(j, "over");
        if (!over && !(t.is(j, "out") && t.is(j + 1, "of")) || a.scaled()) {
            return null;
        }
        Num b = single(t, over ? j + 1 : j + 2, millionM);
        if (b == null || b.range() || b.value() <= 0 || a.value() > b.value() || endsOnDenominator(t, b)
                || over && !endOfPhrase(t, b.to())) {
            return null;
        }
        return Num.single(a.from(), b.to(), a.value() / b.value(), a.inWords(), false);
    }

    private static boolean isYearAfterPreposition(Tokens t, Num a) {
        String w = t.word[a.from()];
        return a.to() == a.from() + 1 && w.length() == 4 && w.chars().allMatch(Character::isDigit)
                && a.value() >= 1000 && a.value() <= 2200
                && (t.is(a.from() - 1, "in") || t.is(a.from() - 1, "since") || t.is(a.from() - 1, "until"));
    }

    private static boolean scaleFree(Num a, Num b) {
        return !a.scaled() && !b.scaled();
    }

    private static Num range(Tokens t, Num a, Num b, int from) {
        double low = a.value();
        // "1.5 to 2 million": the scale written once applies to both ends.
        if (b.scaled() && !a.scaled() && !a.inWords()) {
            double scale = b.value() / Math.max(1e-9, plain(b));
            if (low * scale <= b.value()) {
                low *= scale;
            }
        }
        if (!(low < b.value()) && !(t.is(from - 1, "from") && low > b.value())) {
            return null;
        }
        return new Num(from, b.to(), low, Math.min(low, b.value()), Math.max(low, b.value()), true, a.inWords(),
                b.scaled(), false);
    }

    /** The value of the scale word a scaled number ends on (1e6 for "three million"). */
    private static double lastScale(Tokens t, Num n) {
        Double scale = SCALES.get(t.lower[n.to() - 1]);
        return scale != null ? scale : 1;
    }

    /** The value of a scaled number before its scale word (1.5 for "1.5 million"). */
    private static double plain(Num n) {
        double v = n.value();
        for (double s : new double[] {1e12, 1e9, 1e6, 1e3}) {
            if (v >= s && n.scaled()) {
                return v / s;
            }
        }
        return v;
    }

    private static Num single(Tokens t, int i, boolean millionM) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        Num fraction = fraction(t, i);
        if (fraction != null) {
            return scaledFraction(t, fraction);
        }
        Num n;
        if (vulgarFraction(t, i) != null) {
            n = Num.single(i, i + 1, vulgarFraction(t, i), false, false);
        } else if (t.isDigits(i)) {
            n = digits(t, i, millionM);
        } else {
            Num vague = vague(t, i);
            n = vague != null ? vague : words(t, i);
        }
        return n == null || n.range() ? n : andAFraction(t, n);
    }

    /**
     * "two and a half years", "one and a half million", "three and three quarters": a whole number, "and", a
     * fraction of one, then the scale both share ("one and a half million" is 1.5 million, not 1 + 0.5 million).
     */
    private static Num andAFraction(Tokens t, Num n) {
        int j = n.to();
        if (!t.is(j, "and") || j + 2 >= t.size()) {
            return n;
        }
        double fraction;
        int end;
        if (t.is(j + 1, "a") || t.is(j + 1, "an")) {
            Denominator d = denominator(t, j + 2);
            if (d == null) {
                return n;
            }
            fraction = 1 / d.value();
            end = d.to();
        } else {
            // "three quarters", "fifty-four hundredths": a fraction below one
            Num f = fraction(t, j + 1);
            if (f != null && f.scaled() && n.scaled() && f.value() < lastScale(t, n)) {
                // "one billion and three quarters million": a fraction of a smaller scale adds
                return Num.single(n.from(), f.to(), n.value() + f.value(), n.inWords(), true);
            }
            if (f == null) {
                f = words(t, j + 1);
            }
            if (f == null || !endsOnDenominator(t, f) || f.value() >= 1) {
                return n;
            }
            fraction = f.value();
            end = f.to();
        }
        if (n.scaled()) {
            // "a million and a half": a fraction of the large scale the number ended on; "a hundred and three
            // quarters" is 100.75
            double scale = lastScale(t, n);
            scale = scale >= 1e3 ? scale : 1;
            double smaller = end < t.size() ? scaleWordValue(t.lower[end]) : 0;
            if (smaller >= 1e3 && smaller < scale) {
                // "one billion and a half million": the fraction is of the smaller scale written after it
                return Num.single(n.from(), end + 1, n.value() + smaller * fraction, n.inWords(), true);
            }
            return Num.single(n.from(), end, n.value() + scale * fraction, n.inWords(), true);
        }
        double value = n.value() + fraction;
        int k = end;
        boolean scaled = false;
        while (k < t.size() && SCALES.containsKey(t.lower[k]) && !t.is(k, "dozen")) {
            value *= SCALES.get(t.lower[k]);
            scaled = true;
            k++;
        }
        return Num.single(n.from(), k, value, n.inWords(), scaled);
    }

    /** "three quarters billion", "two thirds of a million": a fraction of a large scale. */
    private static Num scaledFraction(Tokens t, Num fraction) {
        int k = fraction.to();
        if (t.is(k, "of") && t.is(k + 1, "a")) {
            k += 2;
        }
        double scale = k < t.size() ? scaleWordValue(t.lower[k]) : 0;
        if (scale < 1e3) {
            return fraction;
        }
        return Num.single(fraction.from(), k + 1, fraction.value() * scale, true, true);
    }

    /** The value of token {@code i} when it is a one-character fraction ("½"), else null. */
    static Double vulgarFraction(Tokens t, int i) {
        return i >= 0 && i < t.size() && t.word[i].length() == 1 ? VULGAR_FRACTIONS.get(t.word[i].charAt(0)) : null;
    }

    private static Num digits(Tokens t, int i, boolean millionM) {
        double v = digitValue(t.word[i]);
        if (Double.isNaN(v)) {
            return null;
        }
        int j = i + 1;
        boolean scaled = false;
        Num grouped = spacedGroups(t, i);
        if (grouped != null) {
            return grouped;
        }
        if (t.joined(i) && vulgarFraction(t, j) != null && t.word[i].chars().allMatch(Character::isDigit)) {
            v += vulgarFraction(t, j); // "2½"
            j++;
        }
        Num power = t.joined(i) && j == i + 1 ? power(t, i, v) : null;
        if (power != null) {
            return power;
        }
        double fraction = slashFraction(t, t.joined(i) ? i : i + 1);
        if (!Double.isNaN(fraction)) {
            // "3/4", and "2 1/4" (a whole number, then a fraction)
            return t.joined(i) ? Num.single(i, i + 3, fraction, false, false)
                    : Num.single(i, i + 4, v + fraction, false, false);
        }
        if (t.joined(i) && j < t.size()) {
            Double suffix = SUFFIXES.get(t.word[j]);
            if (suffix == null && isMillion(t, j, millionM)) {
                suffix = 1e6;
            }
            if (suffix != null) {
                return Num.single(i, j + 1, v * suffix, false, true);
            }
        }
        // "8 B people", "$5 bn", "2.5 k.": a spaced scale abbreviation, when a noun or a currency makes it a
        // count, when it ends the phrase, or when it cannot be a unit ("bln", "mln": "tn" may be tonnes)
        if (!t.joined(i) && j < t.size() && SPACED_SUFFIXES.containsKey(t.word[j])
                && (millionM || t.tagAt(j + 1).equals("NOUN") || endOfPhrase(t, j + 1) || t.word[j].length() > 2)) {
            return Num.single(i, j + 1, v * SPACED_SUFFIXES.get(t.word[j]), false, true);
        }
        double lastScale = 1;
        while (j < t.size()) {
            Double scale = scale(t.lower[j]);
            if (scale == null) {
                break;
            }
            v *= scale;
            lastScale = scale;
            scaled = true;
            j++;
        }
        if (lastScale >= 100 && t.word[i].chars().allMatch(Character::isDigit)) {
            Num rest = smallerRest(t, j, lastScale);
            if (rest != null) {
                return Num.single(i, rest.to(), v + rest.value(), false, true);
            }
        }
        return Num.single(i, j, v, false, scaled);
    }

    /**
     * The rest of a number that mixes digits and scale words, after its scale word: "4 thousand 3 hundred", "3
     * hundred and 21", "6 crore and two hundred". A whole number below the scale, scaled itself unless after "and"
     * ("2 million 500 people" is two figures); "and 0" is left alone.
     */
    private static Num smallerRest(Tokens t, int j, double scale) {
        boolean and = t.is(j, "and");
        int k = and ? j + 1 : j;
        if (k >= t.size()) {
            return null;
        }
        Num rest = t.isDigits(k) ? (t.word[k].chars().allMatch(Character::isDigit) ? digits(t, k, false) : null)
                : words(t, k);
        if (rest == null || rest.range() || rest.value() <= 0 || rest.value() >= scale
                || rest.value() != Math.floor(rest.value()) || !and && !rest.scaled()) {
            return null;
        }
        return rest;
    }

    /**
     * "1 234 567", "40 000": thousands separated by one space, plain, no-break or thin (the SI style); groups of
     * exactly three digits after a first group of one to three, only the last with decimals; not when the last
     * group runs on into a word or a hyphen ("12 100-metre races").
     */
    private static Num spacedGroups(Tokens t, int i) {
        if (!t.word[i].matches("\\d{1,3}")) {
            return null;
        }
        StringBuilder digits = new StringBuilder(t.word[i]);
        int k = i;
        while (k + 1 < t.size() && t.start[k + 1] == t.end[k] + 1
                && " \u00A0\u2009\u202F".indexOf(t.source.charAt(t.end[k])) >= 0
                && t.word[k + 1].matches("\\d{3}(?:\\.\\d+)?") && !t.word[k].contains(".")) {
            digits.append(t.word[k + 1]);
            k++;
        }
        boolean runsOn = t.joined(k) && (t.is(k + 1, "-") || Character.isLetter(t.word[k + 1].charAt(0)));
        return k == i || runsOn ? null : Num.single(i, k + 1, Double.parseDouble(digits.toString()), false, false);
    }

    /**
     * Scientific notation and powers written against the digits at token {@code i}: "1.3e6", "12e-1", "6.2x10^-4",
     * "2.5^-1"; null when none follows. The exponent's signs may repeat ("^--2" is "^2").
     */
    private static Num power(Tokens t, int i, double base) {
        int j = i + 1;
        String w = t.lower[j];
        boolean tenTo = false;
        if (w.matches("e\\d{1,3}")) {
            return Num.single(i, j + 1, base * Math.pow(10, Integer.parseInt(w.substring(1))), false, false);
        }
        if (w.equals("e") && t.joined(j)) {
            tenTo = true;
            j++;
        } else if ((w.equals("x10") || (w.equals("x") || w.equals("\u00D7")) && t.is(j + 1, "10") && t.joined(j))
                && t.joined(w.equals("x10") ? j : j + 1) && t.is(w.equals("x10") ? j + 1 : j + 2, "^")) {
            tenTo = true;
            j += w.equals("x10") ? 2 : 3;
        } else if (w.equals("^") && t.joined(j)) {
            j++;
        } else {
            return null;
        }
        boolean negative = false;
        while (j < t.size() && (t.is(j, "-") || t.is(j, "+")) && t.joined(j) && t.joined(j - 1)) {
            negative ^= t.is(j, "-");
            j++;
        }
        if (j >= t.size() || !t.joined(j - 1) || !t.word[j].chars().allMatch(Character::isDigit)
                || t.word[j].length() > 3) {
            return null;
        }
        int exponent = Integer.parseInt(t.word[j]) * (negative ? -1 : 1);
        double value = tenTo ? base * Math.pow(10, exponent) : Math.pow(base, exponent);
        return Num.single(i, j + 1, value, false, false);
    }

    /**
     * The value of "n/d" written at tokens {@code k}..{@code k + 2} with no spaces, or NaN. Only common
     * denominators with a smaller numerator count, so dates and scores ("9/11", "24/7") are not fractions.
     */
    private static double slashFraction(Tokens t, int k) {
        if (k < 0 || k + 2 >= t.size() || !t.is(k + 1, "/") || !t.joined(k) || !t.joined(k + 1)
                || !t.word[k].chars().allMatch(Character::isDigit)
                || !t.word[k + 2].chars().allMatch(Character::isDigit)
                || (k + 3 < t.size() && t.joined(k + 2) && t.is(k + 3, "/"))) {
            return Double.NaN;
        }
        int numerator = Integer.parseInt(t.word[k]);
        int denominator = Integer.parseInt(t.word[k + 2]);
        return numerator > 0 && numerator < denominator && FRACTION_DENOMINATORS.contains(denominator)
                ? (double) numerator / denominator : Double.NaN;
    }

    /**
     * Whether a "m" written against digits means million: after a currency, as "M" or "mil", or when a noun or
     * "of" follows ("35m devices", "12.3m tonnes"); otherwise it is metres ("a 5m wall" aside).
     */
    private static boolean isMillion(Tokens t, int j, boolean afterCurrency) {
        String w = t.word[j];
        if (w.equals("M") || w.equals("mil") || w.equals("mln")) {
            return true;
        }
        if (!w.equals("m")) {
            return false;
        }
        if (afterCurrency || t.is(j + 1, "of")) {
            return true;
        }
        if (j + 1 < t.size() && DIMENSION_ADJECTIVES.contains(t.lower[j + 1])) {
            return false; // "1.8m tall", "a 40m long hull": metres
        }
        String next = t.tagAt(j + 1);
        // "2.7m combined sales": a participle, then the noun.
        if (next.equals("VERB") && t.lower[Math.min(j + 1, t.size() - 1)].endsWith("ed")
                && (t.tagAt(j + 2).equals("NOUN") || t.tagAt(j + 2).equals("ADJ"))) {
            return true;
        }
        return next.equals("NOUN") || next.equals("ADJ") || next.equals("PROPN")
                || (j + 1 < t.size() && Units.at(t, j + 1, false) != null);
    }

    private static final Map<String, Double> DENOMINATORS = Map.ofEntries(Map.entry("half", 2.0),
            Map.entry("halves", 2.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0), Map.entry("quarter", 4.0),
            Map.entry("quarters", 4.0), Map.entry("fourth", 4.0), Map.entry("fourths", 4.0), Map.entry("fifth", 5.0),
            Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0), Map.entry("seventh", 7.0),
            Map.entry("sevenths", 7.0), Map.entry("eighth", 8.0), Map.entry("eighths", 8.0), Map.entry("ninth", 9.0),
            Map.entry("ninths", 9.0), Map.entry("tenth", 10.0), Map.entry("tenths", 10.0),
            Map.entry("hundredth", 1e2), Map.entry("hundredths", 1e2), Map.entry("thousandth", 1e3),
            Map.entry("thousandths", 1e3), Map.entry("millionth", 1e6), Map.entry("millionths", 1e6),
            Map.entry("billionth", 1e9), Map.entry("billionths", 1e9), Map.entry("trillionth", 1e12),
            Map.entry("trillionths", 1e12));
    /** Ordinal units after a tens word make a compound denominator ("twenty-fifth"); "second" is left out (time). */
    private static final Map<String, Double> ORDINAL_UNITS = Map.ofEntries(Map.entry("first", 1.0),
            Map.entry("firsts", 1.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0), Map.entry("fourth", 4.0),
            Map.entry("fourths", 4.0), Map.entry("fifth", 5.0), Map.entry("fifths", 5.0), Map.entry("sixth", 6.0),
            Map.entry("sixths", 6.0), Map.entry("seventh", 7.0), Map.entry("sevenths", 7.0),
            Map.entry("eighth", 8.0), Map.entry("eighths", 8.0), Map.entry("ninth", 9.0), Map.entry("ninths", 9.0));
    private static final Map<String, Double> TENS_ORDINALS = Map.ofEntries(Map.entry("twentieth", 20.0),
            Map.entry("twentieths", 20.0), Map.entry("thirtieth", 30.0), Map.entry("thirtieths", 30.0),
            Map.entry("fortieth", 40.0), Map.entry("fortieths", 40.0), Map.entry("fiftieth", 50.0),
            Map.entry("fiftieths", 50.0), Map.entry("sixtieth", 60.0), Map.entry("sixtieths", 60.0),
            Map.entry("seventieth", 70.0), Map.entry("seventieths", 70.0), Map.entry("eightieth", 80.0),
            Map.entry("eightieths", 80.0), Map.entry("ninetieth", 90.0), Map.entry("ninetieths", 90.0));

    /** A fraction's denominator, its words ending before token {@code to}; {@code plural}: "fifths", not "fifth". */
    private record Denominator(double value, int to, boolean plural) {}

    /** The denominator at token {@code j}: "fifths", "hundredth", "twentieth", "twenty-fifth", "twenty firsts". */
    private static Denominator denominator(Tokens t, int j) {
        if (j < 0 || j >= t.size()) {
            return null;
        }
        Double d = DENOMINATORS.get(t.lower[j]);
        if (d == null) {
            d = TENS_ORDINALS.get(t.lower[j]);
        }
        if (d != null) {
            return new Denominator(d, j + 1, t.lower[j].endsWith("s"));
        }
        Integer tens = SMALL.get(t.lower[j]);
        if (tens == null || tens < 20 || tens % 10 != 0) {
            return null;
        }
        int k = t.is(j + 1, "-") && t.joined(j) && t.joined(j + 1) ? j + 2 : j + 1;
        Double unit = k < t.size() ? ORDINAL_UNITS.get(t.lower[k]) : null;
        return unit == null ? null : new Denominator(tens + unit, k + 1, t.lower[k].endsWith("s"));
    }

    /** Whether the number ends on a denominator word, so it is a fraction ("fifty-four hundredths"). */
    private static boolean endsOnDenominator(Tokens t, Num n) {
        String last = t.lower[n.to() - 1];
        return DENOMINATORS.containsKey(last) || TENS_ORDINALS.containsKey(last) || ORDINAL_UNITS.containsKey(last);
    }

    /** "half the", "a third of", "two-thirds", "one fourth", "three quarters of". */
    private static Num fraction(Tokens t, int i) {
        boolean halfOfScale = (t.is(i + 1, "a") || t.is(i + 1, "an")) && i + 2 < t.size()
                && SCALES.containsKey(t.lower[i + 2]); // "half a dozen" is read as a number in words
        if (t.is(i, "half") && (t.is(i + 1, "of") || "DET".equals(t.tagAt(i + 1))) && !halfOfScale) {
            return Num.single(i, i + 1, 0.5, true, false);
        }
        Integer numerator = t.is(i, "a") ? Integer.valueOf(1) : SMALL.get(t.lower[i]);
        if (numerator == null || numerator == 0 || numerator > 9) {
            return null;
        }
        int j = i + 1;
        if (t.is(j, "-") && denominator(t, j + 1) != null) {
            j++; // "two-thirds", also spaced
        }
        Denominator d = denominator(t, j);
        // "two thirds" (a plural after a numerator above one; "two millionth" is an ordinal after a count); "a
        // third" only before "of" or at the end of the phrase ("a third term" is an ordinal), but "a half mile"
        // and "a quarter hour" measure.
        boolean measures = (t.is(j, "half") || t.is(j, "quarter")) && Units.at(t, j + 1, false) != null;
        if (d == null || d.value() <= numerator || numerator > 1 && !d.plural()
                || (t.is(i, "a") && !t.is(d.to(), "of") && !endOfPhrase(t, d.to()) && !measures)) {
            return null;
        }
        return Num.single(i, d.to(), numerator / d.value(), true, false);
    }

    /**
     * Whether token {@code k} ends the phrase: the end of the text or a punctuation mark ("a fifth." but not "a
     * fifth term" nor "a third-party").
     */
    private static boolean endOfPhrase(Tokens t, int k) {
        return k >= t.size() || !Character.isLetterOrDigit(t.word[k].charAt(0)) && !(t.is(k, "-") && t.joined(k - 1));
    }

    /** "dozens", "thousands", "tens of thousands", "hundreds of millions": the interval [n, 10n]. */
    private static Num vague(Tokens t, int i) {
        if ((t.is(i, "tens") || t.is(i, "hundreds")) && t.is(i + 1, "of") && i + 2 < t.size()) {
            Double big = VAGUE.get(t.lower[i + 2]);
            if (big != null && big >= 1e3) {
                double low = (t.is(i, "tens") ? 10 : 100) * big;
                return new Num(i, i + 3, low, low, low * 10, true, true, true, false);
            }
        }
        Double base = VAGUE.get(t.lower[i]);
        if (base == null) {
            return null;
        }
        return new Num(i, i + 1, base, base, base * 10, true, true, true, false);
    }

    /** Numbers in words: "twenty-five", "three hundred and five", "a dozen", "half a million", "2 dozen". */
    private static Num words(Tokens t, int i) {
        int j = i;
        if (t.is(j, "half") && (t.is(j + 1, "a") || t.is(j + 1, "an"))) {
            Double scale = SCALES.get(t.lower[Math.min(j + 2, t.size() - 1)]);
            if (j + 2 < t.size() && scale != null) {
                return Num.single(i, j + 3, scale / 2, true, true); // "half a million", "half a dozen"
            }
            return null;
        }
        if ((t.is(j, "half") || t.is(j, "quarter")) && j + 1 < t.size() && SCALES.containsKey(t.lower[j + 1])
                && SCALES.get(t.lower[j + 1]) >= 1e3) {
            // "a half million", "a quarter million" (the article is read by the caller's hedge or left out)
            return Num.single(i, j + 2, SCALES.get(t.lower[j + 1]) * (t.is(j, "half") ? 0.5 : 0.25), true, true);
        }
        if ((t.is(j, "a") || t.is(j, "an")) && j + 1 < t.size()) {
            Double scale = SCALES.get(t.lower[j + 1]);
            if (scale == null) {
                return null;
            }
            j++;
            double total = scale;
            j++;
            // "a hundred thousand"
            while (j < t.size() && SCALES.containsKey(t.lower[j]) && SCALES.get(t.lower[j]) > total) {
                total *= SCALES.get(t.lower[j]);
                j++;
            }
            return fractionOrWhole(t, i, j, total, true);
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean scaled = false;
        boolean afterScale = false;
        double lastScale = 0;
        double beforeUnits = 0; // the part of current read before its last units ("three hundred" of "... and two")
        while (j < t.size()) {
            String w = t.lower[j];
            Integer small = SMALL.get(w);
            Double scale = scale(w);
            if (small != null) {
                // "twenty five" and "three hundred five" add up; "five five" does not.
                if (any && !afterScale && !tensThenUnit(current, small)) {
                    break;
                }
                // "one hundred thirty-fifths" is 100/35: a tens word and an ordinal right after a scale word
                // (no "and") are the denominator
                Denominator compound = any && afterScale && !t.is(j - 1, "and") ? denominator(t, j) : null;
                if (compound != null && compound.plural() && compound.to() > j + 1) {
                    break;
                }
                if (afterScale) {
                    beforeUnits = current;
                }
                current += small;
                any = true;
                afterScale = false;
                j++;
            } else if (scale != null && any) {
                // "three lakh crore", "two thousand million": a scale of a scale
                boolean scaleOfScale = afterScale && current == 0 && lastScale >= 1e3 && scale > lastScale;
                scaled = true;
                afterScale = true;
                if (scale == 12.0 && !scaleOfScale && beforeUnits > 0 && current > beforeUnits) {
                    current = beforeUnits + (current - beforeUnits) * scale; // "three hundred and two dozens"
                } else if (scale == 1e2 || scale == 12.0) {
                    current = Math.max(current, 1) * scale;
                } else if (scaleOfScale) {
                    total *= scale;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
                lastScale = scale;
                j++;
            } else if (any && w.equals("-") && j + 1 < t.size() && SMALL.containsKey(t.lower[j + 1])
                    && (t.joined(j - 1) && t.joined(j) || tensThenUnit(current, SMALL.get(t.lower[j + 1])))) {
                j++; // "twenty-five", and spaced "fifty - two" (a tens word, then a unit)
            } else if (any && afterScale && w.equals("and") && j + 1 < t.size()
                    && SMALL.containsKey(t.lower[j + 1]) && !fractionBelowOne(t, j + 1)) {
                // "one hundred and three" adds; "one hundred and three quarters" is a fraction, read after
                j++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        return fractionOrWhole(t, i, j, total + current, scaled);
    }

    /**
     * A whole number in words read from token {@code i} to {@code j}, or the decimal or the fraction it starts:
     * "five point two", "twenty-three fifths".
     */
    private static Num fractionOrWhole(Tokens t, int i, int j, double value, boolean scaled) {
        if (t.is(j, "point") && j + 1 < t.size() && SMALL.containsKey(t.lower[j + 1])) {
            return spokenDecimal(t, i, j + 1, value);
        }
        Denominator d = denominator(t, t.is(j, "-") ? j + 1 : j);
        // "twenty-three fifths", "a hundred trillionths": a plural denominator after a whole number; "four
        // quarters" and "two halves" are periods and parts, not fractions, unless below one
        if (d != null && d.plural() && (d.value() > 4 || value < d.value())) {
            return Num.single(i, d.to(), value / d.value(), true, false);
        }
        return Num.single(i, j, value, true, scaled);
    }

    /** "twenty five", "ninety - five": a tens word and then a unit add up. */
    private static boolean tensThenUnit(double current, int small) {
        return current % 100 >= 20 && current % 10 == 0 && small < 10;
    }

    /** Whether the number in words at token {@code k} is a fraction below one ("fifty-four hundredths"). */
    private static boolean fractionBelowOne(Tokens t, int k) {
        Num f = fraction(t, k);
        if (f == null) {
            f = words(t, k);
        }
        return f != null && endsOnDenominator(t, f) && f.value() < 1;
    }

    /**
     * "two hundred point zero three", "nine point nought four", "point seventy-one": digit words after "point",
     * each a digit, a tens word and its unit two digits.
     */
    private static Num spokenDecimal(Tokens t, int i, int k, double whole) {
        StringBuilder digits = new StringBuilder();
        boolean afterTens = false;
        while (k < t.size()) {
            Integer d = SMALL.get(t.lower[k]);
            if (d == null && t.is(k, "-") && t.joined(k - 1) && t.joined(k) && afterTens) {
                k++;
                continue;
            }
            if (d == null) {
                break;
            }
            if (afterTens && d < 10) {
                digits.setCharAt(digits.length() - 1, (char) ('0' + d));
                afterTens = false;
            } else {
                digits.append(d);
                afterTens = d >= 20 && d % 10 == 0;
            }
            k++;
        }
        return Num.single(i, k, whole + Double.parseDouble("0." + digits), true, false);
    }
}
