package org.corroborate.ingest;

import org.corroborate.util.Validate;

/**
 * Bounds on what ingest accepts, with safe defaults.
 *
 * @param maxDocumentBytes largest single document (file, line, feed item or record), decoded
 */
public record IngestLimits(long maxDocumentBytes) {
    public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024);

    public IngestLimits {
        Validate.positive(maxDocumentBytes, "maxDocumentBytes");
    }
}
