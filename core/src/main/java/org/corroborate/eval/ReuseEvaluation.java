package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.eval.reuse.ReuseSet;
import org.corroborate.eval.reuse.ReuseSetGenerator;
import org.corroborate.model.Change;
import org.corroborate.model.Reuse;
import org.corroborate.reuse.ReuseDetector;

/**
 * Copy detection on a reuse set generated from ECB+ ({@link ReuseSetGenerator}): pair precision, recall and
 * F1; same-event independent pairs reported as copies; mean absolute error of the source coverage; direction
 * accuracy over detected pairs whose direction is knowable; altered-figure recall.
 */
public final class ReuseEvaluation implements Evaluation {
    @Override
    public String name() {
        return "reuse";
    }

    @Override
    public String description() {
        return "copy detection on a reuse set generated from ECB+";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws Exception {
        long start = System.nanoTime();
        ReuseSet set = new ReuseSetGenerator(ReuseSetGenerator.DEFAULT_SEED).generate(EcbCorpus.read(data));
        List<Reuse> found = new ReuseDetector().detect(set.articles());
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Reuse> reported = new HashMap<>();
        found.forEach(r -> reported.put(ReuseSet.key(r.copy(), r.source()), r));
        int tp = 0;
        int fp = 0;
        int sameEventFp = 0;
        for (String key : reported.keySet()) {
            if (set.ignored().contains(key)) {
                continue;
            }
            if (set.positives().containsKey(key)) {
                tp++;
            } else {
                fp++;
                if (set.sameEvent().contains(key)) {
                    sameEventFp++;
                }
            }
        }
        int knowable = 0;
        int rightDirection = 0;
        int unknownDirection = 0;
        double coverageError = 0;
        int coverageCount = 0;
        int figures = 0;
        int figuresFound = 0;
        Map<String, int[]> byTransform = new LinkedHashMap<>();
        for (Map.Entry<String, ReuseSet.Positive> e : set.positives().entrySet()) {
            ReuseSet.Positive p = e.getValue();
            Reuse r = reported.get(e.getKey());
            int[] counts = byTransform.computeIfAbsent(p.transform(), k -> new int[2]);
            counts[1]++;
            if (r != null) {
                counts[0]++;
            }
            figures += p.alteredFigures().size();
            if (r == null) {
                continue;
            }
            if (p.directionKnowable()) {
                knowable++;
                if (r.direction().equals("unknown")) {
                    unknownDirection++;
                } else if (r.copy().equals(p.copy())) {
                    rightDirection++;
                }
            }
            if (!Double.isNaN(p.coverageOfSource())) {
                double predicted = r.source().equals(p.source()) ? r.coverageOfSource() : r.coverageOfCopy();
                coverageError += Math.abs(predicted - p.coverageOfSource());
                coverageCount++;
            }
            for (Map.Entry<String, String> f : p.alteredFigures().entrySet()) {
                if (reportsFigure(r, f.getKey(), f.getValue())) {
                    figuresFound++;
                }
            }
        }
        int gold = set.positives().size();
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = gold == 0 ? 1 : tp / (double) gold;
        double f1 = Scores.f1(precision, recall);
        double direction = knowable == 0 ? 1 : rightDirection / (double) knowable;
        double figureRecall = figures == 0 ? 1 : figuresFound / (double) figures;
        double mae = coverageCount == 0 ? 0 : coverageError / coverageCount;

        out.printf("reuse set: %d articles, %d positive pairs (%d natural ECB+ pairs sharing prose), "
                        + "%d same-event real pairs, %d ambiguous pairs left out%n", set.articles().size(), gold,
                set.naturalPositives(), set.sameEvent().size(), set.ignored().size());
        byTransform.forEach((k, v) -> out.printf("  %-14s detected %d / %d%n", k, v[0], v[1]));
        out.printf("pair precision %.4f  recall %.4f  F1 %.4f  (tp %d, fp %d)%n", precision, recall, f1, tp, fp);
        out.printf("same-event independent pairs reported as copies: %d%n", sameEventFp);
        out.printf("coverage of source, mean absolute error: %.4f over %d pairs%n", mae, coverageCount);
        out.printf("direction accuracy: %.4f (%d right, %d unknown, %d wrong of %d knowable detected)%n", direction,
                rightDirection, unknownDirection, knowable - rightDirection - unknownDirection, knowable);
        out.printf("altered-figure recall: %.4f (%d / %d)%n", figureRecall, figuresFound, figures);
        out.printf("time: %.1f s%n", seconds);
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("pair_precision", precision);
        scores.put("pair_recall", recall);
        scores.put("pair_f1", f1);
        scores.put("same_event_false_positives", (double) sameEventFp);
        scores.put("coverage_mae", mae);
        scores.put("direction_accuracy", direction);
        scores.put("altered_figure_recall", figureRecall);
        scores.put("natural_positives", (double) set.naturalPositives());
        return new EvalReport(name(), scores);
    }

    /** A figure-altered or hedge-altered change with the old number before and the new after (either way). */
    private static boolean reportsFigure(Reuse r, String before, String after) {
        for (Change c : r.changes()) {
            if (!c.kind().equals("figure-altered") && !c.kind().equals("hedge-altered")
                    || c.before() == null || c.after() == null) {
                continue;
            }
            if (c.before().contains(before) && c.after().contains(after)
                    || c.before().contains(after) && c.after().contains(before)) {
                return true;
            }
        }
        return false;
    }
}
