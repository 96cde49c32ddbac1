package org.corroborate.fingerprint;

/**
 * The word normalization of fingerprint scheme v1, shared by fingerprints and sentence alignment.
 *
 * <p>Implementation notes: a word is a maximal run of letters and digits, lower-cased code point by code point
 * ({@link Character#toLowerCase(int)}, locale-free). A full stop or apostrophe between two word characters, and a
 * comma between two digits, is dropped without ending the word, so house-style variants normalize alike:
 * "U.S." and "US" both give {@code us}, "8,000" gives {@code 8000}, "Russia’s" and "Russia's" give
 * {@code russias}. Everything else (spaces, hyphens, dashes, quotes, other punctuation) separates words. Each
 * word is hashed while it is read, without building a string: FNV-1a 64 over the normalized code points,
 * finished with the MurmurHash3 fmix64 mixer so that the bits used by one-permutation hashing are well spread.
 */
public final class Words {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Receives the words of a text: char indices {@code [start, end)} and the normalized word's hash. */
    @FunctionalInterface
    public interface Sink {
        void word(int start, int end, long hash);
    }

    private Words() {}

    /** Scans {@code text[from, to)} and passes each word to {@code sink}, in order. */
    public static void scan(CharSequence text, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            long h = FNV_OFFSET;
            int end;
            while (true) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                i += Character.charCount(cp);
                end = i;
                if (i >= to) {
                    break;
                }
                int next = Character.codePointAt(text, i);
                if (Character.isLetterOrDigit(next)) {
                    cp = next;
                    continue;
                }
                if (joins(next, cp) && i + 1 < to) {
                    int after = Character.codePointAt(text, i + 1);
                    if (Character.isDigit(cp) && next == ',' ? Character.isDigit(after)
                            : Character.isLetterOrDigit(after)) {
                        i += 1;
                        cp = after;
                        continue;
                    }
                }
                break;
            }
            sink.word(start, end, mix(h));
        }
    }

    /** The normalized form of one word as {@link #scan} reads it (for messages and tests). */
    public static String normalize(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The hash {@link #scan} gives a single word. */
    public static long hash(CharSequence word) {
        long[] h = {0};
        scan(word, 0, word.length(), (s, e, hash) -> h[0] = hash);
        return h[0];
    }

    private static boolean joins(int c, int previous) {
        return c == '.' || c == '\'' || c == '\u2019' || (c == ',' && Character.isDigit(previous));
    }

    /** MurmurHash3 fmix64 finalizer. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
