package org.corroborate.extract;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.text.Segmenter;

/** Articles built from fictional text for extraction tests, segmented the way the engine would. */
public final class TestArticles {
    private static final Segmenter SEGMENTER = new Segmenter();

    private TestArticles() {}

    /** An article whose paragraphs and sentences come from the engine's {@link Segmenter}. */
    public static Article of(String id, String body) {
        return SEGMENTER.segment(new Article(id, id, null, null, List.of(), null, null, false, null, null, List.of(),
                "en", body, List.of(), List.of(), List.of()));
    }
}
