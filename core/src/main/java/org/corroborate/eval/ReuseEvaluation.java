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
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.reuse.MiniLmEncoder;
import org.corroborate.reuse.SentenceEncoder;
import org.corroborate.model.Reuse;
import org.corroborate.reuse.ReuseDetector;

/**
 * Copy detection on a reuse set generated from ECB+ ({@link ReuseSetGenerator}): pair precision, recall and
 * F1; same-event independent pairs reported as copies; mean absolute error of the source coverage; direction
 * accuracy over detected pairs whose direction is knowable; altered-figure recall; paraphrase alignment:
 * precision of {@code paraphrase} matches in generated pairs (the copy sentence was made from that source
 * sentence), and recall of rewritten sentences (aligned with their origin by any match type, and by
 * {@code paraphrase} among those word matching missed), and the cost of embedding. With {@link #SWEEP_PROPERTY}
 * set, also a run of word matching alone on the same set and the paraphrase figures at other thresholds.
 */
public final class ReuseEvaluation implements Evaluation {
    /**
     * System property: cosine thresholds at which to repeat the paraphrase figures, e.g. {@code 0.75,0.8,0.9}; it
     * also adds a run of word matching alone on the same set, for comparison.
     */
    public static final String SWEEP_PROPERTY = "corroborate.reuse.sweep";

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
        ReuseSet set = new ReuseSetGenerator(ReuseSetGenerator.DEFAULT_SEED).generate(EcbCorpus.read(data));
        String sweep = System.getProperty(SWEEP_PROPERTY);
        if (sweep != null) {
            // the comparison run: the same set with word matching alone
            long start = System.nanoTime();
            List<Reuse> lexical = new ReuseDetector(ReuseDetector.Settings.DEFAULT, null, 1).detect(set.articles());
            Paraphrases wordsOnly = paraphrases(set, lexical);
            out.printf("word matching alone: %.1f s; rewritten sentences aligned %.4f (%d / %d); coverage MAE on"
                    + " paraphrase copies %.4f%n", (System.nanoTime() - start) / 1e9, wordsOnly.rewrittenRecall(),
                    wordsOnly.aligned(), wordsOnly.rewritten(), wordsOnly.paraphraseCoverageError());
        }
        CountingEncoder encoder = MiniLmEncoder.shared().map(CountingEncoder::new).orElse(null);
        if (encoder == null) {
            out.println("sentence encoder not available: paraphrase alignment not measured");
        }
        EvalReport report = evaluate(set, new ReuseDetector(ReuseDetector.Settings.DEFAULT, encoder,
                ReuseDetector.DEFAULT_MIN_PARAPHRASE_COSINE), encoder, out);
        if (sweep != null && encoder != null) {
            sweep(set, encoder, sweep, out);
        }
        return report;
    }

    /**
     * Paraphrase figures at other cosine thresholds ({@value #SWEEP_PROPERTY}, comma-separated), each sentence
     * embedded once for all of them.
     */
    private static void sweep(ReuseSet set, SentenceEncoder encoder, String thresholds, PrintStream out) {
        Map<String, float[]> vectors = new java.util.concurrent.ConcurrentHashMap<>();
        SentenceEncoder cached = new SentenceEncoder() {
            @Override
            public float[][] encode(List<String> sentences) {
                return sentences.stream().map(s -> vectors.computeIfAbsent(s, t -> encoder.encode(List.of(t))[0]))
                        .toArray(float[][]::new);
            }

            @Override
            public String name() {
                return encoder.name();
            }
        };
        out.println("threshold sweep (cosine: paraphrase precision, right / reported, natural-pair matches; "
                + "paraphrase recall of rewritten sentences word matching missed):");
        for (String t : thresholds.split(",")) {
            double threshold = Double.parseDouble(t.strip());
            Paraphrases p = paraphrases(set, new ReuseDetector(ReuseDetector.Settings.DEFAULT, cached, threshold)
                    .detect(set.articles()));
            out.printf("  %.2f: precision %.4f (%d / %d), %d natural; recall %.4f%n", threshold, p.precision(),
                    p.right(), p.reported(), p.natural(), p.paraphraseRecall());
        }
    }

    /** Scores {@code detector} on {@code set}; {@code encoder} (may be null) is the one it embeds with. */
    EvalReport evaluate(ReuseSet set, ReuseDetector detector, CountingEncoder encoder, PrintStream out) {
        long start = System.nanoTime();
        List<Reuse> found = detector.detect(set.articles());
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
        Paraphrases para = paraphrases(set, found);
        out.printf("paraphrase matches: precision %.4f (%d right of %d in generated pairs; %d more in natural pairs,"
                + " not scorable)%n", para.precision(), para.right(), para.reported(), para.natural());
        out.printf("rewritten sentences aligned with their origin: %.4f (%d / %d; %d by paraphrase); "
                        + "paraphrase recall of those word matching missed: %.4f%n", para.rewrittenRecall(),
                para.aligned(), para.rewritten(), para.byParaphrase(), para.paraphraseRecall());
        out.printf("  of those, aligned by word matching: %.4f (%d); coverage MAE on paraphrase copies %.4f%n",
                para.wordRecall(), para.aligned() - para.byParaphrase(), para.paraphraseCoverageError());
        if (encoder != null) {
            out.printf("embedding: %d sentences in %.1f s (%.0f sentences/s on the calling threads' clock)%n",
                    encoder.sentences(), encoder.seconds(), encoder.sentences() / Math.max(1e-9, encoder.seconds()));
        }
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
        scores.put("paraphrase_precision", para.precision());
        scores.put("rewritten_recall", para.rewrittenRecall());
        scores.put("paraphrase_recall", para.paraphraseRecall());
        scores.put("rewritten_recall_words_only", para.wordRecall());
        return new EvalReport(name(), scores);
    }

    /**
     * Paraphrase alignment figures of one run.
     *
     * @param reported paraphrase matches in detected generated pairs
     * @param right those linking a copy sentence to the source sentence it was made from
     * @param natural paraphrase matches in natural pairs (no sentence origins known)
     * @param rewritten rewritten copy sentences of all generated paraphrase pairs
     * @param aligned rewritten sentences aligned with their origin, any match type
     * @param byParaphrase rewritten sentences aligned with their origin by a paraphrase match
     * @param paraphraseCoverageError mean absolute coverage-of-source error over detected paraphrase copies
     */
    record Paraphrases(int reported, int right, int natural, int rewritten, int aligned, int byParaphrase,
            double paraphraseCoverageError) {
        double precision() {
            return reported == 0 ? 1 : right / (double) reported;
        }

        double rewrittenRecall() {
            return rewritten == 0 ? 1 : aligned / (double) rewritten;
        }

        /**
         * Rewritten sentences aligned by word matching: the same with or without an encoder, since paraphrase
         * alignment only adds to what word matching left unaligned.
         */
        double wordRecall() {
            return rewritten == 0 ? 1 : (aligned - byParaphrase) / (double) rewritten;
        }

        /** Among rewritten sentences not aligned by word matching, the share aligned by paraphrase. */
        double paraphraseRecall() {
            int missedByWords = rewritten - (aligned - byParaphrase);
            return missedByWords == 0 ? 1 : byParaphrase / (double) missedByWords;
        }
    }

    static Paraphrases paraphrases(ReuseSet set, List<Reuse> found) {
        Map<String, Article> articles = new HashMap<>();
        set.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, Reuse> reported = new HashMap<>();
        found.forEach(r -> reported.put(ReuseSet.key(r.copy(), r.source()), r));
        int count = 0;
        int right = 0;
        int natural = 0;
        int rewritten = 0;
        int aligned = 0;
        int byParaphrase = 0;
        double coverageError = 0;
        int coverageCount = 0;
        for (Map.Entry<String, ReuseSet.Positive> e : set.positives().entrySet()) {
            ReuseSet.Positive p = e.getValue();
            Reuse r = reported.get(e.getKey());
            rewritten += p.rewritten().size();
            if (r == null) {
                continue;
            }
            if (p.origins().isEmpty()) {
                natural += (int) r.shared().stream().filter(s -> s.match().equals("paraphrase")).count();
                continue;
            }
            boolean oriented = r.copy().equals(p.copy());
            Article copy = articles.get(p.copy());
            Article source = articles.get(p.source());
            Map<Integer, SharedSentence> byCopySentence = new HashMap<>();
            for (SharedSentence s : r.shared()) {
                int c = sentenceAt(copy, oriented ? s.copy() : s.source());
                int o = sentenceAt(source, oriented ? s.source() : s.copy());
                boolean correct = c >= 0 && p.origins().containsKey(c) && p.origins().get(c) == o;
                if (s.match().equals("paraphrase")) {
                    count++;
                    right += correct ? 1 : 0;
                }
                if (correct) {
                    byCopySentence.put(c, s);
                }
            }
            for (int c : p.rewritten()) {
                SharedSentence s = byCopySentence.get(c);
                if (s != null) {
                    aligned++;
                    byParaphrase += s.match().equals("paraphrase") ? 1 : 0;
                }
            }
            if (p.transform().equals("paraphrase")) {
                double predicted = r.source().equals(p.source()) ? r.coverageOfSource() : r.coverageOfCopy();
                coverageError += Math.abs(predicted - p.coverageOfSource());
                coverageCount++;
            }
        }
        return new Paraphrases(count, right, natural, rewritten, aligned, byParaphrase,
                coverageCount == 0 ? 0 : coverageError / coverageCount);
    }

    /** Index of the article sentence starting where {@code span} starts, or -1. */
    private static int sentenceAt(Article a, Span span) {
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).start() == span.start()) {
                return i;
            }
        }
        return -1;
    }

    /** Counts the sentences a detector embeds and the time it spends embedding. */
    static final class CountingEncoder implements SentenceEncoder {
        private final SentenceEncoder inner;
        private final java.util.concurrent.atomic.AtomicLong sentences = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        CountingEncoder(SentenceEncoder inner) {
            this.inner = inner;
        }

        @Override
        public float[][] encode(List<String> texts) {
            long t = System.nanoTime();
            float[][] out = inner.encode(texts);
            nanos.addAndGet(System.nanoTime() - t);
            sentences.addAndGet(texts.size());
            return out;
        }

        @Override
        public String name() {
            return inner.name();
        }

        long sentences() {
            return sentences.get();
        }

        /** Embedding time summed over calling threads. */
        double seconds() {
            return nanos.get() / 1e9;
        }
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
