package org.corroborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.Story;

/**
 * Dates an undated article from the dated articles of its story: the earliest date among them, marked as
 * inferred. The earliest is chosen because a story's undated reports most often appeared with its first wave.
 */
final class DateInference {
    private DateInference() {}

    static List<Article> inferPublished(List<Article> articles, List<Story> stories) {
        Map<String, String> dated = new HashMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                dated.put(a.id(), a.published());
            }
        }
        Map<String, String> storyDate = new HashMap<>();
        for (Story s : stories) {
            String earliest = null;
            for (String id : s.articles()) {
                String d = dated.get(id);
                if (d != null && (earliest == null || d.compareTo(earliest) < 0)) {
                    earliest = d;
                }
            }
            if (earliest != null) {
                for (String id : s.articles()) {
                    storyDate.put(id, earliest.length() > 10 ? earliest.substring(0, 10) : earliest);
                }
            }
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String d = storyDate.get(a.id());
            out.add(a.published() == null && d != null ? a.withInferredPublished(d) : a);
        }
        return out;
    }
}
