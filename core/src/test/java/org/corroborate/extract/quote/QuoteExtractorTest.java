package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extract.TestArticles;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.model.Article;
import org.corroborate.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(String body) {
        Article a = TestArticles.of("q", body);
        return extractor.extract(a, recognizer.recognize(a));
    }

    private static Quote containing(List<Quote> qs, String words) {
        return qs.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' among " + qs));
    }

    @Test
    void directQuoteWithTrailingAttribution() {
        List<Quote> qs = quotes("Mayor Lena Hartwell opened the bridge.\n"
                + "“This bridge joins two towns that needed each other,” Hartwell said on Monday.");
        Quote q = containing(qs, "joins two towns");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Lena Hartwell");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.text()).doesNotStartWith("“");
    }

    @Test
    void invertedAttributionWithStraightQuotes() {
        List<Quote> qs = quotes("\"The harbor will reopen in spring,\" said Piet Vandermolen, the port director.");
        assertThat(containing(qs, "harbor will reopen").speaker()).isEqualTo("Piet Vandermolen");
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        List<Quote> qs = quotes("Governor Ines Carvalho said the budget was \"a careful compromise\" between the parties.");
        Quote q = containing(qs, "careful compromise");
        assertThat(q.kind()).isEqualTo("partial");
        assertThat(q.speaker()).isEqualTo("Ines Carvalho");
    }

    @Test
    void indirectSpeechGivesTheReportedClause() {
        List<Quote> qs = quotes("Senator Abel Muriuki said the committee would vote next week.");
        Quote q = containing(qs, "committee would vote");
        assertThat(q.kind()).isEqualTo("indirect");
        assertThat(q.text()).isEqualTo("the committee would vote next week");
        assertThat(q.speaker()).isEqualTo("Abel Muriuki");
    }

    @Test
    void pronounGoesToTheRecentSpeaker() {
        List<Quote> qs = quotes("Coach Rafaela Souza praised her team after the final.\n"
                + "“They never stopped running,” she said.");
        assertThat(containing(qs, "never stopped running").speaker()).isEqualTo("Rafaela Souza");
    }

    @Test
    void quoteOverSeveralParagraphsIsOne() {
        List<Quote> qs = quotes("Engineer Tove Lindqvist described the repair.\n"
                + "“We replaced every cable on the north side.\n"
                + "“Then we tested the load twice,” Lindqvist said.");
        Quote q = containing(qs, "replaced every cable");
        assertThat(q.text()).contains("tested the load twice");
        assertThat(q.speaker()).isEqualTo("Tove Lindqvist");
    }

    @Test
    void quoteWithoutCueCarriesTheSpeakerOfThePreviousParagraph() {
        List<Quote> qs = quotes("“Our shelters are full tonight,” said Amos Kiprono, who runs the city's largest one.\n"
                + "“We are asking the province for two more buildings before the frost.”");
        Quote q = containing(qs, "two more buildings");
        assertThat(q.speaker()).isEqualTo("Amos Kiprono");
        assertThat(q.kind()).isEqualTo("direct");
    }

    @Test
    void unmarkedFirstPersonSpeechBeforeAttribution() {
        List<Quote> qs = quotes("Minister Odile Marchetti toured the flooded valley.\n"
                + "We will rebuild every school before September, Marchetti said at the town hall.");
        Quote q = containing(qs, "rebuild every school");
        assertThat(q.kind()).isEqualTo("unmarked");
        assertThat(q.speaker()).isEqualTo("Odile Marchetti");
    }

    @Test
    void rolePhraseIsKeptAsWrittenForTheResolver() {
        List<Quote> qs = quotes("We expect the ceasefire to hold, the top Norwegian diplomat said.");
        assertThat(containing(qs, "ceasefire to hold").speaker()).isEqualTo("the top Norwegian diplomat");
    }

    @Test
    void accordingToAttributesTheClause() {
        List<Quote> qs = quotes("The dam holds four billion litres, according to the Valley Water Authority.");
        Quote q = containing(qs, "four billion litres");
        assertThat(q.speaker()).isEqualTo("Valley Water Authority");
        assertThat(q.cue()).isEqualTo("according to");
    }

    @Test
    void participleTakesTheSpeakerOfItsClause() {
        List<Quote> qs = quotes("Judge Wanjiru Kamau adjourned the hearing, saying the documents arrived too late.");
        assertThat(containing(qs, "documents arrived too late").speaker()).isEqualTo("Wanjiru Kamau");
    }

    @Test
    void speakerThroughAnInterpreter() {
        List<Quote> qs = quotes("Trade Minister Yuki Tanabe met the delegation.\n"
                + "Tanabe said talks would continue.\n"
                + "There is a “real chance” of a deal by May, he said through an interpreter.");
        Quote q = containing(qs, "real chance");
        assertThat(q.speaker()).isEqualTo("Yuki Tanabe");
        assertThat(q.kind()).isEqualTo("partial");
    }

    @Test
    void scareQuotesAloneAreNotQuotes() {
        assertThat(quotes("The so-called \"green corridor\" opened in May.")).isEmpty();
    }

    @Test
    void typewriterDoubleApostrophesAreQuotationMarks() {
        List<Quote> qs = quotes("''The vote is not over,'' Mr. Dunmore said.");
        assertThat(containing(qs, "vote is not over").speaker()).isEqualTo("Dunmore");
    }

    @Test
    void offsetsSpanTheQuoteText() {
        Article a = TestArticles.of("q", "\uD83D\uDCF0 “Prices will fall,” Ana Ruiz said.");
        Quote q = extractor.extract(a, recognizer.recognize(a)).get(0);
        assertThat(q.text()).isEqualTo(a.body().codePoints().skip(q.start()).limit(q.end() - q.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @Test
    void emptyAndBlankBodiesGiveNothing() {
        assertThat(quotes("")).isEmpty();
        assertThat(quotes("  \n\n  ")).isEmpty();
        assertThat(recognizer.recognize(TestArticles.of("e", ""))).isEmpty();
    }

    @Test
    void unbalancedQuoteEndsWithItsParagraph() {
        List<Quote> qs = quotes("“We will not leave, said the striking miner Jonas Berg.\nThe company did not reply.");
        assertThat(qs).noneMatch(q -> q.text().contains("company did not reply"));
    }
}
