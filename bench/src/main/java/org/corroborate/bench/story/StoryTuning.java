package org.corroborate.bench.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.corroborate.eval.ClusterScores;
import org.corroborate.eval.EcbPlusCorpus;
import org.corroborate.eval.StoryEvaluation;
import org.corroborate.model.Article;
import org.corroborate.model.Story;
import org.corroborate.story.StoryClusterer;
import org.corroborate.story.StorySettings;

/**
 * Sensitivity of story clustering on ECB+ to one setting: B-cubed F1 in corpus order and over 10 seeded
 * shuffles for each value, so a default can be picked on a plateau rather than on a peak. With no setting,
 * prints the mixed and cut gold stories of the corpus-order run.
 *
 * <p>Usage: {@code StoryTuning PATH-TO-ECBPLUS [SETTING VALUE...]}, SETTING a {@link StorySettings.Builder}
 * method taking a number (joinThreshold, mergeThreshold, nameWeight, ...).
 */
public final class StoryTuning {
    private StoryTuning() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StoryTuning PATH-TO-ECBPLUS [SETTING VALUE...]");
            System.exit(2);
        }
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(Path.of(args[0]));
        Map<String, String> gold = StoryEvaluation.gold(docs);
        List<Article> articles = docs.stream().map(EcbPlusCorpus.Doc::article).toList();
        if (args.length == 1) {
            errors(articles, gold, StorySettings.DEFAULT);
            System.out.println(run(articles, gold, StorySettings.DEFAULT));
            return;
        }
        String setting = args[1];
        for (int i = 2; i < args.length; i++) {
            double value = Double.parseDouble(args[i]);
            StorySettings.Builder b = StorySettings.DEFAULT.toBuilder();
            set(b, setting, value);
            if (args.length == 3) {
                errors(articles, gold, b.build());
            }
            System.out.println(setting + "=" + args[i] + "  " + run(articles, gold, b.build()));
        }
    }

    /** The default settings with some changed: "queryTerms=12,maxPostings=1000". */
    static StorySettings settings(String changes) throws Exception {
        StorySettings.Builder b = StorySettings.DEFAULT.toBuilder();
        for (String change : changes.split(",")) {
            String[] kv = change.split("=", 2);
            set(b, kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return b.build();
    }

    /** Sets a numeric setting by its builder method's name. */
    private static void set(StorySettings.Builder b, String setting, double value) throws Exception {
        try {
            b.getClass().getMethod(setting, double.class).invoke(b, value);
        } catch (NoSuchMethodException e) {
            b.getClass().getMethod(setting, int.class).invoke(b, (int) value);
        }
    }

    private static String run(List<Article> articles, Map<String, String> gold, StorySettings settings) {
        double corpus = score(articles, gold, settings).bcubedF1();
        double[] f = new double[StoryEvaluation.SHUFFLES];
        for (int seed = 1; seed <= f.length; seed++) {
            List<Article> order = new ArrayList<>(articles);
            Collections.shuffle(order, new Random(seed));
            f[seed - 1] = score(order, gold, settings).bcubedF1();
        }
        double mean = java.util.Arrays.stream(f).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(f).map(x -> (x - mean) * (x - mean)).sum() / f.length);
        return String.format(Locale.ROOT, "corpus %.3f  shuffles mean %.3f sd %.3f min %.3f max %.3f", corpus, mean,
                sd, java.util.Arrays.stream(f).min().orElse(0), java.util.Arrays.stream(f).max().orElse(0));
    }

    private static ClusterScores score(List<Article> articles, Map<String, String> gold, StorySettings settings) {
        List<Story> stories = new StoryClusterer(settings, 1).cluster(articles, Map.of());
        return ClusterScores.of(stories.stream().map(Story::articles).toList(), gold);
    }

    /** Each predicted story holding more than one gold story, and each gold story cut across predicted ones. */
    private static void errors(List<Article> articles, Map<String, String> gold, StorySettings settings) {
        List<Story> stories = new StoryClusterer(settings, 1).cluster(articles, Map.of());
        Map<String, Map<String, Integer>> cuts = new TreeMap<>();
        for (Story s : stories) {
            Map<String, Integer> mix = new TreeMap<>();
            s.articles().forEach(a -> mix.merge(gold.get(a), 1, Integer::sum));
            mix.keySet().forEach(g -> cuts.computeIfAbsent(g, x -> new TreeMap<>()).put(s.id(), mix.get(g)));
            if (mix.size() > 1) {
                System.out.println("mixed " + s.id() + " " + mix);
            }
        }
        cuts.forEach((g, parts) -> {
            if (parts.size() > 1) {
                System.out.println("cut   " + g + " " + parts.values());
            }
        });
    }
}
