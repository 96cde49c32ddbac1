package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.quantity.UnitNormalizer;
import org.corroborate.model.Article;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;

/**
 * Value and value+unit F1 on NewsQuant (the news quantity set of CQE, Almasian et al., EMNLP 2023).
 *
 * <p>Match rules, after the CQE evaluation script: a value matches when both are single numbers or both are
 * ranges and the numbers agree within a relative tolerance of 1e-5 (numpy {@code isclose} defaults); a range is
 * an extracted figure whose hedge is "range" (written ranges and vague plurals such as "dozens"). A value+unit
 * match also needs equal lower-cased normalized units ({@link UnitNormalizer}; a figure without unit is "-").
 * Unlike the CQE script, which can let one prediction match several gold values, matching here is one-to-one
 * within each sentence: value+unit pairs first, then value-only pairs among the rest. Precision divides by all
 * extracted figures, recall by all gold quantities. The figures as the CQE script would count them are printed
 * too ({@link #matchAsCqeScript}).
 */
public final class QuantityEvaluation implements Evaluation {
    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public String description() {
        return "value and value+unit F1 on NewsQuant";
    }

    /** One quantity reduced to what is scored: a value or range, and a normalized unit. */
    record Scored(double low, double high, boolean range, String unit) {}

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        Path file = Files.isDirectory(data) ? data.resolve("NewsQuant-dev.json") : data;
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no NewsQuant file (expected NewsQuant-dev.json)");
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IOException(file + ": expected a JSON array of {text, quantities}");
        }
        boolean verbose = Boolean.getBoolean("corroborate.eval.verbose");
        QuantityExtractor extractor = new QuantityExtractor();
        int gold = 0;
        int predicted = 0;
        int valueHits = 0;
        int unitHits = 0;
        int cqeValueHits = 0;
        int cqeUnitHits = 0;
        int n = 0;
        long t0 = System.nanoTime();
        for (JsonNode item : root) {
            String text = item.path("text").asText();
            List<Scored> expected = new ArrayList<>();
            for (JsonNode q : item.path("quantities")) {
                expected.add(gold(q));
            }
            List<Scored> got = new ArrayList<>();
            for (Quantity q : extractor.extract(sentenceArticle("newsquant-" + n, text))) {
                got.add(predicted(q));
            }
            n++;
            gold += expected.size();
            predicted += got.size();
            int[] hits = match(expected, got);
            valueHits += hits[0];
            unitHits += hits[1];
            int[] lenient = matchAsCqeScript(expected, got);
            cqeValueHits += lenient[0];
            cqeUnitHits += lenient[1];
            if (verbose && (hits[0] < Math.max(expected.size(), got.size()) || hits[1] < hits[0])) {
                out.println("TEXT " + text);
                out.println("  gold " + expected);
                out.println("  got  " + got);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] value = prf(valueHits, gold, predicted);
        double[] unit = prf(unitHits, gold, predicted);
        out.printf(Locale.ROOT, "NewsQuant: %d sentences, %d gold quantities, %d extracted (%.1f s)%n", n, gold,
                predicted, seconds);
        out.printf(Locale.ROOT, "value       P %.3f  R %.3f  F1 %.3f%n", value[0], value[1], value[2]);
        out.printf(Locale.ROOT, "value+unit  P %.3f  R %.3f  F1 %.3f%n", unit[0], unit[1], unit[2]);
        double[] cqeValue = prf(cqeValueHits, gold, predicted);
        double[] cqeUnit = prf(cqeUnitHits, gold, predicted);
        out.printf(Locale.ROOT, "counted as the CQE script counts: value F1 %.3f, value+unit F1 %.3f%n", cqeValue[2],
                cqeUnit[2]);
        out.println("anchors (full set, F1): CQE 0.920 / 0.856; quantulum3 0.730 / 0.472; Recognizers-Text 0.691 / 0.342");
        return new EvalReport(name(), Map.of("value_p", value[0], "value_r", value[1], "value_f1", value[2],
                "value_unit_p", unit[0], "value_unit_r", unit[1], "value_unit_f1", unit[2],
                "cqe_script_value_f1", cqeValue[2], "cqe_script_value_unit_f1", cqeUnit[2]));
    }

    /** A one-sentence article, as the NewsQuant items are single sentences. */
    static Article sentenceArticle(String id, String text) {
        List<Span> whole = List.of(Span.ofChars(text, 0, text.length()));
        return new Article(id, "eval", null, null, List.of(), null, null, false, null, null, List.of(), "en", text,
                whole, whole, List.of());
    }

    private static Scored gold(JsonNode q) {
        String v = q.path("value").asText();
        String unit = q.path("normalized_unit").asText("-").toLowerCase(Locale.ROOT);
        int dash = v.indexOf('-', 1);
        if (dash > 0 && !v.contains("E")) {
            return new Scored(Double.parseDouble(v.substring(0, dash)), Double.parseDouble(v.substring(dash + 1)),
                    true, unit);
        }
        double x = Double.parseDouble(v);
        return new Scored(x, x, false, unit);
    }

    private static Scored predicted(Quantity q) {
        String unit = UnitNormalizer.normalize(q.unit()).toLowerCase(Locale.ROOT);
        if ("range".equals(q.hedge()) && q.low() != null && q.high() != null) {
            return new Scored(q.low(), q.high(), true, unit);
        }
        return new Scored(q.value(), q.value(), false, unit);
    }

    /** One-to-one matches: [value matches, value+unit matches]. */
    static int[] match(List<Scored> gold, List<Scored> got) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] gotUsed = new boolean[got.size()];
        int both = 0;
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < got.size(); p++) {
                if (!gotUsed[p] && sameValue(gold.get(g), got.get(p)) && gold.get(g).unit().equals(got.get(p).unit())) {
                    goldUsed[g] = true;
                    gotUsed[p] = true;
                    both++;
                    break;
                }
            }
        }
        int value = both;
        for (int g = 0; g < gold.size(); g++) {
            if (goldUsed[g]) {
                continue;
            }
            for (int p = 0; p < got.size(); p++) {
                if (!gotUsed[p] && sameValue(gold.get(g), got.get(p))) {
                    gotUsed[p] = true;
                    value++;
                    break;
                }
            }
        }
        return new int[] {value, both};
    }

    /**
     * The counting of the CQE evaluation script, for comparison with the published figures: golds and
     * predictions in unit order; for each gold, every prediction with an equal value adds a value hit (at most
     * as many as the sentence has golds), and the first one whose unit also agrees adds a value+unit hit and is
     * used up. A prediction can thus give value hits to several golds.
     */
    static int[] matchAsCqeScript(List<Scored> gold, List<Scored> got) {
        List<Scored> golds = new ArrayList<>(gold);
        List<Scored> left = new ArrayList<>(got);
        golds.sort(java.util.Comparator.comparing(Scored::unit));
        left.sort(java.util.Comparator.comparing(Scored::unit));
        int valueBudget = gold.size();
        int value = 0;
        int both = 0;
        for (Scored g : golds) {
            for (Scored p : left) {
                if (!sameValue(g, p)) {
                    continue;
                }
                if (valueBudget > 0) {
                    value++;
                    valueBudget--;
                }
                if (g.unit().equals(p.unit())) {
                    both++;
                    left.remove(p);
                    break;
                }
            }
        }
        return new int[] {value, both};
    }

    private static boolean sameValue(Scored a, Scored b) {
        return a.range() == b.range() && close(a.low(), b.low()) && close(a.high(), b.high());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= ATOL + RTOL * Math.abs(b);
    }

    static double[] prf(int hits, int gold, int predicted) {
        double p = predicted == 0 ? 0 : (double) hits / predicted;
        double r = gold == 0 ? 0 : (double) hits / gold;
        double f = Scores.f1(p, r);
        return new double[] {p, r, f};
    }
}
