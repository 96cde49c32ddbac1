package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** Paragraphs, sentences and language on made-up bodies. */
class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private static Article article(String body) {
        return new Article("t", "t.txt", null, null, List.of(), null, null, false, null, null, List.of(), null, body,
                List.of(), List.of(), List.of());
    }

    private static List<String> texts(Article a, List<Span> spans) {
        return spans.stream().map(a::text).toList();
    }

    @Test
    void eachLineOfAOneParagraphPerLinePageIsAParagraph() {
        Article a = segmenter.segment(article("The council met on Tuesday. It voted to close the bridge.\n"
                + "A ferry will run instead.\n\nRepairs start in June."));
        assertThat(texts(a, a.paragraphs())).containsExactly(
                "The council met on Tuesday. It voted to close the bridge.", "A ferry will run instead.",
                "Repairs start in June.");
        assertThat(texts(a, a.sentences())).containsExactly("The council met on Tuesday.",
                "It voted to close the bridge.", "A ferry will run instead.", "Repairs start in June.");
    }

    @Test
    void hardWrappedBlocksAreOneParagraphAndSentencesNeverCrossParagraphs() {
        String body = "The council met on Tuesday and voted to close the old\nharbour bridge for six months. A ferry"
                + " will\nrun instead\n\nRepairs start in June";
        Article a = segmenter.segment(article(body));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text(a.paragraphs().get(0))).startsWith("The council").endsWith("run instead");
        for (Span s : a.sentences()) {
            assertThat(a.paragraphs()).anySatisfy(p -> {
                assertThat(s.start()).isGreaterThanOrEqualTo(p.start());
                assertThat(s.end()).isLessThanOrEqualTo(p.end());
            });
        }
        assertThat(texts(a, a.sentences())).last().isEqualTo("Repairs start in June");
    }

    @Test
    void aBlockOfTitleCaseLinesIsNoHardWrappedParagraph() {
        String body = "Ada Vell Explains Why She Ran For Mayor\nJan Roe Describes His First Day On The Ferry\n"
                + "Mira Holt Opens Up About The Toll Plan";
        Article a = segmenter.segment(article(body));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(texts(a, a.sentences())).hasSize(3).first().isEqualTo("Ada Vell Explains Why She Ran For Mayor");
    }

    @Test
    void offsetsAreCodePointOffsets() {
        String body = "Fans cheered \uD83C\uDF89\uD83C\uDF89 when the bridge reopened. The mayor cut a ribbon \uD83C\uDF80.\n"
                + "\uD83D\uDE80 Rockets were not involved.";
        Article a = segmenter.segment(article(body));
        assertThat(texts(a, a.sentences())).containsExactly("Fans cheered \uD83C\uDF89\uD83C\uDF89 when the bridge reopened.",
                "The mayor cut a ribbon \uD83C\uDF80.", "\uD83D\uDE80 Rockets were not involved.");
        Span second = a.sentences().get(1);
        int cpLength = body.codePointCount(0, body.length());
        assertThat(second.start()).isEqualTo("Fans cheered XX when the bridge reopened. ".length());
        assertThat(a.paragraphs().get(1).end()).isEqualTo(cpLength);
        assertThat(cpLength).isLessThan(body.length());
    }

    @Test
    void initialismsEndSentencesOnlyBeforeASentenceOpener() {
        Article a = segmenter.segment(article("Ferries will now sail to the mainland U.S. Some residents doubt"
                + " the plan. The U.S. Coast Guard will inspect each boat, Gen. Mara Holt said on Oct. 4."));
        assertThat(texts(a, a.sentences())).containsExactly("Ferries will now sail to the mainland U.S.",
                "Some residents doubt the plan.", "The U.S. Coast Guard will inspect each boat, Gen. Mara Holt said on Oct. 4.");
    }

    @Test
    void policeAndArmyRanksBeforeANameEndNoSentence() {
        Article a = segmenter.segment(article("The boat was found by Const. Ada Roe of the harbor patrol. Cpt. Jan Vell"
                + " and Cst. Lee Moor searched the pier, Atty. Nell Ward said."));
        assertThat(texts(a, a.sentences())).containsExactly("The boat was found by Const. Ada Roe of the harbor patrol.",
                "Cpt. Jan Vell and Cst. Lee Moor searched the pier, Atty. Nell Ward said.");
    }

    @Test
    void languageIsTwoLetterOrUndeterminedForShortText() {
        assertThat(segmenter.segment(article("The town council voted on Tuesday to close the old harbour bridge for"
                + " six months of repairs, and a ferry will carry commuters across the water.")).language())
                .isEqualTo("en");
        assertThat(segmenter.segment(article("Le conseil municipal a voté mardi la fermeture du vieux pont du port"
                + " pendant six mois de travaux, et un bac transportera les voyageurs.")).language()).isEqualTo("fr");
        assertThat(segmenter.segment(article("Bridge shut.")).language()).isEqualTo("und");
    }

    @Test
    void aLongBodysLanguageIsReadFromItsOpening() {
        String english = "The town council voted on Tuesday to close the old harbour bridge for six months of repairs."
                + " A ferry will carry commuters across the water while the work goes on.\n";
        String french = "Le conseil municipal a voté mardi la fermeture du vieux pont du port pendant six mois de"
                + " travaux, et un bac transportera les voyageurs pendant le chantier.\n";
        String body = english.repeat(Segmenter.LANGUAGE_SAMPLE / english.length() + 1) + french.repeat(40);
        assertThat(segmenter.segment(article(body)).language()).isEqualTo("en");
        assertThat(segmenter.segment(article(french.repeat(40))).language()).isEqualTo("fr");
    }
}
