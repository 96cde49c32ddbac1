package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {
    @Test
    void identicalTextsScorePerfectly() {
        ExtractionMetric.DocScore s = ExtractionMetric.score("one two three four five", "one two three four five");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void shinglesAreMultisetsOfFourTokensIgnoringPunctuation() {
        // truth: 3 shingles; prediction adds a repeated tail, giving 2 extra shingles
        ExtractionMetric.DocScore s = ExtractionMetric.score("a b c d e f", "a, b; c d e f a b");
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(3.0 / 5.0, within(1e-12));
    }

    @Test
    void shortTextsGiveOneShingleAndCaseMatters() {
        assertThat(ExtractionMetric.score("Hello world", "Hello world").recall()).isEqualTo(1.0);
        assertThat(ExtractionMetric.score("Hello world", "hello world").recall()).isEqualTo(0.0);
    }

    @Test
    void emptyPredictionsCountForRecallNotPrecision() {
        ExtractionMetric.Score s = ExtractionMetric.average(List.of(
                ExtractionMetric.score("a b c d", "a b c d"), ExtractionMetric.score("a b c d", "")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    }

    @Test
    void numbersAndUnderscoreAreWordCharacters() {
        assertThat(ExtractionMetric.shingles("snake_case ½ x² end")).containsOnlyKeys("snake_case ½ x² end");
    }
}
