package org.corroborate.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberScannerTest {
    @Test
    void readsBareNumbersTheFigureExtractorWouldDrop() {
        assertThat(NumberScanner.scan("It was sixteen, then minus five.")).extracting(NumberScanner.Found::value)
                .containsExactly(16.0, -5.0);
    }

    @Test
    void spansAreCharIndicesOfTheText() {
        String text = "Gate 12 opened; COVID-19 did not stop it.";
        assertThat(NumberScanner.scan(text)).first().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo("12");
            assertThat(f.value()).isEqualTo(12.0);
        });
    }
}
