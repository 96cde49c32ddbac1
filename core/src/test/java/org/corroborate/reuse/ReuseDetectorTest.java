package org.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Test;

/** Every mechanism of reuse detection on fictional articles about an invented flood in Marlow County. */
class ReuseDetectorTest {
    private static final String LEAD = "Floodwaters from the Teller River forced as many as 4,000 residents of "
            + "Marlow County to leave their homes on Tuesday, the county emergency office said.";
    private static final String SECOND = "The U.S. National Weather Service warned that another band of heavy rain "
            + "would reach the valley by Wednesday evening.";
    private static final String THIRD = "Volunteers filled sandbags outside the old mill in Brennan through the "
            + "night while the water rose past the town's main bridge.";
    private static final String FOURTH = "State officials opened three shelters in school gymnasiums and asked "
            + "drivers to stay off the river road until further notice.";
    private static final String QUOTE = "\u201cWe have never seen the river climb this fast, and we are asking "
            + "everyone in the low streets to go now,\u201d Sheriff Dana Okafor told reporters.";
    private static final String FIFTH = "Damage to farms along the lower valley has not yet been estimated by the "
            + "agriculture department, which sent inspectors on Tuesday.";
    private static final String ORIGINAL = String.join("\n", LEAD, SECOND, THIRD, QUOTE, FOURTH, FIFTH);

    static Article article(String id, String outlet, String published, List<String> credits, String body) {
        return new Article(id, id + ".txt", null, outlet, List.of(), "t", published, false, null, null, credits,
                "eng", body, List.of(), List.of(), List.of());
    }

    private static Reuse only(List<Reuse> reuse) {
        assertThat(reuse).hasSize(1);
        return reuse.get(0);
    }

    private final ReuseDetector detector = new ReuseDetector();

    @Test
    void verbatimRepublicationIsFoundWithFullCoverage() {
        Article source = article("a", "Valley Herald", "2024-03-05T08:00:00Z", List.of(), ORIGINAL);
        Article copy = article("b", "River Times", "2024-03-05T11:00:00Z", List.of(), ORIGINAL);
        Reuse r = only(detector.detect(List.of(source, copy)));
        assertThat(r.copy()).isEqualTo("b");
        assertThat(r.source()).isEqualTo("a");
        assertThat(r.kind()).isEqualTo("republication");
        assertThat(r.direction()).isEqualTo("publication-time");
        assertThat(r.coverageOfSource()).isEqualTo(1.0);
        assertThat(r.shared()).hasSize(6).allMatch(s -> s.match().equals("verbatim"));
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void houseStyleRestyleIsNearVerbatimWithoutChanges() {
        String restyled = ORIGINAL.replace("U.S.", "US").replace("Tuesday,", "Tuesday").replace("town's", "town\u2019s");
        Reuse r = only(detector.detect(List.of(article("a", null, null, List.of(), ORIGINAL),
                article("b", null, null, List.of(), restyled))));
        assertThat(r.direction()).isEqualTo("unknown");
        assertThat(r.kind()).isEqualTo("republication");
        assertThat(r.shared()).filteredOn(s -> s.match().equals("near-verbatim")).hasSize(3);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void droppedSentenceAndChangedFigureAreReported() {
        String copyText = String.join("\n", LEAD.replace("as many as 4,000", "nearly 4,500"), SECOND, THIRD, QUOTE,
                FOURTH);
        Reuse r = only(detector.detect(List.of(article("a", "Valley Herald", "2024-03-05", List.of(), ORIGINAL),
                article("b", "River Times", "2024-03-06", List.of(), copyText))));
        assertThat(r.copy()).isEqualTo("b");
        assertThat(r.kind()).isEqualTo("republication");
        assertThat(r.coverageOfSource()).isLessThan(0.9);
        assertThat(r.coverageOfCopy()).isEqualTo(1.0);
        assertThat(r.changes()).extracting(Change::kind).contains("sentence-dropped", "figure-altered");
        Change figure = r.changes().stream().filter(c -> c.kind().equals("figure-altered")).findFirst().orElseThrow();
        assertThat(figure.before()).contains("4,000");
        assertThat(figure.after()).contains("4,500");
        Change dropped = r.changes().stream().filter(c -> c.kind().equals("sentence-dropped")).findFirst().orElseThrow();
        assertThat(dropped.before()).isEqualTo(FIFTH);
    }

    @Test
    void hedgeAndAttributionChangesAreReported() {
        String copyText = ORIGINAL.replace("as many as 4,000", "nearly 4,000")
                .replace(" on Tuesday, the county emergency office said.", " on Tuesday.");
        Reuse r = only(detector.detect(List.of(article("a", null, "2024-03-05", List.of(), ORIGINAL),
                article("b", null, "2024-03-07", List.of(), copyText))));
        assertThat(r.changes()).extracting(Change::kind).contains("hedge-altered", "attribution-removed");
        Change hedge = r.changes().stream().filter(c -> c.kind().equals("hedge-altered")).findFirst().orElseThrow();
        assertThat(hedge.before()).isEqualTo("as many as 4,000");
        assertThat(hedge.after()).isEqualTo("nearly 4,000");
    }

    @Test
    void sharedQuoteAndFiguresAloneAreIndependent() {
        String independent = String.join("\n",
                "Some 4,000 people in Marlow County have left their homes as the Teller River burst its banks.",
                QUOTE,
                "Okafor said deputies went door to door in Brennan before dawn.",
                "The weather service expects more rain on Wednesday, and schools in the valley stay closed.");
        assertThat(detector.detect(List.of(article("a", null, null, List.of(), ORIGINAL),
                article("b", null, null, List.of(), independent)))).isEmpty();
    }

    @Test
    void unmarkedQuoteIsNotNarrativeEvidenceWhenTheOtherSideQuotesIt() {
        String unquoted = String.join("\n",
                "We have never seen the river climb this fast, and we are asking everyone in the low streets to go"
                        + " now, Sheriff Dana Okafor told reporters.",
                "Residents of Brennan were moved to a church hall on the hill above the town.");
        assertThat(detector.detect(List.of(article("a", null, null, List.of(), ORIGINAL),
                article("b", null, null, List.of(), unquoted)))).isEmpty();
    }

    @Test
    void directionByCreditLineOverridesMissingTimes() {
        Article wire = article("z-wire", "Northern Press Agency", null, List.of(), ORIGINAL);
        Article copy = article("a-copy", "River Times", null, List.of("Northern Press Agency"), ORIGINAL);
        Reuse r = only(detector.detect(List.of(wire, copy)));
        assertThat(r.copy()).isEqualTo("a-copy");
        assertThat(r.source()).isEqualTo("z-wire");
        assertThat(r.direction()).isEqualTo("credit-line");
    }

    @Test
    void directionByWireTagWhenTheCopyStrippedIt() {
        Article wire = article("z", null, null, List.of(), "BRENNAN (Reuters) - " + ORIGINAL);
        Article copy = article("a", "River Times", null, List.of(), "BRENNAN: " + ORIGINAL);
        Reuse r = only(detector.detect(List.of(wire, copy)));
        assertThat(r.copy()).isEqualTo("a");
        assertThat(r.direction()).isEqualTo("wire-tag");
    }

    @Test
    void directionIsUnknownWithoutEvidenceOrWhenEvidenceConflicts() {
        Reuse none = only(detector.detect(List.of(article("b", null, "2024-03-05", List.of(), ORIGINAL),
                article("a", null, "2024-03-05", List.of(), ORIGINAL))));
        assertThat(none.direction()).isEqualTo("unknown");
        assertThat(none.copy()).isEqualTo("a");
        // the credit says b copies a, the clock says a is later: no guess
        Reuse conflict = only(detector.detect(List.of(
                article("a", "Valley Herald", "2024-03-07", List.of(), ORIGINAL),
                article("b", "River Times", "2024-03-05", List.of("Valley Herald"), ORIGINAL))));
        assertThat(conflict.direction()).isEqualTo("unknown");
    }

    @Test
    void mergeOfTwoIndependentSourcesIsTheCopyOfBoth() {
        String other = String.join("\n",
                "Rail services between Brennan and the coast were suspended after a section of embankment slid "
                        + "into a drainage canal on Monday night.",
                "Engineers from the rail operator said repairs to the embankment could take at least two weeks "
                        + "once the water recedes.",
                "Commuters were offered replacement buses from the station car park, with the first leaving at "
                        + "six in the morning.");
        String merged = String.join("\n", LEAD, SECOND, THIRD, other.split("\n")[0], other.split("\n")[1]);
        List<Reuse> reuse = detector.detect(List.of(article("a", null, null, List.of(), ORIGINAL),
                article("b", null, null, List.of(), other), article("c", null, null, List.of(), merged)));
        assertThat(reuse).hasSize(2).allMatch(r -> r.copy().equals("c") && r.direction().equals("containment")
                && r.kind().equals("partial"));
    }

    @Test
    void chainsPartitionTheStoryOriginalFirst() {
        Article wire = article("w", "Northern Press Agency", "2024-03-05T08:00:00Z", List.of(), ORIGINAL);
        Article copy = article("c", "River Times", "2024-03-05T12:00:00Z", List.of(), ORIGINAL.replace("U.S.", "US"));
        Article lone = article("l", "Hill Gazette", "2024-03-05T09:00:00Z", List.of(),
                "Residents of Brennan spent the night in a church hall after the Teller River flooded the town.\n"
                        + "The county said it would publish a damage report next week.");
        List<Reuse> reuse = detector.detect(List.of(wire, copy, lone));
        Story story = detector.withChains(new Story("s", "flood", List.of("w", "l", "c"), List.of()), reuse);
        assertThat(story.independentChains()).containsExactly(List.of("w", "c"), List.of("l"));
    }

    @Test
    void sameInputGivesSameOutput() {
        List<Article> in = List.of(article("a", null, null, List.of(), ORIGINAL),
                article("b", null, null, List.of(), ORIGINAL.replace("4,000", "5,000")));
        assertThat(detector.detect(in)).isEqualTo(detector.detect(in));
    }

    @Test
    void badInputIsRejectedWithItsName() {
        Article a = article("a", null, null, List.of(), ORIGINAL);
        assertThatThrownBy(() -> detector.detect(List.of(a, a))).hasMessageContaining("article id a");
        assertThatThrownBy(() -> new ReuseDetector.Settings(0.6, 0, 2, 15, 0.8, 0.5, 200))
                .hasMessageContaining("minSentenceEvidence");
    }
}
