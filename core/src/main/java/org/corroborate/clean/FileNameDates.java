package org.corroborate.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's file is named with: scraped collections name files by outlet, day and slug
 * ("ledger_2031-05-04_harbour-bridge-closes.txt"), and for a page that states no date that is the best
 * evidence of when it appeared. Without it, "on Friday" and "last year" in the text have nothing to be read
 * against.
 */
final class FileNameDates {
    /** A calendar date standing apart from other digits, separated by hyphens or underscores. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:18|19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?!\\d)");

    private FileNameDates() {}

    /**
     * The ISO date in the file name part of {@code documentId} (before any {@code #part} or {@code #item}), or
     * null when there is none or more than one (a name carrying two dates does not say which is the page's).
     */
    static String of(String documentId) {
        String name = documentId.contains("#") ? documentId.substring(0, documentId.indexOf('#')) : documentId;
        Matcher m = DATE.matcher(name);
        if (!m.find()) {
            return null;
        }
        String found;
        try {
            found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null; // digits shaped like a date that is none ("2031-13-45")
        }
        return m.find() ? null : found;
    }
}
