package org.corroborate.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English names of days and months, and days named relative to an article's date: the words that say when
 * something was reported, which every stage that compares or recognizes content words has to set aside.
 * All checks ignore case.
 */
public final class CalendarWords {
    /** Full weekday names, lower-case. */
    public static final Set<String> WEEKDAYS = names(DayOfWeek.values().length, true);
    /** Full month names, lower-case. */
    public static final Set<String> MONTHS = names(Month.values().length, false);
    /** Days named relative to the article's date, lower-case. */
    public static final Set<String> RELATIVE_DAYS = Set.of("today", "tonight", "yesterday", "tomorrow", "overnight");
    /** Month abbreviations as news writes them, lower-case and without their dot. */
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private CalendarWords() {}

    public static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A full month name ("March"), never an abbreviation ("Jan" is also a given name). */
    public static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A full month name or an abbreviation, with or without its dot ("Sept.", "oct"). */
    public static boolean isMonthOrAbbreviation(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return isMonth(w) || MONTH_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A full month name or a dotted abbreviation ("Sept."): a bare "Jan" or "Dec" may be a name. */
    public static boolean isMonthOrDottedAbbreviation(String word) {
        return isMonth(word) || word.endsWith(".") && isMonthOrAbbreviation(word);
    }

    public static boolean isRelativeDay(String word) {
        return RELATIVE_DAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> names(int count, boolean days) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            String name = days ? DayOfWeek.of(i).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    : Month.of(i).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            out.add(name.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
