package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Long bodies found quadratic while fuzzing (fictional text). The timeouts guard against hangs: the inputs take
 * a few seconds at most, and took minutes before the fixes.
 */
class LongTextTest {
    private final Segmenter segmenter = new Segmenter();

    private static Article body(String text) {
        return new Article("long", "long.txt", null, null, List.of(), null, null, false, null, null, List.of(), null,
                text, List.of(), List.of(), List.of());
    }

    @Test
    void manyShortSentencesInANonLatin1BodyAreSegmentedInLinearTime() {
        // Code point offsets were counted from the start of the body for every sentence.
        StringBuilder text = new StringBuilder("Caf\u00e9 \u2014 \uD83C\uDF89 ");
        while (text.length() < 1_600_000) {
            text.append("The crew met. ");
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(45), () -> segmenter.segment(body(text.toString())));
        assertThat(a.sentences()).hasSizeGreaterThan(100_000);
        Span last = a.sentences().get(a.sentences().size() - 1);
        assertThat(last.end()).isEqualTo(text.codePointCount(0, text.length() - 1));
        assertThat(a.text(last)).isEqualTo("The crew met.");
    }

    @Test
    void aLongRunOfJoinedSentencesIsSegmentedInLinearTime() {
        // Each join re-read the whole merged sentence to find its last word.
        String text = "ab cd. ".repeat(200_000).strip();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(45), () -> segmenter.segment(body(text)));
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.sentences()).isNotEmpty();
        assertThat(a.sentences().get(a.sentences().size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void offsetsOfSentencesAfterSurrogatePairsAreCodePoints() {
        String text = "\uD83C\uDF89 Fans cheered. \uD83D\uDC69\u200D\uD83D\uDE92 The mayor spoke.\n\n\u05d4\u05d2\u05e9\u05e8"
                + " \u05e0\u05e4\u05ea\u05d7. The bridge opened.";
        Article a = segmenter.segment(body(text));
        for (Span s : a.sentences()) {
            String sentence = a.text(s);
            int charStart = text.indexOf(sentence);
            assertThat(s).isEqualTo(Span.ofChars(text, charStart, charStart + sentence.length()));
        }
        assertThat(a.sentences()).extracting(a::text).contains("The bridge opened.");
    }
}
