package org.corroborate.extract.quote;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quote;

/** Finds direct, partial, unmarked and indirect speech with its speaker and cue. */
public final class QuoteExtractor {
    public List<Quote> extract(Article article, List<EntityMention> names) {
        return List.of();
    }
}
