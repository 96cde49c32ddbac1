package org.corroborate.ingest;

import org.corroborate.util.Validate;

/**
 * Bounds on what ingest accepts, with safe defaults. Every rejection names the limit it hit and the
 * command-line option that raises it.
 *
 * @param maxDocumentBytes largest single document in bytes: a text or HTML file (decompressed if gzip'd), a
 *     JSON Lines {@code text}/{@code html} field, a feed item's content or a WARC record's HTTP payload
 *     (default 20 MiB, at most 1 GiB since a document is held in memory)
 * @param maxArchiveBytes most bytes decompressed from one gzip file, whatever it holds (default 2 GiB); this
 *     stops gzip bombs, the file is streamed either way
 * @param maxFeedItems most items read from one RSS or Atom feed (default 10,000); later items are reported
 * @param maxLineBytes longest JSON Lines line in bytes (default 64 MiB, at most 1 GiB); a longer line is
 *     reported and skipped without being buffered
 * @param maxNestingDepth deepest nesting of a JSON Lines value (arrays and objects) or of the elements of an
 *     RSS/Atom feed (default 256); parsers keep one entry per open level, so unbounded nesting is a memory attack.
 *     (HTML pages are bounded by jsoup's own depth limit of 512 open elements.)
 */
public record IngestLimits(long maxDocumentBytes, long maxArchiveBytes, int maxFeedItems, long maxLineBytes,
        int maxNestingDepth) {
    static final long MIB = 1024L * 1024;
    static final long GIB = 1024L * MIB;
    private static final int DEFAULT_NESTING_DEPTH = 256;

    public static final IngestLimits DEFAULT = new IngestLimits(20 * MIB, 2 * GIB, 10_000, 64 * MIB,
            DEFAULT_NESTING_DEPTH);

    public IngestLimits {
        Validate.positive(maxDocumentBytes, "maxDocumentBytes");
        Validate.isTrue(maxDocumentBytes <= GIB, "maxDocumentBytes must be at most 1 GiB, was " + maxDocumentBytes);
        Validate.positive(maxArchiveBytes, "maxArchiveBytes");
        Validate.positive(maxFeedItems, "maxFeedItems");
        Validate.positive(maxLineBytes, "maxLineBytes");
        Validate.isTrue(maxLineBytes <= GIB, "maxLineBytes must be at most 1 GiB, was " + maxLineBytes);
        Validate.positive(maxNestingDepth, "maxNestingDepth");
    }

    /** The default nesting depth with the other four limits given (the form callers used before it existed). */
    public IngestLimits(long maxDocumentBytes, long maxArchiveBytes, int maxFeedItems, long maxLineBytes) {
        this(maxDocumentBytes, maxArchiveBytes, maxFeedItems, maxLineBytes, DEFAULT_NESTING_DEPTH);
    }

    /** The default limits with another document limit (the one limit older callers set). */
    public IngestLimits(long maxDocumentBytes) {
        this(maxDocumentBytes, DEFAULT.maxArchiveBytes, DEFAULT.maxFeedItems, DEFAULT.maxLineBytes,
                DEFAULT.maxNestingDepth);
    }

    public IngestLimits withMaxDocumentBytes(long bytes) {
        return new IngestLimits(bytes, maxArchiveBytes, maxFeedItems, maxLineBytes, maxNestingDepth);
    }

    public IngestLimits withMaxArchiveBytes(long bytes) {
        return new IngestLimits(maxDocumentBytes, bytes, maxFeedItems, maxLineBytes, maxNestingDepth);
    }

    public IngestLimits withMaxFeedItems(int items) {
        return new IngestLimits(maxDocumentBytes, maxArchiveBytes, items, maxLineBytes, maxNestingDepth);
    }

    public IngestLimits withMaxLineBytes(long bytes) {
        return new IngestLimits(maxDocumentBytes, maxArchiveBytes, maxFeedItems, bytes, maxNestingDepth);
    }

    public IngestLimits withMaxNestingDepth(int depth) {
        return new IngestLimits(maxDocumentBytes, maxArchiveBytes, maxFeedItems, maxLineBytes, depth);
    }

    String documentLimit() {
        return "larger than the " + size(maxDocumentBytes) + " document limit (set --max-document-bytes)";
    }

    String archiveLimit() {
        return "decompresses to more than the " + size(maxArchiveBytes)
                + " archive limit, possibly a gzip bomb (set --max-archive-bytes)";
    }

    String feedItemLimit() {
        return "has more than " + maxFeedItems + " items, the per-feed item limit (set --max-feed-items)";
    }

    String lineLimit() {
        return "line longer than the " + size(maxLineBytes) + " line limit (set --max-line-bytes)";
    }

    String nestingLimit() {
        return "nested deeper than the " + maxNestingDepth + "-level nesting limit (set --max-nesting-depth)";
    }

    /** A byte count as people read it: "20 MiB", "512 KiB", "1000 bytes". */
    static String size(long bytes) {
        if (bytes >= GIB && bytes % GIB == 0) {
            return bytes / GIB + " GiB";
        }
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
