package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.corroborate.output.Json;
import org.junit.jupiter.api.Test;

/**
 * The whole analysis of the example corpus against a golden file, so that any change of output is seen and
 * either fixed or accepted on purpose: run with {@code -Dgolden.update=true} to rewrite the golden file, then
 * review its diff like code.
 */
class ExamplesGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "examples-analysis.json");

    @Test
    void examplesAnalyzeToTheGoldenOutput() throws Exception {
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("analyze", "--format", "json",
                AnalyzeCommandTest.EXAMPLES.toString());
        assertThat(run.status()).as(run.err()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
        }
        JsonNode expected = Json.mapper().readTree(Files.readString(GOLDEN));
        JsonNode actual = Json.mapper().readTree(run.out());
        List<String> differences = new ArrayList<>();
        diff("$", expected, actual, differences);
        assertThat(differences).as("output differs from " + GOLDEN
                + " (rerun with -Dgolden.update=true to accept, then review the diff)").isEmpty();
    }

    /** Paths where two JSON trees differ, at most 20. */
    static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= 20) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                diff(path + "." + f.getKey(), f.getValue(), actual.path(f.getKey()), out);
            }
            actual.fieldNames().forEachRemaining(n -> {
                if (!expected.has(n)) {
                    out.add(path + "." + n + ": not expected");
                }
            });
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": " + expected.size() + " items expected, " + actual.size() + " found");
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + clip(expected.toString()) + " but was " + clip(actual.toString()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
