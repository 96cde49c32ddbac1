package org.corroborate.bench.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.extract.Extractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.DateMention;
import org.corroborate.text.Segmenter;

/**
 * Corpus benchmark of the extraction stage: articles per second for {@link Extractor#extract} (entities,
 * figures, quotes) plus {@link Extractor#dates}, on segmented articles rebuilt from the ECB+ news documents.
 *
 * <p>Implementation notes: the ECB+ token files are joined back into text (a space between tokens, none before
 * closing punctuation, one sentence per line), in sorted file order, and segmented once by the text stage
 * before timing, so only extraction is measured. One warm-up pass, then timed passes on a fixed pool of
 * threads; the article, figure and date counts are printed so runs can be checked for determinism. Besides
 * the wall clock, the workers' own CPU time is reported, since a shared machine's wall clock counts other jobs.
 *
 * <p>Usage: {@code ExtractionSpeedBenchmark ECBPLUS_DIR [threads=2] [passes=3]}.
 */
public final class ExtractionSpeedBenchmark {
    private static final Pattern TOKEN = Pattern.compile("<token[^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final String PUBLISHED = "2024-01-15";

    private ExtractionSpeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionSpeedBenchmark ECBPLUS_DIR [threads] [passes]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (threads < 1 || passes < 1) {
            throw new IllegalArgumentException("threads and passes must be at least 1: " + threads + ", " + passes);
        }
        List<Article> articles = load(dir);
        System.out.printf(Locale.ROOT, "ECB+: %d articles, %d chars; %d threads, %d timed passes%n",
                articles.size(), articles.stream().mapToLong(a -> a.body().length()).sum(), threads, passes);
        Extractor extractor = new Extractor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] counts = run(pool, extractor, articles); // warm-up
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpu0 = poolCpu(pool, cpu, threads);
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                long[] again = run(pool, extractor, articles);
                if (again[0] != counts[0] || again[1] != counts[1]) {
                    throw new IllegalStateException("extraction is not deterministic across passes");
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (poolCpu(pool, cpu, threads) - cpu0) / 1e9;
            int done = passes * articles.size();
            System.out.printf(Locale.ROOT, "figures %d, dates %d per pass%n", counts[0], counts[1]);
            System.out.printf(Locale.ROOT, "extraction: %.1f articles/s wall clock (%.2f s for %d articles)%n",
                    done / seconds, seconds, done);
            // On a shared machine the wall clock counts other jobs' time; the workers' own CPU time does not.
            System.out.printf(Locale.ROOT, "worker CPU: %.2f s, %.1f articles per CPU second, %.1f articles/s on %d "
                    + "unshared cores%n", cpuSeconds, done / cpuSeconds, threads * done / cpuSeconds, threads);
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of the pool's worker threads so far, in nanoseconds. */
    private static long poolCpu(ExecutorService pool, ThreadMXBean cpu, int threads) throws Exception {
        List<Future<Long>> ids = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            // Each task waits for the others so that every worker thread reports once.
            ids.add(pool.submit(() -> {
                all.countDown();
                all.await();
                return cpu.getCurrentThreadCpuTime();
            }));
        }
        long total = 0;
        for (Future<Long> id : ids) {
            total += id.get();
        }
        return total;
    }

    /** Figures and dates found over all articles. */
    private static long[] run(ExecutorService pool, Extractor extractor, List<Article> articles) throws Exception {
        List<Future<long[]>> jobs = new ArrayList<>();
        for (Article a : articles) {
            jobs.add(pool.submit(() -> {
                ArticleFacts facts = extractor.extract(a);
                List<DateMention> dates = extractor.dates(a);
                return new long[] {facts.quantities().size(), dates.size()};
            }));
        }
        long[] total = new long[2];
        for (Future<long[]> job : jobs) {
            long[] c = job.get();
            total[0] += c[0];
            total[1] += c[1];
        }
        return total;
    }

    static List<Article> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no ECB+ .xml documents");
        }
        Segmenter segmenter = new Segmenter();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            String body = text(Files.readString(file, StandardCharsets.UTF_8));
            if (body.isBlank()) {
                continue;
            }
            Article raw = new Article(file.getFileName().toString(), file.toString(), null, null, List.of(), null,
                    PUBLISHED, false, null, null, List.of(), "en", body, List.of(), List.of(), List.of());
            articles.add(segmenter.segment(raw));
        }
        return articles;
    }

    /** The document's tokens joined back into text, one sentence per line. */
    static String text(String xml) {
        StringBuilder b = new StringBuilder();
        Matcher m = TOKEN.matcher(xml);
        String sentence = null;
        while (m.find()) {
            String word = unescape(m.group(2));
            if (sentence != null && !sentence.equals(m.group(1))) {
                b.append('\n');
            } else if (b.length() > 0 && !word.matches("[.,;:!?)'’%]|'s|n't")) {
                b.append(' ');
            }
            sentence = m.group(1);
            b.append(word);
        }
        return b.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
