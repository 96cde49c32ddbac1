package org.corroborate.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.corroborate.model.Story;

/**
 * Groups the figures, quotes and statements of each story into claims, each with the independent reporting
 * chains that support it and a status (see {@link FigureClaims}, {@link QuoteClaims}, {@link StatementClaims}).
 */
public final class ClaimBuilder {
    /** Claims of every story of {@code analysis} (whose own claims and brief are still empty), story by story. */
    public List<Claim> build(Analysis analysis) {
        return build(analysis, new HashMap<>());
    }

    /**
     * As above, with ids numbered after those of claims already built elsewhere: {@code idsUsed} maps a base id
     * to how many claims took it, and is updated with this build's own. A streaming caller building one story at
     * a time passes the counts of the stories before it, so that ids come out as in one build over all.
     */
    public List<Claim> build(Analysis analysis, Map<String, Integer> idsUsed) {
        Support support = new Support(analysis);
        Ids ids = new Ids(idsUsed);
        Map<String, Article> articles = new HashMap<>();
        analysis.articles().forEach(a -> articles.put(a.id(), a));
        List<Claim> claims = new ArrayList<>();
        for (Story story : analysis.stories()) {
            Set<String> members = new HashSet<>(story.articles());
            List<Quantity> quantities = analysis.quantities().stream().filter(q -> members.contains(q.article())).toList();
            List<Quote> quotes = analysis.quotes().stream().filter(q -> members.contains(q.article())).toList();
            List<Entity> places = analysis.entities().stream()
                    .filter(e -> "place".equals(e.type()))
                    .filter(e -> e.mentions().stream().map(Mention::article).anyMatch(members::contains))
                    .toList();
            List<Article> storyArticles = story.articles().stream().map(articles::get).filter(a -> a != null).toList();
            claims.addAll(new FigureClaims(support, ids).build(story.id(), quantities, places, articles));
            claims.addAll(new QuoteClaims(support, ids).build(story.id(), quotes));
            claims.addAll(new StatementClaims(support, ids).build(story.id(), storyArticles, quotes));
        }
        return claims;
    }
}
