package org.corroborate.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines ("By A and B") and credit lines ("(Reporting by A; editing by B)", "— with files from X and Y",
 * "X contributed to this report") read into lists of names.
 *
 * <p>Implementation notes: a byline is "By" followed by a short list of capitalized names joined by commas,
 * "and" or "&amp;", optionally ending with an agency ("By A, Reuters"). Each name must look like a personal
 * name (one to five capitalized words, allowing particles such as "de" or "al-"), so an ordinary sentence
 * that happens to start with "By" is not taken for a byline. A credit line is recognized by its verb
 * phrase; of its names, those that supplied text or reporting become credits, editors do not.
 */
final class Credits {
    private static final Pattern BYLINE = Pattern.compile("^(?:by|words by|story by|written by)\\s+(.+?)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_PHRASE = Pattern.compile(
            "(?:^|[;,(]\\s*)(?<role>(?:additional |further )?reporting by|reported by|writing by|written by|compiled by"
                    + "|with (?:files|reporting|additional reporting|contributions|information) (?:from|by)"
                    + "|editing by|edited by|graphics by|photos by|research by)\\s+(?<names>[^;()]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "^(?<names>.{3,120}?)\\s+(?:contributed|also contributed|contributed reporting)(?: to)?(?: this (?:report|story|article))?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|de|da|del|della|van|von|der|den|la|le|al-\\p{L}+|bin|ibn|el-\\p{L}+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");

    private Credits() {}

    /** Author names of a byline, or null when {@code line} is not one; an agency in it is returned separately. */
    static Byline byline(String line) {
        Matcher m = BYLINE.matcher(stripDecoration(line));
        if (!m.matches()) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        String agency = null;
        for (String part : LIST_SEPARATOR.split(m.group(1))) {
            if (part.isBlank()) {
                continue;
            }
            String wire = Wires.canonical(part);
            if (wire != null) {
                agency = wire;
            } else if (isPersonName(part)) {
                authors.add(part.strip());
            } else {
                return null;
            }
        }
        return authors.isEmpty() ? null : new Byline(authors, agency);
    }

    record Byline(List<String> authors, String agency) {}

    /** The credited names of a credit line, or null when {@code line} is not a credit line. */
    static List<String> creditLine(String line) {
        String core = stripDecoration(line);
        Matcher c = CONTRIBUTED.matcher(core);
        if (c.matches()) {
            List<String> names = names(c.group("names"));
            boolean allNames = names.stream()
                    .allMatch(n -> isPersonName(n) || Wires.canonical(n) != null || n.startsWith("The "));
            return names.isEmpty() || !allNames ? null : names;
        }
        Matcher m = CREDIT_PHRASE.matcher(core);
        if (!m.find() || m.start() > 0) {
            return null;
        }
        // a credit line is made of credit phrases only; prose that merely mentions "reported by" is not one
        List<String> credited = new ArrayList<>();
        int covered = 0;
        m.reset();
        while (m.find()) {
            covered += m.end() - m.start();
            String role = m.group("role").toLowerCase(Locale.ROOT);
            if (!role.startsWith("edit")) {
                credited.addAll(names(m.group("names")));
            }
        }
        if (covered < core.replaceAll("[()\\s.;]", "").length() * 0.8) {
            return null;
        }
        return credited;
    }

    /** Leading dashes, bullets and wrapping parentheses around a metadata line. */
    private static String stripDecoration(String line) {
        String s = line.strip().replaceFirst("^[-\u2010-\u2015*\u2022]+\\s*", "");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(list.strip().replaceFirst("\\.$", ""))) {
            String p = part.strip();
            if (!p.isEmpty() && Character.isUpperCase(p.codePointAt(0))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isPersonName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length < 1 || words.length > 5 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
