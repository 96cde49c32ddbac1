package org.corroborate.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.text.CalendarWords;
import org.corroborate.text.Segmenter;
import org.corroborate.util.Validate;

/**
 * Finds figures with their hedge, unit, subject and the actor who gives them.
 *
 * <p>Implementation notes: a rule-based extractor in the spirit of CQE (Almasian et al., EMNLP 2023), which
 * also reads numbers with a grammar and then attaches units and concepts from the part-of-speech context;
 * here the context rules are hand-written over UD tags from OpenNLP instead of a dependency parse. Per
 * sentence that holds a digit or a number word: {@link Numbers} reads the figure, a qualifier before it becomes
 * the hedge and an interval, {@link Units} or the following noun phrase gives the unit, a "per"/"a" rate is
 * appended, prepositional phrases ("in X", "of X") and predicative clauses ("X was 87 minutes") give the
 * subject, and "according to X" or the subject of the nearest reporting verb gives the actor. A figure without
 * its own unit borrows one: from the next figure ("eight or nine euros"), from the previous figure in the
 * sentence ("10,000 troops, including 8,000 in ..."), from the noun a rate refers back to ("casualties ... some
 * 1,250 a day"), or, when the sentence speaks of "the number"/"the figure", from the last counted figure of the
 * three sentences before. Years, dates, times of day, ordinals, decades, scores and numbers that are part of a
 * name ("Watch 5", "COVID-19") are skipped.
 */
public final class QuantityExtractor {
    private static final Pattern HAS_NUMBER = Pattern.compile(
            "\\d|[\u00BC-\u00BE\u2153-\u215E]"
                    + "|(?i:\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
                    + "|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|thirds?"
                    + "|quarters?|fourths?|fifths?)\\b)");

    /** Qualifiers and the interval they give, longest first within each length. */
    private static final Map<String, String> HEDGES = Map.ofEntries(
            Map.entry("some", "approximate"), Map.entry("about", "approximate"), Map.entry("around", "approximate"),
            Map.entry("roughly", "approximate"), Map.entry("approximately", "approximate"),
            Map.entry("approx", "approximate"), Map.entry("an estimated", "approximate"),
            Map.entry("estimated", "approximate"), Map.entry("close to", "approximate"),
            Map.entry("circa", "approximate"), Map.entry("~", "approximate"), Map.entry("nearly", "below"),
            Map.entry("almost", "below"), Map.entry("just under", "below"), Map.entry("just below", "below"),
            Map.entry("just shy of", "below"), Map.entry("as many as", "at-most"), Map.entry("as much as", "at-most"),
            Map.entry("up to", "at-most"), Map.entry("no more than", "at-most"), Map.entry("not more than", "at-most"),
            Map.entry("at most", "at-most"), Map.entry("a maximum of", "at-most"),
            Map.entry("more than", "above"), Map.entry("over", "above"), Map.entry("above", "above"),
            Map.entry("upwards of", "above"), Map.entry("in excess of", "above"), Map.entry("just over", "above"),
            Map.entry("well over", "above"), Map.entry("greater than", "above"), Map.entry("over than", "above"),
            Map.entry("less than", "under"), Map.entry("fewer than", "under"), Map.entry("under", "under"),
            Map.entry("below", "under"), Map.entry("at least", "at-least"), Map.entry("no fewer than", "at-least"),
            Map.entry("no less than", "at-least"), Map.entry("not less than", "at-least"),
            Map.entry("a minimum of", "at-least"));
    private static final int MAX_HEDGE_TOKENS = 3;

    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
            "estimate", "estimates", "estimated", "assess", "assesses", "assessed", "believe", "believes",
            "believed", "report", "reports", "reported", "announce", "announces", "announced", "state", "stated",
            "claim", "claims", "claimed", "expect", "expects", "expected", "put", "puts", "note", "notes", "noted",
            "add", "adds", "added", "warn", "warns", "warned", "confirm", "confirms", "confirmed", "reveal",
            "reveals", "revealed", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested",
            "show", "shows", "showed", "think", "thinks", "thought", "count", "counts", "counted", "calculate",
            "calculates", "calculated", "project", "projects", "projected", "forecast", "forecasts", "predict",
            "predicts", "predicted", "write", "writes", "wrote", "acknowledge", "acknowledged", "insist",
            "insisted", "argue", "argued", "disclose", "disclosed", "allege", "alleged", "explain", "explained");
    /** Words after which a reporting word does not report: "forecast by", "estimated at", "said to". */
    private static final Set<String> NOT_AFTER_REPORTING = Set.of("by", "of", "to", "for", "at");
    /** Head nouns of time expressions, which say when and are never who gives a figure ("polls released Friday"). */
    private static final Set<String> TIME_HEADS = Set.of("day", "days", "week", "weeks", "weekend", "month", "months",
            "year", "years", "hour", "hours", "morning", "afternoon", "evening", "night", "decade", "decades");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201d", "'", "\u2019");
    private static final Set<String> PERSONAL = Set.of("it", "they", "he", "she", "we", "i", "you");
    /** Pronouns that may stand for an institution or a thing as well as for people. */
    private static final Set<String> IMPERSONAL = Set.of("it", "they");
    private static final Set<String> CLOCK = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "et",
            "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "hrs", "o'clock");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "s");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "across", "on", "from",
            "within", "along", "into", "to");
    private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "each", "every", "/");
    private static final Set<String> FIGURE_NOUNS = Set.of("number", "figure", "total", "tally", "toll",
            "estimate", "count", "numbers", "figures", "estimates");
    /** Words before a lone "one" that make it a pronoun ("the one", "which one"); the scanner shares them. */
    static final Set<String> NOT_COUNTED_ONE = Set.of("no", "the", "this", "that", "any", "every",
            "each", "which", "someone", "anyone");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "shall",
            "should", "must");
    private static final Set<String> HALF_PERIODS = Set.of("first", "second", "latter", "this", "last");
    /** Month names that are also common lower-case words. */
    private static final Set<String> MONTH_HOMOGRAPHS = Set.of("may", "march", "mar");
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "since", "until", "till", "by", "before",
            "after", "from");
    /** Last words of street names, after which a number before the name is a house number. */
    private static final Set<String> STREET_TYPES = Set.of("street", "st", "road", "rd", "avenue", "ave", "lane",
            "drive", "boulevard", "blvd", "way", "place", "row", "court", "terrace", "crescent", "close", "square",
            "parade", "walk", "gardens");
    private static final int MAX_STREET_NAME_TOKENS = 4;
    /** Nouns that label a numbered thing rather than count it: "category 4", "phase 2", "section 230". */
    private static final Set<String> LABELS = Set.of("category", "game", "level", "phase", "stage", "round", "exit",
            "chapter", "section", "article", "grade", "type", "class", "tier", "step", "version", "season",
            "episode", "number", "no", "room", "gate", "platform", "route", "highway", "flight", "model",
            "series", "gen", "generation", "ward", "district", "lot", "unit", "item", "figure", "table", "rule",
            "act", "part", "volume", "issue", "sector", "zone", "term", "day", "week", "year");
    /** Quantifying adjectives that are not part of what is counted: "10,000 more troops". */
    private static final Set<String> NOT_UNIT = Set.of("more", "additional", "extra", "fewer", "less", "further",
            "such", "many", "several", "same", "own", "most", "least");
    /** Market indexes named with a number ("FTSE 100"): the number is part of the name. */
    private static final Set<String> STOCK_INDEXES = Set.of("sp", "nasdaq", "ftse", "dax", "cac", "nikkei",
            "russell", "stoxx", "topix", "kospi", "asx", "sensex", "nifty", "tsx", "ibex", "aex", "smi", "mib");
    private static final Set<String> NUMBER_PREFIXES = Set.of("minus", "sub", "now", "then", "over", "under",
            "nearly", "almost", "around", "about", "roughly", "some", "approximately", "circa", "just");
    /**
     * Plural nouns for military personnel, counted under one name so that "8,000 soldiers" and "8,000 troops"
     * compare as the same figure; the words as written stay in the figure's text.
     */
    private static final Set<String> PERSONNEL = Set.of("soldiers", "troops", "servicemen", "servicemembers",
            "forces");
    private static final String PERSONNEL_UNIT = "troops";
    private static final Set<String> AMOUNT_NOUNS = Set.of("average", "total", "sum", "maximum", "minimum",
            "tally", "estimate", "count", "peak", "high", "low");
    private static final Set<String> PARALLEL_LINKS = Set.of("by", "to", "at", "from", "of", "is", "was", "are",
            "were");
    /** Canonical units of British money, after which "pounds" in the next sentences are money. */
    private static final Set<String> STERLING = Set.of("pound sterling", "penny");
    /** The unit of an age written without one ("aged 87"). */
    private static final String AGE_IN_YEARS = "years of age";
    /** Prefix of the unit of a fraction: "half the condos" is a share of condos. */
    static final String SHARE_OF = "share of ";
    private static final Pattern INITIALISM = Pattern.compile("\\p{Lu}{1,3}");
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final int MAX_NP = 8;
    private static final int MAX_ASIDE_TOKENS = 8;
    private static final int MAX_RANGE_GAP = 3;
    private static final int MAX_PLACE_PHRASES = 3;
    private static final int MAX_INHERIT_SENTENCES = 3;
    private static final int MAX_INHERIT_TOKENS = 15;

    /** A figure found in a sentence, before it becomes a {@link Quantity}. */
    private static final class Found {
        int first; // first token, hedge or currency included
        int numFrom;
        int numTo;
        int last; // last token + 1, unit and rate included
        Numbers.Num num;
        String hedge = "exact";
        String interval = "exact";
        String unit;
        UnitKind kind; // null for counted things
        String subject;
        String actor;
        int unitFrom = -1; // counted noun phrase (modifiers included), for borrowing
        int unitTo = -1;
        int unitStart = -1; // first token of the unit words within the counted noun phrase
        String rate;
        int placeFrom = -1;
        int placeTo = -1;
        boolean negative;
        double low;
        double high;
        boolean range;
    }

    /** A counted figure remembered across sentences, for "the number has risen to 11,000". */
    private record Remembered(int sentence, String unit, String subject) {}

    public List<Quantity> extract(Article article) {
        Validate.notNull(article, "article");
        String body = article.body();
        List<int[]> sentences = sentenceRanges(article);
        List<Quantity> out = new ArrayList<>();
        Remembered memory = null;
        int sterlingSentence = -MAX_INHERIT_SENTENCES - 1; // the last sentence with an amount in pounds sterling
        for (int s = 0; s < sentences.size(); s++) {
            int from = sentences.get(s)[0];
            int to = sentences.get(s)[1];
            if (!HAS_NUMBER.matcher(body).region(from, to).find()) {
                continue;
            }
            Tokens t = Tokens.of(body, from, to);
            List<Found> found = figures(t, s - sterlingSentence <= MAX_INHERIT_SENTENCES);
            if (found.isEmpty()) {
                continue;
            }
            borrowUnits(t, found, memory != null && s - memory.sentence() <= MAX_INHERIT_SENTENCES ? memory : null);
            // A number word with nothing counted ("the bottom three", "get one") is rarely a figure.
            found.removeIf(f -> f.unit == null && f.num.inWords() && !f.range && f.num.value() >= 1);
            for (Found f : found) {
                f.actor = actor(t, body, f);
                if (f.subject == null) {
                    f.subject = subject(t, body, f);
                }
                out.add(toQuantity(article.id(), body, t, f));
                if (f.kind == UnitKind.CURRENCY && STERLING.contains(UnitNormalizer.normalize(f.unit))) {
                    sterlingSentence = s;
                }
                if (f.kind == null && f.unit != null) {
                    memory = new Remembered(s, f.unit, f.subject);
                }
            }
        }
        return out;
    }

    /**
     * The article's sentences as char ranges; an unsegmented article is segmented here as the pipeline would.
     * A break with no space after it ("$1." | "5 million") splits a token, never a sentence, and is undone.
     */
    private static List<int[]> sentenceRanges(Article article) {
        String body = article.body();
        List<Span> spans = SEGMENTER.segmentIfBare(article).sentences();
        List<int[]> ranges = new ArrayList<>();
        for (Span span : spans) {
            int start = CodePoints.toChar(body, span.start());
            int end = body.offsetByCodePoints(start, span.length());
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] == start && start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
                last[1] = end;
            } else {
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    // ---- finding figures ----

    /** {@code sterling}: a sentence shortly before spoke of pounds sterling, so "pounds" here are money too. */
    private static List<Found> figures(Tokens t, boolean sterling) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!mayStartNumber(t, i)) {
                i++;
                continue;
            }
            int[] currencyStart = new int[1];
            String currency = Units.currencyBefore(t, i - 1, currencyStart);
            int currencyEnd = i;
            if (currency == null && i > 1 && t.word[i - 1].equals("-") && t.joined(i - 2) && t.joined(i - 1)) {
                currency = Units.currencyBefore(t, i - 2, currencyStart); // "$-50.8bn"
                currencyEnd = i - 1;
            }
            // "17 USD 25": a code that is already the unit of the amount before is not also this amount's prefix;
            // the number is then read as money but left without a unit, to be that amount's cents (mergeSubunit).
            boolean shared = currency != null && !found.isEmpty()
                    && found.get(found.size() - 1).last > currencyStart[0];
            Numbers.Num num = Numbers.read(t, i, currency != null);
            if (num == null) {
                i++;
                continue;
            }
            if (num.notFigure() || !isFigure(t, num, currency != null)) {
                i = num.to();
                continue;
            }
            Found f = new Found();
            f.num = num;
            f.numFrom = num.from();
            f.numTo = num.to();
            f.low = num.low();
            f.high = num.high();
            f.range = num.range();
            f.first = currency != null && !shared ? currencyStart[0] : num.from();
            f.last = num.to();
            if (currency != null && !shared) {
                f.unit = join(t, currencyStart[0], currencyEnd);
                f.kind = UnitKind.CURRENCY;
            }
            sign(t, f);
            hedge(t, f);
            unit(t, f, sterling);
            currencyScale(t, f);
            rate(t, f);
            if (!mergeRange(t, found, f) && !mergeSubunit(t, found, f)) {
                found.add(f);
            }
            i = digitInside(t, f.numTo, f.last) ? f.numTo : Math.max(f.last, num.to());
        }
        return found;
    }

    /**
     * The scale written with a currency rather than with the number: the finance prefix "M" ("30 MUSD", "MEUR
     * 12") and a scale word after the code ("75 USD million").
     */
    private static void currencyScale(Tokens t, Found f) {
        if (f.kind != UnitKind.CURRENCY || f.unit == null || f.range || f.num.scaled()) {
            return;
        }
        double scale = 1;
        if (Units.millionCode(f.unit) != null) {
            scale = 1e6;
        } else if (f.last > f.numTo && f.last < t.size() && Numbers.scaleWordValue(t.lower[f.last]) >= 1e3) {
            scale = Numbers.scaleWordValue(t.lower[f.last]);
            f.last++;
        }
        if (scale > 1) {
            double value = f.num.value() * scale;
            f.num = Numbers.Num.single(f.num.from(), f.num.to(), value, f.num.inWords(), true);
            f.low = value;
            f.high = value;
        }
    }

    /**
     * "5 feet 2 inches", "6 ft 1 in", "3 dollars 50 cents", "twelve dollars and forty-five.": a measure in a unit
     * and its subunit is one figure. A bare number after an amount of money is its cents only when it ends the
     * phrase ("$300 and 40 were sold" is two figures) or is written with two digits right after the unit ("15 USD
     * 50 more").
     */
    private static boolean mergeSubunit(Tokens t, List<Found> found, Found b) {
        if (found.isEmpty() || b.range || b.negative || b.first != b.numFrom || b.rate != null) {
            return false;
        }
        Found a = found.get(found.size() - 1);
        boolean and = t.is(a.last, "and");
        if (a.range || a.unit == null || a.rate != null || b.first != a.last + (and ? 1 : 0)) {
            return false;
        }
        String outer = UnitNormalizer.normalize(a.unit);
        String inner = b.unit == null ? null : UnitNormalizer.normalize(b.unit);
        boolean endsPhrase = b.last >= t.size() || !Character.isLetterOrDigit(t.word[b.last].charAt(0));
        boolean centsDigits = !and && b.numTo == b.numFrom + 1 && t.word[b.numFrom].length() == 2;
        double parts;
        int last = b.last;
        if (outer.equals("foot") && "inch".equals(inner)) {
            parts = 12;
        } else if (outer.equals("foot") && inner == null && t.is(b.last, "in")) {
            parts = 12; // "in" after a number is read as a preposition, but after feet it is inches
            last = b.last + 1;
        } else if (a.kind == UnitKind.CURRENCY && !outer.equals("cent") && !outer.equals("penny")
                && ("cent".equals(inner) || "penny".equals(inner) || inner == null && (endsPhrase || centsDigits))) {
            parts = 100;
        } else {
            return false;
        }
        double part = b.num.value();
        if (part >= parts || part != Math.floor(part)) {
            return false;
        }
        double value = a.num.value() + part / parts;
        a.num = Numbers.Num.single(a.numFrom, b.numTo, value, a.num.inWords(), false);
        a.low = value;
        a.high = value;
        a.last = last;
        return true;
    }

    private static boolean digitInside(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isDigits(k)) {
                return true;
            }
        }
        return false;
    }

    /** "-1.3%", "minus 40 degrees", "$-50.8bn": a sign before the figure. */
    private static void sign(Tokens t, Found f) {
        int k = f.numFrom - 1;
        boolean minusSign = k >= 0 && (t.word[k].equals("-") || t.word[k].equals("−")) && t.joined(k)
                && (k == 0 || !t.joined(k - 1) || Units.symbolAfter(t.word[k - 1]) != null);
        if (minusSign && Units.symbolAfter(t.word[Math.max(0, k - 1)]) != null && k > 0 && f.kind == null) {
            minusSign = false;
        }
        if (minusSign && f.kind == UnitKind.CURRENCY && f.first == f.numFrom) {
            minusSign = false;
        }
        if (minusSign) {
            f.negative = true;
            if (f.first == f.numFrom) {
                f.first = k;
            }
            return;
        }
        // "minus 387", "minus-130"
        if (t.is(k, "minus") || (t.is(k, "-") && t.is(k - 1, "minus"))) {
            f.negative = true;
            f.first = t.is(k, "minus") ? k : k - 1;
        }
    }

    /**
     * "from $800,000 to $1.3 million", "between 5% and 6%", "1 per cent to 1.5 per cent": two figures with the
     * same unit joined by "to", a dash or "between ... and" form one range. "by X to Y" (a change, then the
     * result) stays two figures.
     */
    private static boolean mergeRange(Tokens t, List<Found> found, Found b) {
        if (found.isEmpty() || b.range) {
            return false;
        }
        Found a = found.get(found.size() - 1);
        if (a.range || a.unit == null) {
            return false;
        }
        boolean from = t.is(a.first - 1, "from");
        // "from 20 mpg in 2008 to 29 mpg", "from 21 mpg combined to 23": a change from one figure to another,
        // with a short adverbial between them; the second may leave its unit out.
        if (from && b.first - 1 > a.last && b.first - 1 - a.last <= MAX_RANGE_GAP && t.is(b.first - 1, "to")
                && !hasPunct(t, a.last, b.first - 1)) {
            if (b.unit == null) {
                b.unit = a.unit;
                b.kind = a.kind;
            }
        } else if (b.unit == null || a.last + 1 != b.first) {
            return false;
        }
        int link = b.first - 1;
        boolean between = t.is(a.first - 1, "between") && t.is(link, "and");
        boolean to = t.is(link, "to") || t.word[link].equals("-") || t.word[link].equals("–");
        if (!(between || to) || t.is(a.first - 1, "by")) {
            return false;
        }
        boolean sameUnit = a.kind == b.kind && (a.kind == UnitKind.PERCENT || a.unit.equalsIgnoreCase(b.unit)
                || UnitNormalizer.normalize(a.unit).equals(UnitNormalizer.normalize(b.unit)));
        if (!sameUnit) {
            return false;
        }
        double low = a.negative ? -a.num.value() : a.num.value();
        double high = b.negative ? -b.num.value() : b.num.value();
        if (b.num.scaled() && !a.num.scaled() && !a.num.inWords()) {
            double scale = Math.pow(1000, Math.floor(Math.log10(Math.abs(high) + 1) / 3));
            if (scale > 1 && low * scale <= high) {
                low *= scale;
            }
        }
        if (!(low < high) && !from) {
            return false;
        }
        a.range = true;
        a.low = Math.min(low, high);
        a.high = Math.max(low, high);
        a.negative = false;
        a.numTo = b.numTo;
        a.last = b.last;
        if (b.rate != null) {
            a.rate = b.rate;
        }
        return true;
    }

    private static boolean hasPunct(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("PUNCT".equals(t.tag[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayStartNumber(Tokens t, int i) {
        String w = t.lower[i];
        char c = w.charAt(0);
        return t.isDigits(i) || Numbers.vulgarFraction(t, i) != null || (Character.isLetter(c) && (w.equals("between") || w.equals("a")
                || w.equals("an") || w.equals("half") || w.equals("tens") || HAS_NUMBER.matcher(w).matches()));
    }

    /**
     * "24703L202", "5521 m212.": a letter and more digits right after the number make it part of a code. Spaced,
     * only when the code ends the phrase: "12 F16 jets" counts jets. A lone lower-case letter against the digits
     * that is neither a unit nor a scale marks a sub-number ("flat 11a", "clause 4b"), except "c" (cents, "17c a
     * share") and "x" (a multiple, "10x").
     */
    private static boolean codeAfter(Tokens t, int k) {
        if (k >= t.size()) {
            return false;
        }
        String w = t.word[k];
        if (t.joined(k - 1) && w.length() == 1 && Character.isLowerCase(w.charAt(0)) && !w.equals("c")
                && !w.equals("x") && Units.at(t, k, true) == null) {
            return true;
        }
        if (!w.matches("\\p{L}\\d{2,}")) {
            return false;
        }
        return t.joined(k - 1) || k + 1 >= t.size() || !Character.isLetterOrDigit(t.word[k + 1].charAt(0));
    }

    /**
     * "0161-555-0142", "4410-22318890-17": three or more digit groups chained by hyphens are a telephone or
     * account number. Counts the groups around token {@code i}, stopping at three.
     */
    private static boolean hyphenatedCode(Tokens t, int i) {
        int groups = 1;
        for (int k = i; groups < 3 && t.is(k + 1, "-") && t.joined(k) && t.joined(k + 1) && t.isDigits(k + 2); k += 2) {
            groups++;
        }
        for (int k = i; groups < 3 && t.is(k - 1, "-") && t.joined(k - 1) && t.joined(k - 2) && t.isDigits(k - 2);
                k -= 2) {
            groups++;
        }
        return groups >= 3;
    }

    /** False for years, dates, times of day, ordinals, decades and numbers inside names or identifiers. */
    private static boolean isFigure(Tokens t, Numbers.Num num, boolean currency) {
        int i = num.from();
        int end = num.to();
        if (t.is(i, "between") && t.isDigits(i + 1)) {
            i++; // "between 1600 and 1900": the checks below look at the first number
        }
        if (!t.isDigits(i)) {
            // "a production-four-door record", "a one-on-one": a word number inside a hyphenated compound.
            if (i > 1 && t.is(i - 1, "-") && t.joined(i - 2) && t.joined(i - 1)
                    && Character.isLetter(t.word[i - 2].charAt(0)) && !NUMBER_PREFIXES.contains(t.lower[i - 2])) {
                return false;
            }
            // "the second half of the year", "this half": a half named by its place in time is a period.
            if (t.is(i, "half") && i > 0 && HALF_PERIODS.contains(t.lower[i - 1])) {
                return false;
            }
            if (!t.is(i, "one") || end != i + 1) {
                return true;
            }
            // "could one day replace", "one day will be": with a modal, "one day" means some day, not a day.
            if (t.is(i + 1, "day") && ((i > 0 && MODALS.contains(t.lower[i - 1]))
                    || (i + 2 < t.size() && MODALS.contains(t.lower[i + 2])))) {
                return false;
            }
            // "one" as a pronoun ("no one", "the one", "one another") is not a count, but "that one mile" measures.
            Units.Match measure = Units.at(t, end, false);
            return (measure != null && measure.unit().kind() == UnitKind.MEASURE)
                    || !(NOT_COUNTED_ONE.contains(i > 0 ? t.lower[i - 1] : "") || t.is(i + 1, "another")
                            || !"NUM".equals(t.tagAt(i)));
        }
        String w = t.word[i];
        if (t.joined(end - 1) && end < t.size() && ORDINAL_SUFFIXES.contains(t.lower[end])) {
            return false;
        }
        if (codeAfter(t, end) || hyphenatedCode(t, i)) {
            return false;
        }
        if ((t.joined(end - 1) && t.is(end, ":")) || (i > 0 && t.word[i - 1].equals(":") && t.joined(i - 1)
                && t.isDigits(i - 2)) || (end < t.size() && CLOCK.contains(t.lower[end]))) {
            return false;
        }
        // "on sept. 30", "March 2024", but not "$37,305.97 February expenses".
        boolean dayOrYear = isYear(w) || w.length() <= 2 && w.chars().allMatch(Character::isDigit)
                && Integer.parseInt(w) <= 31;
        if (dayOrYear && (isMonth(t, i - 1) || isMonth(t, end) || (t.is(i - 1, ".") && isMonth(t, i - 2)))) {
            return false;
        }
        // The year of "March 8, 2024"; the day of "2024-10-31" (digits joined by a dash before it).
        if ((t.is(i - 1, ",") && t.isDigits(i - 2) && (isMonth(t, i - 3) || (t.is(i - 3, ".") && isMonth(t, i - 4))))
                || (t.is(i - 1, "-") && t.joined(i - 1) && t.joined(i - 2) && t.isDigits(i - 2))) {
            return false;
        }
        // Part of an identifier: "COVID-19", "F-35", "last-32", "No. 5", "#3"; some words before the hyphen are a
        // sign, hedge or time prefix of the figure instead ("minus-130", "sub-300", "now-18").
        if (i > 1 && t.word[i - 1].equals("-") && t.joined(i - 2) && t.joined(i - 1)
                && Character.isLetter(t.word[i - 2].charAt(0)) && !NUMBER_PREFIXES.contains(t.word[i - 2])) {
            return false;
        }
        if (t.is(i - 1, "#") || (t.is(i - 1, ".") && t.is(i - 2, "no"))) {
            return false;
        }
        // A stock index named by its number, also in lower case: "the sp 500", "nasdaq 100", "s&p 500".
        if (end == i + 1 && (STOCK_INDEXES.contains(t.lower[Math.max(i - 1, 0)])
                || (t.is(i - 1, "p") && t.is(i - 2, "&") && t.is(i - 3, "s")))
                && Units.at(t, end, t.joined(i)) == null) {
            return false;
        }
        // Digits around a slash that did not read as a fraction: "9/11", "24/7", "2/3/2031".
        if ((t.is(end, "/") && t.joined(end - 1) && t.joined(end) && t.isDigits(end + 1))
                || (t.is(i - 1, "/") && t.joined(i - 1) && t.joined(i - 2) && t.isDigits(i - 2))) {
            return false;
        }
        // Letters touching the digits before them: "G70", "A4" are names; leading zeros: "09", "007".
        if ((i > 0 && t.joined(i - 1) && Character.isLetter(t.word[i - 1].charAt(0))
                && Units.currencyBefore(t, i - 1, new int[1]) == null)
                || (w.length() > 1 && w.charAt(0) == '0' && Character.isDigit(w.charAt(1)))) {
            return false;
        }
        if (currency) {
            return true;
        }
        if (houseNumber(t, end) && !hedgedAt(t, i)) {
            return false;
        }
        // After an initialism the number is part of a name: "S P 500", "G 7" (the article "A" and "I" aside).
        if (i > 0 && INITIALISM.matcher(t.word[i - 1]).matches() && !t.is(i - 1, "a") && !t.is(i - 1, "i")
                && Units.at(t, i - 1, false) == null) {
            return false;
        }
        // "Model 3 sedans", "Phase 2 trials": after a capitalized label the number names a model, whatever follows
        if (i > 0 && t.capitalized(i - 1) && LABELS.contains(t.lower[i - 1]) && end == i + 1) {
            return false;
        }
        Units.Match unitAfter = Units.at(t, end, t.joined(end - 1));
        boolean countNounAfter = end < t.size() && ("NOUN".equals(t.tag[end]) || pluralAfterCount(t, num, end))
                && t.lower[end].endsWith("s");
        // "a Boeing 777F", "the Chrysler 300C": a C or F against the number of a name after an article marks a
        // model, not degrees (a weather list's "Cordoba 44C" has no article).
        if (unitAfter != null && t.joined(end - 1) && Units.isTemperatureLetter(t.word[end]) && afterName(t, i)
                && "DET".equals(t.tagAt(i - 2))) {
            return false;
        }
        if (unitAfter != null || countNounAfter) {
            return true;
        }
        // "about 1000 come", "an average of 1500": a hedge or an amount noun before it makes a year-like number
        // a figure.
        boolean amount = hedgedAt(t, i) || (t.is(i - 1, "of") && i > 1 && AMOUNT_NOUNS.contains(t.lower[i - 2]));
        if (isYear(w) && !amount && (end == i + 1 || (num.range() && isYear(t.word[end - 1])))) {
            return false;
        }
        // A number right after a name or a label is part of it ("Watch 5", "iPhone 11", "Big 12", "category 4").
        return !(afterName(t, i) || (i > 0 && LABELS.contains(t.lower[i - 1])));
    }

    /** Whether token {@code i} follows a name ("Watch 5"), not a month, a hedge or a capital opening the text. */
    private static boolean afterName(Tokens t, int i) {
        return i > 0 && !isMonth(t, i - 1) && hasUpper(t.word[i - 1])
                && ("PROPN".equals(t.tag[i - 1]) || i - 1 > 0) && !HEDGES.containsKey(t.lower[i - 1]);
    }

    /**
     * "10 Downing Street", "27b Quarry Row": a number before a capitalized street name is a house number, unless
     * hedged ("about 40 Quarry Row residents").
     */
    private static boolean houseNumber(Tokens t, int end) {
        for (int k = end; k < end + MAX_STREET_NAME_TOKENS && t.capitalized(k); k++) {
            if (k > end && STREET_TYPES.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a qualifier ("about", "more than") ends just before token {@code i}. */
    private static boolean hedgedAt(Tokens t, int i) {
        for (int n = 1; n <= MAX_HEDGE_TOKENS && i - n >= 0; n++) {
            if (HEDGES.containsKey(join(t.lower, i - n, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpper(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String w) {
        if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= 1000 && y <= 2200;
    }

    /**
     * A month name next to a number. Lower-case text (wire copy, transcripts) writes "sept. 30" and "december 1"
     * too; the homographs "may" and "march" are months there only after a date preposition ("on may 19",
     * "on 1 may"), since "they may 2" and "march 5 miles" are not dates.
     */
    private static boolean isMonth(Tokens t, int i) {
        if (i < 0 || i >= t.size() || !CalendarWords.isMonthOrAbbreviation(t.lower[i])) {
            return false;
        }
        if (t.capitalized(i) || !MONTH_HOMOGRAPHS.contains(t.lower[i])) {
            return true;
        }
        int before = t.isDigits(i - 1) ? i - 2 : i - 1;
        return before >= 0 && DATE_PREPOSITIONS.contains(t.lower[before]);
    }

    private static void hedge(Tokens t, Found f) {
        for (int n = MAX_HEDGE_TOKENS; n >= 1; n--) {
            int s = f.first - n;
            if (s < 0) {
                continue;
            }
            String phrase = join(t.lower, s, f.first);
            String interval = HEDGES.get(phrase);
            if (interval != null) {
                f.hedge = phrase;
                f.interval = interval;
                f.first = s;
                return;
            }
        }
    }

    private static void unit(Tokens t, Found f, boolean sterling) {
        int u = f.numTo;
        if (f.kind == UnitKind.CURRENCY) {
            // "$5 million dollars" is rare; "US$": the letters are part of the symbol already.
            return;
        }
        if ((f.num.inWords() || t.is(f.numFrom + 1, "/")) && !f.num.range() && f.num.value() > 0
                && f.num.value() < 1) {
            if (!fractionOfUnit(t, f, u)) {
                shareOf(t, f, u);
            }
            return;
        }
        boolean touching = t.joined(u - 1);
        // "1,200€", "10 €": a currency symbol after the number, unless it is glued to the next number ("5 $30").
        if (u < t.size() && Units.symbolAfter(t.word[u]) != null && (touching || !gluedToNumber(t, u))) {
            f.unit = t.word[u];
            f.kind = UnitKind.CURRENCY;
            f.last = u + 1;
            return;
        }
        // "a 15-year-old", "a 12-page report": the hyphen joins number and unit.
        boolean hyphen = u < t.size() && t.word[u].equals("-") && touching && t.joined(u);
        if (hyphen) {
            u++;
        }
        Units.Match m = Units.at(t, u, touching);
        if (m != null && m.unit().kind() == UnitKind.CURRENCY && gluedToNumber(t, u + m.length() - 1)) {
            m = null; // "3 USD50 cards": a code glued to the next number is that number's
        }
        if (m != null && !(m.unit().kind() == UnitKind.TIME && isCalendarWord(t, u))) {
            f.unit = join(t, u, u + m.length());
            f.kind = m.unit().kind();
            f.last = u + m.length();
            // An ambiguous unit word says which reading it took: "pounds sterling" is money, "pounds" stays weight;
            // "degrees of arc" an angle, "degrees" stays a temperature (both are the unit "degree").
            if (m.length() == 1 && Units.moneyPound(t, u, sterling)) {
                f.unit = t.word[u] + " sterling";
                f.kind = UnitKind.CURRENCY;
                return;
            }
            if (m.length() == 1 && m.unit().canonical().equals("degree") && Units.angleDegree(t, u)) {
                f.unit = UnitNormalizer.ANGLE_DEGREES;
                return;
            }
            Units.Unit age = Units.word(t.lower[u] + " of age");
            if (m.length() == 1 && age != null && ((t.is(f.first - 1, "of") && t.is(f.first - 2, "age"))
                    || t.is(f.first - 1, "aged"))) {
                // "under the age of 5 years", "aged 12 years": an age, as "5 years of age" is
                f.unit = t.word[u] + " of age";
                f.kind = age.kind();
            }
            return;
        }
        // "one of the students", "thousands of people": the counted thing follows "of".
        if (t.is(u, "of") && (f.num.range() || f.num.scaled() || !t.isDigits(f.numFrom))) {
            int k = u + 1;
            if (k < t.size() && ("DET".equals(t.tag[k]) || "PRON".equals(t.tag[k]))) {
                k++;
            }
            int possessor = possessorEnd(t, k);
            if (possessor > k && countedNoun(t, f, possessor)) {
                // "two of Marlow's deputies": the set counted is the possessor's, name included.
                f.unit = join(t, k, f.unitTo);
                f.unitStart = k;
                return;
            }
            Units.Match after = Units.at(t, k, false);
            if (after != null && after.unit().kind() == UnitKind.CURRENCY) {
                f.unit = join(t, k, k + after.length());
                f.kind = UnitKind.CURRENCY;
                f.last = k + after.length();
                return;
            }
            if (countedNoun(t, f, k)) {
                if (t.is(f.numFrom, "one") && t.is(u + 1, "the")) {
                    partitiveSet(t, f);
                }
                return;
            }
        }
        if (hyphen && u < t.size() && "NOUN".equals(t.tag[u])) {
            // "a four-cylinder engine" counts cylinders.
            f.unit = t.word[u];
            f.kind = null;
            f.unitFrom = u;
            f.unitTo = u + 1;
            f.last = u + 1;
            return;
        }
        if (!countedNoun(t, f, u) && ageBefore(t, f.first)) {
            // "died aged 87", "a man of age 40", "under the age of 5": a bare number after "age" is years of age
            f.unit = AGE_IN_YEARS;
            f.kind = UnitKind.AGE;
        }
    }

    /** Whether token {@code i} touches a number after it. */
    private static boolean gluedToNumber(Tokens t, int i) {
        return t.joined(i) && i + 1 < t.size() && Character.isDigit(t.word[i + 1].charAt(0));
    }

    private static boolean ageBefore(Tokens t, int first) {
        int k = t.is(first - 1, "of") ? first - 2 : first - 1;
        return t.is(k, "aged") || t.is(k, "age") || t.is(k, "ages");
    }

    /**
     * "half a mile", "a quarter hour", "three quarters of an hour": a fraction of a unit of measure, time or money is
     * an amount in that unit, not a share of something.
     */
    private static boolean fractionOfUnit(Tokens t, Found f, int u) {
        int k = t.is(u, "of") ? u + 1 : u;
        if (t.is(k, "a") || t.is(k, "an")) {
            k++;
        } else if (k > u) {
            return false; // "half of the miles" is a share
        }
        Units.Match m = Units.at(t, k, false);
        if (m == null) {
            return false;
        }
        f.unit = join(t, k, k + m.length());
        f.kind = m.unit().kind();
        f.last = k + m.length();
        return true;
    }

    /**
     * "half the condos", "two-thirds of its voters": a fraction counts a share of something, written
     * "share of condos" ({@link UnitNormalizer} makes it "% condo", as NewsQuant writes shares).
     */
    private static void shareOf(Tokens t, Found f, int u) {
        int k = t.is(u, "of") ? u + 1 : u;
        if (k < t.size() && ("DET".equals(t.tag[k]) || isPossessive(t, k))) {
            k++;
        }
        // "two-thirds of the combined 4.3M sales": the share is of the things the inner figure counts.
        if (k > u && isParticiple(t, k) && k + 1 < t.size() && t.isDigits(k + 1)) {
            k++;
        }
        Numbers.Num inner = k > u && t.isDigits(k) ? Numbers.read(t, k, false) : null;
        if (inner != null && !inner.range()) {
            k = inner.to();
        }
        if (k > u && countedNoun(t, f, k)) {
            // The whole noun phrase is what is shared: "a fourth of the Valdorian fleet".
            f.unit = SHARE_OF + join(t, f.unitFrom, f.unitTo);
        }
    }

    /**
     * "one of the proudest moments in his life": in a partitive the counted set is the whole noun phrase with
     * its restricting prepositional phrases, not just the head.
     */
    private static void partitiveSet(Tokens t, Found f) {
        int end = f.unitTo;
        while (end < t.size() && (t.is(end, "in") || t.is(end, "of") || t.is(end, "for"))) {
            int next = nounPhraseAfter(t, end + 1);
            if (next <= end + 1) {
                break;
            }
            end = next;
        }
        if (end > f.unitTo) {
            f.unit = join(t, f.unitStart, end);
            f.unitTo = end;
            f.last = end;
        }
    }

    private static boolean isCalendarWord(Tokens t, int i) {
        // days named relative to the article's date say when, never what is counted ("37 people overnight")
        return CalendarWords.isMonthOrAbbreviation(t.lower[i]) || CalendarWords.isWeekday(t.lower[i])
                || CalendarWords.isRelativeDay(t.lower[i]);
    }

    /** A noun phrase at {@code u} whose head is the counted thing: "Calderan rescue workers", "profile slots". */
    private static boolean countedNoun(Tokens t, Found f, int u) {
        if (t.is(u, "last") || t.is(u, "next") || t.is(u, "this") || t.is(u, "past")) {
            return false; // "2.1 last year": a time adverbial, not what is counted
        }
        int k = u;
        int head = -1;
        int modifiersFrom = u;
        while (k < t.size() && k - u < MAX_NP) {
            String tag = t.tag[k];
            Units.Match measured = k == u && t.isDigits(k) ? Units.at(t, k + 1, t.joined(k)) : null;
            if (measured != null && measured.unit().kind() == UnitKind.MEASURE) {
                k += 1 + measured.length();
                modifiersFrom = k;
                continue;
            }
            if (t.lower[k].endsWith("wide") && k > u) {
                break; // "homes nationwide": an adverb the tagger calls a noun
            }
            if (degreeAdverb(t, k)) {
                tag = "ADV";
            }
            if (head < 0 && modelDesignation(t, k + 1)) {
                k += 2; // "Model 3", "Model S": a capitalized noun and its number or letter name the model
                modifiersFrom = k;
                continue;
            }
            if (k == u && "VERB".equals(tag) && pluralAfterCount(t, f.num, k)) {
                head = k; // "19 fouls proves", "from 1000 to 2000 hires": a plural the tagger calls a verb
            } else if ("NOUN".equals(tag) && head < 0 && t.is(k + 1, "and") && "ADJ".equals(t.tagAt(k + 2))) {
                // "the most gifted and unpredictable attackers": coordinated with an adjective, an adjective
            } else if ("NOUN".equals(tag) && !isCalendarWord(t, k)) {
                if (head >= 0 && f.num.value() == 1 && !f.num.range() && t.lower[k].endsWith("s")
                        && !t.lower[head].endsWith("s") && k + 1 < t.size()
                        && !"ADP".equals(t.tag[k + 1]) && !"PUNCT".equals(t.tag[k + 1])) {
                    break; // "one proposal asks": one counts a singular noun, the plural is the verb
                }
                head = k;
            } else if (("PROPN".equals(tag) || (t.capitalized(k) && head < 0)) && !isCalendarWord(t, k)) {
                // proper-noun modifiers: "North Calderan troops" (the tagger may call "North" an adverb)
            } else if ("ADJ".equals(tag) && head < 0) {
                // adjectives only before the head
            } else if (t.word[k].equals("-") && t.joined(k - 1) && t.joined(k)) {
                // "flight-time", "long-range"
            } else if (hyphenatedParticiple(t, k)) {
                // "coal-fired power plants"
            } else if ("CCONJ".equals(tag) && head < 0 && k > u) {
                // "digital and physical sales"
            } else if (head < 0 && ("ADJ".equals(t.tagAt(k + 1)) || "NOUN".equals(t.tagAt(k + 1))
                            || ("ADV".equals(tag) && isParticiple(t, k + 1)))
                    && (isParticiple(t, k) || "ADV".equals(tag))) {
                // "2.7m combined digital sales", "20 decently sized plants", "coal-fired power plants"
            } else {
                break;
            }
            k++;
        }
        if (head < 0 && k > u && "PROPN".equals(t.tag[k - 1]) && t.lower[k - 1].endsWith("s")
                && t.capitalized(k - 1)) {
            head = k - 1; // "1,307,000 Americans"
        }
        // "25k cheaper than": a comparative the tagger calls a noun.
        if (head < 0 || (t.is(head + 1, "than") && t.lower[head].endsWith("er"))) {
            return false;
        }
        // The counted thing is the head with its common-noun and adjective modifiers, not the names before
        // them: "Calderan rescue workers" counts rescue workers, "eligible pensioners" counts eligible pensioners.
        int unitStart = head;
        while (unitStart - 1 >= modifiersFrom && unitModifier(t, unitStart - 1)) {
            unitStart--;
        }
        while (unitStart < head && ("CCONJ".equals(t.tag[unitStart]) || t.word[unitStart].equals("-"))) {
            unitStart++;
        }
        f.unit = PERSONNEL.contains(t.lower[head])
                ? (unitStart < head ? join(t, unitStart, head) + " " : "") + PERSONNEL_UNIT
                : join(t, unitStart, head + 1);
        f.kind = null;
        f.unitStart = unitStart;
        f.unitFrom = u;
        f.unitTo = head + 1;
        f.last = head + 1;
        return true;
    }

    private static boolean unitModifier(Tokens t, int k) {
        String tag = t.tag[k];
        // an adverb and the adjective it grades judge the thing rather than name it: "decently sized plants"
        if (NOT_UNIT.contains(t.lower[k]) || degreeAdverb(t, k) || (k > 0 && degreeAdverb(t, k - 1))) {
            return false;
        }
        // A capitalized noun inside the sentence names a brand or model ("Echo devices"), like a proper noun.
        boolean name = t.capitalized(k) && !t.word[k].equals(t.word[k].toUpperCase(Locale.ROOT))
                && !(t.is(k - 1, "-") && t.joined(k - 1));
        return ("NOUN".equals(tag) && !name) || ("ADJ".equals(tag) && !t.capitalized(k)) || "CCONJ".equals(tag)
                || (t.word[k].equals("-") && t.joined(k - 1) && t.joined(k)) || hyphenatedParticiple(t, k);
    }

    /** "decently sized", "newly built": an -ly word before an adjective is an adverb, whatever the tagger says. */
    private static boolean degreeAdverb(Tokens t, int k) {
        return "ADV".equals(t.tag[k]) || (t.lower[k].endsWith("ly") && t.lower[k].length() > 4
                && !t.capitalized(k) && ("ADJ".equals(t.tagAt(k + 1)) || isParticiple(t, k + 1)));
    }

    /** The designation after a capitalized noun: "3" in "Model 3 sedans", "X" in "Model X vehicles". */
    private static boolean modelDesignation(Tokens t, int k) {
        return k < t.size() && t.capitalized(k - 1) && "NOUN".equals(t.tag[k - 1]) && k + 1 < t.size()
                && (t.isDigits(k) || (t.word[k].length() == 1 && Character.isUpperCase(t.word[k].charAt(0))))
                && !"PUNCT".equals(t.tag[k + 1]) && !t.joined(k);
    }

    private static boolean isParticiple(Tokens t, int k) {
        return "VERB".equals(t.tagAt(k)) && t.lower[k].endsWith("ed");
    }

    /** The participle of a hyphenated compound modifier: "fired" in "coal-fired". */
    private static boolean hyphenatedParticiple(Tokens t, int k) {
        return isParticiple(t, k) && t.is(k - 1, "-") && t.joined(k - 1) && t.joined(k - 2);
    }

    /**
     * A present-tense verb form right after a count above one is the plural noun counted: a plural count cannot
     * be the subject of "fouls" or "hires", so the tagger's verb reading is wrong when the next word is another
     * verb ("19 fouls proves") or no object follows.
     */
    private static boolean pluralAfterCount(Tokens t, Numbers.Num num, int k) {
        if (k >= t.size() || !"VERB".equals(t.tag[k])) {
            return false;
        }
        String w = t.lower[k];
        if (num.value() <= 1 || num.scaled() || !w.endsWith("s") || w.endsWith("ss") || w.length() < 4) {
            return false;
        }
        String next = t.tagAt(k + 1);
        return "VERB".equals(next) || "AUX".equals(next) || "PUNCT".equals(next) || next.isEmpty()
                || ("DET".equals(next) && TIME_HEADS.contains(t.lower.length > k + 2 ? t.lower[k + 2] : ""));
    }

    /** "1,250 a day", "$3 per share", "78,000 times a minute": a rate after the unit. */
    private static void rate(Tokens t, Found f) {
        // "C$6 (US$4.46) per share": the rate after a bracketed aside belongs to the figure before it
        int close = t.is(f.last, "(") ? t.indexOf(")", f.last + 1, MAX_ASIDE_TOKENS) : -1;
        if (close > 0 && !t.is(close + 1, "(")) {
            int last = f.last;
            f.last = close + 1;
            rate(t, f);
            f.last = last;
            return;
        }
        int r = f.last;
        if (r + 1 < t.size() && RATE_WORDS.contains(t.lower[r])) {
            int p = t.is(r + 1, "-") && t.joined(r) ? r + 2 : r + 1;
            Units.Match measure = Units.at(t, p, false);
            if (measure != null && measure.length() > 1) {
                f.rate = "per " + join(t, p, p + measure.length());
                f.last = p + measure.length();
                return;
            }
            if (p >= t.size()) {
                return;
            }
            r = p - 1;
            String per = t.lower[r + 1];
            Units.Unit u = Units.word(per);
            boolean rateNoun = (u != null && (u.kind() == UnitKind.TIME || u.kind() == UnitKind.MEASURE))
                    || per.equals("share") || per.equals("game") || per.equals("person") || per.equals("capita")
                    || per.equals("head") || per.equals("month") || per.equals("unit") || per.equals("night");
            // "64 cents a dozen": the price is for a dozen, which is no figure of its own.
            boolean perDozen = f.kind == UnitKind.CURRENCY && per.equals("dozen");
            if (rateNoun && "NOUN".equals(t.tag[r + 1]) || (u != null && u.kind() == UnitKind.TIME) || perDozen) {
                f.rate = "per " + t.lower[r + 1];
                f.last = r + 2;
            }
        }
    }

    // ---- borrowing a unit ----

    private static void borrowUnits(Tokens t, List<Found> found, Remembered memory) {
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            if (f.unit != null) {
                continue;
            }
            place(t, f);
            Found next = n + 1 < found.size() ? found.get(n + 1) : null;
            Found prev = n > 0 ? found.get(n - 1) : null;
            int gap = f.numTo;
            if (t.is(gap, "-") && t.joined(gap - 1) && !t.joined(gap)) {
                gap++; // "a 7- or 8-inch screen"
            }
            Found money = next != null && next.kind == UnitKind.CURRENCY && t.is(f.numTo, "(")
                    && next.first == f.numTo + 1 ? convertedBefore(t, found, n) : null;
            if (next != null && next.unit != null && next.first == gap + 1
                    && (t.is(gap, "or") || t.is(gap, "and") || t.is(gap, "to"))) {
                copyUnit(t, next, f, false);
            } else if (money != null) {
                copyUnit(t, money, f, false);
            } else if (prev != null && prev.unit != null && f.numFrom - prev.last <= MAX_INHERIT_TOKENS
                    && ((prev.kind != UnitKind.PERCENT && !hasVerb(t, prev.last, f.first)) || parallel(t, prev, f))
                    && !(prev.kind != null && t.is(f.first - 1, "and") && followedByVerb(t, f.last - 1))) {
                // The last test: "cost $300 and 40 were sold", a bare number opening its own clause names no
                // measure of the clause before; a counted thing still carries over ("300 members and 40 are coaches").
                copyUnit(t, prev, f, true);
            } else if (f.rate != null || isApposition(t, f.first - 1)) {
                antecedent(t, f);
            } else if (memory != null && mentionsFigure(t)) {
                f.unit = memory.unit();
                f.subject = f.placeFrom >= 0 ? memory.unit() + " " + join(t, f.placeFrom, f.placeTo)
                        : memory.subject();
            }
        }
    }

    /**
     * "priced at 9,000 rand ($600) and 7,500 ($500)": a bare figure with a conversion in brackets after it is an
     * amount in the currency of the last earlier amount that was converted the same way; null if there is none.
     */
    private static Found convertedBefore(Tokens t, List<Found> found, int n) {
        for (int p = n - 2; p >= 0; p--) {
            Found before = found.get(p);
            Found conversion = found.get(p + 1);
            if (before.kind == UnitKind.CURRENCY && conversion.kind == UnitKind.CURRENCY
                    && t.is(before.last, "(") && conversion.first == before.last + 1) {
                return before;
            }
        }
        return null;
    }

    /**
     * "rose by 2 percent but fell by 1", "the highest is 84.75 cents, the lowest is 74.07": two clauses built
     * alike, the second figure leaving out the unit of the first.
     */
    private static boolean parallel(Tokens t, Found prev, Found f) {
        int a = prev.first - 1;
        int b = f.first - 1;
        return a >= 0 && b > prev.last && t.lower[a].equals(t.lower[b]) && PARALLEL_LINKS.contains(t.lower[b])
                && (b + 1 >= t.size() || f.last >= t.size() || !"NOUN".equals(t.tag[f.last]));
    }

    private static void copyUnit(Tokens t, Found from, Found to, boolean withPlace) {
        to.unit = from.unit;
        to.kind = from.kind;
        if (to.rate == null) {
            to.rate = from.rate;
        }
        if (from.kind == null && withPlace && to.placeFrom >= 0) {
            // "300 passengers in the train, including 40 in the rear carriage"
            to.subject = join(t, from.unitFrom, from.unitTo) + " " + join(t, to.placeFrom, to.placeTo);
        } else if (from.kind == null) {
            to.subject = from.subject;
        }
    }

    private static boolean hasVerb(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            // "10,000 troops in X, including 8,000 in Y": "including" introduces a part, not a new clause.
            if ("VERB".equals(t.tag[k]) && !t.is(k, "including")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApposition(Tokens t, int k) {
        return k >= 0 && (t.word[k].equals("—") || t.word[k].equals("–") || t.word[k].equals("-")
                || t.word[k].equals(":"));
    }

    private static boolean mentionsFigure(Tokens t) {
        for (int k = 0; k < t.size(); k++) {
            if (FIGURE_NOUNS.contains(t.lower[k]) && "NOUN".equals(t.tag[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "casualties Russian forces have been suffering - some 1,250 a day": the nearest plural noun before the
     * figure that is not the subject of a verb (a noun followed by a verb is the clause's actor, not the thing
     * counted).
     */
    private static void antecedent(Tokens t, Found f) {
        for (int k = f.first - 1; k >= 0; k--) {
            if ("NOUN".equals(t.tag[k]) && t.lower[k].endsWith("s") && !followedByVerb(t, k)) {
                f.unit = t.word[k];
                f.kind = null;
                int end = f.first - 1;
                while (end > k && "PUNCT".equals(t.tag[end])) {
                    end--;
                }
                f.subject = join(t, k, end + 1);
                return;
            }
        }
    }

    private static boolean followedByVerb(Tokens t, int k) {
        int j = k + 1;
        while (j < t.size() && "ADV".equals(t.tag[j])) {
            j++;
        }
        return j < t.size() && ("VERB".equals(t.tag[j]) || "AUX".equals(t.tag[j]));
    }

    // ---- subject ----

    /** Where a figure without its own noun is: "40 in the rear carriage". */
    private static void place(Tokens t, Found f) {
        int k = f.last;
        if (k < t.size() && PLACE_PREPS.contains(t.lower[k]) && !t.is(k, "to")) {
            int end = nounPhraseAfter(t, k + 1);
            if (end > k + 1) {
                f.placeFrom = k;
                f.placeTo = end;
            }
        }
    }

    private static String subject(Tokens t, String body, Found f) {
        if (f.kind == null && f.unitFrom >= 0) {
            // What is counted and where, without the verb between: "passengers (who were still) in Tesin".
            int end = f.unitTo;
            int placeFrom = -1;
            for (int pp = 0; pp < MAX_PLACE_PHRASES; pp++) {
                int k = end;
                if (pp == 0) {
                    if (t.is(k, "that") || t.is(k, "who") || t.is(k, "which")) {
                        k++;
                    }
                    // "troops are now in", "troops currently present in", "troops deployed in"
                    int bridge = 0;
                    while (k < t.size() && bridge < 3 && ("AUX".equals(t.tag[k]) || "ADV".equals(t.tag[k])
                            || t.is(k, "present") || ("VERB".equals(t.tag[k]) && t.lower[k].endsWith("ed")))) {
                        k++;
                        bridge++;
                    }
                    if (k > end && !(k < t.size() && PLACE_PREPS.contains(t.lower[k]) && !t.is(k, "to"))) {
                        break; // a clause without a place: "troops that are expected to ..."
                    }
                }
                boolean of = t.is(k, "of");
                if (k < t.size() && (of || (PLACE_PREPS.contains(t.lower[k]) && !t.is(k, "to")))) {
                    int npEnd = nounPhraseAfter(t, k + 1);
                    if (npEnd > k + 1) {
                        if (placeFrom < 0) {
                            placeFrom = k;
                        }
                        end = npEnd;
                        continue;
                    }
                }
                break;
            }
            String counted = join(t, f.unitFrom, f.unitTo);
            return placeFrom < 0 ? counted : counted + " " + join(t, placeFrom, end);
        }
        int k = f.last;
        if (t.is(k, "of")) {
            int npEnd = nounPhraseAfter(t, k + 1);
            if (npEnd > k + 1) {
                return join(t, k + 1, npEnd);
            }
        }
        return clauseSubject(t, f.first);
    }

    /** End (exclusive) of the noun phrase starting at {@code k}, or {@code k} when there is none. */
    private static int nounPhraseAfter(Tokens t, int k) {
        int j = k;
        int end = k;
        while (j < t.size() && j - k < MAX_NP) {
            String tag = t.tag[j];
            if ("NOUN".equals(tag) || "PROPN".equals(tag)) {
                end = j + 1;
            } else if (!("DET".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag) || "PART".equals(tag)
                    || t.word[j].equals("'s") || t.word[j].equals("’s") || isPossessive(t, j)
                    || (t.word[j].equals("-") && t.joined(j - 1) && t.joined(j))
                    // the second half of a compound, whatever its tag: "the conservative-leaning foundation"
                    || (j > k && t.word[j - 1].equals("-") && t.joined(j - 1)))) {
                break;
            }
            j++;
        }
        return end;
    }

    /** After a name and its possessive "'s" starting at {@code k} ("Marlow's", "the Valdorian Navy's"), or k. */
    private static int possessorEnd(Tokens t, int k) {
        int j = k;
        while (j < t.size() && j - k < 3 && ("PROPN".equals(t.tag[j]) || t.capitalized(j))) {
            j++;
        }
        return j > k && j < t.size() && t.joined(j - 1) && (t.is(j, "'s") || t.is(j, "\u2019s")) ? j + 1 : k;
    }

    private static boolean isPossessive(Tokens t, int j) {
        return "PRON".equals(t.tag[j]) && (t.is(j, "its") || t.is(j, "their") || t.is(j, "his")
                || t.is(j, "her") || t.is(j, "our"));
    }

    /** "The flight-time of the missile was 87 minutes": the noun phrase before the verb before the figure. */
    private static String clauseSubject(Tokens t, int first) {
        int k = first - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 4 && !("VERB".equals(t.tag[k]) || "AUX".equals(t.tag[k]))) {
            if (!("ADV".equals(t.tag[k]) || "ADP".equals(t.tag[k]) || "PART".equals(t.tag[k]))) {
                return null;
            }
            k--;
            skipped++;
        }
        while (k >= 0 && ("VERB".equals(t.tag[k]) || "AUX".equals(t.tag[k]) || "ADV".equals(t.tag[k]))) {
            k--;
        }
        int end = k + 1;
        int start = nounPhraseBefore(t, end);
        return start < end ? join(t, start, end) : null;
    }

    /** Start of the noun phrase ending just before {@code end} ("of" chains included), or {@code end}. */
    private static int nounPhraseBefore(Tokens t, int end) {
        int k = end - 1;
        int start = end;
        boolean noun = false;
        while (k >= 0 && end - k <= MAX_NP) {
            String tag = t.tag[k];
            if ("NOUN".equals(tag) || "PROPN".equals(tag)) {
                noun = true;
                start = k;
            } else if ("DET".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag) || isPossessive(t, k)
                    || t.word[k].equals("'s") || t.word[k].equals("’s")
                    || (t.word[k].equals("-") && t.joined(k - 1) && t.joined(k))
                    || (t.is(k, "of") && noun)) {
                if (noun) {
                    start = k;
                }
            } else {
                break;
            }
            k--;
        }
        while (start < end && t.is(start, "of")) {
            start++;
        }
        return noun ? start : end;
    }

    // ---- actor ----

    private static String actor(Tokens t, String body, Found f) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.is(k, "according") && t.is(k + 1, "to")) {
                int end = nounPhraseAfter(t, k + 2);
                if (end > k + 2) {
                    return join(t, k + 2, end);
                }
            }
        }
        for (int k = f.first - 1; k >= 0; k--) {
            if (isReporting(t, k)) {
                String who = reporter(t, k, f.first);
                if (who != null) {
                    return who;
                }
            }
        }
        for (int k = f.last; k < t.size() && !clauseBoundary(t, k); k++) {
            if (t.is(k, "(")) {
                // an aside says something else ("22 ferries (a second route was announced)"); a conversion
                // ("60 mph (97 kph) in five seconds, the maker says") is skipped the same way
                int close = k + 1;
                while (close < t.size() && !t.is(close, ")")) {
                    close++;
                }
                k = close;
                continue;
            }
            if (isReporting(t, k)) {
                String who = reporter(t, k, f.first);
                if (who != null) {
                    return who;
                }
            }
        }
        return null;
    }

    /** Prepositions whose phrase modifies the subject of a reporting verb rather than being it. */
    private static final Set<String> SUBJECT_MODIFIERS = Set.of("in", "with", "at", "from", "of");

    /** A reporting verb; "allies assess that" counts too, where the tagger takes "assess" for a noun. */
    private static boolean isReporting(Tokens t, int k) {
        if (k >= 1 && t.word[k - 1].equals("-") && t.joined(k - 1)) {
            return false; // the end of a compound ("self-reported episodes"), not a verb of its own
        }
        // "growth forecast by 0.1 points", "was estimated at $5 million", "is said to": the word is a noun or
        // passive, and the phrase before it is what is counted, not who counts; "let's say" supposes
        if (NOT_AFTER_REPORTING.contains(k + 1 < t.size() ? t.lower[k + 1] : "")
                || k >= 2 && t.is(k - 2, "let") && (t.is(k - 1, "'s") || t.is(k - 1, "’s") || t.is(k - 1, "us"))) {
            return false;
        }
        return REPORTING.contains(t.lower[k]) && ("VERB".equals(t.tag[k])
                || ("NOUN".equals(t.tag[k]) && t.is(k + 1, "that") && k > 0
                        && ("NOUN".equals(t.tag[k - 1]) || "PROPN".equals(t.tag[k - 1]))));
    }

    /** Where a clause about another figure begins: "..., while Ukraine has put the figure higher". */
    private static boolean clauseBoundary(Tokens t, int k) {
        return t.is(k, ";") || t.is(k, "while") || t.is(k, "whereas") || t.is(k, "although")
                || (t.is(k, "but") && t.is(k - 1, ","));
    }

    /** The subject of the reporting verb at {@code v}: "Seoul and its allies assess", "said Wood". */
    private static String reporter(Tokens t, int v, int figure) {
        int end = v;
        while (end - 1 >= 0 && ("AUX".equals(t.tag[end - 1]) || "ADV".equals(t.tag[end - 1])
                || t.is(end - 1, "not"))) {
            end--;
        }
        int start = end;
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_NP) {
            String tag = t.tag[k];
            boolean part = "NOUN".equals(tag) || "PROPN".equals(tag) || "DET".equals(tag) || "ADJ".equals(tag)
                    || "NUM".equals(tag) || isPossessive(t, k) || t.word[k].equals("'s") || t.word[k].equals("’s")
                    || ("CCONJ".equals(tag) && k > 0 && start < end)
                    || (t.word[k].equals("-") && t.joined(k - 1) && t.joined(k))
                    // an unknown name the tagger takes for a verb: "Tarsk and its allies assess"
                    || (t.capitalized(k) && ("VERB".equals(tag) || "X".equals(tag)));
            if (!part) {
                if ("PRON".equals(tag) && PERSONAL.contains(t.lower[k]) && start == end) {
                    return resolvePronoun(t, k, !IMPERSONAL.contains(t.lower[k]));
                }
                break;
            }
            start = k;
            k--;
        }
        // "one study in 40 patients with the disorder showed", "officials in Harbortown said": a phrase after a
        // preposition only modifies the subject, whose head comes before it ("by" names an agent: kept apart)
        boolean headed = hasNoun(t, start, end);
        while (headed && start >= 2 && SUBJECT_MODIFIERS.contains(t.lower[start - 1])
                && ("NOUN".equals(t.tag[start - 2]) || "PROPN".equals(t.tag[start - 2])) && end - start < 2 * MAX_NP) {
            int head = nounPhraseBefore(t, start - 1);
            if (head >= start - 1) {
                break;
            }
            start = head;
        }
        while (start < end && ("CCONJ".equals(t.tag[start]) || "DET".equals(t.tag[start])
                && t.is(start, "that"))) {
            start++;
        }
        if (start <= figure && figure < end) {
            return null; // "73 percent said", "two diplomats said": the figure counts the speakers, none gives it
        }
        if (start < end && hasNoun(t, start, end) && !isTime(t.lower[end - 1])) {
            return join(t, start, end);
        }
        // "..., said Wood": the speaker after the verb, when the verb follows what was said ("shows Clinton
        // leading" has its object there)
        int after = nounPhraseAfter(t, v + 1);
        boolean inverted = v > 0 && (t.is(v - 1, ",") || QUOTE_MARKS.contains(t.word[v - 1]));
        if (inverted && after > v + 1 && "PROPN".equals(t.tag[v + 1])) {
            return join(t, v + 1, after);
        }
        return null;
    }

    private static boolean isTime(String lower) {
        return TIME_HEADS.contains(lower) || CalendarWords.isWeekday(lower) || CalendarWords.isMonth(lower)
                || CalendarWords.isRelativeDay(lower);
    }

    private static boolean hasNoun(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("NOUN".equals(t.tag[k]) || "PROPN".equals(t.tag[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the White House released images it said": the noun phrase that is the subject of an earlier verb. A
     * personal pronoun ("Recent shipments have sold for $40, he said") takes only a name: a common noun there is
     * a thing, and the person is named in an earlier sentence.
     */
    private static String resolvePronoun(Tokens t, int pronoun, boolean person) {
        for (int k = pronoun - 1; k > 0; k--) {
            if ("VERB".equals(t.tag[k]) || "AUX".equals(t.tag[k])) {
                int end = k;
                while (end - 1 >= 0 && "ADV".equals(t.tag[end - 1])) {
                    end--;
                }
                if (end - 1 >= 0 && ("NOUN".equals(t.tag[end - 1]) || "PROPN".equals(t.tag[end - 1]))) {
                    int start = nounPhraseBefore(t, end);
                    if (start < end && (!person || "PROPN".equals(t.tag[end - 1]))) {
                        return join(t, start, end);
                    }
                }
            }
        }
        return t.word[pronoun];
    }

    // ---- output ----

    private static Quantity toQuantity(String articleId, String body, Tokens t, Found f) {
        double value = f.negative ? -f.num.value() : f.num.value();
        Double low;
        Double high;
        String hedge = f.hedge;
        if (f.range) {
            // A range's own bounds are its interval; a qualifier before it ("about 14-18") adds nothing usable.
            value = f.low;
            low = f.low;
            high = f.high;
            hedge = "range";
        } else {
            switch (f.interval) {
                case "approximate" -> {
                    low = Math.min(value * 0.9, value * 1.1);
                    high = Math.max(value * 0.9, value * 1.1);
                }
                case "below" -> {
                    low = value - Math.abs(value) * 0.1;
                    high = value;
                }
                case "at-most" -> {
                    low = null;
                    high = value;
                }
                case "under" -> {
                    low = null;
                    high = value;
                }
                case "above", "at-least" -> {
                    low = value;
                    high = null;
                }
                default -> {
                    low = value;
                    high = value;
                }
            }
        }
        String unit = f.unit == null ? null : f.rate == null ? f.unit : f.unit + " " + f.rate;
        int cs = t.start[f.first];
        int ce = t.end[Math.max(f.first, f.last - 1)];
        int start = CodePoints.ofChar(body, cs);
        int end = start + body.codePointCount(cs, ce);
        return new Quantity(articleId, start, end, body.substring(cs, ce), value, low, high, hedge, unit,
                f.subject, f.actor, GoverningVerb.of(t, f.first, f.last));
    }

    /** The body text from token {@code from} to token {@code to} (exclusive), spaces as written. */
    private static String join(Tokens t, int from, int to) {
        if (from >= to) {
            return "";
        }
        return t.source.substring(t.start[from], t.end[to - 1]);
    }

    private static String join(String[] words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(words[k]);
        }
        return b.toString();
    }
}
