package org.corroborate.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date lines of scraped pages ("Published 3 March 2024", "date 2024-03-03", "Updated Mar. 3, 2024 10:32 AM EST")
 * read into ISO dates.
 *
 * <p>Implementation notes: a date line is an optional label (published, posted, updated, date...), one date in
 * ISO, day-month-year or month-day-year order with an optional weekday, and an optional clock time and zone.
 * A labelled date may also open a longer line (a scrape that ran the date into the caption below it): that
 * prefix is peeled off so the rest is classified on its own. Relative stamps ("Updated 8 sec ago") are
 * recognized as date furniture but carry no date.
 */
final class PageDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String LABEL = "(?<label>date|dated|published(?: on| at)?|posted(?: on| at)?|first published(?: on)?"
            + "|updated(?: on| at)?|last updated(?: on)?|last modified|modified(?: on)?)";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(?<date>"
            + "(?<iy>\\d{4})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})(?<itime>T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dm>" + MONTH + ")\\s*,?\\s+(?<dy>\\d{4})"
            + "|(?<mm>" + MONTH + ")\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(?<my>\\d{4}))";
    private static final String TIME = "(?:\\s*(?:,|\\||\u00b7|at|-|\u2013)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*"
            + "(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|(?:GMT|UTC)\\s*[+-]?\\d{0,2}(?::?\\d{2})?)?)?";

    private static final Pattern WHOLE_LINE = Pattern.compile(
            "^(?:" + LABEL + "\\s*:?\\s*)?" + WEEKDAY + DATE + TIME + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_PREFIX = Pattern.compile(
            "^" + LABEL + "\\s*:?\\s*" + WEEKDAY + DATE + TIME + "\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:" + LABEL + "\\s*:?\\s*)?(?:\\d+|an?|one)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?"
                    + "|weeks?|months?)\\s+ago$|^(?:updated|posted|published)?\\s*(?:just now|yesterday|today)$",
            Pattern.CASE_INSENSITIVE);

    private PageDates() {}

    /**
     * A date read from a line.
     *
     * @param text the date text as it stands on the page (with its label)
     * @param iso ISO date or date-time, or null for a relative stamp
     * @param updated true when labelled as an update or modification
     */
    record PageDate(String text, String iso, boolean updated) {}

    /** The date when the whole of {@code line} is a date line, else null. */
    static PageDate wholeLine(String line) {
        Matcher m = WHOLE_LINE.matcher(line);
        if (m.matches()) {
            String iso = iso(m);
            return iso == null ? null : new PageDate(line, iso, isUpdate(m.group("label")));
        }
        m = RELATIVE.matcher(line);
        if (m.matches()) {
            return new PageDate(line, null, isUpdate(m.group("label")));
        }
        return null;
    }

    /** A labelled date opening a longer line, or null; {@code text} is the prefix to peel off. */
    static PageDate prefix(String line) {
        Matcher m = LABELLED_PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        String iso = iso(m);
        return iso == null ? null : new PageDate(line.substring(0, m.end()).strip(), iso, isUpdate(m.group("label")));
    }

    private static boolean isUpdate(String label) {
        if (label == null) {
            return false;
        }
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("updated") || l.contains("modified");
    }

    private static String iso(Matcher m) {
        try {
            if (m.group("iy") != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                        Integer.parseInt(m.group("id")));
                String time = m.group("itime");
                return time == null ? d.toString() : d + time;
            }
            if (m.group("dd") != null) {
                return date(m.group("dy"), m.group("dm"), m.group("dd"));
            }
            return date(m.group("my"), m.group("mm"), m.group("md"));
        } catch (DateTimeException e) {
            return null; // "2024-13-45" is not a date, so the line is not a date line
        }
    }

    private static String date(String year, String month, String day) {
        String key = month.toLowerCase(Locale.ROOT).replace(".", "");
        Integer mo = MONTHS.get(key.substring(0, 3));
        if (mo == null) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)).toString();
    }
}
