package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void textBecomesAnExactBodyAndHtmlAPageWithTheGivenMetadata() throws IOException {
        Path f = write("wire.jsonl",
                "{\"id\":\"w-1\",\"url\":\"https://wire.example/1\",\"outlet\":\"Example Wire\",\"title\":\"Ferry\","
                        + "\"published\":\"2024-10-31\",\"author\":\"Ana Lind\",\"text\":\"  Line one.\\nLine two.  \"}",
                "{\"id\":\"w-2\",\"published\":\"2024-10-31T14:05Z\",\"html\":\"<p>Page</p>\"}");
        Ingested r = Ingested.read(f);
        assertThat(r.errors).isEmpty();
        Document text = r.documents.get(0);
        assertThat(text.id()).isEqualTo("w-1");
        assertThat(text.source()).isEqualTo(f + ":line 1");
        assertThat(text.format()).isEqualTo(DocumentFormat.BODY);
        assertThat(text.content()).isEqualTo("  Line one.\nLine two.  ");
        assertThat(text.given()).isEqualTo(new Metadata("https://wire.example/1", "Example Wire", "Ferry",
                "2024-10-31", List.of("Ana Lind")));
        Document html = r.documents.get(1);
        assertThat(html.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(html.given().published()).isEqualTo("2024-10-31T14:05:00Z");
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndGoodOnesKept() throws IOException {
        Path f = write("mixed.jsonl",
                "{\"id\":\"a\",\"text\":\"First.\"}",
                "{\"id\":\"b\",\"text\":\"unterminated",
                "",
                "{\"id\":\"c\",\"title\":\"no body\"}",
                "{\"id\":\"d\",\"text\":\"Fourth.\",\"published\":\"31/10/2024\"}",
                "[1,2]",
                "{\"id\":\"e\",\"text\":\"x\",\"html\":\"<p>x</p>\"}",
                "{\"id\":\"f\",\"text\":\"Fine.\",\"title\":7}",
                "{\"id\":\"g\",\"text\":\"a\",\"id\":\"h\"}",
                "{\"id\":\"i\",\"text\":\"Last.\"}");
        Ingested r = Ingested.read(f);
        assertThat(r.ids()).containsExactly("a", "i");
        assertThat(r.errors).extracting(InputError::source).containsExactly(
                f + ":line 2", f + ":line 4", f + ":line 5", f + ":line 6", f + ":line 7", f + ":line 8",
                f + ":line 9");
        assertThat(r.errors.get(0).reason()).startsWith("invalid JSON: ");
        assertThat(r.errors.get(1).reason()).isEqualTo("has neither a \"text\" nor an \"html\" field");
        assertThat(r.errors.get(2).reason()).contains("not an ISO date", "31/10/2024");
        assertThat(r.errors.get(3).reason()).isEqualTo("not a JSON object");
        assertThat(r.errors.get(4).reason()).contains("both");
        assertThat(r.errors.get(5).reason()).isEqualTo("field \"title\" must be a string, was number");
        assertThat(r.errors.get(6).reason()).contains("Duplicate field");
    }

    @Test
    void linesWithoutAnIdAreNamedByFileAndLine() throws IOException {
        Ingested r = Ingested.read(write("feed.jsonl", "{\"text\":\"One.\"}", "{\"text\":\"Two.\"}"));
        assertThat(r.ids()).containsExactly("feed.jsonl#line1", "feed.jsonl#line2");
    }

    @Test
    void anOverlongLineIsReportedWithoutStoppingTheFile() throws IOException {
        Path f = write("long.jsonl", "{\"id\":\"a\",\"text\":\"" + "x".repeat(5000) + "\"}",
                "{\"id\":\"b\",\"text\":\"Short.\"}");
        Ingested r = Ingested.read(IngestLimits.DEFAULT.withMaxLineBytes(1024), f);
        assertThat(r.ids()).containsExactly("b");
        assertThat(r.errors).containsExactly(new InputError(f + ":line 1",
                "line longer than the 1 KiB line limit (set --max-line-bytes)"));
    }

    @Test
    void aTextFieldOverTheDocumentLimitIsRejected() throws IOException {
        Path f = write("big.jsonl", "{\"id\":\"a\",\"text\":\"" + "y".repeat(3000) + "\"}");
        assertThat(Ingested.read(new IngestLimits(1000), f).onlyError().reason())
                .isEqualTo("larger than the 1000 bytes document limit (set --max-document-bytes)");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
        Path f = dir.resolve("bom.jsonl");
        Files.write(f, ("\uFEFF{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Ingested.read(f).ids()).containsExactly("a", "b");
    }

    @Test
    void jsonFilesAreReadOnlyWhenTheyHoldArticleLines() throws IOException {
        Path lines = write("articles.json", "{\"id\":\"a\",\"text\":\"One.\"}", "{\"id\":\"b\",\"text\":\"Two.\"}");
        Path document = write("config.json", "{", "  \"about\": \"settings\"", "}");
        assertThat(Ingested.read(lines).ids()).containsExactly("a", "b");
        assertThat(Ingested.read(document).onlyError().reason()).startsWith("a JSON document, not JSON Lines");
        Ingested folder = Ingested.read(dir);
        assertThat(folder.ids()).containsExactly("a", "b");
        assertThat(folder.errors).isEmpty();
        assertThat(folder.skipped).containsExactly(document + ": skipped (a JSON document, not JSON Lines "
                + "articles: one object with \"text\" or \"html\" per line)");
    }

    @Test
    void anExtensionlessFileOfJsonObjectLinesIsJsonLines() throws IOException {
        Ingested r = Ingested.read(write("export", "{\"id\":\"x1\",\"text\":\"One.\"}"));
        assertThat(r.only().format()).isEqualTo(DocumentFormat.BODY);
    }
}
