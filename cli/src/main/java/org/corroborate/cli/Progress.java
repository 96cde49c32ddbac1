package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.ProgressListener;

/** A one-line progress bar on standard error, drawn only when standard error is a terminal. */
final class Progress implements ProgressListener {
    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress forStderr() {
        return new Progress(System.err, stderrIsTerminal());
    }

    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void update(String stage, int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        if (total > 0) {
            int width = 30;
            int filled = (int) ((long) width * done / total);
            err.printf("\r%-8s [%s%s] %d/%d ", stage, "#".repeat(filled), " ".repeat(width - filled), done, total);
        } else {
            err.printf("\r%-8s %d ", stage, done);
        }
        err.flush();
    }

    void done() {
        if (enabled && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
