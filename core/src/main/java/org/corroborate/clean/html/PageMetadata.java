package org.corroborate.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, authors, publication date, outlet, language.
 *
 * <p>Implementation notes. Sources are tried from the most to the least deliberate: Open Graph and
 * {@code article:*} meta tags (what the publisher gives social sites), then schema.org JSON-LD, then
 * microdata ({@code itemprop}), then visible markup (h1, byline elements, {@code <time datetime>}). A title
 * taken from {@code <title>} or {@code og:title} loses a trailing or leading site name ("Story - Outlet").
 */
final class PageMetadata {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022/]\\s+|\\s*\u00bb\\s*");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^\\s*(?:(?:analysis|opinion|commentary|column|review|story|text|words) )?(by|from|written by|posted by|von|par|por)\\s+");
    private static final Pattern ISO_PREFIX = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    private PageMetadata() {}

    static String language(Document doc) {
        String lang = doc.select("html[lang]").attr("lang");
        if (lang.isBlank()) {
            lang = meta(doc, "meta[http-equiv~=(?i)content-language]", "meta[property=og:locale]");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return lang.strip().replace('_', '-');
    }

    static String siteName(Document doc, JsonLd ld) {
        String s = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
        if (s != null) {
            return s;
        }
        JsonNode article = ld.article();
        return article == null ? null : JsonLd.text(article.get("publisher"));
    }

    static String title(Document doc, JsonLd ld, String siteName) {
        String og = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (og != null) {
            return stripSiteName(og, siteName);
        }
        JsonNode article = ld.article();
        String headline = article == null ? null : JsonLd.text(article.get("headline"));
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : stripSiteName(t.strip(), siteName);
    }

    /** "Story - Outlet" to "Story": drops the part naming the site, else a short trailing part. */
    static String stripSiteName(String title, String siteName) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return title;
        }
        String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT).strip();
        int[] last = seps.get(seps.size() - 1);
        int[] first = seps.get(0);
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, first[0]).strip();
        if (site != null && !site.isEmpty()) {
            if (tail.toLowerCase(Locale.ROOT).contains(site) || site.contains(tail.toLowerCase(Locale.ROOT))) {
                return title.substring(0, last[0]).strip();
            }
            if (head.toLowerCase(Locale.ROOT).contains(site) || site.contains(head.toLowerCase(Locale.ROOT))) {
                return title.substring(first[1]).strip();
            }
        }
        int tailWords = tail.split("\\s+").length;
        int restWords = title.substring(0, last[0]).split("\\s+").length;
        return tailWords <= 4 && restWords > tailWords ? title.substring(0, last[0]).strip() : title;
    }

    static List<String> authors(Document doc, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>();
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl], "
                + "meta[name=dc.creator], meta[name=sailthru.author]")) {
            addAuthor(out, m.attr("content"));
        }
        JsonNode article = ld.article();
        if (article != null) {
            for (String name : JsonLd.names(article.get("author"))) {
                addAuthor(out, name);
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[itemprop=author], [rel=author], .byline, .author-name, .author")) {
                String named = e.selectFirst("[itemprop=name]") != null ? e.selectFirst("[itemprop=name]").text() : e.text();
                if (named.length() <= 80) {
                    addAuthor(out, named);
                }
                if (out.size() >= 5) {
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addAuthor(Set<String> out, String raw) {
        if (raw == null) {
            return;
        }
        String s = BY_PREFIX.matcher(raw.strip().replaceAll("\\s+", " ")).replaceFirst("").strip();
        if (s.isEmpty() || s.startsWith("http://") || s.startsWith("https://") || s.length() > 80) {
            return;
        }
        // "Mira Hollen | Lakeview Ledger for ledger.example": the name, then who she wrote for
        int bar = s.indexOf(" | ");
        s = bar > 0 ? s.substring(0, bar) : s;
        String[] parts = s.split("\\s*(?:,|\\band\\b|&)\\s*");
        for (int i = 0; i < parts.length; i++) {
            String p = TRAILING_WEEKDAY.matcher(parts[i].strip()).replaceFirst("");
            if (p.isEmpty() || !Character.isLetter(p.codePointAt(0)) || isNotAName(p, i > 0)) {
                continue;
            }
            if (out.stream().noneMatch(p::equalsIgnoreCase)) {
                out.add(p);
            }
        }
    }

    /** Roles written after a name in a byline ("Tom Reed, Harbour Affairs Writer"). */
    private static final Pattern JOB_TITLE = Pattern.compile(
            "(?i)(?:^|\\s)(?:writer|editor|editor-at-large|correspondent|reporter|columnist|contributor|photographer)$");
    /** Letters after a name: degrees and certifications ("Ana Reyes, MS, RDN"). */
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Z]{2,5}|Ph\\.?D\\.?|M\\.?D\\.?|M\\.?Sc?\\.?|B\\.?Sc\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d{4}");
    /** A byline that runs into its date line: "Mira Hollen Monday, May 4, 2031". */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile(
            "(?i)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    /**
     * A byline part that names no author: a job title, a list of commenters ("Lee commented on"), a date, or
     * letters after the name before it.
     */
    private static boolean isNotAName(String part, boolean afterAName) {
        return JOB_TITLE.matcher(part).find() || part.endsWith(" commented on")
                || MONTH_DAY.matcher(part).matches() || afterAName && CREDENTIAL.matcher(part).matches();
    }

    static String published(Document doc, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        // each tag on its own, so that one holding a placeholder date gives way to the next
        for (String selector : List.of("meta[property=article:published_time]", "meta[property=article:published]",
                "meta[itemprop~=(?i)(^|\\s)datePublished(\\s|$)]",
                "meta[name=article:published_time]", "meta[property=og:published_time]", "meta[name=pubdate]",
                "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
                "meta[name=sailthru.date]", "meta[name=parsely-pub-date]")) {
            candidates.add(meta(doc, selector));
        }
        JsonNode article = ld.article();
        if (article != null) {
            candidates.add(JsonLd.text(article.get("datePublished")));
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            String iso = isoDate(c);
            if (iso != null && !isPlaceholder(iso)) {
                return iso;
            }
        }
        return null;
    }

    /** Before any dated news page could be: a content system's empty value ("0001-01-01T00:00:00Z"). */
    private static final int FIRST_PLAUSIBLE_YEAR = 1800;

    /**
     * A date a content system writes when it has none: year 1 and other years before {@link #FIRST_PLAUSIBLE_YEAR},
     * or the very first instant of 1900 or of the Unix epoch. Taken for the article's date it would also anchor
     * "last year" in the text to year 0.
     */
    static boolean isPlaceholder(String iso) {
        int year = Integer.parseInt(iso.substring(0, iso.indexOf('-', 1)));
        return year < FIRST_PLAUSIBLE_YEAR || EMPTY_INSTANT.matcher(iso).matches();
    }

    private static final Pattern EMPTY_INSTANT = Pattern.compile("(?:1900|1970)-01-01(?:T00:00(?::00)?(?:Z|[+-]00:00)?)?");

    /** An ISO-8601 date or date-time, normalized; null when {@code raw} has none at its start. */
    static String isoDate(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // fall through to the looser forms pages use
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // not an RFC 1123 date either
        }
        Matcher m = ISO_PREFIX.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                return date.toString();
            }
            String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + time);
            if (m.group(3) == null) {
                return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            String zone = m.group(3).equals("Z") ? "Z" : m.group(3).replaceFirst("^([+-]\\d{2})(\\d{2})$", "$1:$2");
            return OffsetDateTime.parse(local + zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first non-blank {@code content} among the selectors, in order. */
    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }
}
