package org.corroborate.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.DateMention;
import org.corroborate.util.Validate;

/**
 * Finds date expressions and normalizes them against the article's publication date.
 *
 * <p>Implementation notes: rule-based, after HeidelTime (Strötgen and Gertz, 2010/2013): precompiled patterns
 * (no nested quantifiers) find candidate expressions, overlapping candidates keep the longest, and each rule
 * normalizes to a TIMEX3 value. Relative expressions are resolved against the reference date: the publication
 * date for deictic ones ("yesterday", "last year", "Thursday", "in August"), and the last fully specified date
 * mentioned before for anaphoric ones ("a day earlier", "the next day"), falling back to the publication date.
 * A weekday or month name without "next"/"last" refers to the most recent one on or before the reference date
 * (news convention), unless the tense marker nearest to it in its sentence is a future one ("will", "scheduled",
 * "planned", ...) or it names a deadline ("by February"), in which case it is the nearest one on or after it; a
 * day and month without a year up to four months ahead is a coming one. The tense window is the sentence, cut at
 * quote marks (a quotation has its own tense); a plan in the past perfect ("had been due to") does not point
 * ahead, an agreement to act ("agreed to sell") does, and a participle after a determiner ("a revised offer") is
 * an adjective, not a past tense. Values follow the TimeML TIMEX3
 * conventions of TimeBank: durations ("three years" P3Y, "recent years" PXY), sets ("each month" P1M), times
 * of day ("5 p.m. EST, Nov. 6"), quarters and halves of named years ("the year-ago quarter", "the second half
 * of 1990", remembered from the quarter the report is about), decades and centuries, years said in words,
 * holidays, PRESENT_REF/PAST_REF/FUTURE_REF. A counted shift from an event ("three days after the vote") is
 * annotated as its duration, the preposition being a TimeML signal. Without a publication date, only
 * expressions that carry their own year are normalized. Each rule carries cue words: a text that contains none
 * of them is not scanned by that rule; a rule whose matches always contain a month, weekday or unit word runs
 * only in windows around the places those words occur.
 */
public final class DateExtractor {
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|"
            + "June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)";
    private static final String DAY_OF_WEEK_PREFIX = "(?:" + WEEKDAY + ",?\\s+)?";
    private static final String COUNT_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|a hundred|hundred|a|an|a couple of|couple of|\\d{1,3}";
    /** Counts of a duration, vague ones included ("several years" is PXY). */
    private static final String NUMBER_WORD = COUNT_WORD + "|several|a few|few";
    private static final String UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS_WORD = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A year said in words, as transcripts of broadcasts write it: "nineteen ninety-six", "two thousand". */
    private static final String YEAR_WORDS = "(?:nineteen|twenty)[\\s-]+(?:(?:" + TENS_WORD + ")(?:[\\s-]+(?:"
            + UNITS_WORD + "))?|" + TEENS_WORD + ")|(?<=year\\s)two\\s+thousand(?:\\s+(?:and\\s+)?(?:" + UNITS_WORD
            + "))?";
    private static final String UNIT = "(year|month|week|day|hour|minute|decade|quarter)s?";
    private static final String PART_OF_DAY = "(?:\\s+(morning|afternoon|evening|night))?";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("a couple of", 2), Map.entry("couple of", 2), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("hundred", 100));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    private static final int MONTHS_AHEAD = 1;
    private static final int DAYS_AHEAD = 120;
    private static final int DAYS_BEHIND = 7;
    private static final int HOLIDAY_DAYS_AHEAD = 7;
    private static final Pattern PAST_TENSE = Pattern.compile(
            "\\b(?:said|says|was|were|had|told|did|met|came|went|began|won|lost|left|took|made|gave|held|sold"
                    + "|rose|fell|paid|led|ran|brought|bought|sought|became|got|saw|knew|felt|kept|spent|struck|wrote"
                    + "|grew|fought|built|sent|found|(?-i:(?!hundred)[a-z]{3,}(?<!e)ed))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|'ll|shall|next\\s+(?:week|month|year|quarter|[a-z]*day)|going to|plans? to|scheduled"
                    + "|expected to|due to|would|is to|are to|upcoming|as early as|as soon as|plann(?:ed|ing)|set to"
                    + "|slated|agree(?:d|ment|s)?\\s+to\\s+(?!the\\b|an?\\b|his\\b|her\\b|its\\b|their\\b)[a-z]+)\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Kind {
        FULL_MDY, FULL_DMY, ISO, SLASH, COMPACT, MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH, WEEKDAY, DECADE, YEAR,
        DEICTIC, RELATIVE_UNIT, SHIFT, YEAR_EARLIER, QUARTER, DURATION, PRESENT, PAST, FUTURE_REF, SEASON,
        SET, DEFINITE, VAGUE_DURATION, DECADE_WORD, CENTURY, YEAR_PERIOD, PART_OF_YEAR, CLOCK, WORD_YEAR, HOLIDAY,
        RECURRING_DAY, CLOCK_WORDS, DAY_AROUND, MONTH_OF_RELATIVE_YEAR, PART_OF_DAY, WEEK_OF, WEEKDAY_AROUND,
        DAY_OF_EVENT
    }

    /**
     * A pattern and the words it cannot match without (lower case): a rule whose cue words are all absent from
     * a text is not run on it, a substring search being much cheaper than a case-insensitive regex scan. An
     * anchored rule goes further: each of its matches contains one of its anchor words (lower case) and starts at
     * most {@code reach} chars before it, so the pattern runs only in a window around each place an anchor word
     * occurs, instead of being tried at every word of the text (the counts of durations are a long alternation
     * that "a", "an" and any number start). The reach bounds the words before the anchor, whitespace included: a
     * date broken by a run of some fifty blanks is not found.
     */
    private record Rule(Kind kind, Pattern pattern, List<String> cues, List<String> anchors, int reach) {
        Rule(Kind kind, Pattern pattern) {
            this(kind, pattern, List.of(), List.of(), 0);
        }

        Rule(Kind kind, Pattern pattern, List<String> cues) {
            this(kind, pattern, cues, List.of(), 0);
        }

        static Rule anchored(Kind kind, Pattern pattern, List<String> anchors, int reach) {
            return new Rule(kind, pattern, anchors, anchors, reach);
        }

        boolean mayMatch(String lowerCaseText) {
            return cues.isEmpty() || cues.stream().anyMatch(lowerCaseText::contains);
        }
    }

    /** Time units: every duration and counted shift names one. */
    private static final List<String> UNIT_WORDS = List.of("year", "month", "week", "day", "hour", "minute", "decade",
            "quarter");
    /** Month names in lower case, as short as their abbreviations. */
    private static final List<String> MONTH_WORDS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final List<String> WEEKDAY_WORDS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The units "last week", "that same day", "this morning" can name ("week" also finds "weekend"). */
    private static final List<String> RELATIVE_UNIT_WORDS = List.of("week", "month", "year", "quarter", "morning",
            "afternoon", "evening", "decade", "century", "day");
    /** How far a date may start before its month or weekday name ("Wednesday, 30th of", "the past"). */
    private static final int MONTH_REACH = 40;
    /** How far a duration or shift may start before its unit ("the previous a couple of additional trading"). */
    private static final int UNIT_REACH = 100;
    /** How far a match may run past the start of its anchor word ("quarters and a half ago"). */
    private static final int ANCHOR_TAIL = 40;

    private static final List<Rule> RULES = List.of(
            Rule.anchored(Kind.FULL_MDY, Pattern.compile(
                    "\\b" + DAY_OF_WEEK_PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,)?\\s+(\\d{4})\\b"),
                    MONTH_WORDS, MONTH_REACH),
            Rule.anchored(Kind.FULL_DMY, Pattern.compile(
                    "\\b" + DAY_OF_WEEK_PREFIX + "(?<![$€£])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                            + ",?\\s+(\\d{4})\\b"), MONTH_WORDS, MONTH_REACH),
            new Rule(Kind.ISO, Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
            new Rule(Kind.SLASH, Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b")),
            new Rule(Kind.COMPACT, Pattern.compile("\\b((?:19|20)\\d{2})(0[1-9]|1[0-2])([0-2]\\d|3[01])\\b")),
            Rule.anchored(Kind.MONTH_DAY, Pattern.compile(
                    "\\b" + DAY_OF_WEEK_PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d|:\\d)"),
                    MONTH_WORDS, MONTH_REACH),
            Rule.anchored(Kind.DAY_MONTH, Pattern.compile(
                    "\\b" + DAY_OF_WEEK_PREFIX + "(?<![$€£])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                            + "\\b"),
                    MONTH_WORDS, MONTH_REACH),
            Rule.anchored(Kind.MONTH_YEAR, Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b"),
                    MONTH_WORDS, MONTH_REACH),
            // "the previous Friday", "the following Monday": counted from the date the text is at
            Rule.anchored(Kind.WEEKDAY_AROUND, Pattern.compile("(?i:\\bthe\\s+(previous|preceding|following)\\s+)"
                    + WEEKDAY + "\\b"), WEEKDAY_WORDS, MONTH_REACH),
            // "today is the eighth day of the strike", "it's the second day of the offensive": the day the text is at
            new Rule(Kind.DAY_OF_EVENT, Pattern.compile("(?i)(?<=\\b(?:is|'s)\\s)(?:the\\s+)?(?:first|second|third"
                    + "|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:straight\\s+)?day"
                    + "(?=\\s+of\\b)"), List.of(" day of")),
            // "the week of March 6": the ISO week of that day
            Rule.anchored(Kind.WEEK_OF, Pattern.compile("(?i:\\bthe\\s+week\\s+of\\s+)" + MONTH
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d|:\\d)"), MONTH_WORDS, MONTH_REACH),
            // "January this year", "June last year": the qualifier names the month's year, one expression
            Rule.anchored(Kind.MONTH_OF_RELATIVE_YEAR, Pattern.compile("\\b" + MONTH
                    + "\\s+(?i:(this|last|next)\\s+year)\\b(?!'s)"), MONTH_WORDS, MONTH_REACH),
            Rule.anchored(Kind.MONTH, Pattern.compile(
                    "(?i:\\b(?:(early|late|mid|last|this|next|past)[\\s-]+)?)" + MONTH + "\\b"), MONTH_WORDS,
                    MONTH_REACH),
            Rule.anchored(Kind.WEEKDAY, Pattern.compile(
                    "(?i:\\b(?:(last|next|this|past|coming)\\s+)?)" + WEEKDAY + "(?i:" + PART_OF_DAY + ")\\b"),
                    WEEKDAY_WORDS, MONTH_REACH),
            new Rule(Kind.DECADE, Pattern.compile(
                    "(?i:\\b(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?)(1[5-9]\\d|20\\d)0'?s\\b"), List.of("0s", "0's")),
            new Rule(Kind.DECADE_WORD, Pattern.compile("(?i)\\bthe\\s+(?:early\\s+|late\\s+|mid-?)?(?:'([2-9])0s"
                    + "|(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)\\b"), List.of("ies", "0s")),
            new Rule(Kind.YEAR, Pattern.compile(
                    "(?<![$\\d,.])(?i:\\b(?:(?:fiscal|calendar)\\s+)?)(1[6-9]\\d\\d|20\\d\\d)\\b(?![\\d%]|[.,]\\d)")),
            new Rule(Kind.DEICTIC, Pattern.compile(
                    "(?i)\\b(today|tonight|yesterday|tomorrow|last night)(?:'s)?\\b"),
                    List.of("today", "tonight", "yesterday", "tomorrow", "last night")),
            Rule.anchored(Kind.RELATIVE_UNIT, Pattern.compile(
                    "(?i)\\b(?:(earlier|later|early|late)\\s+)?(this|last|next|the\\s+coming|the\\s+current"
                            + "|the\\s+previous|the\\s+past|the\\s+same|that(?:\\s+same)?)\\s+(week|month|year|quarter"
                            + "|weekend|morning|afternoon|evening|decade|century|day)\\b"), RELATIVE_UNIT_WORDS,
                    UNIT_REACH),
            Rule.anchored(Kind.SHIFT, Pattern.compile(
                    "(?i)\\b(" + COUNT_WORD + ")[\\s-]+" + UNIT + "\\s+(ago|earlier|later|before|after|from now)\\b"),
                    UNIT_WORDS, UNIT_REACH),
            new Rule(Kind.SHIFT, Pattern.compile(
                    "(?i)\\b(?:the\\s+)(day|week|month|year)\\s+(before|after|earlier|later)\\b")),
            // "the day before yesterday", "the day after last Tuesday": one day off a date named after it
            new Rule(Kind.DAY_AROUND, Pattern.compile("(?i:\\bthe\\s+day\\s+(before|after)\\s+)"
                    + "(?:(?i:(yesterday|tomorrow))|(?i:(?:(last|next|this)\\s+)?)" + WEEKDAY + ")\\b"),
                    List.of("day before", "day after")),
            new Rule(Kind.SHIFT, Pattern.compile("(?i)\\bthe\\s+(next|following|previous)\\s+(day|week|month|year"
                    + "|morning|afternoon|evening|night)\\b")),
            new Rule(Kind.YEAR_EARLIER, Pattern.compile("(?i)\\b(?:a\\s+)?year[\\s-](?:earlier|ago)\\b"),
                    List.of("year")),
            new Rule(Kind.YEAR_PERIOD, Pattern.compile(
                    "(?i)\\b(?:the\\s+)?(?:comparable\\s+|corresponding\\s+)?(year[\\s-](?:ago|earlier)|\\d{4}"
                            + "|(?:this|last|next)\\s+year's)\\s+(?:(first|second|third|fourth)[\\s-]+)?"
                            + "(quarter|period)\\b"), List.of("quarter", "period")),
            new Rule(Kind.PART_OF_YEAR, Pattern.compile(
                    "(?i)\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)[\\s-]+(quarter|half)"
                            + "\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d)\\b"), List.of("quarter", "half")),
            new Rule(Kind.CLOCK, Pattern.compile(
                    "(?i:\\b(?:(\\d{1,2})(?::([0-5]\\d))?\\s*([ap])\\.?m\\b\\.?|((?-i:noon|midday)))"
                            + "(?:\\s+[ECMP][SD]T|\\s+GMT)?(?:,?\\s+(?:on\\s+)?"
                            + "(?:(today|yesterday|tomorrow)|" + WEEKDAY + "|" + MONTH + "\\s+(\\d{1,2})\\b))?)")),
            // "4 in the morning", "10 o'clock at night": an hour named by the part of the day
            new Rule(Kind.CLOCK_WORDS, Pattern.compile("(?i)\\b(1[0-2]|[1-9])(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+"
                    + "(morning|afternoon|evening)|at\\s+(night))\\b"),
                    List.of("in the morning", "in the afternoon", "in the evening", "at night")),
            // "by mid-afternoon", "late morning yesterday", "in the morning": a part of the day, on the date the text
            // is at
            new Rule(Kind.PART_OF_DAY, Pattern.compile("(?i)\\b(?:mid[\\s-]?|(?:early|late)[\\s-]"
                    + "|(?<=\\b(?:in|during|by|until)\\s)the\\s+)(morning|afternoon|evening)\\b"
                    + "(?:\\s+(yesterday|today|tomorrow)\\b)?"), List.of("morning", "afternoon", "evening")),
            new Rule(Kind.WORD_YEAR, Pattern.compile("(?:" + MONTH + "\\s+|(?i:the\\s+(spring|summer|fall|autumn"
                    + "|winter)\\s+of\\s+))?(?i:\\b(?:the\\s+year\\s+)?(" + YEAR_WORDS + "))\\b"),
                    List.of("nineteen", "twenty", "thousand")),
            new Rule(Kind.HOLIDAY, Pattern.compile("(?i:\\b(?:(last|next|this|past|coming)\\s+)?)"
                    + "(Christmas(?: Day| Eve)?"
                    + "|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Independence Day|Labor Day|Memorial Day"
                    + "|Election Day|Halloween|Veterans Day|Easter(?: Sunday)?)(?:,?\\s+((?:19|20)\\d\\d))?"
                    + "(\\s+week)?\\b"),
                    List.of("christmas", "new year", "thanksgiving", "independence day", "labor day", "memorial day",
                            "election day", "halloween", "veterans day", "easter")),
            new Rule(Kind.QUARTER, Pattern.compile(
                    "(?i)\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\b"),
                    List.of("quarter")),
            Rule.anchored(Kind.DURATION, Pattern.compile(
                    "(?i)\\b(?:(?:the\\s+)?(?:past|last|next|previous|coming|first|recent)\\s+)?(" + NUMBER_WORD
                            + ")(?:\\s+1/2|\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|further))?[\\s-]+"
                            + "(?:(?:trading|business|working)\\s+)?" + UNIT + "\\b(?:\\s+and\\s+a\\s+half\\b)?"
                            + "(?![\\s-]*old)"), UNIT_WORDS, UNIT_REACH),
            new Rule(Kind.PRESENT, Pattern.compile("(?i)\\b(now|currently|current|nowadays|at present|the present)\\b"),
                    List.of("now", "current", "present")),
            // "several years ago": a vague count back from now is a past reference, not a length
            new Rule(Kind.PAST, Pattern.compile(
                    "(?i)\\b(recently|recent|in the past|(?:several|a\\s+few|many)\\s+(?:days|weeks|months|years"
                            + "|decades)\\s+ago)\\b"), List.of("recent", "past", "ago")),
            new Rule(Kind.FUTURE_REF, Pattern.compile(
                    "(?i)\\b(the\\s+(?:near\\s+)?future|the\\s+(?:near|short)\\s+term)\\b"), List.of("future", "term")),
            new Rule(Kind.SEASON, Pattern.compile(
                    "(?i)\\b(?:(this|last|next|past|the|this past)\\s+)?(?:(?:early|late|mid)[\\s-]+)?"
                            + "(spring|summer|fall|autumn|winter)\\b"),
                    List.of("spring", "summer", "fall", "autumn", "winter")),
            new Rule(Kind.SET, Pattern.compile("(?i)\\b(daily|weekly|monthly|annually|yearly|hourly"
                    + "|(?:every|each)\\s+(?:day|week|month|year|quarter|hour))\\b"),
                    List.of("daily", "weekly", "monthly", "annually", "yearly", "hourly", "every", "each")),
            // "every Monday", "each July", "on Fridays", "Tuesday nights": a SET of that day or month
            new Rule(Kind.RECURRING_DAY, Pattern.compile("(?i:\\b(?:every|each)\\s+)(?:" + WEEKDAY + "(?i:"
                    + PART_OF_DAY + ")|" + MONTH + ")\\b|\\b" + WEEKDAY
                    + "(?:s|(?i:\\s+(morning|afternoon|evening|night)s))\\b"),
                    List.of("every", "each", "days", "nights", "mornings", "evenings", "afternoons")),
            new Rule(Kind.CENTURY, Pattern.compile("(?i)\\b(?:the\\s+)?([12]?\\d)(?:st|nd|rd|th)\\s+century\\b"),
                    List.of("century")),
            new Rule(Kind.DEFINITE, Pattern.compile(
                    "(?i)\\bthe\\s+(?:(latest|current|same|fiscal|full|latest fiscal|current fiscal)\\s+)?"
                            + "(quarter|year|period|weekend|week|month)\\b")),
            new Rule(Kind.VAGUE_DURATION, Pattern.compile(
                    "(?i)\\b(?:for|over|within|than|recent|coming)\\s(days|weeks|months|years|decades|centuries)\\b"),
                    List.of("days", "weeks", "months", "years", "decades", "centuries")));

    /** A candidate expression: char offsets, the rule and its match groups. */
    private record Candidate(int start, int end, Kind kind, String[] groups) {}

    /** Words after which a month or season name is a time, not a modal or a verb ("in May", "since fall"). */
    /** Words before a month and day that say which one: "last Oct. 23". */
    private static final Set<String> DAY_QUALIFIERS = Set.of("last", "next", "this", "coming", "past");
    /** A second day after a month and day, not itself followed by a year, a time or an amount. */
    private static final Pattern SECOND_DAY = Pattern.compile(
            "\\s+(?:and|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?!\\s*,?\\s*\\d|:\\d|\\s*(?:%|percent|per\\b|(?!was\\b|has\\b)[a-z]+s\\b))");
    private static final int SECOND_DAY_REACH = 20;
    /** Words after "the March" that make it a walk: "the March of the veterans", "the March on the capital". */
    private static final Set<String> MARCH_ROUTE = Set.of("of", "on", "to", "for", "from", "in", "through",
            "across", "against", "toward", "towards", "into", "past", "was", "is", "and");
    /** "had filed reports by Wednesday": a deadline met in the past perfect is behind. */
    private static final Pattern HAD_DONE = Pattern.compile(
            "(?i)\\bhad\\s+(?:already\\s+)?(?!to\\b)[a-z]+(?:ed|en|t)\\b");
    private static final Set<String> PREPOSITIONS = Set.of("in", "since", "until", "by", "of", "from", "through",
            "during", "and", "to", "before", "after", "till");
    /** Month names as short as an abbreviation. */
    private static final Set<String> FULL_SHORT_MONTHS = Set.of("May", "June", "July");
    /** Nouns after which "today's" means the present era: "today's world", "in today's dollars". */
    private static final Set<String> GENERIC_PRESENT = Set.of("world", "society", "youth", "young", "generation",
            "generations", "children", "kids", "culture", "standards", "dollars", "terms", "era", "age");
    /** Durations a financial report covers besides quarters: six or nine months, a year. */
    private static final Pattern REPORT_PERIOD = Pattern.compile("P(?:[69]M|1Y)");
    private static final Pattern EXTRA_COUNT = Pattern.compile("(?i)\\s(?:more|additional|further)\\s");
    private static final Pattern EVENT_ANCHOR = Pattern.compile("(?i)\\b(?:before|after)$");
    /** Words that open a clause: after them "before"/"after" is a conjunction naming an event. */
    private static final Set<String> CLAUSE_START = Set.of("it", "he", "she", "they", "we", "i", "you", "the", "a",
            "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "there");

    public List<DateMention> extract(Article article) {
        Validate.notNull(article, "article");
        String body = article.body();
        LocalDate reference = referenceDate(article.published());
        List<Candidate> candidates = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(body);
            // lower-casing keeps offsets unless a char changes length ("İ"): then the whole text is scanned
            boolean windows = !rule.anchors().isEmpty() && lower.length() == body.length();
            int[] anchors = windows ? positions(lower, rule.anchors()) : new int[0];
            if (windows) {
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
            int anchor = -1;
            int from = 0;
            while (windows ? (anchor = nextWindow(m, anchors, anchor + 1, from, rule.reach(), body.length())) >= 0
                    : m.find()) {
                if (!windows && m.end() == m.start()) {
                    continue;
                }
                from = m.end();
                String[] groups = new String[m.groupCount() + 1];
                for (int g = 0; g <= m.groupCount(); g++) {
                    groups[g] = m.group(g);
                }
                // A vague duration's extent is the plural alone ("for [years]"); matching the preposition in the
                // pattern instead of a look-behind keeps the scan linear.
                // "recent years", "coming weeks" keep their adjective (TimeML annotates the phrase as a vague
                // duration).
                int start = rule.kind() == Kind.VAGUE_DURATION && !m.group().regionMatches(true, 0, "recent", 0, 6)
                        && !m.group().regionMatches(true, 0, "coming", 0, 6) ? m.start(1) : m.start();
                if (start != m.start()) {
                    groups[0] = m.group(1);
                }
                boolean day = rule.kind() == Kind.MONTH_DAY || rule.kind() == Kind.DAY_MONTH;
                int qualified = day ? qualifierStart(body, start) : start;
                if (qualified < start) {
                    // "last Oct. 23", "next March 3": the qualifier belongs to the date and says which one
                    start = qualified;
                    groups[0] = body.substring(start, m.end());
                }
                candidates.add(new Candidate(start, m.end(), rule.kind(), groups));
                if (rule.kind() == Kind.MONTH_DAY) {
                    secondDay(body, m.end(), groups, candidates);
                }
            }
        }
        List<Candidate> chosen = longestFirst(candidates);
        List<DateMention> out = new ArrayList<>();
        LocalDate anchor = reference;
        String lastQuarter = null;
        int lastYear = 0;
        LocalDate lastMonth = null;
        for (Candidate c : chosen) {
            if (!plausible(body, c)) {
                continue;
            }
            // "two days after it blew up the road": counted from an event we cannot date, not from today; TimeML
            // then annotates the counted length alone.
            boolean fromEvent = c.kind() == Kind.SHIFT && (EVENT_ANCHOR.matcher(c.groups()[0]).find()
                    && clauseFollows(body, c.end())
                    || c.groups().length == 4 && c.groups()[3].toLowerCase(Locale.ROOT).matches("later|after|before"));
            boolean counted = c.kind() == Kind.SHIFT && c.groups().length == 4;
            if (fromEvent && !counted) {
                continue;
            }
            // "Wednesday's ruling": a weekday that owns an event names one that has happened.
            boolean owner = c.kind() == Kind.WEEKDAY && body.startsWith("'s", c.end());
            // "by February", "until Tuesday" name a deadline, which lies ahead.
            String before = wordBefore(body, c.start());
            boolean deadline = (before.equals("by") || before.equals("until"))
                    && !HAD_DONE.matcher(body).region(clauseStart(body, c.start()), c.start()).find();
            // "since March" counts from a point already past, whatever the tense around it.
            boolean future = !owner && !before.equals("since") && (isFuture(body, c.start(), c.end()) || deadline);
            String qualifier = c.kind() == Kind.MONTH_DAY || c.kind() == Kind.DAY_MONTH
                    ? firstWord(c.groups()[0]).toLowerCase(Locale.ROOT) : "";
            if (DAY_QUALIFIERS.contains(qualifier) && !qualifier.equals("this")) {
                future = qualifier.equals("next") || qualifier.equals("coming");
            }
            String value = fromEvent ? duration(c.groups()[1], c.groups()[2])
                    : normalize(c, reference, anchor, future, lastQuarter,
                            wordAfter(body, c.end()).toLowerCase(Locale.ROOT), lastYear, lastMonth);
            if (value == null && counted) {
                // "an hour later": no date at day granularity; the length is what TimeML annotates
                value = duration(c.groups()[1], c.groups()[2]);
            }
            if (value == null) {
                continue;
            }
            if (before.equals("ended") && reference != null && (c.kind() == Kind.MONTH_DAY
                    || c.kind() == Kind.DAY_MONTH) && LocalDate.parse(value).isAfter(reference)) {
                // "the fiscal year ended Jan. 31": a period that has ended, so a day already past
                value = LocalDate.parse(value).minusYears(1).toString();
            }
            // The quarter a report is about ("the third quarter", "this year's third quarter"); "a year earlier" (its
            // comparison quarter) does not replace it.
            // A quarter not yet over ("expects fourth-quarter profit" in October) is a forecast, not the period
            // reported on.
            if (value.length() == 7 && value.charAt(5) == 'Q'
                    && (c.kind() == Kind.QUARTER || c.kind() == Kind.RELATIVE_UNIT
                            || c.kind() == Kind.YEAR_PERIOD && c.groups()[1].regionMatches(true, 0, "this", 0, 4))
                    && (quarterOver(value, reference) || !future && reported(body, c.start(), c.end()))) {
                lastQuarter = value;
            }
            // "the nine months" after a quarter: the report now speaks of a longer period, compared year to year.
            if ((c.kind() == Kind.DURATION || c.kind() == Kind.DEFINITE) && REPORT_PERIOD.matcher(value).matches()) {
                lastQuarter = null;
            }
            if (value.length() == 10 && Character.isDigit(value.charAt(0))) {
                anchor = LocalDate.parse(value);
            }
            if (value.length() >= 4 && value.chars().limit(4).allMatch(Character::isDigit)) {
                lastYear = Integer.parseInt(value.substring(0, 4));
            }
            if (MONTH_VALUE.matcher(value).matches()) {
                lastMonth = LocalDate.of(lastYear, Integer.parseInt(value.substring(5, 7)), 1);
            }
            int start = CodePoints.ofChar(body, c.start());
            out.add(new DateMention(article.id(), start, start + body.codePointCount(c.start(), c.end()),
                    c.groups()[0], value));
        }
        return out;
    }

    /**
     * Whether an event clause starts at {@code at}: a pronoun or determiner ("before the vote"), a gerund ("before
     * returning home") or a bare plural subject with its verb in the past ("before officials issued a warrant").
     */
    private static boolean clauseFollows(String body, int at) {
        String next = wordAfter(body, at);
        String lower = next.toLowerCase(Locale.ROOT);
        if (CLAUSE_START.contains(lower) || (lower.endsWith("ing") && lower.length() > 5)) {
            return true;
        }
        int after = body.indexOf(next, at) + next.length();
        String verb = wordAfter(body, after).toLowerCase(Locale.ROOT);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && lower.endsWith("s")
                && !lower.endsWith("ss") && verb.endsWith("ed") && verb.length() > 4;
    }

    /**
     * A fiscal quarter reported in the past: "reported a decline in fourth-quarter earnings" or "its fourth quarter
     * ended Sept. 30" in October, when the calendar quarter of that number is not over. The nearest verb before it
     * in its clause is in the past, with no forecast word ("expects", "estimates") in between, or the quarter
     * "ended" on a named day.
     */
    private static boolean reported(String body, int start, int end) {
        if (QUARTER_ENDED.matcher(body).region(end, Math.min(body.length(), end + 20)).lookingAt()) {
            return true;
        }
        int from = clauseStart(body, start);
        int lastPast = -1;
        Matcher p = PAST_TENSE.matcher(body).region(from, start);
        while (p.find()) {
            if (!p.group().equalsIgnoreCase("said") && !p.group().equalsIgnoreCase("says")) {
                lastPast = p.end(); // "said" introduces what the company expects; the report is the verb after it
            }
        }
        return lastPast >= 0 && !FORECAST.matcher(body).region(lastPast, start).find();
    }

    private static final Pattern QUARTER_ENDED = Pattern.compile(
            "(?i)(?:[\\s-]+earnings|[\\s-]+results)?\\s+ended\\s+" + MONTH + "\\s+\\d");
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(?:expect|estimate|forecast|project|predict|anticipate|see|will|would|could)s?\\b");

    /** Whether quarter {@code value} ("1989-Q3") has ended by the reference date (true without one). */
    private static boolean quarterOver(String value, LocalDate reference) {
        if (reference == null || !Character.isDigit(value.charAt(6))) {
            return true;
        }
        LocalDate end = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 3 * (value.charAt(6) - '0'), 1)
                .plusMonths(1);
        return !end.isAfter(reference);
    }

    /** Where "last", "next", "this" or "coming" starts right before {@code at}, or {@code at}. */
    private static int qualifierStart(String body, int at) {
        String before = wordBefore(body, at).toLowerCase(Locale.ROOT);
        if (!DAY_QUALIFIERS.contains(before)) {
            return at;
        }
        int e = at;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e - before.length();
    }

    /**
     * "April 24 and 25", "on May 3 or 4": the second day shares the first one's month and is a date of its own.
     */
    private static void secondDay(String body, int end, String[] first, List<Candidate> candidates) {
        Matcher m = SECOND_DAY.matcher(body).region(end, Math.min(body.length(), end + SECOND_DAY_REACH));
        if (m.lookingAt() && Integer.parseInt(m.group(1)) <= 31) {
            String[] groups = {m.group(1), null, first[2], m.group(1)};
            candidates.add(new Candidate(m.start(1), m.end(1), Kind.MONTH_DAY, groups));
        }
    }

    /** Where the words occur in the text, in order, each place once. */
    private static int[] positions(String lowerCaseText, List<String> words) {
        List<Integer> at = new ArrayList<>();
        for (String w : words) {
            for (int i = lowerCaseText.indexOf(w); i >= 0; i = lowerCaseText.indexOf(w, i + 1)) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /**
     * Finds the next match of an anchored rule: the leftmost one in the window around an anchor, from the first
     * anchor (index {@code next} on) not inside the last match; returns that anchor's index, or -1. Windows start
     * at the end of the last match, as a scan of the whole text resumes there, so the matches are those a whole
     * scan finds.
     */
    private static int nextWindow(Matcher m, int[] anchors, int next, int from, int reach, int length) {
        for (int i = next; i < anchors.length; i++) {
            if (anchors[i] < from) {
                continue;
            }
            m.region(Math.max(from, anchors[i] - reach), Math.min(length, anchors[i] + ANCHOR_TAIL));
            if (m.find() && m.end() > m.start()) {
                if (m.hitEnd() && m.regionEnd() < length) {
                    // the window may have cut the match short ("two years and a half"): match again from its start
                    m.region(m.start(), length);
                    m.lookingAt();
                }
                return i;
            }
        }
        return -1;
    }

    /** The date part of an ISO date or date-time, or null when absent or unreadable. */
    static LocalDate referenceDate(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
                .thenComparingInt(Candidate::start).thenComparing(c -> c.kind().ordinal()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean overlaps = false;
            for (Candidate k : chosen) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /** Context checks a pattern cannot express cheaply: "May" the modal, "March" the verb, bare numbers. */
    private static boolean plausible(String body, Candidate c) {
        if (c.kind() == Kind.MONTH) {
            String month = c.groups()[2];
            boolean qualified = c.groups()[1] != null;
            String before = wordBefore(body, c.start()).toLowerCase(Locale.ROOT);
            // "the March vote", "the June accession": a month named before the event it dates
            String after = wordAfter(body, c.end());
            boolean attributive = before.equals("the") && Character.isLowerCase(firstChar(after))
                    && !MARCH_ROUTE.contains(after);
            boolean prepositional = PREPOSITIONS.contains(before) || attributive;
            if ((month.equals("May") || month.equals("March") || month.startsWith("Mar") || month.startsWith("Jan")
                    && month.length() < 4) && !qualified && !prepositional) {
                return false;
            }
            // an abbreviation without its period before a capitalized word is a first name ("Jan Novak")
            boolean abbreviation = month.length() <= 4 && !month.endsWith(".") && !FULL_SHORT_MONTHS.contains(month);
            if (abbreviation && !qualified && Character.isUpperCase(firstChar(wordAfter(body, c.end())))) {
                return false;
            }
            return qualified || prepositional || month.length() > 4 || month.endsWith(".");
        }
        if (c.kind() == Kind.YEAR && !Character.isDigit(c.groups()[0].charAt(0))) {
            return true; // "fiscal 1989 sales"
        }
        if (c.kind() == Kind.YEAR) {
            String before = wordBefore(body, c.start()).toLowerCase(Locale.ROOT);
            String after = wordAfter(body, c.end());
            // "2000 people" is a count; "in 2000" and "2000 was" are years.
            return !(after.length() > 2 && Character.isLowerCase(after.charAt(0)) && after.endsWith("s")
                    && !after.equals("was") && !after.equals("has") && !after.equals("is")
                    && !before.equals("in") && !before.equals("since"));
        }
        if (c.kind() == Kind.DURATION) {
            String n = c.groups()[1].toLowerCase(Locale.ROOT);
            String before = wordBefore(body, c.start()).toLowerCase(Locale.ROOT);
            // "a year" is a duration after "for", "over", "about"...; "once a year" and "a day earlier" are not.
            if (c.groups()[2].toLowerCase(Locale.ROOT).startsWith("quarter")
                    && wordAfter(body, c.end()).equalsIgnoreCase("of")) {
                return false; // "three-quarters of the oil" is a fraction
            }
            if (Character.isDigit(n.charAt(0)) && Character.isUpperCase(c.groups()[2].charAt(0))) {
                return false; // "60 Minutes", "24 Hours": a title, not a length
            }
            boolean extra = EXTRA_COUNT.matcher(c.groups()[0]).find();
            if ((n.equals("a") || n.equals("an")) && !extra) {
                return before.equals("for") || before.equals("over") || before.equals("about")
                        || before.equals("nearly") || before.equals("almost") || before.equals("than")
                        || before.equals("within") || before.equals("after") || before.equals("as")
                        || isRate(body, c.start());
            }
        }
        if (c.kind() == Kind.RELATIVE_UNIT && Character.isUpperCase(c.groups()[3].charAt(0))) {
            return false; // "Radio Nord's This Week", "For Next Year": a capitalized unit makes a title, as "60 Minutes"
        }
        if (c.kind() == Kind.SEASON && c.groups()[1] == null) {
            // a bare "fall" is mostly the verb; "in fall", "since spring" are seasons
            String before = wordBefore(body, c.start()).toLowerCase(Locale.ROOT);
            if (before.equals("to") && c.groups()[2].equalsIgnoreCase("fall")) {
                // "expected to fall", "began to fall apart": an infinitive; "from spring to fall" is a season
                int to = c.start();
                while (to > 0 && Character.isWhitespace(body.charAt(to - 1))) {
                    to--;
                }
                String beforeTo = wordBefore(body, to - 2).toLowerCase(Locale.ROOT);
                return SEASONS.containsKey(beforeTo);
            }
            return PREPOSITIONS.contains(before);
        }
        if (c.kind() == Kind.CLOCK && c.groups()[4] != null) {
            // "high noon" is a figure of speech
            return !wordBefore(body, c.start()).equalsIgnoreCase("high");
        }
        if (c.kind() == Kind.DEICTIC && c.groups()[0].regionMatches(true, 0, "today's", 0, 7)) {
            // "today's youth", "in today's world": the present era, not the day ("today's editions" is the day)
            return !GENERIC_PRESENT.contains(wordAfter(body, c.end()).toLowerCase(Locale.ROOT));
        }
        if (c.kind() == Kind.SET && PERCENT_BEFORE.matcher(body.substring(Math.max(0, c.start() - 9), c.start()))
                .find()) {
            return false; // "to grow 8% annually": a growth rate, not a recurring time
        }
        if (c.kind() == Kind.PRESENT) {
            String w = c.groups()[1].toLowerCase(Locale.ROOT);
            // "now" as a discourse marker ("Now, the ...") is not a time; "Now the talks resume" is.
            return !(w.equals("now") && wordBefore(body, c.start()).isEmpty()
                    && (c.end() >= body.length() || body.charAt(c.end()) == ','));
        }
        return true;
    }

    /** A value that names a month: "1989-03", "1989-03-14", "1989-03-14TMO". */
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-(?:0[1-9]|1[0-2])(?:-\\d\\d.*)?");
    private static final Pattern PERCENT_BEFORE = Pattern.compile("(?i)(?:%|\\bpercent|\\bper cent)\\s*$");
    private static final Pattern AMOUNT_END = Pattern.compile(
            "(?i)(?:\\d|\\b(?:million|billion|thousand|hundred|percent|cents?|dollars|barrels|tons|units))$");

    /** "$1 billion a year", "5% a year": an amount per period, which TimeML annotates as a duration. */
    private static boolean isRate(String body, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e < at && AMOUNT_END.matcher(body.substring(Math.max(0, e - 9), e)).find();
    }

    private static String wordBefore(String body, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
            s--;
        }
        return body.substring(s, e);
    }

    private static String firstWord(String text) {
        int e = 0;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(0, e);
    }

    private static char firstChar(String word) {
        return word.isEmpty() ? ' ' : word.charAt(0);
    }

    private static String wordAfter(String body, int at) {
        int s = at;
        while (s < body.length() && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < body.length() && Character.isLetter(body.charAt(e))) {
            e++;
        }
        return body.substring(s, e);
    }

    /**
     * Whether an expression speaks of the future: the tense marker nearest to it in its sentence decides, a
     * future one ("will", "scheduled", "next") against a past one ("said", "was", a verb in -ed); none means past.
     * A quotation has its own tense: quote marks bound the window, so the "said" of the attribution does not
     * decide for a date inside the quote ("We will sign Monday," she said), nor the quote for the attribution.
     */
    private static boolean isFuture(String body, int start, int end) {
        int s = sentenceStart(body, start);
        int e = sentenceEnd(body, end);
        int nearestFuture = Integer.MAX_VALUE;
        Matcher f = FUTURE.matcher(body).region(s, e);
        while (f.find()) {
            // "had been due to expire", "had planned": a plan of the past, overtaken since
            if (!pastPerfect(body, f.start()) && !attributivePlan(body, f)) {
                nearestFuture = Math.min(nearestFuture, distance(f.start(), f.end(), start, end));
            }
        }
        if (nearestFuture == Integer.MAX_VALUE) {
            return false;
        }
        int nearestPast = Integer.MAX_VALUE;
        Matcher p = PAST_TENSE.matcher(body).region(s, e);
        while (p.find()) {
            // "will be held", "to be paid": a participle after "be" carries no tense of its own; "were planning
            // to", "was expected to": the auxiliary belongs to the future phrase that follows it
            if (!wordBefore(body, p.start()).equals("be") && !auxiliaryOfFuture(body, p, s, e)
                    && !attributive(body, p.start())) {
                nearestPast = Math.min(nearestPast, distance(p.start(), p.end(), start, end));
            }
        }
        return nearestFuture <= nearestPast;
    }

    /**
     * "on a still unspecified date", "the revised offer": a participle after a determiner (and perhaps an adverb) is
     * an adjective, not a verb in the past.
     */
    private static boolean attributive(String body, int at) {
        String before = wordBefore(body, at).toLowerCase(Locale.ROOT);
        if (before.equals("still") || before.endsWith("ly") && before.length() > 3) {
            int w = at;
            while (w > 0 && Character.isWhitespace(body.charAt(w - 1))) {
                w--;
            }
            before = wordBefore(body, w - before.length()).toLowerCase(Locale.ROOT);
        }
        return DETERMINERS.contains(before);
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "these", "those");

    /** "the hastily planned trip": a participle used as an adjective dates nothing. */
    private static boolean attributivePlan(String body, Matcher marker) {
        if (!marker.group().equalsIgnoreCase("planned") && !marker.group().equalsIgnoreCase("scheduled")) {
            return false;
        }
        String before = wordBefore(body, marker.start()).toLowerCase(Locale.ROOT);
        return before.endsWith("ly") && before.length() > 3;
    }

    private static boolean pastPerfect(String body, int at) {
        String before = wordBefore(body, at);
        if (before.equals("been")) {
            int w = at;
            while (w > 0 && !Character.isLetter(body.charAt(w - 1))) {
                w--;
            }
            before = wordBefore(body, w - before.length());
        }
        return before.equals("had");
    }

    private static boolean auxiliaryOfFuture(String body, Matcher past, int s, int e) {
        String w = past.group();
        if (!w.equalsIgnoreCase("was") && !w.equalsIgnoreCase("were")) {
            return false;
        }
        int next = past.end();
        while (next < e && body.charAt(next) == ' ') {
            next++;
        }
        return FUTURE.matcher(body).region(next, e).lookingAt();
    }

    /** Where the clause of {@code start} begins: after the last comma or semicolon of its sentence. */
    private static int clauseStart(String body, int start) {
        int s = sentenceStart(body, start);
        int comma = Math.max(body.lastIndexOf(',', start - 1), body.lastIndexOf(';', start - 1));
        return Math.max(s, comma + 1);
    }

    private static int sentenceStart(String body, int start) {
        int s = start;
        while (s > 0 && !endsSentence(body, s - 1) && !isQuoteMark(body, s - 1) && start - s < 300) {
            s--;
        }
        return s;
    }

    private static int sentenceEnd(String body, int end) {
        int e = end;
        while (e < body.length() && !endsSentence(body, e) && !isQuoteMark(body, e) && e - end < 300) {
            e++;
        }
        return e;
    }

    /**
     * Whether the char at i ends a sentence: "!", "?", a line break, or a period followed by a space that does
     * not close a short capitalized abbreviation ("Dec. 14", "Mr. Smith", "U.S. officials").
     */
    private static boolean endsSentence(String body, int i) {
        char ch = body.charAt(i);
        if (ch == '!' || ch == '?' || ch == '\n') {
            return true;
        }
        if (ch != '.' || i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(body.charAt(w - 1)) && i - w < 4) {
            w--;
        }
        return !(i - w >= 1 && i - w <= 3 && Character.isUpperCase(body.charAt(w)));
    }

    /** A double quote, a curly or typewriter one, or the doubled backquote and apostrophe of wire copy. */
    private static boolean isQuoteMark(String body, int i) {
        char ch = body.charAt(i);
        if (ch == '"' || ch == '\u201C' || ch == '\u201D') {
            return true;
        }
        return (ch == '\'' || ch == '`') && (i + 1 < body.length() && body.charAt(i + 1) == ch
                || i > 0 && body.charAt(i - 1) == ch);
    }

    private static int distance(int from, int to, int start, int end) {
        return to <= start ? start - to : from >= end ? from - end : 0;
    }

    private static String normalize(Candidate c, LocalDate ref, LocalDate anchor, boolean future,
            String lastQuarter, String following, int lastYear, LocalDate lastMonth) {
        String[] g = c.groups();
        switch (c.kind()) {
            case SEASON:
                return season(ref, g[1], g[2], future);
            case SET:
                return set(g[1].toLowerCase(Locale.ROOT));
            case RECURRING_DAY: {
                // groups: weekday and part of day after each/every, month after each/every, plural weekday and
                // plural part of day
                if (g[3] != null) {
                    return "XXXX-" + String.format(Locale.ROOT, "%02d", month(g[3]));
                }
                String day = g[1] != null ? g[1] : g[4];
                String part = g[1] != null ? g[2] : g[5];
                String value = "XXXX-WXX-" + DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)).getValue();
                return part == null ? value : value + partOfDay(part);
            }
            case DEFINITE:
                // "the year ended March 31" is a reporting period: its length, the end date being tagged apart.
                if (g[2].equalsIgnoreCase("year") && (following.equals("ended") || following.equals("ending"))) {
                    return "P1Y";
                }
                return definite(ref, anchor, g[1], g[2].toLowerCase(Locale.ROOT), lastQuarter);
            case VAGUE_DURATION:
                return duration("X", g[1].toLowerCase(Locale.ROOT).replaceAll("ies$", "y").replaceAll("s$", ""));
            case FULL_MDY:
                return ymd(Integer.parseInt(g[4]), month(g[2]), Integer.parseInt(g[3]));
            case FULL_DMY:
                return ymd(Integer.parseInt(g[4]), month(g[3]), Integer.parseInt(g[2]));
            case ISO:
                return ymd(Integer.parseInt(g[1]), Integer.parseInt(g[2]), Integer.parseInt(g[3]));
            case COMPACT:
                return ymd(Integer.parseInt(g[1]), Integer.parseInt(g[2]), Integer.parseInt(g[3]));
            case SLASH: {
                int year = Integer.parseInt(g[3]);
                if (g[3].length() == 2) {
                    year += year > 40 ? 1900 : 2000;
                }
                return ymd(year, Integer.parseInt(g[1]), Integer.parseInt(g[2]));
            }
            case MONTH_DAY:
            case DAY_MONTH: {
                if (ref == null) {
                    return null;
                }
                int month = month(c.kind() == Kind.MONTH_DAY ? g[2] : g[3]);
                int day = Integer.parseInt(c.kind() == Kind.MONTH_DAY ? g[3] : g[2]);
                String qualifier = firstWord(g[0]).toLowerCase(Locale.ROOT);
                if (qualifier.equals("last") || qualifier.equals("past")) {
                    // "last Oct. 23": the latest one before the reference, however near
                    String lastYears = nearestYear(ref.minusYears(1), month, day, false);
                    String thisYears = nearestYear(ref, month, day, false);
                    return thisYears != null && thisYears.compareTo(ref.toString()) < 0 ? thisYears : lastYears;
                }
                return nearestYear(ref, month, day, future);
            }
            case MONTH_YEAR:
                return String.format(Locale.ROOT, "%04d-%02d", Integer.parseInt(g[2]), month(g[1]));
            case MONTH_OF_RELATIVE_YEAR: {
                if (ref == null) {
                    return null;
                }
                String q = g[2].toLowerCase(Locale.ROOT);
                int year = ref.getYear() + (q.equals("last") ? -1 : q.equals("next") ? 1 : 0);
                return String.format(Locale.ROOT, "%04d-%02d", year, month(g[1]));
            }
            case MONTH:
                return monthOnly(ref, month(g[2]), g[1], future);
            case WEEKDAY: {
                String day = weekday(ref, g[2], g[1], future);
                return day == null || g[3] == null ? day : day + partOfDay(g[3]);
            }
            case DECADE:
                return g[1];
            case CENTURY: {
                // the 20th century is 1900-1999: TIMEX3 writes its first two digits, "19"
                int n = Integer.parseInt(g[1]);
                return n < 1 ? null : String.format(Locale.ROOT, "%02d", n - 1);
            }
            case DECADE_WORD:
                // "the nineties", "the '80s": the twentieth century's, as English uses them
                return "19" + (g[1] != null ? g[1]
                        : String.valueOf(2 + TENS.indexOf(g[2].toLowerCase(Locale.ROOT) + "y")));
            case YEAR:
                return g[1];
            case DEICTIC:
                return deictic(ref, g[1].toLowerCase(Locale.ROOT));
            case RELATIVE_UNIT:
                return relativeUnit(ref, anchor, g[2].toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                        g[3].toLowerCase(Locale.ROOT), lastYear);
            case SHIFT: {
                String v = shift(g, ref, anchor, lastYear, lastMonth);
                // "a year ago" after "the third quarter" means that quarter a year before (reference granularity),
                // as "a year earlier" does.
                if (v != null && lastQuarter != null && v.length() == 4 && g.length == 4
                        && NUMBERS.getOrDefault(g[1].toLowerCase(Locale.ROOT), 0) == 1) {
                    return (Integer.parseInt(lastQuarter.substring(0, 4)) - 1) + lastQuarter.substring(4);
                }
                return v;
            }
            case WORD_YEAR: {
                int year = wordYear(g[3]);
                if (g[1] != null) {
                    return String.format(Locale.ROOT, "%04d-%02d", year, month(g[1]));
                }
                return g[2] == null ? String.valueOf(year) : year + "-" + SEASONS.get(g[2].toLowerCase(Locale.ROOT));
            }
            case HOLIDAY:
                return holiday(g, ref, future);
            case CLOCK:
                return clock(g, ref, anchor, future);
            case DAY_AROUND: {
                String base = g[2] != null ? deictic(ref, g[2].toLowerCase(Locale.ROOT))
                        : g[4] != null && ref != null ? weekday(ref, g[4], g[3], future) : null;
                return base == null ? null
                        : LocalDate.parse(base).plusDays(g[1].equalsIgnoreCase("before") ? -1 : 1).toString();
            }
            case CLOCK_WORDS: {
                int hour = Integer.parseInt(g[1]);
                // morning hours are a.m.; afternoon and evening p.m.; at night, p.m. from 6 to 11 only
                boolean pm = g[2] == null ? hour >= 6 && hour < 12 : !g[2].equalsIgnoreCase("morning");
                String[] asClock = {g[0], g[1], null, pm ? "p" : "a", null, null, null, null, null};
                return clock(asClock, ref, anchor, future);
            }
            case WEEKDAY_AROUND: {
                if (anchor == null) {
                    return null;
                }
                java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(g[2].toUpperCase(Locale.ROOT));
                return (g[1].equalsIgnoreCase("following")
                        ? anchor.with(java.time.temporal.TemporalAdjusters.next(day))
                        : anchor.with(java.time.temporal.TemporalAdjusters.previous(day))).toString();
            }
            case DAY_OF_EVENT:
                return anchor == null ? null : anchor.toString();
            case WEEK_OF: {
                String day = ref == null ? null : nearestYear(ref, month(g[1]), Integer.parseInt(g[2]), future);
                return day == null ? null : week(LocalDate.parse(day));
            }
            case PART_OF_DAY: {
                String day = g[2] != null ? deictic(ref, g[2].toLowerCase(Locale.ROOT))
                        : anchor != null ? anchor.toString() : null;
                return day == null ? null : day + partOfDay(g[1]);
            }
            case YEAR_PERIOD:
                return yearPeriod(g, ref, lastQuarter);
            case PART_OF_YEAR: {
                String part = g[1].toLowerCase(Locale.ROOT);
                int n = part.equals("last") ? (g[2].equalsIgnoreCase("half") ? 2 : 4) : ORDINALS.get(part);
                if (g[2].equalsIgnoreCase("half") && n > 2) {
                    return null;
                }
                return g[3] + (g[2].equalsIgnoreCase("half") ? "-H" : "-Q") + n;
            }
            case YEAR_EARLIER:
                if (lastQuarter != null) {
                    return (Integer.parseInt(lastQuarter.substring(0, 4)) - 1) + lastQuarter.substring(4);
                }
                // "a year ago" counts from the article's date, "a year earlier" from the date the text is at
                if (g[0].toLowerCase(Locale.ROOT).endsWith("ago")) {
                    return ref == null ? null : String.valueOf(ref.getYear() - 1);
                }
                return anchor == null ? null : String.valueOf(anchor.getYear() - 1);
            case QUARTER: {
                if (ref == null) {
                    return null;
                }
                int q = ORDINALS.get(g[1].toLowerCase(Locale.ROOT));
                int current = ref.get(IsoFields.QUARTER_OF_YEAR);
                int year = q > current && !future ? ref.getYear() - 1 : ref.getYear();
                return year + "-Q" + q;
            }
            case DURATION: {
                String whole = duration(g[1], g[2]);
                return whole != null && HALF.matcher(g[0]).find() ? plusHalf(whole) : whole;
            }
            case PRESENT:
                return "PRESENT_REF";
            case PAST:
                return "PAST_REF";
            case FUTURE_REF:
                return "FUTURE_REF";
            default:
                return null;
        }
    }

    /**
     * "the year-ago quarter", "the 1988 third quarter", "this year's period": the year the words name, and the
     * quarter they name or, failing that, the quarter the report is about.
     */
    private static String yearPeriod(String[] g, LocalDate ref, String lastQuarter) {
        String which = g[1].toLowerCase(Locale.ROOT);
        int year;
        if (Character.isDigit(which.charAt(0))) {
            year = Integer.parseInt(which);
        } else if (ref == null) {
            return null;
        } else {
            // "this year's" is deictic (the article's year); "year-ago" compares with the quarter reported.
            int reportYear = which.startsWith("year") && lastQuarter != null
                    ? Integer.parseInt(lastQuarter.substring(0, 4)) : ref.getYear();
            year = which.startsWith("year") || which.startsWith("last") ? reportYear - 1
                    : which.startsWith("next") ? reportYear + 1 : reportYear;
        }
        if (g[2] != null) {
            return year + "-Q" + ORDINALS.get(g[2].toLowerCase(Locale.ROOT));
        }
        return lastQuarter != null ? year + lastQuarter.substring(4) : String.valueOf(year);
    }

    /**
     * "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday": the day named after the time (or the date the text is
     * at) with the time of day, THH:MM.
     */
    private static String clock(String[] g, LocalDate ref, LocalDate anchor, boolean future) {
        int hour;
        int minute = g[2] == null ? 0 : Integer.parseInt(g[2]);
        if (g[4] != null) {
            hour = 12;
        } else {
            hour = Integer.parseInt(g[1]);
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (g[3].equalsIgnoreCase("p") ? 12 : 0);
        }
        String day;
        if (g[5] != null) {
            day = deictic(ref, g[5].toLowerCase(Locale.ROOT));
        } else if (g[6] != null) {
            day = weekday(ref, g[6], null, future);
        } else if (g[7] != null) {
            day = ref == null ? null : nearestYear(ref, month(g[7]), Integer.parseInt(g[8]), future);
        } else {
            day = anchor == null ? null : anchor.toString();
        }
        return day == null ? null : String.format(Locale.ROOT, "%sT%02d:%02d", day, hour, minute);
    }

    /**
     * "Thanksgiving Day", "last Christmas", "Election Day 1998": the holiday's date in the year given, else the
     * occurrence the qualifier or the tense points to (the last one on or before the reference date by default).
     */
    private static String holiday(String[] g, LocalDate ref, boolean future) {
        String day = holidayDay(g, ref, future);
        // "Easter week", "Thanksgiving week": the week the holiday falls in
        return day == null || g[4] == null ? day : week(LocalDate.parse(day));
    }

    private static String holidayDay(String[] g, LocalDate ref, boolean future) {
        String name = g[2].toLowerCase(Locale.ROOT);
        if (g[3] != null) {
            return holidayIn(name, Integer.parseInt(g[3])).toString();
        }
        if (ref == null) {
            return null;
        }
        String q = g[1] == null ? "" : g[1].toLowerCase(Locale.ROOT);
        boolean ahead = q.equals("next") || q.equals("coming") || q.isEmpty() && future;
        LocalDate thisYear = holidayIn(name, ref.getYear());
        if (q.equals("this")) {
            return thisYear.toString();
        }
        if (ahead) {
            return (thisYear.isBefore(ref) ? holidayIn(name, ref.getYear() + 1) : thisYear).toString();
        }
        // a holiday a few days off is the coming one, whatever the tense: the news of its run-up; an election's
        // run-up is a campaign, reported for months ("as Election Day nears", "march toward Election Day")
        int runUp = name.equals("election day") ? DAYS_AHEAD : HOLIDAY_DAYS_AHEAD;
        boolean imminent = q.isEmpty() && !thisYear.isBefore(ref) && ChronoUnit.DAYS.between(ref, thisYear) <= runUp;
        return (thisYear.isAfter(ref) && !imminent ? holidayIn(name, ref.getYear() - 1) : thisYear).toString();
    }

    /** The date of a (United States) holiday in a year. */
    private static LocalDate holidayIn(String name, int year) {
        java.time.temporal.TemporalAdjuster firstMonday = java.time.temporal.TemporalAdjusters
                .firstInMonth(DayOfWeek.MONDAY);
        return switch (name) {
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "independence day" -> LocalDate.of(year, 7, 4);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "veterans day" -> LocalDate.of(year, 11, 11);
            case "labor day" -> LocalDate.of(year, 9, 1).with(firstMonday);
            case "memorial day" -> LocalDate.of(year, 5, 1).with(java.time.temporal.TemporalAdjusters
                    .lastInMonth(DayOfWeek.MONDAY));
            case "election day" -> LocalDate.of(year, 11, 1).with(firstMonday).plusDays(1);
            case "thanksgiving", "thanksgiving day" -> LocalDate.of(year, 11, 1).with(java.time.temporal
                    .TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            default -> easter(year);
        };
    }

    /** Western Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** "nineteen ninety-six" is 1996, "two thousand and one" 2001 (the words {@link #YEAR_WORDS} matched). */
    static int wordYear(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (w[0].equals("two")) {
            return 2000 + (w.length > 2 ? WORD_VALUES.indexOf(w[w.length - 1]) : 0);
        }
        int century = w[0].equals("nineteen") ? 1900 : 2000;
        int rest = WORD_VALUES.indexOf(w[1]);
        if (rest < 10) {
            rest = 10 * (2 + TENS.indexOf(w[1]));
        }
        return century + rest + (w.length > 2 ? WORD_VALUES.indexOf(w[2]) : 0);
    }

    /** Number words by value, up to nineteen; tens apart. */
    private static final List<String> WORD_VALUES = List.of(("zero|" + UNITS_WORD + "|" + TEENS_WORD).split("\\|"));
    private static final List<String> TENS = List.of(TENS_WORD.split("\\|"));

    /** A calendar date, or null when there is none ("Feb. 30", "2/29/2019": a typo must not stop the article). */
    private static String ymd(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (m.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /**
     * "Oct. 30" without a year: in a future sentence the next such day on or after the reference date; otherwise
     * the most recent one, unless it lies within {@link #DAYS_AHEAD} days ahead (news names coming dates by day
     * and month, past ones of more than a season back with their year).
     */
    private static String nearestYear(LocalDate ref, int month, int day, boolean future) {
        if (day > java.time.YearMonth.of(ref.getYear(), month).lengthOfMonth() && !(month == 2 && day == 29)) {
            return null;
        }
        for (int year = future ? ref.getYear() - 1 : ref.getYear() + 1; ; year += future ? 1 : -1) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            long ahead = ChronoUnit.DAYS.between(ref, d);
            // a coming date may lie a few days behind the reference: publication dates trail the writing
            if (future ? ahead >= -DAYS_BEHIND : ahead <= DAYS_AHEAD) {
                return d.toString();
            }
        }
    }

    /** "in August", "last December", "next March", "this June". */
    private static String monthOnly(LocalDate ref, int month, String qualifier, boolean future) {
        if (ref == null) {
            return null;
        }
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        int year = ref.getYear();
        switch (q) {
            case "next", "coming" -> year = month > ref.getMonthValue() ? year : year + 1;
            case "last", "past" -> year = month < ref.getMonthValue() ? year : year - 1;
            case "this" -> { }
            default -> {
                if (future) {
                    year = month >= ref.getMonthValue() ? year : year + 1;
                } else {
                    // A month just ahead of the reference ("in November", written late in October) is upcoming.
                    int ahead = Math.floorMod(month - ref.getMonthValue(), 12);
                    if (ahead > 0 && ahead <= MONTHS_AHEAD) {
                        year = month > ref.getMonthValue() ? year : year + 1; // "in January", written in November
                    } else {
                        year = month <= ref.getMonthValue() ? year : year - 1;
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static String weekday(LocalDate ref, String name, String qualifier, boolean future) {
        if (ref == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        LocalDate d;
        int delta = day.getValue() - ref.getDayOfWeek().getValue();
        if (q.equals("next") || q.equals("coming") || (q.isEmpty() && future)) {
            d = ref.plusDays(delta > 0 ? delta : delta + 7);
            if (q.isEmpty() && delta == 0) {
                d = ref;
            }
        } else if (q.equals("last") || q.equals("past")) {
            d = ref.minusDays(delta < 0 ? -delta : 7 - delta);
        } else if (q.equals("this")) {
            d = ref.plusDays(delta);
        } else {
            d = ref.minusDays(delta <= 0 ? -delta : 7 - delta);
        }
        return d.toString();
    }

    /** TimeML's part-of-day suffix: "Friday night" is 2000-01-07TNI. */
    private static String partOfDay(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static String deictic(LocalDate ref, String word) {
        if (ref == null) {
            return null;
        }
        return switch (word) {
            case "today" -> ref.toString();
            case "tonight" -> ref + "TNI";
            case "yesterday" -> ref.minusDays(1).toString();
            case "tomorrow" -> ref.plusDays(1).toString();
            case "last night" -> ref.minusDays(1) + "TNI";
            default -> null;
        };
    }

    /**
     * "last week", "this quarter" against the reference date; "that year", "the same day" anaphoric, against the
     * date (or year) the text mentioned last.
     */
    private static String relativeUnit(LocalDate reference, LocalDate anchor, String which, String unit,
            int lastYear) {
        boolean anaphoric = which.startsWith("that") || which.equals("the same");
        if (anaphoric && unit.equals("year") && lastYear > 0) {
            return String.valueOf(lastYear);
        }
        LocalDate ref = anaphoric && anchor != null ? anchor : reference;
        if (ref == null || unit.equals("day") && (!anaphoric || anchor == null)) {
            return null;
        }
        int step = switch (which) {
            case "last", "the previous", "the past" -> -1;
            case "next", "the coming" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> week(ref.plusWeeks(step));
            case "weekend" -> week(ref.plusWeeks(step)) + "-WE";
            case "month" -> {
                LocalDate d = ref.plusMonths(step);
                yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            }
            case "year" -> String.valueOf(ref.getYear() + step);
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3L * step);
                yield d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            }
            // "the past decade" is the ten years up to the reference, not the previous calendar decade (and so for
            // "the past century")
            case "decade" -> which.equals("the past") ? "P10Y" : String.valueOf((ref.getYear() + 10 * step) / 10);
            case "century" -> which.equals("the past") ? "P100Y" : String.valueOf((ref.getYear() + 100 * step) / 100);
            case "morning", "afternoon", "evening" -> ref.plusDays(step) + partOfDay(unit);
            case "day" -> ref.toString();
            default -> null;
        };
    }

    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA",
            "autumn", "FA", "winter", "WI");

    /** "last fall" (the most recent autumn before the reference), "this summer", "next spring". */
    private static String season(LocalDate ref, String qualifier, String name, boolean future) {
        if (ref == null) {
            return null;
        }
        String code = SEASONS.get(name.toLowerCase(Locale.ROOT));
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        int start = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int year = ref.getYear();
        boolean begun = ref.getMonthValue() >= start;
        if (q.equals("last") || q.equals("past") || q.equals("this past")) {
            year = begun && ref.getMonthValue() >= start + 3 ? year : year - 1;
        } else if (q.equals("next") || (q.isEmpty() || q.equals("the")) && future) {
            year = begun ? year + 1 : year;
        } else if (q.isEmpty() || q.equals("the")) {
            year = begun ? year : year - 1; // "the bridge reopened in fall", written in May: last year's
        }
        return year + "-" + code;
    }

    /** A TimeML SET takes the period of its recurrence as value ("daily" is P1D, with freq/quant aside). */
    private static String set(String word) {
        String unit = word.substring(word.lastIndexOf(' ') + 1);
        return switch (unit) {
            case "daily", "day" -> "P1D";
            case "weekly", "week" -> "P1W";
            case "monthly", "month" -> "P1M";
            case "quarter" -> "P1Q";
            case "hourly", "hour" -> "PT1H";
            default -> "P1Y";
        };
    }

    /** "the quarter", "the latest period", "the year": the period of that unit the text is about. */
    private static String definite(LocalDate ref, LocalDate anchor, String modifier, String unit,
            String lastQuarter) {
        if (ref == null) {
            return null;
        }
        // "the current year" is the writer's, whatever date the text was at; "the year" follows the text
        boolean current = modifier != null && modifier.toLowerCase(Locale.ROOT).startsWith("current");
        LocalDate base = anchor != null && !current ? anchor : ref;
        return switch (unit) {
            case "quarter", "period" -> {
                // "the quarter", "the latest period": the quarter the report is about (a fiscal one included),
                // else the last one completed before the article
                if (lastQuarter != null) {
                    yield lastQuarter;
                }
                LocalDate previous = ref.minusMonths(3);
                yield previous.getYear() + "-Q" + previous.get(IsoFields.QUARTER_OF_YEAR);
            }
            case "year" -> String.valueOf(base.getYear());
            // The weekend just past, unless the reference day is in one: ISO weeks end on Sunday.
            case "weekend" -> week(ref.getDayOfWeek().getValue() >= 6 ? ref
                    : ref.minusDays(ref.getDayOfWeek().getValue())) + "-WE";
            case "week" -> week(base);
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", base.getYear(), base.getMonthValue());
            default -> null;
        };
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "two years ago", "a day earlier", "the day before", "the next day". */
    private static String shift(String[] g, LocalDate ref, LocalDate anchor, int lastYear, LocalDate lastMonth) {
        int n;
        String unit;
        String direction;
        if (g.length == 4) {
            String count = g[1].toLowerCase(Locale.ROOT);
            Integer word = NUMBERS.get(count);
            if (word == null && !Character.isDigit(count.charAt(0))) {
                return null;
            }
            n = word != null ? word : Integer.parseInt(count);
            unit = g[2].toLowerCase(Locale.ROOT);
            direction = g[3].toLowerCase(Locale.ROOT);
        } else if (g[0].toLowerCase(Locale.ROOT).startsWith("the") && (g[1].equalsIgnoreCase("next")
                || g[1].equalsIgnoreCase("following") || g[1].equalsIgnoreCase("previous"))) {
            n = 1;
            unit = g[2].toLowerCase(Locale.ROOT);
            direction = g[1].equalsIgnoreCase("previous") ? "before" : "after";
        } else {
            n = 1;
            unit = g[1].toLowerCase(Locale.ROOT);
            direction = g[2].toLowerCase(Locale.ROOT);
        }
        LocalDate base = direction.equals("ago") || direction.equals("from now") ? ref : anchor;
        if (base == null) {
            return null;
        }
        int sign = direction.equals("ago") || direction.equals("earlier") || direction.equals("before") ? -1 : 1;
        return switch (unit) {
            case "day" -> base.plusDays((long) sign * n).toString();
            // "the next morning": the day after the one the text is at, with TimeML's part-of-day suffix
            case "morning", "afternoon", "evening", "night" -> base.plusDays((long) sign * n) + partOfDay(unit);
            case "week" -> week(base.plusWeeks((long) sign * n));
            case "month" -> {
                // "In March ... The following month": next to the month the text mentioned last
                LocalDate d = (g.length != 4 && lastMonth != null ? lastMonth : base).plusMonths((long) sign * n);
                yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            }
            // "the following year", "the year before": next to the year the text mentioned last, which may be
            // coarser than the last full date ("In 1985 ... The next year")
            case "year" -> String.valueOf((g.length != 4 && lastYear > 0 ? lastYear : base.getYear()) + sign * n);
            case "decade" -> String.valueOf((base.getYear() + sign * 10 * n) / 10);
            case "quarter" -> {
                LocalDate d = base.plusMonths(3L * sign * n);
                yield d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            }
            default -> null;
        };
    }

    private static final Pattern HALF = Pattern.compile("(?i)1/2|\\bhalf\\b");
    private static final Pattern LAST_COMPONENT = Pattern.compile("(\\d+)([YMWDHQ])$");

    /**
     * "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M, "a day and a half" P1DT12H: half of the unit in the next
     * smaller one, as TimeBank writes it; a decimal where the next unit does not divide evenly ("P2.5W").
     */
    private static String plusHalf(String whole) {
        Matcher m = LAST_COMPONENT.matcher(whole);
        if (!m.find()) {
            return whole; // a vague count ("several") has no half to add
        }
        String head = whole.substring(0, m.start());
        boolean time = head.contains("T");
        return switch (m.group(2)) {
            case "Y" -> whole + "6M";
            case "D" -> whole + "T12H";
            case "H" -> whole + "30M";
            case "M" -> time ? whole + "30S" : whole + "15D";
            default -> head + m.group(1) + ".5" + m.group(2);
        };
    }

    private static String duration(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        String n = NUMBERS.containsKey(c) ? String.valueOf(NUMBERS.get(c))
                : Character.isDigit(c.charAt(0)) ? c : "X";
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "year" -> "P" + n + "Y";
            case "month" -> "P" + n + "M";
            case "week" -> "P" + n + "W";
            case "day" -> "P" + n + "D";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            // a counted decade in years, as TimeBank writes it ("two decades" P20Y); an uncounted one stays PXDE
            case "decade" -> n.equals("X") ? "PXDE" : "P" + 10 * Integer.parseInt(n) + "Y";
            case "quarter" -> "P" + n + "Q";
            // "for centuries": an uncounted length in centuries (TimeML's C); a counted one in years, as for decades
            case "century" -> n.equals("X") ? "PXC" : "P" + 100 * Integer.parseInt(n) + "Y";
            default -> null;
        };
    }
}
