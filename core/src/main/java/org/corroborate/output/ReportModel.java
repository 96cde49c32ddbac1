package org.corroborate.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.reuse.ReuseDetector;

/**
 * What every renderer needs to look up in an analysis: articles by id with their citation numbers, claims by
 * id, each story's brief and copies. Stories come biggest first, as an editor reads them.
 */
final class ReportModel {
    final Analysis analysis;
    final Map<String, Article> articles = new LinkedHashMap<>();
    final Map<String, Integer> number = new HashMap<>();
    final Map<String, Claim> claims = new HashMap<>();
    final Map<String, StoryBrief> briefs = new HashMap<>();
    final List<Story> stories;

    ReportModel(Analysis analysis) {
        this.analysis = analysis;
        for (Article a : analysis.articles()) {
            articles.put(a.id(), a);
            number.put(a.id(), number.size() + 1);
        }
        analysis.claims().forEach(c -> claims.put(c.id(), c));
        analysis.brief().stories().forEach(b -> briefs.put(b.story(), b));
        stories = analysis.stories().stream()
                .sorted(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id)).toList();
    }

    /** Who published an article, for display: its outlet, else the host of its URL, else its short id. */
    String outlet(String articleId) {
        Article a = articles.get(articleId);
        if (a != null && a.outlet() != null) {
            return a.outlet();
        }
        if (a != null && a.url() != null) {
            try {
                String host = java.net.URI.create(a.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the id
            }
        }
        String id = articleId.replaceFirst("\\.(txt|html?|jsonl|xml|warc(\\.gz)?)(?=#|$)", "");
        return id.length() <= 24 ? id : id.substring(0, 12) + "\u2026" + id.substring(id.length() - 8);
    }

    /** Distinct citation numbers of {@code mentions}, ascending. */
    List<Integer> citations(List<Mention> mentions) {
        Set<Integer> out = new java.util.TreeSet<>();
        mentions.forEach(m -> out.add(number.getOrDefault(m.article(), 0)));
        return List.copyOf(out);
    }

    /** Distinct outlets of {@code mentions} in first-mention order. */
    List<String> outlets(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(outlet(m.article())));
        return List.copyOf(out);
    }

    List<Claim> claims(List<String> ids) {
        List<Claim> out = new ArrayList<>();
        ids.forEach(id -> {
            Claim c = claims.get(id);
            if (c != null) {
                out.add(c);
            }
        });
        return out;
    }

    /** Copies among the story's articles that make its lineage. */
    List<Reuse> reuse(Story story) {
        Set<String> members = Set.copyOf(story.articles());
        return ReuseDetector.lineage(analysis.reuse().stream()
                .filter(r -> members.contains(r.copy()) && members.contains(r.source()))
                .filter(r -> !"independent".equals(r.kind())).toList());
    }

    /** Speaker of a quote claim, or "unknown speaker". */
    static String speaker(Claim quote) {
        return quote.variants().stream().map(v -> v.actor()).filter(a -> a != null).findFirst()
                .orElse("unknown speaker");
    }

    /**
     * The comma that closes a quote inside its marks ("... for eleven hours," she said) belongs to the sentence
     * around it; shown alone, the quote ends without it.
     */
    private static final Pattern TRAILING_FRAME_PUNCTUATION = Pattern.compile("[,;:]+$");

    /**
     * The most direct wording of a quote claim as a reader sees it: the speaker's own words in quotation marks, a
     * paraphrase marked as one (quotation marks around it would put words in the speaker's mouth).
     */
    static String shown(Claim quote) {
        return quote.variants().stream()
                .max(Comparator.comparingInt((org.corroborate.model.ClaimVariant v) -> Quote.verbatim(v.hedge()) ? 1 : 0)
                        .thenComparingInt(v -> v.text().length()))
                .map(v -> {
                    String words = TRAILING_FRAME_PUNCTUATION.matcher(v.text().strip()).replaceFirst("");
                    return Quote.verbatim(v.hedge()) ? "\u201c" + words + "\u201d" : "(paraphrased) " + words;
                })
                .orElse(quote.summary());
    }
}
