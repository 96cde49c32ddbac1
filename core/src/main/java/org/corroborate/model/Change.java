package org.corroborate.model;

/**
 * Something a copy changed against its source.
 *
 * @param kind sentence-dropped, sentence-added, sentence-edited, figure-altered, hedge-altered,
 *     attribution-removed, credits-dropped
 * @param copy span in the copy, or null (a dropped sentence has none)
 * @param source span in the source, or null (an added sentence has none)
 * @param before text in the source, or null
 * @param after text in the copy, or null
 */
public record Change(String kind, Span copy, Span source, String before, String after) {}
