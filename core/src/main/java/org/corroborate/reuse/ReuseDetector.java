package org.corroborate.reuse;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/** Finds which articles copy which, sentence by sentence, and the reporting chains they form. */
public final class ReuseDetector {
    /** Relations between every pair of articles that share narrative text. */
    public List<Reuse> detect(List<Article> articles) {
        return List.of();
    }

    /** A story with its independent reporting chains filled in from {@code reuse}. */
    public Story withChains(Story story, List<Reuse> reuse) {
        return new Story(story.id(), story.title(), story.articles(),
                story.articles().stream().map(List::of).toList());
    }
}
