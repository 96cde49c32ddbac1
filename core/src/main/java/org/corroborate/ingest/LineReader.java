package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines with a length bound: a line longer than the bound is consumed to its end without being
 * buffered, and flagged. ({@link java.io.BufferedReader#readLine} has no bound, so one huge line could fill memory.)
 */
final class LineReader {
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean overlong;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line (without its line break); false at the end of input. */
    boolean next() throws IOException {
        length = 0;
        overlong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                int n = in.read(buffer);
                if (n <= 0) {
                    position = 0;
                    end = 0;
                    return any;
                }
                position = 0;
                end = n;
            }
            any = true;
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            append(position, stop - position);
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                if (!overlong && length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int count) {
        if (overlong || count == 0) {
            return;
        }
        if ((long) length + count > maxLineBytes) {
            overlong = true;
            length = 0;
            line = new byte[8 * 1024];
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, length + count), maxLineBytes));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the line passed the bound (its bytes were dropped). */
    boolean overlong() {
        return overlong;
    }
}
