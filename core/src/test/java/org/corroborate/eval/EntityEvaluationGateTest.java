package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quality gate on ECB+ entity grouping: floors slightly below the measured figures (docs/benchmarks/entities.md). */
class EntityEvaluationGateTest {
    @Test
    void groupingStaysAboveItsFloors() throws Exception {
        Assumptions.assumeTrue(SharedData.resolve("data/ecbplus").isPresent(), "../shared not present: skipped");
        EvalReport r = new EntityEvaluation().run(SharedData.resolve("data/ecbplus").orElseThrow(),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(r.score("named_pairwise_precision")).isGreaterThan(0.99);
        assertThat(r.score("named_pairwise_recall")).isGreaterThan(0.82);
        assertThat(r.score("pairwise_precision")).isGreaterThan(0.97);
        assertThat(r.score("pairwise_recall")).isGreaterThan(0.255);
        assertThat(r.score("type_accuracy")).isGreaterThan(0.944);
    }
}
