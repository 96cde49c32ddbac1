package org.corroborate.server;

import java.util.List;
import java.util.Set;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;

/**
 * One story's slice of an analysis: everything the story page shows, in output format v1 records.
 *
 * @param brief the story's brief, or null when the engine wrote none
 */
public record StoryView(Story story, List<Article> articles, List<Reuse> reuse, List<Entity> entities,
        List<Quantity> quantities, List<DateMention> dates, List<Quote> quotes, List<Claim> claims,
        StoryBrief brief) {
    public StoryView {
        articles = List.copyOf(articles);
        reuse = List.copyOf(reuse);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** The part of {@code analysis} that belongs to {@code story}. */
    public static StoryView of(Analysis analysis, Story story) {
        Set<String> ids = Set.copyOf(story.articles());
        return new StoryView(story,
                analysis.articles().stream().filter(a -> ids.contains(a.id())).toList(),
                analysis.reuse().stream().filter(r -> ids.contains(r.copy()) && ids.contains(r.source())).toList(),
                analysis.entities().stream()
                        .filter(e -> e.mentions().stream().anyMatch(m -> ids.contains(m.article()))).toList(),
                analysis.quantities().stream().filter(q -> ids.contains(q.article())).toList(),
                analysis.dates().stream().filter(d -> ids.contains(d.article())).toList(),
                analysis.quotes().stream().filter(q -> ids.contains(q.article())).toList(),
                analysis.claims().stream().filter(c -> story.id().equals(c.story())).toList(),
                analysis.brief().stories().stream().filter(b -> story.id().equals(b.story())).findFirst()
                        .orElse(null));
    }
}
