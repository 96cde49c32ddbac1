package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFilesTest {
    private static final String PAGE_1 = "<html><head><title>Bridge</title></head><body><p>The bridge reopens.</p></body></html>";
    private static final String PAGE_2 = "<html><body><p>Ferry fares rise by \u20ac1.</p></body></html>";

    @TempDir
    Path dir;

    private static byte[] crawl() {
        return Fixtures.concat(
                Fixtures.record("warcinfo", null, "application/warc-fields", "software: test\r\n"),
                Fixtures.record("request", "https://news.example/bridge", "application/http;msgtype=request",
                        "GET /bridge HTTP/1.1\r\nHost: news.example\r\n\r\n"),
                Fixtures.response("https://news.example/bridge", "text/html", 200, PAGE_1),
                Fixtures.response("https://news.example/logo.png", "image/png", 200, "not really a png"),
                Fixtures.response("https://news.example/old", "text/html", 404, "<html><body>gone</body></html>"),
                Fixtures.response("https://news.example/fares", "text/html; charset=utf-8", 200, PAGE_2));
    }

    @Test
    void htmlResponsesBecomeDocumentsWithTheirTargetUri() throws IOException {
        Path f = Files.write(dir.resolve("crawl.warc"), crawl());
        Ingested r = Ingested.read(f);
        assertThat(r.errors).isEmpty();
        assertThat(r.ids()).containsExactly("crawl.warc#item1", "crawl.warc#item2");
        Document first = r.documents.get(0);
        assertThat(first.source()).isEqualTo(f + "#item1");
        assertThat(first.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(first.content()).isEqualTo(PAGE_1);
        assertThat(first.given().url()).isEqualTo("https://news.example/bridge");
        assertThat(first.given().published()).as("WARC-Date is crawl time, not publication").isNull();
        assertThat(r.documents.get(1).content()).isEqualTo(PAGE_2);
        assertThat(r.skipped).singleElement().asString()
                .contains("1 HTTP status 404", "1 request", "1 response image/png", "1 warcinfo");
    }

    @Test
    void gzipWarcWithOneMemberPerRecordIsRead() throws IOException {
        byte[] perRecord = Fixtures.concat(
                Fixtures.gzip(Fixtures.response("https://news.example/a", "text/html", 200, PAGE_1)),
                Fixtures.gzip(Fixtures.response("https://news.example/b", "text/html", 200, PAGE_2)));
        Ingested r = Ingested.read(Files.write(dir.resolve("crawl.warc.gz"), perRecord));
        assertThat(r.errors).isEmpty();
        assertThat(r.ids()).containsExactly("crawl.warc.gz#item1", "crawl.warc.gz#item2");
    }

    @Test
    void truncatedGzipWarcKeepsTheRecordsBeforeTheBreak() throws IOException {
        byte[] whole = Fixtures.concat(
                Fixtures.gzip(Fixtures.response("https://news.example/a", "text/html", 200, PAGE_1)),
                Fixtures.gzip(Fixtures.response("https://news.example/b", "text/html", 200, PAGE_2 + "x".repeat(5000))));
        Path f = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));
        Ingested r = Ingested.read(f);
        assertThat(r.ids()).containsExactly("cut.warc.gz#item1");
        assertThat(r.errors).extracting(InputError::source).contains(f + "#item2", f.toString());
        assertThat(r.errors).allSatisfy(e -> assertThat(e.reason()).contains("truncated"));
    }

    @Test
    void truncatedUncompressedWarcDoesNotPassOffAPartialPage() throws IOException {
        byte[] whole = Fixtures.concat(
                Fixtures.response("https://news.example/a", "text/html", 200, PAGE_1),
                Fixtures.response("https://news.example/b", "text/html", 200, PAGE_2 + "y".repeat(5000)));
        Path f = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 2000));
        Ingested r = Ingested.read(f);
        assertThat(r.ids()).containsExactly("cut.warc#item1");
        assertThat(r.errors).isNotEmpty();
        assertThat(r.errors).allSatisfy(e -> assertThat(e.source()).startsWith(f.toString()));
    }

    @Test
    void aGzipBombIsStoppedByTheArchiveLimit() throws IOException {
        Path f = dir.resolve("bomb.warc.gz");
        long bombBytes = 64L << 20; // 64 MiB of spaces compress to about 64 KiB
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(Fixtures.response("https://news.example/a", "text/html", 200, PAGE_1));
            out.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b0b0b0b-0000-4000-8000-000000000001>\r\n"
                    + "WARC-Date: 2024-11-02T08:00:00Z\r\nWARC-Target-URI: https://news.example/bomb\r\n"
                    + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length() + bombBytes)
                    + "\r\n\r\n" + http).getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(f)).isLessThan(1 << 20);
        Ingested r = Ingested.read(IngestLimits.DEFAULT.withMaxArchiveBytes(8L << 20), f);
        assertThat(r.ids()).containsExactly("bomb.warc.gz#item1");
        assertThat(r.errors).singleElement().extracting(InputError::reason).asString()
                .contains("more than the 8 MiB archive limit", "--max-archive-bytes");
    }

    @Test
    void aGzipBombOfTextIsStoppedToo() throws IOException {
        Path f = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("{\"id\":\"a\",\"text\":\"One line of text.\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] newlines = new byte[1 << 20];
            Arrays.fill(newlines, (byte) '\n');
            for (int i = 0; i < 32; i++) {
                out.write(newlines);
            }
        }
        Ingested r = Ingested.read(IngestLimits.DEFAULT.withMaxArchiveBytes(4L << 20), f);
        assertThat(r.ids()).containsExactly("a");
        assertThat(r.errors).singleElement().extracting(InputError::reason).asString()
                .contains("archive limit");
    }

    @Test
    void aFileNamedWarcThatIsNotWarcIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.warc"), "just some notes");
        assertThat(Ingested.read(f).onlyError().reason()).contains("WARC/1.x version line");
    }
}
