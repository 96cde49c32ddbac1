package org.corroborate.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs state them, checked and turned into ISO 8601. */
final class Dates {
    /** RFC 822 with the weekday dropped (feeds often get it wrong) and the zone made numeric beforehand. */
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM yyyy HH:mm[:ss] xx")
            .toFormatter(Locale.ENGLISH);
    private static final Pattern WEEKDAY = Pattern.compile("^\\s*[A-Za-z]{3,9},?\\s+");
    private static final Pattern ZONE = Pattern.compile("\\s([A-Za-z]{1,3})\\s*$");
    /** The zone names RFC 822 defines. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("UTC", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    private Dates() {}

    /** {@code value} if it is an ISO date or date-time (with or without an offset), else null. */
    static String iso(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            LocalDate.parse(v);
            return v;
        } catch (DateTimeParseException e) {
            // not a plain date: try a date-time
        }
        try {
            return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            // no offset: try a local date-time
        }
        try {
            return LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An RFC 822 date (RSS {@code pubDate}) as an ISO offset date-time, else null; ISO input is accepted too. */
    static String rfc822(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = WEEKDAY.matcher(value.strip()).replaceFirst("").replaceAll("\\s+", " ");
        Matcher zone = ZONE.matcher(v);
        if (zone.find()) {
            String offset = ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
            if (offset == null) {
                return iso(value);
            }
            v = v.substring(0, zone.start()) + " " + offset;
        }
        try {
            return OffsetDateTime.parse(v, RFC_822).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return iso(value);
        }
    }
}
