package org.corroborate.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.corroborate.clean.Cleaner;
import org.corroborate.extract.Extractor;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;
import org.corroborate.reuse.ReuseDetector;
import org.corroborate.story.ArticleTerms;
import org.corroborate.story.StoryIndex;
import org.corroborate.story.StorySettings;
import org.corroborate.story.StoryTerms;
import org.corroborate.text.Segmenter;

/**
 * The stateless per-article stages, run in parallel: read the record as {@code analyze} reads a JSON Lines
 * line, clean, segment, extract, and compute the reuse candidate keys and the story terms. A bad record or a
 * failing stage becomes an error record naming the input and the reason; the others go on.
 */
final class AnalyzeFunction extends ProcessFunction<Messages.Input, Messages.Analyzed> {
    static final OutputTag<Messages.Output> ERRORS = new OutputTag<>("errors") { };

    private transient IngestLimits limits;
    private transient Cleaner cleaner;
    private transient Segmenter segmenter;
    private transient Extractor extractor;
    private transient ReuseDetector reuse;
    private transient StoryTerms terms;

    @Override
    public void open(OpenContext context) {
        limits = IngestLimits.DEFAULT;
        cleaner = new Cleaner();
        segmenter = new Segmenter();
        extractor = new Extractor();
        reuse = new ReuseDetector();
        terms = new StoryTerms(StorySettings.DEFAULT);
    }

    @Override
    public void processElement(Messages.Input in, Context ctx, Collector<Messages.Analyzed> out) {
        String source = "kafka partition " + in.partition + " offset " + in.offset;
        List<Document> documents = new ArrayList<>(1);
        new Ingestor(limits).readRecord(in.value == null ? new byte[0] : in.value, source,
                "kafka-" + in.partition + "-" + in.offset, documents::add, e -> error(ctx, e));
        for (Document doc : documents) {
            List<Article> parts;
            try {
                parts = cleaner.clean(doc).stream().map(segmenter::segment).toList();
            } catch (RuntimeException e) {
                error(ctx, new InputError(doc.source(), describe(e)));
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                Article a = parts.get(i);
                ArticleFacts facts;
                ReuseDetector.CandidateKeys keys;
                try {
                    facts = extractor.extract(a);
                } catch (RuntimeException e) {
                    error(ctx, new InputError(a.source(), "extraction failed on " + a.id() + ": " + describe(e)));
                    facts = new ArticleFacts(a.id(), List.of(), List.of(), List.of());
                }
                try {
                    keys = reuse.candidateKeys(a);
                } catch (RuntimeException e) {
                    error(ctx, new InputError(a.source(), "fingerprinting failed on " + a.id() + ": " + describe(e)));
                    keys = new ReuseDetector.CandidateKeys(new long[0], new long[0]);
                }
                ArticleTerms storyTerms;
                try {
                    storyTerms = terms.extract(a, facts);
                } catch (RuntimeException e) {
                    // the article still gets a story (its own): a job that fails on one article fails on all
                    error(ctx, new InputError(a.source(), "story terms failed on " + a.id() + ": " + describe(e)));
                    storyTerms = new ArticleTerms(a.id(), a.title(), null, StoryIndex.NO_TIME, Map.of());
                }
                Messages.Analyzed m = new Messages.Analyzed();
                m.id = a.id();
                m.order = Messages.order(in.timestamp, in.partition, in.offset, i);
                m.article = Codec.write(a);
                m.facts = Codec.write(facts);
                m.arrival = Messages.arrival(a.published(), m.order);
                m.terms = Codec.write(storyTerms);
                m.bands = keys.bands();
                m.sentenceKeys = keys.sentences();
                out.collect(m);
            }
        }
    }

    private static void error(Context ctx, InputError e) {
        ctx.output(ERRORS, new Messages.Output("errors", e.source(), Codec.write(e)));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

}
