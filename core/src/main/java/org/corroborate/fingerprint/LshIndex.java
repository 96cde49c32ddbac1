package org.corroborate.fingerprint;

import java.util.Arrays;
import org.corroborate.util.Validate;

/**
 * Locality-sensitive hashing over {@link Fingerprint}s: banding (Indyk and Motwani 1998; Broder 1997), 32
 * bands of 4 bins. Two texts become a candidate pair when any band of their sketches is equal; for Jaccard
 * similarity s the chance of that is {@code 1 - (1 - s^4)^32} (0.99999995 at s = 0.8, 0.27 at s = 0.3).
 *
 * <p>Implementation notes: one open-addressing table per band maps the 64-bit band key to the most recently
 * added document of that bucket; a shared {@code int[]} links every (document, band) entry to the previous
 * document of the same bucket. No objects per document: about 32 x (4 + 12 / load) bytes each. Documents are
 * numbered in the order added; not thread-safe (fingerprint in parallel, add sequentially).
 */
public final class LshIndex {
    private static final int BANDS = FingerprintScheme.BANDS;
    private final long[][] keys = new long[BANDS][];
    /** Last document of each bucket, plus one (0 = free slot). */
    private final int[][] heads = new int[BANDS][];
    private int[] previous;
    private int size;
    private int mask;

    public LshIndex(int expectedDocuments) {
        int cap = Integer.highestOneBit(Math.max(16, expectedDocuments) * 2 - 1) << 1;
        for (int b = 0; b < BANDS; b++) {
            keys[b] = new long[cap];
            heads[b] = new int[cap];
        }
        mask = cap - 1;
        previous = new int[Math.max(16, expectedDocuments) * BANDS];
    }

    public int size() {
        return size;
    }

    /**
     * Adds a fingerprint as document {@code size()} and returns the earlier documents sharing a band with it,
     * ascending and distinct. An empty fingerprint is numbered but never matches.
     */
    public int[] add(Fingerprint f) {
        Validate.isTrue(f.version() == FingerprintScheme.VERSION, "fingerprint of scheme version " + f.version()
                + " cannot join an index of scheme version " + FingerprintScheme.VERSION);
        int doc = size++;
        if ((long) size * 2 > mask + 1) {
            grow();
        }
        if (previous.length < size * BANDS) {
            previous = Arrays.copyOf(previous, Math.max(size * BANDS, previous.length * 2));
        }
        if (f.isEmpty()) {
            Arrays.fill(previous, doc * BANDS, doc * BANDS + BANDS, 0);
            return new int[0];
        }
        int[] found = new int[8];
        int n = 0;
        for (int b = 0; b < BANDS; b++) {
            long key = FingerprintScheme.bandKey(f, b);
            int slot = slot(b, key);
            int head = heads[b][slot];
            for (int d = head; d != 0; d = previous[(d - 1) * BANDS + b]) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = d - 1;
            }
            keys[b][slot] = key;
            previous[doc * BANDS + b] = head;
            heads[b][slot] = doc + 1;
        }
        Arrays.sort(found, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || found[distinct - 1] != found[i]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /** Bytes held by the index's arrays. */
    public long bytes() {
        return (long) BANDS * (mask + 1) * (Long.BYTES + Integer.BYTES) + (long) previous.length * Integer.BYTES;
    }

    private int slot(int band, long key) {
        long[] k = keys[band];
        int[] h = heads[band];
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (h[i] != 0 && k[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int cap = (mask + 1) * 2;
        for (int b = 0; b < BANDS; b++) {
            long[] oldKeys = keys[b];
            int[] oldHeads = heads[b];
            keys[b] = new long[cap];
            heads[b] = new int[cap];
            mask = cap - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldHeads[i] != 0) {
                    int s = slot(b, oldKeys[i]);
                    keys[b][s] = oldKeys[i];
                    heads[b][s] = oldHeads[i];
                }
            }
        }
    }
}
