package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.extract.quantity.NumberScanner;
import org.corroborate.extract.quantity.QuantityExtractor;

/**
 * Share of Recognizers-Text English Number and NumberWithUnit spec cases passed.
 *
 * <p>A case passes when the extractor finds exactly as many figures as the spec lists and each listed result
 * is matched one-to-one by a figure whose text overlaps the listed text and whose value equals the listed
 * resolution value (relative tolerance 1e-5). The Number model's cases are bare numbers ("sixteen", "1,234"),
 * which the figure extractor rightly drops when they count nothing, so they are scored on the number grammar
 * alone ({@link NumberScanner}); the other models on the figure extractor. Units are not compared: the spec's unit names (e.g. "Finnish
 * markka") follow the peer's own catalogue. Cases flagged {@code NotSupportedByDesign}, or {@code NotSupported}
 * by the peer's reference (.NET) implementation, are left out, as are results without a numeric value (ranges).
 */
public final class NumberEvaluation implements Evaluation {
    private static final String NUMBERS = "Number/NumberModel.json";
    private static final List<String> FILES = List.of(NUMBERS, "Number/PercentModel.json",
            "NumberWithUnit/AgeModel.json", "NumberWithUnit/CurrencyModel.json", "NumberWithUnit/DimensionModel.json",
            "NumberWithUnit/TemperatureModel.json");

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public String description() {
        return "share of Recognizers-Text Number and NumberWithUnit cases passed";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        QuantityExtractor extractor = new QuantityExtractor();
        boolean verbose = Boolean.getBoolean("corroborate.eval.verbose");
        Map<String, Double> scores = new LinkedHashMap<>();
        int allCases = 0;
        int allPassed = 0;
        for (String name : FILES) {
            Path file = data.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": spec file missing (expected the recognizers-specs-en folder)");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            int cases = 0;
            int passed = 0;
            int n = 0;
            for (JsonNode c : root) {
                if (c.has("NotSupportedByDesign") || c.path("NotSupported").asText("").contains("dotnet")
                        || !numeric(c.path("Results"))) {
                    continue;
                }
                cases++;
                String input = c.path("Input").asText();
                List<NumberScanner.Found> got = name.equals(NUMBERS) ? NumberScanner.scan(input)
                        : extractor.extract(QuantityEvaluation.sentenceArticle("spec-" + n++, input)).stream()
                                .map(q -> new NumberScanner.Found(q.start(), q.end(), q.value())).toList();
                if (passes(c.path("Results"), got)) {
                    passed++;
                } else if (verbose) {
                    out.println("FAIL " + name + " " + input);
                    out.println("  want " + c.path("Results").findValuesAsText("Text") + " "
                            + c.path("Results").findValues("value"));
                    out.println("  got  " + got.stream().map(q -> input.substring(q.start(), q.end()) + "=" + q.value())
                            .toList());
                }
            }
            String key = name.substring(name.indexOf('/') + 1).replace(".json", "");
            scores.put(key, cases == 0 ? 0 : (double) passed / cases);
            out.printf(Locale.ROOT, "%-22s %4d cases  %4d passed  %.3f%n", key, cases, passed,
                    cases == 0 ? 0.0 : (double) passed / cases);
            allCases += cases;
            allPassed += passed;
        }
        double all = allCases == 0 ? 0 : (double) allPassed / allCases;
        out.printf(Locale.ROOT, "%-22s %4d cases  %4d passed  %.3f%n", "all", allCases, allPassed, all);
        scores.put("all", all);
        return new EvalReport(name(), scores);
    }

    private static boolean numeric(JsonNode results) {
        for (JsonNode r : results) {
            if (value(r) == null) {
                return false;
            }
        }
        return true;
    }

    private static Double value(JsonNode result) {
        String v = result.path("Resolution").path("value").asText("");
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean passes(JsonNode results, List<NumberScanner.Found> got) {
        if (results.size() != got.size()) {
            return false;
        }
        List<NumberScanner.Found> left = new ArrayList<>(got);
        for (JsonNode r : results) {
            double expected = value(r);
            int start = r.path("Start").asInt();
            int end = r.path("End").asInt() + 1;
            NumberScanner.Found hit = null;
            for (NumberScanner.Found q : left) {
                if (q.start() < end && start < q.end() && Math.abs(q.value() - expected) <= 1e-5 * Math.abs(expected)) {
                    hit = q;
                    break;
                }
            }
            if (hit == null) {
                return false;
            }
            left.remove(hit);
        }
        return true;
    }
}
