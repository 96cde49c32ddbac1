package org.corroborate.flink;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.EntityMention;

/**
 * The story partition of an article: its publication day (UTC date as written, or {@code undated}) and its
 * dominant entity (the name it mentions most; ties to the alphabetically first; {@code -} when it names
 * none). Articles of one event share a day and a main actor, so most of a story lands in one partition; the
 * rest is joined by the merge step (see docs/scaling.md).
 */
final class Partitions {
    static final String UNDATED = "undated";
    static final String NO_ENTITY = "-";

    private Partitions() {}

    static String of(Article article, ArticleFacts facts) {
        String day = article.published() == null || article.published().length() < 10 ? UNDATED
                : article.published().substring(0, 10);
        Map<String, Integer> counts = new TreeMap<>();
        for (EntityMention m : facts.entities()) {
            counts.merge(m.text().strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        String dominant = counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(NO_ENTITY);
        return day + "/" + dominant;
    }
}
