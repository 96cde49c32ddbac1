package org.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.corroborate.model.Removed;
import org.junit.jupiter.api.Test;

/** Cleaning rules on fictional pages (a made-up town council, made-up reporters). */
class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private List<Article> text(String id, String content) {
        return cleaner.clean(new Document(id, id + ".txt", DocumentFormat.TEXT, content, null));
    }

    private static List<String> removed(Article a, String reason) {
        return a.removed().stream().filter(r -> r.reason().equals(reason)).map(Removed::text).toList();
    }

    private static final String WIRE_PAGE = """
            Lakeview council votes to close harbour bridge for repairs

            By Jana Roe and Tomas Okafor

            LAKEVIEW (Reuters) -The Lakeview town council voted on Tuesday to close the old harbour bridge for six months of repairs, the mayor said.

            The bridge carries about 4,000 vehicles a day, according to the council's own traffic count.

            FERRY SERVICE EXTENDED

            A ferry will run every twenty minutes while the bridge is shut, officials said.

            (Reporting by Jana Roe, Tomas Okafor and Lee Varga; editing by Mara Holt)""";

    @Test
    void wirePageGivesTitleOutletAuthorsDatelineAndCredits() {
        Article a = text("wire", WIRE_PAGE).get(0);
        assertThat(a.id()).isEqualTo("wire");
        assertThat(a.title()).isEqualTo("Lakeview council votes to close harbour bridge for repairs");
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.authors()).containsExactly("Jana Roe", "Tomas Okafor");
        assertThat(a.dateline()).isEqualTo("LAKEVIEW");
        assertThat(a.credits()).containsExactly("Jana Roe", "Tomas Okafor", "Lee Varga");
        assertThat(a.body()).startsWith("The Lakeview town council voted").endsWith("officials said.");
        assertThat(a.body()).doesNotContain("By Jana Roe", "(Reuters)", "Reporting by", "FERRY SERVICE", "harbour bridge for repairs");
        assertThat(removed(a, "dateline")).containsExactly("LAKEVIEW (Reuters) -");
        assertThat(removed(a, "byline")).containsExactly("By Jana Roe and Tomas Okafor");
        assertThat(removed(a, "subhead")).containsExactly("FERRY SERVICE EXTENDED");
        assertThat(removed(a, "title")).hasSize(1);
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.sentences()).isEmpty();
    }

    @Test
    void dateRunIntoCaptionIsSplitAndBothRemoved() {
        String page = " date 2031-05-04 Mayor Ilse Brandt, left, walks across the harbour bridge on Monday, May 3, 2031. (AP Photo/Omar Diaz)\n\n"
                + "LAKEVIEW, Ore. (AP) \u2014 The harbour bridge will close for six months, the town council decided on Tuesday.\n\n"
                + "The mayor said a ferry would replace it while repairs go on.";
        Article a = text("ap", page).get(0);
        assertThat(a.outlet()).isEqualTo("AP");
        assertThat(a.published()).isEqualTo("2031-05-04");
        assertThat(a.dateline()).isEqualTo("LAKEVIEW, Ore.");
        assertThat(removed(a, "date")).containsExactly("date 2031-05-04");
        assertThat(removed(a, "caption")).singleElement().asString().endsWith("(AP Photo/Omar Diaz)");
        assertThat(a.body()).startsWith("The harbour bridge will close").doesNotContain("AP Photo", "2031-05-04");
        assertThat(a.title()).isNull();
    }

    @Test
    void widgetLinesAnywhereAndFilesFromCreditAreRemoved() {
        String page = """
                The harbour bridge in Lakeview will close for repairs in June, the council said on Tuesday.
                Share this article
                Drivers will be sent along the coast road, which adds about ten minutes to the trip.
                Get breaking Local news
                The council expects the repairs to cost 3.2 million.
                \u2014 with files from The Associated Press and Agence France-Presse
                Comments""";
        Article a = text("rewrite", page).get(0);
        assertThat(a.outlet()).isNull();
        assertThat(a.credits()).containsExactly("The Associated Press", "Agence France-Presse");
        assertThat(removed(a, "widget")).containsExactly("Share this article", "Get breaking Local news", "Comments");
        assertThat(a.body()).doesNotContain("Share this", "Get breaking", "Comments", "with files from");
        assertThat(a.body().split("\n\n")).hasSize(3);
    }

    @Test
    void headerWithRepeatedHeadlineWidgetsAndSummaryBulletsKeepsTitleOnce() {
        String page = """
                Lakeview to shut harbour bridge for half a year

                Short Url
                Updated 04 May 2031
                Follow

                Lakeview to shut harbour bridge for half a year

                  \u2022 Some 4,000 cars a day will be diverted
                  \u2022 Ferry to run every twenty minutes

                LAKEVIEW: The town council voted on Tuesday to close the harbour bridge for six months of repairs.
                The works will include:
                - new steel cables
                - a resurfaced deck
                The mayor said the town had waited long enough.""";
        Article a = text("republished", page).get(0);
        assertThat(a.title()).isEqualTo("Lakeview to shut harbour bridge for half a year");
        assertThat(a.published()).isEqualTo("2031-05-04");
        assertThat(a.updated()).isEqualTo("2031-05-04");
        assertThat(a.outlet()).isNull();
        assertThat(a.dateline()).isEqualTo("LAKEVIEW");
        assertThat(removed(a, "repeated headline")).hasSize(1);
        assertThat(removed(a, "summary bullets")).hasSize(2);
        assertThat(removed(a, "widget")).containsExactly("Short Url", "Follow");
        assertThat(a.body()).startsWith("The town council voted")
                .doesNotContain("half a year", "Short Url", "Updated", "4,000 cars")
                .contains("- new steel cables", "- a resurfaced deck");
    }

    @Test
    void gluedUnrelatedArticleIsSplitIntoTwoParts() {
        String page = """
                Lakeview to shut harbour bridge for half a year
                Updated 04 May 2031
                Follow
                Lakeview to shut harbour bridge for half a year
                LAKEVIEW: The Lakeview council voted on Tuesday to close the harbour bridge for six months of repairs.
                Mayor Ilse Brandt said the bridge's cables had corroded faster than engineers expected.
                A ferry will carry commuters across the harbour while the bridge is closed, the council said.


                Orchestra wins national prize for first recording

                Updated 5 min ago
                Follow

                Orchestra wins national prize for first recording

                MILLBROOK: The Millbrook youth orchestra won the national music prize on Friday for its debut album of folk songs.
                Conductor Pavel Nemec said the young musicians recorded the album in a church over three winter weekends.
                The prize comes with a concert tour of twelve cities next spring.""";
        List<Article> parts = text("page", page);
        assertThat(parts).extracting(Article::id).containsExactly("page#part1", "page#part2");
        assertThat(parts.get(0).title()).isEqualTo("Lakeview to shut harbour bridge for half a year");
        assertThat(parts.get(1).title()).isEqualTo("Orchestra wins national prize for first recording");
        assertThat(parts.get(0).published()).isEqualTo("2031-05-04");
        assertThat(parts.get(1).published()).isNull();
        assertThat(parts.get(0).body()).doesNotContain("orchestra", "Orchestra");
        assertThat(parts.get(1).body()).startsWith("The Millbrook youth orchestra").doesNotContain("Updated", "Follow");
        assertThat(removed(parts.get(1), "date")).containsExactly("Updated 5 min ago");
        assertThat(removed(parts.get(1), "repeated headline")).hasSize(1);
    }

    @Test
    void mergedDispatchesOnOneEventStayOneArticle() {
        String page = """
                LAKEVIEW (AP) \u2014 The Lakeview council voted on Tuesday to close the harbour bridge for six months of repairs.

                Mayor Ilse Brandt said the bridge's cables had corroded and the harbour bridge was no longer safe for heavy trucks.

                SALEM (AP) \u2014 State officials said on Tuesday they would help Lakeview pay for the harbour bridge repairs.

                Mayor Ilse Brandt welcomed the state's offer and said the Lakeview bridge would reopen next year.""";
        List<Article> parts = text("merged", page);
        assertThat(parts).singleElement().extracting(Article::id).isEqualTo("merged");
        Article a = parts.get(0);
        assertThat(a.outlet()).isEqualTo("AP");
        assertThat(a.dateline()).isEqualTo("LAKEVIEW");
        assertThat(removed(a, "dateline")).containsExactly("LAKEVIEW (AP) \u2014", "SALEM (AP) \u2014");
        assertThat(a.body()).contains("State officials said on Tuesday").doesNotContain("(AP)");
    }

    @Test
    void proseStartingWithByIsNotAByline() {
        Article a = text("prose", "By the end of the day, the harbour bridge in Lakeview was closed to traffic.\n"
                + "The council said it would stay shut for six months.").get(0);
        assertThat(a.authors()).isEmpty();
        assertThat(a.removed()).isEmpty();
        assertThat(a.body()).startsWith("By the end of the day");
    }

    @Test
    void hardWrappedSentencesAreJoinedNotDroppedAsSubheads() {
        // regression: the short pieces of a wrapped note were removed as subheads, cutting the sentence
        Article a = text("wrapped", "Ferry service resumes in Lakeview\n\n"
                + "The harbour ferry will run again on Monday, the operator said.\n\n"
                + "Operator's note: the Lakeview ferry line regularly\n"
                + "runs\n"
                + "late in winter, when ice closes the northern berth for\n"
                + "days at a time.\n").get(0);
        assertThat(a.removed()).extracting(r -> r.reason()).doesNotContain("subhead");
        assertThat(a.body()).contains("regularly runs late in winter, when ice closes the northern berth for days");
        assertThat(a.title()).isEqualTo("Ferry service resumes in Lakeview");
    }

    @Test
    void aRepeatedTableHeaderRowStartsNoArticle() {
        // regression: each table of a results page was split off as an article titled by its header row
        String header = "Crew  Boat  Minutes  Place";
        List<Article> parts = text("regatta", "Lakeview rowers sweep the harbour regatta\n\n"
                + "The Lakeview rowing club won both senior races at the harbour regatta on Saturday, the organizers said.\n\n"
                + header + "\n" + header + "\n"
                + "Lakeview  Heron  14  1st.\n"
                + "Portmere  Gull  15  2nd.\n\n"
                + "The junior crews raced in calmer water after the wind dropped in the afternoon.\n\n"
                + header + "\n" + header + "\n"
                + "Portmere  Tern  16  1st.\n"
                + "Lakeview  Swift  17  2nd.\n\n"
                + "The club will defend its title at the autumn meeting in the northern bay.");
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).body()).contains(header, "Portmere  Tern  16  1st.", "autumn meeting");
    }

    @Test
    void shortLinesUnderAColonLeadInAreAListOfTheArticle() {
        // regression: the unmarked items were taken for a headline and a prompt, and split off as an article
        List<Article> parts = text("list", "Lakeview asks more of its ferry operator\n\n"
                + "The harbour board has published a long letter to the operator of the Lakeview ferry, which it says has "
                + "let the service slip over the past two winters.\n\n"
                + "The operator, the board wrote, now has to do the following:\n\n"
                + "Keep the timetable\n"
                + "Show the fares at the pier\n"
                + "Repair the northern ramp before the ice comes.\n\n"
                + "The operator said it would answer the letter within a month and called the demands fair.");
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).body()).contains("Keep the timetable\n\nShow the fares at the pier");
    }

    @Test
    void embedMarkupLeftInATextExportIsRemovedAndItsTextKept() {
        Article a = text("embed", "Lakeview ferry returns to the harbour\n\n"
                + "The Lakeview ferry made its first crossing of the season on Monday, the operator said on its page.\n\n"
                + "<post post-id=\"90817263545463728\"><post/>.\n\n"
                + "<post author=\"harbour desk\" note=\"a long note, with commas\">The ramp held up well<post/>.\n\n"
                + "The crossing took twenty minutes.").get(0);
        assertThat(a.body()).doesNotContain("<post", "9081726354").contains("The ramp held up well.");
        assertThat(a.removed()).filteredOn(r -> r.reason().equals("markup")).hasSize(2);
    }

    @Test
    void aTagWithThousandsOfAttributesIsReadWithoutRecursion() {
        // regression: a regular expression over the attributes overflowed the stack on such a line
        String tag = "<post" + " a=\"b\"".repeat(50_000) + ">";
        Article a = text("many", "Lakeview ferry returns to the harbour\n\n"
                + "The Lakeview ferry made its first crossing of the season on Monday, the operator said.\n\n"
                + tag + "\n\n<post" + " a=b".repeat(50_000) + "\n\nThe crossing took twenty minutes.").get(0);
        assertThat(a.removed()).filteredOn(r -> r.reason().equals("markup")).extracting(Removed::text)
                .containsExactly(tag);
        assertThat(a.body()).endsWith("The crossing took twenty minutes.");
    }

    @Test
    void aLineThatOnlyMentionsATagIsProse() {
        Article a = text("tag", "Lakeview library opens its coding club\n\n"
                + "Pupils at the Lakeview library learned on Saturday how a page is built, starting from the <p> tag "
                + "and ending with a small form.").get(0);
        assertThat(a.body()).contains("the <p> tag");
        assertThat(a.removed()).extracting(r -> r.reason()).doesNotContain("markup");
        Article title = text("brackets", "<The Harbour Diaries: Act One>\n\n"
                + "The harbour theatre opened its season on Saturday with a play about the families who built the pier, "
                + "and the first night was sold out.").get(0);
        assertThat(title.removed()).extracting(r -> r.reason()).doesNotContain("markup");
    }

    @Test
    void anUndatedPageTakesTheDateItsFileIsNamedWithMarkedInferred() {
        String body = "Lakeview ferry returns\n\nThe Lakeview ferry made its first crossing of the season on Friday, "
                + "the operator said.";
        Article named = text("ledger_2031-05-04_ferry-returns", body).get(0);
        assertThat(named.published()).isEqualTo("2031-05-04");
        assertThat(named.publishedInferred()).isTrue();
        Article dated = text("ledger_2031-05-04_ferry", "Published: 2 May 2031\n\n" + body).get(0);
        assertThat(dated.published()).isEqualTo("2031-05-02");
        assertThat(dated.publishedInferred()).isFalse();
        assertThat(FileNameDates.of("ledger_2031-13-45_ferry")).isNull();
        assertThat(FileNameDates.of("compare_2031-05-04_2031-06-01")).isNull();
        assertThat(FileNameDates.of("9f2031-05-04")).isEqualTo("2031-05-04");
        assertThat(FileNameDates.of("120310-05-049")).isNull();
    }

    @Test
    void aFirstLineInHeadlineCaseIsTheTitleEvenWithAFinalPeriod() {
        Article a = text("period", "Lakeview Council Approves New Harbour Bridge.\n\n"
                + "The council voted on Monday to build a second bridge over the harbour, the mayor said.").get(0);
        assertThat(a.title()).isEqualTo("Lakeview Council Approves New Harbour Bridge");
        assertThat(a.body()).startsWith("The council voted");
    }

    @Test
    void linesAboveADatelineAreTheHeadlineAndDeck() {
        // regression: a sentence-case headline and its deck stayed in the body, and the dateline with them
        Article a = text("deck", "Ferry video is first public look at the harbour crash.\n\n"
                + "In the recording,.\n\n"
                + "A passenger films the last minutes before the collision.\n\n"
                + "HARBORTOWN - A passenger on the ferry that struck the pier recorded the minutes before the crash, "
                + "the port authority said on Sunday.\n\n"
                + "The video was handed to investigators, who have not said what caused the collision.").get(0);
        assertThat(a.title()).isEqualTo("Ferry video is first public look at the harbour crash");
        assertThat(a.dateline()).isEqualTo("HARBORTOWN");
        assertThat(a.body()).startsWith("A passenger on the ferry");
        assertThat(a.removed()).extracting(r -> r.reason()).contains("title", "deck");
    }

    @Test
    void aSectionLabelInCapitalsUnderTheHeadlineIsNotProse() {
        // regression: "LETTERS." under a reader's letter kept the headline in the body
        Article a = text("letters", "Tolls do not apply equally to the harbour.\n\n"
                + "LETTERS.\n\n"
                + "I cannot understand how the council has kept the bridge toll for trucks and dropped it for ferries.")
                .get(0);
        assertThat(a.title()).isEqualTo("Tolls do not apply equally to the harbour");
        assertThat(a.body()).startsWith("I cannot understand");
    }

    @Test
    void aSentenceCaseHeadlineAndDeckWithoutDatelineAreTakenOut() {
        Article a = text("deck2", "Anger, but little to be done about the toll.\n\n"
                + "Harbour towns protest the new bridge fee; the council says its hands are tied.\n\n"
                + "Mayors of the four harbour towns wrote to the regional council on Thursday to protest the bridge toll "
                + "that takes effect next month, calling it a tax on people who have no other way to reach work.\n\n"
                + "The council said the toll had been set by the transport ministry.").get(0);
        assertThat(a.title()).isEqualTo("Anger, but little to be done about the toll");
        assertThat(a.body()).startsWith("Mayors of the four harbour towns");
        assertThat(a.removed()).extracting(r -> r.reason()).contains("title", "deck");
    }

    @Test
    void aShortLedeUnderTheHeadlineIsNotADeck() {
        String lede = "Two crew members swam to the pier and were taken to the Lakeview clinic, where doctors said both "
                + "were in good health, the harbour master said in a short statement.";
        for (String second : List.of("It was carrying no passengers.", "Mr. Ames, I have a question for you.",
                "The ferry sank on Monday near the pier.", "Spring is here. Do you know where the ferry is?",
                "If the ferry could float again, the town would pay for it.")) {
            Article a = text("lede2", "Ferry sinks at the Lakeview pier.\n\n" + second + "\n\n" + lede).get(0);
            assertThat(a.body()).as(second).contains(second);
            assertThat(a.removed()).as(second).extracting(r -> r.reason()).doesNotContain("deck");
        }
    }

    @Test
    void aSectionLabelInMixedCaseUnderTheHeadlineIsNotProse() {
        Article a = text("letters2", "Would you vote for a mayor who never answers letters?\n\n"
                + "Letters.\n\n"
                + "I have written to the mayor of Lakeview six times about the broken harbour lights and have not had "
                + "a single reply.").get(0);
        assertThat(a.title()).isEqualTo("Would you vote for a mayor who never answers letters?");
        assertThat(a.body()).startsWith("I have written");
        assertThat(a.removed()).extracting(Removed::text).contains("Letters.");
    }

    @Test
    void aHeadlinesFinalSemicolonGoesButAnAbbreviationKeepsItsPeriod() {
        Article semicolon = text("semicolon", "Lakeview votes on the bridge ahead of the winter;\n\n"
                + "The council voted on Monday to build a second bridge over the harbour, the mayor said.").get(0);
        assertThat(semicolon.title()).isEqualTo("Lakeview votes on the bridge ahead of the winter");
        Article initials = text("initials", "Bridge Plan Faces Key Test in U.S.\n\n"
                + "The council voted on Monday to build a second bridge over the harbour, the mayor said.").get(0);
        assertThat(initials.title()).isEqualTo("Bridge Plan Faces Key Test in U.S.");
    }

    @Test
    void aPagesOnlyLineOfProseIsNotTakenForItsTitle() {
        // regression (fuzzing): the one line of a short part became its title, leaving the part empty and the
        // whole page rejected
        Article a = text("short", "The Lakeview Ferry Runs Again After Storm Repairs.\n\nShare this article\n").get(0);
        assertThat(a.body()).isEqualTo("The Lakeview Ferry Runs Again After Storm Repairs.");
    }

    @Test
    void aFirstSentenceOfProseIsNotTakenForATitle() {
        Article a = text("lede", "The council voted on Monday to build a second bridge over the harbour.\n\n"
                + "The mayor said work would start in the spring.").get(0);
        assertThat(a.title()).isNull();
        assertThat(a.body()).startsWith("The council voted");
    }

    @Test
    void aTitleOverABylineIsNotJoinedToIt() {
        Article a = text("byline", "Ferry service resumes in the Lakeview harbour\nby Mira Hollen\n\n"
                + "The harbour ferry will run again on Monday, the operator said.").get(0);
        assertThat(a.title()).isEqualTo("Ferry service resumes in the Lakeview harbour");
    }

    @Test
    void pageWithNothingButFurnitureIsRejectedWithReason() {
        assertThatThrownBy(() -> text("empty", "Share this article\nFollow\nComments\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("no article text after cleaning");
    }

    @Test
    void givenBodyIsKeptExactlyWithGivenMetadata() {
        String body = "  By the harbour, LAKEVIEW (Reuters) - the bridge closed.\n\nShare this\n";
        Metadata given = new Metadata("https://example.org/a", "Lakeview Ledger", "Bridge closes", "2031-05-04",
                List.of("Jana Roe"));
        List<Article> out = cleaner.clean(new Document("b1", "in.jsonl#1", DocumentFormat.BODY, body, given));
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.body()).isEqualTo(body);
            assertThat(a.outlet()).isEqualTo("Lakeview Ledger");
            assertThat(a.title()).isEqualTo("Bridge closes");
            assertThat(a.published()).isEqualTo("2031-05-04");
            assertThat(a.authors()).containsExactly("Jana Roe");
            assertThat(a.url()).isEqualTo("https://example.org/a");
            assertThat(a.removed()).isEmpty();
        });
        assertThatThrownBy(() -> cleaner.clean(new Document("b2", "in.jsonl#2", DocumentFormat.BODY, " \n", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b2");
    }

    @Test
    void givenMetadataWinsOverWhatThePageStates() {
        Metadata given = new Metadata(null, "Lakeview Ledger", "Council shuts bridge", "2031-05-05", List.of());
        Article a = cleaner.clean(new Document("g", "g.txt", DocumentFormat.TEXT, WIRE_PAGE, given)).get(0);
        assertThat(a.outlet()).isEqualTo("Lakeview Ledger");
        assertThat(a.title()).isEqualTo("Council shuts bridge");
        assertThat(a.published()).isEqualTo("2031-05-05");
        assertThat(a.authors()).containsExactly("Jana Roe", "Tomas Okafor");
    }
}
