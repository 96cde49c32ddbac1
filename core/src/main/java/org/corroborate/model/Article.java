package org.corroborate.model;

import java.util.List;

/**
 * A cleaned article: body text, what was taken out of it, and the metadata read from the page.
 *
 * @param published ISO date or date-time, or null
 * @param publishedInferred true when {@code published} was inferred from the article's story, not read from it
 * @param paragraphs code point spans into {@code body}
 * @param sentences code point spans into {@code body}
 */
public record Article(
        String id,
        String source,
        String url,
        String outlet,
        List<String> authors,
        String title,
        String published,
        boolean publishedInferred,
        String updated,
        String dateline,
        List<String> credits,
        String language,
        String body,
        List<Span> paragraphs,
        List<Span> sentences,
        List<Removed> removed) {

    public Article {
        authors = List.copyOf(authors);
        credits = List.copyOf(credits);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
    }

    public Article withSegments(String language, List<Span> paragraphs, List<Span> sentences) {
        return new Article(id, source, url, outlet, authors, title, published, publishedInferred, updated, dateline,
                credits, language, body, paragraphs, sentences, removed);
    }

    public Article withInferredPublished(String date) {
        return new Article(id, source, url, outlet, authors, title, date, true, updated, dateline,
                credits, language, body, paragraphs, sentences, removed);
    }

    /** The text of a span of this article's body. */
    public String text(Span span) {
        return CodePoints.slice(body, span.start(), span.end());
    }
}
