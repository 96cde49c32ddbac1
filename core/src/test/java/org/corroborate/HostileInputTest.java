package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.InputError;
import org.corroborate.model.Mention;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs end to end, through ingest, cleaning, segmentation and extraction (fictional text).
 * Timeouts here guard against hangs (each is many times what the input needs), they do not measure speed.
 */
class HostileInputTest {
    private static final String PARAGRAPH = "The harbour bridge in Portvale reopened on Sunday after eleven days of"
            + " repairs, city officials said. Engineers replaced 42 cable anchors, according to Mayor Ilse Varga.";

    @TempDir
    Path dir;

    private final List<InputError> reported = new ArrayList<>();

    private Analysis analyze(IngestLimits limits, Path... paths) {
        return Engine.builder().threads(1).limits(limits).build()
                .analyzePaths(List.of(paths), reported::add, (stage, done, total) -> { });
    }

    private Analysis analyze(Path... paths) {
        return analyze(IngestLimits.DEFAULT, paths);
    }

    /** Every offset in the analysis is a code point offset inside its article's body. */
    private static void assertOffsetsValid(Analysis analysis) {
        for (Article a : analysis.articles()) {
            int length = a.body().codePointCount(0, a.body().length());
            for (Span s : a.sentences()) {
                assertThat(s.end()).as("%s sentence %s", a.id(), s).isLessThanOrEqualTo(length);
                assertThat(a.text(s)).isNotBlank();
            }
            for (Span p : a.paragraphs()) {
                assertThat(p.end()).as("%s paragraph %s", a.id(), p).isLessThanOrEqualTo(length);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        analysis.entities().forEach(e -> mentions.addAll(e.mentions()));
        for (Mention m : mentions) {
            Article a = analysis.articles().stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
            assertThat(m.end()).isLessThanOrEqualTo(a.body().codePointCount(0, a.body().length()));
            assertThat(m.start()).isBetween(0, m.end());
        }
    }

    /** Each expected source gave an article or an error naming it: nothing accepted is lost. */
    private static void assertNothingLost(Analysis analysis, List<String> sources) {
        for (String source : sources) {
            boolean article = analysis.articles().stream().anyMatch(a -> a.source().equals(source));
            boolean error = analysis.errors().stream().anyMatch(e -> e.source().equals(source));
            assertThat(article || error).as("%s gave neither an article nor an error", source).isTrue();
        }
    }

    @Test
    void aHundredThousandNestedDivsNeitherOverflowTheStackNorHang() throws IOException {
        Path page = dir.resolve("nested.html");
        try (Writer w = Files.newBufferedWriter(page)) {
            w.write("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
            for (int i = 0; i < 100_000; i++) {
                w.write("<div>");
            }
            w.write("<p>" + PARAGRAPH + "</p>");
            for (int i = 0; i < 100_000; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> analyze(page));
        assertNothingLost(analysis, List.of(page.toString()));
        analysis.articles().forEach(a -> assertThat(a.body()).contains("42 cable anchors"));
        assertOffsetsValid(analysis);
    }

    @Test
    void aHundredMegabyteHtmlPageIsRefusedByTheDocumentLimitWithoutBeingRead() throws IOException {
        Path page = dir.resolve("huge.html");
        byte[] block = ("<p>" + PARAGRAPH + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 100L << 20; written += block.length) {
                out.write(block);
            }
        }
        Path gzipped = dir.resolve("huge.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(page, out);
        }
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> analyze(page, gzipped));
        assertThat(analysis.articles()).isEmpty();
        assertThat(analysis.errors()).extracting(InputError::source).containsExactly(page.toString(),
                gzipped.toString());
        assertThat(analysis.errors()).allSatisfy(e -> assertThat(e.reason())
                .contains("20 MiB document limit").contains("--max-document-bytes"));
        assertThat(analysis.errors().get(1).reason()).startsWith("decompressed");
    }

    @Test
    void feedsWithDtdsExternalEntitiesAndEntityBombsKeepTheirItemsAndExpandNothing() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN");
        // An external DTD that is never fetched, and no entity used: the items are read as usual.
        Path external = dir.resolve("external-dtd.xml");
        Files.writeString(external, """
                <?xml version="1.0"?>
                <!DOCTYPE feed SYSTEM "http://dtd.invalid/feed.dtd">
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>Bridge</title><summary>%s</summary></entry>
                </feed>
                """.formatted(PARAGRAPH));
        // An entity bomb used by the second entry, and a file entity used by the third.
        StringBuilder bomb = new StringBuilder("<!ENTITY a0 \"bridge\">");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path bombed = dir.resolve("bomb.xml");
        Files.writeString(bombed, """
                <?xml version="1.0"?>
                <!DOCTYPE feed [%s<!ENTITY file SYSTEM "%s">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>First</title><summary>%s</summary></entry>
                <entry><title>Second</title><summary>&a11;</summary></entry>
                <entry><title>Third</title><summary>&file;</summary></entry>
                </feed>
                """.formatted(bomb, secret.toUri(), PARAGRAPH));

        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> analyze(external, bombed));

        assertThat(analysis.articles()).extracting(Article::source)
                .containsExactly(external + "#item1", bombed + "#item1");
        assertThat(analysis.articles()).allSatisfy(a -> assertThat(a.body()).isEqualTo(PARAGRAPH));
        InputError error = analysis.errors().get(0);
        assertThat(analysis.errors()).hasSize(1);
        assertThat(error.source()).isEqualTo(bombed.toString());
        assertThat(error.reason()).contains("at line 5").contains("a11").contains("DTDs and external entities are"
                + " disabled").contains("the 1 items before it were read");
        assertThat(analysis.toString()).doesNotContain("TOP-SECRET-TOKEN").doesNotContain("bridgebridge");
        assertOffsetsValid(analysis);
    }

    @Test
    void aWarcWithATruncatedGzipMemberOrAGzipBombKeepsThePagesBeforeTheDamage() throws IOException {
        byte[] first = gzip(WarcRecords.html("https://news.example/a1", "<html><body><p>" + PARAGRAPH
                + "</p></body></html>"));
        byte[] second = gzip(WarcRecords.html("https://news.example/a2", "<html><body><p>Orchards in the Kessel"
                + " valley expect a record harvest, growers said.</p></body></html>"));
        Path truncated = dir.resolve("truncated.warc.gz");
        byte[] third = gzip(WarcRecords.html("https://news.example/a3", "<p>lost</p>"));
        Files.write(truncated, concat(first, second, java.util.Arrays.copyOf(third, third.length / 2)));

        Path bomb = dir.resolve("bomb.warc.gz");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write(first);
            out.write(gzip(WarcRecords.html("https://news.example/zeros", "<p>" + " ".repeat(6 << 20) + "</p>")));
        }
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(180),
                () -> analyze(IngestLimits.DEFAULT.withMaxArchiveBytes(4L << 20), truncated, bomb));

        assertNothingLost(analysis, List.of(truncated + "#item1", truncated + "#item2", bomb + "#item1"));
        assertThat(analysis.errors()).extracting(InputError::source).contains(truncated.toString(),
                bomb.toString());
        assertThat(analysis.errors()).filteredOn(e -> e.source().equals(truncated.toString()))
                .anySatisfy(e -> assertThat(e.reason()).contains("gzip data truncated"));
        assertThat(analysis.errors()).filteredOn(e -> e.source().equals(bomb.toString()))
                .anySatisfy(e -> assertThat(e.reason()).contains("4 MiB archive limit").contains("gzip bomb"));
        assertThat(analysis.errors()).noneMatch(e -> e.source().endsWith("#item3"));
        assertOffsetsValid(analysis);
    }

    @Test
    void badJsonLinesAreReportedByLineAndTheGoodOnesAreAnalyzed() throws IOException {
        Path lines = dir.resolve("articles.jsonl");
        Files.writeString(lines, String.join("\n",
                "{\"id\":\"bridge\",\"text\":\"" + PARAGRAPH + "\",\"published\":\"2024-03-03\"}",
                "{\"id\":\"broken\",\"text\":\"unterminated",
                "{\"text\": [\"not\", \"a string\"]}",
                "",
                "{\"id\":\"orchard\",\"text\":\"Orchards in the Kessel valley expect a record harvest, growers said"
                        + " on Monday. The association counts 310 orchards.\"}",
                "{\"id\":\"late\",\"text\":\"Text.\",\"published\":\"last Tuesday\"}") + "\n");
        Analysis analysis = analyze(lines);
        assertThat(analysis.articles()).extracting(Article::id).containsExactly("bridge", "orchard");
        assertThat(analysis.errors()).extracting(InputError::source)
                .containsExactly(lines + ":line 2", lines + ":line 3", lines + ":line 6");
        assertThat(analysis.errors().get(0).reason()).startsWith("invalid JSON");
        assertThat(analysis.errors().get(1).reason()).contains("\"text\" must be a string");
        assertThat(analysis.errors().get(2).reason()).contains("not an ISO date").contains("last Tuesday");
        assertThat(analysis.articles().get(0).sentences()).hasSize(2);
        assertOffsetsValid(analysis);
    }

    @Test
    void nestingPastTheLimitIsReportedWithItsPositionAndCostsNothingElse() throws IOException {
        Path lines = dir.resolve("nested.jsonl");
        Files.writeString(lines, "{\"id\":\"bridge\",\"text\":\"" + PARAGRAPH + "\"}\n"
                + "{\"text\":\"deep\",\"extra\":" + "[".repeat(300) + "]".repeat(300) + "}\n");
        Path feed = dir.resolve("nested.xml");
        Files.writeString(feed, "<rss version=\"2.0\"><channel>\n<item><description>" + PARAGRAPH
                + "</description></item>\n<item><description>" + "<x>".repeat(100_000) + "deep"
                + "</x>".repeat(100_000) + "</description></item></channel></rss>\n");
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> analyze(lines, feed));
        assertThat(analysis.errors()).filteredOn(e -> e.reason().contains("nesting limit"))
                .extracting(InputError::source).containsExactly(lines + ":line 2", feed.toString());
        assertThat(analysis.errors().get(0).reason())
                .isEqualTo("nested deeper than the 256-level nesting limit (set --max-nesting-depth)");
        assertThat(analysis.errors()).filteredOn(e -> e.source().equals(feed.toString())).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("XML error at line 3, column ")
                        .contains("256-level nesting limit").contains("the 1 items before it were read"));
        assertNothingLost(analysis, List.of(lines + ":line 1", feed + "#item1"));
        assertThat(analysis.articles()).extracting(Article::source).contains(lines + ":line 1");
    }

    @Test
    void mixedEncodingsAndByteOrderMarksGiveTheSameText() throws IOException {
        String text = "Caf\u00e9 owners on the \u201cold\u201d harbour said the repairs cost \u20ac3,400 and took"
                + " eleven days. Traffic resumed on Sunday morning, officials said.\n";
        write("utf8.txt", text.getBytes(StandardCharsets.UTF_8));
        write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        write("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        write("windows1252.txt", text.getBytes(Charset.forName("windows-1252")));
        Analysis analysis = analyze(dir);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.articles()).hasSize(5)
                .allSatisfy(a -> assertThat(a.body()).isEqualTo(text.strip()))
                .allSatisfy(a -> assertThat(a.sentences()).hasSize(2));
        assertOffsetsValid(analysis);
    }

    @Test
    void aMegabyteLineWithoutPunctuationIsCleanedAndSegmentedInBoundedTime() throws IOException {
        StringBuilder line = new StringBuilder(1 << 20);
        String[] words = {"harbour", "bridge", "cable", "anchor", "crew", "deck", "ferry", "council"};
        for (int i = 0; line.length() < 1 << 20; i++) {
            line.append(words[i % words.length]).append(i % 13 == 0 ? "\u2014" : "").append(' ');
        }
        write("endless.txt", line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> analyze(dir));
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.articles()).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).hasSize(1);
            assertThat(a.sentences()).isNotEmpty();
        });
        assertOffsetsValid(analysis);
    }

    @Test
    void textOfOnlyNumbersIsRefusedWithAReasonOrKept() throws IOException {
        write("numbers.txt", "2024 11 03\n\n42 1.2 3.4\n\n17 000 000\n".getBytes(StandardCharsets.UTF_8));
        write("figures.jsonl", "{\"id\":\"figures\",\"text\":\"42 17 3.4 1,200 2024\"}\n".getBytes(StandardCharsets.UTF_8));
        Analysis analysis = analyze(dir);
        assertThat(analysis.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(dir.resolve("numbers.txt").toString());
            assertThat(e.reason()).contains("no article text after cleaning");
        });
        assertThat(analysis.articles()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("figures"));
        assertOffsetsValid(analysis);
    }

    @Test
    void emojiAndRightToLeftScriptsGiveCodePointOffsets() throws IOException {
        String body = "Fans cheered \uD83C\uDF89\uD83C\uDDF3\uD83C\uDDF4 as the bridge opened on Sunday. "
                + "\u05d4\u05d2\u05e9\u05e8 \u05e0\u05e4\u05ea\u05d7 \u05de\u05d7\u05d3\u05e9. "
                + "The mayor \uD83D\uDC69\u200D\uD83D\uDE92 thanked Lena Fisk and the crews.";
        write("emoji.jsonl", ("{\"id\":\"emoji\",\"text\":\"" + body + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Analysis analysis = analyze(dir);
        Article a = analysis.articles().get(0);
        assertThat(a.sentences()).hasSize(3);
        Span last = a.sentences().get(2);
        assertThat(a.text(last)).isEqualTo("The mayor \uD83D\uDC69\u200D\uD83D\uDE92 thanked Lena Fisk and the crews.");
        assertThat(last.end()).isEqualTo(body.codePointCount(0, body.length()));
        int charStart = body.indexOf("The mayor");
        assertThat(last.start()).isEqualTo(CodePoints.ofChar(body, charStart)).isLessThan(charStart);
        assertOffsetsValid(analysis);
    }

    @Test
    void textWhoseFirstBytesLookLikeABinarySignatureIsAnalyzed() throws IOException {
        write("signature.txt", ("PK\u0003 is not a zip here. " + PARAGRAPH + "\n").getBytes(StandardCharsets.UTF_8));
        write("gif.txt", ("GIF89a was the format of the old harbour webcam. " + PARAGRAPH + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Analysis analysis = analyze(dir);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.articles()).hasSize(2).allSatisfy(a -> assertThat(a.body()).endsWith("Ilse Varga."));
        assertOffsetsValid(analysis);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** WARC/1.1 response records of HTML pages (fictional). */
    private static final class WarcRecords {
        static byte[] html(String uri, String page) {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
            String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                    + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                    + "WARC-Date: 2024-03-03T08:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                    + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
            return concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
