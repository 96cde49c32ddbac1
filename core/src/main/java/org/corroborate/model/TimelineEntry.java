package org.corroborate.model;

/** A dated event of a story: the normalized date, what happened, and where it is said. */
public record TimelineEntry(String date, String text, Mention citation) {}
