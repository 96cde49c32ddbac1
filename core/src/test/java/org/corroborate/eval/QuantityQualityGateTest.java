package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.corroborate.extract.date.DateExtractor;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.quantity.UnitNormalizer;
import org.corroborate.model.Article;
import org.corroborate.model.DateMention;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Floors of the quantity and date figures, a little below what was measured (docs/benchmarks). */
class QuantityQualityGateTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    @Test
    void newsQuantValueAndUnitF1() throws Exception {
        Path data = SharedData.resolve("data/newsquant").orElse(null);
        Assumptions.assumeTrue(data != null, "../shared not present: skipped");
        EvalReport report = new QuantityEvaluation().run(data, QUIET);
        assertThat(report.score("value_f1")).isGreaterThanOrEqualTo(0.96);
        assertThat(report.score("value_unit_f1")).isGreaterThanOrEqualTo(0.885);
    }

    @Test
    void tempEvalValueF1() throws Exception {
        Path data = SharedData.resolve("data/tempeval3").orElse(null);
        Assumptions.assumeTrue(data != null, "../shared not present: skipped");
        EvalReport report = new DateEvaluation().run(data, QUIET);
        assertThat(report.score("value_f1")).isGreaterThanOrEqualTo(0.824);
        assertThat(report.score("relaxed_f1")).isGreaterThanOrEqualTo(0.942);
        // each sub-corpus on its own: a rule that helps one part must not cost the other
        assertThat(report.score("value_f1_TimeBank")).isGreaterThanOrEqualTo(0.839);
        assertThat(report.score("value_f1_AQUAINT")).isGreaterThanOrEqualTo(0.792);
    }

    @Test
    void recognizersSpecsShare() throws Exception {
        Path data = SharedData.resolve("data/recognizers-specs-en").orElse(null);
        Assumptions.assumeTrue(data != null, "../shared not present: skipped");
        EvalReport report = new NumberEvaluation().run(data, QUIET);
        assertThat(report.score("all")).isGreaterThanOrEqualTo(0.80);
        assertThat(report.score("NumberModel")).isGreaterThanOrEqualTo(0.91);
        assertThat(report.score("CurrencyModel")).isGreaterThanOrEqualTo(0.70);
        assertThat(report.score("DimensionModel")).isGreaterThanOrEqualTo(0.69);
        assertThat(report.score("TemperatureModel")).isGreaterThanOrEqualTo(0.79);
        assertThat(report.score("AgeModel")).isGreaterThanOrEqualTo(0.73);
        assertThat(report.score("PercentModel")).isGreaterThanOrEqualTo(0.99);
        // the same cases, each unit model compared on our figures of its own kind only
        assertThat(report.score("all" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.91);
        assertThat(report.score("NumberModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.91);
        assertThat(report.score("CurrencyModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.94);
        assertThat(report.score("DimensionModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.83);
        assertThat(report.score("TemperatureModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.90);
        assertThat(report.score("AgeModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.94);
        assertThat(report.score("PercentModel" + NumberEvaluation.OWN_KIND)).isGreaterThanOrEqualTo(0.99);
    }

    /** Each seed figure of gold.json, in each document that states it: value, unit, subject, hedge. */
    @Test
    void seedFiguresAreFound() throws Exception {
        Path seeds = SharedData.resolve("seeds").orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared not present: skipped");
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        QuantityExtractor extractor = new QuantityExtractor();
        List<String> missed = new ArrayList<>();
        int expected = 0;
        for (JsonNode figure : gold.path("quantities")) {
            for (JsonNode doc : figure.path("docs")) {
                expected++;
                List<Quantity> found = extractor.extract(seed(seeds, doc.asText()));
                String hedge = figure.path("qualifiers").path(doc.asText()).asText("exact");
                String unit = UnitNormalizer.normalize(figure.path("unit").asText());
                // The actor is said once, in the actor field, never folded into the subject.
                boolean ok = found.stream().anyMatch(q -> q.value() == figure.path("value").asDouble()
                        && UnitNormalizer.normalize(q.unit()).equals(unit)
                        && mentionsAny(q.subject(), figure.path("subject_keywords"))
                        && !q.subject().toLowerCase(Locale.ROOT).contains("according to")
                        && q.hedge().equals(hedge) && q.actor() != null);
                if (!ok) {
                    missed.add(figure.path("id").asText() + "@" + doc.asText());
                }
            }
        }
        assertThat(expected).as("(figure, document) pairs in gold.json").isEqualTo(21);
        assertThat(missed).as("seed figures missed").isEmpty();
    }

    @Test
    void seedDates() throws Exception {
        Path seeds = SharedData.resolve("seeds").orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared not present: skipped");
        List<DateMention> dates = new DateExtractor().extract(seed(seeds, "001"));
        assertThat(dates).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("Thursday");
            assertThat(d.value()).isEqualTo("2024-10-31");
        });
        assertThat(dates).anySatisfy(d -> {
            assertThat(d.text()).startsWith("Wednesday, Oct. 30, 2024");
            assertThat(d.value()).isEqualTo("2024-10-30");
        });
        List<DateMention> reuters = new DateExtractor().extract(seed(seeds, "000"));
        assertThat(reuters).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("August");
            assertThat(d.value()).isEqualTo("2024-08");
        });
    }

    private static boolean mentionsAny(String subject, JsonNode keywords) {
        if (subject == null) {
            return false;
        }
        String s = subject.toLowerCase(Locale.ROOT);
        for (JsonNode k : keywords) {
            if (s.contains(k.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Article seed(Path seeds, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow();
            String body = Files.readString(file);
            return new Article(prefix, file.toString(), null, null, List.of(), null, "2024-10-31", false, null, null,
                    List.of(), "en", body, List.of(), List.of(), List.of());
        }
    }
}
