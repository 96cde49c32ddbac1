package org.corroborate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.story.ArticleTerms;
import org.corroborate.story.StorySettings;
import org.corroborate.story.StoryTerms;

/**
 * Baseline: single-pass threshold clustering over tf-idf vectors (Papka and Allan's classic TDT baseline), with
 * idf from the whole batch, no field or name weighting, no index (every cluster scanned), no merge or split.
 * Shares only the word reader with the story engine, with every field weight set to 1.
 */
public final class SinglePassTfIdf {
    private final double threshold;

    public SinglePassTfIdf(double threshold) {
        this.threshold = org.corroborate.util.Validate.inRange(threshold, 0, 1, "threshold");
    }

    /** Clusters of article ids, articles taken in the order given. */
    public List<List<String>> cluster(List<Article> articles) {
        StoryTerms reader = new StoryTerms(StorySettings.builder().titleWeight(1).leadWeight(1).nameWeight(1)
                .build());
        List<Map<String, Float>> tfs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            ArticleTerms t = reader.extract(a, null);
            Map<String, Float> plain = new HashMap<>();
            t.weights().forEach((term, w) -> {
                if (!term.startsWith("=")) {
                    plain.put(term, w);
                }
            });
            tfs.add(plain);
            plain.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        int n = articles.size();
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<List<String>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            tfs.get(i).forEach((term, w) -> v.put(term, w * Math.log((double) n / df.get(term))));
            normalize(v);
            int best = -1;
            double bestSim = threshold;
            for (int c = 0; c < centroids.size(); c++) {
                double s = cosine(v, centroids.get(c));
                if (s >= bestSim && (best < 0 || s > bestSim)) {
                    best = c;
                    bestSim = s;
                }
            }
            if (best < 0) {
                centroids.add(new HashMap<>(v));
                clusters.add(new ArrayList<>(List.of(articles.get(i).id())));
            } else {
                Map<String, Double> c = centroids.get(best);
                v.forEach((term, w) -> c.merge(term, w, Double::sum));
                clusters.get(best).add(articles.get(i).id());
            }
        }
        return clusters;
    }

    private static void normalize(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return nb == 0 ? 0 : dot / nb;
    }
}
