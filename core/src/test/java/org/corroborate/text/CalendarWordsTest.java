package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {
    @Test
    void namesOfDaysAndMonthsIgnoreCase() {
        assertThat(CalendarWords.isWeekday("Saturday")).isTrue();
        assertThat(CalendarWords.isWeekday("SUNDAY")).isTrue();
        assertThat(CalendarWords.isWeekday("weekend")).isFalse();
        assertThat(CalendarWords.isMonth("march")).isTrue();
        assertThat(CalendarWords.isRelativeDay("Overnight")).isTrue();
    }

    @Test
    void aBareAbbreviationMayBeAGivenNameButADottedOneIsAMonth() {
        assertThat(CalendarWords.isMonth("Jan")).isFalse();
        assertThat(CalendarWords.isMonthOrAbbreviation("Jan")).isTrue();
        assertThat(CalendarWords.isMonthOrDottedAbbreviation("Jan")).isFalse();
        assertThat(CalendarWords.isMonthOrDottedAbbreviation("Sept.")).isTrue();
        assertThat(CalendarWords.isMonthOrDottedAbbreviation("Dalia.")).isFalse();
    }
}
