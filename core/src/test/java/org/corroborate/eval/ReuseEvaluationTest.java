package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: floors slightly below the figures measured on the generated ECB+ reuse set (paraphrase figures:
 * 15 of 15 paraphrase matches right, 325 of 334 rewritten sentences aligned, 15 of the 24 word matching missed).
 */
class ReuseEvaluationTest {
    @Test
    void reuseOnEcbPlusStaysAboveItsFloors() throws Exception {
        var data = SharedData.resolve("data/ecbplus");
        Assumptions.assumeTrue(data.isPresent(), "../shared/data/ecbplus not present: skipped");
        EvalReport r = new ReuseEvaluation().run(data.get(), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(r.score("pair_f1")).isGreaterThanOrEqualTo(0.99);
        assertThat(r.score("pair_precision")).isGreaterThanOrEqualTo(0.995);
        assertThat(r.score("same_event_false_positives")).isZero();
        assertThat(r.score("direction_accuracy")).isGreaterThanOrEqualTo(0.97);
        assertThat(r.score("altered_figure_recall")).isEqualTo(1.0);
        assertThat(r.score("coverage_mae")).isLessThan(0.01);
        Assumptions.assumeTrue(org.corroborate.reuse.MiniLmEncoder.shared().isPresent(),
                "MiniLM model not loadable here: paraphrase floors skipped");
        assertThat(r.score("paraphrase_precision")).isGreaterThanOrEqualTo(0.9);
        assertThat(r.score("rewritten_recall")).isGreaterThanOrEqualTo(0.965);
        assertThat(r.score("paraphrase_recall")).isGreaterThanOrEqualTo(0.58);
        assertThat(r.score("rewritten_recall")).isGreaterThan(r.score("rewritten_recall_words_only"));
    }
}
