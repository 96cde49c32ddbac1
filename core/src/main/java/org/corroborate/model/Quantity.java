package org.corroborate.model;

/**
 * A figure stated in an article.
 *
 * @param value the figure as stated (for a range, its lower end)
 * @param low lower end of the interval the hedge allows, or null when unbounded
 * @param high upper end of the interval the hedge allows, or null when unbounded
 * @param hedge the qualifier as written, lower-cased: "some", "about", "around", "roughly", "an estimated"
 *     (approximate: low and high are the value -10% and +10%); "nearly", "almost", "just under" (below:
 *     [value -10%, value]); "as many as", "up to", "no more than", "less than", "fewer than", "under" (at most:
 *     low null, high the value); "more than", "over", "above", "at least", "no fewer than" (at least: low the
 *     value, high null); "range" for a written range or a vague plural such as "thousands" (low and high its
 *     ends, value the lower end); "exact" when nothing qualifies the figure (low = high = value)
 * @param unit unit or counted thing (troops, minutes, casualties per day); military personnel ("soldiers",
 *     "troops", "forces") is counted as "troops", the words as written stay in {@code text}; a fraction of
 *     something is "share of" it ("half the condos": "share of condos")
 * @param subject what is counted, and where
 * @param actor who gives the figure, or null
 * @param verb lemma of the verb that says what happened to the thing counted ("rescue" in "300 people were
 *     rescued", "deploy" in "deployed 10,000 troops"), reporting verbs skipped; null when none governs it
 */
public record Quantity(
        String article, int start, int end, String text,
        double value, Double low, Double high, String hedge,
        String unit, String subject, String actor, String verb) {}
