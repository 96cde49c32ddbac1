package org.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 model on a fictional story (a ferry grounding off the invented island of Tarsk). */
class MiniLmEncoderTest {
    private static final String ONE = "The passenger ferry Northern Gull ran aground on a sandbank off the island "
            + "of Tarsk early on Saturday with 212 people on board.";
    private static final String TWO = "Coastguard boats and two fishing trawlers took the passengers off the "
            + "stranded vessel within three hours of the first distress call.";
    private static final String SOURCE_PARA = "The harbour authority closed the northern shipping lane while divers "
            + "checked the hull for damage.";
    private static final String COPY_PARA = "Divers inspected the hull for damage while the northern shipping lane "
            + "was kept closed by the harbour authority.";
    private static final String QUOTE_A = "\u201cThe crew did everything right and nobody was hurt,\u201d harbour "
            + "master Ilse Brandt told the island radio station on Saturday afternoon.";
    private static final String QUOTE_B = "\u201cThe crew did everything right and nobody was hurt,\u201d said Ilse "
            + "Brandt, the harbour master, speaking to island radio on Saturday.";

    private static SentenceEncoder encoder() {
        var e = MiniLmEncoder.shared();
        Assumptions.assumeTrue(e.isPresent(), "MiniLM model could not be loaded on this platform: skipped");
        return e.get();
    }

    @Test
    void vectorsAreUnitLengthAndDeterministic() {
        SentenceEncoder e = encoder();
        float[][] first = e.encode(List.of(SOURCE_PARA, COPY_PARA, TWO));
        float[][] again = e.encode(List.of(TWO, SOURCE_PARA));
        assertThat(again[1]).containsExactly(first[0]);
        assertThat(again[0]).containsExactly(first[2]);
        assertThat(SentenceEncoder.cosine(first[0], first[0]))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(SentenceEncoder.cosine(first[0], first[1]))
                .isGreaterThan(SentenceEncoder.cosine(first[0], first[2]));
    }

    @Test
    void paraphraseIsAlignedAndQuoteIsNot() {
        encoder();
        Article source = ReuseDetectorTest.article("a", "Island Post", "2025-06-07T09:00:00Z", List.of(),
                String.join("\n", ONE, SOURCE_PARA, QUOTE_A, TWO));
        Article copy = ReuseDetectorTest.article("b", "Coast Daily", "2025-06-07T12:00:00Z", List.of(),
                String.join("\n", ONE, QUOTE_B, COPY_PARA, TWO));
        Reuse r = new ReuseDetector().detect(List.of(source, copy)).get(0);
        List<SharedSentence> paraphrases = r.shared().stream().filter(s -> s.match().equals("paraphrase")).toList();
        assertThat(paraphrases).hasSize(1);
        assertThat(copy.text(paraphrases.get(0).copy())).isEqualTo(COPY_PARA);
        assertThat(source.text(paraphrases.get(0).source())).isEqualTo(SOURCE_PARA);
        // the quote is word for word the same, but its sentences are mostly quotation: never a paraphrase match
        assertThat(r.shared()).filteredOn(s -> copy.text(s.copy()).equals(QUOTE_B))
                .noneMatch(s -> s.match().equals("paraphrase"));
    }
}
