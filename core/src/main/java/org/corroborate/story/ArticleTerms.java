package org.corroborate.story;

import java.util.List;
import java.util.Map;

/**
 * The weighted terms of one article, before they meet the index's vocabulary: what {@link StoryTerms} reads
 * from the text, independent of any other article, so it can be computed on any thread.
 *
 * @param weights term to weight (sublinear in the weighted count), in first-seen order
 * @param time epoch milliseconds of publication, or {@link StoryIndex#NO_TIME} when undated
 * @param lead the article's opening sentence, the fallback for a story title when the article has none
 */
public record ArticleTerms(String article, String title, String lead, long time, Map<String, Float> weights) {
    public ArticleTerms {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    /** Terms in first-seen order. */
    List<String> terms() {
        return List.copyOf(weights.keySet());
    }
}
