package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.DateMention;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private final DateExtractor extractor = new DateExtractor();

    /** Reference date: Thursday 2031-05-15 (ISO week 20). */
    private List<DateMention> extract(String text) {
        return extractor.extract(new Article("t", "test", null, null, List.of(), null, "2031-05-15T09:00:00Z", false,
                null, null, List.of(), "en", text, List.of(), List.of(), List.of()));
    }

    private String value(String text, String expression) {
        return extract(text).stream().filter(d -> d.text().equals(expression)).findFirst()
                .map(DateMention::value).orElse(null);
    }

    @Test
    void electionDayInItsCampaignIsTheComingOne() {
        // regression: in September "as Election Day nears" was read as the previous year's
        DateExtractor dates = new DateExtractor();
        java.util.function.Function<String, String> inSeptember = text -> dates.extract(new Article("t", "test", null,
                null, List.of(), null, "2031-09-20", false, null, null, List.of(), "en", text, List.of(), List.of(),
                List.of())).get(0).value();
        assertThat(inSeptember.apply("The mayor is raising money as Election Day nears.")).isEqualTo("2031-11-04");
        assertThat(inSeptember.apply("The mayor is shopping as Christmas nears.")).isEqualTo("2030-12-25");
        assertThat(value("The mayor is raising money as Election Day nears.", "Election Day")).isEqualTo("2030-11-05");
    }

    @Test
    void weekdaysReferToThePastWeekUnlessFuture() {
        assertThat(value("The mayor spoke Thursday.", "Thursday")).isEqualTo("2031-05-15");
        assertThat(value("The mayor spoke Monday.", "Monday")).isEqualTo("2031-05-12");
        assertThat(value("The mayor will speak Monday.", "Monday")).isEqualTo("2031-05-19");
        assertThat(value("The vote is set for next Friday.", "next Friday")).isEqualTo("2031-05-16");
    }

    @Test
    void tenseFromTheNearestMarkerAndPossessiveWeekdays() {
        // "said" is nearer to Monday than "will": the saying was on Monday.
        assertThat(value("The council will decide later, the mayor said Monday.", "Monday")).isEqualTo("2031-05-12");
        assertThat(value("The mayor said the council will vote Monday.", "Monday")).isEqualTo("2031-05-19");
        assertThat(value("Crews planned to leave on Saturday.", "Saturday")).isEqualTo("2031-05-17");
        assertThat(value("Lawyers said they will appeal Tuesday's ruling.", "Tuesday")).isEqualTo("2031-05-13");
        assertThat(value("The United Front meets Friday.", "Friday")).isEqualTo("2031-05-09");
    }

    @Test
    void aShiftFromAnEventIsNotAShiftFromTheArticleDate() {
        // TimeML annotates the counted length; "after", "later" are signals linking it to the event
        assertThat(extract("The bridge reopened two days after it was repaired.")).extracting(DateMention::value)
                .containsExactly("P2D");
        assertThat(extract("Trade resumed three years after the war began.")).extracting(DateMention::value)
                .containsExactly("P3Y");
        assertThat(value("The crew returned three days later.", "three days later")).isEqualTo("P3D");
        assertThat(value("The crew returned an hour later.", "an hour later")).isEqualTo("PT1H");
        assertThat(value("The ferry sailed two days ago.", "two days ago")).isEqualTo("2031-05-13");
        assertThat(extract("The mill shut the week before the flood.")).isEmpty();
    }

    @Test
    void dayAndMonthFollowTheTense() {
        assertThat(value("The fund will pay out on Jan. 10.", "Jan. 10")).isEqualTo("2032-01-10");
        assertThat(value("The lease ran out on Jan. 10.", "Jan. 10")).isEqualTo("2031-01-10");
        // no tense marker: a date a few months ahead is a coming one, one further ahead is last year's
        assertThat(value("Ballots are counted on Aug. 1.", "Aug. 1")).isEqualTo("2031-08-01");
        assertThat(value("Sales for the year to Dec. 31 rose.", "Dec. 31")).isEqualTo("2030-12-31");
        // a coming date may be a few days behind the article date
        assertThat(value("The board will decide by May 12.", "May 12")).isEqualTo("2031-05-12");
        assertThat(value("The port must repay the loan by February.", "February")).isEqualTo("2032-02");
        assertThat(value("Saturday, June 7: The fair opens.", "Saturday, June 7")).isEqualTo("2031-06-07");
    }

    @Test
    void tenseMarkersInTheSentence() {
        // "next to" is no future and "U.S." ends no sentence
        assertThat(value("Rebels shelled a depot next to the U.S. mission on Friday.", "Friday"))
                .isEqualTo("2031-05-09");
        assertThat(value("Unions planned a march on Saturday.", "Saturday")).isEqualTo("2031-05-17");
        assertThat(value("Talks are set to resume Monday in Oslo.", "Monday")).isEqualTo("2031-05-19");
        assertThat(value("The envoy brought the letter on Monday.", "Monday")).isEqualTo("2031-05-12");
    }

    @Test
    void periodsOfNamedYears() {
        String report = "Profit rose in the first quarter. It was flat in the year-ago quarter.";
        assertThat(value(report, "the first quarter")).isEqualTo("2031-Q1");
        assertThat(value(report, "the year-ago quarter")).isEqualTo("2030-Q1");
        assertThat(value("Sales beat the 2029 third quarter.", "the 2029 third quarter")).isEqualTo("2029-Q3");
        assertThat(value("Output rose in this year's first quarter.", "this year's first quarter"))
                .isEqualTo("2031-Q1");
        assertThat(value("Work ends in the second half of 2032.", "the second half of 2032")).isEqualTo("2032-H2");
        assertThat(value("Stocks fell in the third quarter of 2028.", "the third quarter of 2028"))
                .isEqualTo("2028-Q3");
        assertThat(value("It posted its best results in the latest quarter.", "the latest quarter"))
                .isEqualTo("2031-Q1");
    }

    @Test
    void reportingPeriods() {
        assertThat(value("Revenue was $4 million for the year ended March 31.", "the year")).isEqualTo("P1Y");
        String report = "Profit rose in the first quarter. For the nine months, sales fell from a year earlier.";
        assertThat(value(report, "a year earlier")).isEqualTo("2030");
        assertThat(value("Rent rose from $2 million last year.", "last year")).isEqualTo("2030");
        assertThat(value("Fiscal 2030 sales were flat.", "Fiscal 2030")).isEqualTo("2030");
    }

    @Test
    void clockTimes() {
        assertThat(value("The ferry left at 10:35 a.m. from the pier.", "10:35 a.m.")).isEqualTo("2031-05-15T10:35");
        assertThat(value("Polls close at 8 p.m. EST, May 20.", "8 p.m. EST, May 20")).isEqualTo("2031-05-20T20:00");
        assertThat(value("The strike will start at noon Friday.", "noon Friday")).isEqualTo("2031-05-16T12:00");
        assertThat(extract("The film was a kind of high noon for the town.")).isEmpty();
    }

    @Test
    void yearsAndDecadesInWords() {
        assertThat(value("In nineteen ninety-six, the mill closed.", "nineteen ninety-six")).isEqualTo("1996");
        assertThat(value("Plans reach to the year two thousand.", "the year two thousand")).isEqualTo("2000");
        assertThat(value("It began in January nineteen eighty-four.", "January nineteen eighty-four"))
                .isEqualTo("1984-01");
        assertThat(value("Snow fell in the winter of nineteen seventy-nine.", "the winter of nineteen seventy-nine"))
                .isEqualTo("1979-WI");
        assertThat(value("Jazz boomed in the nineties.", "the nineties")).isEqualTo("199");
        assertThat(value("Rates peaked in the '80s.", "the '80s")).isEqualTo("198");
        assertThat(value("The hall dates from the 12th century.", "the 12th century")).isEqualTo("11");
        assertThat(DateExtractor.wordYear("twenty twelve")).isEqualTo(2012);
    }

    @Test
    void durationsAndVagueOnes() {
        assertThat(value("Prices rose in recent years.", "recent years")).isEqualTo("PXY");
        assertThat(value("Talks resume in coming weeks.", "coming weeks")).isEqualTo("PXW");
        assertThat(value("Rain fell over the past few weeks.", "the past few weeks")).isEqualTo("PXW");
        assertThat(value("The plant ran for a couple of years.", "a couple of years")).isEqualTo("P2Y");
        assertThat(value("The town earns $3 million a year from tolls.", "a year")).isEqualTo("P1Y");
        assertThat(value("The dam has stood for two decades.", "two decades")).isEqualTo("P20Y");
        assertThat(value("Tourism grew over the past decade.", "the past decade")).isEqualTo("P10Y");
        assertThat(value("It needs two more weeks.", "two more weeks")).isEqualTo("P2W");
        assertThat(value("The court gave it an additional year.", "an additional year")).isEqualTo("P1Y");
        assertThat(value("They had sixty days to leave.", "sixty days")).isEqualTo("P60D");
        assertThat(extract("Rebels hold three-quarters of the valley.")).isEmpty();
    }

    @Test
    void setsHolidaysAndSeasons() {
        assertThat(value("The index is updated each month.", "each month")).isEqualTo("P1M");
        assertThat(value("Buses leave hourly.", "hourly")).isEqualTo("PT1H");
        assertThat(value("Shops closed on Thanksgiving Day.", "Thanksgiving Day")).isEqualTo("2030-11-28");
        assertThat(value("The parade will be held on Christmas Eve.", "Christmas Eve")).isEqualTo("2031-12-24");
        assertThat(value("Pilgrims came at Easter 2032.", "Easter 2032")).isEqualTo("2032-03-28");
        assertThat(extract("Prices may fall sharply.")).isEmpty();
        assertThat(value("The bridge reopened in fall.", "fall")).isEqualTo("2030-FA");
    }

    @Test
    void anaphoricDaysAndYears() {
        String text = "The treaty was signed on March 3, 2029. Earlier that day, crowds gathered. Later that year, "
                + "trade resumed.";
        assertThat(value(text, "Earlier that day")).isEqualTo("2029-03-03");
        assertThat(value(text, "Later that year")).isEqualTo("2029");
        assertThat(value("Sales doubled over the past year.", "the past year")).isEqualTo("2030");
    }

    @Test
    void nowAsATimeAndAsADiscourseMarker() {
        assertThat(value("Now the talks resume in Oslo.", "Now")).isEqualTo("PRESENT_REF");
        assertThat(extract("Now, the talks resume in Oslo.")).isEmpty();
    }

    @Test
    void partsOfDaySetsAndYearsBeforeCommas() {
        assertThat(value("Shots were heard Tuesday night.", "Tuesday night")).isEqualTo("2031-05-13TNI");
        assertThat(value("The ferry left this morning.", "this morning")).isEqualTo("2031-05-15TMO");
        assertThat(value("It rained last night.", "last night")).isEqualTo("2031-05-14TNI");
        assertThat(value("Buses run daily.", "daily")).isEqualTo("P1D");
        assertThat(value("In 2029, the port reopened.", "2029")).isEqualTo("2029");
        assertThat(value("Fishers landed 1,989 crates.", "1,989")).isNull();
    }

    @Test
    void absoluteDates() {
        assertThat(value("It opened Wednesday, Oct. 30, 2024 downtown.", "Wednesday, Oct. 30, 2024"))
                .isEqualTo("2024-10-30");
        assertThat(value("It closed in February 2022.", "February 2022")).isEqualTo("2022-02");
        assertThat(value("Filed March 7, 2024.", "March 7, 2024")).isEqualTo("2024-03-07");
        assertThat(value("Filed 7 March 2024.", "7 March 2024")).isEqualTo("2024-03-07");
    }

    @Test
    void relativeExpressions() {
        assertThat(value("The canal froze in August.", "August")).isEqualTo("2030-08");
        assertThat(value("The canal froze in April.", "April")).isEqualTo("2031-04");
        assertThat(value("Sales fell earlier this month.", "earlier this month")).isEqualTo("2031-05");
        assertThat(value("Sales fell last year.", "last year")).isEqualTo("2030");
        assertThat(value("Sales fell this week.", "this week")).isEqualTo("2031-W20");
        assertThat(value("It rained yesterday.", "yesterday")).isEqualTo("2031-05-14");
        assertThat(value("The well ran dry three years ago.", "three years ago")).isEqualTo("2028");
        assertThat(value("They waited for three years.", "three years")).isEqualTo("P3Y");
    }

    @Test
    void anaphoricShiftUsesLastMentionedDate() {
        List<DateMention> ds = extract("The pact was signed on May 2, 2031. A day earlier, talks nearly failed.");
        assertThat(ds).extracting(DateMention::value).containsExactly("2031-05-02", "2031-05-01");
    }

    @Test
    void mayTheModalIsNotAMonth() {
        assertThat(extract("Officials may delay the count.")).isEmpty();
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDates() {
        List<DateMention> ds = extractor.extract(new Article("t", "test", null, null, List.of(), null, null, false,
                null, null, List.of(), "en", "On Monday, after June 3, 2030, it ended.", List.of(), List.of(),
                List.of()));
        assertThat(ds).extracting(DateMention::value).containsExactly("2030-06-03");
    }

    @Test
    void aQuotationHasItsOwnTense() {
        // the attribution's "said" does not decide for a date inside the quote, in any quote style
        assertThat(value("\"The ministers will sign the treaty in the capital Monday,\" she said.", "Monday"))
                .isEqualTo("2031-05-19");
        assertThat(value("``The ministers will sign the treaty in the capital Monday,'' she said.", "Monday"))
                .isEqualTo("2031-05-19");
        // nor the quote's "will" for the attribution
        assertThat(value("The mayor spoke Monday: \"Rain will come.\"", "Monday")).isEqualTo("2031-05-12");
    }

    @Test
    void pastPlansAndProgressivePlans() {
        // "had been due to", "had planned": a plan overtaken since, which does not point ahead
        assertThat(value("The offer had been due to expire Friday, but it was extended.", "Friday"))
                .isEqualTo("2031-05-09");
        assertThat(value("The league had planned a final on Saturday.", "Saturday")).isEqualTo("2031-05-10");
        // "were planning": the auxiliary belongs to the plan, which points ahead
        assertThat(value("On Saturday the strikers were planning a march.", "Saturday")).isEqualTo("2031-05-17");
    }

    @Test
    void sinceCountsFromThePast() {
        assertThat(value("Exports have grown since March and are expected to rise.", "March")).isEqualTo("2031-03");
    }

    @Test
    void yearAgoIsDeicticTheFollowingYearAnaphoric() {
        // "year-ago" counts from the article's date, even after a full date of another year
        assertThat(value("The mill reopened on March 3, 2029. Output beat year-ago levels.", "year-ago"))
                .isEqualTo("2030");
        // "the following year" is next to the year the text is at, coarser than any full date given
        assertThat(value("The plant closed in 2027. The following year it reopened.", "The following year"))
                .isEqualTo("2028");
        assertThat(value("The plant closed in 2027, the year before the strike.", "the year before")).isNull();
    }

    @Test
    void halvesAndTradingDays() {
        assertThat(value("The climb took 3 1/2 hours.", "3 1/2 hours")).isEqualTo("PT3H30M");
        assertThat(value("The lease ran for 4 1/2 years.", "4 1/2 years")).isEqualTo("P4Y6M");
        assertThat(value("The talks lasted two and a half days.", "two and a half days")).isEqualTo("P2DT12H");
        assertThat(value("The ovation lasted a minute and a half.", "a minute and a half")).isNull();
        assertThat(value("The ovation lasted for a minute and a half.", "a minute and a half")).isEqualTo("PT1M30S");
        assertThat(value("The cast toured for 2 1/2 weeks.", "2 1/2 weeks")).isEqualTo("P2.5W");
        assertThat(value("Shares fell for six trading days.", "six trading days")).isEqualTo("P6D");
    }

    @Test
    void recurringDaysAndMonthsAreSets() {
        assertThat(value("The market opens every Monday.", "every Monday")).isEqualTo("XXXX-WXX-1");
        assertThat(value("The club meets on Fridays.", "Fridays")).isEqualTo("XXXX-WXX-5");
        assertThat(value("Bingo runs Tuesday nights.", "Tuesday nights")).isEqualTo("XXXX-WXX-2TNI");
        assertThat(value("The choir sings every Sunday morning.", "every Sunday morning")).isEqualTo("XXXX-WXX-7TMO");
        assertThat(value("The fair returns each July.", "each July")).isEqualTo("XXXX-07");
        // a single weekday stays a date
        assertThat(value("The club met on Friday.", "Friday")).isEqualTo("2031-05-09");
    }

    @Test
    void todaysWorldIsTheEraNotTheDay() {
        assertThat(value("Farming in today's world needs drones.", "today's")).isNull();
        assertThat(value("The bridge cost $4 million in today's dollars.", "today's")).isNull();
        assertThat(value("The ad ran in today's edition.", "today's")).isEqualTo("2031-05-15");
    }

    @Test
    void theNextMorningFollowsTheDayTheTextIsAt() {
        assertThat(value("The storm hit on May 3, 2031. The next morning, crews cleared roads.", "The next morning"))
                .isEqualTo("2031-05-04TMO");
        assertThat(value("The ferry leaves next morning.", "next morning")).isEqualTo("2031-05-16TMO");
        assertThat(value("The ferry left this morning.", "this morning")).isEqualTo("2031-05-15TMO");
    }

    @Test
    void anAbbreviatedMonthBeforeANameIsAFirstName() {
        assertThat(extract("The envoys of Chile and Jan Novak of Slovakia signed.")).isEmpty();
        assertThat(value("The envoys met in Jan. and again in June.", "Jan")).isEqualTo("2031-01");
        assertThat(value("The envoys met last Jan and again in June.", "last Jan")).isEqualTo("2031-01");
    }

    @Test
    void aMatchIsNotCutShortByTheSearchWindowOfAnEarlierWord() {
        // the unit word in "Today" opens a window that ends inside "and a half": the match still runs to its end
        assertThat(value("Today the council of a city spent 2 years and a half.", "2 years and a half"))
                .isEqualTo("P2Y6M");
    }

    @Test
    void earlyAndLateBelongToTheExtent() {
        assertThat(value("The board meets early next week.", "early next week")).isEqualTo("2031-W21");
        assertThat(value("The board met late last week.", "late last week")).isEqualTo("2031-W19");
    }

    @Test
    void twentiethAndTwentyFirstCenturies() {
        assertThat(value("Steel shaped the 20th century.", "the 20th century")).isEqualTo("19");
        assertThat(value("Data shapes the 21st century.", "the 21st century")).isEqualTo("20");
        assertThat(value("Monks copied books in the 9th century.", "the 9th century")).isEqualTo("08");
    }

    @Test
    void aDateThatDoesNotExistIsSkippedNotFatal() {
        List<DateMention> dates = extract("The memo, dated 2/29/2029, came after Feb. 30, 2030 and before Monday.");
        assertThat(dates).extracting(DateMention::text).doesNotContain("2/29/2029", "Feb. 30, 2030");
        assertThat(value("The memo, dated 2/29/2029, came after Feb. 30, 2030 and before Monday.", "Monday"))
                .isEqualTo("2031-05-12");
        assertThat(value("The memo is dated 2/29/2028.", "2/29/2028")).isEqualTo("2028-02-29");
    }

    @Test
    void tokenizedCommasAndPricesBeforeMonths() {
        // text tokenized with a space before the comma keeps its year
        assertThat(value("The charter was signed Dec. 31 , 2029 in the port.", "Dec. 31 , 2029"))
                .isEqualTo("2029-12-31");
        // a price is not a day of the month
        assertThat(extract("Futures for $12 December delivery rose.")).extracting(DateMention::text)
                .doesNotContain("12 December");
    }

    @Test
    void aQualifiedMonthAndDayIsOneDateInTheDirectionItNames() {
        // the reference is 2031-05-15: "last Oct. 23" lies in 2030, however the sentence is worded
        assertThat(value("The mayor was elected last Oct. 23 in a close race.", "last Oct. 23"))
                .isEqualTo("2030-10-23");
        assertThat(value("The dam failed last May 2 after the storm.", "last May 2")).isEqualTo("2031-05-02");
        assertThat(value("The ferry line opens next June 4.", "next June 4")).isEqualTo("2031-06-04");
    }

    @Test
    void aSecondDayAfterAMonthAndDaySharesItsMonth() {
        String text = "The fair will be held on June 20 and 21 in the old harbour.";
        assertThat(value(text, "June 20")).isEqualTo("2031-06-20");
        assertThat(value(text, "21")).isEqualTo("2031-06-21");
        // a count after "and" is not a day
        assertThat(extract("Sales peaked on June 2 and 40 stalls closed.")).extracting(DateMention::text)
                .containsExactly("June 2");
    }

    @Test
    void aMonthBeforeTheEventItDates() {
        assertThat(value("The March referendum will settle the question.", "March")).isEqualTo("2032-03");
        assertThat(extract("The March of the Veterans passed the square.")).isEmpty();
    }

    @Test
    void aPlanWordUsedAsAnAdjectiveDatesNothing() {
        // "hastily planned" describes the trip; the verb of the clause is in the past
        assertThat(value("On Monday, when the envoy cut short a hastily planned tour, the ministry closed its border.",
                "Monday")).isEqualTo("2031-05-12");
        assertThat(value("On Monday, the ministry planned to close its border.", "Monday")).isEqualTo("2031-05-19");
    }

    @Test
    void aVagueCountBackFromNowIsAPastReference() {
        assertThat(value("The lighthouse was rebuilt several years ago.", "several years ago")).isEqualTo("PAST_REF");
        assertThat(value("The lighthouse stood empty for several years.", "several years")).isEqualTo("PXY");
    }

    @Test
    void aDeadlineMetInThePastPerfectIsBehind() {
        assertThat(value("Forty mills had filed their returns by Tuesday.", "Tuesday")).isEqualTo("2031-05-13");
        assertThat(value("The mills must file their returns by Tuesday.", "Tuesday")).isEqualTo("2031-05-20");
        // a past perfect in another clause does not decide
        assertThat(value("The levy, which had been expected, must be paid by Tuesday.", "Tuesday"))
                .isEqualTo("2031-05-20");
    }

    @Test
    void holidayWeeksAndHolidaysJustAhead() {
        // the reference is Thursday 2031-05-15; Easter 2032 is March 28, Easter 2031 was April 13
        assertThat(value("Pilgrims filled the town as Easter week began.", "Easter week")).isEqualTo("2031-W15");
        Article lateNovember = new Article("t", "test", null, null, List.of(), null, "2031-11-24T09:00:00Z", false,
                null, null, List.of(), "en", "Shoppers crowded the malls before Thanksgiving.", List.of(), List.of(),
                List.of());
        // Thanksgiving 2031 is November 27, three days ahead: the coming one, though the sentence is past
        assertThat(extractor.extract(lateNovember)).extracting(DateMention::value).containsExactly("2031-11-27");
        assertThat(value("Shoppers crowded the malls before Thanksgiving.", "Thanksgiving")).isEqualTo("2030-11-28");
    }

    @Test
    void hoursNamedByThePartOfTheDay() {
        String text = "The convoy left on May 12, 2031. It set off at 5 in the morning and camped at 9 at night.";
        assertThat(value(text, "5 in the morning")).isEqualTo("2031-05-12T05:00");
        assertThat(value(text, "9 at night")).isEqualTo("2031-05-12T21:00");
        assertThat(value("The ferry docked on May 12, 2031, at 3 o'clock in the afternoon.",
                "3 o'clock in the afternoon")).isEqualTo("2031-05-12T15:00");
    }

    @Test
    void theDayBeforeOrAfterANamedDay() {
        assertThat(value("The guild met the day before yesterday.", "the day before yesterday"))
                .isEqualTo("2031-05-13");
        assertThat(value("The day before last Monday's vote, the guild met.", "The day before last Monday"))
                .isEqualTo("2031-05-11");
        assertThat(value("The ferry sails the day after tomorrow.", "the day after tomorrow")).isEqualTo("2031-05-17");
    }

    @Test
    void aCountWithACapitalizedUnitIsATitle() {
        assertThat(extract("She told the show 48 Hours Mystery that she was innocent.")).isEmpty();
        assertThat(value("The talks lasted 48 hours.", "48 hours")).isEqualTo("PT48H");
    }

    @Test
    void aQuarterNotYetOverIsAForecastNotThePeriodReported() {
        // the reference is 2031-05-15: the first quarter is over, the second is not
        String text = "Profit rose in the first quarter. The firm expects a loss in the second quarter. "
                + "The year-ago quarter was weak.";
        assertThat(value(text, "The year-ago quarter")).isEqualTo("2030-Q1");
    }

    @Test
    void theDayBeforeAnEventClauseIsNotADate() {
        assertThat(extract("The envoy toured the port later in the day before flying home.")).isEmpty();
        assertThat(extract("He was last seen on the pier the day before officials closed it.")).isEmpty();
        // without an event after it, the day before is counted from the date the text is at
        assertThat(value("The pact was signed on May 2, 2031. The day before, talks nearly failed.", "The day before"))
                .isEqualTo("2031-05-01");
    }

    @Test
    void earlyAndLateSeasons() {
        assertThat(value("The canal froze in the early winter.", "the early winter")).isEqualTo("2030-WI");
        assertThat(value("The canal froze in late autumn.", "late autumn")).isEqualTo("2030-FA");
    }

    @Test
    void aGrowthRateIsNotARecurringTime() {
        assertThat(extract("The mill expects output to rise 6% annually.")).isEmpty();
        assertThat(extract("Exports grew 4 percent yearly.")).isEmpty();
        assertThat(value("The fair is held annually in the old port.", "annually")).isEqualTo("P1Y");
    }

    @Test
    void aMonthWithARelativeYearIsOneDate() {
        assertThat(extract("The orchard flooded in February last year.")).extracting(DateMention::text,
                DateMention::value).containsExactly(tuple("February last year", "2030-02"));
        assertThat(value("The ferry opens in March next year.", "March next year")).isEqualTo("2032-03");
        assertThat(value("Sales dipped in January this year.", "January this year")).isEqualTo("2031-01");
        // the year owns a noun: the month stays on its own
        assertThat(extract("Sales in June last year's catalogue rose.")).extracting(DateMention::text)
                .doesNotContain("June last year");
    }

    @Test
    void fallAfterToIsTheVerbUnlessASeasonLeadsToIt() {
        assertThat(extract("Analysts expect copper prices to fall further.")).isEmpty();
        assertThat(extract("The coalition began to fall apart.")).isEmpty();
        assertThat(value("The trail is open from spring to fall.", "fall")).isNotNull();
        assertThat(value("The museum reopens in fall.", "fall")).isNotNull();
    }

    @Test
    void aFiscalQuarterReportedInThePastIsThePeriodCompared() {
        // the reference is 2031-05-15: the calendar second quarter is not over, a fiscal one already reported is
        String reported = "The brewer reported a sharp drop in second-quarter profit. Sales fell from a year earlier.";
        assertThat(value(reported, "a year earlier")).isEqualTo("2030-Q2");
        String ended = "Net income for its second quarter ended April 30 rose. Sales fell from a year earlier.";
        assertThat(value(ended, "a year earlier")).isEqualTo("2030-Q2");
        String forecast = "The brewer said it expects a drop in second-quarter profit. Sales fell from a year earlier.";
        assertThat(value(forecast, "a year earlier")).isEqualTo("2030");
    }

    @Test
    void centuriesAreAVagueLength() {
        assertThat(value("The abbey has brewed beer for centuries.", "centuries")).isEqualTo("PXC");
        assertThat(value("The abbey has brewed beer for decades.", "decades")).isEqualTo("PXDE");
    }

    @Test
    void aCapitalizedRelativeUnitIsATitle() {
        assertThat(extract("The minister said on the talk show \"This Week With Ann Doe\" that talks went well."))
                .isEmpty();
        assertThat(value("The minister said this week that talks went well.", "this week")).isEqualTo("2031-W20");
        assertThat(value("This week the minister said talks went well.", "This week")).isEqualTo("2031-W20");
    }

    @Test
    void theCurrentFiscalYearIsTheWritersYear() {
        // the last full date is in 2032, but "current" speaks from the article's date
        String text = "The miller expects profit for the year ending March 31, 2032, to rise. "
                + "Sales in the current fiscal year are strong.";
        assertThat(value(text, "the current fiscal year")).isEqualTo("2031");
    }

    @Test
    void aQualifiedPartOfTheDay() {
        assertThat(value("Shares slid until mid-afternoon yesterday.", "mid-afternoon yesterday"))
                .isEqualTo("2031-05-14TAF");
        assertThat(value("By late morning the ferry had docked.", "late morning")).isEqualTo("2031-05-15TMO");
        // on the date the text is at
        assertThat(value("The ferry left on May 2. By early evening it had docked.", "early evening"))
                .isEqualTo("2031-05-02TEV");
    }

    @Test
    void theWeekOfADayIsItsIsoWeek() {
        assertThat(extract("The hearing may be held the week of June 9.")).extracting(DateMention::text,
                DateMention::value).containsExactly(tuple("the week of June 9",
                        "2031-W24"));
    }

    @Test
    void thePreviousOrFollowingWeekdayCountsFromTheDateTheTextIsAt() {
        assertThat(value("Trading closed on Friday, May 9. Shares fell 2% from the previous Friday.",
                "the previous Friday")).isEqualTo("2031-05-02");
        assertThat(value("The talks began on Friday, May 9 and ended the following Monday.",
                "the following Monday")).isEqualTo("2031-05-12");
    }

    @Test
    void aParticipleAfterADeterminerIsAnAdjectiveNotAPastTense() {
        assertThat(value("The bonus would be paid on a still unspecified date in March.", "March"))
                .isEqualTo("2032-03");
        assertThat(value("The board would weigh the revised offer Monday.", "Monday")).isEqualTo("2031-05-19");
        assertThat(value("The board would say it revised the offer Monday.", "Monday")).isEqualTo("2031-05-12");
    }

    @Test
    void anAgreementToActPointsAhead() {
        assertThat(value("The mill agreed to sell its dairy unit for $4 million in March.", "March"))
                .isEqualTo("2032-03");
        assertThat(value("The mill announced an agreement to buy a rival in February.", "February"))
                .isEqualTo("2032-02");
        // agreeing to a thing is not a plan: the date is the agreement's
        assertThat(value("The union agreed to the contract on Monday.", "Monday")).isEqualTo("2031-05-12");
    }

    @Test
    void aPeriodEndedOnADayThatHasPassed() {
        assertThat(value("In the fiscal year ended July 31, the grocer earned $3 million.", "July 31"))
                .isEqualTo("2030-07-31");
        assertThat(value("The grocer will report on July 31.", "July 31")).isEqualTo("2031-07-31");
    }

    @Test
    void theFollowingMonthCountsFromTheMonthMentionedLast() {
        String text = "In January, the cooperative sought a buyer. The following month, it sold its silos.";
        assertThat(value(text, "The following month")).isEqualTo("2031-02");
        assertThat(value("The cooperative will sell its silos the following month.", "the following month"))
                .isEqualTo("2031-06");
    }

    @Test
    void theNthDayOfAnEventIsTheDayTheTextIsAt() {
        assertThat(value("Today is the fifth day of the dockers' strike.", "the fifth day")).isEqualTo("2031-05-15");
        assertThat(value("It's the 3rd straight day of rain in the valley.", "the 3rd straight day"))
                .isEqualTo("2031-05-15");
        // not a present statement: the first day of a term is no date of the text
        assertThat(extract("She promised to act on the first day of her term.")).isEmpty();
    }

    @Test
    void thePartOfTheDayAfterAPreposition() {
        String text = "Grain prices fell on Friday, May 9. Buyers returned in the morning.";
        assertThat(value(text, "the morning")).isEqualTo("2031-05-09TMO");
        assertThat(value("Police closed the road at 4 in the morning.", "4 in the morning"))
                .isEqualTo("2031-05-15T04:00");
        assertThat(value("Crews worked through the early-evening shift.", "early-evening")).isEqualTo("2031-05-15TEV");
        assertThat(extract("The morning papers were late.")).isEmpty();
    }

    @Test
    void aYearEarlierAfterThisYearsQuarterIsThatQuarterAYearBefore() {
        // the last full date is in 2033: the comparison follows the quarter reported, not that date
        String text = "The grocer signed a lease running to June 30, 2033. In this year's first quarter, net rose "
                + "to $5 million from $4 million a year earlier.";
        assertThat(value(text, "a year earlier")).isEqualTo("2030-Q1");
    }

    @Test
    void theLatestPeriodIsTheQuarterReported() {
        // the reference is 2031-05-15: a fiscal second quarter reported in the past, then "the latest period"
        String text = "The brewer reported a drop in second-quarter profit. Sales in the latest period were flat.";
        assertThat(value(text, "the latest period")).isEqualTo("2031-Q2");
        assertThat(value("Sales in the latest period were flat.", "the latest period")).isEqualTo("2031-Q1");
    }
}
