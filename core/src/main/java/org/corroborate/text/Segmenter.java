package org.corroborate.text;

import org.corroborate.model.Article;

/** Fills in an article's language, paragraphs and sentences (code point spans of its body). */
public final class Segmenter {
    public Article segment(Article article) {
        throw new UnsupportedOperationException("segment: not yet written");
    }
}
