package org.corroborate.model;

/**
 * Speech reported in an article.
 *
 * @param speaker canonical name of who said it, or null when unresolved
 * @param cue the verb or phrase that attributes it (said, told, according to)
 * @param kind direct, partial, unmarked or indirect
 */
public record Quote(String article, int start, int end, String text, String speaker, String cue, String kind) {

    /** True for a kind that gives the speaker's own words: direct, or unmarked (direct speech whose marks were lost). */
    public static boolean verbatim(String kind) {
        return "direct".equals(kind) || "unmarked".equals(kind);
    }
}
