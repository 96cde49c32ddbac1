package org.corroborate.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.corroborate.clean.Cleaner;
import org.corroborate.clean.html.HtmlExtractor;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Span;
import org.corroborate.text.Segmenter;

/**
 * What every parser must honour on any input, checked by the fuzz harnesses: nothing thrown but the documented
 * rejection, bounded time, valid code point offsets, and nothing lost (each document read gives articles or an
 * error naming it).
 *
 * <p>The limits are small so that fuzz-sized inputs reach the limit paths as well.
 */
final class Contract {
    static final IngestLimits LIMITS = new IngestLimits(64 * 1024, 1024 * 1024, 20, 16 * 1024);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Far above what a fuzz input (a few KiB) needs anywhere in ingest, cleaning or segmentation. */
    static final long MAX_MILLIS = 5_000;
    /**
     * A rejection reason that is a runtime failure passed on as it is: an exception's bare name or a JDK
     * exception message. Anchored at the start: parser errors echo the input after a prefix of ours, and the
     * fuzzer, guided by the string comparisons, soon writes "Exception: " into an input.
     */
    private static final Pattern RAW_EXCEPTION = Pattern.compile(
            "^(\\w*(Exception|Error)$|Cannot (invoke|read|store|load) |Index -?\\d+ out of bounds|begin -?\\d+, end)");

    /**
     * Whether the HTML extractor is written on this branch (it is developed separately); until it is, HTML
     * documents are checked as ingest gives them but not cleaned.
     */
    static final boolean HTML_EXTRACTOR_READY = htmlExtractorReady();

    private final Path dir;
    private final Cleaner cleaner = new Cleaner();
    private final Segmenter segmenter = new Segmenter();

    private Contract(Path dir) {
        this.dir = dir;
    }

    /**
     * A contract with its own scratch folder. Every reader runs once first, unchecked, so that loading models and
     * (when fuzzing) instrumenting classes is not counted against the time bound of the first inputs.
     */
    static Contract create(String name) {
        try {
            Contract c = new Contract(Files.createTempDirectory("corroborate-fuzz-" + name));
            String text = "A short warm-up text about the harbour bridge. It has two sentences and enough letters.";
            Map<String, String> samples = Map.of(
                    "warm.txt", "Warm-up Headline\n\n" + text + "\n",
                    "warm.html", "<html><body><p>" + text + "</p></body></html>",
                    "warm.jsonl", "{\"text\":\"" + text + "\"}\n{\"html\":1}\nnot json\n",
                    "warm.xml", "<rss version=\"2.0\"><channel><item><description>" + text
                            + "</description></item></channel></rss>",
                    "warm.warc", "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 10\r\n\r\n"
                            + "<p>x</p>\r\n\r\n\r\n");
            for (Map.Entry<String, String> sample : new TreeMap<>(samples).entrySet()) {
                Path file = c.dir.resolve(sample.getKey());
                Files.writeString(file, sample.getValue());
                new Ingestor(LIMITS).read(file, d -> c.warmUp(d), e -> { });
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(sample.getValue().getBytes(StandardCharsets.UTF_8));
                }
                new Ingestor(LIMITS).read(file, d -> { }, e -> { });
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void warmUp(Document d) {
        try {
            if (d.format() != DocumentFormat.HTML || HTML_EXTRACTOR_READY) {
                cleaner.clean(d).forEach(segmenter::segment);
            }
        } catch (IllegalArgumentException e) {
            // a warm-up sample rejected is still warm
        }
    }

    /** What one file gave: its documents and its errors. */
    record Read(Path file, List<Document> documents, List<InputError> errors) {}

    /** Writes {@code bytes} as a file called {@code name} and reads it; ingest must throw nothing. */
    Read ingest(String name, byte[] bytes) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        long start = now();
        new Ingestor(LIMITS).read(file, documents::add, errors::add, note -> { });
        within(start, "ingest of " + bytes.length + " bytes");
        for (InputError e : errors) {
            check(e.source().startsWith(file.toString()), "error source does not name the input: " + e);
            check(e.reason() != null && !e.reason().isBlank(), "error without a reason: " + e);
            check(!RAW_EXCEPTION.matcher(e.reason()).find(), "error reason is an unexpected failure: " + e);
        }
        for (Document d : documents) {
            check(d.source().startsWith(file.toString()), "document source does not name the input: " + d.source());
            check(!d.content().isBlank(), "document without content: " + d.id());
        }
        return new Read(file, documents, errors);
    }

    /** Ingests, then cleans and segments every document; each gives articles or the documented rejection. */
    List<Article> ingestAndClean(String name, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        for (Document d : ingest(name, bytes).documents()) {
            articles.addAll(clean(d));
        }
        return articles;
    }

    /**
     * Cleans and segments one document: valid articles, or an {@link IllegalArgumentException} naming the
     * document and the reason (nothing lost: one or the other).
     */
    List<Article> clean(Document d) {
        if (d.format() == DocumentFormat.HTML && !HTML_EXTRACTOR_READY) {
            return List.of();
        }
        long start = now();
        List<Article> articles;
        try {
            articles = new ArrayList<>();
            for (Article a : cleaner.clean(d)) {
                articles.add(segmenter.segment(a));
            }
        } catch (IllegalArgumentException e) {
            check(e.getMessage() != null && e.getMessage().startsWith(d.id() + ":")
                    && e.getMessage().length() > d.id().length() + 3,
                    "rejection does not name the document and a reason: " + e.getMessage());
            return List.of();
        }
        within(start, "cleaning of " + d.content().length() + " chars");
        check(!articles.isEmpty(), "document " + d.id() + " gave neither an article nor an error");
        for (Article a : articles) {
            checkArticle(a);
        }
        return articles;
    }

    /** Paragraphs and sentences are ordered, non-empty code point spans inside the body; sentences inside paragraphs. */
    static void checkArticle(Article a) {
        String body = a.body();
        check(!body.isBlank(), a.id() + ": blank body");
        check(a.language() != null, a.id() + ": no language");
        int length = body.codePointCount(0, body.length());
        int end = 0;
        for (Span p : a.paragraphs()) {
            check(p.start() >= end && p.end() <= length && p.length() > 0, a.id() + ": bad paragraph " + p);
            check(!a.text(p).isBlank(), a.id() + ": blank paragraph " + p);
            end = p.end();
        }
        end = 0;
        int paragraph = 0;
        for (Span s : a.sentences()) {
            check(s.start() >= end && s.end() <= length && s.length() > 0, a.id() + ": bad sentence " + s);
            while (paragraph < a.paragraphs().size() && a.paragraphs().get(paragraph).end() < s.end()) {
                paragraph++;
            }
            check(paragraph < a.paragraphs().size() && a.paragraphs().get(paragraph).start() <= s.start(),
                    a.id() + ": sentence " + s + " outside every paragraph");
            String text = a.text(s);
            check(!text.isBlank() && text.strip().equals(text), a.id() + ": sentence not trimmed " + s);
            end = s.end();
        }
        check(a.paragraphs().isEmpty() == a.sentences().isEmpty(), a.id() + ": paragraphs without sentences");
    }

    private static boolean htmlExtractorReady() {
        try {
            new HtmlExtractor().extract("<p>Ready.</p>", null);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The calling thread's CPU time in nanoseconds: the bound is on the work an input costs, which wall time
     * overstates many times over when the fuzzer runs niced on a busy machine (two HTML inputs "took" 8 and 13 s
     * of wall time that cost 0.3 s of CPU). Every parser under test runs on the calling thread.
     */
    static long now() {
        return CPU.getCurrentThreadCpuTime();
    }

    static void within(long start, String what) {
        long millis = (now() - start) / 1_000_000;
        check(millis <= MAX_MILLIS, what + " took " + millis + " ms of CPU time");
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
