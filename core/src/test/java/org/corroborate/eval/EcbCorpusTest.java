package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EcbCorpusTest {

    @Test
    void straightMarksBecomeCurlyByTheirPlaceEvenGluedToAWord() {
        boolean[] open = {false};
        assertThat(EcbCorpus.detokenize(List.of("The", "\"Most", "Wanted\"", "list", "grew", "."), open))
                .isEqualTo("The \u201cMost Wanted\u201d list grew.");
        assertThat(EcbCorpus.detokenize(List.of("\"", "We", "won", ",", "\"", "Roe", "said", "."), open))
                .isEqualTo("\u201cWe won,\u201d Roe said.");
    }

    @Test
    void aMarkAfterAStopClosesWhateverItsShapeAndOneOpeningASentenceOpens() {
        boolean[] open = {false};
        assertThat(EcbCorpus.detokenize(List.of("``", "We", "won", ",", "``", "a", "friend", "said", "."), open))
                .isEqualTo("\u201cWe won,\u201d a friend said.");
        open[0] = true; // left open by an unbalanced mark earlier in the document
        assertThat(EcbCorpus.detokenize(List.of("\"", "Go", ",", "\"", "Roe", "said", "."), open))
                .isEqualTo("\u201cGo,\u201d Roe said.");
    }

    @Test
    void hyphensBetweenWordsAndThousandsSeparatorsJoinTheirTokens() {
        boolean[] open = {false};
        assertThat(EcbCorpus.detokenize(List.of("Vell", "-", "Roe", "paid", "20", ",", "000", "for", "an", "anti", "-",
                "toll", "ad", "."), open)).isEqualTo("Vell-Roe paid 20,000 for an anti-toll ad.");
        // a dash before a function word, a comma between a number and a longer one, and a double dash stay apart
        assertThat(EcbCorpus.detokenize(List.of("They", "waited", "outside", "-", "where", "3", ",", "2024", "-", "-",
                "it", "rained", "."), open)).isEqualTo("They waited outside - where 3, 2024 - - it rained.");
    }
}
