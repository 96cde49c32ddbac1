package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Brief;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import org.corroborate.text.Nlp;
import org.junit.jupiter.api.Test;

class ClaimBuilderTest {
    static final String A = "Rescuers freed about 300 passengers from the Tesin tunnel on Saturday. "
            + "The transport minister said 120 people were injured. "
            + "The regional governor put the number of injured at 140. "
            + "\"Everyone is out of the mountain,\" Orsk said.";
    static final String B = "Rescue teams pulled some 300 passengers out of the tunnel at Tesin on Saturday. "
            + "The rescue union said up to 200 people may have been injured. "
            + "The minister said 120 people were injured in the accident. "
            + "\"Everyone who was on that train is out of the mountain,\" Orsk said.";
    static final String C = "Rescue teams pulled nearly 300 passengers out of the tunnel at Tesin on Saturday. "
            + "The minister said 120 people were injured in the accident.";

    static Article article(String id, String body, String published) {
        List<Span> sentences = new ArrayList<>();
        for (opennlp.tools.util.Span s : Nlp.sentences(body)) {
            sentences.add(Span.ofChars(body, s.getStart(), s.getEnd()));
        }
        return new Article(id, id, null, null, List.of(), "t " + id, published, false, null, null, List.of(), "en",
                body, List.of(new Span(0, body.length())), sentences, List.of());
    }

    static Quantity q(String article, String body, String text, double value, Double low, Double high, String hedge,
            String unit, String subject, String actor) {
        return q(article, body, text, value, low, high, hedge, unit, subject, actor, null);
    }

    static Quantity q(String article, String body, String text, double value, Double low, Double high, String hedge,
            String unit, String subject, String actor, String verb) {
        int at = body.indexOf(text);
        return new Quantity(article, at, at + text.length(), text, value, low, high, hedge, unit, subject, actor,
                verb);
    }

    static Quote quote(String article, String body, String text, String speaker) {
        int at = body.indexOf(text);
        return new Quote(article, at, at + text.length(), text, speaker, "said", "direct");
    }

    static Analysis analysis() {
        Article a = article("a", A, "2026-03-14");
        Article b = article("b", B, "2026-03-14");
        Article c = article("c", C, "2026-03-15");
        Span bFirst = b.sentences().get(0);
        Span cFirst = c.sentences().get(0);
        Reuse cCopiesB = new Reuse("c", "b", "partial", "publication-time", 0.5, 1.0,
                List.of(new SharedSentence(cFirst, bFirst, "near-verbatim", 0.95),
                        new SharedSentence(c.sentences().get(1), b.sentences().get(2), "verbatim", 1.0)),
                List.of(new Change("hedge-altered", cFirst, bFirst, "some 300", "nearly 300")));
        Story story = new Story("s-tesin", "Tesin rescue", List.of("a", "b", "c"), List.of(List.of("a"), List.of("b", "c")));
        List<Quantity> quantities = List.of(
                q("a", A, "about 300", 300, 270.0, 330.0, "about", "passengers", "passengers from the Tesin tunnel", null),
                q("a", A, "120", 120, 120.0, 120.0, "exact", "people", "people injured", "transport minister"),
                q("a", A, "140", 140, 140.0, 140.0, "exact", "people", "number of injured", "regional governor"),
                q("b", B, "some 300", 300, 270.0, 330.0, "some", "passengers", "passengers out of the tunnel at Tesin", null),
                q("b", B, "up to 200", 200, null, 200.0, "up to", "people", "people injured", "rescue union"),
                q("b", B, "120", 120, 120.0, 120.0, "exact", "people", "people injured", "transport minister"),
                q("c", C, "nearly 300", 300, 270.0, 300.0, "nearly", "passengers", "passengers out of the tunnel at Tesin", null),
                q("c", C, "120", 120, 120.0, 120.0, "exact", "people", "people injured", "transport minister"));
        List<Quote> quotes = List.of(quote("a", A, "Everyone is out of the mountain,", "Dalia Orsk"),
                quote("b", B, "Everyone who was on that train is out of the mountain,", "Dalia Orsk"));
        List<Entity> entities = List.of(new Entity("e-tesin", "Tesin", "place", List.of(), List.of(new Mention("a", 0, 1))));
        return new Analysis(1, List.of(a, b, c), List.of(story), List.of(cCopiesB), entities, quantities, List.of(),
                quotes, List.of(), Brief.EMPTY, List.of());
    }

    /** The figure claims of one story of two independent articles, {@code x} and {@code y}, with two figures. */
    static List<Claim> figures(String x, String y, Quantity inX, Quantity inY) {
        Story story = new Story("s", "s", List.of("x", "y"), List.of(List.of("x"), List.of("y")));
        Analysis analysis = new Analysis(1, List.of(article("x", x, null), article("y", y, null)), List.of(story),
                List.of(), List.of(), List.of(inX, inY), List.of(), List.of(), List.of(), Brief.EMPTY, List.of());
        return new ClaimBuilder().build(analysis).stream().filter(c -> c.kind().equals("figure")).toList();
    }

    /** Asserts that the two figures of two independent articles are two single-source claims. */
    static void assertSeparate(String x, String y, Quantity inX, Quantity inY) {
        assertThat(figures(x, y, inX, inY)).hasSize(2).allMatch(c -> c.status().equals("single-source"));
    }

    static Claim figure(List<Claim> claims, String unitPrefix) {
        return claims.stream().filter(c -> c.kind().equals("figure") && c.summary().startsWith(unitPrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no figure claim for " + unitPrefix + " in " + claims));
    }

    @Test
    void sameFigureWithDifferentHedgesIsOneClaimWithHedgedVariantsCountedByChains() {
        Claim passengers = figure(new ClaimBuilder().build(analysis()), "passengers");
        assertThat(passengers.status()).isEqualTo("hedged-variants");
        assertThat(passengers.mentions()).hasSize(3);
        // c copies b's sentence: three articles, two independent chains
        assertThat(passengers.chains()).containsExactly("a", "b");
        assertThat(passengers.variants()).extracting(v -> v.hedge()).containsExactlyInAnyOrder("about", "some", "nearly");
    }

    @Test
    void differentFiguresFromDifferentActorsAreADispute() {
        Claim injured = figure(new ClaimBuilder().build(analysis()), "people");
        assertThat(injured.status()).isEqualTo("disputed");
        assertThat(injured.variants()).extracting(v -> v.value()).contains(120.0, 140.0, 200.0);
    }

    @Test
    void differentFiguresOfDifferentThingsAreSeparateClaims() {
        String x = "Officials said 300 people were rescued from the tunnel overnight.";
        String y = "Officials said 120 people were injured in the collapse.";
        assertSeparate(x, y,
                q("x", x, "300 people", 300, 300.0, 300.0, "exact", "people", "people rescued from the tunnel", "Officials"),
                q("y", y, "120 people", 120, 120.0, 120.0, "exact", "people", "people injured in the collapse", "Officials"));
    }

    @Test
    void sharingOnlyTheDayDoesNotMakeTwoFiguresComparable() {
        // regression: "300 rescued on Saturday" and "admitted 37 on Saturday" were one disputed claim
        String x = "Some 300 people were rescued on Saturday from a stranded ferry near Orvane, officials said.";
        String y = "The main clinic said on Saturday that it had admitted 37 people.";
        assertSeparate(x, y, q("x", x, "Some 300 people", 300, 270.0, 330.0, "some", "people", "people", "officials"),
                q("y", y, "37 people", 37, 37.0, 37.0, "exact", "people", "people", "the main clinic"));
    }

    @Test
    void figuresSharingTheirWordsButNotWhatHappenedAreSeparateClaims() {
        // regression: "300 rescued from the train" and "admitted 37 from the train" were one disputed claim
        String x = "Some 300 people were rescued from the night train at Orvane, officials said.";
        String y = "The main clinic said it had admitted 37 people from the night train at Orvane.";
        assertSeparate(x, y,
                q("x", x, "Some 300 people", 300, 270.0, 330.0, "some", "people", "people", "officials", "rescue"),
                q("y", y, "37 people", 37, 37.0, 37.0, "exact", "people", "people", "the main clinic", "admit"));
    }

    @Test
    void differentVerbsForOneEventStillMakeADispute() {
        String x = "The ministry said it had sent 4,000 troops to the Orvane border.";
        String y = "As many as 6,000 troops were deployed to the Orvane border, the opposition said.";
        List<Claim> figures = figures(x, y,
                q("x", x, "4,000 troops", 4000, 4000.0, 4000.0, "exact", "troops", "troops to the Orvane border",
                        "The ministry", "send"),
                q("y", y, "As many as 6,000 troops", 6000, null, 6000.0, "as many as", "troops",
                        "troops to the Orvane border", "the opposition", "deploy"));
        assertThat(figures).singleElement().extracting(Claim::status).isEqualTo("disputed");
    }

    @Test
    void sharesWhoseSubjectsAreUnknownAreNotComparedByTheirWords() {
        // regression: two poll shares from different articles, about different candidates, were a contradiction
        String x = "In the Orvane poll, 46 percent would choose Varn over Osk.";
        String y = "The Orvane poll released on Friday shows Osk ahead of Varn with 43 percent.";
        assertSeparate(x, y, q("x", x, "46 percent", 46, 46.0, 46.0, "exact", "percent", null, null),
                q("y", y, "43 percent", 43, 43.0, 43.0, "exact", "percent", null, null));
    }

    @Test
    void hedgedFiguresOfDifferentSizesAreNotOneClaim() {
        // regression: "more than one victim" and "thousands of victims" were one claim with hedged variants
        String x = "Police said more than one victim was taken to the Orvane clinic.";
        String y = "Thousands of victims of the Orvane floods were taken to the clinic, police said.";
        List<Claim> figures = figures(x, y,
                q("x", x, "more than one victim", 1, 1.0, null, "more than", "victims", "victims", null),
                q("y", y, "Thousands of victims", 1000, 1000.0, 9999.0, "range", "victims", "victims", null));
        assertThat(figures).noneMatch(c -> c.status().equals("hedged-variants"));
    }

    @Test
    void aPriceIsNotAQuantityOfWhatItPrices() {
        // regression: "$50 a ton" and "two billion tons per year" were one claim of "tons per year"
        String x = "The mine expects to sell its coal for at least $50 a ton in Orvane.";
        String y = "The mines of Orvane ship nearly 2,000,000 tons a year of coal.";
        assertSeparate(x, y,
                q("x", x, "at least $50 a ton", 50, 50.0, null, "at least", "$ per ton", "coal in Orvane", null),
                q("y", y, "nearly 2,000,000 tons a year", 2_000_000, 1_800_000.0, 2_000_000.0, "nearly",
                        "tons per year", "coal in Orvane", null));
    }

    @Test
    void oneArticleListingFiguresOfOneUnitDoesNotContradictItself() {
        // regression: a poll's two shares in one sentence were a contradiction
        String x = "Varn leads Osk by 46 percent to 42 percent among voters in Orvane, according to the poll.";
        String y = "Varn has 46 percent among voters in Orvane, the poll found.";
        Story story = new Story("s", "s", List.of("x", "y"), List.of(List.of("x"), List.of("y")));
        List<Quantity> figures = List.of(
                q("x", x, "46 percent", 46, 46.0, 46.0, "exact", "percent", "voters in Orvane", "the poll"),
                q("x", x, "42 percent", 42, 42.0, 42.0, "exact", "percent", "voters in Orvane", "the poll"),
                q("y", y, "46 percent", 46, 46.0, 46.0, "exact", "percent", "voters in Orvane", "the poll"));
        Analysis analysis = new Analysis(1, List.of(article("x", x, null), article("y", y, null)), List.of(story),
                List.of(), List.of(), figures, List.of(), List.of(), List.of(), Brief.EMPTY, List.of());
        List<Claim> claims = new ClaimBuilder().build(analysis).stream().filter(c -> c.kind().equals("figure")).toList();
        assertThat(claims).hasSize(2).noneMatch(c -> c.status().equals("contradicted"));
        assertThat(claims).filteredOn(c -> c.mentions().size() == 2).singleElement()
                .extracting(Claim::status).isEqualTo("consensus");
    }

    @Test
    void aSourcesFigureBesideTheArticlesOwnIsNoDispute() {
        // regression: one article's own "4 percent surcharge" and a center's "top 1 percent" were a dispute
        String x = "The plan adds a 4 percent surcharge on the largest incomes in Orvane. "
                + "The top 1 percent of earners in Orvane would pay most of it, the Varn Center estimates.";
        Story story = new Story("s", "s", List.of("x"), List.of(List.of("x")));
        List<Quantity> figures = List.of(
                q("x", x, "4 percent", 4, 4.0, 4.0, "exact", "percent", "incomes in Orvane", null),
                q("x", x, "1 percent", 1, 1.0, 1.0, "exact", "percent", "earners in Orvane", "the Varn Center"));
        Analysis analysis = new Analysis(1, List.of(article("x", x, null)), List.of(story), List.of(), List.of(),
                figures, List.of(), List.of(), List.of(), Brief.EMPTY, List.of());
        List<Claim> claims = new ClaimBuilder().build(analysis).stream().filter(c -> c.kind().equals("figure")).toList();
        assertThat(claims).hasSize(2).allMatch(c -> c.status().equals("single-source"));
    }

    @Test
    void aUnitRepeatingAWordIsCompared() {
        String x = "Officials said 40 boats of the fleet of the port sank.";
        String y = "Officials said 12 boats sank.";
        assertThat(figures(x, y,
                q("x", x, "40 boats", 40, 40.0, 40.0, "exact", "boats of the fleet of the port", "boats", "Officials"),
                q("y", y, "12 boats", 12, 12.0, 12.0, "exact", "boats", "boats", "Officials"))).isNotEmpty();
    }

    @Test
    void sameActorGivingTwoFiguresIsAContradiction() {
        Analysis base = analysis();
        List<Quantity> quantities = new ArrayList<>(base.quantities());
        // the minister's 120 in a (and c), 140 in b, both published the same day
        quantities.removeIf(q -> q.value() == 200 || q.value() == 140);
        quantities.replaceAll(q -> q.value() == 120 && q.article().equals("b") ? new Quantity(q.article(), q.start(),
                q.end(), q.text(), 140, 140.0, 140.0, "exact", q.unit(), q.subject(), "transport minister", q.verb()) : q);
        Analysis changed = new Analysis(1, base.articles(), base.stories(), base.reuse(), base.entities(), quantities,
                base.dates(), base.quotes(), List.of(), Brief.EMPTY, List.of());
        assertThat(figure(new ClaimBuilder().build(changed), "people").status()).isEqualTo("contradicted");
    }

    @Test
    void sameRemarkRenderedDifferentlyIsOneQuoteClaim() {
        List<Claim> quotes = new ClaimBuilder().build(analysis()).stream().filter(c -> c.kind().equals("quote")).toList();
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).chains()).containsExactly("a", "b");
        assertThat(quotes.get(0).status()).isEqualTo("consensus");
    }

    @Test
    void copiedSentenceAddsNoIndependentSupportButAnIndependentOneDoes() {
        List<Claim> statements = new ClaimBuilder().build(analysis()).stream()
                .filter(c -> c.kind().equals("statement")).toList();
        Claim minister = statements.stream().filter(c -> c.summary().contains("120")).findFirst().orElseThrow();
        assertThat(minister.mentions()).extracting(Mention::article).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(minister.chains()).containsExactly("a", "b");
        Claim union = statements.stream().filter(c -> c.summary().contains("union")).findFirst().orElseThrow();
        assertThat(union.status()).isEqualTo("single-source");
    }

    @Test
    void negatedSentenceIsAContradictionNotAConfirmation() {
        String x = "The operator said the line would reopen on Monday after inspections.";
        String y = "The operator said the line would not reopen on Monday after inspections.";
        Article a = article("x", x, null);
        Article b = article("y", y, null);
        Story story = new Story("s", "s", List.of("x", "y"), List.of(List.of("x"), List.of("y")));
        Analysis analysis = new Analysis(1, List.of(a, b), List.of(story), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Brief.EMPTY, List.of());
        List<Claim> claims = new ClaimBuilder().build(analysis);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).status()).isEqualTo("contradicted");
    }

    @Test
    void claimsDoNotDependOnInputOrder() {
        Analysis base = analysis();
        List<Quantity> reversed = new ArrayList<>(base.quantities());
        java.util.Collections.reverse(reversed);
        Analysis shuffled = new Analysis(1, base.articles(), base.stories(), base.reuse(), base.entities(), reversed,
                base.dates(), base.quotes(), List.of(), Brief.EMPTY, List.of());
        assertThat(new ClaimBuilder().build(shuffled)).isEqualTo(new ClaimBuilder().build(base));
    }

    @Test
    void emptyAnalysisHasNoClaims() {
        assertThat(new ClaimBuilder().build(new Analysis(1, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Brief.EMPTY, List.of()))).isEmpty();
    }

    @Test
    void anActorOpeningItsSentenceReadsMidSentenceInTheSummary() {
        assertThat(FigureClaims.midSentence("The rescue union")).isEqualTo("the rescue union");
        assertThat(FigureClaims.midSentence("A spokesman for Tesin Rail")).isEqualTo("a spokesman for Tesin Rail");
        assertThat(FigureClaims.midSentence("The Tesin Herald")).isEqualTo("The Tesin Herald");
        assertThat(FigureClaims.midSentence("Dalia Orsk")).isEqualTo("Dalia Orsk");
        assertThat(FigureClaims.midSentence("The")).isEqualTo("The");
    }
}
