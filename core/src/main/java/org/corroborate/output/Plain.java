package org.corroborate.output;

/** Small text helpers shared by the renderers. */
final class Plain {
    private Plain() {}

    /** The text on one line, control characters dropped, or "(untitled)". */
    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "(untitled)";
        }
        return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
