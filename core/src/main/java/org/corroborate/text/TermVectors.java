package org.corroborate.text;

import java.util.HashMap;
import java.util.Map;

/** Sparse term vectors (term to weight) and their cosine. */
public final class TermVectors {
    private TermVectors() {}

    /** L2-normalized term frequencies of the content terms of {@code text}. */
    public static Map<String, Double> of(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String t : Terms.content(text)) {
            v.merge(t, 1.0, Double::sum);
        }
        return normalize(v);
    }

    /** Scales {@code v} in place to unit length (a zero vector stays zero) and returns it. */
    public static Map<String, Double> normalize(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            v.replaceAll((k, w) -> w / norm);
        }
        return v;
    }

    /** Dot product; the cosine when both vectors are normalized. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
