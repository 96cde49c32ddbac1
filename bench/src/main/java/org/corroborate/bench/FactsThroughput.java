package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.TaggedText;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.EntityMention;

/**
 * Corpus run: articles per second of entity recognition plus quote extraction (the extraction stage's share
 * that the entity and quote code owns), and of tagging alone, on every .txt under a folder.
 *
 * <p>Usage: {@code FactsThroughput FOLDER [THREADS] [ROUNDS]}. The first round warms the JIT and is not counted.
 */
public final class FactsThroughput {
    private FactsThroughput() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: FactsThroughput FOLDER [THREADS] [ROUNDS]");
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(Files.readString(p));
            }
        }
        long chars = bodies.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d articles, %.0f chars each on average, %d threads%n", bodies.size(),
                chars / (double) bodies.size(), threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r <= rounds; r++) {
                double[] tagged = run(pool, bodies, threads, false);
                double[] full = run(pool, bodies, threads, true);
                if (r > 0) {
                    System.out.printf(Locale.ROOT, "round %d: tagging only %.0f articles/s (%.0f per CPU-second);"
                            + " recognize + quotes %.0f articles/s (%.0f per CPU-second)%n",
                            r, tagged[0], tagged[1], full[0], full[1]);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Articles per wall-clock second, and per second of CPU time summed over the worker threads. */
    private static double[] run(ExecutorService pool, List<String> bodies, int threads, boolean full) throws Exception {
        long t0 = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            parts.add(pool.submit(() -> {
                long cpu0 = CPU.getCurrentThreadCpuTime();
                EntityRecognizer recognizer = new EntityRecognizer();
                QuoteExtractor quotes = new QuoteExtractor();
                int n = 0;
                for (int i = worker; i < bodies.size(); i += threads) {
                    // a fresh id each run so the per-thread tagging cache never serves a previous round
                    Article a = new Article("b" + i + "-" + System.nanoTime(), "bench", null, null, List.of(), null,
                            null, false, null, null, List.of(), "en", bodies.get(i), List.of(), List.of(), List.of());
                    if (full) {
                        List<EntityMention> names = recognizer.recognize(a);
                        n += quotes.extract(a, names).size();
                    } else {
                        n += TaggedText.of(a).tokens().size();
                    }
                }
                return n >= 0 ? CPU.getCurrentThreadCpuTime() - cpu0 : 0;
            }));
        }
        long cpu = 0;
        for (Future<Long> f : parts) {
            cpu += f.get();
        }
        return new double[] {bodies.size() / ((System.nanoTime() - t0) / 1e9), bodies.size() / (cpu / 1e9)};
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
}
