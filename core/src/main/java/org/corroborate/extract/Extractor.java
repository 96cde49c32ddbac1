package org.corroborate.extract;

import java.util.List;
import java.util.Map;
import org.corroborate.extract.date.DateExtractor;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.EntityResolver;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.DateMention;
import org.corroborate.model.EntityMention;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;

/** Finds entities, figures, dates and quotes in articles, then resolves names across each story. */
public final class Extractor {
    private final EntityRecognizer entities = new EntityRecognizer();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final EntityResolver resolver = new EntityResolver();

    /** Entities, figures and quotes of one article (speakers and actors as written). */
    public ArticleFacts extract(Article article) {
        List<EntityMention> names = entities.recognize(article);
        return new ArticleFacts(article.id(), names, quantities.extract(article), quotes.extract(article, names));
    }

    /** Date expressions normalized against the article's publication date (which may be inferred). */
    public List<DateMention> dates(Article article) {
        return dates.extract(article);
    }

    /** Resolves names within each story: entities with aliases, canonical speakers and actors. */
    public ResolvedFacts resolve(List<Story> stories, Map<String, Article> articles, Map<String, ArticleFacts> facts) {
        return resolver.resolve(stories, articles, facts);
    }
}
