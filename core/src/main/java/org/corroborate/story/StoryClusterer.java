package org.corroborate.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;
import org.corroborate.util.Validate;

/**
 * Groups a batch of articles into stories by streaming them, in the order given, through a fresh
 * {@link StoryIndex}: the same code path as live streaming. Reading the articles' terms (the costly, independent
 * part) may run on several threads; assignment is sequential, so the thread count never changes the result.
 */
public final class StoryClusterer {
    /**
     * Enough for ECB+ to converge (it settles in 2 to 4 rounds); a bound so a batch always ends. Public so that
     * a streaming caller settling its own index settles it as a batch run does.
     */
    public static final int SETTLE_ROUNDS = 8;
    private final StorySettings settings;
    private final int threads;

    public StoryClusterer() {
        this(StorySettings.DEFAULT, 1);
    }

    public StoryClusterer(StorySettings settings, int threads) {
        this.settings = Validate.notNull(settings, "settings");
        this.threads = Validate.positive(threads, "threads");
    }

    /** Stories of {@code articles}, taken in the order given; {@code facts} by article id, may lack some. */
    public List<Story> cluster(List<Article> articles, Map<String, ArticleFacts> facts) {
        Validate.notNull(articles, "articles");
        StoryIndex index = new StoryIndex(settings);
        for (ArticleTerms terms : read(articles, facts == null ? Map.of() : facts)) {
            index.assign(terms);
        }
        index.settle(SETTLE_ROUNDS);
        return index.stories();
    }

    private List<ArticleTerms> read(List<Article> articles, Map<String, ArticleFacts> facts) {
        StoryTerms reader = new StoryTerms(settings);
        List<ArticleTerms> out = new ArrayList<>(articles.size());
        if (threads == 1 || articles.size() < 2) {
            for (Article a : articles) {
                out.add(reader.extract(a, facts.get(a.id())));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleTerms>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> reader.extract(a, facts.get(a.id()))));
            }
            for (Future<ArticleTerms> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading article terms", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
