package org.corroborate.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Turns damage in gzip data (a truncated or corrupt stream) into a plain end of input, remembering it.
 *
 * <p>Why: readers buffer ahead (jwarc reads 8 KiB and more at a time), so an exception at the damage would also
 * cost the whole records read into the buffer before it. Ending the input there lets them finish those records;
 * the caller then reports the damage once, and a reader that meets a record cut short reports that record.
 */
final class TruncationGuard extends FilterInputStream {
    private IOException damage;

    TruncationGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            damage = e;
            return -1;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException | ZipException e) {
            damage = e;
            return -1;
        }
    }

    /** The damage met, or null if the data read so far was sound. */
    IOException damage() {
        return damage;
    }
}
