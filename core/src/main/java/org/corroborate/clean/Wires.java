package org.corroborate.clean;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News agencies as they tag their copy, and the dateline that opens a dispatch ("PLACE (Agency) -").
 *
 * <p>Implementation notes: a dateline is an all-capital place (optionally followed by a short date, as in
 * "PLACE, Oct 31"), an optional agency tag in parentheses and a dash or colon; an agency tag alone
 * ("(AP) —") also counts. A mixed-case place is only accepted together with an agency tag, because a
 * capitalized word followed by a colon is ordinary prose far more often than a dateline. After an all-capital
 * place, any short capitalized tag is taken for the agency even when it is not a known one ("PLACE (Agency) -"
 * is a dateline by its shape); the known agencies are given their usual names.
 */
final class Wires {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        alias("AP", "AP", "Associated Press", "The Associated Press");
        alias("Reuters", "Reuters", "Thomson Reuters");
        alias("AFP", "AFP", "Agence France-Presse", "Agence France Presse");
        alias("Bloomberg", "Bloomberg", "Bloomberg News");
        alias("dpa", "dpa", "Deutsche Presse-Agentur");
        alias("Xinhua", "Xinhua", "Xinhua News Agency");
        alias("UPI", "UPI", "United Press International");
        alias("CNN", "CNN");
        alias("AAP", "AAP", "Australian Associated Press");
        alias("PA", "PA", "PA Media", "Press Association");
        alias("Canadian Press", "CP", "The Canadian Press", "Canadian Press");
        alias("ANI", "ANI");
        alias("PTI", "PTI", "Press Trust of India");
        alias("IANS", "IANS");
        alias("Kyodo", "Kyodo", "Kyodo News");
        alias("Yonhap", "Yonhap", "Yonhap News Agency");
        alias("TASS", "TASS");
        alias("EFE", "EFE");
        alias("ANSA", "ANSA");
        alias("Anadolu", "Anadolu", "Anadolu Agency", "AA");
        alias("KCNA", "KCNA");
    }

    private static void alias(String canonical, String... spellings) {
        for (String s : spellings) {
            NAMES.put(s.toLowerCase(Locale.ROOT), canonical);
        }
    }

    private static final String DASH = "[-\u2010-\u2015\u2212:]";
    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'\u2019\\- ]{1,38}\\p{Lu}\\.?(?:, [\\p{Lu}][\\p{L}.]+(?: [\\p{Lu}][\\p{L}.]+)?)?";
    private static final String SHORT_DATE = "(?:, (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8}\\.?))?";
    private static final Pattern CAPS_DATELINE = Pattern.compile(
            "^(" + CAPS_PLACE + ")" + SHORT_DATE + "\\s*(?:\\(([^()]{2,40})\\))?\\s*" + DASH + "+\\s*");
    private static final Pattern MIXED_DATELINE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}.'\\-]*)(?:[ ,]+\\p{Lu}[\\p{L}.'\\-]*){0,3})" + SHORT_DATE
                    + "\\s*\\(([^()]{2,40})\\)\\s*" + DASH + "+\\s*");
    /** One to four capitalized words: the shape of an agency name not in the list. */
    private static final Pattern AGENCY_SHAPE = Pattern.compile("\\p{Lu}[\\p{L}&.'\\-]*(?: \\p{Lu}[\\p{L}&.'\\-]*){0,3}");
    private static final Pattern TAG_ONLY = Pattern.compile("^\\(([^()]{2,40})\\)\\s*" + DASH + "+\\s*");

    /** Section labels that look like a dateline place but are page furniture. */
    private static final java.util.Set<String> KICKERS = java.util.Set.of("BREAKING", "BREAKING NEWS", "EXCLUSIVE",
            "UPDATE", "UPDATED", "WATCH", "ANALYSIS", "OPINION", "LIVE", "FILE", "VIDEO", "PHOTOS", "EDITORIAL",
            "COMMENT", "FACT CHECK", "EXPLAINER", "REVIEW", "CORRECTION", "URGENT", "FLASH", "ADVISORY");

    private Wires() {}

    /** The canonical name of an agency, or null when {@code name} is not one. */
    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return NAMES.get(key);
    }

    /** A dateline at the start of a paragraph. */
    record Dateline(String prefix, String place, String agency) {}

    /**
     * The dateline opening {@code line}, or null.
     *
     * @param requireAgency true in the middle of an article, where only a tagged dateline starts a dispatch
     */
    static Dateline parse(String line, boolean requireAgency) {
        Matcher m = TAG_ONLY.matcher(line);
        if (m.find() && canonical(m.group(1)) != null) {
            return result(line, m, null, m.group(1));
        }
        m = CAPS_DATELINE.matcher(line);
        if (m.find() && !KICKERS.contains(m.group(1).strip())) {
            String agency = m.group(2);
            if (agency != null && canonical(agency) == null && !AGENCY_SHAPE.matcher(agency).matches()) {
                return null;
            }
            if (agency == null && requireAgency) {
                return null;
            }
            return result(line, m, m.group(1).strip(), agency);
        }
        m = MIXED_DATELINE.matcher(line);
        if (m.find() && canonical(m.group(2)) != null) {
            return result(line, m, m.group(1).strip(), m.group(2));
        }
        return null;
    }

    /** True when {@code line} starts with a page label such as "BREAKING:" rather than a place. */
    static boolean startsWithKicker(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && KICKERS.contains(line.substring(0, colon).strip());
    }

    private static Dateline result(String line, Matcher m, String place, String agency) {
        if (m.end() >= line.length()) {
            return null;
        }
        String name = agency == null ? null : canonical(agency) != null ? canonical(agency) : agency.strip();
        return new Dateline(line.substring(0, m.end()).strip(), place, name);
    }
}
