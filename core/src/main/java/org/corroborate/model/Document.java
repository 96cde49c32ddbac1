package org.corroborate.model;

import java.util.Objects;

/**
 * One input document as ingest decoded it, before cleaning.
 *
 * @param id stable, readable id: the JSON Lines {@code id}, else the file name (plus {@code #itemN})
 * @param source where it came from (a path, a path with a record or line number, a URL)
 * @param format how to clean {@code content}
 * @param content decoded text or HTML
 * @param given metadata the input states
 */
public record Document(String id, String source, DocumentFormat format, String content, Metadata given) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        given = given == null ? Metadata.NONE : given;
    }
}
