package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotator-agreement view of the quote evaluation, on a tiny invented split. */
class QuoteAgreementTest {
    private static final String TEXT = "Mara Lind said the ferry would run. Pell thinks the pier is safe.";

    // offsets: "Mara Lind" 0-9, "said" 10-14, "the ferry would run" 15-34, "Pell" 36-40, "thinks" 41-47,
    // "the pier is safe" 48-64
    private static final String BOTH = "T1\tSource 0 9\tMara Lind\nT2\tCue 10 14\tsaid\nT3\tContent 15 34\tthe ferry would run\n"
            + "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
    private static final String SECOND_ONLY = "T5\tSource 36 40\tPell\nT6\tCue 41 47\tthinks\n"
            + "T7\tContent 48 64\tthe pier is safe\nT8\tAttribution 41 47\tthinks\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";

    @Test
    void secondAnnotatorIsScoredAgainstTheFirst(@TempDir Path split) throws Exception {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/harbor_2030-01-01_ferry.txt"), TEXT);
        Files.writeString(split.resolve("attributions/harbor_2030-01-01_ferry_annA.ann"), BOTH);
        Files.writeString(split.resolve("attributions/harbor_2030-01-01_ferry_annB.ann"), BOTH + SECOND_ONLY);
        // a text with one annotation is no part of the agreement
        Files.writeString(split.resolve("text/harbor_2030-01-02_pier.txt"), TEXT);
        Files.writeString(split.resolve("attributions/harbor_2030-01-02_pier_annA.ann"), BOTH);

        QuoteEvaluation.Agreement a = new QuoteEvaluation().agreement(split);

        assertThat(a.texts()).isEqualTo(1);
        assertThat(a.annotators().recall()).isEqualTo(1.0);
        assertThat(a.annotators().precision()).isEqualTo(0.5);
        assertThat(a.annotators().speakerAccuracy()).isEqualTo(1.0);
        assertThat(a.ours().recall()).isEqualTo(1.0); // the extractor finds "Mara Lind said ..."
    }
}
