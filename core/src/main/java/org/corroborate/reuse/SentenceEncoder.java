package org.corroborate.reuse;

import java.util.List;

/**
 * Maps sentences to vectors whose dot product says how close their meanings are (paraphrase alignment).
 * Implementations are thread-safe and deterministic: the same sentence always gets the same vector, whatever
 * else is encoded with it.
 */
public interface SentenceEncoder {
    /** One unit-length vector per sentence, in the order given. */
    float[][] encode(List<String> sentences);

    /** The model, for reports. */
    String name();

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
