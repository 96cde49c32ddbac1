package org.corroborate.fingerprint;

import java.util.Arrays;
import org.corroborate.util.Validate;

/**
 * The MinHash sketch of one text under a numbered {@link FingerprintScheme}. A stored fingerprint keeps its
 * meaning forever: sketches are only comparable when their versions are equal.
 *
 * @param version the scheme version that produced it ({@link FingerprintScheme#VERSION})
 * @param minHashes one 31-bit minimum per bin; empty when the text has no words
 */
public record Fingerprint(int version, int[] minHashes) {
    public Fingerprint {
        Validate.positive(version, "version");
        Validate.notNull(minHashes, "minHashes");
        minHashes = minHashes.clone();
    }

    public boolean isEmpty() {
        return minHashes.length == 0;
    }

    /** Estimated Jaccard similarity of the two shingle sets: the share of equal bins. */
    public double similarity(Fingerprint other) {
        Validate.isTrue(version == other.version, "fingerprints of scheme versions " + version + " and "
                + other.version + " are not comparable");
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                equal++;
            }
        }
        return equal / (double) minHashes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.version == version && Arrays.equals(f.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * version + Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "Fingerprint[v" + version + ", " + minHashes.length + " bins]";
    }
}
