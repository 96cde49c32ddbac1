package org.corroborate.ingest;

import java.io.IOException;

/**
 * An input (or part of one) refused for a stated reason: the message is the reason shown to the user.
 * An {@link IOException} so that a limit hit deep inside a stream (a gzip bomb under jwarc) surfaces unchanged.
 */
final class Rejected extends IOException {
    private final boolean endsFile;

    Rejected(String reason) {
        this(reason, false);
    }

    /** {@code endsFile}: the rest of the file cannot be read either (a stream limit was passed). */
    Rejected(String reason, boolean endsFile) {
        super(reason);
        this.endsFile = endsFile;
    }

    boolean endsFile() {
        return endsFile;
    }
}
