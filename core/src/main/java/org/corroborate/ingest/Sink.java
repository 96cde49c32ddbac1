package org.corroborate.ingest;

import java.util.function.Consumer;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Metadata;

/** Where the readers of one {@link Ingestor#read} call send documents, errors and skip notes. */
final class Sink {
    final IngestLimits limits;
    private final DocumentIds ids;
    private final Consumer<Document> out;
    private final Consumer<InputError> errors;
    private final Consumer<String> skipped;

    Sink(IngestLimits limits, DocumentIds ids, Consumer<Document> out, Consumer<InputError> errors,
            Consumer<String> skipped) {
        this.limits = limits;
        this.ids = ids;
        this.out = out;
        this.errors = errors;
        this.skipped = skipped;
    }

    void document(String wantedId, String source, DocumentFormat format, String content, Metadata given) {
        out.accept(new Document(ids.claim(wantedId), source, format, content, given));
    }

    void error(String source, String reason) {
        errors.accept(new InputError(source, reason));
    }

    void skip(String source, String reason) {
        skipped.accept(source + ": skipped (" + reason + ")");
    }

    /** Whether a text of {@code chars} chars may exceed the document limit in UTF-8 (cheap bound first). */
    boolean overDocumentLimit(String text) {
        long max = limits.maxDocumentBytes();
        if ((long) text.length() * 3 <= max) {
            return false;
        }
        return utf8Length(text) > max;
    }

    /** A reason a user can act on for an I/O failure. */
    static String describe(Exception e) {
        if (e instanceof Rejected) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.io.EOFException) {
            return "truncated (unexpected end of data" + detail(e) + ")";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "corrupt gzip data" + detail(e);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String detail(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "" : ": " + m;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
