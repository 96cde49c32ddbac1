package org.corroborate.model;

/**
 * A date or time expression, normalized.
 *
 * @param value TIMEX3-style value: 2024-10-31, 2024-08, 2024-W44, PRESENT_REF
 */
public record DateMention(String article, int start, int end, String text, String value) {}
