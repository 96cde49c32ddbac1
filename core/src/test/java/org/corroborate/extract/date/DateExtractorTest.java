package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(extract("The bridge reopened two days after it was repaired.")).isEmpty();
        assertThat(extract("Trade resumed three years after the war began.")).isEmpty();
        assertThat(value("The ferry sailed two days ago.", "two days ago")).isEqualTo("2031-05-13");
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
}
