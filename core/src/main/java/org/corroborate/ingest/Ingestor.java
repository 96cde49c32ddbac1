package org.corroborate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Metadata;
import org.corroborate.util.Validate;

/**
 * Reads files and folders into {@link Document}s: plain text, HTML, JSON Lines, RSS/Atom feeds and WARC files,
 * any of them optionally gzip'd.
 *
 * <p><b>Streaming.</b> Each document goes to {@code out} as soon as it is read; folders are walked one
 * directory listing at a time, JSON Lines, feeds and WARC files are read record by record, and a text or HTML
 * file larger than {@link IngestLimits#maxDocumentBytes()} is refused from its size without being read.
 *
 * <p><b>Order.</b> A folder is read recursively, depth first, entries sorted by name (Java string order, the same
 * on every platform), so the same folder always gives the same documents in the same order.
 *
 * <p><b>Formats</b> are decided from the first 16 KiB and the extension together (see {@link Sniffer}): a
 * {@code WARC/} version line makes a WARC file, an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root a
 * feed, an HTML doctype or root element (or an {@code .html}-like extension) an HTML page ({@link
 * DocumentFormat#HTML}), {@code .jsonl}/{@code .ndjson} (or {@code .json} whose first line is an article object,
 * or an extension-less file of JSON object lines) JSON Lines, anything else text ({@link DocumentFormat#TEXT}).
 * A JSON Lines {@code text} field becomes a {@link DocumentFormat#BODY}, taken exactly. Text encodings are
 * detected by {@link TextDecoder}. Binary content (NUL or control bytes) is refused; file signatures never are.
 *
 * <p><b>Ids</b> are stable and readable: the JSON Lines {@code id}, else the file name (for a JSON Lines line
 * without an id, the file name plus {@code #lineN}); a feed item or WARC page adds {@code #itemN}, N counting
 * items (or HTML pages) from 1. Ids are unique across every {@code read} call of one {@code Ingestor} (one run):
 * when an id is taken, the later document gets {@code id~2}, then {@code id~3} and so on (the first free
 * suffix), in reading order, so the renaming is deterministic and no document is dropped.
 * {@link Document#source()} is the path as given (joined with the folder's entries), plus {@code :line N} for
 * JSON Lines or {@code #itemN} for feeds and WARC files.
 *
 * <p><b>What a folder scan skips</b> (reported to the {@code skipped} listener, never to errors): hidden entries
 * (names starting with a dot), documentation and project files ({@code README}, {@code LICENSE},
 * {@code NOTICE}, {@code CHANGELOG}... with any extension), files whose extension is not an article format
 * ({@code .md}, {@code .csv}, {@code .pdf}, images, archives other than gzip, code...), {@code .json} files that
 * are a JSON document rather than JSON Lines articles, XML files that are not feeds, and special files. A file
 * named explicitly is never skipped: it is read by its content, and an unusable one is an error. So
 * {@code analyze seeds/} reads the five articles and notes README.md and gold.json as skipped.
 *
 * <p><b>Errors.</b> Every rejected input (or line, item, record) goes to {@code errors} with its source and a
 * reason, and reading goes on: missing paths, unreadable files, empty, binary or undecodable files, files over
 * a limit (the reason names it), bad JSON Lines lines, malformed feeds, truncated gzip or WARC data (what was
 * read before the damage is kept). Nothing is thrown for bad input.
 *
 * <p>Not thread-safe: one instance per run.
 */
public final class Ingestor {
    private static final int BUFFER = 64 * 1024;
    private static final Set<String> DOCUMENTATION_NAMES = Set.of("README", "LICENSE", "LICENCE", "NOTICE",
            "CHANGELOG", "CHANGES", "COPYING", "AUTHORS", "CONTRIBUTING", "HISTORY", "CODE_OF_CONDUCT", "SECURITY");
    /** Extensions of files that are not articles in a format ingest reads. */
    private static final Set<String> NOT_ARTICLE_EXTENSIONS = Set.of(
            "md", "markdown", "rst", "adoc", "csv", "tsv", "yaml", "yml", "toml", "ini", "cfg", "conf",
            "properties", "log", "pdf", "doc", "docx", "odt", "rtf", "epub", "xls", "xlsx", "ods", "ppt", "pptx",
            "odp", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "heic", "mp3",
            "mp4", "m4a", "wav", "ogg", "webm", "mov", "avi", "mkv", "flac", "zip", "tar", "tgz", "bz2", "xz",
            "zst", "7z", "rar", "jar", "class", "exe", "dll", "so", "dylib", "o", "css", "js", "mjs", "ts", "map",
            "java", "py", "rb", "go", "rs", "c", "h", "cpp", "sh", "bat", "ps1", "sql", "db", "sqlite", "parquet",
            "avro", "woff", "woff2", "ttf", "otf", "eot", "cdx", "cdxj", "idx");

    private final IngestLimits limits;
    private final DocumentIds ids = new DocumentIds();
    private final ObjectMapper json;
    private final XMLInputFactory xml;

    public Ingestor(IngestLimits limits) {
        this.limits = Validate.notNull(limits, "limits");
        this.json = JsonLinesReader.mapper(limits);
        this.xml = FeedReader.secureFactory(limits);
    }

    /** Reads {@code path} (a file, or a folder recursively, in name order); skip notes are dropped. */
    public void read(Path path, Consumer<Document> out, Consumer<InputError> errors) {
        read(path, out, errors, note -> { });
    }

    /**
     * Reads {@code path} (a file, or a folder recursively, in name order); {@code skipped} receives one line
     * ({@code "<source>: skipped (<reason>)"}) per entry of a folder that is deliberately not read.
     */
    public void read(Path path, Consumer<Document> out, Consumer<InputError> errors, Consumer<String> skipped) {
        Validate.notNull(path, "path");
        Sink sink = new Sink(limits, ids, Validate.notNull(out, "out"), Validate.notNull(errors, "errors"),
                Validate.notNull(skipped, "skipped"));
        if (!Files.exists(path)) {
            sink.error(path.toString(), Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder");
        } else if (Files.isDirectory(path)) {
            walk(path, sink, new ArrayDeque<>());
        } else {
            readFile(path, sink, true);
        }
    }

    /**
     * Reads an RSS or Atom feed from a stream (a polled URL): one document per item, ids {@code name#itemN}
     * made unique as for files.
     */
    public void readFeed(InputStream in, String source, String name, Consumer<Document> out,
            Consumer<InputError> errors) {
        Sink sink = new Sink(limits, ids, Validate.notNull(out, "out"), Validate.notNull(errors, "errors"), note -> { });
        try {
            new FeedReader(sink, xml).read(Validate.notNull(in, "in"), source, name);
        } catch (IOException | RuntimeException e) {
            sink.error(source, Sink.describe(e));
        }
    }

    /**
     * Reads one JSON object with the fields of a JSON Lines line (a message of a stream such as Kafka); a bad
     * record goes to {@code errors} with {@code source} and the reason. A record without an {@code id} gets
     * {@code defaultId}.
     */
    public void readRecord(byte[] record, String source, String defaultId, Consumer<Document> out,
            Consumer<InputError> errors) {
        Validate.notNull(record, "record");
        Validate.notNull(defaultId, "defaultId");
        Sink sink = new Sink(limits, ids, Validate.notNull(out, "out"), Validate.notNull(errors, "errors"), note -> { });
        if (record.length > limits.maxLineBytes()) {
            sink.error(source, limits.lineLimit());
            return;
        }
        new JsonLinesReader(sink, json).record(record, 0, record.length, source, defaultId);
    }

    private void walk(Path dir, Sink sink, Deque<Path> ancestors) {
        Path real;
        List<Path> entries = new ArrayList<>();
        try {
            real = dir.toRealPath();
            if (ancestors.contains(real)) {
                sink.skip(dir.toString(), "symbolic link loop");
                return;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
        } catch (IOException | RuntimeException e) {
            sink.error(dir.toString(), "cannot list folder: " + Sink.describe(e));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        ancestors.push(real);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                sink.skip(entry.toString(), "hidden");
            } else if (Files.isDirectory(entry)) {
                walk(entry, sink, ancestors);
            } else if (!Files.exists(entry)) {
                sink.error(entry.toString(), "broken symbolic link");
            } else if (!Files.isRegularFile(entry)) {
                sink.skip(entry.toString(), "not a regular file");
            } else {
                String reason = notAnArticle(name);
                if (reason != null) {
                    sink.skip(entry.toString(), reason);
                } else {
                    readFile(entry, sink, false);
                }
            }
        }
        ancestors.pop();
    }

    /** Why a folder scan passes over a file of this name, or null to read it (also used by the server's loader). */
    public static String notAnArticle(String name) {
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DOCUMENTATION_NAMES.contains(base.toUpperCase(Locale.ROOT))) {
            return "documentation file";
        }
        String ext = Sniffer.extension(stripGzip(name));
        if (NOT_ARTICLE_EXTENSIONS.contains(ext)) {
            return "." + ext + " is not an article format";
        }
        return null;
    }

    private void readFile(Path file, Sink sink, boolean explicit) {
        String source = file.toString();
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                sink.error(source, "not a regular file");
                return;
            }
            long size = Files.size(file);
            if (size == 0) {
                sink.error(source, "empty file");
                return;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
                byte[] head = peek(in);
                if (!isGzip(head)) {
                    dispatch(in, head, size, name, name, source, sink, explicit, null);
                    return;
                }
                TruncationGuard guard = new TruncationGuard(new GZIPInputStream(in, BUFFER));
                InputStream inflated = new BufferedInputStream(
                        new LimitedInputStream(guard, limits.maxArchiveBytes(), limits.archiveLimit()), BUFFER);
                byte[] innerHead = peek(inflated);
                if (guard.damage() == null && innerHead.length == 0) {
                    sink.error(source, "empty file (empty gzip data)");
                } else if (isGzip(innerHead)) {
                    sink.error(source, "gzip inside gzip: unpack it once first");
                } else if (innerHead.length > 0) {
                    dispatch(inflated, innerHead, -1, stripGzip(name), name, source, sink, explicit, guard);
                }
                if (guard.damage() != null) {
                    sink.error(source, "gzip data " + Sink.describe(guard.damage())
                            + "; what was read before the damage was kept");
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.error(source, Sink.describe(e));
        }
    }

    /**
     * Reads one (decompressed) file by its kind; {@code size} is its size when known without reading it (-1 for
     * gzip), {@code innerName} its name without a gzip suffix, {@code guard} the gzip damage watch (null if not
     * gzip'd).
     */
    private void dispatch(InputStream in, byte[] head, long size, String innerName, String name, String source,
            Sink sink, boolean explicit, TruncationGuard guard) throws IOException {
        switch (Sniffer.detect(innerName, head, head.length)) {
            case WARC -> new WarcInput(sink).read(in, source, name);
            case JSON_LINES -> new JsonLinesReader(sink, json).read(in, source, name);
            case FEED -> new FeedReader(sink, xml).read(in, source, name);
            case TEXT -> readDocument(in, size, DocumentFormat.TEXT, source, name, sink, guard);
            case HTML -> readDocument(in, size, DocumentFormat.HTML, source, name, sink, guard);
            case JSON_DOCUMENT -> notArticles(sink, source, explicit,
                    "a JSON document, not JSON Lines articles: one object with \"text\" or \"html\" per line");
            case XML_DOCUMENT -> notArticles(sink, source, explicit, "XML that is not an RSS or Atom feed");
            case NOT_WARC -> sink.error(source, "named .warc but does not start with a WARC/1.x version line");
            case BINARY -> sink.error(source, TextDecoder.binaryReason(head, head.length));
        }
    }

    private static void notArticles(Sink sink, String source, boolean explicit, String reason) {
        if (explicit) {
            sink.error(source, reason);
        } else {
            sink.skip(source, reason);
        }
    }

    /**
     * One text or HTML document; refused from its size alone when that is known to be over the limit, and not
     * passed on when its gzip data was damaged (the caller reports the damage).
     */
    private void readDocument(InputStream in, long size, DocumentFormat format, String source, String name,
            Sink sink, TruncationGuard guard) throws IOException {
        long max = limits.maxDocumentBytes();
        if (size > max) {
            throw new Rejected(limits.documentLimit());
        }
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new Rejected("decompressed " + limits.documentLimit());
        }
        if (guard != null && guard.damage() != null) {
            return;
        }
        String declared = format == DocumentFormat.HTML ? TextDecoder.declaredCharset(bytes, bytes.length) : null;
        String text = TextDecoder.decode(bytes, bytes.length, declared);
        if (text.isBlank()) {
            throw new Rejected(bytes.length == 0 ? "empty file" : "no text (whitespace only)");
        }
        sink.document(name, source, format, text, Metadata.NONE);
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(Sniffer.HEAD_BYTES);
        byte[] head = in.readNBytes(Sniffer.HEAD_BYTES);
        in.reset();
        return head;
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** {@code page.html.gz} reads as {@code page.html}. */
    private static String stripGzip(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".gz", ".gzip")) {
            if (lower.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
