package org.corroborate.model;

/** Where a thing is named: an article and a code point range of its body. */
public record Mention(String article, int start, int end) {}
