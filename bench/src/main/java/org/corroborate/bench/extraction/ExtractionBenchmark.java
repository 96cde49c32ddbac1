package org.corroborate.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.corroborate.clean.html.ExtractedPage;
import org.corroborate.clean.html.HtmlExtractor;
import org.corroborate.eval.ExtractionEvaluation;
import org.corroborate.eval.ExtractionEvaluation.Page;
import org.corroborate.eval.ExtractionMetric;

/**
 * Our HTML extractor and Readability4J side by side on the article-extraction benchmark, in one process:
 * shingle F1 (the same {@link ExtractionMetric} as {@code corroborate eval extraction}) and pages per second
 * (single thread; {@link #WARM_UP_PASSES} warm-up passes per system, then {@link #TIMED_ROUNDS} timed passes
 * interleaved between the systems; medians reported both as wall-clock pages per second and as pages per
 * CPU-second of the benchmark thread, which a loaded machine disturbs less). With {@code --stress}, also extracts a page nested
 * 10,000 levels deep and a page of about 100 MB, reporting time and heap.
 *
 * <p>Usage: {@code ExtractionBenchmark PATH-TO-article-extraction [--stress]}
 */
public final class ExtractionBenchmark {
    private static final int WARM_UP_PASSES = 2;
    private static final int TIMED_ROUNDS = 3;

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark PATH-TO-article-extraction [--stress]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        List<Page> pages = ExtractionEvaluation.loadPages(data);
        HtmlExtractor ours = new HtmlExtractor();
        Map<String, Function<Page, String>> systems = new LinkedHashMap<>();
        systems.put("corroborate HtmlExtractor", p -> ours.extract(p.html(), p.url()).text());
        systems.put("Readability4J 1.0.8", ExtractionBenchmark::readability);

        System.out.printf(Locale.ROOT, "article-extraction: %d pages; %d available processors; java %s%n", pages.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %10s %14s %8s%n", "system", "precision", "recall", "F1",
                "pages/s", "pages/cpu-s", "errors");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Function<Page, String> system : systems.values()) {
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                run(pages, system);
            }
        }
        // timed passes interleaved between the systems, so a burst of load on the shared machine hits both
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, Outputs> outputs = new LinkedHashMap<>();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Map.Entry<String, Function<Page, String>> s : systems.entrySet()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Outputs out = run(pages, s.getValue());
                wall.computeIfAbsent(s.getKey(), k -> new double[TIMED_ROUNDS])[round] =
                        pages.size() / ((System.nanoTime() - start) / 1e9);
                cpu.computeIfAbsent(s.getKey(), k -> new double[TIMED_ROUNDS])[round] =
                        pages.size() / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                outputs.put(s.getKey(), out);
            }
        }
        for (String name : systems.keySet()) {
            Outputs out = outputs.get(name);
            ExtractionMetric.Score score = ExtractionEvaluation.score(pages, out.text()::get);
            System.out.printf(Locale.ROOT, "%-26s %9.3f %9.3f %9.3f %10.1f %14.1f %8d%n", name, score.precision(),
                    score.recall(), score.f1(), median(wall.get(name)), median(cpu.get(name)), out.errors());
        }
        System.out.printf(Locale.ROOT, "(pages/s: median of %d interleaved timed passes after %d warm-up passes each)%n",
                TIMED_ROUNDS, WARM_UP_PASSES);
        System.out.println();
        System.out.println("published outputs re-scored with the same metric:");
        ExtractionEvaluation.scorePublished(data, pages).entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()))
                .forEach(e -> System.out.printf(Locale.ROOT, "%-26s %9.3f %9.3f %9.3f%n", e.getKey(),
                        e.getValue().precision(), e.getValue().recall(), e.getValue().f1()));
        if (args.length > 1 && args[1].equals("--stress")) {
            stress(ours);
        }
    }

    private record Outputs(Map<String, String> text, int errors) {}

    private static Outputs run(List<Page> pages, Function<Page, String> system) {
        Map<String, String> out = new LinkedHashMap<>();
        int errors = 0;
        for (Page p : pages) {
            try {
                out.put(p.id(), system.apply(p));
            } catch (RuntimeException | StackOverflowError e) {
                out.put(p.id(), "");
                errors++;
            }
        }
        return new Outputs(out, errors);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String readability(Page p) {
        String text = new Readability4J(p.url() == null ? "" : p.url(), p.html()).parse().getTextContent();
        return text == null ? "" : text;
    }

    private static void stress(HtmlExtractor extractor) {
        String paragraph = "<p>The harbour council met again on Tuesday to discuss the stone pier, the ferry timetable "
                + "and the winter lighting of the promenade, and agreed to publish its accounts.</p>\n";
        String nested = "<html><body>" + "<div>".repeat(10_000) + paragraph.repeat(3) + "</div>".repeat(10_000)
                + "</body></html>";
        report("10,000 nested divs", nested, extractor);
        StringBuilder big = new StringBuilder("<html><body><article>");
        List<String> sections = new ArrayList<>();
        sections.add("<nav><a href=\"/a\">Home</a> <a href=\"/b\">News</a></nav>\n");
        sections.add(paragraph.repeat(20));
        while (big.length() < 100_000_000) {
            for (String s : sections) {
                big.append(s);
            }
        }
        big.append("</article></body></html>");
        report("~100 MB page", big.toString(), extractor);
    }

    private static void report(String label, String html, HtmlExtractor extractor) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        ExtractedPage page = extractor.extract(html, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%s: %.1f MB in, %.2f s, %d chars of text out, heap grew ~%d MB (max heap %d MB)%n",
                label, html.length() / 1e6, seconds, page.text().length(), Math.max(0, (after - before) >> 20),
                rt.maxMemory() >> 20);
    }
}
