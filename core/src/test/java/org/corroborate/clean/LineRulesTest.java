package org.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The line-level rules one by one, on made-up lines. */
class LineRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date 2031-05-04|2031-05-04|false",
        "Published: 4 May 2031|2031-05-04|false",
        "Updated 04 May 2031|2031-05-04|true",
        "Updated May 4, 2031 10:32 AM EDT|2031-05-04|true",
        "Thursday, Sept. 4, 2031|2031-09-04|false",
        "Last updated on 2031-05-04T08:15:00Z|2031-05-04T08:15:00Z|true",
        "May 4th, 2031 at 9:05 pm|2031-05-04|false"})
    void dateLines(String line, String iso, boolean updated) {
        PageDates.PageDate d = PageDates.wholeLine(line);
        assertThat(d).isNotNull();
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.updated()).isEqualTo(updated);
    }

    @Test
    void relativeStampsAreDateFurnitureWithoutDate() {
        assertThat(PageDates.wholeLine("Updated 8 sec ago")).extracting(PageDates.PageDate::iso).isNull();
        assertThat(PageDates.wholeLine("3 hours ago")).isNotNull();
        assertThat(PageDates.wholeLine("The vote was held on May 4, 2031.")).isNull();
        assertThat(PageDates.wholeLine("date 2031-13-40")).isNull();
    }

    @Test
    void labelledDatePrefixIsPeeledOnlyWithALabel() {
        assertThat(PageDates.prefix("date 2031-05-04 Mayor Brandt opens the fair.").text()).isEqualTo("date 2031-05-04");
        assertThat(PageDates.prefix("May 4, 2031 was a quiet day in Lakeview.")).isNull();
    }

    @Test
    void datelines() {
        assertThat(Wires.parse("LAKEVIEW (Reuters) -The council met.", false))
                .isEqualTo(new Wires.Dateline("LAKEVIEW (Reuters) -", "LAKEVIEW", "Reuters"));
        assertThat(Wires.parse("NEW HARBOR, May 4 (Reuters) - The council met.", false).place()).isEqualTo("NEW HARBOR");
        assertThat(Wires.parse("(AP) \u2014 The council met.", true).agency()).isEqualTo("AP");
        assertThat(Wires.parse("Lakeview (AFP) - The council met.", true).agency()).isEqualTo("AFP");
        assertThat(Wires.parse("LAKEVIEW: The council met.", false).agency()).isNull();
        assertThat(Wires.parse("LAKEVIEW: The council met.", true)).isNull();
        assertThat(Wires.parse("BREAKING: The council met.", false)).isNull();
        assertThat(Wires.parse("Lakeview: The council met.", false)).isNull();
        assertThat(Wires.parse("LAKEVIEW (Lakeview Ledger) - The council met.", true).agency()).isEqualTo("Lakeview Ledger");
        assertThat(Wires.parse("LAKEVIEW (about 4,000 people) - The council met.", false)).isNull();
        assertThat(Wires.parse("Lakeview (Ledger) - The council met.", false)).isNull();
    }

    @Test
    void agencyNamesAreNormalized() {
        assertThat(Wires.canonical("The Associated Press")).isEqualTo("AP");
        assertThat(Wires.canonical("Associated  Press")).isEqualTo("AP");
        assertThat(Wires.canonical("reuters")).isEqualTo("Reuters");
        assertThat(Wires.canonical("Agence France-Presse")).isEqualTo("AFP");
        assertThat(Wires.canonical("Lakeview Ledger")).isNull();
    }

    @Test
    void bylines() {
        assertThat(Credits.byline("By Jana Roe and Tomas Okafor").authors()).containsExactly("Jana Roe", "Tomas Okafor");
        assertThat(Credits.byline("By Jana Roe, Lee Varga & Anna de la Cruz").authors())
                .containsExactly("Jana Roe", "Lee Varga", "Anna de la Cruz");
        Credits.Byline wire = Credits.byline("By JANA ROE, Associated Press");
        assertThat(wire.authors()).containsExactly("JANA ROE");
        assertThat(wire.agency()).isEqualTo("AP");
        assertThat(Credits.byline("By the end of the day it was over")).isNull();
        assertThat(Credits.byline("By 2031, the bridge will be gone")).isNull();
    }

    @Test
    void creditLines() {
        assertThat(Credits.creditLine("(Reporting by Jana Roe and Lee Varga; Additional reporting by Omar Diaz;"
                + " Editing by Mara Holt)")).containsExactly("Jana Roe", "Lee Varga", "Omar Diaz");
        assertThat(Credits.creditLine("\u2014 with files from The Canadian Press")).containsExactly("The Canadian Press");
        assertThat(Credits.creditLine("The Associated Press contributed to this report."))
                .containsExactly("The Associated Press");
        assertThat(Credits.creditLine("The survey was reported by three local papers last year.")).isNull();
        assertThat(Credits.creditLine("Many residents contributed.")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments", "Short Url", "Follow", "Share this article", "Get breaking Local news",
        "Sign up for our morning newsletter", "Advertisement", "5 min read", "Listen to this article", "Related Stories:"})
    void widgets(String line) {
        assertThat(Furniture.isWidget(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow the money, the auditor told the council.", "Comments from residents were mostly angry.",
        "Getting there takes ten minutes longer now."})
    void proseIsNotAWidget(String line) {
        assertThat(Furniture.isWidget(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mayor Ilse Brandt speaks in Lakeview on Monday. (AP Photo/Omar Diaz)",
        "Workers repair the bridge deck. (REUTERS/Lee Varga)", "A ferry leaves the harbour. (LEDGER VIA KNS / AFP)",
        "This picture taken on May 3, 2031 shows the harbour bridge at dusk.",
        "FILE - The harbour bridge in Lakeview, seen in 2029.", "The old bridge at night. Photo: Omar Diaz"})
    void captions(String line) {
        assertThat(Furniture.isCaption(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The repairs will cost 3.2 million (about a year's budget).",
        "This picture of the town's finances is grim, the auditor said.",
        "The bridge, the council said, will reopen in 2032 (see below)"})
    void proseIsNotACaption(String line) {
        assertThat(Furniture.isCaption(line)).isFalse();
    }

    @Test
    void headlineLikeAndBullets() {
        assertThat(Furniture.isHeadlineLike("Lakeview to shut harbour bridge for half a year")).isTrue();
        assertThat(Furniture.isHeadlineLike("- Ferries to the rescue -")).isTrue();
        assertThat(Furniture.isHeadlineLike("The council met on Tuesday.")).isFalse();
        assertThat(Furniture.isBullet("\u2022 Some 4,000 cars a day will be diverted")).isTrue();
        assertThat(Furniture.isBullet("- Ferries to the rescue -")).isFalse();
    }

    @Test
    void topicSimilaritySeparatesEventsAndJoinsDispatches() {
        List<String> bridge = List.of("The Lakeview council voted to close the harbour bridge. Mayor Ilse Brandt said"
                + " the bridge cables had corroded.");
        List<String> bridgeAgain = List.of("State officials will help Lakeview pay for the harbour bridge, and Mayor"
                + " Ilse Brandt welcomed the offer.");
        List<String> orchestra = List.of("The Millbrook youth orchestra won the national music prize for its debut"
                + " album. Conductor Pavel Nemec praised the musicians.");
        assertThat(TopicSimilarity.between(bridge, bridgeAgain))
                .isGreaterThan(ArticleSplitter.HEADLINE_SHIFT);
        assertThat(TopicSimilarity.between(bridge, orchestra)).isLessThan(ArticleSplitter.DATELINE_SHIFT);
        assertThat(TopicSimilarity.between(bridge, List.of())).isZero();
    }
}
