package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    private static final String STORY = "Harbour council approves the new ferry timetable\n\n"
            + "The council of Port Meridian voted 7 to 2 on Tuesday to add a late ferry.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void plainUtf8TextIsATextDocumentNamedByItsFile() throws IOException {
        Path f = write("001_ferry.txt", STORY.getBytes(StandardCharsets.UTF_8));
        Document d = Ingested.read(f).only();
        assertThat(d.id()).isEqualTo("001_ferry.txt");
        assertThat(d.source()).isEqualTo(f.toString());
        assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(d.content()).isEqualTo(STORY);
    }

    @Test
    void textStartingWithWhatLooksLikeABinarySignatureIsStillText() throws IOException {
        // `file` calls text starting with "Blink" Blink archive data; "PK" and "%PDF" are other signatures.
        for (String start : new String[] {"Blinking lights closed the bridge.", "PK\u0003 is not here; PK league",
                "%PDF-like string in a story"}) {
            Path f = write("sig.txt", (start + "\n" + STORY).getBytes(StandardCharsets.UTF_8));
            assertThat(Ingested.read(f).only().content()).startsWith(start);
        }
    }

    @Test
    void byteOrderMarksDecideTheEncodingAndAreDropped() throws IOException {
        String text = "Caf\u00e9 owners \u201cwelcome\u201d the plan \u2014 \u00a320 fee.";
        Path utf8 = write("bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        Path le = write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        for (Path f : new Path[] {utf8, le, be}) {
            assertThat(Ingested.read(f).only().content()).as(f.toString()).isEqualTo(text);
        }
    }

    @Test
    void windows1252SmartQuotesAreDetectedAndDecoded() throws IOException {
        String text = "The mayor said \u201cwe will build it\u201d \u2013 the na\u00efve plan costs \u20ac3m.";
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).contains((byte) 0x93, (byte) 0x94, (byte) 0x96, (byte) 0x80);
        assertThat(Ingested.read(write("cp.txt", cp1252)).only().content()).isEqualTo(text);
    }

    @Test
    void latin1AccentsAreDecoded() throws IOException {
        String text = "R\u00e9sum\u00e9 of the S\u00e3o Tom\u00e9 d\u00e9bat, held in Z\u00fcrich.";
        assertThat(Ingested.read(write("l1.txt", text.getBytes(StandardCharsets.ISO_8859_1))).only().content())
                .isEqualTo(text);
    }

    @Test
    void textInANonLatinSingleByteCharsetIsRejectedRatherThanGarbled() throws IOException {
        String russian = "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
                + "\u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e \u043e \u043d\u043e\u0432\u043e\u043c "
                + "\u043f\u043b\u0430\u043d\u0435.";
        InputError e = Ingested.read(write("ru.txt", russian.getBytes(Charset.forName("windows-1251")))).onlyError();
        assertThat(e.reason()).startsWith("not valid UTF-8 (bad byte at offset 0)");
    }

    @Test
    void binaryFilesAreRejectedWithTheOffsetOfTheFirstNul() throws IOException {
        byte[] bytes = "Twelve bytes".getBytes(StandardCharsets.US_ASCII);
        Path f = write("data.txt", concat(bytes, new byte[] {0, 1, 2, 3}, bytes));
        assertThat(Ingested.read(f).onlyError())
                .isEqualTo(new InputError(f.toString(), "binary content (NUL bytes at offset 12)"));
    }

    @Test
    void binaryWithoutNulBytesIsRejectedByItsControlBytes() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + i % 8);
        }
        assertThat(Ingested.read(write("noise", bytes)).onlyError().reason()).contains("% control bytes");
    }

    @Test
    void aPdfNamedExplicitlyIsRejectedAndNamed() throws IOException {
        Path f = write("report.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 5}));
        assertThat(Ingested.read(f).onlyError().reason()).contains("NUL bytes", "a PDF file");
    }

    @Test
    void emptyAndBlankFilesAreRejected() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(Ingested.read(empty).onlyError().reason()).isEqualTo("empty file");
        assertThat(Ingested.read(blank).onlyError().reason()).isEqualTo("no text (whitespace only)");
    }

    @Test
    void htmlIsDecidedByExtensionOrByContent() throws IOException {
        String page = "<!DOCTYPE html><html><head><title>Ferry</title></head><body><p>Late ferry.</p></body></html>";
        assertThat(Ingested.read(write("page.html", page.getBytes(StandardCharsets.UTF_8))).only().format())
                .isEqualTo(DocumentFormat.HTML);
        assertThat(Ingested.read(write("page.txt", page.getBytes(StandardCharsets.UTF_8))).only().format())
                .isEqualTo(DocumentFormat.HTML);
        assertThat(Ingested.read(write("page", page.getBytes(StandardCharsets.UTF_8))).only().format())
                .isEqualTo(DocumentFormat.HTML);
        String prose = "A story that mentions <b> tags in the middle stays text.";
        assertThat(Ingested.read(write("prose.txt", prose.getBytes(StandardCharsets.UTF_8))).only().format())
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void htmlMetaCharsetIsUsedWhenTheBytesAreNotUtf8() throws IOException {
        String page = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix: 5 \u20ac</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("ISO-8859-15"));
        assertThat(Ingested.read(write("euro.html", bytes)).only().content()).isEqualTo(page);
    }

    @Test
    void gzipFilesAreReadByTheirInnerName() throws IOException {
        Path f = dir.resolve("story.txt.gz");
        Fixtures.gzip(f, STORY.getBytes(StandardCharsets.UTF_8));
        Document d = Ingested.read(f).only();
        assertThat(d.id()).isEqualTo("story.txt.gz");
        assertThat(d.content()).isEqualTo(STORY);
    }

    @Test
    void aFileOverTheDocumentLimitIsRejectedFromItsSizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, STORY.repeat(300).getBytes(StandardCharsets.UTF_8)); // text well past the sniffed head
        try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: created instantly, never read
        }
        // Read whole, the zero tail would be reported as binary content: the size limit answers first.
        InputError e = Ingested.read(big).onlyError();
        assertThat(e.reason()).isEqualTo("larger than the 20 MiB document limit (set --max-document-bytes)");
    }

    @Test
    void aGzipDocumentOverTheLimitIsRejectedWhileDecompressing() throws IOException {
        Path f = dir.resolve("big.txt.gz");
        Fixtures.gzip(f, "word ".repeat(50_000).getBytes(StandardCharsets.US_ASCII));
        InputError e = Ingested.read(new IngestLimits(100_000), f).onlyError();
        assertThat(e.reason()).isEqualTo(
                "decompressed larger than the 100000 bytes document limit (set --max-document-bytes)");
    }

    @Test
    void aTruncatedGzipDocumentIsAnErrorNotAPartialDocument() throws IOException {
        byte[] whole = Fixtures.gzip(STORY.repeat(50).getBytes(StandardCharsets.UTF_8));
        Path f = write("cut.txt.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(Ingested.read(f).onlyError().reason()).startsWith("gzip data truncated");
    }
}
