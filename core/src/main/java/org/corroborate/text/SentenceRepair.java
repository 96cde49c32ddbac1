package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the statistical sentence detector where news abbreviations mislead it.
 *
 * <p>Implementation notes: the rules are those of rule-based sentence splitters (e.g. Kiss and Strunk's Punkt
 * heuristics for abbreviations, initials and ordinal contexts). A break is undone after a title that always
 * precedes a name ("Gen.", "Sen."), after a month abbreviation or "No." before a number, after a lone initial
 * before a capitalized word, and before a lower-case start. A break is added after an initialism ("U.S.",
 * "U.N.") or a company suffix when the next word is one that opens sentences (a determiner, pronoun or
 * conjunction): "the mainland U.S. Some experts" splits, "the U.S. Secretary of State" does not.
 */
final class SentenceRepair {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col",
            "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "st", "supt", "pres", "amb", "hon", "gens", "sens",
            "reps", "messrs", "fr", "sr", "mt", "ft", "brig", "cpl", "pvt", "insp", "det", "vs", "approx", "dept",
            "univ", "assn", "const", "cst", "cpt", "atty");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "Some", "Many", "Most", "Several", "Few",
            "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Their", "His",
            "Her", "Its", "Our", "But", "And", "Yet", "So", "However", "Meanwhile", "Still", "Also", "In", "On", "At",
            "After", "Before", "If", "When", "While", "As", "Since", "Although", "Though", "Because", "What", "Who",
            "Why", "How", "Such", "Both", "Neither", "Either", "No", "Other", "Others", "Officials");
    /** How much of a sentence's end is read to find its last word. */
    private static final int MAX_TAIL = 64;
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    /**
     * A break after an initialism or company suffix. The leading one-char look-behind is implied by the next one;
     * it fails fast at almost every position, where the variable-length look-behind was tried at each.
     */
    private static final Pattern INNER_BREAK = Pattern.compile(
            "(?<=\\.)(?<=\\b(?:\\p{Lu}\\.){2,4}|\\b(?:Inc|Corp|Ltd|Co|Jr|etc)\\.)\\s+(?=(\\p{Lu}\\p{L}*)\\b)");

    private SentenceRepair() {}

    /** Repaired sentence bounds, {start, end} char pairs into {@code text}, in order. */
    static List<int[]> repair(String text, List<int[]> detected) {
        List<int[]> merged = new ArrayList<>();
        for (int[] s : detected) {
            if (!merged.isEmpty() && shouldJoin(text, merged.get(merged.size() - 1), s)) {
                merged.get(merged.size() - 1)[1] = s[1];
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] s : merged) {
            int start = s[0];
            Matcher m = INNER_BREAK.matcher(text).region(s[0], s[1]);
            while (m.find()) {
                if (OPENERS.contains(m.group(1))) {
                    out.add(new int[] {start, m.start()});
                    start = m.end();
                }
            }
            out.add(new int[] {start, s[1]});
        }
        return out;
    }

    private static boolean shouldJoin(String text, int[] previous, int[] next) {
        if (next[1] <= next[0] || previous[1] <= previous[0]) {
            return false;
        }
        // Only the last word before the break matters, and a title, month or initial is short: looking at the
        // tail keeps a long run of joins linear (a merged sentence grows with each one).
        String before = text.substring(Math.max(previous[0], previous[1] - MAX_TAIL), previous[1]);
        int first = text.codePointAt(next[0]);
        if (Character.isLowerCase(first)) {
            return true;
        }
        Matcher m = LAST_WORD.matcher(before);
        if (!m.find() || !before.endsWith(".")) {
            return false;
        }
        String word = m.group(1);
        String bare = word.substring(0, word.length() - 1).replaceAll("^[\\p{Punct}\u201c\u2018]+", "");
        String key = bare.toLowerCase(java.util.Locale.ROOT);
        if (TITLES.contains(key) || bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
            return true;
        }
        return (MONTHS.contains(key) || key.equals("no")) && Character.isDigit(first);
    }
}
