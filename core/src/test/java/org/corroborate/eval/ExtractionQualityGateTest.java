package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Pins the article-extraction figures (measured: F1 0.982, P 0.978, R 0.985) and the metric's anchor. */
class ExtractionQualityGateTest {
    @Test
    void extractionF1StaysAboveItsFloorAndTheMetricReproducesTheAnchor() throws Exception {
        Assumptions.assumeTrue(SharedData.resolve("data/article-extraction").isPresent(),
                "../shared/data/article-extraction not present: skipped");
        Path data = SharedData.resolve("data/article-extraction").orElseThrow();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        EvalReport report = new ExtractionEvaluation().run(data, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(report.score("f1")).isGreaterThanOrEqualTo(0.978);
        assertThat(report.score("precision")).isGreaterThanOrEqualTo(0.974);
        assertThat(report.score("recall")).isGreaterThanOrEqualTo(0.981);
        // the published trafilatura 2.0 anchor (F1 0.958) checks the metric itself
        assertThat(report.score("published.trafilatura.f1")).isCloseTo(0.958, within(0.0005));
    }
}
