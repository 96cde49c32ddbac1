package org.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.junit.jupiter.api.Test;

/**
 * Paraphrase alignment with a deterministic fake encoder (a bag of hand-listed concepts, synonyms counted as one),
 * on fictional articles about an invented bridge closure in the town of Harwick.
 */
class ParaphraseAlignmentTest {
    /** Each row is one concept; any of its words counts towards that dimension. */
    private static final String[][] CONCEPTS = {
        {"engineers", "inspectors"}, {"closed", "shut"}, {"bridge", "crossing"}, {"cracks", "fractures"},
        {"found", "discovered"}, {"pillar", "support"}, {"traffic", "vehicles"}, {"detour", "diversion"},
        {"ferry", "boat"}, {"council", "councillors"}, {"repairs", "mending"}, {"weeks", "months"},
        {"mayor"}, {"safe"}, {"river"}, {"harwick"},
    };

    /** Concept counts, unit length; a text with no concept gets its own fixed direction. */
    static final SentenceEncoder CONCEPT_ENCODER = new SentenceEncoder() {
        @Override
        public float[][] encode(List<String> sentences) {
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                float[] v = new float[CONCEPTS.length + 1];
                for (String w : sentences.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    for (int c = 0; c < CONCEPTS.length; c++) {
                        if (List.of(CONCEPTS[c]).contains(w)) {
                            v[c]++;
                        }
                    }
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                if (norm == 0) {
                    v[CONCEPTS.length] = 1;
                    norm = 1;
                }
                for (int k = 0; k < v.length; k++) {
                    v[k] /= (float) Math.sqrt(norm);
                }
                out[i] = v;
            }
            return out;
        }

        @Override
        public String name() {
            return "concepts";
        }
    };

    private static final String SHARED_ONE = "The Harwick town council voted late on Monday to keep the old stone "
            + "bridge over the Lune closed to all traffic until a full survey is complete.";
    private static final String SHARED_TWO = "Drivers heading for the market villages on the east bank face a "
            + "detour of about forty minutes through the hills above the valley.";
    private static final String SOURCE_REWORDED = "Engineers found deep cracks in the central pillar of the bridge "
            + "during a routine inspection last week.";
    private static final String COPY_REWORDED = "Deep fractures in the bridge's central support were discovered by "
            + "inspectors carrying out a routine check last week.";
    private static final String SHARED_THREE = "A temporary foot ferry will carry pedestrians across the river from "
            + "the boathouse steps every half hour between six and nine.";
    private static final String SHARED_FOUR = "Shopkeepers on both sides of the water say the closure has already "
            + "cut their weekday takings by more than a third.";
    private static final String UNRELATED = "The local football club postponed its weekend fixture because the "
            + "visiting team could not reach the ground.";

    private static Article article(String id, String published, String body) {
        return ReuseDetectorTest.article(id, "Outlet " + id, published, List.of(), body);
    }

    private static ReuseDetector detector(SentenceEncoder encoder) {
        return new ReuseDetector(ReuseDetector.Settings.DEFAULT, encoder, ReuseDetector.DEFAULT_MIN_PARAPHRASE_COSINE);
    }

    @Test
    void rewordedSentenceOfACopyIsAlignedAsParaphrase() {
        Article source = article("a", "2025-02-03T08:00:00Z", String.join("\n", SHARED_ONE, SOURCE_REWORDED,
                SHARED_TWO));
        Article copy = article("b", "2025-02-03T10:00:00Z", String.join("\n", SHARED_ONE, COPY_REWORDED, SHARED_TWO,
                UNRELATED));
        Reuse r = detector(CONCEPT_ENCODER).detect(List.of(source, copy)).get(0);
        SharedSentence p = r.shared().stream().filter(s -> s.match().equals("paraphrase")).findFirst().orElseThrow();
        assertThat(copy.text(p.copy())).isEqualTo(COPY_REWORDED);
        assertThat(source.text(p.source())).isEqualTo(SOURCE_REWORDED);
        assertThat(p.similarity()).isGreaterThanOrEqualTo(ReuseDetector.DEFAULT_MIN_PARAPHRASE_COSINE);
        assertThat(r.shared()).hasSize(3);

        Reuse lexical = detector(null).detect(List.of(source, copy)).get(0);
        assertThat(lexical.shared()).hasSize(2).noneMatch(s -> s.match().equals("paraphrase"));
        assertThat(r.coverageOfSource()).isEqualTo(1.0);
        assertThat(lexical.coverageOfSource()).isLessThan(r.coverageOfSource());
        assertThat(r.changes()).extracting(Change::kind).doesNotContain("sentence-dropped", "figure-altered");
    }

    @Test
    void paraphrasesAloneNeverMakeARelation() {
        // an encoder that calls every pair of sentences identical
        SentenceEncoder same = new SentenceEncoder() {
            @Override
            public float[][] encode(List<String> sentences) {
                return sentences.stream().map(s -> new float[] {1f}).toArray(float[][]::new);
            }

            @Override
            public String name() {
                return "constant";
            }
        };
        Article a = article("a", null, String.join("\n", SOURCE_REWORDED, SHARED_ONE));
        Article b = article("b", null, String.join("\n", COPY_REWORDED, UNRELATED));
        assertThat(detector(same).detect(List.of(a, b))).isEmpty();
    }

    @Test
    void quotedSentencesAreNotParaphraseEvidence() {
        String quoteA = "\u201cEngineers found deep cracks in the central pillar and the bridge is not safe for "
                + "traffic,\u201d the mayor said.";
        String quoteB = "\u201cInspectors discovered fractures in the support, so the crossing will stay shut to "
                + "vehicles,\u201d said the mayor.";
        Article a = article("a", null, String.join("\n", SHARED_ONE, quoteA, SHARED_TWO));
        Article b = article("b", null, String.join("\n", SHARED_ONE, quoteB, SHARED_TWO));
        Reuse r = detector(CONCEPT_ENCODER).detect(List.of(a, b)).get(0);
        assertThat(r.shared()).hasSize(2).noneMatch(s -> s.match().equals("paraphrase"));
    }

    @Test
    void sentencesWithDifferentFiguresOrNegationAreEditsNotParaphrases() {
        String source = "Engineers found 12 cracks in the central pillar of the bridge during the inspection.";
        String altered = "Inspectors discovered 15 fractures in the central support of the bridge during the check.";
        String negated = "No fractures were discovered by inspectors in the central support of the bridge during "
                + "the check.";
        Article a = article("a", "2025-02-03T08:00:00Z", String.join("\n", SHARED_ONE, source, SHARED_TWO,
                SHARED_THREE, SHARED_FOUR));
        for (String copyText : List.of(altered, negated)) {
            Article b = article("b", "2025-02-03T10:00:00Z", String.join("\n", SHARED_ONE, copyText, SHARED_TWO,
                    SHARED_THREE, SHARED_FOUR));
            Reuse r = detector(CONCEPT_ENCODER).detect(List.of(a, b)).get(0);
            assertThat(r.kind()).isEqualTo("republication");
            assertThat(r.shared()).hasSize(4).noneMatch(s -> s.match().equals("paraphrase"));
            Change edit = r.changes().stream().filter(c -> c.kind().equals("sentence-edited")).findFirst()
                    .orElseThrow();
            assertThat(edit.before()).isEqualTo(source);
            assertThat(edit.after()).isEqualTo(copyText);
            assertThat(r.changes()).extracting(Change::kind).doesNotContain("sentence-dropped", "sentence-added");
        }
    }

    @Test
    void factsOfASentenceAreItsNumbersNegationsAndHedges() {
        assertThat(ParaphraseAligner.facts("Officials didn't confirm that 1,200 people may have left, two said"))
                .containsExactly("1200", "may", "not", "two");
        assertThat(ParaphraseAligner.facts("Officials did not confirm that 1200 people may have left, two said"))
                .isEqualTo(ParaphraseAligner.facts("Two said 1,200 people may have left; officials didn't confirm"));
    }

    @Test
    void badParaphraseThresholdIsRejected() {
        assertThatThrownBy(() -> new ReuseDetector(ReuseDetector.Settings.DEFAULT, CONCEPT_ENCODER, 1.5))
                .hasMessageContaining("minParaphraseCosine");
    }
}
