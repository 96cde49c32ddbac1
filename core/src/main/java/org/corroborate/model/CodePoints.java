package org.corroborate.model;

/**
 * Conversion between Java char indices and the code point offsets that output format v1 uses.
 *
 * <p>Most bodies have no character outside the Basic Multilingual Plane, and then both offsets are the same;
 * whether a text has one is remembered for the last text seen on each thread, so that converting many offsets
 * of one body costs one scan instead of one per offset.
 */
public final class CodePoints {
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[] {null, Boolean.FALSE});

    private CodePoints() {}

    /** The code point offset of char index {@code charIndex} in {@code text}. */
    public static int ofChar(String text, int charIndex) {
        return bmpOnly(text) ? charIndex : text.codePointCount(0, charIndex);
    }

    /** The char index of code point offset {@code cpOffset} in {@code text}. */
    public static int toChar(String text, int cpOffset) {
        if (bmpOnly(text)) {
            if (cpOffset < 0 || cpOffset > text.length()) {
                throw new IndexOutOfBoundsException("code point offset " + cpOffset + " outside [0, " + text.length() + "]");
            }
            return cpOffset;
        }
        return text.offsetByCodePoints(0, cpOffset);
    }

    private static boolean bmpOnly(String text) {
        Object[] last = LAST.get();
        if (last[0] != text) {
            boolean bmp = true;
            for (int i = 0; i < text.length() && bmp; i++) {
                bmp = !Character.isSurrogate(text.charAt(i));
            }
            last[0] = text;
            last[1] = bmp;
        }
        return (Boolean) last[1];
    }

    /** The text between two code point offsets. */
    public static String slice(String text, int cpStart, int cpEnd) {
        int s = toChar(text, cpStart);
        return text.substring(s, text.offsetByCodePoints(s, cpEnd - cpStart));
    }
}
