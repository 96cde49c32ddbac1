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

    private List<Attribution> attributions(String body) {
        Article a = TestArticles.of("a", body);
        return extractor.attributions(a, recognizer.recognize(a));
    }

    private static Attribution withContent(List<Attribution> as, String body, String words) {
        return as.stream().filter(x -> slice(body, x.content()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with '" + words + "'"));
    }

    private static String slice(String body, org.corroborate.model.Span s) {
        return org.corroborate.model.CodePoints.slice(body, s.start(), s.end());
    }

    @Test
    void curlyContractionsAreTaggedLikeStraightOnes() {
        String body = "Councillor Bram Oduya says he’d close the quarry by spring.";
        Attribution a = withContent(attributions(body), body, "close the quarry");
        assertThat(a.speaker()).isEqualTo("Bram Oduya");
    }

    @Test
    void contentEndsBeforeACoordinatedReport() {
        String body = "Mayor Ilse Varga said the harbor would reopen in May, adding that the ferries would run daily.";
        List<Attribution> as = attributions(body);
        assertThat(as).anySatisfy(a -> assertThat(slice(body, a.content())).isEqualTo("the harbor would reopen in May"));
        assertThat(withContent(as, body, "the ferries would run daily").cueText()).isEqualTo("adding");
    }

    @Test
    void aSourceGoesOnOverATitlePeriodTheSentenceSplitterEndedAt() {
        String body = "The port will close in June, according to a speech Mrs. Varga delivered on Monday.";
        Attribution a = withContent(attributions(body), body, "The port will close in June");
        assertThat(slice(body, a.source())).isEqualTo("a speech Mrs. Varga");
    }

    @Test
    void sentencesTheSplitterEndedAtATitleAreOneSentence() {
        String body = "Reporters asked the mayor whether Sen. Varga would run again. The port will close in June, "
                + "Mrs. Varga said.";
        List<Attribution> as = attributions(body);
        assertThat(as).anySatisfy(a -> assertThat(slice(body, a.content())).isEqualTo("whether Sen. Varga would run again"));
        Attribution port = withContent(as, body, "The port will close in June");
        assertThat(slice(body, port.source())).isEqualTo("Mrs. Varga");
    }

    @Test
    void aQuotationSplitByItsAttributionIsOneRelationAndTwoQuotes() {
        String body = "Mayor Ilse Varga visited the docks.\n“The harbor is safe,” Varga said, “and the ferries will run daily.”";
        List<Quote> qs = quotes(body);
        assertThat(containing(qs, "The harbor is safe").speaker()).isEqualTo("Ilse Varga");
        assertThat(containing(qs, "the ferries will run daily").speaker()).isEqualTo("Ilse Varga");
        Attribution a = withContent(attributions(body), body, "The harbor is safe");
        assertThat(slice(body, a.content())).contains("the ferries will run daily");
    }

    @Test
    void aNestedReportStaysInsideTheOuterContent() {
        String body = "Mayor Ilse Varga said the fishermen believe the harbor is too shallow.";
        Attribution a = withContent(attributions(body), body, "the fishermen");
        assertThat(slice(body, a.content())).isEqualTo("the fishermen believe the harbor is too shallow");
    }

    @Test
    void irregularAndDoubledCueFormsAreFound() {
        String body = "Mayor Ilse Varga sought to calm the fishermen. Varga planned to visit the docks. "
                + "The report found that the river had risen.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "to calm the fishermen").belief()).isTrue();
        assertThat(withContent(as, body, "to visit the docks").cueText()).isEqualTo("planned");
        assertThat(withContent(as, body, "the river had risen").cueText()).isEqualTo("found");
    }

    @Test
    void beliefsAreAttributionsButNeverQuotes() {
        String body = "Farmer Odo Lindahl believes the dam will fail.";
        Attribution a = withContent(attributions(body), body, "the dam will fail");
        assertThat(a.belief()).isTrue();
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void stanceNounWithThatClause() {
        String body = "Her claim that the ferry was safe drew protests.";
        Attribution a = withContent(attributions(body), body, "the ferry was safe");
        assertThat(a.cueText()).isEqualTo("claim");
        assertThat(a.sourceText()).isEqualTo("Her");
        assertThat(a.belief()).isTrue();
    }

    @Test
    void stanceAdjectiveWithComplement() {
        String body = "Engineer Paola Brandt is confident that the tunnel will open in May.";
        Attribution a = withContent(attributions(body), body, "the tunnel will open");
        assertThat(a.speaker()).isEqualTo("Paola Brandt");
        assertThat(a.belief()).isTrue();
    }

    @Test
    void contentAfterAPrepositionOfContent() {
        String body = "Senator Ruth Okafor joked about the broken elevator.";
        Attribution a = withContent(attributions(body), body, "the broken elevator");
        assertThat(slice(body, a.content())).isEqualTo("the broken elevator");
    }

    @Test
    void impressionHasTheSubjectInItsContentAndNoSource() {
        String body = "The crowd seemed to relax after the vote.";
        Attribution a = withContent(attributions(body), body, "to relax");
        assertThat(slice(body, a.content())).startsWith("The crowd");
        assertThat(a.source()).isNull();
    }

    @Test
    void nameColonHeadlineIsAStance() {
        String body = "Ostrova: Harbor Tax Will Double Next Year\nThe harbor board meets on Friday.";
        Attribution a = withContent(attributions(body), body, "Harbor Tax Will Double");
        assertThat(a.sourceText()).isEqualTo("Ostrova");
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void sourceBeforeAParenthesis() {
        List<Quote> qs = quotes("Senator Marit Holm (D-OR) said the levee needs repairs.");
        assertThat(containing(qs, "levee needs repairs").speaker()).isEqualTo("Marit Holm");
    }

    @Test
    void carriedQuotationExtendsTheRelationButStaysAQuote() {
        String body = "“The bridge is closed,” said Amos Kiprono, the county engineer.\n"
                + "“We are waiting for the inspectors.”";
        assertThat(quotes(body)).hasSize(2);
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(slice(body, as.get(0).content())).contains("bridge is closed").contains("waiting for the inspectors");
    }

    @Test
    void quotationBeforeSaidOfKeepsItsCue() {
        List<Quote> qs = quotes("“They will keep their word,” Ines Moura said of the contractors.");
        assertThat(containing(qs, "keep their word").speaker()).isEqualTo("Ines Moura");
    }

    @Test
    void coordinatedCueSharesTheSubject() {
        String body = "Mayor Ann Pike toured the flooded harbor and vowed to rebuild the pier.";
        Attribution a = withContent(attributions(body), body, "to rebuild the pier");
        assertThat(a.sourceText()).isEqualTo("Mayor Ann Pike");
    }

    @Test
    void accordingToInMidSentenceTakesTheClauseAfterIt() {
        String body = "In addition, according to the port authority, ferry fares will rise in May. "
                + "The ferry captain, according to his union, is refusing the new shifts.";
        List<Attribution> as = attributions(body);
        Attribution fares = withContent(as, body, "ferry fares will rise");
        assertThat(slice(body, fares.content())).isEqualTo("ferry fares will rise in May");
        assertThat(fares.sourceText()).isEqualTo("the port authority");
        Attribution shifts = withContent(as, body, "refusing the new shifts");
        assertThat(slice(body, shifts.content())).startsWith("The ferry captain");
        assertThat(shifts.sourceText()).isEqualTo("his union");
    }

    @Test
    void questionAskedWithoutAnAskerHasNoSourceAndIsNoQuote() {
        String body = "Asked about the ferry strike, Pike smiled. Later she was asked whether the pier would reopen.";
        List<Attribution> as = attributions(body);
        Attribution strike = withContent(as, body, "the ferry strike");
        assertThat(slice(body, strike.content())).isEqualTo("the ferry strike");
        assertThat(strike.source()).isNull();
        assertThat(withContent(as, body, "whether the pier would reopen").source()).isNull();
        assertThat(quotes(body)).noneMatch(q -> q.text().contains("ferry strike"));
    }

    @Test
    void passiveCueWithItsAgent() {
        String body = "The toll plan was criticized by the truckers' association.";
        Attribution a = withContent(attributions(body), body, "toll plan");
        assertThat(slice(body, a.content())).isEqualTo("The toll plan");
        assertThat(a.sourceText()).isEqualTo("the truckers' association");
    }

    @Test
    void participleAfterAnObjectTakesTheVerbsSubject() {
        String body = "Governor Tomas Reyes released a statement saying the pier would reopen in June.";
        Attribution a = withContent(attributions(body), body, "the pier would reopen");
        assertThat(a.sourceText()).isEqualTo("Governor Tomas Reyes");
    }

    @Test
    void continuedIsASpeechCueOnlyWithAQuotation() {
        String body = "“We will rebuild,” Pike continued. Prices continued to rise in the harbor towns.";
        assertThat(containing(quotes(body), "We will rebuild").cue()).isEqualTo("continued");
        assertThat(attributions(body)).noneMatch(a -> slice(body, a.content()).contains("to rise"));
    }

    @Test
    void typewriterQuotesAndATitleBeforeTheSource() {
        String body = "The council met late. ''We are ready,'' Mrs. Pike said.";
        Quote q = containing(quotes(body), "We are ready");
        assertThat(q.text()).isEqualTo("We are ready,");
        assertThat(q.speaker()).contains("Pike");
    }

    @Test
    void stanceNounWithAPhraseAfterAPossessiveSubject() {
        String body = "His call for a second ferry line drew applause at the meeting.";
        Attribution a = withContent(attributions(body), body, "a second ferry line");
        assertThat(slice(body, a.content())).isEqualTo("a second ferry line");
        assertThat(a.sourceText()).isEqualTo("His");
        assertThat(a.belief()).isTrue();
    }

    @Test
    void titleCaseHeadlineWithACueIsAStance() {
        String body = "Pike Says Harbor Tolls Will Double\nThe harbor board meets on Friday.";
        Attribution a = withContent(attributions(body), body, "Harbor Tolls Will Double");
        assertThat(a.sourceText()).isEqualTo("Pike");
        assertThat(a.speaker()).isEqualTo("Pike");
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void asideSourceAndCueBetweenCommas() {
        String body = "The ferry sailed late again. Still, the captain said, the crew will keep the winter timetable. "
                + "Its engine, the mechanics believe, cannot last another year. "
                + "But as Wanjiru Otieno noted, the islanders have no other way to the mainland.";
        List<Attribution> as = attributions(body);
        Attribution still = withContent(as, body, "the crew will keep");
        assertThat(slice(body, still.content())).isEqualTo("the crew will keep the winter timetable");
        assertThat(still.sourceText()).isEqualTo("the captain");
        assertThat(as).noneMatch(a -> slice(body, a.content()).equals("Still"));
        Attribution engine = withContent(as, body, "cannot last");
        assertThat(slice(body, engine.content())).startsWith("Its engine");
        assertThat(engine.belief()).isTrue();
        Attribution noted = withContent(as, body, "no other way");
        assertThat(slice(body, noted.content())).isEqualTo("the islanders have no other way to the mainland");
        assertThat(noted.speaker()).isEqualTo("Wanjiru Otieno");
        String close = "At times last year, people close to the mayor said, the mere mention of the toll made her fume.";
        Attribution a = withContent(attributions(close), close, "mere mention");
        assertThat(a.sourceText()).isEqualTo("people close to the mayor");
        assertThat(slice(close, a.content())).isEqualTo("the mere mention of the toll made her fume");
    }

    @Test
    void sentenceCutAtAnAbbreviationBeforeALowercaseWordIsOne() {
        String body = "SALEM — Sen. Orla Brennick (D-Ore.) defended the ferry levy on Monday, saying the island routes "
                + "would close without it.";
        Attribution a = withContent(attributions(body), body, "island routes");
        assertThat(slice(body, a.content())).isEqualTo("the island routes would close without it");
        assertThat(a.speaker()).isEqualTo("Orla Brennick");
    }

    @Test
    void asideAfterASubjectTakesTheRestOfItsClause() {
        String body = "The old pier has been sinking for years, the harbor master said, by a foot a decade. "
                + "The new pier will open in May, the mayor said, when the tides allow.";
        List<Attribution> as = attributions(body);
        Attribution a = withContent(as, body, "old pier");
        assertThat(slice(body, a.content())).startsWith("The old pier has been sinking").endsWith("by a foot a decade");
        assertThat(a.sourceText()).isEqualTo("the harbor master");
        assertThat(slice(body, withContent(as, body, "new pier").content())).isEqualTo("The new pier will open in May");
    }

    @Test
    void subjectWithAModifierEndingInAVerbIsTheSource() {
        String body = "Two thirds of the ferry riders surveyed said the fares were too high.";
        Attribution a = withContent(attributions(body), body, "fares were too high");
        assertThat(slice(body, a.content())).isEqualTo("the fares were too high");
        assertThat(a.sourceText()).isEqualTo("Two thirds of the ferry riders");
        String poll = "The latest harbor survey out this week shows the toll losing support.";
        assertThat(withContent(attributions(poll), poll, "losing support").sourceText()).isEqualTo("The latest harbor survey");
    }

    @Test
    void contentEndsBeforeACoordinatedReportWithItsOwnSource() {
        String body = "Mayor Ilse Varga is backing the ferry plan, but she is not predicting that the council will pass it.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "ferry plan").content())).isEqualTo("the ferry plan");
        assertThat(slice(body, withContent(as, body, "council will pass").content()))
                .isEqualTo("the council will pass it");
    }

    @Test
    void impressionsWithParticiplesItAndThere() {
        String body = "The mayor seemed rattled by the vote. It appears, though, that the ferry will keep running. "
                + "There seems to be little interest in the levy. The tolls, which appeared likely to rise, stayed put. "
                + "The harbor master appeared on local television.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "rattled").content())).isEqualTo("The mayor seemed rattled by the vote");
        assertThat(slice(body, withContent(as, body, "ferry will keep").content())).isEqualTo("the ferry will keep running");
        assertThat(slice(body, withContent(as, body, "little interest").content())).startsWith("There seems");
        assertThat(slice(body, withContent(as, body, "likely to rise").content())).startsWith("which appeared");
        assertThat(as).noneMatch(a -> slice(body, a.content()).contains("television"));
        assertThat(as).allMatch(a -> a.belief() && a.source() == null);
    }

    @Test
    void accordingToLongerSourcePhrases() {
        String body = "Now, according to a recent 12-county survey, most islanders favor the toll. "
                + "According to an archived copy of the council website from 2019, the levy was never voted on. "
                + "The pier will close in May, according to a memo Tuesday from the harbor board.";
        List<Attribution> as = attributions(body);
        Attribution survey = withContent(as, body, "most islanders");
        assertThat(survey.sourceText()).isEqualTo("a recent 12-county survey");
        Attribution archive = withContent(as, body, "never voted");
        assertThat(slice(body, archive.content())).isEqualTo("the levy was never voted on");
        assertThat(archive.sourceText()).startsWith("an archived copy");
        assertThat(withContent(as, body, "pier will close").sourceText()).isEqualTo("a memo");
    }

    @Test
    void trailingBeliefCueWithARecordAsSource() {
        String body = "The ferry carried 4,000 riders in May, court records show. Tolls will rise, many islanders fear.";
        List<Attribution> as = attributions(body);
        Attribution a = withContent(as, body, "4,000 riders");
        assertThat(slice(body, a.content())).isEqualTo("The ferry carried 4,000 riders in May");
        assertThat(a.sourceText()).isEqualTo("court records");
        assertThat(a.belief()).isTrue();
        assertThat(as).noneMatch(x -> slice(body, x.content()).contains("Tolls will rise"));
    }

    @Test
    void coordinatedCueAfterAnAuxiliaryAndAContractedPronoun() {
        String body = "Mayor Ilse Varga said she would back the levy but did not suggest it would pass. "
                + "Varga is backing the ferry plan, but she’s not predicting a quick vote.";
        List<Attribution> as = attributions(body);
        Attribution suggest = withContent(as, body, "it would pass");
        assertThat(suggest.cueText()).isEqualTo("suggest");
        assertThat(slice(body, withContent(as, body, "she would back").content())).isEqualTo("she would back the levy");
        Attribution predicting = withContent(as, body, "a quick vote");
        assertThat(predicting.sourceText()).isEqualTo("she");
        assertThat(predicting.speaker()).isEqualTo("Ilse Varga");
    }

    @Test
    void sourceBeforeADayAndContentOpeningWithAtLeast() {
        String body = "The harbor master on Tuesday dismissed the new toll plan. "
                + "The port authority reported at least six ferries were late.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "new toll plan").sourceText()).isEqualTo("The harbor master");
        Attribution late = withContent(as, body, "six ferries");
        assertThat(slice(body, late.content())).isEqualTo("at least six ferries were late");
        assertThat(late.sourceText()).isEqualTo("The port authority");
    }

    @Test
    void firstPersonReportInsideUnmarkedSpeechStaysInIt() {
        String body = "We met the council twice, and I think they will agree to the levy, the ferry captain said.";
        Attribution a = withContent(attributions(body), body, "We met the council");
        assertThat(slice(body, a.content())).endsWith("agree to the levy");
        assertThat(a.sourceText()).isEqualTo("the ferry captain");
    }

    @Test
    void anAdverbAloneAfterTheCueIsNoContent() {
        String body = "“What a lovely toll,” the ferry captain said sarcastically.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "lovely toll").cueText()).isEqualTo("said");
        assertThat(as).noneMatch(a -> slice(body, a.content()).contains("sarcastically"));
    }

    @Test
    void stanceNounWithAThatClauseAndNoSource() {
        String body = "Within a month it was drawing complaints that the tolls were too high. "
                + "Her warning that the pier would flood went unheeded.";
        List<Attribution> as = attributions(body);
        Attribution complaints = withContent(as, body, "tolls were too high");
        assertThat(slice(body, complaints.content())).isEqualTo("the tolls were too high");
        assertThat(complaints.source()).isNull();
        assertThat(complaints.belief()).isTrue();
        assertThat(withContent(as, body, "pier would flood").sourceText()).isEqualTo("Her");
    }

    @Test
    void thatClauseOfACueWithoutANounPhraseSource() {
        String body = "Mayor Ilse Varga then pivoted to arguing that the toll was fair. "
                + "The ferry line has been warning that it is running out of cash.";
        List<Attribution> as = attributions(body);
        Attribution arguing = withContent(as, body, "toll was fair");
        assertThat(arguing.sourceText()).isEqualTo("Mayor Ilse Varga");
        Attribution warning = withContent(as, body, "running out of cash");
        assertThat(slice(body, warning.content())).isEqualTo("it is running out of cash");
        assertThat(warning.source()).isNull();
    }

    @Test
    void accordingToAPhraseTheTagsDoNotMakeANounPhrase() {
        String body = "The ferry lost the vote in Harlow, according to complete but unofficial returns.";
        Attribution a = withContent(attributions(body), body, "lost the vote");
        assertThat(slice(body, a.content())).isEqualTo("The ferry lost the vote in Harlow");
        assertThat(a.sourceText()).isEqualTo("complete but unofficial returns");
    }

    @Test
    void predicativeAdjectiveWithABareClauseAndImpersonalIt() {
        String body = "Mayor Ilse Varga is glad the ferry will keep running. It is clear the toll would stay. "
                + "She sent a clear message to the board.";
        List<Attribution> as = attributions(body);
        Attribution glad = withContent(as, body, "ferry will keep");
        assertThat(slice(body, glad.content())).isEqualTo("the ferry will keep running");
        assertThat(glad.speaker()).isEqualTo("Ilse Varga");
        Attribution clear = withContent(as, body, "toll would stay");
        assertThat(clear.source()).isNull();
        assertThat(as).noneMatch(a -> slice(body, a.content()).contains("message"));
    }

    @Test
    void cueBetweenTwoQuotationsGoesToTheNextWhenTheFirstEndsItsSentence() {
        String body = "Harbor master Tove Pike spoke after the storm. “The pier held.” She added, “Now we rebuild the ramp.”";
        List<Attribution> as = attributions(body);
        Attribution a = withContent(as, body, "Now we rebuild");
        assertThat(a.cueText()).isEqualTo("added");
        assertThat(slice(body, a.content())).doesNotContain("pier held");
    }

    @Test
    void declinedToCommentIsAStanceNotAQuote() {
        String body = "The ferry company was asked about the fares. Its owner, Bram Oduya, declined to comment.";
        Attribution a = withContent(attributions(body), body, "to comment");
        assertThat(slice(body, a.content())).isEqualTo("to comment");
        assertThat(a.belief()).isTrue();
        assertThat(quotes(body)).noneMatch(q -> q.text().contains("to comment"));
    }

    @Test
    void quotationAfterTheAddresseeAndAPlace() {
        String body = "Mayor Ilse Varga told reporters in Salem last week, “I have said all along that the toll will stay.”";
        Quote q = containing(quotes(body), "toll will stay");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.speaker()).isEqualTo("Ilse Varga");
        assertThat(q.text()).startsWith("I have said");
        String told = "Varga told Tove Pike of the Harbor Gazette, that the ferry would keep its winter timetable.";
        Attribution a = withContent(attributions(told), told, "winter timetable");
        assertThat(slice(told, a.content())).isEqualTo("the ferry would keep its winter timetable");
    }

    @Test
    void askedAfterAPhraseOfTimeOrPlace() {
        String body = "Asked during a harbor debate why the tolls rose, Mayor Ilse Varga pointed to the storm.";
        Attribution a = withContent(attributions(body), body, "tolls rose");
        assertThat(slice(body, a.content())).isEqualTo("why the tolls rose");
        assertThat(a.source()).isNull();
        assertThat(a.belief()).isTrue();
    }

    @Test
    void whatFollowsTheAddresseeAfterAParticle() {
        String body = "Radio host Tove Pike asked Varga about the statements she had made.";
        Attribution a = withContent(attributions(body), body, "statements she had made");
        assertThat(slice(body, a.content())).isEqualTo("about the statements she had made");
        assertThat(a.sourceText()).isEqualTo("Radio host Tove Pike");
    }

    @Test
    void asideOpenedByAsKeepsTheOpenerOutOfTheSource() {
        List<Quote> qs = quotes("If, as I've argued, the ferry subsidy pays for itself, the council should keep it.");
        Quote q = containing(qs, "ferry subsidy pays");
        assertThat(q.cue()).isEqualTo("argued");
        assertThat(q.speaker()).as("an unresolved first person, never 'as I've'").isNull();
    }

    @Test
    void gerundAfterAVerbTheTaggerTookForANounIsNoReport() {
        List<Quote> qs = quotes("Mayor Ilse Brandvold opened the depot in March.\n"
                + "Brandvold avoids criticizing the regional board's delays.");
        assertThat(qs).noneMatch(q -> q.text().contains("regional board"));
    }

    @Test
    void subjectModifiedByAParticiplePhraseIsTheSourceNotThePrepositionsObject() {
        List<Quote> qs = quotes("Dockworkers gathered outside the port office shouted \"No more quotas!\" "
                + "at the minister.");
        Quote q = containing(qs, "No more quotas");
        assertThat(q.speaker()).isEqualTo("Dockworkers");
    }

    @Test
    void participleModifyingAnAdjunctsNounIsNoCue() {
        List<Quote> qs = quotes("On the intake form, in a field labeled “allergies,” "
                + "a nurse had written “none known.”");
        assertThat(qs).noneMatch(q -> "a field".equals(q.speaker()));
    }

    @Test
    void participleDescribingAVerbsComplementIsNoAttribution() {
        List<Quote> qs = quotes("The council dropped the harsher clause and replaced it with milder "
                + "wording calling for “regular review.”");
        assertThat(qs).noneMatch(q -> q.speaker() != null && q.speaker().contains("wording"));
    }

    @Test
    void clauseOnlyCueWithANounObjectIsAnAct() {
        List<Quote> qs = quotes("Analysts fear that the new tariffs could add pressure to the fishing towns.");
        assertThat(qs).noneMatch(q -> "add".equals(q.cue()));
        List<Quote> spoken = quotes("Mayor Ilse Brandvold added that the depot would reopen in May.");
        assertThat(containing(spoken, "depot would reopen").cue()).isEqualTo("added");
    }

    @Test
    void sourceIsTheSubjectNotTheObjectOfItsPreposition() {
        List<Quote> qs = quotes("The senator's aide on the committee said that the deal is dead.");
        assertThat(containing(qs, "deal is dead").speaker()).isEqualTo("The senator's aide on the committee");
    }

    @Test
    void nounCompoundEndingInACueWordIsNoReport() {
        List<Quote> qs = quotes("The bank cut its forecast by 0.2 percentage points to 3.1 percent. "
                + "The envoy urged both sides to resume border talks they abandoned last year.");
        assertThat(qs).noneMatch(q -> "points".equals(q.cue()) || "talks".equals(q.cue()));
    }

    @Test
    void quotationSourceBeforeAParenthesisAndComma() {
        List<Quote> qs = quotes("Gov. Marta Illescas (D-Ore.), said, “We will rebuild the pier before summer.”");
        assertThat(containing(qs, "rebuild the pier").speaker()).isEqualTo("Marta Illescas");
    }

    @Test
    void quotationSourceWhoseAppositiveTheSplitterCut() {
        List<Quote> qs = quotes("Tomas Reyna, R-Nev., said in a radio interview, “The levee held all night.”");
        Quote q = containing(qs, "levee held");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Tomas Reyna");
    }

    @Test
    void quotationWithAnInvertedSourceAndAnAsideAfterIt() {
        List<Quote> qs = quotes("“This is just a rehearsal,” said the pilot Anselm Korver, annoyed that the "
                + "drill ran late.");
        assertThat(containing(qs, "just a rehearsal").kind()).isEqualTo("direct");
    }

    @Test
    void quotationWithAnAdjunctClauseAfterTheAddressee() {
        List<Quote> qs = quotes("“That is a fair worry,” Korver told Radio Nord on Monday when asked about the "
                + "closures that worried the ferry crews.");
        Quote q = containing(qs, "fair worry");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.cue()).isEqualTo("told");
    }

    @Test
    void thatClauseAfterAPrepositionalAdjunct() {
        List<Quote> qs = quotes("Minister Ada Okonjo said in an interview taped before the vote that the tariff "
                + "would stay. Brenna Solvik argues at the Harbor Review that the canal should close.");
        assertThat(containing(qs, "tariff would stay").text()).isEqualTo("the tariff would stay");
        assertThat(containing(qs, "canal should close").speaker()).isEqualTo("Brenna Solvik");
        assertThat(qs).noneMatch(q -> "taped".equals(q.cue()));
    }

    @Test
    void standingInThePollsAtLargeIsNoAttribution() {
        assertThat(attributions("Mayor Edda Tull still trails her rival in the polls.")).isEmpty();
        assertThat(attributions("In a new survey, most residents backed the ferry plan."))
                .anyMatch(a -> a.sourceText() != null && a.sourceText().contains("survey"));
    }

    @Test
    void invertedSourceClosingAReportedClause() {
        List<Quote> qs = quotes("For most families, the fees would outweigh the savings, said Orla Brennick.");
        Quote q = containing(qs, "fees would outweigh");
        assertThat(q.speaker()).isEqualTo("Orla Brennick");
        assertThat(q.text()).doesNotContain("Brennick");
        List<Quote> withRole = quotes("The ferry runs half empty in winter, said Orla Brennick, the port's director.");
        assertThat(containing(withRole, "half empty").speaker()).isEqualTo("Orla Brennick");
    }

    @Test
    void aSpacedHyphenIsADashNotPartOfTheSource() {
        List<Quote> qs = quotes("The canal plan appealed to her grandest hopes - skeptics would call them "
                + "fantasies - and it cost her the vote.");
        assertThat(containing(qs, "fantasies").speaker()).isEqualTo("skeptics");
    }

    @Test
    void sourceWithAWordTheTokenizerCutAtItsHyphen() {
        assertThat(attributions("Fares would rise, according to the union-backed Transit Council, by a third."))
                .anyMatch(at -> "the union-backed Transit Council".equals(at.sourceText()));
    }

    @Test
    void subjectWithARelativeClauseIsTheSource() {
        assertThat(attributions("Insurers that had covered the pier agreed to release the money."))
                .anyMatch(at -> "Insurers".equals(at.sourceText()));
    }

    @Test
    void coordinatedCueTakesTheSubjectOfTheVerbBeforeTheConjunction() {
        List<Quote> qs = quotes("When my uncle mentioned the storm, I laughed and said, \"The roof will hold.\"");
        assertThat(containing(qs, "roof will hold").speaker()).isNotEqualTo("uncle");
    }

    @Test
    void itIsTheOutletThatSpokeLastNeverAPerson() {
        List<Quote> qs = quotes("“The mill closed with its debts unpaid,” the Ledger wrote. "
                + "“Since then, the town has changed,” it further wrote.");
        assertThat(containing(qs, "town has changed").speaker())
                .isEqualTo(containing(qs, "mill closed").speaker()).isNotNull();
        List<Quote> person = quotes("Mayor Ilse Brandvold opened the pier. “It is strong,” she said. "
                + "“It will last,” it said.");
        assertThat(containing(person, "will last").speaker()).isNull();
    }

    @Test
    void participleTaggedANounAfterAnAdjunctKeepsItsOwnClause() {
        List<Quote> qs = quotes("\"We will get there together,\" she said at a news conference announcing "
                + "that her office was suing the county.");
        assertThat(qs).noneMatch(q -> q.text().startsWith("at a news conference"));
        assertThat(containing(qs, "get there together").kind()).isEqualTo("direct");
    }

    @Test
    void phrasesAfterAQuotationsCueAreNoContent() {
        List<Quote> qs = quotes("“I will be the nominee,” he said aboard his campaign bus on Monday as it crossed "
                + "the valley. “We need more ferries,” Rubeck said Dec. 6 on Radio Nord. "
                + "“I am backing the mayor,” she said and quickly hung up.");
        assertThat(containing(qs, "will be the nominee").kind()).isEqualTo("direct");
        assertThat(containing(qs, "need more ferries").kind()).isEqualTo("direct");
        assertThat(containing(qs, "backing the mayor").kind()).isEqualTo("direct");
        assertThat(qs).noneMatch(q -> q.text().startsWith("aboard") || q.text().startsWith("Dec.")
                || q.text().startsWith("and"));
    }

    @Test
    void invertedSourceWithARelativeClause() {
        List<Quote> qs = quotes("The envoy was warned to stay away from the reef, said an official who was briefed "
                + "on the talks.");
        Quote q = containing(qs, "stay away");
        assertThat(q.text()).startsWith("The envoy was warned");
        assertThat(q.text()).doesNotContain("official");
    }

    @Test
    void appositiveSubjectBeforeTheCueIsNoContent() {
        List<Quote> qs = quotes("His campaign manager, Jeff Ostrander, says it's proof the candidate can win. "
                + "Like the mayor, the council has written off the old pier.");
        assertThat(containing(qs, "proof the candidate").speaker()).isEqualTo("Jeff Ostrander");
        assertThat(qs).noneMatch(q -> q.text().equals("His campaign manager") || q.text().equals("Like the mayor"));
    }

    @Test
    void adjunctClauseRightAfterTheCueIsNoContent() {
        List<Quote> qs = quotes("Brandvold, the mayor, said when Ostrander asked him a question.");
        assertThat(qs).noneMatch(q -> q.text().startsWith("when"));
        // (an unanswered question is reported, though as no quote: see aNegatedCueBeforeAnOpenQuestionIsNoQuote)
        String unsaid = "The ferry line did not say when the boats would run again.";
        assertThat(slice(unsaid, withContent(attributions(unsaid), unsaid, "boats would run").content()))
                .startsWith("when");
        List<Quote> asked = quotes("Reporters asked when the ferry would run again.");
        assertThat(containing(asked, "ferry would run").cue()).isEqualTo("asked");
    }

    @Test
    void gerundAfterAPossessiveIsNoCue() {
        List<Quote> qs = quotes("She also runs the Ledger's reporting team and its archive.");
        assertThat(qs).noneMatch(q -> "reporting".equals(q.cue()));
        assertThat(attributions("Brandvold’s preferred candidates won most seats on the council.")).noneMatch(at -> "preferred".equals(at.cueText()));
    }

    @Test
    void whatSomeoneSaysIsTheContentWhat() {
        assertThat(attributions("At the council, what Brandvold says is now the rule."))
                .anyMatch(at -> "Brandvold".equals(at.sourceText()) && at.content().length() == 4);
    }

    @Test
    void invertedCoordinatedSource() {
        List<Quote> qs = quotes("The lobbying covered the hotels, said the lobbyist and strategist Carl Brandvold, "
                + "a former partner.");
        assertThat(containing(qs, "lobbying covered").speaker()).contains("Carl Brandvold");
    }

    @Test
    void headlineSourceBeforeAColon() {
        String body = "Brandvold: ‘The Pier Will Stand Another Century.’ The mayor spoke on Monday.";
        assertThat(attributions(body)).anyMatch(at -> "Brandvold".equals(at.sourceText())
                && slice(body, at.content()).equals("The Pier Will Stand Another Century"));
        assertThat(attributions("Survey: Ferry Riders Want Longer Hours. Most riders asked for more trips."))
                .anyMatch(at -> "Survey".equals(at.sourceText()));
        assertThat(attributions("The plan is simple. Result: the ferry runs again.")).isEmpty();
    }

    @Test
    void invertedSourceOpenedByOne() {
        List<Quote> qs = quotes("\"It was not a convincing plan,\" said one Democrat familiar with the talks, who added "
                + "that the council seemed unprepared.");
        assertThat(containing(qs, "convincing plan").kind()).isEqualTo("direct");
        assertThat(containing(qs, "seemed unprepared").cue()).isEqualTo("added");
    }

    @Test
    void participleAfterAQuotedPhraseTakesItsOwnContent() {
        List<Quote> qs = quotes("The mayor said the harbor fund was \"broken,\" noting that it is \"very odd\" "
                + "that the fees keep rising.");
        assertThat(containing(qs, "harbor fund").text()).doesNotContain("noting");
        assertThat(containing(qs, "fees keep rising").cue()).isEqualTo("noting");
    }

    @Test
    void quotationAfterTheCuesPhrasesAndAColon() {
        List<Quote> qs = quotes("Brandvold responded pointedly, with a smile: “It can happen to anyone.” "
                + "He told the harbor crowd, amid cheers: “The pier is ours again.”");
        assertThat(containing(qs, "happen to anyone").speaker()).contains("Brandvold");
        assertThat(containing(qs, "pier is ours").cue()).isEqualTo("told");
    }

    @Test
    void cueInAnInfinitiveOrGerundSpeaksForTheGoverningSubject() {
        List<Quote> qs = quotes("Mayor Ilse Brandvold opened the session. She went on to say, “The ferry will run.” "
                + "Later she began by saying, “We owe the crews an apology.”");
        assertThat(containing(qs, "ferry will run").speaker()).isEqualTo("Ilse Brandvold");
        assertThat(containing(qs, "owe the crews").speaker()).isEqualTo("Ilse Brandvold");
    }

    @Test
    void readIsACueOnlyWithAQuotation() {
        List<Quote> qs = quotes("The flyer reads, “Vote for the pier.” He read the report twice.");
        assertThat(containing(qs, "Vote for the pier").cue()).isEqualTo("reads");
        assertThat(qs).noneMatch(q -> "read".equals(q.cue()));
    }

    @Test
    void participleAfterAnOpenerSpeaksForTheClauseSubject() {
        List<Quote> qs = quotes("Then he cut into Ostrander, calling him a coward. Before the storm, Mayor Ilse Brandvold "
                + "took a cautious line, suggesting the town delay the regatta.");
        assertThat(containing(qs, "delay the regatta").speaker()).isEqualTo("Ilse Brandvold");
        assertThat(containing(qs, "a coward").cue()).isEqualTo("calling");
    }

    @Test
    void thatClauseAfterAnAdjunctTheTaggerCallsAClause() {
        List<Quote> qs = quotes("Ostrander said during this week’s debate that the tolls would fall. "
                + "Brandvold said in a debate that taxes will fall.");
        assertThat(containing(qs, "tolls would fall").text()).isEqualTo("the tolls would fall");
        assertThat(containing(qs, "taxes will fall").text()).isEqualTo("taxes will fall");
    }

    @Test
    void appositiveHoldingAParenthesis() {
        List<Quote> qs = quotes("Carl Ostrander, chairman of Harbor First (a local PAC), tweeted: “The pier is safe.”");
        assertThat(containing(qs, "pier is safe").speaker()).isEqualTo("Carl Ostrander");
    }

    @Test
    void participleAfterADashOrWithAnAdjunctFirst() {
        List<Quote> qs = quotes("Mayor Ilse Brandvold changed her mind on the spot – saying she would back the ferry. "
                + "She also sent a note saying, if reelected, she would rebuild the pier.");
        assertThat(containing(qs, "back the ferry").speaker()).isEqualTo("Ilse Brandvold");
        assertThat(containing(qs, "rebuild the pier").text()).startsWith("if reelected");
    }

    @Test
    void sourcesTheTaggerSplitsOddly() {
        List<Quote> qs = quotes("On the quay in Harbortown, after the vote, Gov. Ilse Brandvold (D-Ore.), said, "
                + "“We will rebuild.” Ostrander posted a clip. “Why not a bridge?” the 43-year-old asked in the caption.");
        assertThat(containing(qs, "We will rebuild").speaker()).isEqualTo("Ilse Brandvold");
        assertThat(containing(qs, "Why not a bridge").kind()).isEqualTo("direct");
    }

    @Test
    void participleOpeningASentenceGoesOnWithTheLastSpeaker() {
        List<Quote> qs = quotes("Mayor Ilse Brandvold said the fund was empty. Adding, “We will find the money anyway.”");
        assertThat(containing(qs, "find the money").speaker()).isEqualTo("Ilse Brandvold");
    }

    @Test
    void adverbAsideAfterTheSubjectIsNoInversion() {
        List<Quote> qs = quotes("Some councillors, however, question the wisdom of rebuilding the pier, which floods "
                + "every spring.");
        assertThat(containing(qs, "wisdom of rebuilding").speaker()).isEqualTo("Some councillors");
    }

    @Test
    void coordinatedObjectInsideTheSubjectsPhrase() {
        List<Quote> qs = quotes("Experts on tides and coastal erosion said the new wall could fail.");
        assertThat(containing(qs, "wall could fail").speaker()).isEqualTo("Experts");
    }

    @Test
    void appositiveRoleNamingAnotherPersonIsNotTheSource() {
        List<Quote> qs = quotes("\"It is plain copying,\" Carl Ostrander, the chief strategist of Ilse Brandvold's 2030 "
                + "campaign, said just after midnight on Radio Nord.");
        Quote q = containing(qs, "plain copying");
        assertThat(q.speaker()).isEqualTo("Carl Ostrander");
        assertThat(q.kind()).isEqualTo("direct");
    }

    @Test
    void shortQuotedNameInsideTheSourcesAppositive() {
        List<Quote> qs = quotes("“We have had better regattas than this one,” pilot Carl Ostrander, wearing a "
                + "cap and “Vote Brandvold” pins, said matter-of-factly as the boats came in.");
        assertThat(containing(qs, "better regattas").kind()).isEqualTo("direct");
    }

    @Test
    void calledAfterAnIndefiniteObjectNamesAThing() {
        List<Quote> qs = quotes("Ostrander now helps lead a program called Safe Harbor. The mayor called the plan a fraud.");
        assertThat(qs).noneMatch(q -> q.text().contains("Safe Harbor"));
        assertThat(containing(qs, "a fraud").cue()).isEqualTo("called");
    }

    @Test
    void addresseeAfterToldIsNoInvertedSource() {
        List<Quote> qs = quotes("Carl Ostrander, who was listed on the harbor slate, told Radio Nord, “Of the three, I "
                + "like the mayor.”");
        assertThat(containing(qs, "like the mayor").speaker()).isEqualTo("Carl Ostrander");
    }

    @Test
    void durationBeforeTheThatClause() {
        List<Quote> qs = quotes("The ferry crews have said for years that they would strike again.");
        assertThat(containing(qs, "would strike").text()).isEqualTo("they would strike again");
    }

    @Test
    void relativeSourceReportsNothingBeforeIt() {
        List<Quote> qs = quotes("Brandvold lost the harbor ward to Ostrander, who added to his lead on the council.");
        assertThat(qs).noneMatch(q -> q.text().startsWith("Brandvold lost"));
    }

    @Test
    void relativePronounBeforeANounTaggedCue() {
        List<Quote> qs = quotes("The mayor's statement linked to the port report, which notes, “More than half the "
                + "berths stood empty.”");
        assertThat(containing(qs, "berths stood empty").cue()).isEqualTo("notes");
    }

    @Test
    void nounPhraseContentStopsBeforeACoordinatedClause() {
        String body = "Most ferry riders favor a larger role for the port in the budget, and they "
                + "certainly do not mind the idea of free fares.";
        assertThat(attributions(body)).anyMatch(at -> "favor".equals(at.cueText())
                && slice(body, at.content()).equals("a larger role for the port in the budget"));
    }

    @Test
    void mannerOfSpeakingIsACueOnlyWithAQuotation() {
        List<Quote> qs = quotes("“Who will pay for the pier?” “The port!” the crowd screamed back. "
                + "Brandvold leaned in and boomed: “We will pay for it.” The gulls screamed all night.");
        assertThat(containing(qs, "The port!").cue()).isEqualTo("screamed");
        assertThat(containing(qs, "We will pay").cue()).isEqualTo("boomed");
        assertThat(qs).noneMatch(q -> q.text().contains("all night"));
    }

    @Test
    void middleInitialAndQuotedTitlesAndThoseSurveyed() {
        List<Quote> qs = quotes("The director of the port, Carl B. Ostrander, said that the dredging would start soon. "
                + "Sunday on Radio Nord’s “Harbor Morning Show,” Mayor Ilse Brandvold said the ferry would run. "
                + "Those surveyed said the pier should stay open.");
        assertThat(containing(qs, "dredging would start").text()).isEqualTo("the dredging would start soon");
        assertThat(containing(qs, "ferry would run").speaker()).isEqualTo("Ilse Brandvold");
        assertThat(qs).noneMatch(q -> q.text().contains("Harbor Morning Show"));
        assertThat(containing(qs, "pier should stay").speaker()).isEqualTo("Those surveyed");
    }

    @Test
    void contentAfterACommaAndThat() {
        List<Quote> qs = quotes("He added, that there is a strong case for a second pier.");
        assertThat(containing(qs, "strong case").text()).startsWith("there is");
    }

    @Test
    void appositiveNameBeforeTheCueIsNoInversion() {
        List<Quote> qs = quotes("The mayor's former aide, Carl Ostrander, said the clerk who replaced him was careless.");
        assertThat(containing(qs, "clerk who replaced").speaker()).isEqualTo("Carl Ostrander");
    }

    @Test
    void asideFollowedByAReasonLeavesTheClauseBefore() {
        List<Quote> qs = quotes("Ostrander backs the mayor. He is leaning toward the ferry plan, he said, because he "
                + "prizes reliability.");
        assertThat(containing(qs, "leaning toward").cue()).isEqualTo("said");
    }

    @Test
    void participleRightAfterAQuotedPhraseIsNotItsCue() {
        List<Quote> qs = quotes("Mayor Ilse Brandvold delivered a defense of “harbor values,” saying the town "
                + "embodied the “grit and heart of the coast.”");
        assertThat(containing(qs, "the town embodied").speaker()).isEqualTo("Ilse Brandvold");
    }

    @Test
    void subjectWithAPrepositionalPhraseBeforeANounTaggedCue() {
        List<Attribution> as = attributions("Footage from the regatta shows that several boats crossed the line early. "
                + "Indeed, critics of the new tolls on the bridge say there is a link to the closures.");
        assertThat(as).anyMatch(at -> "shows".equals(at.cueText()) && "Footage from the regatta".equals(at.sourceText()));
        assertThat(as).anyMatch(at -> "say".equals(at.cueText()) && at.sourceText() != null
                && at.sourceText().startsWith("critics"));
    }

    @Test
    void quotedInfinitiveAfterTheCue() {
        List<Quote> qs = quotes("Brandvold also pledged to “bring the ferry back” to the island.");
        assertThat(containing(qs, "bring the ferry back").speaker()).isEqualTo("Brandvold");
    }

    @Test
    void contractedPronounAfterANounTaggedCue() {
        List<Quote> qs = quotes("Turnout was up again. Brandvold brags that's good news for the harbor.");
        assertThat(containing(qs, "good news for the harbor").cue()).isEqualTo("brags");
    }

    @Test
    void nameTheTaggerMadeAVerbOpeningTheSentence() {
        assertThat(attributions("Trump predicts that the ferry will be full by June."))
                .anyMatch(at -> "predicts".equals(at.cueText()) && "Trump".equals(at.sourceText()));
    }

    @Test
    void participleTakesASubjectTheTaggerMadeAVerb() {
        List<Quote> qs = quotes("Trump subsequently defended the ruling, calling the judge “a very biased man.”");
        assertThat(containing(qs, "biased man").speaker()).isEqualTo("Trump");
    }

    @Test
    void appositiveEndingInAQuotedPhrase() {
        List<Quote> qs = quotes("Mr. Ostrander, citing ''the plain magic of the ferry,'' said the harbor could win "
                + "back the tourists.");
        Quote q = containing(qs, "harbor could win");
        assertThat(q.speaker()).isEqualTo("Ostrander");
        assertThat(q.text()).startsWith("the harbor");
    }

    @Test
    void stanceObjectBeforeAParticipleOfItsOwn() {
        Attribution at = withContent(attributions("Mara Lindqvist endorsed Pell last week, citing his work on the ferry."),
                "Mara Lindqvist endorsed Pell last week, citing his work on the ferry.", "Pell");
        assertThat(at.cueText()).isEqualTo("endorsed");
        assertThat(at.sourceText()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void cueTheTaggerMadeANounAfterAPluralSubject() {
        String body = "Islanders support background checks for boat renters. Most Harborites support cutting the fares.";
        assertThat(withContent(attributions(body), body, "background checks").sourceText()).isEqualTo("Islanders");
        assertThat(withContent(attributions(body), body, "cutting the fares").cueText()).isEqualTo("support");
    }

    @Test
    void typewriterQuotationClosesItsSentence() {
        List<Quote> qs = quotes("The harbor master says, ''Please keep off the pier.'' Within hours the notice was gone.");
        Quote q = containing(qs, "keep off the pier");
        assertThat(q.text()).doesNotContain("Within");
        assertThat(q.speaker()).isEqualTo("The harbor master");
    }

    @Test
    void adverbTheTaggerMadeANounBeforeAColon() {
        List<Quote> qs = quotes("Then she added warily: “There is always a storm coming.”");
        assertThat(containing(qs, "always a storm").cue()).isEqualTo("added");
    }

    @Test
    void stanceNounAfterAVerbOfItsSubject() {
        String body = "The ferry union renewed sharp criticism of the winter schedule.";
        Attribution at = withContent(attributions(body), body, "the winter schedule");
        assertThat(at.cueText()).isEqualTo("criticism");
        assertThat(at.sourceText()).isEqualTo("The ferry union");
    }

    @Test
    void possessiveStanceNounInAVerbsObjectIsNoRelationOfItsOwn() {
        String body = "Councilor Haldane attacked the mayor's plan to close the pier.";
        assertThat(attributions(body)).noneMatch(at -> "plan".equals(at.cueText()));
    }

    @Test
    void relativeSubjectOverAnAuxiliaryTheTaggerMadeAVerb() {
        String body = "Pell toured the docks with a councilor who had endorsed him in the spring.";
        Attribution at = withContent(attributions(body), body, "him");
        assertThat(at.cueText()).isEqualTo("endorsed");
        assertThat(at.sourceText()).isEqualTo("who");
    }

    @Test
    void quantifierStandingAloneAsTheSubject() {
        String body = "On the ferry fares, both oppose the new formula. Many say the bridge is safe.";
        assertThat(withContent(attributions(body), body, "the new formula").sourceText()).isEqualTo("both");
        assertThat(withContent(attributions(body), body, "the bridge is safe").sourceText()).isEqualTo("Many");
    }

    @Test
    void passiveParticipleAfterTheNounItDescribes() {
        String body = "The toll bill, opposed by the harbor council, never became law. Pell was backed by most islanders.";
        Attribution bill = withContent(attributions(body), body, "The toll bill");
        assertThat(bill.sourceText()).isEqualTo("the harbor council");
        assertThat(withContent(attributions(body), body, "Pell").sourceText()).isEqualTo("most islanders");
    }

    @Test
    void sourceWhoseNounTheTaggerMadeAnAdjective() {
        List<Quote> qs = quotes("The ferry left late again. \"This is strictly a scheduling decision,\" an executive tells "
                + "the crew. \"The tides had two effects,\" the admiral said.");
        assertThat(containing(qs, "scheduling decision").speaker()).isEqualTo("an executive");
        assertThat(containing(qs, "two effects").cue()).isEqualTo("said");
    }

    @Test
    void quotedPhraseInAnOpeningPhraseLeavesTheCueToTheQuotationAfterIt() {
        List<Quote> qs = quotes("Recalling Pell's \"quiet courage,\" Ostrander said, \"Leave the storms aside, he kept "
                + "the ferry running.\"");
        Quote q = containing(qs, "kept the ferry running");
        assertThat(q.speaker()).isEqualTo("Ostrander");
        assertThat(q.text()).doesNotContain("quiet courage");
    }

    @Test
    void typewriterQuotationClosingOverAnInnerSingleQuote() {
        List<Quote> qs = quotes("Pell hired him in May. ''I would call it 'old-fashioned,''' said Gerda W. Ostrander, who "
                + "runs the yard.");
        Quote q = containing(qs, "old-fashioned");
        assertThat(q.speaker()).isEqualTo("Gerda W. Ostrander");
        assertThat(q.text()).doesNotContain("runs the yard");
    }

    @Test
    void invertedSourceWithATitleTheSplitterEndedASentenceAt() {
        String body = "The camp is hardly formal, but it has drawn a loyal crowd, said Ms. Varga, with games of tag and "
                + "swimming lessons.";
        Attribution at = withContent(attributions(body), body, "a loyal crowd");
        assertThat(at.sourceText()).isEqualTo("Ms. Varga");
        assertThat(slice(body, at.content())).doesNotContain("swimming");
    }

    @Test
    void pronounWithAContractedHasBeforeTheCue() {
        String body = "And she’s predicted big crowds at the regatta ahead.";
        assertThat(withContent(attributions(body), body, "big crowds").sourceText()).isEqualTo("she");
    }

    @Test
    void cueTheTaggerMadeANounInAClauseOpenedByAs() {
        String body = "Harbor Town sets strict rules as Brookvale plans to give the parade more leeway.";
        assertThat(withContent(attributions(body), body, "to give the parade").sourceText()).isEqualTo("Brookvale");
    }

    @Test
    void splitInfinitiveAfterTheCue() {
        String body = "He promises to immediately declare the pier a landmark.";
        assertThat(withContent(attributions(body), body, "declare the pier").cueText()).isEqualTo("promises");
    }

    @Test
    void participleOpeningTheSentenceBeforeTheSubjectOfALaterParticipleCue() {
        String body = "Chastened by the reviews, Pell revised his plan, promising to focus its savings on ferry crews.";
        assertThat(withContent(attributions(body), body, "to focus its savings").sourceText()).isEqualTo("Pell");
    }

    @Test
    void cueTheTaggerLeftUnknownAfterAnAuxiliary() {
        String body = "Pell has not mentioned Ostrander since the debate.";
        assertThat(attributions(body)).anyMatch(at -> "mentioned".equals(at.cueText()) && "Pell".equals(at.sourceText()));
    }

    @Test
    void typewriterQuotationClosingItsSentenceIsNotTheNextCuesQuotation() {
        List<Quote> qs = quotes("''The harbor keeps silting up,'' he said in 2012. ''Dredging never ends.'' He added, "
                + "''And you want us to pay for it again?''");
        assertThat(containing(qs, "pay for it again").cue()).isEqualTo("added");
        assertThat(containing(qs, "pay for it again").text()).doesNotContain("Dredging");
    }

    @Test
    void reportInANonRestrictiveRelativeClauseEndsWhereTheMainClauseGoesOn() {
        String body = "Pell, who said the ferry plan had failed, is leaving the council.";
        Attribution at = withContent(attributions(body), body, "the ferry plan had failed");
        assertThat(slice(body, at.content())).doesNotContain("leaving");
    }

    @Test
    void quantifierSubjectNamesNoSpeaker() {
        List<Quote> qs = quotes("On the tolls, both say the formula is unfair.");
        assertThat(containing(qs, "formula is unfair").speaker()).isNull();
    }

    @Test
    void infinitiveOfPurposeAfterAnObjectIsTheSubjectsReport() {
        String body = "The council, which met in March, held an emergency session to discuss the flooding. The mayor "
                + "allowed the clerk to announce the result.";
        assertThat(withContent(attributions(body), body, "the flooding").sourceText()).isEqualTo("The council");
        assertThat(attributions(body)).anyMatch(at -> "announce".equals(at.cueText()) && "the clerk".equals(at.sourceText()));
    }

    @Test
    void possessiveNameTheTaggerMadeAVerbStaysInTheSpeaker() {
        List<Quote> qs = quotes("It is an unlikely turn; Ostrander’s team says she’ll keep campaigning this week. "
                + "His ex-wife agreed that the ferry should run.");
        assertThat(containing(qs, "keep campaigning").speaker()).isEqualTo("Ostrander’s team");
        assertThat(containing(qs, "the ferry should run").speaker()).isEqualTo("His ex-wife");
    }

    @Test
    void passiveSpeechCueWithoutAnAgentHasNoSourceAndIsNoQuote() {
        String body = "The skipper was told that the harbor would close. By noon, 14 crews were admitted to the pier.";
        Attribution told = withContent(attributions(body), body, "the harbor would close");
        assertThat(told.source()).isNull();
        assertThat(slice(body, told.content())).startsWith("The skipper");
        assertThat(quotes(body)).noneMatch(q -> "The skipper".equals(q.speaker()));
    }

    @Test
    void phrasalStanceVerbsWithTheirParticles() {
        String body = "Pell lashed out at the harbor council on Monday. Lind took issue with the toll plan. "
                + "Roe spoke out against the closure. Later the tide went out at noon.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the harbor council").cueText()).isEqualTo("lashed out at");
        assertThat(withContent(as, body, "the toll plan").cueText()).isEqualTo("took issue with");
        assertThat(withContent(as, body, "the closure").sourceText()).isEqualTo("Roe");
        assertThat(as).noneMatch(at -> slice(body, at.content()).contains("noon"));
    }

    @Test
    void verbsOfRebukeAndPraiseAreCues() {
        String body = "The mayor castigated the ferry board for the delays. Critics lauded the new schedule.";
        assertThat(withContent(attributions(body), body, "the ferry board").cueText()).isEqualTo("castigated");
        assertThat(withContent(attributions(body), body, "the new schedule").sourceText()).isEqualTo("Critics");
    }

    @Test
    void asSomeonePutIt() {
        List<Quote> qs = quotes("The toll, as Ostrander put it, \"is a tax on the island.\" As Pell puts it, the ferry is "
                + "the only road.");
        assertThat(containing(qs, "a tax on the island").speaker()).isEqualTo("Ostrander");
        assertThat(containing(qs, "a tax on the island").cue()).isEqualTo("put it");
        assertThat(containing(qs, "the only road").text()).startsWith("the ferry");
    }

    @Test
    void cueAfterACommaAndThenSharesTheSubject() {
        String body = "Ostrander paused, then added that the ferry vote was close.";
        Attribution at = withContent(attributions(body), body, "the ferry vote was close");
        assertThat(at.sourceText()).isEqualTo("Ostrander");
        assertThat(at.belief()).isFalse();
    }

    @Test
    void saidTheTaggerMadeAnAdjectiveAfterAQuantifier() {
        List<Quote> qs = quotes("Yet another said, “Ostrander is in a five-way race for second place.”");
        Quote q = containing(qs, "five-way race");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void sourceBeforeALongParenthesis() {
        String body = "Few would admit it, but Sen. Mara Lind (a harbor Democrat so young she has been taken for an "
                + "intern more than once) says she was adrift after the vote.";
        assertThat(withContent(attributions(body), body, "she was adrift").sourceText()).isEqualTo("Sen. Mara Lind");
    }

    @Test
    void nounsOfDoubtAndFeelingWithAComplement() {
        String body = "Islanders voiced mounting frustration with the ferry schedule. Critics renewed questions about the "
                + "harbor budget.";
        assertThat(withContent(attributions(body), body, "the harbor budget").sourceText()).isEqualTo("Critics");
    }

    @Test
    void speechCueObjectBeforeAParticipleClause() {
        String body = "Pell and his lawyers have firmly denied the toll claims, pointing to the harbor surveys.";
        Attribution at = withContent(attributions(body), body, "the toll claims");
        assertThat(at.cueText()).isEqualTo("denied");
        assertThat(slice(body, at.content())).doesNotContain("surveys");
    }

    @Test
    void commonNounPossessiveTheTaggerMadePunctuation() {
        String body = "Islanders fear party's split will hurt the ferry vote. About three-quarters support a ban on tolls.";
        assertThat(withContent(attributions(body), body, "split will hurt").sourceText()).isEqualTo("Islanders");
        assertThat(withContent(attributions(body), body, "a ban on tolls").cueText()).isEqualTo("support");
    }

    @Test
    void infinitiveTheTaggerMadeAPrepositionPhrase() {
        String body = "Pell met industry leaders, promising to lift tolls.";
        Attribution at = withContent(attributions(body), body, "lift tolls");
        assertThat(at.cueText()).isEqualTo("promising");
        assertThat(at.sourceText()).isEqualTo("Pell");
    }

    @Test
    void inflectedCueTheTaggerMadeANounBeforeAnInvertedSource() {
        String body = "“The ferry will run on time,” notes Viguerie.";
        Attribution at = withContent(attributions(body), body, "ferry will run");
        assertThat(at.cueText()).isEqualTo("notes");
        assertThat(at.sourceText()).isEqualTo("Viguerie");
    }

    @Test
    void quotationSourceWithACoordinationOrAPrepositionalPhrase() {
        String body = "“Tides would enable bigger harbors,” experts Jan Roe and Ada Doe wrote. “Silt is the real "
                + "problem,” Kai Moss of the Institute for Coastal Studies wrote.";
        assertThat(withContent(attributions(body), body, "bigger harbors").sourceText())
                .isEqualTo("experts Jan Roe and Ada Doe");
        assertThat(withContent(attributions(body), body, "Silt is").sourceText())
                .isEqualTo("Kai Moss of the Institute for Coastal Studies");
    }

    @Test
    void cueBaseFormAfterToIsAnInfinitiveWhateverItsTag() {
        String body = "Jane Doe, a veteran, declined to comment on the report.";
        Attribution at = withContent(attributions(body), body, "comment on the report");
        assertThat(at.cueText()).isEqualTo("declined");
        assertThat(at.sourceText()).isEqualTo("Jane Doe");
    }

    @Test
    void aViewFramedByToOrACount() {
        String body = "To many islanders, the pier is a lifeline. By the council's count, the harbor lost 40 boats. "
                + "To that end, the council met twice. For years, the harbor was quiet.";
        List<Attribution> as = attributions(body);
        Attribution view = withContent(as, body, "the pier is a lifeline");
        assertThat(view.sourceText()).isEqualTo("many islanders");
        assertThat(view.belief()).isTrue();
        assertThat(withContent(as, body, "the harbor lost").sourceText()).isEqualTo("the council's count");
        assertThat(as).noneMatch(a -> slice(body, a.content()).contains("council met")
                || slice(body, a.content()).contains("was quiet"));
    }

    @Test
    void aGerundAfterByReportsForTheSubjectPastTheVerbsObject() {
        String body = "Mayor Roe ended the speech by saying “Too many boats.” The crew followed him by softly echoing "
                + "“too many.” Doe fixed the pier by adding a floor.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "Too many boats").sourceText()).isEqualTo("Mayor Roe");
        assertThat(withContent(as, body, "too many.").sourceText()).isEqualTo("The crew");
        assertThat(as).noneMatch(a -> slice(body, a.content()).contains("a floor"));
    }

    @Test
    void stanceNounWithAThatClauseAfterBe() {
        String body = "Her view is that the ferry is late.";
        Attribution at = withContent(attributions(body), body, "the ferry is late");
        assertThat(at.cueText()).isEqualTo("view");
        assertThat(at.sourceText()).isEqualTo("Her");
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseOpens() {
        String body = "While islanders agreed with the speech, the council balked. While Roe said the pier, which is "
                + "old, must go, the council balked.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "the speech").content())).isEqualTo("the speech");
        assertThat(slice(body, withContent(as, body, "the pier").content())).isEqualTo("the pier, which is old, must go");
    }

    @Test
    void indefinitePronounIsASourceThatNamesNoOne() {
        String body = "Almost everyone agrees the pier was a flawed plan.";
        Attribution at = withContent(attributions(body), body, "flawed plan");
        assertThat(at.sourceText()).isEqualTo("everyone");
        assertThat(quotes(body)).allMatch(q -> q.speaker() == null);
    }

    @Test
    void cueBaseFormTheTaggerMadeANounAfterAPlainVerbsTo() {
        String body = "Roe went on to rebut many of the points in the letter.";
        Attribution at = withContent(attributions(body), body, "many of the points");
        assertThat(at.cueText()).isEqualTo("rebut");
        assertThat(at.sourceText()).isEqualTo("Roe");
    }

    @Test
    void particlesOfRespondingObjectingTestifyingAndHinting() {
        String body = "Roe has not yet responded to Doe's remarks. The council hinted at a new ferry schedule.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "Doe's remarks").cueText()).isEqualTo("responded");
        assertThat(withContent(as, body, "a new ferry schedule").sourceText()).isEqualTo("The council");
    }

    @Test
    void likeningIsSaidAndDisapprovingIsAStance() {
        String body = "Jan Roe, who likened the race to a crash, left. Most islanders disapproved of the toll.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the race to a crash").sourceText()).isEqualTo("who");
        Attribution stance = withContent(as, body, "the toll");
        assertThat(stance.sourceText()).isEqualTo("Most islanders");
        assertThat(stance.belief()).isTrue();
    }

    @Test
    void reportedClausesOpenedByACorrelativeAHyphenatedWordOrAfterAPossessiveAdjunct() {
        String body = "Roe said both Doe and Moss have been fair to him. Roe said down-ballot races can help the ferry. "
                + "Roe said during his harbor speech Tuesday that the toll would go.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "both Doe and Moss").cueText()).isEqualTo("said");
        assertThat(withContent(as, body, "down-ballot races").cueText()).isEqualTo("said");
        assertThat(slice(body, withContent(as, body, "the toll would go").content())).isEqualTo("the toll would go");
    }

    @Test
    void invertedSourcesWithPostModifiers() {
        String body = "The toll plan failed, a spokesman for the harbor agency said. The ferry will return, a source "
                + "close to the mayor said. “The pier is safe,” an engineer briefed on the survey said. The survey "
                + "had two aims, the admiral said.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "toll plan failed").sourceText()).isEqualTo("a spokesman for the harbor agency");
        assertThat(withContent(as, body, "ferry will return").sourceText()).isEqualTo("a source close to the mayor");
        assertThat(withContent(as, body, "pier is safe").sourceText()).isEqualTo("an engineer briefed on the survey");
        assertThat(withContent(as, body, "two aims").sourceText()).isEqualTo("the admiral");
    }

    @Test
    void asidesAndFramesWithAs() {
        String body = "As Roe noted in a statement, the pier is old. As reported by the Harbor Times, divers found "
                + "two wrecks. The ferry will be late, people close to Roe say.";
        List<Attribution> as = attributions(body);
        Attribution noted = withContent(as, body, "the pier is old");
        assertThat(noted.sourceText()).isEqualTo("Roe");
        assertThat(slice(body, noted.content())).isEqualTo("the pier is old");
        Attribution reported = withContent(as, body, "divers found");
        assertThat(reported.sourceText()).isEqualTo("the Harbor Times");
        assertThat(reported.cueText()).isEqualTo("As reported by");
        assertThat(withContent(as, body, "ferry will be late").sourceText()).isEqualTo("people close to Roe");
    }

    @Test
    void aCueFormAfterAPollIsItsVerbWhateverTheTag() {
        String body = "One poll shows Roe 16 points ahead of Doe. Exit polling shows he won most young voters.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "16 points ahead").cueText()).isEqualTo("shows");
        assertThat(withContent(as, body, "he won most young voters").cueText()).isEqualTo("shows");
    }

    @Test
    void whatWasNotAnsweredIsAnAttributionButNobodysQuote() {
        String body = "The harbor agency did not respond to requests for comment.";
        assertThat(withContent(attributions(body), body, "requests for comment").belief()).isTrue();
        assertThat(quotes(body)).isEmpty();
        String answered = "The harbor agency responded to the complaints.";
        assertThat(withContent(attributions(answered), answered, "the complaints").belief()).isFalse();
    }

    @Test
    void verbsAfterToAreNoSourcesAndCounteringAThingIsNoReport() {
        String body = "It underscored his inability to resist responding to any slight. The council wants more patrols "
                + "to counter the smugglers. Roe countered that the patrols were enough.";
        List<Attribution> as = attributions(body);
        assertThat(as).noneMatch(a -> "resist".equals(a.sourceText()));
        assertThat(as).noneMatch(a -> slice(body, a.content()).equals("the smugglers"));
        assertThat(withContent(as, body, "the patrols were enough").sourceText()).isEqualTo("Roe");
    }

    @Test
    void hyphenatedWordsTaggedPunctuationGerundInfinitivesAndPlansAfterWith() {
        String body = "He called anti-toll protesters “pirates” without proof. Roe rallied thousands by promising to "
                + "scrap the toll. Roe toured the islands by ferry, with plans to return in May.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "protesters “pirates”").cueText()).isEqualTo("called");
        assertThat(withContent(as, body, "scrap the toll").sourceText()).isEqualTo("Roe");
        Attribution plans = withContent(as, body, "return in May");
        assertThat(plans.sourceText()).isEqualTo("Roe");
        assertThat(plans.belief()).isTrue();
    }

    @Test
    void aGerundInAnAdjunctIsTheClauseSubjects() {
        String body = "Roe fired the harbor chief on Tuesday after strongly backing him a week earlier. Before "
                + "denouncing the toll, the mayor met the dockers.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "him a week earlier").sourceText()).isEqualTo("Roe");
        assertThat(withContent(as, body, "the toll").sourceText()).isEqualTo("the mayor");
    }

    @Test
    void agreeingOnAndRailingAgainst() {
        String body = "The ferry board agreed on a new schedule. Roe railed against the toll.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "a new schedule").sourceText()).isEqualTo("The ferry board");
        assertThat(withContent(as, body, "the toll").sourceText()).isEqualTo("Roe");
    }

    @Test
    void aPassiveViewWithAsHasNoSource() {
        String body = "Mayor Roe has long been seen as the favorite. Roe is convinced that the toll will go.";
        List<Attribution> as = attributions(body);
        Attribution seen = withContent(as, body, "the favorite");
        assertThat(seen.source()).isNull();
        assertThat(seen.belief()).isTrue();
        assertThat(withContent(as, body, "the toll will go").sourceText()).isEqualTo("Roe");
    }

    @Test
    void anInfinitiveOfPurposeAfterAnAdjunctIsTheSubjects() {
        String body = "Roe appeared on the harbor radio program to defend the toll.";
        assertThat(withContent(attributions(body), body, "the toll").sourceText()).isEqualTo("Roe");
    }

    @Test
    void aNonFiniteBeliefInsideAnotherBeliefIsPartOfIt() {
        String body = "Mara Lind hopes to convince voters to trust the harbor plan. The islanders want the mayor to support "
                + "the ferry plan. Pell wants the council backing the ferry tolls.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("hopes", "want", "wants");
        assertThat(slice(body, withContent(as, body, "trust the harbor plan").content()))
                .isEqualTo("to convince voters to trust the harbor plan");
    }

    @Test
    void aFiniteBeliefInsideAnotherBeliefStays() {
        // (one opening the content is the outer view's main clause: aViewOpeningAnotherViewsContentIsPartOfIt)
        String body = "Mara Lind thinks the tolls are fair because the council believes they help the port.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("thinks", "believes");
    }

    @Test
    void aNonFiniteSpeechCueInsideAReportIsPartOfIt() {
        String body = "Pell said he would tell the council that the tolls are fair. Mara Lind said she is urging the "
                + "council to drop the tolls.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("said", "said");
        assertThat(quotes(body)).hasSize(2);
    }

    @Test
    void aParticipleReportAfterACommaStaysItsOwn() {
        String body = "Mara Lind met the harbor board, saying the tolls would fall.";
        assertThat(withContent(attributions(body), body, "the tolls would fall").cueText()).isEqualTo("saying");
    }

    @Test
    void anInflectedCueTheTaggerMadeANounBeforeItsParticle() {
        String body = "His plan calls for tolls that rise with the tides.";
        Attribution at = withContent(attributions(body), body, "tolls that rise");
        assertThat(at.cueText()).startsWith("calls");
        assertThat(at.sourceText()).isEqualTo("His plan");
    }

    @Test
    void aVerbOfMannerAroundAQuotationIsItsCue() {
        String body = "“We had fun on the pier,” Roe reminisced. Doe shrugged: “The ferry is late.”";
        List<Quote> qs = quotes(body);
        assertThat(containing(qs, "fun on the pier").speaker()).isEqualTo("Roe");
        assertThat(containing(qs, "fun on the pier").cue()).isEqualTo("reminisced");
        assertThat(containing(qs, "ferry is late").speaker()).isEqualTo("Doe");
    }

    @Test
    void aVerbOfMannerAfterAnOpenerAndWithAnAdverb() {
        String body = "Asked about the toll, he demurred: “Whichever county I happen to be visiting.” Doe fired back "
                + "forcefully: “They will lose the case in court.”";
        List<Quote> qs = quotes(body);
        assertThat(containing(qs, "Whichever county").cue()).isEqualTo("demurred");
        assertThat(containing(qs, "lose the case").speaker()).isEqualTo("Doe");
    }

    @Test
    void theSubjectOfAnInfinitiveAfterFor() {
        String body = "It is time for voters to reject the toll.";
        assertThat(withContent(attributions(body), body, "the toll").sourceText()).isEqualTo("voters");
    }

    @Test
    void anInfinitiveOfPurposeAfterATimePhraseIsTheSubjects() {
        String body = "Mayor Jan Roe visited the ferry terminal on Friday to discuss the budget. Ada Vell stood at a "
                + "harbor event here to say she backed the tolls.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the budget").sourceText()).isEqualTo("Mayor Jan Roe");
        assertThat(withContent(as, body, "she backed the tolls").sourceText()).isEqualTo("Ada Vell");
    }

    @Test
    void anInfinitiveOfPurposeAfterAPlaceWithToIsTheSubjects() {
        String body = "Mayor Jan Roe took to Twitter to say she would run again.";
        assertThat(withContent(attributions(body), body, "she would run again").sourceText()).isEqualTo("Mayor Jan Roe");
    }

    @Test
    void aParticipleAfterACommaGoesWithTheOutermostReport() {
        String body = "Ada Vell said the mayor told voters the tolls were fair, adding that the ferry would run daily.";
        assertThat(withContent(attributions(body), body, "the ferry would run daily").sourceText()).isEqualTo("Ada Vell");
    }

    @Test
    void aStanceNounObjectOfACueVerbIsItsSubjects() {
        String body = "The guild has expressed the belief that the tolls would fall. The council members held to the "
                + "belief that the ferry would run daily.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the tolls would fall").sourceText()).isEqualTo("The guild");
        assertThat(withContent(as, body, "the ferry would run daily").sourceText()).isEqualTo("The council members");
    }

    @Test
    void theNounOfAnAbsoluteWithDoesWhatItsParticipleSays() {
        String body = "The debate ended with Mayor Vell asking the council whether the tolls would fall.";
        assertThat(withContent(attributions(body), body, "whether the tolls would fall").sourceText())
                .isEqualTo("Mayor Vell");
    }

    @Test
    void anInfinitiveOfPurposeAfterHaveOrATwoWordPrepositionIsTheSubjects() {
        String body = "Vell had reason to know that the tolls would fall. The mayor went out of his way to say that the "
                + "ferry would run daily.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the tolls would fall").sourceText()).isEqualTo("Vell");
        assertThat(withContent(as, body, "the ferry would run daily").sourceText()).isEqualTo("The mayor");
    }

    @Test
    void aParticipleAfterAnAsideGoesWithTheAside() {
        String body = "During the talks, the guild and the council discussed new fares, Vell added, saying the tolls were "
                + "a sign of weakness.";
        assertThat(withContent(attributions(body), body, "the tolls were a sign").sourceText()).isEqualTo("Vell");
    }

    @Test
    void anAgeOrAYearBeforeTheCueIsNoSource() {
        String body = "Mayor Jan Vell, 56, who has served on the council for a decade, told the Ostland Herald that the "
                + "tolls would fall. Vell has a frosty relationship with Kai Moss, now the council leader, who in 2010 "
                + "said the main goal was to cut the fares.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "tolls would fall").sourceText()).isEqualTo("Mayor Jan Vell");
        assertThat(withContent(as, body, "the main goal").sourceText()).isEqualTo("who");
    }

    @Test
    void aGerundCueOpeningTheTextHasNoTokenBeforeIt() {
        String body = "Saying nothing more, the ferry captain left.";
        assertThat(attributions(body)).allMatch(a -> a.content().end() <= body.length());
    }

    @Test
    void aQuotationAfterAnAdjunctReportResumesTheQuotedSpeech() {
        String body = "“The fares will fall,” said Ada Vell, the harbor master, referring to the new toll plan. “The "
                + "ferry will run daily.”";
        Attribution a = withContent(attributions(body), body, "ferry will run daily");
        assertThat(a.cueText()).isEqualTo("said");
        assertThat(a.content().start()).isEqualTo(body.indexOf("The fares"));
    }

    @Test
    void aContentBeforeItsCueKeepsAReportNestedAfterAnOpeningPhrase() {
        String body = "As a newcomer, Vell raised fewer doubts, Mr. Roe said. Even as the ferry leaves Ostland, a port "
                + "that she hoped to win, the race will be tight, said Ada Moss, an analyst.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "As a newcomer").cueText()).isEqualTo("said");
        assertThat(slice(body, withContent(as, body, "As a newcomer").content())).endsWith("fewer doubts");
        assertThat(slice(body, withContent(as, body, "Even as").content())).endsWith("the race will be tight");
    }

    @Test
    void aParticipleBetweenAnArticleOrANumberAndItsNounIsNoCue() {
        String body = "Vell leads Roe by 270 pledged delegates as the season ends. The planned rally drew a crowd. "
                + "The mayor pledged support for the ferry.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).doesNotContain("planned").containsOnlyOnce("pledged");
        assertThat(withContent(as, body, "support for the ferry").sourceText()).isEqualTo("The mayor");
    }

    @Test
    void aReportThatIsTheMainClauseOfTheSameSpeakersQuoteIsNoSecondQuote() {
        String body = "The Ostland clinic said it had admitted 37 people overnight. Mayor Ada Vell said the guild told "
                + "the council that the fares would rise.";
        List<Quote> qs = quotes(body);
        assertThat(qs).extracting(Quote::cue).doesNotContain("admitted").contains("told");
        assertThat(containing(qs, "37 people").cue()).isEqualTo("said");
        assertThat(containing(qs, "the fares would rise").speaker()).isEqualTo("Ada Vell");
    }

    @Test
    void aNegatedCueBeforeAnOpenQuestionIsNoQuote() {
        String body = "The ferry company has not said when the boats will run again. Its owner, Ada Vell, said the "
                + "harbor would reopen soon.";
        assertThat(quotes(body)).extracting(Quote::text).containsExactly("the harbor would reopen soon");
        assertThat(withContent(attributions(body), body, "when the boats will run").sourceText())
                .isEqualTo("The ferry company");
    }

    @Test
    void theSourceIsThePersonThatPlacesAgesAndAppositivesDescribe() {
        String body = "Jan Wilson, of Easton, Md., said the ferry was late. Ada Rawlings, 59, of Ashton, Md., who "
                + "watched the race on a screen, said the tolls would fall. Anna Holt, the head of the ferry guild, "
                + "which backs the plan, said the fares would fall. Speaking in Easton, Mayor Vell, without "
                + "naming him, also accused Roe of lying.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the ferry was late").sourceText()).isEqualTo("Jan Wilson");
        assertThat(withContent(as, body, "the tolls would fall").sourceText()).isEqualTo("Ada Rawlings");
        assertThat(withContent(as, body, "the fares would fall").sourceText()).isEqualTo("Anna Holt");
        assertThat(withContent(as, body, "Roe of lying").sourceText()).isEqualTo("Mayor Vell");
    }

    @Test
    void aParticipleAfterAQuotationIsNotItsCue() {
        String body = "“We will win,” Jan Vell, speaking at the rally, said on Friday.";
        assertThat(withContent(attributions(body), body, "We will win").cueText()).isEqualTo("said");
    }

    @Test
    void theSpeakerIsThePersonAPostModifierDescribes() {
        List<Quote> qs = quotes("Ada Roe of the Easton Institute said the fares would rise.");
        assertThat(containing(qs, "the fares would rise").speaker()).isEqualTo("Ada Roe");
    }

    @Test
    void aFreeRelativeAloneIsNoQuote() {
        String body = "What Mayor Vell calls “a fair deal” drew boos from the harbor crowd.";
        assertThat(quotes(body)).extracting(Quote::text).doesNotContain("What");
        assertThat(attributions(body)).anySatisfy(a -> {
            assertThat(a.cueText()).isEqualTo("calls");
            assertThat(slice(body, a.content())).isEqualTo("What");
        });
    }

    @Test
    void aContentOpensAfterTheCommaOfAnAside() {
        List<Quote> qs = quotes("The harbor agency said that, if the vote fails, the ferry would stop.");
        assertThat(containing(qs, "the ferry would stop").text()).isEqualTo("if the vote fails, the ferry would stop");
    }

    @Test
    void aComplementizerThatBeforeALaterSourceKeepsTheContentWhole() {
        String body = "Representative Roe has said that he would consider new tolls and that he favored imposing heavy "
                + "fares on trucks. President Jan Vell said he expected that voters will say “no” to the toll plan.";
        List<Attribution> as = attributions(body);
        Attribution roe = withContent(as, body, "consider new tolls");
        assertThat(roe.sourceText()).isEqualTo("Representative Roe");
        assertThat(slice(body, roe.content())).endsWith("heavy fares on trucks");
        Attribution vell = withContent(as, body, "he expected");
        assertThat(vell.sourceText()).isEqualTo("President Jan Vell");
        assertThat(slice(body, vell.content())).endsWith("to the toll plan");
    }

    @Test
    void aReportInsideAnotherEndsBeforeTheOuterCueAfterAQuotedPhrase() {
        String body = "The ferry captain said the order was to “avoid harming the vote,” according to the port report.";
        // (the nested "said" is folded into the outer relation, whose content is the clause before "according to")
        assertThat(attributions(body)).isNotEmpty()
                .allSatisfy(a -> assertThat(slice(body, a.content())).doesNotContain("according"));
    }

    @Test
    void aNounPhraseContentEndsBeforeTheReportersNextVerbPhrase() {
        String body = "The mayor denounced the fare plan and rejected rumors that the guild might strike. Vell praised the "
                + "council on Thursday, but also warned that fares would rise. He says he’s proud of the port and expects "
                + "to leave Ostland with a solid share of the votes.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "the fare plan").content())).isEqualTo("the fare plan");
        assertThat(slice(body, withContent(as, body, "the council").content())).isEqualTo("the council on Thursday");
        assertThat(withContent(as, body, "fares would rise").sourceText()).isEqualTo("Vell");
        assertThat(slice(body, withContent(as, body, "proud of the port").content())).endsWith("share of the votes");
    }

    @Test
    void theAddresseeOfTellIsOneNounPhraseWithItsPlace() {
        String body = "Ada Roe told a crowded hall at a hotel in downtown Ostland that the fares must fall. Mayor Vell told "
                + "a guild gathering in Ostland she would cut the fares. Vell told the Ostland Post he had received "
                + "hundreds of letters. The exit polls told a tale of two ports.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "fares must fall").content())).isEqualTo("the fares must fall");
        assertThat(slice(body, withContent(as, body, "cut the fares").content())).isEqualTo("she would cut the fares");
        assertThat(slice(body, withContent(as, body, "hundreds of letters").content()))
                .isEqualTo("he had received hundreds of letters");
        assertThat(slice(body, withContent(as, body, "two ports").content())).isEqualTo("a tale of two ports");
    }

    @Test
    void aGerundAdjunctAfterAQuotationIsItsSpeakers() {
        String body = "“It would make things worse,” Vell said, while arguing the port should add patrols. “There is great "
                + "danger,” Roe told reporters, before insisting he had a good relationship with the guild.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the port should add patrols").sourceText()).isEqualTo("Vell");
        assertThat(withContent(as, body, "good relationship").sourceText()).isEqualTo("Roe");
    }

    @Test
    void aReportingGerundAfterASubordinatorEndsTheContentBeforeIt() {
        String body = "Vell said the toll plan was good for the port before claiming that open ports are tearing "
                + "families apart.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "the toll plan").content())).isEqualTo("the toll plan was good for the port");
        Attribution claim = withContent(as, body, "open ports are tearing");
        assertThat(claim.cueText()).isEqualTo("claiming");
        assertThat(claim.sourceText()).isEqualTo("Vell");
    }

    @Test
    void aReportInsideAFindingIsPartOfTheFinding() {
        String body = "According to the Ostland Herald, Vell said the tolls would fall. In the latest survey, most voters "
                + "said they would back the plan.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("According to", "In");
        assertThat(slice(body, withContent(as, body, "Vell said").content())).isEqualTo("Vell said the tolls would fall");
        assertThat(withContent(as, body, "most voters said").sourceText()).isEqualTo("the latest survey");
        String named = "Engineers had warned in May that the pier was unsafe, the Ostland Geological Survey said.";
        assertThat(attributions(named)).anyMatch(a -> "warned".equals(a.cueText()) && "Engineers".equals(a.sourceText()));
    }

    @Test
    void aPollTheTaggerMakesAVerbIsTheNounOfItsPhrase() {
        String body = "A new Ostland Herald poll found that 54 percent of voters said they would back the toll plan.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("A new Ostland Herald poll");
        assertThat(slice(body, as.get(0).content())).startsWith("54 percent of voters said");
    }

    @Test
    void aThatClauseAfterAnAdjunctEndingInANounInIngIsTheContent() {
        String body = "Jan Vell said at a meeting that the tolls will fall. Ada Roe argued during the hearing that the ferry "
                + "should run daily.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "the tolls").content())).isEqualTo("the tolls will fall");
        assertThat(withContent(as, body, "the ferry should").sourceText()).isEqualTo("Ada Roe");
    }

    @Test
    void anInflectedCueTaggedANounAfterACommaBeforeAThatClauseIsTheVerb() {
        String body = "Jan Vell, a harbor official, notes that the tolls will fall. The council met on Monday, warning that "
                + "the ferry would stop. Ada Roe spoke for an hour, comments that were aired on Monday.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "the tolls will fall").sourceText()).isEqualTo("Jan Vell");
        assertThat(withContent(as, body, "the ferry would stop").cueText()).isEqualTo("warning");
        assertThat(as).noneMatch(a -> "comments".equals(a.cueText()));
        String gerund = "Ada Roe, a harbor consultant, notes that scoring 20% of the vote in a district is enough.";
        assertThat(withContent(attributions(gerund), gerund, "scoring").sourceText()).isEqualTo("Ada Roe");
    }

    @Test
    void aReportWhoseContentIsARelativeWhatIsPartOfTheReportHoldingIt() {
        String body = "Mayor Vell denounced what she called the council's reckless toll plan.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("denounced");
        assertThat(slice(body, as.get(0).content())).isEqualTo("what she called the council's reckless toll plan");
    }

    @Test
    void aNameTheArticleHasGivenOpeningASentenceIsTheSourceWhateverItsTag() {
        String body = "Harbor master Ada Schlafly spoke on Monday. Schlafly said she considered the tolls a disgrace.";
        Attribution a = withContent(attributions(body), body, "she considered");
        assertThat(a.cueText()).isEqualTo("said");
        assertThat(a.sourceText()).isEqualTo("Schlafly");
    }

    @Test
    void anInvertedSourceAfterAQuotationTheTaggerBrokeIsReadUpToItsName() {
        String body = "\"The tolls will fall,\" said former tech executive Ada Vell during the debate. \"The ferry will "
                + "run daily,\" said Jock A. Roe, the port chief. \"It is too early,\" said Cuban, who hosts a show. "
                + "\"It is a classic,\" written by a local author, opened.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "The tolls will fall").sourceText()).isEqualTo("former tech executive Ada Vell");
        assertThat(withContent(as, body, "The ferry will run daily").sourceText()).isEqualTo("Jock A. Roe");
        assertThat(withContent(as, body, "It is too early").sourceText()).isEqualTo("Cuban");
        assertThat(as).noneMatch(a -> a.sourceText() != null && a.sourceText().startsWith("by"));
    }

    @Test
    void wordsBetweenAQuotationAndItsCueThatTheTaggerMadeNoPhraseOfAreTheSource() {
        String body = "“The ferry is a reminder,” Will wrote. \"The tolls will fall,\" super PAC spokeswoman Ada Vell said. "
                + "The ad ends with the mayor saying, “That makes me smart,” when Roe blasted him for it.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "The ferry is a reminder").sourceText()).isEqualTo("Will");
        assertThat(withContent(as, body, "The tolls will fall").sourceText()).isEqualTo("super PAC spokeswoman Ada Vell");
        assertThat(as).noneMatch(a -> a.sourceText() != null && a.sourceText().startsWith("when"));
    }

    @Test
    void anAsideOpenedByAsAfterAConjunctionReportsTheClauseAfterIt() {
        String body = "But as the Ostland Herald noted in an op-ed Thursday, the mayor has earned himself a few fans.";
        Attribution a = withContent(attributions(body), body, "the mayor has earned");
        assertThat(a.sourceText()).isEqualTo("the Ostland Herald");
        assertThat(slice(body, a.content())).isEqualTo("the mayor has earned himself a few fans");
    }

    @Test
    void aContentAfterAnAsideMayOpenWithAContractedPronoun() {
        String body = "Jan Vell says, win or lose, he’s staying in the race.";
        Attribution a = withContent(attributions(body), body, "staying in the race");
        assertThat(a.sourceText()).isEqualTo("Jan Vell");
        assertThat(slice(body, a.content())).isEqualTo("win or lose, he’s staying in the race");
    }

    @Test
    void aReportInsideAHeadlineGivenToANamedSpeakerIsPartOfIt() {
        String body = "Mayor Jan Vell: Roe says the tolls will fall. Trains resume.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly(":");
        assertThat(as.get(0).sourceText()).isEqualTo("Mayor Jan Vell");
    }

    @Test
    void aReportInsideWhatAFindingShowsIsPartOfIt() {
        String body = "An audit by the harbor board found that Vell said the tolls would fall.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("found");
        assertThat(slice(body, as.get(0).content())).isEqualTo("Vell said the tolls would fall");
        String reported = "The Ostland Herald reported on Monday that Vell said the tolls would fall.";
        assertThat(attributions(reported)).extracting(Attribution::cueText).containsExactly("reported");
    }

    @Test
    void aHyphenSetOffBySpacesActsAsADash() {
        String body = "In an interview, Ada Roe - Vell's deputy and co-host on his channel - told the Herald that the tolls "
                + "would fall.";
        Attribution a = withContent(attributions(body), body, "the tolls would fall");
        assertThat(a.sourceText()).isEqualTo("Ada Roe");
        String after = "The mayor, Jan Vell, spoke at the pier - saying the ferry would run daily.";
        assertThat(withContent(attributions(after), after, "the ferry would run").sourceText()).isEqualTo("The mayor");
    }

    @Test
    void aStanceMentionedInPassingInsideAReportIsPartOfIt() {
        String body = "Jan Vell said on Monday that Ada Roe criticized the guild.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("said");
        assertThat(slice(body, as.get(0).content())).isEqualTo("Ada Roe criticized the guild");
    }

    @Test
    void aReportInsideAFindingIsFoldedAsARelationButStaysTheSpeakersQuote() {
        String body = "According to the Ostland Herald, Mayor Ada Vell said the tolls would fall.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("According to");
        assertThat(quotes(body)).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("the tolls would fall");
            assertThat(q.speaker()).isEqualTo("Ada Vell");
        });
    }

    @Test
    void anArticleWithoutSegmentsIsCutLikeThePipelineCutsIt() {
        // (the evaluations pass bodies the segmenter has not cut; a month abbreviation ends no sentence there either)
        String body = "Mayor Vell said the ferry limit was reached on Aug. 29 after the council vote.";
        Article bare = new Article("a", "a", null, null, List.of(), null, null, false, null, null, List.of(), "en", body,
                List.of(), List.of(), List.of());
        List<Attribution> as = extractor.attributions(bare, recognizer.recognize(bare));
        assertThat(slice(body, withContent(as, body, "the ferry limit").content()))
                .isEqualTo("the ferry limit was reached on Aug. 29 after the council vote");
    }

    @Test
    void aTextCutOffAfterTheCueOfAQuotationIsRead() {
        // (a page truncated by the scraper; the inverted-source search ran past the last token)
        String body = "“We will win,” said";
        assertThat(attributions(body)).allMatch(a -> a.content().end() <= body.length());
        assertThat(quotes(body)).isNotNull();
    }

    @Test
    void aCueOpeningTheTextBeforeAQuotationIsRead() {
        // (a token sequence found by random testing: the gerund check read the token before the first one)
        String body = "castigated both sides? ''took Mr. Vell during urged";
        assertThat(attributions(body)).allMatch(a -> a.content().end() <= body.length());
    }

    @Test
    void aStanceNounOwnedInsideAnAdjunctOfMannerIsReported() {
        String body = "Vell has been merciless in his attacks on Roe.";
        Attribution a = withContent(attributions(body), body, "Roe");
        assertThat(a.cueText()).isEqualTo("attacks");
        assertThat(a.sourceText()).isEqualTo("his");
        String with = "The mayor struck a chord with her call for lower fares.";
        assertThat(withContent(attributions(with), with, "lower fares").sourceText()).isEqualTo("her");
        String object = "Roe backed her plan for lower fares.";
        assertThat(attributions(object)).extracting(Attribution::cueText).doesNotContain("plan");
    }

    @Test
    void theObjectRelativePronounIsWhatTheRelativeClauseReports() {
        String body = "Vell praised the toll bill, which Roe criticized.";
        Attribution a = withContent(attributions(body), body, "which");
        assertThat(a.cueText()).isEqualTo("criticized");
        assertThat(a.sourceText()).isEqualTo("Roe");
        assertThat(quotes(body)).noneSatisfy(q -> assertThat(q.text()).isEqualTo("which"));
        String restrictive = "The toll bill which Roe criticized passed.";
        assertThat(attributions(restrictive))
                .noneSatisfy(x -> assertThat(slice(restrictive, x.content())).isEqualTo("which"));
    }

    @Test
    void aParticipleOpeningTheSentenceWithAThatClauseIsItsSubjectsReport() {
        String body = "Promising that the fares would fall, Ada Vell won the vote.";
        Attribution a = withContent(attributions(body), body, "the fares would fall");
        assertThat(slice(body, a.content())).isEqualTo("the fares would fall");
        assertThat(a.sourceText()).isEqualTo("Ada Vell");
    }

    @Test
    void aStanceNounOwnedInsideAConcessiveOrListingAdjunctIsReported() {
        String body = "Despite her call for lower fares, Roe voted for the toll.";
        Attribution a = withContent(attributions(body), body, "lower fares");
        assertThat(a.cueText()).isEqualTo("call");
        assertThat(a.sourceText()).isEqualTo("her");
        String listing = "The mayor listed his pledges, including his promise to cut the toll.";
        assertThat(attributions(listing)).anySatisfy(x -> {
            assertThat(x.cueText()).isEqualTo("promise");
            assertThat(slice(listing, x.content())).isEqualTo("to cut the toll");
        });
    }

    @Test
    void aStanceRenewedByItsOwnerIsTheSubjectsStance() {
        String body = "Ada Roe stepped up her attacks on the toll plan.";
        Attribution a = withContent(attributions(body), body, "the toll plan");
        assertThat(a.cueText()).isEqualTo("attacks");
        assertThat(a.sourceText()).isEqualTo("Ada Roe");
        String doubled = "Vell doubled down on his support for the toll.";
        assertThat(withContent(attributions(doubled), doubled, "the toll").sourceText()).isEqualTo("Vell");
        String backed = "Roe backed her plan for lower fares.";
        assertThat(attributions(backed)).extracting(Attribution::cueText).doesNotContain("plan");
    }

    @Test
    void supportThrownBehindSomeoneIsTheSubjectsStance() {
        String body = "Jan Vell threw her support behind Ada Roe.";
        Attribution a = withContent(attributions(body), body, "Ada Roe");
        assertThat(a.cueText()).isEqualTo("support");
        assertThat(a.sourceText()).isEqualTo("Jan Vell");
    }

    @Test
    void aParticipleBetweenADeterminerAndItsNounReportsNothing() {
        String body = "Ada Roe won 20 pledged delegates in Ostland. Those pledged delegates can switch. The guild raised its "
                + "proposed fee.";
        assertThat(attributions(body)).extracting(Attribution::cueText).doesNotContain("pledged", "proposed");
    }

    @Test
    void proveLinkingItsSubjectToAComplementReportsNothing() {
        String body = "The toll proved costly for the town. The ferry plan may prove to be a mistake. Vell proved that the "
                + "map was wrong.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(slice(body, as.get(0).content())).isEqualTo("the map was wrong");
    }

    @Test
    void maintainingAPossessedOrModifiedNounIsAnAct() {
        String body = "Vell maintained her lead in the polls. Roe maintained a surprisingly large lead over the guild. Moss "
                + "maintained that her lead was safe.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(slice(body, as.get(0).content())).isEqualTo("her lead was safe");
    }

    @Test
    void aViewAfterAnAuxiliaryInsideAViewIsPartOfIt() {
        String body = "Jan Vell thinks the plan will pass because voters have embraced the new ferry plan for the harbor.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("thinks");
        String plain = "Jan Vell thinks the plan will pass because voters embraced the new ferry plan for the harbor.";
        assertThat(attributions(plain)).extracting(Attribution::cueText).containsExactly("thinks", "embraced");
    }

    @Test
    void aPostedPictureIsARelationButNoQuote() {
        String body = "Mayor Ada Vell tweeted a photo of the flooded pier on Sunday. Jan Roe tweeted that the pier would "
                + "reopen.";
        assertThat(attributions(body)).anySatisfy(a -> assertThat(slice(body, a.content())).startsWith("a photo"));
        assertThat(quotes(body)).extracting(Quote::text).containsExactly("the pier would reopen");
    }

    @Test
    void issuingADocumentWithoutItsWordsReportsNothing() {
        String body = "The mayor issued a statement on Monday. Roe, in a statement released by the guild, said the pier "
                + "would reopen. Vell released a statement saying the ferry would run.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the pier would reopen", "a statement saying the ferry would run");
    }

    @Test
    void raisingMoneyIsNoStance() {
        String body = "The guild raised more than $4 million in March. Roe is raising money for the party. Vell raised "
                + "concerns about the pier.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("concerns about the pier");
    }

    @Test
    void aQuotationWithAnUnknownVerbOfSayingHasItsOwnSpeaker() {
        String body = "“Look at all these bakers here,” Vell said with a smirk.\n\n“They came for the free bread,” Roe shot "
                + "back with a laugh.";
        List<Quote> qs = quotes(body);
        assertThat(qs).extracting(Quote::text).containsExactly("Look at all these bakers here,",
                "They came for the free bread,");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Vell", "Roe");
    }

    @Test
    void aReportAfterASubordinateClauseInsideAContentDoesNotEndIt() {
        String body = "Jan Roe said that if the council opted to close the pier, he would have argued for a new vote.";
        assertThat(withContent(attributions(body), body, "if the council")).satisfies(a -> assertThat(
                slice(body, a.content())).endsWith("argued for a new vote"));
    }

    @Test
    void aCueCoordinatedWithTheReportIsTheReportersNotTheContentsSubjects() {
        String body = "Jan Vell said the vote was rigged but conceded that she had lost.";
        assertThat(withContent(attributions(body), body, "she had lost").sourceText()).isEqualTo("Jan Vell");
    }

    @Test
    void aSecondCueAfterButIsAVerbOfTheReportsSpeaker() {
        String body = "She says people may not like the answer, but insists Roe is mounting a phony attack.";
        assertThat(attributions(body)).filteredOn(a -> "insists".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("She");
        String named = "Jan Vell says people may not like the answer, but argues that Roe is mounting a phony attack.";
        assertThat(attributions(named)).filteredOn(a -> "argues".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell");
    }

    @Test
    void aContentEndsBeforeTheAttributionClosingItsSentence() {
        String body = "Vell suggested the toll plan was unserious - \"Again, we need to get into the details,\" she said.";
        assertThat(attributions(body)).filteredOn(a -> "suggested".equals(a.cueText()))
                .extracting(a -> slice(body, a.content()))
                .containsExactly("the toll plan was unserious - \"Again, we need to get into the details,\"");
    }

    @Test
    void aNamedSpeakersReportAfterAndEndsTheContentBeforeIt() {
        String body = "Vell said the toll was unfair and Roe argued that it would hurt the port.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the toll was unfair", "it would hurt the port");
    }

    @Test
    void aRelativeClauseAfterTheSourceIsNeitherTheCueNorAnInversion() {
        String body = "“The pier is failing,” a harbor official, who was not authorized to speak on the record, told the "
                + "Herald.";
        Attribution quote = withContent(attributions(body), body, "The pier is failing");
        assertThat(quote.sourceText()).isEqualTo("a harbor official");
        assertThat(quote.cueText()).isEqualTo("told");
        String relative = "In April, Jan Vell, who led the guild's drive, emailed Ada Roe and Mia Moss, two of its officers, "
                + "for help with a donor.";
        assertThat(attributions(relative)).noneMatch(a -> "Ada Roe and Mia Moss".equals(a.sourceText()));
    }

    @Test
    void thePassiveAgentAfterACueAndItsComplementIsTheSource() {
        String body = "Dr. Jan Vell, who has been called a charlatan by fellow physicians for promoting quack cures, "
                + "spoke on Monday.";
        assertThat(attributions(body)).extracting(Attribution::sourceText).containsExactly("fellow physicians");
    }

    @Test
    void aStanceAdjectiveTakesInAtAndByForWhatItIsAbout() {
        String body = "The farmers are confident in the toll plan. Jan Vell was angry at the guild. Ada Roe was alarmed by "
                + "the vote.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll plan", "the guild", "the vote");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("The farmers", "Jan Vell", "Ada Roe");
    }

    @Test
    void theSubjectOfALinkingVerbHoldsTheAdjectivesStance() {
        String body = "Ada Roe remains skeptical of the toll plan. Jan Vell became convinced that the ferry would fail.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll plan", "the ferry would fail");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Ada Roe", "Jan Vell");
    }

    @Test
    void anInflectedCueTaggedANounAfterADashedAppositiveIsTheVerb() {
        String body = "Jan Roe - a former harbor master - warns that the new fees could empty the port.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("Jan Roe");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the new fees could empty the port");
    }

    @Test
    void aGerundAfterByReportsPastItsAddressee() {
        String body = "Jan Vell ended the talks by telling reporters that the guild would withdraw the fare plan.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("Jan Vell");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the guild would withdraw the fare plan");
    }

    @Test
    void aPredicativeNounNamingAStanceReportsIt() {
        String body = "Jan Vell has been a vocal supporter of the toll plan. Ada Roe remains an advocate for lower fares. "
                + "Supporters of the toll plan rallied at the pier.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll plan", "lower fares");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell", "Ada Roe");
    }

    @Test
    void believingInSomethingIsAStanceTowardIt() {
        String body = "Many young voters in Ostland still believe in the harbor dream.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("Many young voters in Ostland");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the harbor dream");
    }

    @Test
    void supportWonFromOthersIsTheirStanceTowardTheWinner() {
        String body = "Jan Vell won the endorsement of the harbor guild. Ada Roe has strong support from farmers.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("Jan Vell", "Ada Roe");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("the harbor guild", "farmers");
    }

    @Test
    void supportWonPastAParticleIsTheGiversStance() {
        String body = "Jan Vell picked up the endorsement of the harbor guild.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(slice(body, as.get(0).content())).isEqualTo("Jan Vell");
        assertThat(as.get(0).sourceText()).isEqualTo("the harbor guild");
    }

    @Test
    void criticismDrawnFromOthersIsTheirStanceTowardTheSubject() {
        String body = "The toll plan drew sharp criticism from farmers. Jan Vell came under fire from the guild. The "
                + "plan drew criticism of its fees.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).contains("The toll plan", "Jan Vell");
        assertThat(as).extracting(Attribution::sourceText).contains("farmers", "the guild");
        assertThat(as).noneSatisfy(a -> assertThat(slice(body, a.content())).isEqualTo("The plan"));
    }

    @Test
    void theObjectOfAVerbOfFeelingFeelsItAboutTheSubject() {
        String body = "The mayor's remark rattled the guild. Jan Vell was worried about the vote.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("The mayor's remark", "the vote");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("the guild", "Jan Vell");
    }

    @Test
    void aLawmakingBodyPassingABillVotesForIt() {
        String body = "The Ostland Senate passed the toll bill. The ferry passed the pier at noon.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("The Ostland Senate");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the toll bill");
    }

    @Test
    void thoseASubjectAppealsToHoldTheView() {
        String body = "The slogan resonated with farmers. Jan Vell remains popular among young voters.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("The slogan", "Jan Vell");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("farmers", "young voters");
    }

    @Test
    void aDemonstrativeClosingTheClauseIsTheContentButNoQuote() {
        String body = "Jan Vell knows this and takes advantage of it. Only half of the farmers believe that. Ada Roe said "
                + "so.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("this", "that", "so");
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aDemonstrativeThatBeforeItsVerbOpensTheContent() {
        String body = "Ada Roe's lawyer said that was not her view.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("that was not her view");
    }

    @Test
    void aCommaOpeningTheTextBeforeACueIsRead() {
        // (found by random testing: the subordinate-clause check read the token before the first one)
        String body = ", castigated Saying";
        assertThat(attributions(body)).allMatch(a -> a.content().end() <= body.length());
    }

    @Test
    void aQuestionToTheReaderIsNoStance() {
        String body = "Jan Vell backs the toll plan.\n\nDo you support Jan Vell?\n\nQ: Do you support "
                + "the toll plan?";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the toll plan", "the toll plan?");
    }

    @Test
    void anExcerptAfterItsBylineIsNoQuote() {
        String body = "HARBOR NEWS—\"Ostland ferry to close in May,\" by the Post’s Ada Roe: \"The Ostland ferry, which "
                + "has run since 1920, will close in May.\"\n\nFrom Jan Vell’s letter: \"We will miss the ferry.\"";
        assertThat(quotes(body)).extracting(Quote::text).containsExactly("We will miss the ferry.");
    }

    @Test
    void aColumnTitleBeforeAHeadlineColonIsNoSource() {
        assertThat(attributions("The Week Ahead: Vell faces the guild vote")).isEmpty();
        assertThat(attributions("The Ostland Herald: Vell faces the guild vote")).extracting(Attribution::sourceText)
                .containsExactly("The Ostland Herald");
    }

    @Test
    void castingBallotsForNoOneNamedIsNoStance() {
        String body = "About 40,000 Ostland voters cast their ballots on Sunday. Most guild delegates cast their votes for "
                + "Ada Roe.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("their votes for Ada Roe");
    }

    @Test
    void goingToSeeSomeoneIsNoView() {
        String body = "Hundreds lined up for hours to see Ada Roe at the pier. Vell waited to see if the ferry would run. "
                + "Few voters came to see Roe as a reformer.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("if the ferry would run", "Roe as a reformer");
    }

    @Test
    void thePeoplePolledAreNoFindingOfThePoll() {
        String body = "Fifteen percent of voters in the Herald poll were undecided about the ferry. Vell's lead over Roe "
                + "in a Herald poll last month has evaporated.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("Vell's lead over Roe");
    }

    @Test
    void raisingEyebrowsOrChildrenPutsNothingForward() {
        String body = "The toll plan raised eyebrows at the port. Vell raised two sons in Ostland. Roe raised new doubts "
                + "about the ferry.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("new doubts about the ferry");
    }

    @Test
    void aTitleAfterItsNounAndACommaIsNoQuote() {
        String body = "Ada Roe spoke with Vell on the latest episode of her podcast, “Harbor Lights Tonight.” Roe told "
                + "reporters in Salem, “We will win the vote.”\n\nThe guild emailed a link to the clip with one line: “NOT "
                + "IN OUR HARBOR.”";
        assertThat(quotes(body)).extracting(Quote::text).containsExactly("We will win the vote.", "NOT IN OUR HARBOR.");
    }

    @Test
    void theSupportOfAGroupIsTheGroupsNotTheReceivers() {
        String body = "Ada Roe has the support of women and older voters. Ted Moss received the endorsement of Gov. Lia "
                + "Fenn on Monday. Vell’s endorsement of Roe surprised the port.";
        List<Attribution> as = attributions(body);
        // (the givers' stance toward the receivers, as "won the endorsement of" reads; never the receiver's stance)
        assertThat(as).noneMatch(a -> slice(body, a.content()).startsWith("the support")
                || slice(body, a.content()).startsWith("the endorsement") || slice(body, a.content()).startsWith("women"));
        assertThat(withContent(as, body, "Ada Roe").sourceText()).startsWith("women");
    }

    @Test
    void aParticipleOpeningATitleDescribesItsNoun() {
        String body = "Also on the Herald:\n\nDeclared Candidates For Harbor Board.\n\nVell declared victory on Tuesday.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("victory on Tuesday");
    }

    @Test
    void aPrepositionalOpenerInsideAContentDoesNotEndItAtTheLaterReport() {
        String body = "Fowler noted that at one of his first meetings, in 1972, he supported a decision to nominate Roe.";
        assertThat(attributions(body)).filteredOn(a -> "noted".equals(a.cueText()))
                .extracting(a -> slice(body, a.content())).singleElement().asString().endsWith("to nominate Roe");
    }

    @Test
    void aWorkIsTheSourceOfItsTitleButNoQuote() {
        String body = "The guild launched an ad titled “Scam.” The ad, entitled “Our Pier,” features five farmers.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("an ad", "The ad");
        assertThat(as).extracting(a -> slice(body, a.content()))
                .allSatisfy(c -> assertThat(c).containsAnyOf("Scam", "Our Pier"));
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void inThePassiveOfAVerbOfFeelingTheSubjectFeelsIt() {
        String body = "Jan Vell was rattled by the vote.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("Jan Vell");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the vote");
    }

    @Test
    void aReportWhoseContentEndsTheTextBeforeAnotherIsRead() {
        // (found by random testing: the prepositional-opener check read the token after the last one)
        String body = "(notes reads that -years";
        assertThat(attributions(body)).allMatch(a -> a.content().end() <= body.length());
    }

    @Test
    void aTitleAndANameSetOffByCommasAfterAQuotationAreItsSource() {
        String body = "“The pier will reopen in May,” the mayor's spokeswoman, Ada Roe, said on Monday.";
        List<Quote> qs = quotes(body);
        assertThat(qs).extracting(Quote::text).containsExactly("The pier will reopen in May,");
        assertThat(qs).extracting(Quote::kind).containsExactly("direct");
    }

    @Test
    void aTurnOfATranscriptIsItsLabelledSpeakersWords() {
        List<Quote> qs = quotes("Mayor Jan Vell spoke to the Herald on Monday.\n\nVELL: Well, the real question is why the "
                + "council invited a band to the pier. It was a mistake.\n\nHERALD: And what did they say?");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Jan Vell", "HERALD");
        assertThat(qs.get(0).text()).startsWith("Well, the real question").endsWith("It was a mistake");
        assertThat(qs).extracting(Quote::kind).containsOnly("direct");
    }

    @Test
    void aQuotationBetweenTwoCuesOfOneSpeakerIsOneDirectQuote() {
        List<Quote> qs = quotes("Asked on Tuesday about the pier, Ada Vell said \"I don't know anything about the "
                + "contract,\" she said.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).text()).isEqualTo("I don't know anything about the contract,");
        assertThat(qs.get(0).kind()).isEqualTo("direct");
        assertThat(qs.get(0).speaker()).isEqualTo("Ada Vell");
    }

    @Test
    void aVerbOfTalkingWithNoClauseQuotesNoWords() {
        String body = "Jan Vell spoke five minutes at the pier. He wrote his book in Salem. The ferry firm declared "
                + "bankruptcy. Ada Roe told the crowd that the tolls would fall.";
        assertThat(quotes(body)).extracting(Quote::text).containsExactly("the tolls would fall");
        assertThat(attributions(body)).extracting(Attribution::cueText).contains("told").doesNotContain("spoke");
    }

    @Test
    void aVerbCoordinatedAfterAnAccordingToAsideIsTheSubjectsOwn() {
        String body = "Roe's relatives, including his wife, watched the harbor videos on Thursday, according to their "
                + "lawyers, and said they came away with more questions than answers.";
        List<Attribution> as = attributions(body);
        Attribution according = withContent(as, body, "watched the harbor");
        assertThat(according.sourceText()).isEqualTo("their lawyers");
        assertThat(slice(body, according.content())).isEqualTo("Roe's relatives, including his wife, watched the harbor videos on Thursday");
        assertThat(withContent(as, body, "they came away").sourceText()).isEqualTo("Roe's relatives");
    }

    @Test
    void aLongSourcePhraseOpeningASentenceRunsToItsComma() {
        String body = "According to a 12-count civil complaint filed by the Ostland Harbor Commission and a second complaint "
                + "by the guild, the developers hid the tolls.";
        Attribution a = attributions(body).get(0);
        assertThat(slice(body, a.content())).isEqualTo("the developers hid the tolls");
        assertThat(a.sourceText()).startsWith("a 12-count civil complaint");
    }

    @Test
    void aPapersOwnNoteIsNoTranscriptTurn() {
        String body = "The mayor spoke at the pier.\n\nCORRECTION: An earlier version of this story misstated the toll.\n\n"
                + "EDITOR'S NOTE: The Herald's owner sits on the harbor board.\n\nROE: Well, the pier is safe.";
        assertThat(attributions(body)).extracting(Attribution::sourceText).containsExactly("ROE");
    }

    @Test
    void aReportOpeningASpeechReportsContentIsPartOfThatRelation() {
        String body = "Ada Vell said that Jan Roe told the board the pier would close in May.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("said");
        assertThat(slice(body, as.get(0).content())).startsWith("Jan Roe told the board").endsWith("in May");
        // a view keeps a report set off by a comma inside it (a near one folds)
        assertThat(attributions("Ada Vell believes, after the vote on Monday, Jan Roe told the board the pier would "
                + "close."))
                .extracting(Attribution::cueText).contains("believes", "told");
    }

    @Test
    void aViewOpeningAReportedQuestionIsPartOfTheQuestion() {
        String body = "Asked whether she believed the pier would close, Ada Vell shook her head.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("Asked");
        assertThat(slice(body, as.get(0).content())).isEqualTo("whether she believed the pier would close");
    }

    @Test
    void aStanceInARelativeClauseOnAQuotationsSpeakerDescribesTheSpeaker() {
        List<Attribution> as = attributions("“The fares are too high,” said Ada Roe, a farmer from Easton, who supports "
                + "Jan Vell. “We will win,” said Kai Moss, who has backed the toll plan since May. “We lost,” said Jan Roe, "
                + "who added that the vote was rigged.");
        assertThat(as).extracting(Attribution::cueText).containsExactly("said", "said", "said", "added");
    }

    @Test
    void aReportInsideATranscriptTurnDoesNotCutTheTurn() {
        String body = "Mayor Jan Vell spoke to the Herald on Monday.\n\nVELL: Well, I think the town needs to work "
                + "together. People are scared. They want safe streets.\n\nHERALD: Thank you.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly(":", ":");
        assertThat(slice(body, as.get(0).content())).startsWith("Well, I think").endsWith("They want safe streets");
    }

    @Test
    void aLoneLabelInCapitalsIsARubricNotATranscriptTurn() {
        String body = "EXCLUSIVE: Vell will leave the harbor board\n\nJan Vell plans to step down from the Ostland "
                + "harbor board in May.";
        assertThat(quotes(body)).isEmpty();
        assertThat(attributions(body)).extracting(Attribution::cueText).doesNotContain(":");
    }

    @Test
    void anAimWithItsParticleIsTheSubjectsStance() {
        String body = "Jan Vell is looking to unseat the mayor in May. Ada Roe looks forward to a fight with the council. "
                + "The dockers rallied behind the guild.";
        List<Attribution> as = attributions(body);
        Attribution aim = withContent(as, body, "unseat the mayor");
        assertThat(aim.belief()).isTrue();
        assertThat(aim.sourceText()).isEqualTo("Jan Vell");
        assertThat(withContent(as, body, "a fight with the council").sourceText()).isEqualTo("Ada Roe");
        assertThat(withContent(as, body, "the guild").sourceText()).isEqualTo("The dockers");
    }

    @Test
    void anAdjectiveTheTaggerMadeAVerbOrANounKeepsAStanceNounOwned() {
        String body = "Vell's harsh attacks on the guild have set off alarm. Roe made an impassioned call for unity. "
                + "Kell unleashed a harsh attack on Ostland.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Vell", "Roe", "Kell");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the guild", "unity", "Ostland");
    }

    @Test
    void aGerundOfSayingAfterByIsTheGoverningVerbsSubjectsWithABareClauseToo() {
        String body = "A harbor official responded by saying Ostland should be careful. Roe laughed it off by saying "
                + "the toll was fair.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("A harbor official", "Roe");
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("Ostland should be careful", "the toll was fair");
    }

    @Test
    void makingNoMentionOfSomethingIsAStanceTowardIt() {
        String body = "Jan Vell made no mention of Ada Roe in her speech.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell");
        assertThat(as).extracting(a -> slice(body, a.content())).singleElement().asString().startsWith("Ada Roe");
    }

    @Test
    void aRelativeClauseWithoutItsPronounReportsOnTheNounPhraseBeforeIt() {
        String body = "Her turn against the toll pact - a deal she once supported - makes sense. In the interview he said.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("she");
        assertThat(slice(body, as.get(0).content())).isEqualTo("a deal");
        assertThat(as.get(0).belief()).isTrue();
    }

    @Test
    void aGerundAfterAVerbLikeKeepOrAvoidIsItsSubjectsActNoQuote() {
        String body = "Jan Vell kept attacking the guild. Ada Roe has avoided directly criticizing Kell.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell", "Ada Roe");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the guild", "Kell");
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void anInfinitiveAfterAPredicativeAdjectiveIsItsSubjects() {
        String body = "Asked about the toll, harbor firms are quick to point out that none of the boats are theirs. "
                + "When one of the candidates is a sailor, voters should be able to expect a better pier. It is hard "
                + "to say how the vote will go.";
        List<Attribution> as = attributions(body).stream().filter(a -> !"Asked".equals(a.cueText())).toList();
        assertThat(as).extracting(Attribution::sourceText).containsExactly("harbor firms", "voters");
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("none of the boats are theirs", "a better pier");
    }

    @Test
    void aVerbInASeriesClosedByAndSharesTheSubject() {
        String body = "Ada Roe urged the council to join the pact, proposed that more boats be left in the harbor, and "
                + "pushed to fund the pier.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("urged", "proposed", "pushed");
        assertThat(as).extracting(Attribution::sourceText).containsOnly("Ada Roe");
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("to join the pact", "more boats be left in the harbor", "to fund the pier");
    }

    @Test
    void herBeforeNoNounOfItsOwnIsTheAddressee() {
        String body = "The pier will close on Monday, the mayor told her. Jan Vell told her the toll would rise.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("The pier will close on Monday", "the toll would rise");
    }

    @Test
    void aPercentageIsTheSourceOfWhatItSays() {
        String body = "On the pier, 47% say the toll should go.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("47%");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll should go");
    }

    @Test
    void aFloatingQuantifierAfterTheSubjectDoesNotHideIt() {
        String body = "Jan Vell and Ada Roe both denounced the toll plan. They both said the toll was unfair.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell and Ada Roe", "They");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll plan", "the toll was unfair");
    }

    @Test
    void theSelfOfSelfDescribedHoldsTheViewOfTheNounPhraseAfterIt() {
        String body = "Roe, the self-described democratic socialist who has spent years in the council, won.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).isEqualTo("self");
        assertThat(slice(body, as.get(0).content())).isEqualTo("democratic socialist");
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void whoBeforeTheSubjectOfItsClauseIsTheObjectReported() {
        String body = "The guild backed Ada Roe, who many farmers strongly oppose, for the board.";
        assertThat(attributions(body)).filteredOn(a -> "oppose".equals(a.cueText()))
                .singleElement().satisfies(a -> {
                    assertThat(a.sourceText()).isEqualTo("many farmers");
                    assertThat(slice(body, a.content())).isEqualTo("who");
                });
    }

    @Test
    void aGerundAfterByWithItsParticleReportsPastTheVerbsObject() {
        String body = "Jan Vell launched her campaign by talking about the pier.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the pier");
    }

    @Test
    void aSentenceOpenedByInSomeonesViewIsTheirView() {
        String body = "In Roe's view, the change would hurt the pier. In the end, the toll fell.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).sourceText()).startsWith("Roe");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the change would hurt the pier");
        assertThat(as.get(0).belief()).isTrue();
    }

    @Test
    void speakingOutOrUpAndTalkingUpTakeTheirParticles() {
        String body = "Jan Vell spoke out against the toll. Ada Roe talked up her plans for the pier.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Jan Vell", "Ada Roe");
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll", "her plans for the pier");
    }

    @Test
    void onBeforeATimeWordIsNoParticleOfTheCue() {
        String body = "Jan Vell agreed on Friday to drop the toll.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("to drop the toll");
    }

    @Test
    void aViewOpeningAnotherViewsContentIsPartOfIt() {
        String body = "Ada Vell thinks Jan Roe fears the pier will close.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("thinks");
        assertThat(slice(body, as.get(0).content())).isEqualTo("Jan Roe fears the pier will close");
        assertThat(attributions("Ada Vell believes, after the vote on Monday, Jan Roe told the board the pier would "
                + "close."))
                .extracting(Attribution::cueText).contains("believes", "told");
    }

    @Test
    void aParticipleAfterACommaAndAnAdverbTakesTheClausesSubject() {
        String body = "Despite her low standing in the polls, Vell had a reply ready, quickly reminding voters that the "
                + "toll was her idea.";
        assertThat(attributions(body)).filteredOn(a -> "reminding".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void aRelativeClauseOrParticiplePhraseWithCommasOfItsOwnDescribesTheNameBeforeIt() {
        String body = "Jan Vell, facing a tough challenge in Easton, a swing district, said she would welcome Roe. Ada "
                + "Roe, who lost her seat in Brill, Md., in July 2012, said that the toll was unfair.";
        assertThat(attributions(body)).filteredOn(a -> "said".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell", "Ada Roe");
    }

    @Test
    void aPrepositionalAsideBetweenSubjectAndCueIsNoSource() {
        assertThat(attributions("Jan Vell, in a rambling, sometimes angry speech, said the toll was unfair."))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell");
        assertThat(attributions("Ostland officials have, in fact, praised the plan for its fairness."))
                .extracting(Attribution::sourceText).singleElement().asString().endsWith("officials");
    }

    @Test
    void aPrepositionalPhraseAfterTheSubjectOrItsAuxiliaryIsNoSource() {
        assertThat(attributions("Jan Vell has in the past described Roe as a liar."))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell");
        assertThat(attributions("The farmers, who in the past have backed the toll, now oppose it."))
                .filteredOn(a -> "backed".equals(a.cueText())).extracting(Attribution::sourceText).containsExactly("who");
        assertThat(attributions("Vell was on the radio talking about the toll."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void aParticipleAfterAVerbsObjectAndItsPrepositionalPhrasesIsTheVerbSubjects() {
        assertThat(attributions("Ada Roe spent much of the week before the vote portraying Vell as a liar."))
                .extracting(Attribution::sourceText).containsExactly("Ada Roe");
    }

    @Test
    void theNameBeforeAPartyParenthesisAndAnAppositiveIsTheSource() {
        assertThat(attributions("Sen. Jan Roe (D-Ore.), also a candidate for governor, called the plan a scam."))
                .extracting(Attribution::sourceText).containsExactly("Sen. Jan Roe");
        assertThat(attributions("Rep. Ada Vell (R-Ost.), who has seen the memo but would say nothing about its authors, "
                + "agreed with the mayor.")).filteredOn(a -> "agreed".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Rep. Ada Vell");
    }

    @Test
    void aQuantifierFloatingAfterItsSubjectIsNoSource() {
        assertThat(attributions("Jan Vell and Ada Roe (D-Ost.) both condemned the toll plan."))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell and Ada Roe");
        assertThat(attributions("The farmers involved are all quick to point out that the toll is unfair."))
                .extracting(Attribution::sourceText).containsExactly("The farmers");
    }

    @Test
    void anOpeningTimePhraseIsNoSubjectForAParticipleAfterTheClause() {
        assertThat(attributions("Earlier this week, farmers from Brill also wrote to Vell, urging the council to drop the "
                + "toll.")).filteredOn(a -> "urging".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("farmers");
    }

    @Test
    void aParticipleAfterACoordinatedClauseTakesThatClausesSubject() {
        assertThat(attributions("It is a long shot, but Vell was in Easton on Tuesday, urging farmers to vote against the "
                + "toll.")).filteredOn(a -> "urging".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void theAgentOfAskedByIsTheAskerButSpeaksForNoPronoun() {
        String body = "Mayor Jan Vell was asked by a reporter whether the toll would rise. He said it would not.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("asked", "said");
        assertThat(as.get(0).sourceText()).isEqualTo("a reporter");
        assertThat(quotes(body)).extracting(Quote::speaker).containsExactly("Jan Vell");
    }

    @Test
    void whoMakesItClearHoldsTheViewAfterAnOpeningAdjunct() {
        assertThat(attributions("In an interview, Jan Vell made it clear that the toll would stay."))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell");
        assertThat(attributions("It is clear that the toll will stay.")).extracting(Attribution::source)
                .containsExactly((org.corroborate.model.Span) null);
    }

    @Test
    void accordingToAWorkNamesWhoMadeIt() {
        assertThat(attributions("The toll will rise, according to a count by the Ostland Herald."))
                .extracting(Attribution::sourceText).containsExactly("a count by the Ostland Herald");
        assertThat(attributions("According to a memo filed by Jan Roe, the toll will rise."))
                .extracting(Attribution::sourceText).containsExactly("a memo filed by Jan Roe");
    }

    @Test
    void aParticipleAfterACommaAndAPrepositionalPhraseTakesTheClausesSubject() {
        assertThat(attributions("Vell has battled with the guild over the toll, at one point calling the chairman a liar."))
                .filteredOn(a -> "calling".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aNameTheTaggerMadeAnAdverbOpensTheSentenceBeforeATimePhrase() {
        assertThat(attributions("Jan Vell spoke to the guild on Monday. Vell earlier Tuesday backed the plan to raise the "
                + "toll.")).filteredOn(a -> "backed".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aCoordinatedVerbTheTaggerMadeANounBeforeAnInfinitiveIsNoSource() {
        assertThat(attributions("Ada Roe has given to many candidates, but plans to narrow her support to one."))
                .filteredOn(a -> "support".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Ada Roe");
    }

    @Test
    void aByGerundPastTheVerbsObjectAndTimePhraseSpeaksForTheVerbsSubject() {
        assertThat(attributions("The Ostland guild countered on Friday by suggesting a later date for the vote."))
                .filteredOn(a -> "suggesting".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("The Ostland guild");
    }

    @Test
    void aQuantifierStandingForItsNounIsTheSource() {
        assertThat(attributions("One farmer backs Vell, while another says the toll should go."))
                .filteredOn(a -> "says".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("another");
        assertThat(attributions("Among the farmers, most are planning to back Roe."))
                .extracting(Attribution::sourceText).containsExactly("most");
        assertThat(attributions("None has offered a plan for the pier."))
                .extracting(Attribution::sourceText).containsExactly("None");
    }

    @Test
    void aQuantifierObjectOfAControlVerbIsTheInfinitivesSource() {
        assertThat(attributions("The pier opened late, leaving many to wonder whether the toll would rise."))
                .filteredOn(a -> "wonder".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("many");
    }

    @Test
    void allButBetweenTheSubjectAndTheCueSaysAlmost() {
        assertThat(attributions("In the spring, he all but begged the board to keep the pier open."))
                .extracting(Attribution::sourceText).containsExactly("he");
    }

    @Test
    void aQuantifierOfAPronounIsTheSource() {
        assertThat(attributions("Until the vote, most of them said they backed Roe."))
                .filteredOn(a -> "said".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("most of them");
    }

    @Test
    void aCoordinatedCueTakesTheSubjectAfterAnOpeningParticiple() {
        assertThat(attributions("Walking to the pier, Vell stopped at the gate, and said the toll would rise."))
                .filteredOn(a -> "said".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aCoordinatedProgressiveCueSharesTheSubject() {
        assertThat(attributions("The port officials are reviewing the permits and are considering a ban on new ones."))
                .filteredOn(a -> "considering".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("The port officials");
    }

    @Test
    void aGerundAfterDespiteOrUntilIsTheClauseSubjects() {
        assertThat(attributions("Despite challenging the chairman, Vell said he could work with the board."))
                .filteredOn(a -> "challenging".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void anEmphaticReflexiveAfterTheSubjectIsNoSubject() {
        assertThat(attributions("Then there is the matter that Vell herself has proposed a modest toll."))
                .filteredOn(a -> "proposed".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aNegatedAuxiliaryTheTaggerMadePunctuationIsSkipped() {
        assertThat(attributions("The Ostland Budget Office hasn’t endorsed the new toll."))
                .extracting(Attribution::sourceText).containsExactly("The Ostland Budget Office");
    }

    @Test
    void aPurposeInfinitiveAfterAQuotedTitleIsTheVerbSubjects() {
        assertThat(attributions("Roe appeared on “Ostland Today” to defend the toll."))
                .extracting(Attribution::sourceText).containsExactly("Roe");
    }

    @Test
    void aGerundAfterAPrepositionOfAVerbOrAdjectiveIsTheSubjects() {
        assertThat(attributions("Vell is keen on telling voters that the pier is safe."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void anInfinitiveAfterAnAmountIsTheHaverSays() {
        assertThat(attributions("In an interview, Vell had nothing bad to say about Roe."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void anInfinitiveAfterAnAdjectiveSetOffByACommaIsTheClauseSubjects() {
        assertThat(attributions("Then the farmers headed out, ready to tell the board that the toll was unfair."))
                .extracting(Attribution::sourceText).containsExactly("the farmers");
    }

    @Test
    void aCueCoordinatedInsideARelativeClauseTakesTheRelative() {
        assertThat(attributions("It was funny to watch Vell, who campaigned on the toll and sought Roe's endorsement."))
                .filteredOn(a -> "sought".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("who");
    }

    @Test
    void aCommonNounHeadingTheSourceSpeaksRatherThanTheNameAfterItsPreposition() {
        // the name still speaks for its works and for what it made: "a letter from Jan Vell", "a study by ..."
        List<Quote> qs = quotes("Supporters of Jan Vell said the ferry would run. A group of farmers with land in Easton said the pier "
                + "would close. A letter from Jan Vell said the fares would fall. An analysis by the Ostland Transit Institute "
                + "said that the fares would rise.");
        assertThat(containing(qs, "ferry would run").speaker()).isEqualTo("Supporters of Jan Vell");
        assertThat(containing(qs, "pier would close").speaker()).isEqualTo("A group of farmers with land in Easton");
        assertThat(containing(qs, "fares would fall").speaker()).isEqualTo("Jan Vell");
        assertThat(containing(qs, "fares would rise").speaker()).isEqualTo("Ostland Transit Institute");
    }

    @Test
    void aSubjectKeepsThePrepositionalPhrasesThatEndBeforeItsCue() {
        // the noun right before the cue is the object of a preposition, not the speaker
        List<Quote> qs = quotes("On Monday, officials in Easton said the pier would close. In May, a group of farmers "
                + "with land near the river sent a letter to the board urging it to delay the vote.");
        assertThat(containing(qs, "pier would close").speaker()).isEqualTo("officials in Easton");
        assertThat(containing(qs, "delay the vote").speaker()).isEqualTo("a group of farmers with land near the river");
    }

    @Test
    void aParticipleGivingANameReportsNothing() {
        List<Attribution> as = attributions("The mine was built near a mountain stream called Harlow Run. His nonprofit "
                + "group, called the Tesin Legacy Fund, will still own the land. The group called the plan a disaster.");
        assertThat(as).extracting(Attribution::cueText).containsExactly("called");
        assertThat(as.get(0).sourceText()).isEqualTo("The group");
    }

    @Test
    void aBeliefTheReporterAddsAfterAnInfinitiveEndsTheSpeech() {
        String body = "Vell vowed to keep the pier open and defended the guild.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("to keep the pier open", "the guild");
        assertThat(withContent(as, body, "the guild").sourceText()).isEqualTo("Vell");
    }

    @Test
    void aBeliefParticipleAfterACommaEndsTheSpeechBeforeIt() {
        String body = "Vell criticized the toll plan, defending the old ferry.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content())).containsExactly("the toll plan", "the old ferry");
    }

    @Test
    void aParticipleAfterADashEndsTheContentBeforeIt() {
        String body = "Vell declined to claim victory - saying that the count was slow.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("to claim victory", "the count was slow");
        assertThat(withContent(as, body, "the count was slow").sourceText()).isEqualTo("Vell");
    }

    @Test
    void statingReportsSpeech() {
        List<Quote> qs = quotes("Vell praised the plan, stating that the ferry would run all winter.");
        assertThat(containing(qs, "ferry would run").speaker()).isEqualTo("Vell");
        assertThat(containing(qs, "ferry would run").cue()).isEqualTo("stating");
    }

    @Test
    void aPageRubricBeforeAHeadlineColonIsNoSource() {
        assertThat(attributions("Breaking: Vell Wins The Harbor Vote In Ostland.")).isEmpty();
        assertThat(attributions("Roe: Vell Wins The Harbor Vote In Ostland.")).extracting(Attribution::sourceText)
                .containsExactly("Roe");
    }

    @Test
    void aStanceTowardABareIndefiniteObjectNamesNoOne() {
        assertThat(attributions("The guild has not endorsed a candidate.")).isEmpty();
        String body = "The guild has endorsed a toll on the bridge.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("a toll on the bridge");
    }

    @Test
    void aPapersOneLineNoteIsNoReport() {
        String body = "The ferry board met on Monday.\n\nEditor’s note: Jan Vell has long vowed to close the pier.";
        assertThat(attributions(body)).isEmpty();
        String longer = "The ferry board met on Monday.\n\nEditor’s note: An earlier version misstated the date. "
                + "Jan Vell vowed to close the pier.";
        assertThat(attributions(longer)).extracting(Attribution::sourceText).containsExactly("Jan Vell");
    }

    @Test
    void aParticipleRightAfterItsNounNamesWhoActedNotAStance() {
        assertThat(attributions("Vell read the letters published by the Ostland Herald on the pier.")).isEmpty();
        String body = "The toll was opposed by the farmers.";
        assertThat(attributions(body)).extracting(Attribution::sourceText).containsExactly("the farmers");
    }

    @Test
    void aRaceCalledForItsWinnerIsNoReport() {
        assertThat(attributions("Cheers rose when Ostland was called for Ada Roe.")).isEmpty();
        assertThat(attributions("The race was called on Tuesday night.")).isEmpty();
        assertThat(attributions("The toll bill, as the law is called, passed.")).hasSize(1);
    }

    @Test
    void aPlaceBeforeAColonHeadsAListAndSaysNothing() {
        assertThat(attributions("New Hampshire: Ada Roe, Jan Vell and Pia Ek.")).isEmpty();
        assertThat(attributions("Roe: Vell Wins The Harbor Vote.")).extracting(Attribution::sourceText)
                .containsExactly("Roe");
    }

    @Test
    void aPlainCueFormBeforeARoleAndANameModifiesTheRole() {
        assertThat(attributions("Andrews campaign manager Ada Roe said that the toll was unfair."))
                .extracting(Attribution::cueText).containsExactly("said");
    }

    @Test
    void aNameBeforeAnAppositiveRoleOfAnOrganizationIsTheSource() {
        // the person's name inside "of ..." (here a mis-typed organization) does not make the role phrase a name
        List<Quote> qs = quotes("Tom Vell, the president of Harbor Lookout, charged that the city hid the documents.");
        assertThat(containing(qs, "city hid the documents").speaker()).isEqualTo("Tom Vell");
    }

    @Test
    void anObjectRelativeAfterADashOrAWholeBeforeAClauseIsWhatItReports() {
        String dashed = "Roe turned against the toll bill - which she once supported - and voted no.";
        Attribution a = withContent(attributions(dashed), dashed, "which");
        assertThat(slice(dashed, a.content())).isEqualTo("which");
        assertThat(a.sourceText()).isEqualTo("she");
        String whole = "Vell took back everything she said.";
        Attribution b = withContent(attributions(whole), whole, "everything");
        assertThat(slice(whole, b.content())).isEqualTo("everything");
        assertThat(b.cueText()).isEqualTo("said");
    }

    @Test
    void anAsClauseClosingTheSentenceReportsTheClauseBeforeItsComma() {
        String body = "The ferry will stop running in May, as Roe said on Friday.";
        Attribution a = withContent(attributions(body), body, "ferry");
        assertThat(slice(body, a.content())).isEqualTo("The ferry will stop running in May");
        assertThat(a.sourceText()).isEqualTo("Roe");
        assertThat(attributions("The ferry will stop running in May, as Roe spoke to the crowd.")).isEmpty();
        String object = "The ferry will stop running, as Roe called for calm.";
        assertThat(attributions(object)).extracting(x -> slice(object, x.content())).containsExactly("calm");
    }

    @Test
    void aNameKnownAsAfterANounPhraseIsGivenByNobodyNamed() {
        String body = "The movement, also known as the Pier League, grew fast.";
        Attribution a = withContent(attributions(body), body, "Pier League");
        assertThat(slice(body, a.content())).isEqualTo("The movement, also known as the Pier League");
        assertThat(a.source()).isNull();
        assertThat(a.belief()).isTrue();
        String object = "Roe remembers Vell, known as Jan, as a friend.";
        assertThat(attributions(object)).extracting(x -> slice(object, x.content())).doesNotContain("Vell, known as Jan");
    }

    @Test
    void aCueTheTaggerMadeANounClosingAnAsClauseIsItsVerb() {
        String body = "The ferry tolls will fall next year, as some farmers hope.";
        Attribution a = withContent(attributions(body), body, "tolls");
        assertThat(slice(body, a.content())).isEqualTo("The ferry tolls will fall next year");
        assertThat(a.cueText()).isEqualTo("hope");
        assertThat(a.sourceText()).isEqualTo("some farmers");
    }

    @Test
    void aQuestionClosedByAnOpeningMarkIsTheAskersDirectQuote() {
        List<Quote> qs = quotes("Jan Vell looked up. “Will you sell the pier?“ she asked.");
        Quote q = containing(qs, "sell the pier");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.text()).isEqualTo("Will you sell the pier?");
        assertThat(q.speaker()).isEqualTo("Jan Vell");
    }

    @Test
    void aParticipleAfterADatelineWithADateGoesOnFromTheClauseSubject() {
        List<Quote> qs = quotes("EASTON, Dec. 8 (OPA) — In reply to the toll plan, Mayor Jan Vell rallied her supporters, "
                + "saying: “We have to stop it.”");
        assertThat(containing(qs, "stop it").speaker()).isEqualTo("Jan Vell");
    }

    @Test
    void aTimePhraseEndingInATimeWordIsNoParticiplesSubject() {
        List<Quote> qs = quotes("Hours later, Jan Vell returned the compliment, telling the Herald, “Roe is a fine man.”");
        assertThat(containing(qs, "fine man").speaker()).isEqualTo("Jan Vell");
    }

    @Test
    void aQuotationSplitByTheCueAndItsAddresseeGoesOnAfterTheComma() {
        List<Quote> qs = quotes("“We will fight,” Jan Roe told the Herald in March, “and we will win.”");
        Quote q = containing(qs, "we will win");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Jan Roe");
    }

    @Test
    void aMannerAdverbAndAdjunctsAfterTheCueOfAQuestionAreNoContent() {
        List<Quote> qs = quotes("“Will you sell the pier?” Jan Roe asked softly during the meeting.");
        Quote q = containing(qs, "sell the pier");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Jan Roe");
        assertThat(qs).noneMatch(x -> x.text().contains("during the meeting"));
    }

    @Test
    void aQuestionsStopGluedToItsClosingMarkStillPrecedesAnInvertedSpeaker() {
        List<Quote> qs = quotes("“Will you raise it?” asked Jan Roe, a partner at a harbor firm.");
        Quote q = containing(qs, "raise it");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Jan Roe");
    }

    @Test
    void aQuestionsStopGluedToItsClosingMarkStillPrecedesAMannerVerb() {
        List<Quote> qs = quotes("“Will you raise it?” Jan Roe grinned.");
        assertThat(containing(qs, "raise it").speaker()).isEqualTo("Jan Roe");
    }

    @Test
    void anAsideWhoseParticipleIsNoCueLeavesTheQuotationAfterItToTheCue() {
        List<Quote> qs = quotes("Jan Roe said, again using a thick accent, “Amen, brother!”");
        Quote q = containing(qs, "Amen, brother");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Jan Roe");
    }

    @Test
    void aHeadlinesSingleMarksAfterANameAndColonQuoteTheName() {
        List<Quote> qs = quotes("Vell: ‘We Will Rebuild The Pier.’\n\nJan Vell spoke in Easton on Monday.");
        Quote q = containing(qs, "Rebuild The Pier");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.speaker()).isEqualTo("Jan Vell");
    }

    @Test
    void aNounInARelativeClausesInfinitiveGivesWayToTheAntecedent() {
        assertThat(attributions("A harbor official who spoke anonymously to discuss internal matters said Wednesday, "
                + "“There are talks.”")).filteredOn(a -> "said".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("A harbor official");
    }

    @Test
    void aParticipleRightAfterTheSubjectModifiesIt() {
        assertThat(attributions("Another port source speaking to the Herald said, “The agents are looking at it.”"))
                .filteredOn(a -> "said".equals(a.cueText())).extracting(Attribution::sourceText)
                .containsExactly("Another port source");
    }

    @Test
    void coordinatedNamesSpeakTogether() {
        List<Quote> qs = quotes("Jan Vell and Ada Roe said that the pier would close. The Herald's Ian Brill said the "
                + "ferry would run.");
        assertThat(containing(qs, "pier would close").speaker()).isEqualTo("Jan Vell and Ada Roe");
        assertThat(containing(qs, "ferry would run").speaker()).isEqualTo("Ian Brill");
    }

    @Test
    void pointingAThingAtSomeoneAimsAndReportsNothing() {
        assertThat(attributions("The guard pointed the flare gun at the ferry before the crew fled.")).isEmpty();
        assertThat(attributions("Lind had tried to point it at the officers.")).isEmpty();
        assertThat(attributions("Vell pointed the finger at the toll board.")).extracting(Attribution::sourceText)
                .containsExactly("Vell");
        assertThat(attributions("Roe pointed out that the pier was closed.")).hasSize(1);
    }

    @Test
    void aTallyAddedOrPostedIsNoReport() {
        assertThat(attributions("Ada Vell added 12 points for the Larks.")).isEmpty();
        assertThat(attributions("Roe posted a season-best 29 points with eight rebounds.")).isEmpty();
        assertThat(attributions("Roe posted a game-high 31 points.")).isEmpty();
        assertThat(attributions("The guild added $20,000 to the ferry fund.")).isEmpty();
        assertThat(attributions("Lind added 200 jobs were lost.")).extracting(Attribution::sourceText)
                .containsExactly("Lind");
        assertThat(attributions("Vell posted a one-sided story about the toll.")).hasSize(1);
    }

    @Test
    void theAccusedBeforeAccusedOfIsNoSource() {
        String body = "A man accused of robbing the Ostland ferry office appeared in court on Monday.";
        assertThat(attributions(body)).extracting(a -> a.sourceText() + "|" + slice(body, a.content()) + "|" + a.belief())
                .containsExactly("null|robbing the Ostland ferry office|true");
        assertThat(quotes("The trial of Jan Vell, the teen accused of shooting at the ferry, opened.")).isEmpty();
        assertThat(quotes("The woman charged with arson in Easton left the court.")).isEmpty();
        assertThat(attributions("Roe accused Vell of lying.")).extracting(Attribution::sourceText)
                .containsExactly("Roe");
    }

    @Test
    void aParticipleAfterAnArticleModifiesItsNoun() {
        assertThat(attributions("An estimated 900 people marched through Easton.")).isEmpty();
        assertThat(attributions("The alleged forger was held in Easton.")).isEmpty();
        assertThat(attributions("Vell estimated that 900 people marched.")).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aPhoneCallIsNoReport() {
        assertThat(attributions("Ada Lind called 911 when she saw the smoke over the pier.")).extracting(Attribution::cueText)
                .doesNotContain("called");
        assertThat(attributions("A neighbor called 911.")).isEmpty();
        assertThat(attributions("Vell called Roe a liar.")).extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("Roe called the plan bold.")).hasSize(1);
    }

    @Test
    void livesClaimedAreDeathsNotClaims() {
        assertThat(attributions("The storm claimed two lives in Easton.")).isEmpty();
        assertThat(attributions("The fire claimed the life of a ferryman.")).isEmpty();
        assertThat(attributions("Roe claimed the toll was unfair.")).extracting(Attribution::sourceText)
                .containsExactly("Roe");
    }

    @Test
    void aDayOpeningTheSentenceIsNoPartOfTheSource() {
        assertThat(attributions("Today the guild announced it would close the pier.")).extracting(Attribution::sourceText)
                .containsExactly("the guild");
        assertThat(attributions("Yesterday a neighbor said the pier was closed.")).extracting(Attribution::sourceText)
                .containsExactly("a neighbor");
    }

    @Test
    void pushingABodyOrAThingIsNoStance() {
        assertThat(attributions("Workers hid behind a table pushed up against the door.")).isEmpty();
        assertThat(attributions("Lind pushed her way to the pier.")).isEmpty();
        assertThat(attributions("The marchers were pushed back by police.")).isEmpty();
        assertThat(attributions("Vell pushed for a vote on the toll.")).extracting(Attribution::sourceText)
                .containsExactly("Vell");
    }

    @Test
    void aCoordinatedCueTakesTheSubjectOfTheClauseItJoins() {
        String body = "As the crowd began to leave, Vell was joined by Roe and said that the toll would fall.";
        assertThat(attributions(body)).extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("The hall grew quiet when Vell took the stage and said that the toll would fall."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void aDatelineWithADateOrALowerCaseCityIsNoSubject() {
        assertThat(attributions("The harbor vote.\n\nOSTBURG, Dec. 8 (UPI) — In reply to the toll, Ada Roe rallied "
                + "farmers, saying the plan was unfair.")).extracting(Attribution::sourceText)
                .containsExactly("Ada Roe");
        assertThat(attributions("The harbor vote.\n\nNew Ostburg (AFP) – Ada Roe took a swipe at Vell, saying the "
                + "toll is unfair.")).extracting(Attribution::sourceText).containsOnly("Ada Roe");
    }

    @Test
    void aTimeSpeaksForNoOneTheClauseSubjectDoes() {
        assertThat(attributions("This year, Vell rose to the defense of Roe, saying the toll was fair."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("Vell has spent nearly all of her time responding to Roe's claims."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("Vell did not at any time Thursday mention the toll."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void anObjectGoingOnIntoTheClauseIsNoInvertedSpeaker() {
        String body = "But Vell has also promised to widen the pier, opposed the toll plan and outstripped Roe's "
                + "budget.";
        assertThat(attributions(body)).filteredOn(a -> a.cueText().equals("opposed"))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void aTimeOrDateOpeningTheSentenceIsNoSubject() {
        assertThat(attributions("The harbor vote.\n\nHours later, Ada Roe returned the compliment to Vell, telling "
                + "farmers that he was right.")).extracting(Attribution::sourceText).containsExactly("Ada Roe");
        assertThat(attributions("The harbor vote.\n\nBut a few days later, Vell reversed himself again, telling the "
                + "Herald that the toll was fair.")).extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("The harbor vote.\n\nAug 27 (Reuters) - Ada Roe on Saturday gave her first talk since "
                + "accepting the party's nomination.")).extracting(Attribution::sourceText).containsExactly("Ada Roe");
    }

    @Test
    void aParticipleAfterASubordinateClauseGoesOnFromItsSubject() {
        assertThat(attributions("The fight erupted two months after Vell entered the race with harsh words about "
                + "farmers, calling them lazy.")).extracting(Attribution::sourceText).containsExactly("Vell");
        assertThat(attributions("Roe was defensive when asked about a builder who said he was stiffed after he built "
                + "a shed, saying that the work was poor.")).filteredOn(a -> a.cueText().equals("saying"))
                .extracting(Attribution::sourceText).doesNotContain("he");
    }

    @Test
    void anAttackOnAVesselOrABuildingIsForceNotWords() {
        List<Attribution> as = attributions("Pirates attacked two merchant vessels off the coast. Crews attacked the "
                + "fire from all sides. Youths attacked dozens of police stations and attacked guards with rocks. "
                + "Vell attacked the toll plan as reckless.");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void relativePronounSpeaksForTheNounPhraseJustBeforeIt() {
        // a firm named in a phrase attached to an analyst is no "who"; the analyst set off after a name is that person
        List<Quote> qs = quotes("The pier deal drew praise from Hal Vesk, an analyst at Ostbank, who said the guild had won.");
        assertThat(containing(qs, "guild had won").speaker()).isEqualTo("Hal Vesk");
        // a common noun before "who" speaks as written, not a name earlier in the sentence
        qs = quotes("Jan Roe's toll plan alarmed the ferry pilots, who said the fees would ruin them.");
        assertThat(containing(qs, "fees would ruin").speaker()).isEqualTo("the ferry pilots");
        // a person named in a phrase headed by another noun is still the antecedent
        qs = quotes("The rise of Ada Lind, who said the guild would fold, surprised the council.");
        assertThat(containing(qs, "guild would fold").speaker()).isEqualTo("Ada Lind");
        // a contracted pronoun and verb before the phrase belong to the main clause, not to the antecedent
        qs = quotes("In Easton, he’s the pilot who warned that the harbor would flood.");
        assertThat(containing(qs, "harbor would flood").speaker()).isEqualTo("the pilot");
    }

    @Test
    void aClauseOnlyVerbWithACompoundOrModifiedObjectIsAnAct() {
        assertThat(attributions("Ada Vell maintained his double-digit lead over Jan Roe in the harbor race.")).isEmpty();
        assertThat(attributions("Jan Roe maintains a floating array of advisers around the pier.")).isEmpty();
        assertThat(attributions("The farmers have maintained this faith for a decade.")).isEmpty();
        assertThat(attributions("Can Vell maintain the zeal of farmers who were new to the guild?")).isEmpty();
    }

    @Test
    void adviseWithAClientAndNoAdviceIsAJob() {
        assertThat(attributions("Jan Vell, a pollster who advised Ada Roe in 2008, runs the Ostland Guild.")).isEmpty();
        assertThat(attributions("Vell now advises the Ostland Guild on mergers of harbor firms.")).isEmpty();
        assertThat(attributions("Vell advised Ada Roe to wait for the vote."))
                .extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void speakingWithNothingSpokenOfReportsNothing() {
        assertThat(attributions("Ada Roe spoke for about an hour in Easton.")).isEmpty();
        assertThat(attributions("Jan Vell speaks fluent Ostish and some Varnan.")).isEmpty();
        assertThat(attributions("Ada Roe spoke up about the toll in Easton."))
                .extracting(Attribution::sourceText).containsExactly("Ada Roe");
        assertThat(attributions("Jan Vell spoke movingly of the flood.")).extracting(Attribution::sourceText)
                .containsExactly("Jan Vell");
    }

    @Test
    void pushingAThingOrAPersonSomewhereIsNoStance() {
        assertThat(attributions("Jan Vell pushed the harbor vote to the spring.")).isEmpty();
        assertThat(attributions("The toll fight pushed Ada Roe into an awkward spot.")).isEmpty();
        assertThat(attributions("Jan Vell pushed ahead.")).isEmpty();
        assertThat(attributions("Jan Vell pushed the guild to act on the toll.")).extracting(Attribution::sourceText)
                .containsExactly("Jan Vell");
    }

    @Test
    void aRetortReportsTheWordsAfterIt() {
        assertThat(attributions("Ada Roe fired back that the toll was fair.")).extracting(Attribution::cueText)
                .containsExactly("fired back");
        assertThat(attributions("Ada Roe fired back in March.")).isEmpty();
        assertThat(attributions("Jan Vell shot back with a curt statement.")).isEmpty();
    }

    @Test
    void aThinkTankAndAnInfinitiveLeftOutReportNothing() {
        assertThat(attributions("Jan Vell runs the Ostland Forum, a conservative think tank in Easton.")).isEmpty();
        assertThat(attributions("Farmers could sell any crop they wanted to.")).isEmpty();
        assertThat(attributions("Ada Roe wanted to close the pier.")).extracting(Attribution::sourceText)
                .containsExactly("Ada Roe");
    }

    @Test
    void callingAPersonWithNothingSaidOfThemIsAPhoneCall() {
        assertThat(attributions("A year later, Jan Vell called Ada Roe.")).isEmpty();
        assertThat(attributions("Jan Vell called Ada Roe shortly after the vote.")).isEmpty();
        assertThat(attributions("Jan Vell called Ada Roe and asked her to run for the board."))
                .extracting(Attribution::cueText).containsExactly("asked");
        assertThat(attributions("Jan Vell called Ada Roe a liar.")).extracting(Attribution::cueText)
                .containsExactly("called");
    }

    @Test
    void aContrastingClauseWithASubjectAndAReportOfItsOwnEndsTheContent() {
        String body = "Most farmers in Ostburg said the toll was fair, while 9 percent found it too high.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the toll was fair", "it too high");
        String semicolon = "Vell said she backs the pier; Roe believes a new bridge is needed.";
        assertThat(attributions(semicolon)).extracting(a -> slice(semicolon, a.content()))
                .containsExactly("she backs the pier", "a new bridge is needed");
        String bare = "Vell says the pier should stay open while most farmers believe it should close.";
        assertThat(attributions(bare)).extracting(a -> slice(bare, a.content()))
                .containsExactly("the pier should stay open", "it should close");
    }

    @Test
    void aParticipleWithASubjectOfItsOwnAfterWithEndsTheContent() {
        String body = "The Ostburg Herald denied the report, with Roe calling it a fabrication.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the report", "it a fabrication");
        String poll = "Ostburg farmers said the toll was unfair, with 40 percent saying it should be scrapped.";
        assertThat(attributions(poll)).extracting(a -> slice(poll, a.content()))
                .containsExactly("the toll was unfair", "it should be scrapped");
    }

    @Test
    void aQuotedObjectRightAfterTheCueOpensTheContentNotItsClosingMark() {
        String body = "Vell would denounce “self-rule,” which is like a gift to Roe.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("“self-rule,” which is like a gift to Roe");
        String banner = "One banner read “roeforharbor.org,” a website run by the Harbor Guild.";
        assertThat(attributions(banner)).extracting(a -> slice(banner, a.content()))
                .allMatch(c -> c.startsWith("“roeforharbor.org"));
    }

    @Test
    void aBeliefParticipleBeforeAnInfinitiveIsAPassiveWithoutItsHolder() {
        String body = "The old Ostburg mill is not expected to close until 2030, giving workers time to prepare.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("The old Ostburg mill is not expected to close until 2030, giving workers time to prepare");
        assertThat(as.get(0).source()).isNull();
        // "supposed to" is a duty, not a view
        assertThat(attributions("Vell is supposed to open the pier.")).noneMatch(a -> a.source() == null);
    }

    @Test
    void aContrastingClauseOpensBeforeTheQuantityItsSourceEnds() {
        String body = "More than half of farmers said the toll was fair, while about 6 in 10 fishermen said it was too high.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .containsExactly("the toll was fair", "it was too high");
    }

    @Test
    void aQuotationAfterAnAddingParticipleGoesOnWithWhatWasAdded() {
        String body = "“The pier must stay open,” Vell said, adding that she had fought for the harbor as mayor. “A leader "
                + "must fight for what she believes in.”";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "The pier must").content())).doesNotContain("A leader");
        assertThat(slice(body, withContent(as, body, "fought for the harbor").content())).contains("A leader must fight");
        assertThat(quotes(body)).allMatch(q -> "Vell".equals(q.speaker()));
    }

    @Test
    void anInvertedSourceWithItsPhrasesOrAPossessiveClosesTheSentence() {
        List<Quote> qs = quotes("The town grew quiet.\nThe pier will close in May, said Ada Roe of the guild.\n"
                + "The ferry sank near Easton, Ostland, on Monday morning, said a spokesman for the harbor.\n"
                + "The driver had been angry for weeks, said his sister.");
        assertThat(containing(qs, "pier will close").speaker()).isEqualTo("Ada Roe of the guild");
        assertThat(containing(qs, "ferry sank").speaker()).isEqualTo("a spokesman for the harbor");
        assertThat(containing(qs, "angry for weeks").speaker()).isEqualTo("his sister");
        assertThat(qs).extracting(Quote::text).doesNotContain("Ada Roe of the guild", "a spokesman for the harbor",
                "his sister");
    }

    @Test
    void aDateOrTimeAloneIsAPageStampNotAQuote() {
        List<Quote> qs = quotes("Ferry sinks off Easton\nPUBLISHED: THURSDAY, MAY 2, 2031, 1:32 PM\n"
                + "Posted Oct 26, 2031 8:57 AM CDT\nThe ferry sank at dawn, said Ada Roe.");
        assertThat(qs).extracting(Quote::text).containsExactly("The ferry sank at dawn");
    }

    @Test
    void aPhoneNumberOrANumberDialedIsACallNotAReport() {
        List<Quote> qs = quotes("Police ask anyone who saw the fire to call the harbor desk at 555-0199. "
                + "Witnesses can call the tip line anonymously on 0800 555111. A neighbor called 911 to report it. "
                + "Vell called the toll plan a \"new low\" on 9/11.");
        assertThat(qs).filteredOn(q -> q.cue() != null && q.cue().startsWith("call")).extracting(Quote::text)
                .containsExactly("the toll plan a \"new low\" on 9/11");
    }

    @Test
    void aSourceAfterTheCommaKeepsTheTitleOrModifierTheTaggerBroke() {
        List<Quote> qs = quotes("Ada Vell died Thursday of pneumonia at an Easton area hospital, longtime agent Tom Roe "
                + "said.\nDeputy Jan Osk had gone to the pier to speak to a witness when he was attacked, Undersheriff "
                + "Ivo Brandt told reporters Friday night.");
        assertThat(containing(qs, "died Thursday").speaker()).isEqualTo("Tom Roe");
        assertThat(containing(qs, "had gone to the pier").speaker()).isEqualTo("Ivo Brandt");
    }

    @Test
    void asManyAsOpensTheReportedClausesSubject() {
        List<Quote> qs = quotes("Firefighters said as many as 20 people had been inside the ferry office. Police said "
                + "as few as three boats had left.");
        assertThat(qs).extracting(Quote::text).containsExactly("as many as 20 people had been inside the ferry office",
                "as few as three boats had left");
    }

    @Test
    void aRelativeClauseOnTheSubjectHoldsNoSource() {
        List<Quote> qs = quotes("A resident who lives in a nearby apartment block told the Herald that he heard no shots. "
                + "A woman who lives across the street from the scene of the fire told the Herald that Vell was calling out.");
        assertThat(containing(qs, "heard no shots").speaker()).isEqualTo("A resident");
        assertThat(containing(qs, "calling out").speaker()).isEqualTo("A woman");
    }

    @Test
    void anArticleAfterTheSourceOfAccordingToOpensTheClause() {
        List<Quote> qs = quotes("According to Easton police an officer arrived at the pier after receiving a call.");
        Quote q = containing(qs, "arrived at the pier");
        assertThat(q.speaker()).isEqualTo("Easton police");
        assertThat(q.text()).startsWith("an officer arrived");
    }

    @Test
    void typewriterMarksOpeningAndACurlyMarkClosingLeaveNoStrayMark() {
        List<Quote> qs = quotes("The harbor vote.\n''The fall was unsurvivable,\u201d Inspector Ivo Brandt said.");
        Quote q = containing(qs, "unsurvivable");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.text()).isEqualTo("The fall was unsurvivable,");
    }

    @Test
    void whoStandsForAPersonNeverForAPlaceFurtherBack() {
        List<Quote> qs = quotes("The harbor vote.\nHe later drove to Easton, Ostland, where he met a woman who says she "
                + "talked Vell into leaving.");
        // the noun phrase just before "who" speaks, never the place further back
        assertThat(containing(qs, "talked Vell").speaker()).isEqualTo("a woman");
    }

    @Test
    void hereOrThereAfterTheCueIsAPlaceNotTheContent() {
        List<Quote> qs = quotes("The raiders had surrounded the ferry when the patrol boat intervened, a harbor spokesman "
                + "said here Friday.");
        assertThat(qs).extracting(Quote::text).containsExactly(
                "The raiders had surrounded the ferry when the patrol boat intervened");
    }

    @Test
    void aBareStemBetweenASingularNounAndANounModifiesIt() {
        List<Quote> qs = quotes("The daytime talk show host follows Jan Vell, whose hosting of the gala was divisive. "
                + "Ada Roe of a progressive think tank praised the pier. The women say the toll is unfair.");
        assertThat(qs).extracting(Quote::cue).doesNotContain("talk", "think").contains("say");
    }

    @Test
    void aFiniteViewInsideAViewIsTheHoldersAccountUnlessItOpensAnAdverbialClause() {
        assertThat(attributions("Ada Roe suspects most farmers distrust the new toll plan."))
                .extracting(Attribution::cueText).containsExactly("suspects");
        assertThat(attributions("Ada Roe backs the toll plan because she fears the old pier will close."))
                .extracting(Attribution::cueText).containsExactly("backs", "fears");
    }

    @Test
    void aStanceNounInsideAViewIsTheHoldersAccount() {
        assertThat(attributions("Ada Roe backed away from a suggestion that she might cover the legal costs."))
                .extracting(Attribution::cueText).containsExactly("backed away from");
    }

    @Test
    void aViewAfterWhetherInsideAViewIsTheHoldersAccount() {
        assertThat(attributions("Ada Roe declined to say whether she supports the toll plan."))
                .extracting(Attribution::cueText).containsExactly("declined");
    }

    @Test
    void aViewInsideAStanceAdjectivesContentIsTheHoldersAccount() {
        assertThat(attributions("Ada Roe is wary of a guild that opposes the new pier."))
                .extracting(Attribution::cueText).containsExactly("wary");
    }

    @Test
    void aSpeechGerundAfterWithAndItsOwnSubjectIsAReportOfItsOwn() {
        assertThat(attributions("Most voters shrugged off the vote, with many farmers saying the toll was fair."))
                .extracting(Attribution::sourceText).containsExactly("Most voters", "many farmers");
    }

    @Test
    void aFiniteSpeechReportNearTheOuterSpeechVerbIsTheOuterSpeakersAccount() {
        assertThat(attributions("Ada Roe said that in May the guild told farmers the toll would fall."))
                .extracting(Attribution::cueText).containsExactly("said");
    }

    @Test
    void aFiniteSpeechReportNearTheVerbOfAViewIsTheHoldersAccount() {
        assertThat(attributions("Ada Roe doubts the guild told farmers the toll would fall."))
                .extracting(Attribution::cueText).containsExactly("doubts");
    }

    @Test
    void aFiniteSpeechReportNearAStanceAdjectiveIsTheHoldersAccount() {
        assertThat(attributions("Ada Roe is sure that in May the guild told farmers the toll would fall."))
                .extracting(Attribution::cueText).containsExactly("sure");
    }

    @Test
    void aVerbOfThinkingOrFindingClosingItsSentenceReportsTheClauseBeforeIt() {
        String body = "The new toll could drive the ferry pilots away, some of the farmers believe. "
                + "The harbor has lost money for a decade, a guild study found.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("believe", "found");
        assertThat(slice(body, as.get(0).content())).isEqualTo("The new toll could drive the ferry pilots away");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("some of the farmers", "a guild study");
    }

    @Test
    void aPlainCueFormTheTaggerMadeANounAfterAPluralSubjectTakesItsParticleOrWhether() {
        assertThat(attributions("Ostburg pilots complain of the new toll. "
                + "Some pilots contemplate whether the pier can stay open."))
                .extracting(Attribution::cueText).containsExactly("complain", "contemplate");
    }

    @Test
    void aCueFormTheTaggerMadeAnAdjectiveOrAdverbAfterAModalOrASubjectIsTheVerb() {
        assertThat(attributions("Jan Roe and Ada Vell may blame trade deals for the toll. "
                + "Ostburg farmers back him by almost 20 points. Harbor towns like Easton lost ferries."))
                .extracting(Attribution::cueText).containsExactly("blame", "back");
    }

    @Test
    void aGerundAfterInThatTheTaggerMadeANounIsTheSubjectsReport() {
        assertThat(attributions("Jan Vell was magnanimous in declaring victory on Tuesday night. "
                + "Ada Roe has gone as far as Vell in chiding Ostburg."))
                .extracting(Attribution::sourceText).containsExactly("Jan Vell", "Ada Roe");
    }

    @Test
    void verbsOfInsultCoinageBalkingAndSparringAreStances() {
        assertThat(attributions("Ada Roe ticked off a list of harbor repairs. The pilots balked at paying the toll. "
                + "Jan Vell and Ada Roe sparred over the ferry budget. Many farmers are enamored of the plan. "
                + "Roe insulted the guild. Vell articulated a vision for the pier."))
                .extracting(Attribution::cueText)
                .containsExactly("ticked off", "balked at", "sparred over", "enamored", "insulted", "articulated");
    }

    @Test
    void verbsOfReckoningExplainingAndSavagingAreStances() {
        assertThat(attributions("Ada Roe savaged the toll plan. The harbor office calculates that the toll will raise "
                + "2 million. Jan Vell spelled out her plan for the pier. Vell took a swipe at the guild."))
                .extracting(Attribution::cueText).containsExactly("savaged", "calculates", "spelled out", "took a swipe at");
    }

    @Test
    void phrasalStancesOfRetractingAndRallyingAreBeliefs() {
        assertThat(attributions("Ada Roe later walked back her comments on the toll. The farmers lined up behind Jan Vell. "
                + "Vell is standing by the toll plan."))
                .extracting(Attribution::cueText).containsExactly("walked back", "lined up behind", "standing by");
    }

    @Test
    void aQuotationInTheParagraphAfterABeliefIsARelationOfItsOwn() {
        String body = "Most farmers in Ostburg are upbeat about the harvest, in part because Ada Roe sees Jan Vell "
                + "as a builder.\n\n\u201cNot only can Jan Vell fix the pier, he is the one with the best plan for the "
                + "harbor.\u201d\n\nThe vote is in May.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content()))
                .contains("Jan Vell as a builder",
                        "Not only can Jan Vell fix the pier, he is the one with the best plan for the harbor.");
    }

    @Test
    void anInfinitiveWithoutItsObjectAfterAZeroRelativeReportsOnTheNounBeforeIt() {
        String body = "The vote in Ostburg is her last shot at an office she has wanted to hold since she was a girl.";
        assertThat(attributions(body)).extracting(a -> slice(body, a.content())).containsExactly("an office");
    }

    @Test
    void aStanceNounRestatingTheVerbsContentIsNoSecondRelation() {
        assertThat(attributions("In Ostburg, Ada Roe rejected the notion that the new toll was unfair to farmers."))
                .extracting(Attribution::cueText).containsExactly("rejected");
    }

    @Test
    void aCueWordInsideAnotherReportsSourceIsPartOfThatSource() {
        assertThat(attributions("The Vell campaign thinks it has sliced into her lead by winning younger voters. "
                + "Ostburg guild spokeswoman Hope Lind said in a statement that the pier would reopen in May."))
                .extracting(Attribution::cueText).containsExactly("thinks", "said");
    }

    @Test
    void aNounSummingUpTheClauseBeforeItIsWhatTheClauseOnItViews() {
        String body = "The Ostburg guild now relies on the toll to pay a fifth of its costs, an arrangement the "
                + "farmers have criticized. Roe told the Herald that the toll was fair, a point Vell also acknowledged "
                + "to the Herald.";
        assertThat(attributions(body)).extracting(a -> a.cueText() + ": " + slice(body, a.content()))
                .contains("criticized: an arrangement", "acknowledged: a point");
    }

    @Test
    void anInvertedSourceTheTaggerBrokeIsStillTheSpeaker() {
        // ("Stirling/VERB", "Fielding/VERB", "printed/VERB" before a name, "Green/NOUN": tagger slips)
        assertThat(quotes("The pier is ''not a ruin,'' said Mr. Stirling, but he has a reputation as a careful skipper."))
                .extracting(Quote::speaker).containsExactly("Stirling");
        assertThat(quotes("\"The toll is a fraud, it is all a fraud,\" says Fielding, who is director of the Ostland Harbor Guild."))
                .extracting(Quote::speaker).containsExactly("Fielding");
        assertThat(quotes("“Senator Vell thanks all of his supporters at the convention,” said the printed Vell slate card."))
                .extracting(Quote::speaker).containsExactly("the printed Vell slate card");
        assertThat(quotes("Some tolls are difficult to justify, while others aren't meaningful to the farmers, said Jan Green, "
                + "a harbor pilot in Salem.")).extracting(Quote::speaker).containsExactly("Jan Green");
    }

    @Test
    void aQuotationAfterAColonClosingAClauseIsWhatItsSubjectSaid() {
        assertThat(quotes("The vote was close. Then Ada Roe added a caveat: “Down the coast, I will vote for anyone who "
                + "shares his values.”")).extracting(Quote::text, Quote::speaker).containsExactly(org.assertj.core.groups.Tuple
                .tuple("Down the coast, I will vote for anyone who shares his values.", "Ada Roe"));
        assertThat(quotes("Vell spoke on Tuesday. In a radio interview later that day, Vell went even further: “If he loses, "
                + "it is the end of his career.”")).extracting(Quote::speaker).containsExactly("Vell");
        // (two words after the colon name something: no quote)
        assertThat(quotes("Thanks to his latest act, Jan Vell can add a new title to his resume: “harbor poet.”")).isEmpty();
    }

    @Test
    void aVerbTheTaggerTookIntoTheSubjectStillClosesTheClauseBeforeAColon() {
        // ("affirms/NOUN", "One/PRON tweet/PRON said")
        assertThat(quotes("The rule is old. Article 12 affirms: “No port shall expel a ferry in any manner whatsoever.”"))
                .extracting(Quote::speaker).containsExactly("Article 12");
        assertThat(quotes("The vote was close. One tweet said: “This is very very sad.”"))
                .extracting(Quote::text).containsExactly("This is very very sad.");
    }

    @Test
    void anAsideBetweenTheSubjectAndItsVerbBeforeAColonIsSkipped() {
        assertThat(quotes("The port was quiet. The Vell campaign, in a note on the toll controversy, worded it even more "
                + "carefully: \"The toll was always meant to be temporary and fair.\"")).extracting(Quote::speaker)
                .containsExactly("Vell campaign");
    }

    @Test
    void saidTaggedAnAuxiliaryIsStillTheCue() {
        // ("said/AUX onstage/ADP": a tagger slip)
        assertThat(quotes("“I started the guild because I love the port,” Ada Bond said onstage Tuesday night."))
                .extracting(Quote::speaker).containsExactly("Ada Bond");
    }

    @Test
    void calledAfterANounAnIndefiniteOpensNamesIt() {
        assertThat(quotes("The harbor is calm, said Ada Roe, the founder of a Facebook group called Occupy Ostland, which has "
                + "more than 25,000 members.")).extracting(Quote::cue).containsExactly("said");
        assertThat(quotes("Voters were targeted by conservative groups, including one PAC called Stop Vell and another "
                + "affiliated with the guild.")).isEmpty();
        assertThat(quotes("The guild hired a firm called Harbor Analytica, which is owned by a donor, and another called i360, "
                + "which is owned by the Kell brothers.")).isEmpty();
        assertThat(quotes("A new group called Black Ferries Matter, led by strategists based in Salem, is trying to raise money."))
                .isEmpty();
        // (a subject inside the sentence calls: "; one lawmaker called Vell ...")
        assertThat(quotes("That plan prompted the council to call a debate; one lawmaker called Vell \"the orange prince of "
                + "the harbor.\"")).extracting(Quote::cue).contains("called");
    }

    @Test
    void aClauseWithoutThatAfterAPrepositionalAdjunctIsTheContent() {
        assertThat(quotes("The guild said in a statement Thursday night they pulled the listing from the site."))
                .extracting(Quote::text).containsExactly("they pulled the listing from the site");
        assertThat(quotes("Roe wrote in both listings he was \"honored and humbled\" to announce the sale of the boat."))
                .extracting(Quote::text).containsExactly("he was \"honored and humbled\" to announce the sale of the boat");
        // (after "of" the clause describes what is talked about)
        assertThat(quotes("Vell spoke in Salem. Asked about the toll, Vell said of the plan she drew up last year."))
                .extracting(Quote::text).doesNotContain("she drew up last year");
    }

    @Test
    void aNameTheTaggerMadeAnAdjectiveBeforeANounCueAfterAQuotationIsItsSource() {
        // ("Varrow/ADJ notes/NOUN")
        List<Quote> qs = quotes("“Vell is our best debater,” he says.  “Vell is there in terms of having the same positions on "
                + "issues of importance to farmers,” Varrow notes.  Varrow is upbeat.");
        assertThat(containing(qs, "same positions").speaker()).isEqualTo("Varrow");
        assertThat(containing(qs, "same positions").cue()).isEqualTo("notes");
    }

    @Test
    void aQuoteOnlyCueRightAfterAQuotationTakesTheInvertedSourceAfterIt() {
        assertThat(quotes("“This is fantastic!” beamed Ada Roe of Salem, Ostland, who attended with her son."))
                .extracting(Quote::text, Quote::cue).containsExactly(org.assertj.core.groups.Tuple.tuple("This is fantastic!",
                        "beamed"));
        assertThat(quotes("“In writing her speech, Ada worked with her team,” read the statement, which was attributed to Roe."))
                .extracting(Quote::speaker).containsExactly("the statement");
    }

    @Test
    void aTitleAndANameWithAParticleBetweenTheCommaAndANounTaggedCueAreItsSource() {
        // ("reports/NOUN" after "Ostland newspaper Correio de Salem")
        assertThat(quotes("Silva, a husband and father of four, was a civil engineer based in Salem, Ostland, Ostland newspaper "
                + "Correio de Salem reports. Mohammed left.")).extracting(Quote::speaker)
                .containsExactly("Ostland newspaper Correio de Salem");
    }

    @Test
    void theClauseNearestAColonOrAPassiveAgentBeforeItSpeaks() {
        assertThat(attributions("Jan Roe grew so upset that I had to change my answer: “Of course I trust the ferry "
                + "guild.”")).extracting(Attribution::sourceText).containsExactly("I");
        assertThat(attributions("The toll problem is captured by this harbor survey: “Nine of ten pilots pay the fee "
                + "twice.”")).extracting(Attribution::sourceText).containsExactly("this harbor survey");
        // (a pronoun after "whom" belongs to a relative clause, not to the clause before the colon)
        assertThat(attributions("Vell toured the pier with the mayor, whom we met in May, before the vote: “She always "
                + "keeps the harbor open.”")).extracting(Attribution::sourceText).containsExactly("Vell");
    }

    @Test
    void aPartyAndStateInBracketsBetweenTheNameAndTheCueAfterAQuotation() {
        assertThat(quotes("“She would be a great senator,” Rep. Nell Ward (D-Md.) said in a phone interview."))
                .extracting(Quote::speaker).containsExactly("Nell Ward");
        assertThat(quotes("“The pier stays open,” Ward (R) told reporters.")).extracting(Quote::speaker)
                .containsExactly("Ward");
    }

    @Test
    void aProgressiveOrAPastTenseAfterAnAsideTaggedAnAdjectiveIsTheCue() {
        // ("challenging/ADJ" after "is"; "chided/ADJ", "expressed/ADJ" after a subject's aside between commas)
        assertThat(attributions("Nell Ward is challenging Mayor Tom Vell for the harbor seat in the Ostland Senate."))
                .extracting(Attribution::cueText).containsExactly("challenging");
        assertThat(attributions("Port Director Ada Roe, with open delight, chided Vell for raising questions about the ferry "
                + "tolls.")).extracting(Attribution::cueText).containsExactly("chided");
        assertThat(attributions("The guild, for its part, expressed confidence it was holding the better hand."))
                .extracting(Attribution::cueText).containsExactly("expressed");
    }

    @Test
    void aQuotationAfterANounOfChantingIsWhatWasChanted() {
        assertThat(attributions("But their chants of “Vell! Vell! Vell!” were cut short when the ferry horn sounded."))
                .extracting(Attribution::sourceText, Attribution::cueText).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("their", "chants"));
        assertThat(attributions("The mayor was met with cries of “Open the pier!” as she walked in."))
                .extracting(Attribution::cueText).containsExactly("cries");
        // (after "VERB with" the subject chanted)
        assertThat(attributions("Roe's fans answered with chants of “Vell! Vell!” until she spoke."))
                .extracting(Attribution::sourceText).containsExactly("Roe's fans");
    }

    @Test
    void anIngCueTaggedANounAfterACommaBeforeItsObjectIsAParticiple() {
        // ("railing/NOUN against")
        assertThat(attributions("Vell spoke for an hour, railing against the power of the guild and the harbor board."))
                .extracting(Attribution::sourceText, Attribution::cueText).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vell", "railing"));
    }

    @Test
    void aQuotationNamingItsOwnSpeakerInTheParagraphAfterAReportIsARelationOfItsOwn() {
        String body = "Ada Roe, the harbor master of Ostburg, said the pier would stay open through the winter.\n\n"
                + "\u201cNobody in this town wants the ferry to stop,\u201d Jan Vell barked from the back of the hall.\n\n"
                + "The vote is in May.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(a -> slice(body, a.content()))
                .containsExactly("the pier would stay open through the winter", "Nobody in this town wants the ferry to stop,");
        assertThat(as).extracting(Attribution::sourceText).containsExactly("Ada Roe", "Jan Vell");
        // (a quotation alone in its paragraph still continues the report before it)
        String alone = "Ada Roe said the pier would stay open through the winter.\n\n"
                + "\u201cNobody in this town wants the ferry to stop.\u201d";
        assertThat(attributions(alone)).hasSize(1);
    }

    @Test
    void aQuotationSetApartFromABeliefTakesThePersonItsOwnSentenceNames() {
        String body = "Most farmers in Ostburg are upbeat, in part because Ada Roe sees Jan Vell as a builder.\n\n"
                + "\u201cNobody in this town wants the ferry to stop,\u201d Pia Lund barked from the back of the hall.";
        assertThat(attributions(body)).extracting(Attribution::sourceText).containsExactly("Ada Roe", "Pia Lund");
    }

    @Test
    void aQuotationSetApartFromABeliefGoesWithTheNextQuotationsReportOfOneSpeaker() {
        String body = "Jan Roe is upbeat about the vote in May, in part because she sees Vell as a uniter.\n\n“Vell can win "
                + "in May, and she is the one with the best chance of winning.”\n\n“She may be the only one who unites the "
                + "guild,” Roe notes.";
        Attribution notes = attributions(body).stream().filter(a -> "notes".equals(a.cueText())).findFirst().orElseThrow();
        assertThat(notes.sourceText()).isEqualTo("Roe");
        assertThat(slice(body, notes.content())).startsWith("Vell can win").endsWith("unites the guild,");
    }

    @Test
    void aHyphenedPlaceModifierOpensTheSourceAfterAQuotation() {
        // ("Ostland-based/VERB": the tokenizer splits the compound at its hyphen)
        assertThat(attributions("The tolls went up again.\n\n\"The pier is dying,\" Ostland-based Ada Roe said. \"Nobody "
                + "comes anymore.\"")).extracting(Attribution::sourceText).containsExactly("Ostland-based Ada Roe");
    }

    @Test
    void eachTurnOfATranscriptQuotedParagraphByParagraphIsItsLabelsWords() {
        // (each paragraph opens with a straight mark and none closes: the newspaper's marks for a long quotation)
        String body = "Mayor Ada Roe spoke to the radio on Sunday.\n\n\"KELL: Will the ferry run on Monday, after the "
                + "storm?\n\n\"ROE: Well, the question really should be why the guild thinks the pier is unsafe. It "
                + "is not.\n\n\"The ferry will run twice a day, as it always has.\n\n\"KELL: Thank you for your time.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::sourceText).containsExactly("KELL", "ROE", "KELL");
        assertThat(slice(body, as.get(1).content())).startsWith("Well, the question").endsWith("as it always has.");
    }

    @Test
    void aSpeechCueInEdTheTaggerMadeAPrepositionAfterANameAfterAQuotation() {
        // ("tweeted/ADP")
        String body = "Many guild members have said they will skip the vote and others have said they are not keen on "
                + "rowing.\n\n\"The ferry seats are all taken, with a long waiting list of those who want to ride - Monday "
                + "release,\" Vell tweeted last Saturday.";
        assertThat(attributions(body)).extracting(Attribution::cueText).contains("tweeted");
    }

    @Test
    void aThatClauseWithoutASubjectAfterTheAddresseeOfAQuotationsCueIsRelative() {
        String body = "The mayor then walked along the pier, a place known to be dear to the guild.\n\n\"We will stand up "
                + "and make it clear that the pier stays open,\" Vell told a crowd at Kai's Cafe that spilled out onto the quay.";
        List<Attribution> as = attributions(body);
        Attribution told = as.stream().filter(a -> "told".equals(a.cueText())).findFirst().orElseThrow();
        assertThat(slice(body, told.content())).startsWith("We will stand up");
    }

    @Test
    void aReportAfterAnAuxiliaryInsideAnotherContentIsPartOfThatContent() {
        // (the relation only: the product's quotes keep the pilots' demand)
        String body = "Ada Roe said she has met with ferry pilots who have demanded that the pier close in May.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("said");
        assertThat(quotes(body)).extracting(Quote::cue).containsExactly("said", "demanded");
    }

    @Test
    void aReportAfterAnAuxiliaryAndAdverbsInsideAnotherContentIsPartOfThatContent() {
        String body = "Ada Roe said she had met with ferry pilots who had also demanded that the pier close in May.";
        assertThat(attributions(body)).extracting(Attribution::cueText).containsExactly("said");
    }

    @Test
    void aCuesPassiveWithAsReportsThePhraseAfterAs() {
        String body = "The old pier, long regarded as the pride of Easton, will close in May.";
        List<Attribution> as = attributions(body);
        assertThat(as).hasSize(1);
        assertThat(as.get(0).cueText()).isEqualTo("regarded");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the pride of Easton");
        assertThat(as.get(0).source()).isNull();
        assertThat(as.get(0).belief()).isTrue();
        // an agent after the phrase is the source; "as" opening a clause reports nothing
        String agent = "The new toll, labeled as a scam by the guild, starts on Monday.";
        assertThat(attributions(agent)).extracting(Attribution::sourceText).containsExactly("the guild");
        assertThat(attributions("Ada Roe laughed as farmers walked past the pier.")).isEmpty();
    }

    @Test
    void aThatClauseOrQuotationAfterAsidesSetOffByCommasIsTheCuesContent() {
        String body = "Ada Roe said on the radio, where she now hosts a show, that the pier would reopen in May.\n\n"
                + "Jan Vell said in the spring, when the guild first met, “The ferry will run twice a day.”";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "pier would reopen").content())).isEqualTo("the pier would reopen in May");
        assertThat(withContent(as, body, "The ferry will run").sourceText()).isEqualTo("Jan Vell");
    }

    @Test
    void aYesOrNoAfterTheCueIsTheAnswerNotTheQuotedQuestionBeforeIt() {
        String body = "Asked whether Roe “has the strength to lead the guild,” 61 percent of farmers said yes, but 30 "
                + "percent of all voters say she does not.";
        List<Attribution> as = attributions(body);
        assertThat(as).anyMatch(a -> slice(body, a.content()).equals("yes") && "said".equals(a.cueText()));
        assertThat(as).noneMatch(a -> "said".equals(a.cueText()) && slice(body, a.content()).contains("strength"));
    }

    @Test
    void aCueTheTaggerMadeANounAfterAQuotationsNameMayTellWhatItIsAbout() {
        // ("Varrow/ADJ said/NOUN of the harbor")
        String body = "The guild met on Monday.\n\n\"The pier was a ruin,\" Varrow said of the harbor. \"Nobody came.\"";
        Attribution a = withContent(attributions(body), body, "The pier was a ruin");
        assertThat(a.sourceText()).isEqualTo("Varrow");
        assertThat(a.cueText()).isEqualTo("said");
    }

    @Test
    void anInvertedSourceTheTaggerBrokeAfterAQuotationIsStillTheSpeaker() {
        // ("said Will/AUX Tarrow": a first name that is also a modal; "tweeted another/DET": one more of those named)
        String body = "Tolls rose again, Roe said.\n\n\"It's a pretty expensive pier,\" said Will Tarrow, a pilot from "
                + "Easton. \"Nobody can pay that.\"\n\n\"We would have won if everyone could vote,\" one farmer wrote on "
                + "the guild's board.\n\n\"Better watch out for the harbor master,\" tweeted another.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "expensive pier").sourceText()).isEqualTo("Will Tarrow");
        assertThat(withContent(as, body, "Better watch out").sourceText()).isEqualTo("another");
    }

    @Test
    void aParticipleAfterAnInvertedSourceDescribesItAndLeavesTheQuotationTheContent() {
        String body = "The guild board filled with angry posts.\n\n“Whoever closes the pier has no place here,” wrote a "
                + "man calling himself Tom Tom.";
        Attribution a = withContent(attributions(body), body, "Whoever closes the pier");
        assertThat(a.cueText()).isEqualTo("wrote");
        assertThat(slice(body, a.content())).isEqualTo("Whoever closes the pier has no place here,");
    }

    @Test
    void aQuestionMarkGluedToATypewriterClosingMarkStillClosesBeforeAnInvertedCue() {
        // (the tokenizer keeps "?''" as one token)
        String body = "The harbor closed in May.\n\n''Do you want the guild looking at every boat?'' said Ada Vellacott, "
                + "an assistant professor at Easton College.";
        Attribution a = withContent(attributions(body), body, "Do you want the guild");
        assertThat(a.sourceText()).isEqualTo("Ada Vellacott");
        assertThat(a.cueText()).isEqualTo("said");
    }

    @Test
    void anInvertedSourceWhoseTitleTheTaggerBrokeRunsToThePersonsName() {
        // ("said pollster/VERB Ada Lindqvist", "said L2/ADP president Tom Varga")
        String body = "The harbor closed.\n\n\"The toll is unfair to every pilot,\" said pollster Ada Lindqvist. \"Nobody "
                + "likes it.\"\n\nThe harbor closed.\n\n\"It was a sizable purchase of nets,\" said L2 president Tom Varga, "
                + "who declined to give a price.";
        List<Attribution> as = attributions(body);
        assertThat(withContent(as, body, "The toll is unfair").sourceText()).isEqualTo("pollster Ada Lindqvist");
        Attribution nets = withContent(as, body, "purchase of nets");
        assertThat(nets.sourceText()).isEqualTo("L2 president Tom Varga");
        assertThat(nets.cueText()).isEqualTo("said");
    }

    @Test
    void aSourceBeforeTheCueWhoseTitleTheTaggerBrokeRunsFromTheQuotationToThePersonsName() {
        // ("Save/VERB Our/PRON Pier organizing director Tom Varga told"); a clause after the quotation is no source
        String body = "The harbor closed.\n\n\"They have to decide whether to feed themselves,\" Save Our Pier organizing "
                + "director Tom Varga told the Herald.\n\nThe guild met.\n\n\"That makes me smart,\" when Ada Roe blasted "
                + "him for the tolls.";
        List<Attribution> as = attributions(body);
        Attribution a = withContent(as, body, "decide whether to feed");
        assertThat(a.sourceText()).isEqualTo("Save Our Pier organizing director Tom Varga");
        assertThat(a.cueText()).isEqualTo("told");
        assertThat(as).noneMatch(x -> x.sourceText() != null && x.sourceText().startsWith("when"));
    }

    @Test
    void aCueGerundTheTaggerMadeANounAfterByIsTheGoverningSubjectsReport() {
        // ("quoting/NOUN", "arguing/NOUN", "announcing/DET")
        String body = "Mayor Tom Roe won over the farmers by arguing that the pier would stay open.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("arguing");
        assertThat(as.get(0).sourceText()).isEqualTo("Mayor Tom Roe");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the pier would stay open");
        String announcing = "The Ostland guild closed its meeting on Friday by announcing it would sue the harbor board.";
        assertThat(attributions(announcing)).extracting(Attribution::sourceText).containsExactly("The Ostland guild");
    }

    @Test
    void aCueGerundTheTaggerMadeANounAfterASubordinatorIsTheClauseSubjectsReport() {
        // ("after arguing/NOUN", "before backing/NOUN")
        String body = "Ada Roe walked off the set after arguing that the pier should close.";
        List<Attribution> as = attributions(body);
        assertThat(as).extracting(Attribution::cueText).containsExactly("arguing");
        assertThat(as.get(0).sourceText()).isEqualTo("Ada Roe");
        assertThat(slice(body, as.get(0).content())).isEqualTo("the pier should close");
        String backing = "Ada Roe resigned from the guild before backing Jan Vell in the race.";
        assertThat(attributions(backing)).extracting(Attribution::sourceText).containsExactly("Ada Roe");
    }

    @Test
    void aGerundAdjunctOpeningTheSentenceAfterAConjunctionOrByIsTheMainSubjectsReport() {
        String body = "But while denouncing the toll to farmers in Easton, Ada Roe has not said what she would do.";
        List<Attribution> as = attributions(body);
        Attribution denouncing = as.stream().filter(a -> "denouncing".equals(a.cueText())).findFirst().orElseThrow();
        assertThat(denouncing.sourceText()).isEqualTo("Ada Roe");
        assertThat(slice(body, denouncing.content())).isEqualTo("the toll to farmers in Easton");
        String by = "By offering Jan Vell the second spot on the ticket, Ada Roe would show voters she is serious.";
        assertThat(attributions(by)).filteredOn(a -> "offering".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Ada Roe");
    }

    @Test
    void anOpeningParticipleTheTaggerMadeANounBeforeThatIsTheMainSubjectsReport() {
        // ("Noting/NOUN that")
        String body = "Noting that the pier was old, Ada Roe said the guild would pay for it.";
        List<Attribution> as = attributions(body);
        Attribution noting = as.stream().filter(a -> "Noting".equals(a.cueText())).findFirst().orElseThrow();
        assertThat(noting.sourceText()).isEqualTo("Ada Roe");
        assertThat(slice(body, noting.content())).isEqualTo("the pier was old");
    }

    @Test
    void aGerundAdjunctOpenedByAnAmountOfTimeIsTheMainSubjectsReport() {
        String body = "One month after announcing his support for Jan Vell, Tom Roe still believes that the pier is safe.";
        assertThat(attributions(body)).filteredOn(a -> "announcing".equals(a.cueText()))
                .extracting(Attribution::sourceText).containsExactly("Tom Roe");
    }

    @Test
    void aPartOfAGroupIsTheQuotationsSpeakerNotTheSpeakerBefore() {
        // ("said one/NUM of two engineers", "one of the pilots said"): the quote is theirs, not Mayor Vell's carried over
        String body = "Mayor Tilda Vell spoke at the pier on Monday.\n\n\u201cWe built the pier to last a hundred years,"
                + "\u201d said one of two engineers who built it.\n\nThe guild met.\n\n\u201cThe tolls are too high,\u201d "
                + "one of the pilots said.";
        List<Quote> qs = quotes(body);
        assertThat(qs).anyMatch(q -> q.text().startsWith("We built the pier") && "one of two engineers".equals(q.speaker()));
        assertThat(qs).anyMatch(q -> q.text().startsWith("The tolls are") && "one of the pilots".equals(q.speaker()));
    }

    @Test
    void aCueTheTaggerMadeANounAfterADeterminersPhraseOfSeveralWordsIsTheQuotationsCue() {
        // ("the/DET harbor/ADJ board/NOUN writes/NOUN"): the board's words, not Mayor Vell's carried over
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cWe built the pier to last a hundred years,\u201d "
                + "the harbor board writes.";
        Quote q = containing(quotes(body), "We built the pier");
        assertThat(q.speaker()).isEqualTo("the harbor board");
        assertThat(q.cue()).isEqualTo("writes");
    }

    @Test
    void aSourceOfStackedModifiersSetOffByACommaRunsFromTheQuotationToTheCue() {
        // ("the bespectacled, 71-year-old engineer said"): one source, not "71-year-old engineer" inside a partial quote
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cWe built the pier to last a hundred years,\u201d "
                + "the bespectacled, 71-year-old engineer said.";
        Quote q = containing(quotes(body), "We built the pier");
        assertThat(q.speaker()).isEqualTo("the bespectacled, 71-year-old engineer");
        assertThat(q.kind()).isEqualTo("direct");
    }

    @Test
    void fumingAndBarkingAfterAQuotationAreItsCue() {
        // manner-of-speaking verbs: the quotation is the named speaker's, not the earlier speaker's carried over
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cThey never read the report,\u201d Dale Roe fumed "
                + "on Tuesday.\n\nThe guild met.\n\n\u201cGet off my pier,\u201d Ada Lindqvist barked and a guard led him out.";
        List<Quote> qs = quotes(body);
        assertThat(containing(qs, "never read the report").speaker()).isEqualTo("Dale Roe");
        assertThat(containing(qs, "Get off my pier").speaker()).isEqualTo("Ada Lindqvist");
    }

    @Test
    void aQuotationsSourceGoesBackOverAnAppositiveWithAPlaceInItToTheName() {
        // ("Ada Roe, 67, a retired welder in Arvel, Md., said"); not from a verb's object ("to win in Arvel")
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cI just do not think she has been truthful,\u201d "
                + "Ada Roe, 67, a retired welder in Arvel, Md., said in an interview.";
        Quote q = containing(quotes(body), "truthful");
        assertThat(q.speaker()).isEqualTo("Ada Roe");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void readWhoseTaggerMadeItANounAfterAQuotationIsItsCue() {
        // ("the/DET editorial/ADJ read/NOUN"): the past tense is written as the base form
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cIf she wants to keep the pier, Dale Roe should "
                + "come to Arvel and say so,\u201d the editorial read.";
        Quote q = containing(quotes(body), "keep the pier");
        assertThat(q.speaker()).isEqualTo("the editorial");
        assertThat(q.cue()).isEqualTo("read");
    }

    @Test
    void statesTheTaggerMadeANounAfterAQuotationsSourceIsItsCue() {
        // ("the/DET memo/NOUN states/NOUN"): elsewhere "states" is a noun, but here it reports the quotation
        String body = "Mayor Tilda Vell said the pier was unsafe.\n\n\u201cNo boat may dock after dark,\u201d the memo states.";
        Quote q = containing(quotes(body), "No boat may dock");
        assertThat(q.speaker()).isEqualTo("the memo");
        assertThat(q.cue()).isEqualTo("states");
    }

    @Test
    void aTitleCaseHeadlineEndingInItsSourceAndVerbReportsTheClauseBeforeTheComma() {
        // (the tagger takes "Says" for a name: kept a belief, as the other title-case headlines)
        String body = "Harbor Tolls Will Double Next Spring, Mayor Ada Roe Says.\n\nThe mayor spoke on Monday.";
        Attribution says = withContent(attributions(body), body, "Harbor Tolls");
        assertThat(slice(body, says.content())).isEqualTo("Harbor Tolls Will Double Next Spring");
        assertThat(says.sourceText()).isEqualTo("Mayor Ada Roe");
        // a phrase quoted in single marks may close the clause, and a title before the name is the source's
        String quoted = "The Pier Is ‘A Danger To Sailors,’ Harbor Board Of Easton Finds.\n\nThe board met.";
        Attribution finds = withContent(attributions(quoted), quoted, "The Pier");
        assertThat(finds.sourceText()).isEqualTo("Harbor Board Of Easton");
        assertThat(finds.cueText()).isEqualTo("Finds");
    }

    @Test
    void aQuestionsTopicStopsBeforeTheOccasionItWasAskedOn() {
        // ("was asked about X during/after/before ...": the occasion is when, not what, she was asked)
        String body = "Mayor Ada Roe was asked about it during a hearing in Easton. Asked about the tolls after the vote "
                + "on Friday night, Vell smiled.";
        List<Attribution> as = attributions(body);
        assertThat(slice(body, withContent(as, body, "it").content())).isEqualTo("it");
        assertThat(slice(body, withContent(as, body, "the tolls").content())).isEqualTo("the tolls");
    }

    @Test
    void aPronounReachesTheSpeakerBeforeALongQuotation() {
        // (the sentences inside the quotation are not the narration's: "She" is still Lindqvist's three sentences on)
        String body = "Mara Lindqvist runs the harbor board in Easton.\n\nLindqvist said, \u201cWe won. The pier held. The "
                + "harbor is safe. The boats are back. The nets are dry.\u201d\n\nShe added, \u201cWe will rebuild the sea wall.\u201d";
        assertThat(containing(quotes(body), "rebuild the sea wall").speaker()).isEqualTo("Mara Lindqvist");
        // but not over another person the narration names in between
        String other = "Mara Lindqvist runs the harbor board in Easton.\n\nLindqvist said, \u201cWe won. The pier held. The "
                + "harbor is safe. The boats are back. The nets are dry.\u201d Then the talk turned to Petra Holm's dock."
                + "\n\nShe added, \u201cWe will rebuild the sea wall.\u201d";
        assertThat(containing(quotes(other), "rebuild the sea wall").speaker()).isNotEqualTo("Mara Lindqvist");
    }

    @Test
    void aPronounIsNotAPersonTheTextTitlesForTheOtherGender() {
        String body = "Mr. Halvard Tovar opened the meeting in Easton.\n\n\u201cThe pier is safe,\u201d Mr. Tovar said."
                + "\n\nShe said the harbor would reopen in May.";
        assertThat(containing(quotes(body), "harbor would reopen").speaker()).isNull();
        String he = "Mr. Halvard Tovar opened the meeting in Easton.\n\n\u201cThe pier is safe,\u201d Mr. Tovar said."
                + "\n\nHe said the harbor would reopen in May.";
        assertThat(containing(quotes(he), "harbor would reopen").speaker()).isEqualTo("Halvard Tovar");
    }
}
