package org.corroborate.model;

/**
 * A sentence of a copy aligned with a sentence of its source.
 *
 * @param match verbatim, near-verbatim or paraphrase
 * @param similarity 0..1, how close the two sentences are
 */
public record SharedSentence(Span copy, Span source, String match, double similarity) {}
