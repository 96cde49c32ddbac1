package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.CitedSentence;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Mention;
import org.corroborate.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the brief may cite, on a made-up page carrying a table, lead-ins, links and a long transcript quote. */
class BriefSentencesTest {
    private static final String PAGE = """
            Lakeview regatta ends in a protest over the harbour lanes

            The Lakeview rowing club lodged a protest on Saturday after Portmere crews were given the sheltered lanes \
            for the final of the harbour regatta, club president Mira Hollen said.

            The final results were as follows:

            Crew  Boat  Minutes  Place  Points
            Portmere  Tern  16  1  120
            Lakeview  Swift  17  2  90

            Hollen said the jury had heard the protest for 40 minutes and would rule within a week, and she told the \
            regatta radio: "We rowed into the wind for the whole course. The lanes should have been drawn by lot.

            "Nobody on the jury has rowed in this harbour in a gale. We will take it to the federation if we must."

            The full jury statement is posted at https://regatta.example/jury for members of the Lakeview club.

            Portmere coach Tomas Reyl said the lanes had been assigned by the federation weeks before the regatta.
            """;

    static Analysis analysis;

    @BeforeAll
    static void analyze() {
        analysis = Engine.builder().threads(1).build().analyze(
                List.of(new Document("regatta", "regatta.txt", DocumentFormat.TEXT, PAGE, null)), List.of(), e -> { },
                ProgressListener.NONE);
    }

    private static List<CitedSentence> cited() {
        return analysis.brief().stories().stream().flatMap(s -> java.util.stream.Stream.concat(s.lead().stream(),
                s.singleSource().stream())).toList();
    }

    @Test
    void theBriefCitesNoTableRowLeadInOrLink() {
        assertThat(cited()).isNotEmpty();
        assertThat(cited()).extracting(CitedSentence::text)
                .noneMatch(t -> t.contains("Portmere  Tern"))
                .noneMatch(t -> t.strip().endsWith(":"))
                .noneMatch(t -> t.contains("https://"));
    }

    @Test
    void aQuoteCarriedOverParagraphsIsCitedWithinOneParagraph() {
        Article article = analysis.articles().get(0);
        for (CitedSentence c : cited()) {
            assertThat(c.text()).doesNotContain("\n");
            for (Mention m : c.citations()) {
                assertThat(article.paragraphs()).as(c.text())
                        .anyMatch((Span p) -> p.start() <= m.start() && m.end() <= p.end());
            }
        }
    }
}
