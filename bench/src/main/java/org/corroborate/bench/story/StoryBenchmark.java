package org.corroborate.bench.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.corroborate.eval.ClusterScores;
import org.corroborate.eval.EcbPlusCorpus;
import org.corroborate.eval.StoryEvaluation;
import org.corroborate.model.Article;

/**
 * Story clustering on ECB+ side by side in one run: Corroborate (not told the number of stories), its spread
 * over 10 shuffles, the single-pass tf-idf baseline, and Carrot2 4.5.1 bisecting k-means and Lingo, both told
 * the true number of stories.
 *
 * <p>Usage: {@code StoryBenchmark PATH-TO-ECBPLUS}
 */
public final class StoryBenchmark {
    private static final int[] MATRIX_SIZES = {37_500, 400_000, 1_500_000};

    private StoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StoryBenchmark PATH-TO-ECBPLUS");
            System.exit(2);
        }
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(Path.of(args[0]));
        Map<String, String> gold = StoryEvaluation.gold(docs);
        List<Article> articles = docs.stream().map(EcbPlusCorpus.Doc::article).toList();
        int k = (int) gold.values().stream().distinct().count();
        System.out.printf(Locale.ROOT, "ECB+ %s: %d documents, %d gold stories%n", args[0], docs.size(), k);
        System.out.println(ClusterScores.header());

        long t0 = System.nanoTime();
        ClusterScores ours = StoryEvaluation.ours(articles, gold);
        double oursSeconds = seconds(t0);
        System.out.println(ours.row("corroborate (not told k)"));
        StoryEvaluation.Spread spread = StoryEvaluation.shuffled(articles, gold,
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        StoryEvaluation.BaselineResult baseline = StoryEvaluation.baseline(articles, gold);
        System.out.println(baseline.scores().row(String.format(Locale.ROOT,
                "single-pass tf-idf (best threshold %.2f)", baseline.threshold())));

        LanguageComponents english = LanguageComponents.loader().load().language("English");
        // Carrot2's defaults are sized for search snippets (a 37,500-cell term-document matrix keeps only ~50
        // terms for 772 articles); the peer is run at each matrix size and reported at its best.
        ClusterScores kmeansScores = null;
        ClusterScores lingoScores = null;
        double kmeansSeconds = 0;
        double lingoSeconds = 0;
        for (int matrixSize : MATRIX_SIZES) {
            BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
            kmeans.clusterCount.set(k);
            kmeans.matrixBuilder.maximumMatrixSize.set(matrixSize);
            t0 = System.nanoTime();
            ClusterScores s = carrot2(kmeans, articles, gold, english);
            double took = seconds(t0);
            System.out.println(s.row("Carrot2 bisecting k-means k=" + k + " m=" + matrixSize));
            if (kmeansScores == null || s.bcubedF1() > kmeansScores.bcubedF1()) {
                kmeansScores = s;
                kmeansSeconds = took;
            }
            LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
            lingo.desiredClusterCount.set(k);
            lingo.matrixBuilder.maximumMatrixSize.set(matrixSize);
            t0 = System.nanoTime();
            s = carrot2(lingo, articles, gold, english);
            took = seconds(t0);
            System.out.println(s.row("Carrot2 Lingo k=" + k + " m=" + matrixSize));
            if (lingoScores == null || s.bcubedF1() > lingoScores.bcubedF1()) {
                lingoScores = s;
                lingoSeconds = took;
            }
        }
        System.out.println("best of each:");
        System.out.println(ours.row("corroborate (not told k)"));
        System.out.println(kmeansScores.row("Carrot2 bisecting k-means (told k=" + k + ")"));
        System.out.println(lingoScores.row("Carrot2 Lingo (told k=" + k + ")"));
        System.out.println(baseline.scores().row(String.format(Locale.ROOT,
                "single-pass tf-idf (best threshold %.2f)", baseline.threshold())));

        System.out.printf(Locale.ROOT, "corroborate over %d shuffles: B3-F1 mean %.3f sd %.3f min %.3f max %.3f%n",
                StoryEvaluation.SHUFFLES, spread.mean(), spread.sd(), spread.min(), spread.max());
        System.out.printf(Locale.ROOT, "time (1 thread, first run incl. warm-up): corroborate %.2f s, "
                + "bisecting k-means %.2f s, Lingo %.2f s%n", oursSeconds, kmeansSeconds, lingoSeconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** A Carrot2 document: title and body fields of an article. */
    private record Doc(Article article) implements Document {
        @Override
        public void visitFields(java.util.function.BiConsumer<String, String> fieldConsumer) {
            if (article.title() != null) {
                fieldConsumer.accept("title", article.title());
            }
            fieldConsumer.accept("content", article.body());
        }
    }

    /**
     * Runs a Carrot2 algorithm and turns its (possibly overlapping, possibly partial) clusters into a partition:
     * each document goes to the first cluster listing it (Carrot2 orders clusters best first, sub-clusters
     * flattened depth first); a document in none is a singleton.
     */
    private static ClusterScores carrot2(ClusteringAlgorithm algorithm, List<Article> articles,
            Map<String, String> gold, LanguageComponents language) {
        Stream<Doc> docs = articles.stream().map(Doc::new);
        List<Cluster<Doc>> clusters = algorithm.cluster(docs, language);
        Set<String> placed = new HashSet<>();
        List<List<String>> partition = new ArrayList<>();
        for (Cluster<Doc> c : flatten(clusters)) {
            List<String> members = new ArrayList<>();
            for (Doc d : c.getDocuments()) {
                if (placed.add(d.article().id())) {
                    members.add(d.article().id());
                }
            }
            if (!members.isEmpty()) {
                partition.add(members);
            }
        }
        return ClusterScores.of(partition, gold);
    }

    private static List<Cluster<Doc>> flatten(List<Cluster<Doc>> clusters) {
        List<Cluster<Doc>> out = new ArrayList<>();
        for (Cluster<Doc> c : clusters) {
            out.add(c);
            out.addAll(flatten(c.getClusters()));
        }
        return out;
    }
}
