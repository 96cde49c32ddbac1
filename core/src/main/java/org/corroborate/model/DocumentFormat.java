package org.corroborate.model;

/** How the content of a {@link Document} is to be cleaned. */
public enum DocumentFormat {
    /** A scraped text page: boilerplate lines, captions and metadata lines are taken out. */
    TEXT,
    /** An HTML page: the main content is extracted. */
    HTML,
    /** A body given exactly (JSON Lines {@code text}): kept as is, so offsets stay those of the input. */
    BODY
}
