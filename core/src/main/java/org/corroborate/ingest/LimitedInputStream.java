package org.corroborate.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most {@code limit} bytes through; reading past it fails with a {@link Rejected} naming the limit. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String reason;
    private long count;

    LimitedInputStream(InputStream in, long limit, String reason) {
        super(in);
        this.limit = limit;
        this.reason = reason;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws Rejected {
        count += n;
        if (count > limit) {
            throw new Rejected(reason, true);
        }
    }
}
