package org.corroborate.bench.fingerprint;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import info.debatty.java.lsh.MinHash;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.fingerprint.Fingerprint;
import org.corroborate.fingerprint.FingerprintScheme;
import org.corroborate.fingerprint.LshIndex;
import org.corroborate.fingerprint.Words;

/**
 * Corpus run: fingerprinting plus LSH candidate generation over recombined ECB+ text, Corroborate's scheme v1
 * against java-lsh 0.12 and Lucene's MinHashFilter at equal parameters (word 5-shingles, 128 hashes, 32 bands of
 * 4), in one JVM, same corpus, same thread count. Usage: {@code FingerprintThroughput ECBPLUS_DIR [articles]
 * [threads]}. Articles are 12 to 24 sentences drawn with a fixed seed from all ECB+ sentences; one in fifty is a
 * planted near-duplicate of an earlier article (one sentence replaced), whose exact Jaccard similarity is then
 * computed to check candidate recall at Jaccard >= 0.8.
 */
public final class FingerprintThroughput {
    private static final int BANDS = 32;
    private static final int ROWS = 4;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<String> sentences = new ArrayList<>();
        EcbCorpus.read(data).forEach(d -> sentences.addAll(d.sentences()));
        Random random = new Random(7);
        String[] articles = new String[n];
        int[] plantedOf = new int[n];
        Arrays.fill(plantedOf, -1);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            if (i > 10 && random.nextInt(50) == 0) {
                int of = random.nextInt(i);
                String[] parts = articles[of].split("\n");
                parts[random.nextInt(parts.length)] = sentences.get(random.nextInt(sentences.size()));
                articles[i] = String.join("\n", parts);
                plantedOf[i] = of;
            } else {
                int len = 12 + random.nextInt(13);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    b.append(sentences.get(random.nextInt(sentences.size()))).append('\n');
                }
                articles[i] = b.toString();
            }
            chars += articles[i].length();
        }
        System.out.printf("corpus: %d articles, %.0f chars each on average, %d threads, %d cores%n", n,
                chars / (double) n, threads, Runtime.getRuntime().availableProcessors());

        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? " (warm-up)" : "";
            Set<Long> ours = runOurs(articles, threads, label);
            Set<Long> lsh = runPeer("java-lsh 0.12", articles, threads, label, javaLsh());
            Set<Long> lucene = runPeer("Lucene 9.12.3 MinHashFilter", articles, threads, label, lucene());
            if (round == 1) {
                recall("corroborate v1", ours, articles, plantedOf);
                recall("java-lsh", lsh, articles, plantedOf);
                recall("lucene", lucene, articles, plantedOf);
            }
        }
    }

    private static Set<Long> runOurs(String[] articles, int threads, String label) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        Fingerprint[] prints = parallel(articles.length, threads, () -> {
            FingerprintScheme scheme = new FingerprintScheme();
            return i -> scheme.fingerprint(articles[i]);
        }, Fingerprint[]::new);
        LshIndex index = new LshIndex(articles.length);
        Set<Long> pairs = new HashSet<>();
        for (int j = 0; j < prints.length; j++) {
            for (int i : index.add(prints[j])) {
                pairs.add(((long) i << 32) | j);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        prints = null;
        System.gc();
        long heapAfter = usedHeap();
        System.out.printf("%-30s %8.0f articles/s  %6d candidate pairs  index %5.0f B/article (arrays), heap %5.0f "
                + "B/article%s%n", "corroborate v1", articles.length / s, pairs.size(),
                index.bytes() / (double) articles.length, (heapAfter - heapBefore) / (double) articles.length, label);
        return pairs;
    }

    /** A peer's signature function (128 ints) for one article, one instance per thread. */
    private interface Signer {
        int[] sign(String text) throws IOException;
    }

    private interface SignerFactory {
        Signer create();
    }

    private static Set<Long> runPeer(String name, String[] articles, int threads, String label,
            SignerFactory factory) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        int[][] sigs = parallel(articles.length, threads, () -> {
            Signer signer = factory.create();
            return i -> {
                try {
                    return signer.sign(articles[i]);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            };
        }, int[][]::new);
        List<Map<Long, List<Integer>>> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
        Set<Long> pairs = new HashSet<>();
        for (int j = 0; j < sigs.length; j++) {
            for (int b = 0; b < BANDS; b++) {
                long key = Arrays.hashCode(Arrays.copyOfRange(sigs[j], b * ROWS, b * ROWS + ROWS)) * 31L + b;
                List<Integer> bucket = bands.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
                for (int i : bucket) {
                    pairs.add(((long) i << 32) | j);
                }
                bucket.add(j);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        sigs = null;
        System.gc();
        long heapAfter = usedHeap();
        System.out.printf("%-30s %8.0f articles/s  %6d candidate pairs  heap %5.0f B/article%s%n", name,
                articles.length / s, pairs.size(), (heapAfter - heapBefore) / (double) articles.length, label);
        bands.clear();
        return pairs;
    }

    /** java-lsh: 5-shingles of lower-cased whitespace words hashed to non-negative ints, MinHash of 128. */
    private static SignerFactory javaLsh() {
        MinHash minHash = new MinHash(BANDS * ROWS, Integer.MAX_VALUE, 42);
        return () -> text -> {
            String[] w = text.toLowerCase().split("\\s+");
            Set<Integer> shingles = new HashSet<>();
            for (int i = 0; i + 5 <= w.length; i++) {
                shingles.add((w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3] + ' ' + w[i + 4]).hashCode()
                        & 0x7fffffff);
            }
            return minHash.signature(shingles);
        };
    }

    /** Lucene: whitespace tokens, lower case, 5-shingles only, MinHashFilter with 1 hash x 128 buckets. */
    private static SignerFactory lucene() {
        return () -> {
            Analyzer analyzer = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer tokenizer = new WhitespaceTokenizer();
                    ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(tokenizer), 5, 5);
                    shingles.setOutputUnigrams(false);
                    TokenStream min = new MinHashFilter(shingles, 1, BANDS * ROWS, 1, true);
                    return new TokenStreamComponents(tokenizer, min);
                }
            };
            return text -> {
                int[] sig = new int[BANDS * ROWS];
                try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    int k = 0;
                    while (ts.incrementToken() && k < sig.length) {
                        sig[k++] = term.toString().hashCode();
                    }
                    ts.end();
                }
                return sig;
            };
        };
    }

    private interface Worker<T> {
        IntFunction<T> create();
    }

    /** Computes f(i) for every i on {@code threads} workers, each with its own state, results by index. */
    private static <T> T[] parallel(int n, int threads, Worker<T> worker, IntFunction<T[]> array)
            throws Exception {
        T[] out = array.apply(n);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = (n + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * chunk;
                int to = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> {
                    IntFunction<T> f = worker.create();
                    for (int i = from; i < to; i++) {
                        out[i] = f.apply(i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return out;
    }

    /** Candidate recall over planted pairs whose exact Jaccard of normalized word 5-shingles is >= 0.8. */
    private static void recall(String name, Set<Long> pairs, String[] articles, int[] plantedOf) {
        int eligible = 0;
        int found = 0;
        for (int j = 0; j < articles.length; j++) {
            if (plantedOf[j] < 0) {
                continue;
            }
            int i = plantedOf[j];
            if (jaccard(articles[i], articles[j]) >= 0.8) {
                eligible++;
                if (pairs.contains(((long) i << 32) | j)) {
                    found++;
                }
            }
        }
        System.out.printf("%-30s candidate recall at exact Jaccard >= 0.8: %d / %d%n", name, found, eligible);
    }

    private static double jaccard(String a, String b) {
        Set<Long> x = shingles(a);
        Set<Long> y = shingles(b);
        long common = x.stream().filter(y::contains).count();
        return common / (double) (x.size() + y.size() - common);
    }

    private static Set<Long> shingles(String text) {
        List<Long> w = new ArrayList<>();
        Words.scan(text, 0, text.length(), (s, e, h) -> w.add(h));
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + 5 <= w.size(); i++) {
            out.add(Arrays.hashCode(new long[] {w.get(i), w.get(i + 1), w.get(i + 2), w.get(i + 3), w.get(i + 4)})
                    * 0x9e3779b97f4a7c15L + w.get(i + 4));
        }
        return out;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
