package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Story;
import org.corroborate.story.StoryClusterer;
import org.corroborate.story.StorySettings;

/**
 * Story clustering on ECB+: every document at once, without the topics, scored by B-cubed and pairwise F1
 * against topic + sub-topic; the engine in corpus order, its spread over 10 seeded shuffles, and the
 * single-pass tf-idf baseline at its best threshold.
 */
public final class StoryEvaluation implements Evaluation {
    /** How many shuffled orders the spread is measured over. */
    public static final int SHUFFLES = 10;
    private static final double[] BASELINE_THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public String description() {
        return "story clustering B-cubed and pairwise F1 on ECB+";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws Exception {
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(data);
        Map<String, String> gold = gold(docs);
        List<Article> articles = docs.stream().map(EcbPlusCorpus.Doc::article).toList();
        Map<String, Double> scores = new LinkedHashMap<>();
        out.printf(Locale.ROOT, "ECB+ %s: %d documents, %d gold stories%n", data, docs.size(),
                gold.values().stream().distinct().count());
        out.println(ClusterScores.header());

        long start = System.nanoTime();
        ClusterScores ours = ours(articles, gold);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(ours.row("corroborate (corpus order)"));
        put(scores, "", ours);
        scores.put("seconds", seconds);

        Spread spread = shuffled(articles, gold, out);
        scores.put("shuffle_bcubed_f1_mean", spread.mean);
        scores.put("shuffle_bcubed_f1_sd", spread.sd);
        scores.put("shuffle_bcubed_f1_min", spread.min);
        scores.put("shuffle_bcubed_f1_max", spread.max);

        BaselineResult baseline = baseline(articles, gold);
        out.println(baseline.scores.row(String.format(Locale.ROOT, "single-pass tf-idf (best threshold %.2f)",
                baseline.threshold)));
        put(scores, "baseline_", baseline.scores);
        out.printf(Locale.ROOT, "corroborate over %d shuffles: B3-F1 mean %.3f sd %.3f min %.3f max %.3f%n",
                SHUFFLES, spread.mean, spread.sd, spread.min, spread.max);
        out.printf(Locale.ROOT, "corroborate time (corpus order, 1 thread): %.2f s%n", seconds);
        return new EvalReport(name(), scores);
    }

    /** Gold story label by article id. */
    public static Map<String, String> gold(List<EcbPlusCorpus.Doc> docs) {
        Map<String, String> gold = new LinkedHashMap<>();
        docs.forEach(d -> gold.put(d.article().id(), d.story()));
        return gold;
    }

    /** The engine's clustering of {@code articles} in the order given, scored. */
    public static ClusterScores ours(List<Article> articles, Map<String, String> gold) {
        List<Story> stories = new StoryClusterer(StorySettings.DEFAULT, 1).cluster(articles, Map.of());
        return ClusterScores.of(stories.stream().map(Story::articles).toList(), gold);
    }

    /** Mean, standard deviation and range of B-cubed F1. */
    public record Spread(double mean, double sd, double min, double max) {}

    /** The engine over {@link #SHUFFLES} seeded shuffles of {@code articles}; one row per shuffle. */
    public static Spread shuffled(List<Article> articles, Map<String, String> gold, PrintStream out) {
        double[] f = new double[SHUFFLES];
        for (int seed = 1; seed <= SHUFFLES; seed++) {
            List<Article> order = new ArrayList<>(articles);
            Collections.shuffle(order, new Random(seed));
            ClusterScores s = ours(order, gold);
            f[seed - 1] = s.bcubedF1();
            out.println(s.row("corroborate (shuffle seed " + seed + ")"));
        }
        double mean = java.util.Arrays.stream(f).average().orElse(0);
        double var = java.util.Arrays.stream(f).map(x -> (x - mean) * (x - mean)).sum() / f.length;
        return new Spread(mean, Math.sqrt(var), java.util.Arrays.stream(f).min().orElse(0),
                java.util.Arrays.stream(f).max().orElse(0));
    }

    /** The single-pass baseline's best threshold (by B-cubed F1) and its scores. */
    public record BaselineResult(double threshold, ClusterScores scores) {}

    public static BaselineResult baseline(List<Article> articles, Map<String, String> gold) {
        BaselineResult best = null;
        for (double t : BASELINE_THRESHOLDS) {
            ClusterScores s = ClusterScores.of(new SinglePassTfIdf(t).cluster(articles), gold);
            if (best == null || s.bcubedF1() > best.scores.bcubedF1()) {
                best = new BaselineResult(t, s);
            }
        }
        return best;
    }

    private static void put(Map<String, Double> scores, String prefix, ClusterScores s) {
        scores.put(prefix + "bcubed_precision", s.bcubedPrecision());
        scores.put(prefix + "bcubed_recall", s.bcubedRecall());
        scores.put(prefix + "bcubed_f1", s.bcubedF1());
        scores.put(prefix + "pairwise_precision", s.pairPrecision());
        scores.put(prefix + "pairwise_recall", s.pairRecall());
        scores.put(prefix + "pairwise_f1", s.pairF1());
        scores.put(prefix + "stories", (double) s.clusters());
    }
}
