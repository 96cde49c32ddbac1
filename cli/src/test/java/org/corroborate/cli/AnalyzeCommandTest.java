package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void examplesAnalyzeToValidJsonWithStatusZero(@TempDir Path dir) throws Exception {
        Run run = run("analyze", "--format", "json", "--out", dir.toString(), EXAMPLES.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(Files.readString(dir.resolve("analysis.json")));
        assertThat(json.get("format_version").asInt()).isEqualTo(1);
        assertThat(json.get("articles").size()).isGreaterThanOrEqualTo(7);
        assertThat(json.get("errors").size()).isZero();
        assertThat(SchemaCheck.violations(json)).isEmpty();
    }

    @Test
    void everyFormatRenders() {
        for (String format : new String[] {"text", "json", "markdown", "html"}) {
            Run run = run("analyze", "--format", format, EXAMPLES.toString());
            assertThat(run.status()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).isNotBlank();
        }
    }

    @Test
    void rejectedInputGivesStatusOneAndTheRestIsStillAnalyzed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Harbor officials said the ferry to Lunmere would resume on Monday "
                + "after a week of storms, and that 40 crossings a day were planned.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run run = run("analyze", "--format", "json", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt");
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("articles").size()).isEqualTo(1);
        assertThat(json.get("errors").get(0).get("source").asText()).contains("empty.txt");
    }

    @Test
    void usageErrorsGiveStatusTwo() {
        assertThat(run("analyze", "--format", "pdf", EXAMPLES.toString()).status()).isEqualTo(2);
        Run missing = run("analyze", "no/such/folder");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/folder");
        assertThat(run("analyze").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() {
        Run one = run("analyze", "--format", "json", "--threads", "1", EXAMPLES.toString());
        Run four = run("analyze", "--format", "json", "--threads", "4", EXAMPLES.toString());
        assertThat(four.out()).isEqualTo(one.out());
    }
}
