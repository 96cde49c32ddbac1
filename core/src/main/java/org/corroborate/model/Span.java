package org.corroborate.model;

/** A range of an article body in code point offsets, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: bad range [" + start + ", " + end + ")");
        }
    }

    /** Builds a span from Java char indices into {@code text}. */
    public static Span ofChars(String text, int charStart, int charEnd) {
        int s = CodePoints.ofChar(text, charStart);
        return new Span(s, s + text.codePointCount(charStart, charEnd));
    }

    public int length() {
        return end - start;
    }
}
