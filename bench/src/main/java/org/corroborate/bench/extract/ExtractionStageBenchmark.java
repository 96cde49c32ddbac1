package org.corroborate.bench.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.eval.EcbPlusCorpus;
import org.corroborate.extract.Extractor;
import org.corroborate.extract.date.DateExtractor;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.TaggedText;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.DateMention;
import org.corroborate.model.EntityMention;
import org.corroborate.text.Segmenter;

/**
 * Corpus benchmark of the whole extraction stage as the engine runs it on one article: segmentation (sentences,
 * paragraphs, language), then {@link Extractor#extract} (tokenizing, part-of-speech tagging, entities, figures,
 * quotes) and {@link Extractor#dates}, on the ECB+ documents read by {@link EcbPlusCorpus} with their gold
 * segmentation removed, so the text stage segments them as it would a cleaned page.
 *
 * <p>Implementation notes: articles are shared out over a fixed pool of 1 and then 2 threads (one task per
 * article, as {@code Engine} does); one warm-up pass per thread count, then timed passes. Wall clock and the
 * workers' own CPU time are both reported, since other jobs on a shared machine inflate the wall clock. A digest
 * (SHA-256 of every article's facts and dates, in corpus order) is printed and must be the same for every
 * thread count and pass: it is how a speed change is checked to leave the output unchanged. The profile runs
 * the stage's parts one after the other on one thread with a CPU timer around each; tagging is timed on its own
 * ({@link TaggedText#of}, which the entity and quote extractors then reuse) so the rules' share is visible.
 *
 * <p>Usage: {@code ExtractionStageBenchmark ECBPLUS_DIR [passes=3] [threads=1,2]}.
 */
public final class ExtractionStageBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractionStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionStageBenchmark ECBPLUS_DIR [passes] [threads,...]");
            System.exit(2);
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] threadCounts = (args.length > 2 ? args[2] : "1,2").split(",");
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1: " + passes);
        }
        List<Article> articles = new ArrayList<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.read(Path.of(args[0]))) {
            Article a = d.article();
            articles.add(a.withSegments(null, List.of(), List.of())); // the stage segments a cleaned body itself
        }
        System.out.printf(Locale.ROOT, "ECB+: %d articles, %d chars, %d timed passes; %d processors%n",
                articles.size(), articles.stream().mapToLong(a -> a.body().length()).sum(), passes,
                Runtime.getRuntime().availableProcessors());
        Extractor extractor = new Extractor();
        Segmenter segmenter = new Segmenter();
        String digest = null;
        for (String tc : threadCounts) {
            int threads = Integer.parseInt(tc.trim());
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                String d = run(pool, segmenter, extractor, articles).digest; // warm-up
                digest = check(digest, d);
                double wall = 0;
                double cpu = 0;
                for (int p = 0; p < passes; p++) {
                    long t0 = System.nanoTime();
                    Pass r = run(pool, segmenter, extractor, articles);
                    wall += (System.nanoTime() - t0) / 1e9;
                    cpu += r.cpuNanos / 1e9;
                    digest = check(digest, r.digest);
                }
                int done = passes * articles.size();
                System.out.printf(Locale.ROOT, "%d thread%s: %.1f articles/s wall clock (%.2f s), %.1f articles per "
                        + "CPU-second (%.2f CPU-s)%n", threads, threads == 1 ? " " : "s", done / wall, wall,
                        done / cpu, cpu);
            } finally {
                pool.shutdown();
            }
        }
        System.out.println("output digest " + digest);
        profile(articles, Math.max(1, passes));
    }

    private static String check(String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            throw new IllegalStateException("output differs between runs: " + expected + " vs " + actual);
        }
        return actual;
    }

    private record Pass(String digest, long cpuNanos) {}

    private record One(String text, long cpuNanos) {}

    /** One pass over the articles on the pool: the output digest and the workers' CPU time. */
    private static Pass run(ExecutorService pool, Segmenter segmenter, Extractor extractor, List<Article> articles)
            throws Exception {
        List<Future<One>> jobs = new ArrayList<>(articles.size());
        for (Article raw : articles) {
            jobs.add(pool.submit(() -> {
                long c0 = CPU.getCurrentThreadCpuTime();
                Article a = segmenter.segment(raw);
                ArticleFacts facts = extractor.extract(a);
                List<DateMention> dates = extractor.dates(a);
                long c1 = CPU.getCurrentThreadCpuTime();
                return new One(a.sentences() + "\n" + facts + "\n" + dates, c1 - c0);
            }));
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long cpu = 0;
        for (Future<One> job : jobs) {
            One o = job.get();
            sha.update(o.text.getBytes(StandardCharsets.UTF_8));
            cpu += o.cpuNanos;
        }
        return new Pass(HexFormat.of().formatHex(sha.digest()).substring(0, 16), cpu);
    }

    /** CPU time of each part of the stage, on this thread, over {@code passes} passes. */
    private static void profile(List<Article> articles, int passes) {
        Segmenter segmenter = new Segmenter();
        EntityRecognizer entities = new EntityRecognizer();
        QuantityExtractor quantities = new QuantityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        DateExtractor dates = new DateExtractor();
        String[] names = {"segmentation", "tokenize + tag (TaggedText)", "entity rules", "figures (own tokens + tags)",
            "quote rules", "dates"};
        long[] nanos = new long[names.length];
        for (int p = 0; p <= passes; p++) { // pass 0 warms up
            long[] t = new long[names.length];
            for (Article raw : articles) {
                long c = CPU.getCurrentThreadCpuTime();
                Article a = segmenter.segment(raw);
                c = lap(t, 0, c);
                TaggedText.of(a);
                c = lap(t, 1, c);
                List<EntityMention> found = entities.recognize(a);
                c = lap(t, 2, c);
                quantities.extract(a);
                c = lap(t, 3, c);
                quotes.extract(a, found);
                c = lap(t, 4, c);
                dates.extract(a);
                lap(t, 5, c);
            }
            if (p > 0) {
                for (int i = 0; i < t.length; i++) {
                    nanos[i] += t[i];
                }
            }
        }
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        System.out.printf(Locale.ROOT, "profile, 1 thread, CPU time per article (%d passes): %.2f ms in all, %.1f "
                + "articles per CPU-second%n", passes, total / 1e6 / passes / articles.size(),
                passes * articles.size() / (total / 1e9));
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  %-30s %7.3f ms  %5.1f%%%n", names[i],
                    nanos[i] / 1e6 / passes / articles.size(), 100.0 * nanos[i] / total);
        }
    }

    private static long lap(long[] t, int i, long since) {
        long now = CPU.getCurrentThreadCpuTime();
        t[i] += now - since;
        return now;
    }
}
