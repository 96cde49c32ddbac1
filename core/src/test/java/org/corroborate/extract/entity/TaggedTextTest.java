package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extract.TestArticles;
import org.corroborate.extract.entity.TaggedText.Token;
import org.junit.jupiter.api.Test;

class TaggedTextTest {
    private static Token first(String body) {
        return TaggedText.of(TestArticles.of("t", body)).tokens().get(0);
    }

    @Test
    void aCapitalizedWordWithApostropheSOpeningASentenceIsAPossessiveUnlessAPronounContracts() {
        assertThat(first("Young’s campaign said the ferry would run.").possessive()).isTrue();
        for (String body : List.of("Everybody’s going to the pier.", "Someone’s at the door.")) {
            assertThat(first(body).possessive()).as(body).isFalse();
        }
    }

    @Test
    void aMiddleInitialKeepsItsPeriodWhereTheTokenizerSplitsIt() {
        List<String> words = TaggedText.of(TestArticles.of("t", "Representative Charles B. Vell of Delmar agreed. We chose "
                + "plan B.")).tokens().stream().map(Token::text).toList();
        assertThat(words).containsSubsequence("Charles", "B.", "Vell").endsWith("B", ".");
    }

    @Test
    void theCapitalizedWordsAfterAnInitialAreANamesWords() {
        List<Token> tokens = TaggedText.of(TestArticles.of("t", "''We can aim higher,'' said Gene B. Fielding, a former "
                + "adviser to the mayor.")).tokens();
        Token surname = tokens.stream().filter(t -> t.text().equals("Fielding")).findFirst().orElseThrow();
        assertThat(surname.tag()).isEqualTo("PROPN");
    }
}
