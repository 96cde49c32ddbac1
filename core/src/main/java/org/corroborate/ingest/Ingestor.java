package org.corroborate.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;

/**
 * Reads files and folders into {@link Document}s: plain text, HTML, JSON Lines, RSS/Atom, WARC.
 *
 * <p>Streams: each document goes to {@code out} as soon as it is read; each rejected input goes to
 * {@code errors} with its source and the reason, and never stops the others.
 */
public final class Ingestor {
    private final IngestLimits limits;

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code path} (a file, or a folder recursively, in name order). */
    public void read(Path path, Consumer<Document> out, Consumer<InputError> errors) {
        throw new UnsupportedOperationException("ingest: not yet written");
    }
}
