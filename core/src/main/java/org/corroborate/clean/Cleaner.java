package org.corroborate.clean;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Document;

/**
 * Turns a document into one or more articles: main content, metadata, and the list of what was removed.
 *
 * <p>A page carrying a second, unrelated article glued on by a scrape gives two articles,
 * {@code <id>#part1} and {@code <id>#part2}. Paragraphs and sentences are left empty for the segmenter.
 */
public final class Cleaner {
    public List<Article> clean(Document document) {
        throw new UnsupportedOperationException("clean: not yet written");
    }
}
