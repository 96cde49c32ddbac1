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
    void paraphraseMatchIsValidOutput(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.corroborate.reuse.MiniLmEncoder.shared().isPresent(),
                "MiniLM model not loadable here: skipped");
        String one = "The passenger ferry Northern Gull ran aground on a sandbank off the island of Tarsk early on "
                + "Saturday with 212 people on board.";
        String two = "Coastguard boats and two fishing trawlers took the passengers off the stranded vessel within "
                + "three hours of the first distress call.";
        String three = "The island council said the ferry company would pay for a tug to free the vessel once the "
                + "weather improves next week.";
        Files.writeString(dir.resolve("island-post.txt"), "Ferry runs aground off Tarsk\n\n" + one + "\n\n"
                + "The harbour authority closed the northern shipping lane while divers checked the hull for damage."
                + "\n\n" + two + "\n\n" + three + "\n");
        Files.writeString(dir.resolve("coast-daily.txt"), "Ferry aground near Tarsk, all passengers safe\n\n" + one
                + "\n\n" + two + "\n\nDivers inspected the hull for damage while the northern shipping lane was "
                + "kept closed by the harbour authority.\n\n" + three + "\n");
        Run run = run("analyze", "--format", "json", "--out", dir.toString(), dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(Files.readString(dir.resolve("analysis.json")));
        assertThat(SchemaCheck.violations(json)).isEmpty();
        assertThat(json.get("reuse")).hasSize(1);
        assertThat(json.get("reuse").get(0).get("shared").findValuesAsText("match")).contains("paraphrase");
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
