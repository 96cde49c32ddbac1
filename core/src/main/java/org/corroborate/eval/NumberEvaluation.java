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
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.extract.quantity.NumberScanner;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.quantity.UnitKind;
import org.corroborate.extract.quantity.UnitNormalizer;
import org.corroborate.model.Quantity;

/**
 * Share of Recognizers-Text English Number and NumberWithUnit spec cases passed, in two views.
 *
 * <p>A case passes when the extractor finds exactly as many figures as the spec lists and each listed result
 * is matched one-to-one by a figure whose text overlaps the listed text and whose value equals the listed
 * resolution value (relative tolerance 1e-5). The Number model's cases are bare numbers ("sixteen", "1,234"),
 * which the figure extractor rightly drops when they count nothing, so they are scored on the number grammar
 * alone ({@link NumberScanner}); the other models on the figure extractor. Units are not compared: the spec's unit
 * names (e.g. "Finnish markka") follow the peer's own catalogue. Cases flagged {@code NotSupportedByDesign}, or
 * {@code NotSupported} by the peer's reference (.NET) implementation, are left out, as are results without a
 * numeric value (ranges).
 *
 * <p>The two views differ only in which of our figures take part. "All figures" (the primary, gated score, keyed
 * by the model name) compares every figure found. "Own kind" (keyed {@code <model>_own_kind}) compares only the
 * figures of the kind the spec file's model returns, because each peer model reports only its own kind and a
 * correct percentage in a Currency case would otherwise fail it: money ({@link UnitKind#CURRENCY}) for
 * CurrencyModel; physical measures other than temperatures for DimensionModel (degrees count only when the
 * extractor read them as an angle, {@link UnitNormalizer#ANGLE_DEGREES}); Celsius, Fahrenheit, Kelvin and bare
 * degrees for TemperatureModel; ages for AgeModel; percentages and points for PercentModel. A figure of no kind
 * (a counted thing, a share of something) takes part in no unit model's own-kind view. NumberModel is the same in
 * both views. The kind is read from the unit as the extractor wrote it
 * ({@link UnitNormalizer#kind}), so a figure with the wrong unit drops out of its own-kind view.
 */
public final class NumberEvaluation implements Evaluation {
    /** Suffix of the own-kind score keys. */
    public static final String OWN_KIND = "_own_kind";

    private static final String NUMBERS = "Number/NumberModel.json";
    private static final Set<String> TEMPERATURE_SCALES = Set.of("celsius", "fahrenheit", "kelvin");
    private static final Map<String, Predicate<Quantity>> FILES = new LinkedHashMap<>();

    static {
        FILES.put(NUMBERS, q -> true);
        FILES.put("Number/PercentModel.json", q -> kind(q) == UnitKind.PERCENT);
        FILES.put("NumberWithUnit/AgeModel.json", q -> kind(q) == UnitKind.AGE);
        FILES.put("NumberWithUnit/CurrencyModel.json", q -> kind(q) == UnitKind.CURRENCY);
        FILES.put("NumberWithUnit/DimensionModel.json", q -> kind(q) == UnitKind.MEASURE && !temperature(q));
        FILES.put("NumberWithUnit/TemperatureModel.json", q -> kind(q) == UnitKind.MEASURE && temperature(q));
    }

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public String description() {
        return "share of Recognizers-Text Number and NumberWithUnit cases passed (all figures; own kind only)";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        QuantityExtractor extractor = new QuantityExtractor();
        boolean verbose = Boolean.getBoolean("corroborate.eval.verbose");
        Map<String, Double> scores = new LinkedHashMap<>();
        int allCases = 0;
        int allPassed = 0;
        int allOwnPassed = 0;
        out.printf(Locale.ROOT, "%-22s %5s  %s%n", "", "cases", "all figures     own kind only");
        for (Map.Entry<String, Predicate<Quantity>> spec : FILES.entrySet()) {
            String name = spec.getKey();
            Path file = data.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": spec file missing (expected the recognizers-specs-en folder)");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            int cases = 0;
            int passed = 0;
            int ownPassed = 0;
            int n = 0;
            for (JsonNode c : root) {
                if (c.has("NotSupportedByDesign") || c.path("NotSupported").asText("").contains("dotnet")
                        || !numeric(c.path("Results"))) {
                    continue;
                }
                cases++;
                String input = c.path("Input").asText();
                List<NumberScanner.Found> got;
                List<NumberScanner.Found> own;
                if (name.equals(NUMBERS)) {
                    got = NumberScanner.scan(input);
                    own = got;
                } else {
                    List<Quantity> figures =
                            extractor.extract(QuantityEvaluation.sentenceArticle("spec-" + n++, input));
                    got = figures.stream().map(NumberEvaluation::found).toList();
                    own = figures.stream().filter(spec.getValue()).map(NumberEvaluation::found).toList();
                }
                boolean pass = passes(c.path("Results"), got);
                boolean ownPass = passes(c.path("Results"), own);
                passed += pass ? 1 : 0;
                ownPassed += ownPass ? 1 : 0;
                if (verbose && !(pass && ownPass)) {
                    out.println("FAIL" + (pass ? "" : " all") + (ownPass ? "" : " own-kind") + " " + name + " "
                            + input);
                    out.println("  want " + c.path("Results").findValuesAsText("Text") + " "
                            + c.path("Results").findValues("value"));
                    out.println("  got  " + got.stream().map(q -> input.substring(q.start(), q.end()) + "=" + q.value())
                            .toList() + (ownPass ? "" : " own kind " + own.size()));
                }
            }
            String key = name.substring(name.indexOf('/') + 1).replace(".json", "");
            report(out, scores, key, cases, passed, ownPassed);
            allCases += cases;
            allPassed += passed;
            allOwnPassed += ownPassed;
        }
        report(out, scores, "all", allCases, allPassed, allOwnPassed);
        return new EvalReport(name(), scores);
    }

    private static void report(PrintStream out, Map<String, Double> scores, String key, int cases, int passed,
            int ownPassed) {
        double share = cases == 0 ? 0 : (double) passed / cases;
        double ownShare = cases == 0 ? 0 : (double) ownPassed / cases;
        scores.put(key, share);
        scores.put(key + OWN_KIND, ownShare);
        out.printf(Locale.ROOT, "%-22s %5d  %4d passed %.3f  %4d passed %.3f%n", key, cases, passed, share, ownPassed,
                ownShare);
    }

    private static NumberScanner.Found found(Quantity q) {
        return new NumberScanner.Found(q.start(), q.end(), q.value());
    }

    private static UnitKind kind(Quantity q) {
        return UnitNormalizer.kind(q.unit());
    }

    private static boolean temperature(Quantity q) {
        String canonical = UnitNormalizer.normalize(q.unit());
        return TEMPERATURE_SCALES.contains(canonical)
                || canonical.equals("degree") && !q.unit().equals(UnitNormalizer.ANGLE_DEGREES);
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
