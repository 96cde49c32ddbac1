package org.corroborate.extract.quote;

import org.corroborate.model.Span;

/**
 * One attribution found in an article: what is reported, by whom, with which cue. Spans are code point
 * offsets into the body. A quotation whose speaker carries over from the previous paragraph has no cue
 * ({@code cue} null) and the source span of the attribution it continues.
 *
 * @param sourceText the source as written ("he", "the top diplomat", "Jane Roe")
 * @param speaker who the source is once pronouns and surnames are resolved in the article, or null
 * @param kind direct, partial, unmarked or indirect
 * @param belief true when the cue reports a view or intention (think, want) rather than speech
 */
public record Attribution(Span content, Span source, Span cue, String sourceText, String speaker, String cueText,
        String kind, boolean belief) {}
