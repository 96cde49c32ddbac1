package org.corroborate.model;

/** Conversion between Java char indices and the code point offsets that output format v1 uses. */
public final class CodePoints {
    private CodePoints() {}

    /** The code point offset of char index {@code charIndex} in {@code text}. */
    public static int ofChar(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The char index of code point offset {@code cpOffset} in {@code text}. */
    public static int toChar(String text, int cpOffset) {
        return text.offsetByCodePoints(0, cpOffset);
    }

    /** The text between two code point offsets. */
    public static String slice(String text, int cpStart, int cpEnd) {
        int s = toChar(text, cpStart);
        return text.substring(s, text.offsetByCodePoints(s, cpEnd - cpStart));
    }
}
