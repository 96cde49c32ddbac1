package org.corroborate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.junit.jupiter.api.Test;

class ReportModelTest {
    private static Claim quote(String... texts) {
        List<ClaimVariant> variants = java.util.Arrays.stream(texts)
                .map(t -> new ClaimVariant(t, null, "direct", "Ilse Varn", List.of())).toList();
        return new Claim("quote-1", "s", "quote", "single-source", "Ilse Varn: " + texts[0], List.of(), List.of(),
                variants);
    }

    @Test
    void aQuoteShownAloneLosesTheCommaThatClosedItInsideItsSentence() {
        assertThat(ReportModel.wording(quote("The bridge will hold for another winter,"))).isEqualTo(
                "The bridge will hold for another winter");
        assertThat(ReportModel.wording(quote("Will the bridge hold?"))).isEqualTo("Will the bridge hold?");
    }

    @Test
    void theLongestDirectRenderingIsShown() {
        assertThat(ReportModel.wording(quote("The bridge will hold,", "The old bridge will hold,")))
                .isEqualTo("The old bridge will hold");
    }
}
