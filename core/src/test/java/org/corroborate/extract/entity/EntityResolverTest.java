package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.extract.TestArticles;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor quotes = new QuoteExtractor();

    /** Resolves the given articles as one story; {@code actors} become quantities with those actors. */
    private ResolvedFacts resolve(List<String> bodies, String... actors) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            Article a = TestArticles.of("a" + i, bodies.get(i));
            List<EntityMention> names = recognizer.recognize(a);
            List<Quantity> qs = i == 0 ? java.util.Arrays.stream(actors)
                    .map(actor -> new Quantity(a.id(), 0, 1, "1", 1, 1.0, 1.0, "exact", "troops", "troops", actor, null))
                    .toList() : List.of();
            articles.put(a.id(), a);
            facts.put(a.id(), new ArticleFacts(a.id(), names, qs, quotes.extract(a, names)));
        }
        Story story = new Story("s", "s", List.copyOf(articles.keySet()), List.of());
        return new EntityResolver().resolve(List.of(story), articles, facts);
    }

    private static Entity entity(ResolvedFacts r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void surnameAndSpellingVariantsJoinTheFullName() {
        ResolvedFacts r = resolve(List.of(
                "Foreign Minister Lee Ha-jin arrived in Oslo.\nLee met local officials.",
                "Visiting minister Lee Ha Jin praised Norway."));
        Entity lee = entity(r, "Lee Ha-jin");
        assertThat(lee.type()).isEqualTo("person");
        assertThat(lee.aliases()).contains("Lee", "Lee Ha Jin", "Foreign Minister Lee Ha-jin");
        assertThat(lee.mentions()).hasSize(3);
        assertThat(lee.id()).isEqualTo("e-lee-ha-jin");
    }

    @Test
    void abbreviationsAndRegionVariantsShareAnEntity() {
        ResolvedFacts r = resolve(List.of(
                "The U.S. and the U.N. sent aid to the Zaporizhzhia region.",
                "The US and the UN said convoys reached Zaporizhzhia Oblast and the United States would send more."));
        assertThat(entity(r, "United States").aliases()).contains("U.S.", "US");
        assertThat(entity(r, "United Nations").aliases()).contains("U.N.", "UN");
        assertThat(entity(r, "Zaporizhzhia").aliases()).contains("Zaporizhzhia region", "Zaporizhzhia Oblast");
    }

    @Test
    void rolePhraseResolvesToTheOfficeHolderOfTheRightCountry() {
        ResolvedFacts r = resolve(List.of(
                "Defense Secretary Mara Quint met Peruvian Defense Minister Jorge Salcedo in Lima.",
                "The U.S. defense secretary said the drills would go ahead, and the Peruvian defense minister agreed."));
        assertThat(entity(r, "Mara Quint").aliases()).contains("The U.S. defense secretary");
        assertThat(entity(r, "Jorge Salcedo").aliases()).contains("the Peruvian defense minister");
    }

    @Test
    void bareTitleResolvesToTheOneTitledPersonOfTheArticle() {
        ResolvedFacts r = resolve(List.of(
                "Energy Minister Lena Voss visited the plant.\n"
                        + "\"The reactor will stay shut until spring,\" the minister said."));
        assertThat(r.quotes()).extracting(Quote::speaker).contains("Lena Voss");
        assertThat(entity(r, "Lena Voss").aliases()).contains("the minister");
    }

    @Test
    void bareTitleWithTwoTitledCandidatesStaysARole() {
        ResolvedFacts r = resolve(List.of(
                "Energy Minister Lena Voss met Finance Minister Arno Pietsch.\n"
                        + "\"The budget is fixed,\" the minister said."));
        assertThat(r.quotes()).extracting(Quote::speaker).contains("the minister");
    }

    @Test
    void bareTitlePrefersTheHolderNamedInItsOwnArticle() {
        ResolvedFacts r = resolve(List.of(
                "Governor Ilse Marten opened the bridge.\n\"It took ten years,\" the governor said.",
                "Governor Tomas Reyna cut the ribbon in the next state.\n\"We are next,\" the governor said."));
        assertThat(r.quotes()).extracting(Quote::speaker).contains("Ilse Marten", "Tomas Reyna");
    }

    @Test
    void quoteSpeakersAndQuantityActorsBecomeCanonical() {
        ResolvedFacts r = resolve(List.of(
                "Secretary of State Nadia Corvell visited Chile.\n"
                        + "\"We will keep our promises to our partners,\" the top U.S. diplomat said.",
                "Corvell later flew to Peru."), "The U.S.", "Corvell", "Santiago officials");
        assertThat(r.quotes()).extracting(Quote::speaker).contains("Nadia Corvell");
        assertThat(r.quantities()).extracting(Quantity::actor)
                .containsExactly("United States", "Nadia Corvell", "Santiago officials");
    }

    @Test
    void sameNameInTwoStoriesIsOneEntity() {
        Article a = TestArticles.of("x", "Governor Ada Mbeki visited Kenya.");
        Article b = TestArticles.of("y", "Governor Ada Mbeki opened a school.");
        Map<String, Article> articles = Map.of("x", a, "y", b);
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        for (Article art : List.of(a, b)) {
            facts.put(art.id(), new ArticleFacts(art.id(), recognizer.recognize(art), List.of(), List.of()));
        }
        ResolvedFacts r = new EntityResolver().resolve(List.of(new Story("s1", "", List.of("x"), List.of()),
                new Story("s2", "", List.of("y"), List.of())), articles, facts);
        assertThat(entity(r, "Ada Mbeki").mentions()).hasSize(2);
    }

    @Test
    void ambiguousSurnameStaysApart() {
        ResolvedFacts r = resolve(List.of("Senator Ruth Okoro and Mayor Daniel Okoro spoke.\nOkoro left early."));
        assertThat(entity(r, "Ruth Okoro").aliases()).doesNotContain("Okoro");
        assertThat(entity(r, "Daniel Okoro").aliases()).doesNotContain("Okoro");
    }

    @Test
    void establishedNamesAreFoundWhereverTheStoryWritesThem() {
        ResolvedFacts r = resolve(List.of(
                "Detective Nora Quill arrived in Oslo on Monday.",
                "Quill found the missing file.\nThe QUILL REPORT was long."));
        Entity quill = entity(r, "Nora Quill");
        assertThat(quill.mentions()).hasSize(3);
        assertThat(quill.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
    }

    @Test
    void aSharedSurnameGoesToTheDominantPerson() {
        ResolvedFacts r = resolve(List.of(
                "Lena Vask scored twice. Her father Piet Vask watched from the stands.",
                "Lena Vask won again on Sunday.",
                "Forward Lena Vask was named player of the week.",
                "Vask celebrated with the fans."));
        assertThat(entity(r, "Lena Vask").mentions()).anyMatch(m -> m.article().equals("a3"));
        assertThat(entity(r, "Piet Vask").mentions()).hasSize(1);
    }

    @Test
    void generationalSuffixAndTeamNicknameJoinTheirFullNames() {
        ResolvedFacts r = resolve(List.of(
                "Arlo Penn Jr. escaped from the county jail on Monday. The Harbor City Gulls won on Sunday.",
                "Officers said Arlo Penn was armed. Fans cheered the Gulls."));
        assertThat(entity(r, "Arlo Penn Jr.").mentions()).hasSize(2);
        assertThat(entity(r, "Harbor City Gulls").mentions()).hasSize(2);
    }

    @Test
    void aNicknameAndTheFormalGivenNameNameOnePerson() {
        ResolvedFacts r = resolve(List.of(
                "Coach William Ostrander resigned on Friday.",
                "Bill Ostrander thanked the players.",
                "His brother Walter Ostrander was not reached."));
        assertThat(entity(r, "William Ostrander").mentions()).hasSize(2);
        assertThat(entity(r, "Walter Ostrander").mentions()).hasSize(1);
    }

    @Test
    void aBlendedNicknameJoinsThePersonItIsMadeOf() {
        ResolvedFacts r = resolve(List.of(
                "Marisol Quintero left the clinic on Monday.",
                "Outside the studio, MaQui said she felt fine."));
        assertThat(entity(r, "Marisol Quintero").aliases()).contains("MaQui");
    }

    @Test
    void aCityNamedForItsTeamJoinsTheTeamButNotAfterALocative() {
        ResolvedFacts r = resolve(List.of(
                "The Dorvale Jaguars beat the Tarn Panthers 24-17 on Sunday.",
                "Fans were stunned as Dorvale scored late. Dorvale won easily.",
                "Shops in Dorvale closed early on Monday, said Ida Moss. The mayor of Dorvale agreed."));
        Entity team = entity(r, "Dorvale Jaguars");
        assertThat(team.type()).isEqualTo("organization");
        assertThat(team.mentions()).hasSize(3);
        Entity city = entity(r, "Dorvale");
        assertThat(city.type()).isEqualTo("place");
        assertThat(city.mentions()).extracting(m -> m.article()).containsOnly("a2");
    }

    @Test
    void aCompanyNamedAloneIsNoPersonsFirstName() {
        // regression: a lone company name joined a product name read as a person ("Zentrix Quill"), first name first
        ResolvedFacts r = resolve(List.of(
                "Zentrix said on Monday that a patch is ready. Users can download it from Zentrix, the company said.",
                "Millions of people use Zentrix Quill every day. Zentrix warned that the flaw was serious. "
                        + "Zentrix released the fix on Tuesday."));
        Entity company = entity(r, "Zentrix");
        assertThat(company.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
        assertThat(entity(r, "Zentrix Quill").mentions()).hasSize(1);
    }

    @Test
    void typeVoteWeighsArticlesNotRepeats() {
        // one article repeats a guess four times; three articles each type the name once with firm evidence
        ResolvedFacts r = resolve(List.of(
                "Dravik said claims rose.\nCritics expect Dravik to pay.\nDravik said more.\nOthers asked Dravik why.",
                "The insurer Dravik raised its premiums.",
                "Premiums went up at the insurer Dravik this year.",
                "Storm claims hit the insurer Dravik hard."));
        Entity dravik = entity(r, "Dravik");
        assertThat(dravik.mentions()).hasSize(7);
        assertThat(dravik.type()).isEqualTo("organization");
    }

    @Test
    void cityOfSeveralWordsStandingAsASideJoinsItsTeam() {
        ResolvedFacts r = resolve(List.of(
                "Fans of the Tarn Valley Gulls cheered on Monday.",
                "The Hawks lost to Tarn Valley 70-61 on Friday."));
        Entity gulls = entity(r, "Tarn Valley Gulls");
        assertThat(gulls.type()).isEqualTo("organization");
        assertThat(gulls.aliases()).contains("Tarn Valley");
        assertThat(gulls.mentions()).hasSize(2);
    }

    @Test
    void aSchoolAndItsNicknameThatBeatTheSameOpponentBySameScoreAreOneTeam() {
        ResolvedFacts r = resolve(List.of(
                "Brackwell defeats Quenby 71-58 in league semifinal\nTim Ardo scored 20 points for Brackwell.",
                "Tim Ardo scored 20 points and the top-seeded Marlins defeated Quenby 71-58 on Friday.",
                "Brackwell's 71-58 victory over Quenby sent the Marlins to the final."));
        Entity team = entity(r, "Brackwell");
        assertThat(team.aliases()).contains("Marlins");
        assertThat(r.entities()).extracting(Entity::name).doesNotContain("Marlins");
        assertThat(entity(r, "Quenby").aliases()).doesNotContain("Brackwell", "Marlins");
    }

    @Test
    void aKnownPlaceThatWonLikeTheTeamStandsForItExceptAfterALocative() {
        ResolvedFacts r = resolve(List.of(
                "Tim Ardo scored 20 points and the top-ranked Marlins beat visiting Quenby, 91-73, on Thursday.",
                "Tim Ardo broke Vermont's career scoring record as top-ranked Vermont beat Quenby 91-73.",
                "Fans in Vermont cheered Tim Ardo."));
        Entity team = entity(r, "Marlins");
        assertThat(team.type()).isEqualTo("organization");
        assertThat(team.aliases()).contains("Vermont");
        assertThat(team.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
        Entity state = entity(r, "Vermont");
        assertThat(state.type()).isEqualTo("place");
        assertThat(state.mentions()).extracting(m -> m.article()).containsOnly("a2");
    }

    @Test
    void aKnownCityOpeningTheStorysTeamNameStandsForTheTeamButNotAsAPlace() {
        ResolvedFacts r = resolve(List.of(
                "The Denver Marlins signed guard Tim Ardo on Monday.",
                "Denver picked up Tim Ardo after an injury. Denver's head coach praised him.",
                "Fans in Denver cheered. Ardo, a Denver native, grew up in Lakewood, Denver."));
        Entity team = entity(r, "Denver Marlins");
        assertThat(team.type()).isEqualTo("organization");
        assertThat(team.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
        Entity city = entity(r, "Denver");
        assertThat(city.type()).isEqualTo("place");
        assertThat(city.mentions()).extracting(m -> m.article()).containsOnly("a2");
        assertThat(city.mentions()).hasSize(3);
    }

    @Test
    void aCityBeforeANewspapersNameStandsForNoTeam() {
        ResolvedFacts r = resolve(List.of(
                "The trade was first reported by the Denver Times on Monday.",
                "Denver picked up Tim Ardo after an injury."));
        assertThat(entity(r, "Denver").type()).isEqualTo("place");
        assertThat(entity(r, "Denver").mentions()).hasSize(1);
    }

    @Test
    void aPersonsNameAfterALocativeIsTheCareFacilityNamedAfterThem() {
        ResolvedFacts r = resolve(List.of(
                "The singer Tova Brand entered the Marla Quist Center in Rancho Vista on Monday.",
                "Tova Brand was previously at Marla Quist in 2010. She checked into Marla Quist again this week.",
                "Marla Quist, who founded the clinic, said she was proud of it."));
        Entity clinic = entity(r, "Marla Quist Center");
        assertThat(clinic.type()).isEqualTo("place");
        assertThat(clinic.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
        assertThat(entity(r, "Marla Quist").type()).isEqualTo("person");
        assertThat(entity(r, "Marla Quist").mentions()).extracting(m -> m.article()).containsOnly("a2");
    }

    @Test
    void aSurnameOfTwoWordsWithAParticleJoinsTheFullName() {
        ResolvedFacts r = resolve(List.of(
                "Police arrested Marco Lo Varni in Tesin on Monday.",
                "Lawyers for Lo Varni said he would appeal, and Lo Varni denied the charges."));
        Entity marco = entity(r, "Marco Lo Varni");
        assertThat(marco.mentions()).hasSize(3);
        assertThat(r.entities()).extracting(Entity::name).doesNotContain("Lo Varni");
    }

    @Test
    void sidesBeatingTheSameOpponentByDifferentScoresStayApart() {
        ResolvedFacts r = resolve(List.of(
                "Brackwell defeats Quenby 71-58 in league semifinal\nTim Ardo scored 20 points for Brackwell.",
                "Tim Ardo scored 20 points and the top-seeded Marlins defeated Quenby 64-60 on Friday."));
        assertThat(entity(r, "Brackwell").aliases()).doesNotContain("Marlins");
        assertThat(entity(r, "Marlins").aliases()).doesNotContain("Brackwell");
    }

    @Test
    void cityTheRecognizerMadeASideJoinsItsTeamEvenAfterTo() {
        // "to" places a name ("flew to Dorvale"), but "lost to Dorvale 64-60" is a game the recognizer read
        ResolvedFacts r = resolve(List.of("The Dorvale Herons won again.", "The Hawks lost to Dorvale 64-60 on Sunday."));
        Entity herons = entity(r, "Dorvale Herons");
        assertThat(herons.aliases()).contains("Dorvale");
        assertThat(herons.mentions()).hasSize(2);
    }

    @Test
    void careFacilityShortFormsJoinTheFullName() {
        ResolvedFacts r = resolve(List.of(
                "The actress checked into the Lakeshore Recovery Center on Monday.",
                "Her lawyer said she was staying at Lakeshore Recovery in Tarnby.",
                "Critics said Lakeshore has no license.\nShe drove to Lakeshore but never went inside."));
        Entity center = entity(r, "Lakeshore Recovery Center");
        assertThat(center.type()).isEqualTo("place");
        assertThat(center.aliases()).contains("Lakeshore Recovery", "Lakeshore");
        assertThat(center.mentions()).hasSize(4);
    }

    @Test
    void nameWithAMiddleNameJoinsTheNameWithout() {
        for (List<String> bodies : List.of(
                List.of("Her lawyer, Tomas Quill Varga, spoke to reporters on Monday.", "Tomas Varga said she was doing well."),
                List.of("Tomas Varga said she was doing well.", "Her lawyer, Tomas Quill Varga, spoke to reporters on Monday."))) {
            Entity varga = entity(resolve(bodies), "Tomas Quill Varga");
            assertThat(varga.aliases()).contains("Tomas Varga");
            assertThat(varga.mentions()).hasSize(2);
        }
    }

    @Test
    void aDemonymNounJoinsTheOnePersonOfThatNationality() {
        ResolvedFacts r = resolve(List.of(
                "Oskar Veldmark stopped American challenger Dario Quell in the sixth round.",
                "Veldmark floored Quell in the fifth, and the 38-year-old American never recovered."));
        assertThat(entity(r, "Dario Quell").aliases()).contains("the 38-year-old American");
    }

    @Test
    void aDemonymNounWithTwoCandidatesOrOnlyASubjectBeforeTheNameStaysUnresolved() {
        ResolvedFacts two = resolve(List.of("American Dario Quell met American Lina Brest in Tarnby.",
                "Quell and Brest talked for an hour, and the American left first."));
        assertThat(entity(two, "Dario Quell").aliases()).doesNotContain("the American");
        assertThat(entity(two, "Lina Brest").aliases()).doesNotContain("the American");
        // "The Ukrainian outpointed Dario Quell": the Ukrainian is the other fighter, not Quell
        ResolvedFacts subject = resolve(List.of("The Ukrainian outpointed Dario Quell in Tarnby.",
                "In 2019 the Ukrainian won their first fight."));
        assertThat(entity(subject, "Dario Quell").aliases()).doesNotContain("the Ukrainian");
    }

    @Test
    void aKnownCityRightBeforeATeamsNicknameStandsForThatTeam() {
        ResolvedFacts r = resolve(List.of(
                "The Denver Red Sox made guard Tim Ardo an offer on Monday.",
                "Denver reportedly looks to sign Tim Ardo. The Red Sox declined to comment.",
                "Fans in Denver cheered."));
        Entity team = entity(r, "Red Sox");
        assertThat(team.mentions()).filteredOn(m -> m.article().equals("a1")).hasSize(2);
        assertThat(entity(r, "Denver").mentions()).extracting(m -> m.article()).containsOnly("a2");
    }

    @Test
    void aBareTitleInAnArticleNamingNoOneGoesToTheStorysDominantHolder() {
        String role = "The President announced the nominee at noon.";
        ResolvedFacts r = resolve(List.of(
                "President Mira Tolland named Ansel Rook as health chief on Monday.",
                "President Mira Tolland spoke in Varno.",
                "Aides of President Oskar Venn were surprised by the choice.",
                role));
        assertThat(entity(r, "Mira Tolland").aliases()).contains("The President");
        // named in as many articles as the other holder: no one dominates, the role stays unresolved
        ResolvedFacts tie = resolve(List.of(
                "President Mira Tolland named Ansel Rook as health chief on Monday.",
                "Aides of President Oskar Venn were surprised by the choice.",
                role));
        assertThat(entity(tie, "Mira Tolland").aliases()).doesNotContain("The President");
        assertThat(entity(tie, "Oskar Venn").aliases()).doesNotContain("The President");
    }
}
