package org.corroborate.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> extract(String text) {
        return extractor.extract(new Article("t", "test", null, null, List.of(), null, "2031-05-14", false, null,
                null, List.of(), "en", text, List.of(), List.of(), List.of()));
    }

    @Test
    void hedgedCountWithPlaceAndActor() {
        List<Quantity> qs = extract("Port officials said some 4,200 Valdorian sailors are now in the Emberlake harbour.");
        assertThat(qs).hasSize(1);
        Quantity q = qs.get(0);
        assertThat(q.value()).isEqualTo(4200);
        assertThat(q.hedge()).isEqualTo("some");
        assertThat(q.low()).isEqualTo(3780.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(q.unit()).isEqualTo("sailors");
        assertThat(q.subject()).contains("Emberlake harbour");
        assertThat(q.actor()).isEqualTo("Port officials");
        assertThat(q.text()).isEqualTo("some 4,200 Valdorian sailors");
    }

    @Test
    void aDayNamedAfterTheCountIsNotPartOfTheUnit() {
        // regression: "admitted 37 people overnight" counted "people overnight"
        assertThat(extract("The clinic said it had admitted 37 people overnight.").get(0).unit()).isEqualTo("people");
        assertThat(extract("The shelter took in 85 families yesterday.").get(0).unit()).isEqualTo("families");
    }

    @Test
    void hedgeIntervals() {
        assertThat(extract("The ferry carries as many as 300 passengers.").get(0))
                .satisfies(q -> {
                    assertThat(q.hedge()).isEqualTo("as many as");
                    assertThat(q.low()).isNull();
                    assertThat(q.high()).isEqualTo(300.0);
                });
        assertThat(extract("It took nearly three years.").get(0)).satisfies(q -> {
            assertThat(q.value()).isEqualTo(3);
            assertThat(q.hedge()).isEqualTo("nearly");
            assertThat(q.high()).isEqualTo(3.0);
        });
        assertThat(extract("More than 60 boats left.").get(0).low()).isEqualTo(60.0);
        assertThat(extract("More than 60 boats left.").get(0).high()).isNull();
    }

    @Test
    void ratesMoneyPercentAndScale() {
        Quantity rate = extract("The mill loses about 1,250 crates a day.").get(0);
        assertThat(rate.unit()).isEqualTo("crates per day");
        Quantity money = extract("The bridge cost $12.4 billion in 2029.").get(0);
        assertThat(money.value()).isEqualTo(12.4e9);
        assertThat(UnitNormalizer.normalize(money.unit())).isEqualTo("dollar");
        assertThat(extract("The bridge cost $12.4 billion in 2029.")).hasSize(1);
        Quantity pct = extract("Turnout rose 12.5% last spring.").get(0);
        assertThat(UnitNormalizer.normalize(pct.unit())).isEqualTo("percentage");
        assertThat(extract("The flight lasted 87 minutes.").get(0).unit()).isEqualTo("minutes");
    }

    /** Regression: a no-break or thin space before the scale word cut "million" off ("$1.5 million" read 1.5). */
    @Test
    void scaleAfterNoBreakSpace() {
        for (String space : new String[] {" ", "\u00a0", "\u2009", "\u202f"}) {
            List<Quantity> qs = extract("The ferry line lost $1.5" + space + "million last winter.");
            assertThat(qs).as("space U+%04X", (int) space.charAt(0)).hasSize(1);
            assertThat(qs.get(0).value()).isEqualTo(1.5e6);
            assertThat(qs.get(0).text()).isEqualTo("$1.5" + space + "million");
        }
        assertThat(extract("Its reserve was \u20ac2.25\u00a0billion.").get(0).value()).isEqualTo(2.25e9);
        // A sentence split inside the number ("$1." | "5 million"), as a statistical detector may make it.
        String text = "The ferry line lost $1.5 million last winter.";
        int cut = text.indexOf('5');
        List<org.corroborate.model.Span> split = List.of(org.corroborate.model.Span.ofChars(text, 0, cut),
                org.corroborate.model.Span.ofChars(text, cut, text.length()));
        List<Quantity> qs = extractor.extract(new Article("t", "test", null, null, List.of(), null, null, false,
                null, null, List.of(), "en", text, split, split, List.of()));
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(1.5e6));
    }

    @Test
    void rangesAndVaguePlurals() {
        Quantity range = extract("Between 10 and 12 lanterns were lit.").get(0);
        assertThat(range.hedge()).isEqualTo("range");
        assertThat(range.low()).isEqualTo(10.0);
        assertThat(range.high()).isEqualTo(12.0);
        Quantity dash = extract("They planted 10-12 trees.").get(0);
        assertThat(dash.high()).isEqualTo(12.0);
        Quantity thousands = extract("Thousands of pilgrims came.").get(0);
        assertThat(thousands.low()).isEqualTo(1000.0);
        assertThat(thousands.high()).isEqualTo(10000.0);
        assertThat(extract("A dozen riders arrived.").get(0).value()).isEqualTo(12);
    }

    @Test
    void skipsYearsDatesTimesOrdinalsAndNames() {
        assertThat(extract("In 2027 the council met on March 7 at 10:30 a.m. for the 3rd time.")).isEmpty();
        assertThat(extract("The Falcon 9 rocket and the COVID-19 wing reopened, the score was 3-1.")).isEmpty();
    }

    @Test
    void borrowsUnitFromEarlierFigure() {
        List<Quantity> qs = extract("There were 900 Norland guards in Tarsk, including as many as 400 in the old fort.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).unit()).isEqualTo("guards");
        assertThat(qs.get(1).subject()).contains("old fort");
    }

    @Test
    void anaphoricFigureTakesSubjectFromTheReferencedFigureAndActorFromItsClause() {
        List<Quantity> qs = extract("Port officials said there are about 600 Valdorian sailors in Emberlake. "
                + "Tarsk and its neighbours assess that the number has grown to 700, while Norland has put the figure "
                + "higher, at up to 900.");
        assertThat(qs).hasSize(3);
        Quantity grown = qs.get(1);
        assertThat(grown.value()).isEqualTo(700);
        assertThat(grown.unit()).isEqualTo("sailors");
        assertThat(grown.subject()).isEqualTo("Valdorian sailors in Emberlake");
        assertThat(grown.actor()).isEqualTo("Tarsk and its neighbours");
        assertThat(qs.get(2).actor()).isEqualTo("Norland");
        assertThat(qs.get(2).hedge()).isEqualTo("up to");
    }

    @Test
    void theActorIsTheSubjectsHeadNotThePhraseAfterItsPreposition() {
        // regression: the actor was the object of the preposition ("Harbortown", "the ferry disease")
        Quantity officials = extract("Officials in Harbortown said 240 ferries were inspected last year.").get(0);
        assertThat(officials.actor()).isEqualTo("Officials in Harbortown");
        Quantity study = extract("A small trial in 30 sailors with the ferry disease showed that rowing for 8 weeks "
                + "helped.").stream().filter(q -> q.value() == 8).findFirst().orElseThrow();
        assertThat(study.actor()).isEqualTo("A small trial in 30 sailors with the ferry disease");
        Quantity agent = extract("A report by Harbour Polling said 45 ferries were late in May.").get(0);
        assertThat(agent.actor()).isEqualTo("Harbour Polling");
    }

    @Test
    void aReportingVerbInAnAsideAfterTheFigureGivesNoActor() {
        Quantity q = extract("The harbour line starts with 22 ferries (a second route was announced in May).").get(0);
        assertThat(q.value()).isEqualTo(22);
        assertThat(q.actor()).isNull();
        Quantity converted = extract("The ferry reaches 40 knots (74 km/h) in two minutes, the builder says.").get(0);
        assertThat(converted.actor()).isEqualTo("the builder");
    }

    @Test
    void theEndOfAHyphenatedCompoundIsNoReportingVerb() {
        // regression: "self-reported" made "fewer self-" the actor
        Quantity q = extract("Keeping a log was linked to fewer self-reported ferry delays, about 12 a month.").stream()
                .filter(x -> x.value() == 12).findFirst().orElseThrow();
        assertThat(q.actor()).isNull();
    }

    @Test
    void personnelSynonymsShareOneUnitAndSubjectsLeaveOutTheVerb() {
        Quantity q = extract("Officials say some 3,000 Valdorian soldiers are now in Tarsk's northern province.")
                .get(0);
        assertThat(q.unit()).isEqualTo("troops");
        assertThat(q.text()).contains("soldiers");
        assertThat(q.subject()).isEqualTo("Valdorian soldiers in Tarsk's northern province");
        assertThat(q.actor()).isEqualTo("Officials");
        Quantity curly = extract("Nearly 400 Norland troops are in Tarsk\u2019s capital, the ministry said.").get(0);
        assertThat(curly.subject()).isEqualTo("Norland troops in Tarsk\u2019s capital");
        assertThat(curly.hedge()).isEqualTo("nearly");
    }

    @Test
    void sharesSignsAndPrefixes() {
        Quantity share = extract("Half the lanterns were lit.").get(0);
        assertThat(share.value()).isEqualTo(0.5);
        assertThat(UnitNormalizer.normalize(share.unit())).isEqualTo("% lantern");
        assertThat(extract("The trade balance fell to $-12.5bn.").get(0).value()).isEqualTo(-12.5e9);
        assertThat(extract("Nights can dip to minus-40 degrees.").get(0).value()).isEqualTo(-40);
        assertThat(extract("Markets: Zinder 40 -1.3% today.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(-1.3));
        assertThat(extract("Fuel use went from 20 mpg in 2030 to 29 mpg.")).singleElement().satisfies(q -> {
            assertThat(q.hedge()).isEqualTo("range");
            assertThat(q.high()).isEqualTo(29.0);
        });
    }

    @Test
    void slashFractionsAndDozens() {
        List<Quantity> qs = extract("The cook used 2 1/4 cups, half a dozen eggs and three dozens rolls on 9/11.");
        assertThat(qs).extracting(Quantity::value).containsExactly(2.25, 6.0, 36.0);
        Quantity share = extract("Add 3/4 of the flour.").get(0);
        assertThat(UnitNormalizer.normalize(share.unit())).isEqualTo("% flour");
        assertThat(extract("The shop is open 24/7.")).isEmpty();
    }

    @Test
    void actorFromAccordingTo() {
        Quantity q = extract("The crossing took 40 minutes, according to the Harbour Board.").get(0);
        assertThat(q.actor()).isEqualTo("the Harbour Board");
        assertThat(q.subject()).isEqualTo("The crossing");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83D\uDE00 Exactly 5 kites were seen.";
        Quantity q = extract(text).get(0);
        assertThat(q.text()).isEqualTo("5 kites");
        assertThat(q.start()).isEqualTo(text.codePointCount(0, text.indexOf('5')));
    }

    @Test
    void wholeNumbersWithAFraction() {
        assertThat(extract("One and a half million people left the valley.").get(0).value()).isEqualTo(1_500_000.0);
        assertThat(extract("The siege lasted two and a half years.").get(0).value()).isEqualTo(2.5);
        assertThat(extract("A million and a half tourists came.").get(0).value()).isEqualTo(1_500_000.0);
        assertThat(extract("The dam holds one hundred and three quarters tonnes.").get(0).value()).isEqualTo(100.75);
        assertThat(extract("The dam holds one hundred and three tonnes.").get(0).value()).isEqualTo(103.0);
        assertThat(extract("The talks took 2\u00BD years.").get(0).value()).isEqualTo(2.5);
        assertThat(extract("Five eighths of the voters stayed home.").get(0).value()).isEqualTo(0.625);
        assertThat(extract("A half million tickets were sold.").get(0).value()).isEqualTo(500_000.0);
    }

    @Test
    void southAsianScales() {
        assertThat(extract("The fund paid 12 lakh rupees.").get(0).value()).isEqualTo(1_200_000.0);
        assertThat(extract("The project cost 3 crore rupees.").get(0).value()).isEqualTo(30_000_000.0);
    }

    @Test
    void actorsAreWhoCountsNotWhenOrWhatIsCounted() {
        // regression: each of these took the wrong phrase for the actor
        assertThat(extract("Wages rose by as much as 9 percent, according to the left-leaning Orvane Institute.")
                .get(0).actor()).isEqualTo("the left-leaning Orvane Institute");
        assertThat(extract("A Varn Daily poll released Friday shows Tolle ahead by 6 points.").get(0).actor())
                .isNull();
        assertThat(extract("The average of polls taken over the past two weeks shows Tolle leading Osk by 3 points.")
                .get(0).actor()).isNull();
        assertThat(extract("The agency raised its export growth forecast by 0.4 percentage points.").get(0).actor())
                .isNull();
        assertThat(extract("Let's say the bridge will cost $40,000 a month.").get(0).actor()).isNull();
        assertThat(extract("\"The dam will hold,\" said Ilse Varn, who counted 40 cracks.").get(0).actor())
                .isEqualTo("Ilse Varn");
    }

    @Test
    void theGoverningVerbSaysWhatHappenedToWhatIsCounted() {
        assertThat(extract("Some 300 people were rescued from the ferry, officials said.").get(0).verb())
                .isEqualTo("rescue");
        assertThat(extract("The clinic said it had admitted 37 people from the ferry.").get(0).verb())
                .isEqualTo("admit");
        assertThat(extract("The ministry sent 4,000 troops to the border.").get(0).verb()).isEqualTo("send");
        // a reporting verb gives the figure, it does not say what happened
        assertThat(extract("Officials said 120 people were injured.").get(0).verb()).isEqualTo("injure");
        // a preposition ends the figure's phrase: the ferry is stranded, not the passengers
        assertThat(extract("About 300 passengers from a ferry stranded near Orvane.").get(0).verb()).isNull();
    }

    @Test
    void aFigureCountingTheSpeakersHasNoActor() {
        // regression: "73 percent said" gave the 73 percent as its own source
        assertThat(extract("In the survey, 73 percent said the ferry plan was fair.").get(0).actor()).isNull();
        assertThat(extract("In all, 12 harbour pilots said the channel was closed.").get(0).actor()).isNull();
    }

    @Test
    void aPersonalPronounIsNotResolvedToAThing() {
        // regression: "Recent shipments have sold for $40 a ton, he said" gave "Recent shipments" as the source
        Quantity price = extract("Recent cargoes have sold for just above $40 a ton, he said.").get(0);
        assertThat(price.actor()).isEqualTo("he");
        Quantity named = extract("The Orvane Port Authority released figures it said showed 900 sailings.").get(0);
        assertThat(named.actor()).isEqualTo("The Orvane Port Authority");
    }

    private static String unit(Quantity q) {
        return UnitNormalizer.normalize(q.unit());
    }

    @Test
    void pluralNounsTheTaggerCallsVerbs() {
        assertThat(unit(extract("No penalties, but 23 tackles shows how rough the match was.").get(0)))
                .isEqualTo("tackle");
        Quantity range = extract("The bakery is going from 1200 to 1500 hires this year.").get(0);
        assertThat(range.low()).isEqualTo(1200.0);
        assertThat(range.high()).isEqualTo(1500.0);
        assertThat(unit(range)).isEqualTo("hire");
    }

    @Test
    void participlesAndCompoundsInsideTheCountedPhrase() {
        assertThat(unit(extract("The grid needs about 14 decently sized gas-fired turbines.").get(0)))
                .isEqualTo("gas-fired turbine");
        assertThat(unit(extract("She is one of the most skilled and fearless divers in the Tarrow League.").get(0)))
                .isEqualTo("skilled fearless diver tarrow league");
    }

    @Test
    void brandNamesAndPossessorsInTheCountedSet() {
        // a capitalized noun before the head names a product, like a proper noun
        assertThat(unit(extract("The firm has sold 12m of its Lumo lamps in Europe.").get(0))).isEqualTo("lamp");
        // in a partitive the possessor belongs to the set counted
        Quantity q = extract("Three of Marlow's advisers resigned on the same day.").get(0);
        assertThat(q.value()).isEqualTo(3.0);
        assertThat(unit(q)).isEqualTo("marlow adviser");
    }

    @Test
    void shareOfTheThingsAnInnerFigureCounts() {
        List<Quantity> qs = extract("Almost three-quarters of the combined 2.1M print and audio copies went abroad.");
        assertThat(qs).extracting(QuantityExtractorTest::unit)
                .containsExactlyInAnyOrder("% print audio copy", "print audio copy");
    }

    @Test
    void ageAfterTheAgeOf() {
        assertThat(unit(extract("About 2 million calves under the age of 3 years were counted.").get(1)))
                .isEqualTo("year of age");
        assertThat(unit(extract("Pupils 7 years of age may enter.").get(0))).isEqualTo("year of age");
        assertThat(unit(extract("The loan runs for 7 years.").get(0))).isEqualTo("year");
    }

    @Test
    void stockIndexNamesAreNotFigures() {
        assertThat(extract("the sp 500 slipped 1.1% and the nasdaq 100 gained 0.4%."))
                .extracting(Quantity::value).containsExactly(1.1, 0.4);
    }

    @Test
    void bareAmountBeforeABracketedConversionTakesTheEarlierCurrency() {
        List<Quantity> qs = extract("The base trim costs 9,000 rand ($600) and the sport trim 7,500 ($500).");
        assertThat(qs).extracting(QuantityExtractorTest::unit)
                .containsExactly("south african rand", "dollar", "south african rand", "dollar");
    }

    @Test
    void lemmaSlipsAreRepairedInUnitNames() {
        assertThat(UnitNormalizer.normalize("viruses")).isEqualTo("virus");
        assertThat(UnitNormalizer.normalize("bonuses")).isEqualTo("bonus");
        assertThat(UnitNormalizer.normalize("houses")).isEqualTo("house");
        assertThat(UnitNormalizer.normalize("chargers")).isEqualTo("charger");
        assertThat(UnitNormalizer.normalize("hottest cars")).isEqualTo("hot car");
        assertThat(UnitNormalizer.normalize("largest boats")).isEqualTo("large boat");
        assertThat(UnitNormalizer.normalize("richest towns")).isEqualTo("rich town");
        assertThat(UnitNormalizer.normalize("tapered tips")).isEqualTo("tapered tip");
    }

    @Test
    void unitKindIsReadFromTheUnitBeforeAnyRate() {
        assertThat(UnitNormalizer.kind("$")).isEqualTo(UnitKind.CURRENCY);
        assertThat(UnitNormalizer.kind("euros per tonne")).isEqualTo(UnitKind.CURRENCY);
        assertThat(UnitNormalizer.kind("km per hour")).isEqualTo(UnitKind.MEASURE);
        assertThat(UnitNormalizer.kind("%")).isEqualTo(UnitKind.PERCENT);
        assertThat(UnitNormalizer.kind("years old")).isEqualTo(UnitKind.AGE);
        assertThat(UnitNormalizer.kind("minutes")).isEqualTo(UnitKind.TIME);
        assertThat(UnitNormalizer.kind("sailors per day")).isNull();
        assertThat(UnitNormalizer.kind(QuantityExtractor.SHARE_OF + "condos")).isNull();
        assertThat(UnitNormalizer.kind(null)).isNull();
    }

    @Test
    void aRangeOfYearsAfterBetweenIsAPeriod() {
        assertThat(extract("Between 1700 and 1850 river levels fell.")).isEmpty();
        assertThat(extract("The toll rose between 2011 and 2016.")).isEmpty();
        assertThat(extract("Between 1500 and 2000 miners joined the strike.")).extracting(Quantity::unit)
                .containsExactly("miners");
    }

    @Test
    void modelDesignationsAreNamesNotCounts() {
        List<Quantity> qs = extract(
                "The yard delivered about 41000 Model 5 coupes and 12000 Model R and Model T vans.");
        assertThat(qs).extracting(Quantity::value).containsExactly(41000.0, 12000.0);
        assertThat(qs).extracting(QuantityExtractorTest::unit).containsExactly("coupe", "van");
        assertThat(extract("Nearly 300 Phase 3 trials failed.")).extracting(Quantity::value).containsExactly(300.0);
    }

    @Test
    void aRateAfterABracketedAsideBelongsToTheFigureBeforeIt() {
        List<Quantity> qs = extract("The bid of C$8 (US$5.90) per share was accepted.");
        assertThat(qs).extracting(QuantityExtractorTest::unit).containsExactly("canadian dollar per share", "dollar");
    }

    @Test
    void aUnitAndItsSubunitAreOneMeasure() {
        List<Quantity> height = extract("The keeper of Emberlake lighthouse stands 6 feet 3 inches tall.");
        assertThat(height).hasSize(1);
        assertThat(height.get(0).value()).isEqualTo(6.25);
        assertThat(height.get(0).text()).isEqualTo("6 feet 3 inches");
        assertThat(extract("The plank is 4 ft 6 in long.")).extracting(Quantity::value).containsExactly(4.5);
        assertThat(extract("The ticket cost eleven dollars and twenty-five cents.")).extracting(Quantity::value)
                .containsExactly(11.25);
        assertThat(extract("A loaf was 2 euros 40.")).extracting(Quantity::value).containsExactly(2.4);
        // a code between two amounts is the unit of the first; the second is its cents
        assertThat(extract("The fare rises to 17 USD 25.")).extracting(Quantity::value).containsExactly(17.25);
        assertThat(extract("She needs 4 EUR 60 more.")).extracting(Quantity::value).containsExactly(4.6);
        assertThat(extract("It cost 5 dollars 20 years ago.")).extracting(Quantity::value).containsExactly(5.0, 20.0);
        // a bare number that does not end the phrase is a figure of its own
        assertThat(extract("They paid $300 and 40 were sold.")).extracting(Quantity::value)
                .containsExactly(300.0, 40.0);
    }

    @Test
    void aScaleWrittenWithTheCurrency() {
        assertThat(extract("The refit was budgeted at 45 MEUR.")).extracting(Quantity::value).containsExactly(45e6);
        assertThat(extract("Sales reached MUSD 7.5 last spring.")).extracting(Quantity::value).containsExactly(7.5e6);
        assertThat(extract("The port lost 12 USD million.")).extracting(Quantity::value).containsExactly(12e6);
        // a four-letter word in capitals is not a code unless its last three letters name a currency
        assertThat(extract("The MOON 3 mission flew.")).extracting(Quantity::value).doesNotContain(3e6);
    }

    @Test
    void metresBeforeADimensionAdjective() {
        assertThat(extract("The mast is 14.5m tall.")).extracting(Quantity::value).containsExactly(14.5);
        assertThat(extract("The club paid 14.5m pounds.")).extracting(Quantity::value).containsExactly(14.5e6);
    }

    @Test
    void aFractionOfALargeScale() {
        assertThat(extract("The dam cost three quarters billion euros.")).extracting(Quantity::value)
                .containsExactly(7.5e8);
        assertThat(values("two fifths of a million")).containsExactly(400000.0);
    }

    @Test
    void aNumberRunningIntoACodeIsNoFigure() {
        assertThat(extract("Part 5521K310 was shipped.")).isEmpty();
        assertThat(extract("Ask for item 4410 m212.")).isEmpty();
        assertThat(extract("The navy sent 12 F16 jets.")).extracting(Quantity::value).containsExactly(12.0);
        assertThat(extract("The Orlaks keep 3 goats at 27b Quarry Row and 4 at 9a.")).extracting(Quantity::value)
                .containsExactly(3.0, 4.0);
        assertThat(extract("The dividend rose to 17c a share.")).extracting(Quantity::value).containsExactly(17.0);
    }

    @Test
    void houseNumbersAreNotFigures() {
        assertThat(extract("Police called at 14 Larkspur Road and 27b Quarry Row, where 6 officers waited."))
                .extracting(Quantity::value).containsExactly(6.0);
        assertThat(extract("About 40 Quarry Row residents signed.")).extracting(Quantity::value)
                .containsExactly(40.0);
    }

    @Test
    void hyphenChainedDigitGroupsAreTelephoneOrAccountNumbers() {
        assertThat(extract("Call 0161-555-0142 or pay into 4410-22318890-17 for 30 tickets."))
                .extracting(Quantity::value).containsExactly(30.0);
        assertThat(extract("Prices rose 20-30 percent.")).extracting(Quantity::high).containsExactly(30.0);
    }

    @Test
    void lowerCaseDatesAreNotFigures() {
        assertThat(extract("the mill paid $4.2 million on sept. 14 and again as of november 3."))
                .extracting(Quantity::value)
                .containsExactly(4.2e6);
        assertThat(extract("on 2 may the guild was fined 5,000 crowns.")).extracting(Quantity::value)
                .containsExactly(5000.0);
        // "may" and "march" are words before they are months; an amount is never a day
        assertThat(extract("the riders may march 40 miles.")).extracting(Quantity::value).containsExactly(40.0);
        assertThat(extract("The ledger shows $ 12,400.50 february costs.")).extracting(Quantity::value)
                .containsExactly(12400.5);
    }

    @Test
    void digitsInsideAWebAddressAreNotFigures() {
        assertThat(extract("The plan at https://harbour.example/plan?page=14&v=2%20b lists 300 new berths."))
                .extracting(Quantity::value).containsExactly(300.0);
        assertThat(extract("Details: www.example.org/2031/06/7-things-to-know.")).isEmpty();
    }

    @Test
    void oneDayWithAModalIsSomeDay() {
        assertThat(extract("Drones could one day carry 20 parcels each.")).extracting(Quantity::value)
                .containsExactly(20.0);
        assertThat(extract("The 3 stallions one day will race.")).extracting(Quantity::value).containsExactly(3.0);
        assertThat(extract("The crossing took one day.")).extracting(Quantity::value).containsExactly(1.0);
    }

    @Test
    void aPronounOneBeforeAUnitOfMeasureMeasures() {
        assertThat(extract("That one mile of road cost a fortune.")).extracting(Quantity::value).containsExactly(1.0);
        assertThat(extract("That one was sold.")).isEmpty();
    }

    @Test
    void aPriceForADozenIsOneFigure() {
        List<Quantity> qs = extract("Quail eggs sold for 85 cents a dozen in Tarsk.");
        assertThat(qs).extracting(Quantity::value).containsExactly(85.0);
        assertThat(unit(qs.get(0))).isEqualTo("cent per dozen");
    }

    @Test
    void aNumberedExitIsAName() {
        assertThat(extract("Leave at exit 14 and drive 300 metres north.")).extracting(Quantity::value)
                .containsExactly(300.0);
    }

    @Test
    void aHalfNamedByItsPlaceInTimeIsAPeriod() {
        assertThat(extract("Orders for 40 looms came in the second half of the year.")).extracting(Quantity::value)
                .containsExactly(40.0);
        assertThat(extract("Half of the 40 looms were sold.")).extracting(Quantity::value).containsExactly(0.5, 40.0);
    }

    @Test
    void aLetterJoinedToANameIsNoTemperature() {
        List<Quantity> qs = extract("The yard built 9,000 F-Line trucks.");
        assertThat(qs).extracting(Quantity::value).containsExactly(9000.0);
        assertThat(unit(qs.get(0))).endsWith("trucks");
        assertThat(unit(extract("It hit 40 F.").get(0))).isEqualTo("fahrenheit");
    }

    @Test
    void aFractionOfAUnitIsAnAmountInThatUnit() {
        List<Quantity> qs = extract("The patrol walked half a mile, then waited a quarter hour.");
        assertThat(qs).extracting(Quantity::value).containsExactly(0.5, 0.25);
        assertThat(qs).extracting(QuantityExtractorTest::unit).containsExactly("mile", "hour");
        assertThat(extract("A half mile away, 30 homes burned.")).extracting(Quantity::value)
                .containsExactly(0.5, 30.0);
        assertThat(unit(extract("Half the condos were sold.").get(0))).startsWith("%");
        assertThat(extract("A third term began.")).isEmpty();
    }

    @Test
    void aTemperatureLetterOnTheNumberOfANamedModelMarksTheModel() {
        assertThat(extract("The airline leased a Vantor 340F for the route.")).isEmpty();
        assertThat(extract("It was 41C in Tarsk and Orlava 39C.")).extracting(Quantity::value)
                .containsExactly(41.0, 39.0);
    }

    @Test
    void formerEuropeanAndNationalCurrencies() {
        assertThat(extract("The mill in Korvala was sold for 85 million Finnish markka.").get(0))
                .satisfies(q -> {
                    assertThat(q.value()).isEqualTo(85e6);
                    assertThat(unit(q)).isEqualTo("finnish markka");
                });
        assertThat(unit(extract("Tickets cost 900 pesetas in 1991.").get(0))).isEqualTo("spanish peseta");
        assertThat(unit(extract("A loan of 40 million Dutch guilders was agreed.").get(0))).isEqualTo("dutch guilder");
        assertThat(unit(extract("The stall asked 25 Turkish lira for a rug.").get(0))).isEqualTo("turkish lira");
        assertThat(unit(extract("Lunch was 300 Mexican pesos.").get(0))).isEqualTo("mexican peso");
        assertThat(unit(extract("The fee rose to DM 120 that spring.").get(0))).isEqualTo("german mark");
        assertThat(unit(extract("The fare is Rs 45 one way.").get(0))).isEqualTo("indian rupee");
        assertThat(extract("TRY 5 TIPS FOR A CALMER GARDEN")).noneMatch(q -> "turkish lira".equals(unit(q)));
        assertThat(extract("The Tarsk club won 40 games.").get(0).unit()).isEqualTo("games");
        assertThat(unit(extract("A bowl of noodles is 18元 at the corner stall.").get(0))).isEqualTo("chinese yuan");
        assertThat(unit(extract("The wallet held ₿0.25 at the time.").get(0))).isEqualTo("bitcoin");
        assertThat(UnitNormalizer.kind("Finnish markka")).isEqualTo(UnitKind.CURRENCY);
        // codes that are also words count only in capitals
        assertThat(extract("She packed 3 gel packs.").get(0).unit()).isEqualTo("gel packs");
    }

    @Test
    void aSpacedSymbolAfterTheNumberIsItsCurrency() {
        assertThat(extract("A coffee is 3 € in Orvelle and 2 € in Tarsk.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("euro", "euro");
        assertThat(unit(extract("The ticket was 1,500 ₡ at the gate.").get(0))).isEqualTo("costa rican colon");
        assertThat(extract("It was 4 € 50 cents.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(4.5));
        // a symbol glued to the next number is that number's
        assertThat(extract("Orders rose to 40 $30 bundles.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("-", "dollar");
        assertThat(extract("The fair gave out 12 EUR25 vouchers."))
                .extracting(Quantity::value, QuantityExtractorTest::unit)
                .containsExactly(tuple(12.0, "-"), tuple(25.0, "euro"));
    }

    @Test
    void aBareNumberOpeningItsOwnClauseBorrowsNoMeasure() {
        assertThat(extract("Seats cost $45 and 60 were sold.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("dollar", "-");
        // a counted thing still carries over, and so does money without a clause of its own
        assertThat(extract("The choir has 80 singers and 12 are tenors.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("singer", "singer");
        assertThat(extract("Fares rose to $45 and 50 in May.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("dollar", "dollar");
    }

    @Test
    void poundsAreMoneyAmongMoneyWordsAndWeightOtherwise() {
        Quantity profit = extract("Halvern Rail said its annual profit rose to 212 million pounds.").get(0);
        assertThat(profit.value()).isEqualTo(212e6);
        assertThat(unit(profit)).isEqualTo("pound sterling");
        assertThat(profit.text()).isEqualTo("212 million pounds");
        assertThat(unit(extract("The club paid 40 pounds for each ticket.").get(0))).isEqualTo("pound sterling");
        assertThat(unit(extract("Orvelle sold its keeper for 9 million pounds.").get(0))).isEqualTo("pound sterling");
        assertThat(unit(extract("The keeper earns 90,000 pounds in Tarsk.").get(0))).isEqualTo("pound sterling");
        // money in sterling just before makes the next sentences' pounds money, unless a weight word is near
        List<Quantity> after = extract("Tarsk spent £40m last summer. The keeper went for 12 million pounds.");
        assertThat(unit(after.get(1))).isEqualTo("pound sterling");
        assertThat(unit(extract("Tarsk spent £40m last summer. The keeper weighs 210 pounds.").get(1)))
                .isEqualTo("pound-mass");
        // ... for three sentences
        assertThat(unit(extract("Tarsk spent £40m. It rained. Fans sang. The bus was late. The keeper is 210 pounds.")
                .get(1))).isEqualTo("pound-mass");
        // weight: no money word, a weight word, "pounds of", or an adjective
        assertThat(unit(extract("The otter pup is already over three pounds.").get(0))).isEqualTo("pound-mass");
        assertThat(unit(extract("The crate of plums that cost little weighed 40 pounds.").get(0)))
                .isEqualTo("pound-mass");
        assertThat(unit(extract("The sale moved 900 pounds of apples.").get(0))).isEqualTo("pound-mass");
        assertThat(unit(extract("They paid for a 300-pound bell.").get(0))).isEqualTo("pound-mass");
        assertThat(extract("Darro (6-foot-1, 205 pounds) has spent two seasons in Tarsk."))
                .filteredOn(q -> q.value() == 205).singleElement()
                .satisfies(q -> assertThat(unit(q)).isEqualTo("pound-mass"));
    }

    @Test
    void bareDegreesAreAnAngleAmongAngleWordsAndATemperatureOtherwise() {
        Quantity angle = extract("The crane arm was rotated 35 degrees to the east.").get(0);
        assertThat(angle.unit()).isEqualTo(UnitNormalizer.ANGLE_DEGREES);
        assertThat(unit(angle)).isEqualTo("degree");
        assertThat(extract("The ramp has a 12° slope.").get(0).unit()).isEqualTo(UnitNormalizer.ANGLE_DEGREES);
        assertThat(extract("By noon it was 31 degrees in Tarsk.").get(0).unit()).isEqualTo("degrees");
        assertThat(extract("The wind turned and the temperature fell 9 degrees.").get(0).unit()).isEqualTo("degrees");
        assertThat(unit(extract("The kettle reached 96° Celsius.").get(0))).isEqualTo("celsius");
    }

    @Test
    void aBareNumberAfterAgeIsAnAgeInYears() {
        assertThat(extract("The painter died aged 91 in Orvelle.").get(0)).satisfies(q -> {
            assertThat(q.value()).isEqualTo(91);
            assertThat(UnitNormalizer.kind(q.unit())).isEqualTo(UnitKind.AGE);
        });
        assertThat(UnitNormalizer.kind(extract("Pupils under the age of 7 stayed home.").get(0).unit()))
                .isEqualTo(UnitKind.AGE);
        assertThat(UnitNormalizer.kind(extract("At age 14 she left Tarsk.").get(0).unit())).isEqualTo(UnitKind.AGE);
        // a counted thing after the number stays what is counted
        assertThat(extract("The age 30 rowers left.").get(0).unit()).isEqualTo("rowers");
    }

    @Test
    void kitchenMeasuresAnglesAndAbbreviatedDegrees() {
        assertThat(extract("Stir in 2 tablespoons of honey and 1/2 cup of milk."))
                .extracting(QuantityExtractorTest::unit)
                .containsExactly("tablespoon", "cup");
        assertThat(unit(extract("Add 1 tsp salt.").get(0))).isEqualTo("teaspoon");
        assertThat(unit(extract("The shelf is 8 dm wide.").get(0))).isEqualTo("decimetre");
        assertThat(unit(extract("The arm turned 1.2 rad.").get(0))).isEqualTo("radian");
        assertThat(unit(extract("The oven held 180 deg c for an hour.").get(0))).isEqualTo("celsius");
        assertThat(unit(extract("By noon it was 31 celcius in Tarsk.").get(0))).isEqualTo("celsius");
        assertThat(unit(extract("The dial was set to 45 deg.").get(0))).isEqualTo("degree");
        // a spaced one-letter symbol counts in a product of dimensions
        assertThat(extract("The stage is 6 m x 9 m.")).extracting(QuantityExtractorTest::unit)
                .containsExactly("metre", "metre");
    }

    private static List<Double> values(String text) {
        return NumberScanner.scan(text).stream().map(NumberScanner.Found::value).toList();
    }
}
