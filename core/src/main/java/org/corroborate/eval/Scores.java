package org.corroborate.eval;

/** The harmonic mean every evaluation reports. */
public final class Scores {
    private Scores() {}

    /** F1 of a precision and a recall (0 when both are 0). */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
