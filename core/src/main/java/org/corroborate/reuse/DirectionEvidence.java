package org.corroborate.reuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Article;

/**
 * Decides which of two articles that share text is the source, from evidence only.
 *
 * <p>Implementation notes. Three independent tests, each answering "first is the copy", "second is the
 * copy" or nothing: (1) credit line — one article credits (credits list, or an agency tag such as
 * "WASHINGTON (Reuters) -" in its dateline or first line) an outlet that wrote the other (its outlet, or the
 * agency tag it carries as its own); (2) wire tag — one article carries its own agency's tag and the other
 * neither belongs to nor credits that agency: the agency wrote the text and the other took it and stripped
 * the tag; (3) publication time — both dates known and different (compared at the
 * day when either has no time of day). The first test that answers wins, unless a later test contradicts it:
 * contradicting evidence gives {@code unknown}, never a guess. Outlet names are compared after lower-casing,
 * dropping a leading "the" and punctuation, and mapping the common agency aliases ("AP", "Associated Press").
 */
final class DirectionEvidence {
    static final String CREDIT = "credit-line";
    static final String WIRE = "wire-tag";
    static final String TIME = "publication-time";
    static final String CONTAINMENT = "containment";
    static final String UNKNOWN = "unknown";

    /** Agencies whose tag in a dateline marks their own copy, with their aliases (normalized). */
    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("ap", "ap"), Map.entry("associated press", "ap"),
            Map.entry("reuters", "reuters"), Map.entry("thomson reuters", "reuters"),
            Map.entry("afp", "afp"), Map.entry("agence france presse", "afp"),
            Map.entry("dpa", "dpa"), Map.entry("deutsche presse agentur", "dpa"),
            Map.entry("upi", "upi"), Map.entry("united press international", "upi"),
            Map.entry("ansa", "ansa"), Map.entry("efe", "efe"), Map.entry("xinhua", "xinhua"),
            Map.entry("kyodo", "kyodo"), Map.entry("yonhap", "yonhap"), Map.entry("pa", "pa"),
            Map.entry("press association", "pa"), Map.entry("cp", "cp"), Map.entry("canadian press", "cp"),
            Map.entry("aap", "aap"), Map.entry("bloomberg", "bloomberg"), Map.entry("tass", "tass"));
    private static final Pattern TAG = Pattern.compile("\\(([A-Za-z][A-Za-z .&'-]{0,40})\\)");

    /** A decision: {@code firstIsCopy} is meaningful only when {@code how} is not unknown. */
    record Decision(String how, boolean firstIsCopy) {
        static final Decision NONE = new Decision(UNKNOWN, false);

        boolean known() {
            return !UNKNOWN.equals(how);
        }
    }

    private DirectionEvidence() {}

    static Decision decide(Article first, Article second) {
        Decision[] tests = {credit(first, second), wireTag(first, second), time(first, second)};
        Decision answer = Decision.NONE;
        for (Decision d : tests) {
            if (!d.known()) {
                continue;
            }
            if (!answer.known()) {
                answer = d;
            } else if (answer.firstIsCopy() != d.firstIsCopy()) {
                return Decision.NONE;
            }
        }
        return answer;
    }

    private static Decision credit(Article first, Article second) {
        boolean firstCredits = credits(first).stream().anyMatch(authors(second)::contains);
        boolean secondCredits = credits(second).stream().anyMatch(authors(first)::contains);
        return firstCredits == secondCredits ? Decision.NONE : new Decision(CREDIT, firstCredits);
    }

    private static Decision wireTag(Article first, Article second) {
        boolean firstOrigin = ownTag(first, second);
        boolean secondOrigin = ownTag(second, first);
        return firstOrigin == secondOrigin ? Decision.NONE : new Decision(WIRE, secondOrigin);
    }

    /** {@code a} carries an agency's tag (and is not credited as a copy of it) that {@code other} lacks entirely. */
    private static boolean ownTag(Article a, Article other) {
        Set<String> tags = tags(a);
        String outlet = name(a.outlet());
        for (String agency : tags) {
            boolean own = outlet.isEmpty() || outlet.equals(agency);
            if (own && !credits(other).contains(agency) && !agency.equals(name(other.outlet()))) {
                return true;
            }
        }
        return false;
    }

    private static Decision time(Article first, Article second) {
        Object a = when(first.published());
        Object b = when(second.published());
        if (a == null || b == null) {
            return Decision.NONE;
        }
        int cmp;
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            cmp = x.toInstant().compareTo(y.toInstant());
        } else {
            cmp = day(a).compareTo(day(b));
        }
        return cmp == 0 ? Decision.NONE : new Decision(TIME, cmp > 0);
    }

    /** Who wrote an article: its outlet, and an agency whose tag it carries when it has no other outlet. */
    private static Set<String> authors(Article a) {
        Set<String> out = new LinkedHashSet<>();
        String outlet = name(a.outlet());
        if (!outlet.isEmpty()) {
            out.add(outlet);
        } else {
            out.addAll(tags(a));
        }
        return out;
    }

    /** Everything an article credits: its credit lines and the agency tags in its dateline or first line. */
    static Set<String> credits(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : a.credits()) {
            String n = name(c);
            if (!n.isEmpty()) {
                out.add(n);
            }
            // "with files from The Associated Press and Reuters" and "Reporting by ...; Reuters"
            for (String part : c.split(",|;|\\band\\b|\\bfrom\\b|\\bwith\\b")) {
                String p = name(part);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        out.addAll(tags(a));
        out.remove("");
        return out;
    }

    /**
     * Agency tags such as "(Reuters)" in the dateline (as cleaning removed it from the body, or as kept) or at
     * the start of the body.
     */
    static Set<String> tags(Article a) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder head = new StringBuilder(a.dateline() == null ? "" : a.dateline()).append('\n');
        a.removed().stream().filter(r -> "dateline".equals(r.reason())).forEach(r -> head.append(r.text()).append('\n'));
        head.append(a.body(), 0, Math.min(a.body().length(), 200));
        Matcher m = TAG.matcher(head);
        String own = name(a.outlet());
        while (m.find()) {
            String tag = plain(m.group(1));
            String agency = AGENCIES.get(tag);
            if (agency != null) {
                out.add(agency);
            } else if (!own.isEmpty() && own.equals(tag)) {
                // a wire the table does not know, tagging its own copy (cleaning read the outlet from this tag)
                out.add(own);
            }
        }
        return out;
    }

    /** An outlet or credit name in comparable form ("" when absent). */
    static String name(String outlet) {
        if (outlet == null) {
            return "";
        }
        String p = plain(outlet);
        return AGENCIES.getOrDefault(p, p);
    }

    private static String plain(String s) {
        String p = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return p.startsWith("the ") ? p.substring(4) : p;
    }

    private static Object when(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            // fall through to the shorter forms
        }
        try {
            return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(Object when) {
        return when instanceof OffsetDateTime t ? t.toLocalDate() : (LocalDate) when;
    }

    /** The credits of {@code source} that name nothing {@code copy} still credits (for credits-dropped). */
    static List<String> droppedCredits(Article source, Article copy) {
        Set<String> kept = credits(copy);
        return source.credits().stream().filter(c -> !kept.contains(name(c))).toList();
    }
}
