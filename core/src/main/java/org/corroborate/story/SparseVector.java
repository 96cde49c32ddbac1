package org.corroborate.story;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable sparse vector over term ids: parallel arrays sorted by term id.
 *
 * <p>Implementation notes: sorted parallel arrays instead of hash maps keep a story centroid at 8 bytes per
 * term (a boxed map costs ~6x that), which is what lets 100,000 live stories fit in a small heap; sums and dot
 * products are linear merges.
 */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] terms;
    final float[] weights;

    SparseVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    /** Builds from unsorted, distinct term ids. */
    static SparseVector of(int[] terms, float[] weights, int n) {
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) terms[i] << 32 | i;
        }
        Arrays.sort(keyed);
        int[] t = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            int at = (int) keyed[i];
            t[i] = terms[at];
            w[i] = weights[at];
        }
        return new SparseVector(t, w);
    }

    /**
     * The sum of {@code vectors[i] * scales[i]} over the i where {@code select[i] == which}, in one pass over
     * their terms (summing pairwise would copy the growing sum once per vector).
     */
    static SparseVector sum(List<SparseVector> vectors, float[] scales, boolean[] select, boolean which) {
        int total = 0;
        for (int i = 0; i < vectors.size(); i++) {
            if (select[i] == which) {
                total += vectors.get(i).terms.length;
            }
        }
        long[] keyed = new long[total];
        float[] w = new float[total];
        int n = 0;
        for (int i = 0; i < vectors.size(); i++) {
            if (select[i] != which) {
                continue;
            }
            SparseVector v = vectors.get(i);
            for (int j = 0; j < v.terms.length; j++) {
                keyed[n] = (long) v.terms[j] << 32 | n;
                w[n++] = v.weights[j] * scales[i];
            }
        }
        Arrays.sort(keyed);
        int[] terms = new int[total];
        float[] weights = new float[total];
        int size = 0;
        for (long k : keyed) {
            int term = (int) (k >>> 32);
            float weight = w[(int) k];
            if (size > 0 && terms[size - 1] == term) {
                weights[size - 1] += weight;
            } else {
                terms[size] = term;
                weights[size++] = weight;
            }
        }
        return new SparseVector(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
    }

    /** {@code this * a + other * b}. */
    SparseVector combine(float a, SparseVector other, float b) {
        int[] t = new int[terms.length + other.terms.length];
        float[] w = new float[t.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < terms.length || j < other.terms.length) {
            if (j == other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                t[n] = terms[i];
                w[n++] = weights[i++] * a;
            } else if (i == terms.length || other.terms[j] < terms[i]) {
                t[n] = other.terms[j];
                w[n++] = other.weights[j++] * b;
            } else {
                t[n] = terms[i];
                w[n++] = weights[i++] * a + other.weights[j++] * b;
            }
        }
        return new SparseVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }

    /** Dot product with both sides weighted by {@code idf} (so the idf counts squared, as in tf-idf cosine). */
    double dot(SparseVector other, float[] idf) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int a = terms[i];
            int b = other.terms[j];
            if (a < b) {
                i++;
            } else if (b < a) {
                j++;
            } else {
                float f = idf[a];
                sum += weights[i++] * other.weights[j++] * f * f;
            }
        }
        return sum;
    }

    /** Euclidean norm with weights scaled by {@code idf}. */
    double norm(float[] idf) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            double v = weights[i] * idf[terms[i]];
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** Cosine of the idf-weighted vectors; 0 when either is empty. */
    double cosine(SparseVector other, float[] idf) {
        double d = dot(other, idf);
        if (d == 0) {
            return 0;
        }
        return d / (norm(idf) * other.norm(idf));
    }

    /** This vector scaled to unit Euclidean norm of its raw weights. */
    SparseVector unit() {
        double sum = 0;
        for (float w : weights) {
            sum += (double) w * w;
        }
        if (sum == 0) {
            return this;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * scale;
        }
        return new SparseVector(terms, w);
    }

    /**
     * The {@code k} terms with the largest idf-weighted weight, as sorted term ids; ties go to the lower term id
     * so the choice is deterministic.
     */
    int[] topTerms(int k, float[] idf) {
        if (terms.length <= k) {
            return terms.clone();
        }
        // sort keys: the weight's bits (monotonic for non-negative floats) over the inverted term id
        long[] keyed = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            float score = Math.max(0f, weights[i] * idf[terms[i]]);
            keyed[i] = (long) Float.floatToIntBits(score) << 32 | (Integer.MAX_VALUE - terms[i]);
        }
        Arrays.sort(keyed);
        int[] top = new int[k];
        for (int i = 0; i < k; i++) {
            top[i] = Integer.MAX_VALUE - (int) keyed[keyed.length - 1 - i];
        }
        Arrays.sort(top);
        return top;
    }

    /** Only the {@code k} heaviest terms (idf-weighted), to bound a centroid's size. */
    SparseVector truncate(int k, float[] idf) {
        if (terms.length <= k) {
            return this;
        }
        int[] keep = topTerms(k, idf);
        float[] w = new float[k];
        int j = 0;
        for (int i = 0; i < terms.length && j < k; i++) {
            if (terms[i] == keep[j]) {
                w[j++] = weights[i];
            }
        }
        return new SparseVector(keep, w);
    }
}
