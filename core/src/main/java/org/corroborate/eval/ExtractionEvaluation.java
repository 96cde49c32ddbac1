package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.corroborate.clean.html.HtmlExtractor;

/**
 * Article body extraction on the article-extraction benchmark (181 pages): shingle precision, recall and F1
 * of {@link HtmlExtractor} ({@link ExtractionMetric}), pages per second, and the published extractors'
 * outputs in {@code output/} re-scored with the same metric.
 */
public final class ExtractionEvaluation implements Evaluation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int WORST_LISTED = 8;

    /** One benchmark page: its id, URL, HTML and ground-truth body. */
    public record Page(String id, String url, String html, String truth) {}

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public String description() {
        return "article body extraction F1 on article-extraction";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        List<Page> pages = loadPages(data);
        HtmlExtractor extractor = new HtmlExtractor();
        long start = System.nanoTime();
        Map<String, String> ours = new LinkedHashMap<>();
        for (Page p : pages) {
            ours.put(p.id(), extractor.extract(p.html(), p.url()).text());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> scores = new LinkedHashMap<>();
        List<ExtractionMetric.DocScore> docs = new ArrayList<>();
        for (Page p : pages) {
            docs.add(ExtractionMetric.score(p.truth(), ours.get(p.id())));
        }
        ExtractionMetric.Score our = ExtractionMetric.average(docs);
        scores.put("precision", our.precision());
        scores.put("recall", our.recall());
        scores.put("f1", our.f1());
        scores.put("pages_per_second", pages.size() / seconds);

        out.printf(Locale.ROOT, "article-extraction: %d pages, %s%n", pages.size(), data);
        out.printf(Locale.ROOT, "%-18s %9s %9s %9s%n", "system", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f   (%.1f pages/s, single thread, first pass)%n",
                "corroborate", our.precision(), our.recall(), our.f1(), pages.size() / seconds);
        Map<String, ExtractionMetric.Score> published = scorePublished(data, pages);
        published.entrySet().stream()
                .sorted(Map.Entry.<String, ExtractionMetric.Score>comparingByValue(
                        Comparator.comparingDouble(ExtractionMetric.Score::f1)).reversed())
                .forEach(e -> {
                    out.printf(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f%n", e.getKey(), e.getValue().precision(),
                            e.getValue().recall(), e.getValue().f1());
                    scores.put("published." + e.getKey() + ".f1", e.getValue().f1());
                });
        out.println("lowest-scoring pages (id, precision, recall):");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> f1(docs.get(i))));
        for (int i : order.subList(0, Math.min(WORST_LISTED, order.size()))) {
            out.printf(Locale.ROOT, "  %s %.3f %.3f%n", pages.get(i).id(), docs.get(i).precision(), docs.get(i).recall());
        }
        return new EvalReport(name(), scores);
    }

    private static double f1(ExtractionMetric.DocScore d) {
        double p = Double.isNaN(d.precision()) ? 0 : d.precision();
        return p + d.recall() == 0 ? 0 : 2 * p * d.recall() / (p + d.recall());
    }

    /** The pages with their ground truth, sorted by id. */
    public static List<Page> loadPages(Path data) throws IOException {
        Path truthFile = data.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException(data + ": not an article-extraction folder (no ground-truth.json)");
        }
        Map<String, JsonNode> truth = items(truthFile);
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            Path html = data.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw new IOException(html + ": page listed in ground-truth.json is missing");
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), gunzip(html),
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    /** Each published system's output re-scored, by file name. */
    public static Map<String, ExtractionMetric.Score> scorePublished(Path data, List<Page> pages) throws IOException {
        Map<String, ExtractionMetric.Score> out = new TreeMap<>();
        Path dir = data.resolve("output");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            Map<String, JsonNode> predicted = items(f);
            out.put(f.getFileName().toString().replaceFirst("\\.json$", ""),
                    score(pages, id -> predicted.containsKey(id) ? predicted.get(id).path("articleBody").asText("") : ""));
        }
        return out;
    }

    /** Scores a system given as a function from page id to extracted text. */
    public static ExtractionMetric.Score score(List<Page> pages, Function<String, String> textOf) {
        List<ExtractionMetric.DocScore> docs = new ArrayList<>();
        for (Page p : pages) {
            docs.add(ExtractionMetric.score(p.truth(), textOf.apply(p.id())));
        }
        return ExtractionMetric.average(docs);
    }

    /** {@code {id: {...}}}, or the same wrapped as {@code {"output": {id: {...}}}}. */
    private static Map<String, JsonNode> items(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root.has("output") && root.get("output").isObject()) {
            root = root.get("output");
        }
        Map<String, JsonNode> items = new TreeMap<>();
        root.fields().forEachRemaining(e -> items.put(e.getKey(), e.getValue()));
        return items;
    }

    private static String gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read gzip HTML", e);
        }
    }
}
