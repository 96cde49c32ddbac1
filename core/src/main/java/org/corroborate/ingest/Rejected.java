package org.corroborate.ingest;

import java.io.IOException;

/**
 * An input (or part of one) refused for a stated reason: the message is the reason shown to the user.
 * An {@link IOException} so that a limit hit deep inside a stream (a gzip bomb under jwarc) surfaces unchanged.
 */
final class Rejected extends IOException {
    Rejected(String reason) {
        super(reason);
    }
}
