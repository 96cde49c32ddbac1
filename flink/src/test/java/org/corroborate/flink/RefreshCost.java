package org.corroborate.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.Engine;
import org.corroborate.clean.Cleaner;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.eval.SharedData;
import org.corroborate.extract.Extractor;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Document;
import org.corroborate.model.Reuse;
import org.corroborate.reuse.ReuseDetector;
import org.corroborate.text.Segmenter;

/**
 * Cost of one refresh of the story stage ({@link StoryStage}: {@link Engine#assemble} over every article held)
 * for N held articles, the same ECB+-built articles as {@link FlinkThroughput}; the per-article stages and reuse
 * detection run first, untimed. Prints the best of three refreshes in milliseconds.
 *
 * <p>Usage: {@code RefreshCost N...}.
 */
public final class RefreshCost {
    private RefreshCost() {}

    public static void main(String[] args) throws java.io.IOException {
        Path data = SharedData.resolve("data/ecbplus").orElseThrow(() -> new IllegalStateException(
                "../shared/data/ecbplus not found (set -Dcorroborate.shared)"));
        List<EcbCorpus.Doc> docs = EcbCorpus.read(data);
        Engine engine = Engine.builder().threads(1).build();
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            List<Article> articles = new ArrayList<>();
            Map<String, ArticleFacts> facts = new LinkedHashMap<>();
            Cleaner cleaner = new Cleaner();
            Segmenter segmenter = new Segmenter();
            Extractor extractor = new Extractor();
            List<String> records = FlinkThroughput.articles(docs, n);
            for (int i = 0; i < records.size(); i++) {
                List<Document> read = new ArrayList<>();
                new Ingestor(IngestLimits.DEFAULT).readRecord(records.get(i).getBytes(StandardCharsets.UTF_8),
                        "record " + i, "r" + i, read::add, e -> { });
                for (Document d : read) {
                    for (Article a : cleaner.clean(d)) {
                        Article s = segmenter.segment(a);
                        articles.add(s);
                        facts.put(s.id(), extractor.extract(s));
                    }
                }
            }
            List<Reuse> reuse = new ReuseDetector().detect(articles);
            long best = Long.MAX_VALUE;
            for (int rep = 0; rep < 3; rep++) {
                long t0 = System.nanoTime();
                engine.assemble(articles, facts, reuse, List.of(), e -> { });
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("held=%d refresh ms=%d per article ms=%.2f%n", n, best / 1_000_000,
                    best / 1e6 / n);
        }
    }
}
