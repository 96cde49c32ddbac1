package org.corroborate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.corroborate.brief.BriefWriter;
import org.corroborate.claim.ClaimBuilder;
import org.corroborate.clean.Cleaner;
import org.corroborate.extract.Extractor;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Brief;
import org.corroborate.model.DateMention;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.reuse.ReuseDetector;
import org.corroborate.story.ReuseLinks;
import org.corroborate.story.StoryClusterer;
import org.corroborate.text.Segmenter;
import org.corroborate.util.Validate;

/**
 * The one entry point to the pipeline: ingest → clean → analyze → fingerprint/reuse → stories → claims → brief.
 *
 * <p>Per-article stages run on {@code threads} workers; results are always gathered in input order, so the
 * output is the same whatever the thread count. A document that fails any stage becomes an {@link InputError}
 * and the others go on.
 */
public final class Engine {
    private final int threads;
    private final IngestLimits limits;
    private final Cleaner cleaner = new Cleaner();
    private final Segmenter segmenter = new Segmenter();
    private final Extractor extractor = new Extractor();
    private final ReuseDetector reuseDetector = new ReuseDetector();
    private final StoryClusterer storyClusterer = new StoryClusterer();
    private final ClaimBuilder claimBuilder = new ClaimBuilder();
    private final BriefWriter briefWriter = new BriefWriter();

    private Engine(Builder builder) {
        this.threads = builder.threads;
        this.limits = builder.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and analyzes {@code paths} together; each rejected input is passed to {@code onError} as well. */
    public Analysis analyzePaths(List<Path> paths, Consumer<InputError> onError, ProgressListener progress) {
        return analyzePaths(paths, onError, skipped -> { }, progress);
    }

    /** As above; files a folder scan passes over (documentation, non-article files) go to {@code onSkipped}. */
    public Analysis analyzePaths(List<Path> paths, Consumer<InputError> onError, Consumer<String> onSkipped,
            ProgressListener progress) {
        List<Document> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Ingestor ingestor = new Ingestor(limits);
        for (Path path : paths) {
            ingestor.read(path, d -> {
                documents.add(d);
                progress.update("read", documents.size(), -1);
            }, e -> {
                errors.add(e);
                onError.accept(e);
            }, onSkipped);
        }
        return analyze(documents, errors, onError, progress);
    }

    /** Analyzes documents already read; {@code ingestErrors} are carried into the result. */
    public Analysis analyze(List<Document> documents, List<InputError> ingestErrors, Consumer<InputError> onError,
            ProgressListener progress) {
        List<InputError> errors = new ArrayList<>(ingestErrors);
        List<List<Article>> cleaned = parallel(documents, doc -> {
            List<Article> parts = new ArrayList<>();
            for (Article a : cleaner.clean(doc)) {
                parts.add(segmenter.segment(a));
            }
            return parts;
        }, (doc, e) -> {
            InputError error = new InputError(doc.source(), describe(e));
            errors.add(error);
            onError.accept(error);
        });
        List<Article> articles = cleaned.stream().flatMap(List::stream).toList();
        progress.update("clean", documents.size(), documents.size());

        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        List<ArticleFacts> extracted = parallel(articles, extractor::extract,
                (a, e) -> report(errors, onError, a, "extraction", e));
        extracted.forEach(f -> facts.put(f.article(), f));
        articles.forEach(a -> facts.putIfAbsent(a.id(), new ArticleFacts(a.id(), List.of(), List.of(), List.of())));

        progress.update("extract", articles.size(), articles.size());
        List<Reuse> reuse = reuseDetector.detect(articles);
        progress.update("reuse", articles.size(), articles.size());
        return assemble(articles, facts, reuse, errors, onError);
    }

    /**
     * The stages after reuse detection: stories (clustered in {@link #arrivalOrder}, joined where linked by
     * reuse, with reporting chains), inferred publication dates, date mentions, resolved facts, claims and brief.
     * {@code articles} in input order, {@code facts} by article id (one per article), {@code reuse} as
     * {@link ReuseDetector#detect} orders it; {@code errors} are carried into the result and date extraction
     * failures added to them. Public so that a streaming runner calls this very path.
     */
    public Analysis assemble(List<Article> articles, Map<String, ArticleFacts> facts, List<Reuse> reuse,
            List<InputError> errors, Consumer<InputError> onError) {
        return assembleStories(ReuseLinks.join(storyClusterer.cluster(arrivalOrder(articles), facts), reuse),
                articles, facts, reuse, errors, onError, new HashMap<>(), null);
    }

    /**
     * {@link #assemble} after clustering: {@code stories} already joined by {@link ReuseLinks#join} (reporting
     * chains not yet filled in). Public so that a streaming runner keeping its own story index finishes only
     * the stories that changed, with their own articles and the relations among them; {@code claimIdsUsed} as in
     * {@link ClaimBuilder#build(Analysis, Map)} (updated with the ids given here). {@code datesMemo}, when not
     * null, keeps each article's date mentions by {@link #dateKey} across calls (date extraction is a large
     * part of the cost, and an article finished again with the same publication date has the same dates); its
     * owner removes what it no longer needs.
     */
    public Analysis assembleStories(List<Story> joined, List<Article> articles, Map<String, ArticleFacts> facts,
            List<Reuse> reuse, List<InputError> errors, Consumer<InputError> onError,
            Map<String, Integer> claimIdsUsed, Map<String, List<DateMention>> datesMemo) {
        List<InputError> all = new ArrayList<>(errors);
        List<Story> stories = joined.stream().map(s -> reuseDetector.withChains(s, reuse)).toList();
        articles = DateInference.inferPublished(articles, stories);
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));

        Function<Article, List<DateMention>> datesOf = datesMemo == null ? extractor::dates : a -> {
            String key = dateKey(a);
            synchronized (datesMemo) {
                List<DateMention> known = datesMemo.get(key);
                if (known != null) {
                    return known;
                }
            }
            List<DateMention> found = extractor.dates(a);
            synchronized (datesMemo) {
                datesMemo.put(key, found);
            }
            return found;
        };
        List<DateMention> dates = parallel(articles, datesOf,
                (a, e) -> report(all, onError, a, "date extraction", e)).stream().flatMap(List::stream).toList();
        ResolvedFacts resolved = extractor.resolve(stories, byId, facts);

        Analysis partial = new Analysis(Analysis.FORMAT_VERSION, articles, stories, reuse, resolved.entities(),
                resolved.quantities(), dates, resolved.quotes(), List.of(), Brief.EMPTY, all);
        Analysis withClaims = new Analysis(Analysis.FORMAT_VERSION, articles, stories, reuse, resolved.entities(),
                resolved.quantities(), dates, resolved.quotes(), claimBuilder.build(partial, claimIdsUsed), Brief.EMPTY,
                all);
        return new Analysis(Analysis.FORMAT_VERSION, articles, stories, reuse, resolved.entities(),
                resolved.quantities(), dates, resolved.quotes(), withClaims.claims(), briefWriter.write(withClaims),
                all);
    }

    /** The key of an article's date mentions in a memo: its id and the publication date they are read against. */
    public static String dateKey(Article a) {
        return a.id() + "\u0000" + a.published();
    }

    /** Articles by publication date where known (dated first, oldest first), then undated in input order. */
    public static List<Article> arrivalOrder(List<Article> articles) {
        List<Article> dated = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        for (Article a : articles) {
            (a.published() != null ? dated : undated).add(a);
        }
        dated.sort(Comparator.comparing(Article::published));
        dated.addAll(undated);
        return dated;
    }

    private interface Failure<T> {
        void on(T input, Exception e);
    }

    /** Applies {@code f} to each input on the worker pool; results in input order, failures reported and dropped. */
    private <T, R> List<R> parallel(List<T> inputs, Function<T, R> f, Failure<T> failure) {
        List<R> out = new ArrayList<>(inputs.size());
        if (threads == 1 || inputs.size() < 2) {
            for (T in : inputs) {
                try {
                    out.add(f.apply(in));
                } catch (RuntimeException e) {
                    failure.on(in, e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (T in : inputs) {
                futures.add(pool.submit(() -> f.apply(in)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failure.on(inputs.get(i), e.getCause() instanceof Exception ex ? ex : e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A stage that fails on one article costs that article its facts, never the run. */
    private static void report(List<InputError> errors, Consumer<InputError> onError, Article a, String stage,
            Exception e) {
        InputError error = new InputError(a.source(), stage + " failed on " + a.id() + ": " + describe(e));
        synchronized (errors) {
            errors.add(error);
        }
        onError.accept(error);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Settings of an engine; fails fast on bad values. */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private IngestLimits limits = IngestLimits.DEFAULT;

        private Builder() {}

        public Builder threads(int threads) {
            this.threads = Validate.positive(threads, "threads");
            return this;
        }

        public Builder limits(IngestLimits limits) {
            this.limits = Validate.notNull(limits, "limits");
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
