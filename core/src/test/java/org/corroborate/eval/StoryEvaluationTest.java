package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quality gate: story clustering on the ECB+ dev topics (floors slightly below the measured figures). */
class StoryEvaluationTest {
    @Test
    void ecbPlusStoriesKeepTheirScores() throws Exception {
        Assumptions.assumeTrue(SharedData.resolve("data/ecbplus").isPresent(),
                "../shared/data/ecbplus not present: skipped");
        Path data = SharedData.resolve("data/ecbplus").orElseThrow();
        EvalReport report = new StoryEvaluation().run(data, new PrintStream(OutputStream.nullOutputStream()));
        assertThat(report.score("bcubed_f1")).isGreaterThanOrEqualTo(0.949);
        assertThat(report.score("pairwise_f1")).isGreaterThanOrEqualTo(0.92);
        assertThat(report.score("shuffle_bcubed_f1_min")).isGreaterThanOrEqualTo(0.935);
        assertThat(report.score("shuffle_bcubed_f1_mean")).isGreaterThanOrEqualTo(0.943);
        assertThat(report.score("shuffle_bcubed_f1_sd")).isLessThanOrEqualTo(0.008);
        assertThat(report.score("bcubed_f1")).isGreaterThan(report.score("baseline_bcubed_f1") + 0.085);
    }

    @Test
    void clusterScoresMatchHandComputedValues() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        ClusterScores perfect = ClusterScores.of(List.of(List.of("a", "b"), List.of("c", "d")), gold);
        assertThat(perfect.bcubedF1()).isEqualTo(1.0);
        assertThat(perfect.pairF1()).isEqualTo(1.0);
        ClusterScores lumped = ClusterScores.of(List.of(List.of("a", "b", "c", "d")), gold);
        assertThat(lumped.bcubedPrecision()).isEqualTo(0.5);
        assertThat(lumped.bcubedRecall()).isEqualTo(1.0);
        assertThat(lumped.pairPrecision()).isEqualTo(2.0 / 6);
        ClusterScores missing = ClusterScores.of(List.of(List.of("a", "b")), gold);
        assertThat(missing.bcubedRecall()).isEqualTo(0.75);
        assertThat(missing.clusters()).isEqualTo(3);
    }
}
