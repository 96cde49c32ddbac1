package org.corroborate.fingerprint;

/**
 * Fingerprint scheme version 1: word 5-shingles, one-permutation MinHash with 128 bins and optimal
 * densification, LSH banding 32 x 4 (documented in docs/fingerprints.md; never change these constants in
 * place — a new scheme gets a new version).
 *
 * <p>Implementation notes. Words are normalized and hashed by {@link Words}. A shingle of five consecutive
 * words is hashed once: {@code fmix64(((((w0*K + w1)*K + w2)*K + w3)*K + w4) ^ SHINGLE_SEED)}; a text of fewer
 * than five words is one shingle of all its words. One-permutation hashing (Li, Owen and Zhang, NIPS 2012)
 * takes the top 7 bits of that hash as the bin and keeps the minimum of the next 31 bits per bin. Empty bins
 * are filled by optimal densification (Shrivastava, ICML 2017): empty bin {@code i} copies the bin found by
 * probing {@code fmix64(DENSIFY_SEED + i * 2^32 + attempt) mod 128} for attempt 1, 2, ... until a filled bin
 * comes up. The estimate of Jaccard similarity stays unbiased and only one hash per shingle is computed,
 * instead of 128. An instance keeps per-call buffers: use one per thread.
 */
public final class FingerprintScheme {
    /** The version stored in every fingerprint of this scheme. */
    public static final int VERSION = 1;
    public static final int SHINGLE_WORDS = 5;
    public static final int BINS = 128;
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    static final long SHINGLE_MULTIPLIER = 0x9e3779b97f4a7c15L;
    static final long SHINGLE_SEED = 0x5851f42d4c957f2dL;
    static final long DENSIFY_SEED = 0x2545f4914f6cdd1dL;
    static final long BAND_SEED = 0x27bb2ee687b0b0fdL;
    private static final int BIN_SHIFT = 64 - 7;

    private final long[] window = new long[SHINGLE_WORDS];
    private final int[] mins = new int[BINS];
    private int words;

    /** The fingerprint of the words of {@code text}. */
    public Fingerprint fingerprint(CharSequence text) {
        return fingerprint(text, 0, text.length());
    }

    /** The fingerprint of the words of {@code text[from, to)}. */
    public Fingerprint fingerprint(CharSequence text, int from, int to) {
        begin();
        Words.scan(text, from, to, (s, e, h) -> add(h));
        return finish();
    }

    /** Starts a new fingerprint fed word by word with {@link #add}. */
    public void begin() {
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        words = 0;
    }

    /** Feeds the next word hash (as {@link Words} computes it). */
    public void add(long wordHash) {
        window[words % SHINGLE_WORDS] = wordHash;
        words++;
        if (words >= SHINGLE_WORDS) {
            addShingle(words - SHINGLE_WORDS, SHINGLE_WORDS);
        }
    }

    /** The fingerprint of the words fed since {@link #begin}. */
    public Fingerprint finish() {
        if (words == 0) {
            return new Fingerprint(VERSION, new int[0]);
        }
        if (words < SHINGLE_WORDS) {
            addShingle(0, words);
        }
        return new Fingerprint(VERSION, densified());
    }

    private void addShingle(int first, int count) {
        long h = 0;
        for (int k = 0; k < count; k++) {
            h = h * SHINGLE_MULTIPLIER + window[(first + k) % SHINGLE_WORDS];
        }
        h = Words.mix(h ^ SHINGLE_SEED);
        int bin = (int) (h >>> BIN_SHIFT);
        int value = (int) (h >>> 1) & 0x7fffffff;
        if (value < mins[bin]) {
            mins[bin] = value;
        }
    }

    private int[] densified() {
        int[] out = mins.clone();
        for (int i = 0; i < BINS; i++) {
            if (mins[i] != Integer.MAX_VALUE) {
                continue;
            }
            for (long attempt = 1; ; attempt++) {
                int j = (int) Long.remainderUnsigned(Words.mix(DENSIFY_SEED + ((long) i << 32) + attempt), BINS);
                if (mins[j] != Integer.MAX_VALUE) {
                    out[i] = mins[j];
                    break;
                }
            }
        }
        return out;
    }

    /** The LSH key of band {@code band} (rows {@code band*ROWS ..}) of a non-empty fingerprint. */
    public static long bandKey(Fingerprint f, int band) {
        int[] m = f.minHashes();
        long h = BAND_SEED + band;
        for (int r = band * ROWS, end = r + ROWS; r < end; r++) {
            h = Words.mix(h * SHINGLE_MULTIPLIER + m[r]);
        }
        return h;
    }
}
