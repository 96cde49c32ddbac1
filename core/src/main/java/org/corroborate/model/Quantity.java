package org.corroborate.model;

/**
 * A figure stated in an article.
 *
 * @param value the figure as stated (for a range, its lower end)
 * @param low lower end of the interval the hedge allows, or null when unbounded
 * @param high upper end of the interval the hedge allows, or null when unbounded
 * @param hedge exact, approximate, below, at-most, above, at-least, range
 * @param unit unit or counted thing (troops, minutes, casualties per day)
 * @param subject what is counted, and where
 * @param actor who gives the figure, or null
 */
public record Quantity(
        String article, int start, int end, String text,
        double value, Double low, Double high, String hedge,
        String unit, String subject, String actor) {}
