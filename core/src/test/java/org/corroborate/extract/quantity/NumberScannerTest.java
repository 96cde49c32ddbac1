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

    private static java.util.List<Double> values(String text) {
        return NumberScanner.scan(text).stream().map(NumberScanner.Found::value).toList();
    }

    @Test
    void spokenDecimalsAndNought() {
        assertThat(values("The dial read six point nought two, then naught.")).containsExactly(6.02, 0.0);
        assertThat(values("It fell to minus three hundred point eighty-four.")).containsExactly(-300.84);
    }

    @Test
    void fractionsWithCompoundNumeratorsAndDenominators() {
        assertThat(values("Pour thirty-one eighths of a cup")).containsExactly(31 / 8.0);
        assertThat(values("one forty-second")).doesNotContain(1 / 42.0); // "second" is time, not a denominator
        assertThat(values("two thirty-sixths")).hasSize(1).first().isEqualTo(2 / 36.0);
        assertThat(values("Only a tenth.")).containsExactly(0.1);
        assertThat(values("seven and sixty-five hundredths")).containsExactly(7.65);
        assertThat(values("four hundred and ten fifths")).containsExactly(82.0);
        // a count before an ordinal, a period of parts and a compound word are not fractions
        assertThat(values("the two millionth visitor")).containsExactly(2.0);
        assertThat(values("over four quarters")).containsExactly(4.0);
        assertThat(values("a third-party audit")).isEmpty();
    }

    @Test
    void ratiosOfAPartToAWhole() {
        assertThat(values("seven out of ten voters")).containsExactly(0.7);
        assertThat(values("Odds were 1 over 40.")).containsExactly(0.025);
        assertThat(values("9 out of 4")).containsExactly(9.0, 4.0);
        assertThat(values("2 over 5 years")).containsExactly(2.0, 5.0);
    }

    @Test
    void spacedHyphenBetweenTensAndUnit() {
        assertThat(values("sixty - three")).containsExactly(63.0);
    }

    @Test
    void numbersGluedToWordsAndPronounOneAreNotBareNumbers() {
        assertThat(values("a 250ml cup on June 3rd")).isEmpty();
        assertThat(values("Which one is the one that won?")).isEmpty();
        assertThat(values("one of the one hundred")).containsExactly(1.0, 100.0);
    }

    @Test
    void scientificNotationAndPowers() {
        assertThat(values("It weighs 4.2e5 or 3E-2")).containsExactly(420000.0, 0.03);
        assertThat(values("about 7.1x10^-3 per unit")).hasSize(1).first().satisfies(v -> assertThat(v).isCloseTo(0.0071,
                org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(values("3^4 and 4^--2")).containsExactly(81.0, 16.0);
    }

    @Test
    void spacedScaleAbbreviationsAndDozens() {
        assertThat(values("a budget of 7.5 k.")).containsExactly(7500.0);
        assertThat(values("3 bln or 4 mln")).containsExactly(3e9, 4e6);
        assertThat(values("a 2MM target")).containsExactly(2e6);
        assertThat(values("4 dz eggs")).containsExactly(48.0);
    }

    @Test
    void fractionsAfterAnArticleAndSpacedHyphens() {
        assertThat(values("a hundred millionths")).containsExactly(1e-4);
        assertThat(values("three - eighths")).containsExactly(0.375);
        assertThat(values("one over two hundred")).containsExactly(0.005);
    }

    @Test
    void digitsMixedWithScaleWords() {
        assertThat(values("7 thousand 2 hundred and 15 crates")).containsExactly(7215.0);
        assertThat(values("2 lakh and forty thousand")).containsExactly(240000.0);
        // a plain count after a scale is its own number, and so is "and 0"
        assertThat(values("2 million 500 people")).containsExactly(2e6, 500.0);
        assertThat(values("5 hundred and 0")).containsExactly(500.0, 0.0);
    }

    @Test
    void thousandsSeparatedBySpaces() {
        assertThat(values("It holds 2 718 281 litres and 12 345.5 more")).containsExactly(2718281.0, 12345.5);
        assertThat(values("about 3\u202F500\u202F000 or 9\u00A0000")).containsExactly(3500000.0, 9000.0);
        assertThat(values("the 12 100-metre heats")).containsExactly(12.0, 100.0);
        assertThat(values("in 2019 500 people")).containsExactly(2019.0, 500.0);
    }

    @Test
    void fractionsOfASmallerScaleAndScalesOfScales() {
        assertThat(values("two billion and a half million")).containsExactly(2.0005e9);
        assertThat(values("four billion and one quarter million")).containsExactly(4.00025e9);
        assertThat(values("five lakh crore")).containsExactly(5e12);
        assertThat(values("seven thousand million")).containsExactly(7e9);
        assertThat(values("six thousand two hundred")).containsExactly(6200.0);
    }

    @Test
    void aTensWordAndAnOrdinalAfterAScaleAreTheDenominator() {
        assertThat(values("three hundred forty-fifths")).containsExactly(300 / 45.0);
        assertThat(values("three hundred and forty fifths")).containsExactly(68.0);
        assertThat(values("three hundred forty two fifths")).containsExactly(68.4);
    }

    @Test
    void dozensAfterAndCountOnlyTheUnits() {
        assertThat(values("four hundred and three dozens")).containsExactly(436.0);
        assertThat(values("three hundred dozen")).containsExactly(3600.0);
        assertThat(values("one thousand and two dozen")).containsExactly(1024.0);
    }
}
