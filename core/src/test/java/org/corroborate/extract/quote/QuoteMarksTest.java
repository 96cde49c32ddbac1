package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extract.TestArticles;
import org.corroborate.extract.entity.TaggedText;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    /** The text of each quotation found in {@code body}, marks included. */
    private static List<String> quotations(String body) {
        TaggedText text = TaggedText.of(TestArticles.of("m", body));
        return QuoteMarks.find(body, text).stream().map(q -> body.substring(q[0], q[1])).toList();
    }

    @Test
    void anOpeningMarkAfterAStopAndBeforeASpaceCloses() {
        assertThat(quotations("“Will you sell the pier?“ Vell asked. “Never,” Roe said."))
                .containsExactly("“Will you sell the pier?“", "“Never,”");
    }

    @Test
    void anOpeningMarkGluedToAWordBeforeASpaceCloses() {
        assertThat(quotations("Roe said the board had been “frozen“ for years and “stuck” since May."))
                .containsExactly("“frozen“", "“stuck”");
    }

    @Test
    void aClosingMarkAfterASpaceAndBeforeAWordOpens() {
        assertThat(quotations("Roe said that doing so ”would sink the pier.” Vell left."))
                .containsExactly("”would sink the pier.”");
    }

    @Test
    void anOpeningMarkEndingItsParagraphCloses() {
        assertThat(quotations("“The toll will fall. “\n\n“Never,” Vell said."))
                .containsExactly("“The toll will fall. “", "“Never,”");
    }

    @Test
    void aClosingMarkOpeningAParagraphOpens() {
        assertThat(quotations("Vell spoke.\n\n” … the pier will stay,” she said."))
                .containsExactly("” … the pier will stay,”");
    }

    @Test
    void aStraightMarkAfterAFullStopAndBeforeASpaceClosesEvenWithNoQuotationOpen() {
        // the straight quotation's opener was taken by an inner curly pair; its closer opens nothing
        assertThat(quotations("\"The toll, I will read you the question: “Will it fall?” No, it will not.\"  "
                + "“It is in their heads,” said Vell."))
                .containsExactly("\"The toll, I will read you the question: “Will it fall?”", "“It is in their heads,”");
    }
}
