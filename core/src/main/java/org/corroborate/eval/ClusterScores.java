package org.corroborate.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed (Bagga and Baldwin, 1998) and pairwise precision, recall and F1 of a clustering against gold labels.
 * Items missing from the predicted clustering count as singletons.
 */
public record ClusterScores(double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairPrecision,
        double pairRecall, double pairF1, int clusters) {

    /** Scores {@code predicted} (clusters of item ids) against {@code gold} (item id to label). */
    public static ClusterScores of(List<List<String>> predicted, Map<String, String> gold) {
        Map<String, Integer> cluster = new HashMap<>();
        int c = 0;
        for (List<String> members : predicted) {
            for (String m : members) {
                if (cluster.put(m, c) != null) {
                    throw new IllegalArgumentException("item " + m + " is in two predicted clusters");
                }
            }
            c++;
        }
        int clusters = c;
        for (String item : gold.keySet()) {
            if (!cluster.containsKey(item)) {
                cluster.put(item, c++);
                clusters++;
            }
        }
        Map<Integer, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> overlap = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            int k = cluster.get(e.getKey());
            clusterSize.merge(k, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            overlap.merge(k + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            int k = cluster.get(e.getKey());
            double both = overlap.get(k + "\u0000" + e.getValue());
            p += both / clusterSize.get(k);
            r += both / goldSize.get(e.getValue());
        }
        int n = gold.size();
        p /= n;
        r /= n;
        long truePairs = overlap.values().stream().mapToLong(v -> (long) v * (v - 1) / 2).sum();
        long predictedPairs = clusterSize.values().stream().mapToLong(v -> (long) v * (v - 1) / 2).sum();
        long goldPairs = goldSize.values().stream().mapToLong(v -> (long) v * (v - 1) / 2).sum();
        double pp = predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        double pr = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        return new ClusterScores(p, r, Scores.f1(p, r), pp, pr, Scores.f1(pp, pr), clusters);
    }

    /** One table row: name, B-cubed P/R/F1, pairwise P/R/F1, cluster count. */
    public String row(String name) {
        return String.format(java.util.Locale.ROOT, "%-44s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %5d", name,
                bcubedPrecision, bcubedRecall, bcubedF1, pairPrecision, pairRecall, pairF1, clusters);
    }

    public static String header() {
        return String.format(java.util.Locale.ROOT, "%-44s %6s %6s %6s   %6s %6s %6s  %5s", "system", "B3-P",
                "B3-R", "B3-F1", "pair-P", "pair-R", "pair-F1", "k");
    }
}
