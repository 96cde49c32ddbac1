package org.corroborate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.junit.jupiter.api.Test;

class ReportModelTest {
    private static Claim quote(String kind, String... texts) {
        List<ClaimVariant> variants = java.util.Arrays.stream(texts)
                .map(t -> new ClaimVariant(t, null, kind, "Ilse Varn", List.of())).toList();
        return new Claim("quote-1", "s", "quote", "single-source", "Ilse Varn: " + texts[0], List.of(), List.of(),
                variants);
    }

    @Test
    void aQuoteShownAloneLosesTheCommaThatClosedItInsideItsSentence() {
        assertThat(ReportModel.shown(quote("direct", "The bridge will hold for another winter,"))).isEqualTo(
                "\u201cThe bridge will hold for another winter\u201d");
        assertThat(ReportModel.shown(quote("direct", "Will the bridge hold?"))).isEqualTo("\u201cWill the bridge hold?\u201d");
    }

    @Test
    void theLongestDirectRenderingIsShown() {
        assertThat(ReportModel.shown(quote("direct", "The bridge will hold,", "The old bridge will hold,")))
                .isEqualTo("\u201cThe old bridge will hold\u201d");
    }

    @Test
    void aParaphraseIsNeverShownInQuotationMarks() {
        assertThat(ReportModel.shown(quote("indirect", "the bridge would hold"))).isEqualTo("(paraphrased) the bridge would hold");
        assertThat(ReportModel.shown(quote("partial", "the bridge was \u201cas good as new\u201d")))
                .isEqualTo("(paraphrased) the bridge was \u201cas good as new\u201d");
        assertThat(ReportModel.shown(quote("unmarked", "We will hold the bridge"))).isEqualTo("\u201cWe will hold the bridge\u201d");
    }
}
