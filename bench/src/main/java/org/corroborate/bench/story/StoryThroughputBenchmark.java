package org.corroborate.bench.story;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.story.ArticleTerms;
import org.corroborate.story.StoryIndex;
import org.corroborate.story.StorySettings;
import org.corroborate.story.StoryTerms;

/**
 * Streaming assignment throughput with many live stories: a synthetic stream (seeded) opens {@code stories}
 * stories, all dated within the window, then {@code measured} more articles arrive, 80% on existing stories and
 * 20% on new ones; reports articles/s, per-article latency p50/p99 of {@link StoryIndex#assign} (reading the
 * text included) and heap per live story.
 *
 * <p>Articles: a title of 8 words and a body of 150 words, 70% drawn from a Zipf-like shared vocabulary of
 * 20,000 words and 30% from 12 words of their own story. Usage: {@code StoryThroughputBenchmark [stories]
 * [measured] [SETTING=VALUE,...]} (defaults 100000, 20000 and the default settings).
 */
public final class StoryThroughputBenchmark {
    private static final int SHARED_WORDS = 20_000;
    private static final int STORY_WORDS = 12;

    private StoryThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Random random = new Random(42);
        String[] shared = words(SHARED_WORDS, random);
        double[] zipf = zipfCumulative(SHARED_WORDS);
        long start = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();

        long heapBefore = usedHeap();
        StorySettings settings = args.length > 2 ? StoryTuning.settings(args[2]) : StorySettings.DEFAULT;
        StoryIndex index = new StoryIndex(settings);
        List<String[]> storyWords = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int s = 0; s < stories; s++) {
            storyWords.add(words(STORY_WORDS, random));
            index.assign(article("o" + s, storyWords.get(s), shared, zipf, random, start + s * 500L), null);
        }
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfter = usedHeap();
        int live = index.liveStories();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] latency = new long[measured];
        long[] cpu = new long[measured];
        long m0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        StoryTerms reader = new StoryTerms(settings);
        long readCpu = 0;
        for (int i = 0; i < measured; i++) {
            String[] own;
            if (random.nextInt(5) == 0) {
                own = words(STORY_WORDS, random);
            } else {
                own = storyWords.get(random.nextInt(storyWords.size()));
            }
            Article a = article("m" + i, own, shared, zipf, random, start + stories * 500L + i * 100L);
            long a0 = System.nanoTime();
            long ac0 = threads.getCurrentThreadCpuTime();
            ArticleTerms terms = reader.extract(a, null);
            long ac1 = threads.getCurrentThreadCpuTime();
            index.assign(terms);
            long ac2 = threads.getCurrentThreadCpuTime();
            cpu[i] = ac2 - ac0;
            readCpu += ac1 - ac0;
            latency[i] = System.nanoTime() - a0;
        }
        double seconds = (System.nanoTime() - m0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        Arrays.sort(latency);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "opened %d stories in %.1f s (%.0f articles/s); live stories %d%n", stories,
                fillSeconds, stories / fillSeconds, live);
        System.out.printf(Locale.ROOT, "heap: %.1f MB for %d live stories = %.0f bytes per live story "
                + "(index, vocabulary and postings included)%n", (heapAfter - heapBefore) / 1e6, live,
                (double) (heapAfter - heapBefore) / live);
        System.out.printf(Locale.ROOT, "measured %d articles with %d+ live stories: %.0f articles/s, "
                + "latency p50 %.0f us, p99 %.0f us, max %.0f us%n", measured, live, measured / seconds,
                latency[measured / 2] / 1e3, latency[(int) (measured * 0.99)] / 1e3, latency[measured - 1] / 1e3);
        // the machine is shared: CPU time of the assigning thread is what the code costs, wall time what it got
        System.out.printf(Locale.ROOT, "CPU time of the assigning thread: %.1f s for %d articles = %.0f articles per "
                + "CPU second; per article p50 %.0f us, p99 %.0f us, max %.0f us (wall %.1f s)%n", cpuSeconds, measured,
                measured / cpuSeconds, cpu[measured / 2] / 1e3, cpu[(int) (measured * 0.99)] / 1e3,
                cpu[measured - 1] / 1e3, seconds);
        // reading is independent per article (StoryClusterer runs it on other threads); assignment is sequential
        System.out.printf(Locale.ROOT, "of which reading the text: %.1f s (%.0f us per article); assignment alone: "
                + "%.0f articles per CPU second%n", readCpu / 1e9, readCpu / 1e3 / measured,
                measured / (cpuSeconds - readCpu / 1e9));
    }

    private static Article article(String id, String[] own, String[] shared, double[] zipf, Random random,
            long time) {
        String title = text(8, own, shared, zipf, random);
        String body = text(150, own, shared, zipf, random);
        return new Article(id, "synthetic:" + id, null, null, List.of(), title, Instant.ofEpochMilli(time).toString(),
                false, null, null, List.of(), "en", body, List.of(), List.of(), List.of());
    }

    private static String text(int n, String[] own, String[] shared, double[] zipf, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(i % 15 == 0 ? ". " : " ");
            }
            if (random.nextInt(10) < 3) {
                b.append(own[random.nextInt(own.length)]);
            } else {
                int at = Arrays.binarySearch(zipf, random.nextDouble());
                b.append(shared[Math.min(shared.length - 1, at < 0 ? -at - 1 : at)]);
            }
        }
        return b.append('.').toString();
    }

    /** Pronounceable random words (letters only, so the reader keeps them as words). */
    private static String[] words(int n, Random random) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                b.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            out[i] = b.toString();
        }
        return out;
    }

    private static double[] zipfCumulative(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
