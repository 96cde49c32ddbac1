package org.corroborate.brief;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.corroborate.text.TermVectors;
import org.corroborate.text.Terms;

/** The term centroid of a story's sentences, for centrality; vectors are L2-normalized term frequencies. */
final class Centroid {
    private final Map<String, Double> centroid;

    Centroid(List<String> sentences) {
        Map<String, Integer> df = new HashMap<>();
        for (String s : sentences) {
            new HashSet<>(Terms.content(s)).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Double> sum = new HashMap<>();
        for (String s : sentences) {
            vector(s).forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        // terms in one sentence only say nothing about what the story is about
        sum.keySet().removeIf(t -> df.getOrDefault(t, 0) < 2);
        centroid = TermVectors.normalize(sum);
    }

    double similarity(String sentence) {
        return TermVectors.cosine(centroid, vector(sentence));
    }

    static Map<String, Double> vector(String sentence) {
        return TermVectors.of(sentence);
    }
}
