package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extract.TestArticles;
import org.corroborate.model.Article;
import org.corroborate.model.EntityMention;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> recognize(String text) {
        return recognizer.recognize(TestArticles.of("t", text));
    }

    private static EntityMention named(List<EntityMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + ms));
    }

    @Test
    void titleBeforeNameMakesAPersonWithRole() {
        List<EntityMention> ms = recognize("Chilean Foreign Minister Marta Quillen met Interior Secretary Dov Arkin on Friday.");
        assertThat(named(ms, "Marta Quillen").type()).isEqualTo("person");
        assertThat(named(ms, "Marta Quillen").role()).isEqualTo("Chilean Foreign Minister");
        assertThat(named(ms, "Dov Arkin").type()).isEqualTo("person");
    }

    @Test
    void titleOfSeveralWordsWithNationality() {
        List<EntityMention> ms = recognize("U.S. Secretary of State Helen Varga arrived in Lima.");
        EntityMention m = named(ms, "Helen Varga");
        assertThat(m.role()).isEqualTo("U.S. Secretary of State");
        assertThat(named(ms, "Lima").type()).isEqualTo("place");
    }

    @Test
    void definiteRolePhraseWithoutNameIsARoleMention() {
        List<EntityMention> ms = recognize("The top French diplomat said the talks would resume.");
        EntityMention m = named(ms, "The top French diplomat");
        assertThat(m.type()).isEqualTo("person");
        assertThat(m.role()).isEqualTo("top French diplomat");
    }

    @Test
    void gazetteerTypesPlacesAndOrganizationsAndAbbreviations() {
        List<EntityMention> ms = recognize("Officials from NATO and the U.N. Security Council flew from Norway to the U.S. on Monday.");
        assertThat(named(ms, "NATO").type()).isEqualTo("organization");
        assertThat(named(ms, "U.N. Security Council").type()).isEqualTo("organization");
        assertThat(named(ms, "Norway").type()).isEqualTo("place");
        assertThat(named(ms, "U.S.").type()).isEqualTo("place");
    }

    @Test
    void regionSuffixJoinsThePlace() {
        List<EntityMention> ms = recognize("Shelling hit villages in Ukraine's Kharkiv region and in the Belgorod Oblast.");
        assertThat(named(ms, "Kharkiv region").type()).isEqualTo("place");
        assertThat(named(ms, "Belgorod Oblast").type()).isEqualTo("place");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("Ukraine's");
    }

    @Test
    void nationalityIsNotAName() {
        List<EntityMention> ms = recognize("North Korean and South Korean envoys met in Geneva.");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("North Korean", "South Korean");
        assertThat(named(ms, "Geneva").type()).isEqualTo("place");
    }

    @Test
    void surnameLaterInTheArticleIsThePerson() {
        List<EntityMention> ms = recognize("Mayor Tomas Ekwueme opened the bridge.\nThe crowd cheered as Ekwueme cut the ribbon.");
        assertThat(ms.stream().filter(m -> m.text().equals("Ekwueme")).findFirst()).get()
                .extracting(EntityMention::type).isEqualTo("person");
    }

    @Test
    void hyphenatedEastAsianNameStaysWhole() {
        List<EntityMention> ms = recognize("Defense Minister Park Min-seo spoke with reporters.");
        assertThat(named(ms, "Park Min-seo").type()).isEqualTo("person");
    }

    @Test
    void givenNameBeatsACityOfTheSameName() {
        List<EntityMention> ms = recognize("Sydney Okafor, a former analyst, disagreed.");
        assertThat(named(ms, "Sydney Okafor").type()).isEqualTo("person");
    }

    @Test
    void organizationByHeadWord() {
        List<EntityMention> ms = recognize("The Zanthe Energy Agency and the Ministry of Fisheries issued a warning.");
        assertThat(named(ms, "Zanthe Energy Agency").type()).isEqualTo("organization");
        assertThat(named(ms, "Ministry of Fisheries").type()).isEqualTo("organization");
    }

    @Test
    void offsetsAreCodePointsIntoTheBody() {
        Article a = TestArticles.of("t", "\uD83D\uDE00 Prime Minister Ola Brandt spoke.");
        EntityMention m = named(recognizer.recognize(a), "Ola Brandt");
        assertThat(a.body().codePoints().skip(m.start()).limit(m.end() - m.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("Ola Brandt");
    }

    @Test
    void organizationHeadWordsTypeOrganizations() {
        List<EntityMention> ms = recognize("Engineers from the Varnholt Geological Survey met reporters from the Kessel Ledger "
                + "and the Brindle Gazette.");
        assertThat(named(ms, "Varnholt Geological Survey").type()).isEqualTo("organization");
        assertThat(named(ms, "Kessel Ledger").type()).isEqualTo("organization");
        assertThat(named(ms, "Brindle Gazette").type()).isEqualTo("organization");
    }

    @Test
    void compactNameEndingInAnOrganizationHeadIsAnOrganization() {
        List<EntityMention> ms = recognize("The storm closed two stations.\nNordRail said the trains would run again on Monday.");
        assertThat(named(ms, "NordRail").type()).isEqualTo("organization");
    }

    @Test
    void descriptorNounBeforeALoneNameMakesItAnOrganization() {
        List<EntityMention> ms = recognize("Passengers were moved to buses by the ferry operator Seltra on Friday.");
        assertThat(named(ms, "Seltra").type()).isEqualTo("organization");
    }

    @Test
    void directionalPrefixMakesAPlaceNotAPerson() {
        List<EntityMention> ms = recognize("Volunteers from Lower Marvik joined the search with a team from the Upper Dalen "
                + "fire brigade.");
        assertThat(named(ms, "Lower Marvik").type()).isEqualTo("place");
        assertThat(named(ms, "Upper Dalen").type()).isEqualTo("place");
    }

    @Test
    void nameAfterPlaceNounAndOfIsAPlace() {
        List<EntityMention> ms = recognize("The mayor of Kestrel Falls spoke to the governor of Brennmoor on Sunday.");
        assertThat(named(ms, "Kestrel Falls").type()).isEqualTo("place");
        assertThat(named(ms, "Brennmoor").type()).isEqualTo("place");
    }

    @Test
    void capitalizedPlaceHeadTaggedAsNounEndsThePlaceName() {
        List<EntityMention> ms = recognize("Snow closed the road through the Harrow Pass overnight.");
        assertThat(named(ms, "Harrow Pass").type()).isEqualTo("place");
    }

    @Test
    void wordOfAPlaceNameUsedAloneIsThatPlace() {
        List<EntityMention> ms = recognize("Farmers in North Quarrin lost their crops.\nOfficials said Quarrin would need "
                + "aid, and Quarrin farmers agreed.");
        assertThat(ms).filteredOn(m -> m.text().equals("Quarrin")).isNotEmpty().allMatch(m -> m.type().equals("place"));
    }

    @Test
    void sentenceInitialCommonPluralIsNotAName() {
        List<EntityMention> ms = recognize("The river rose overnight.\nHydrologists said the water would fall by Tuesday.\n"
                + "Peters said he had never seen such a flood.");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("Hydrologists").contains("Peters");
    }

    @Test
    void namesOfTreatiesAndDoctrinesAreNotPeople() {
        List<EntityMention> ms = recognize("Both sides signed the Halvard Accord and invoked the Kessin Doctrine in Ostrava.");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("Halvard Accord", "Kessin Doctrine");
    }

    @Test
    void aGuessedTypeYieldsToTheFirmerTypeOfTheSameNameInTheArticle() {
        List<EntityMention> ms = recognize("Passengers were moved to buses by the ferry operator Seltra on Friday.\n"
                + "Later Seltra said the boats were safe.");
        assertThat(ms).filteredOn(m -> m.text().equals("Seltra")).hasSize(2)
                .allMatch(m -> m.type().equals("organization"));
    }

    @Test
    void titleCaseHeadlineWordsAreNotNames() {
        List<EntityMention> ms = recognize("Velmar Rushes Emergency Fix To Ferry Fleet\nVelmar said on Monday that the fix works.");
        assertThat(ms).noneMatch(m -> m.text().contains("Rushes") || m.text().equals("Emergency Fix"));
        List<EntityMention> titled = recognize("The Velmar Film Director Jane Roe Still In Talks For Sequel");
        assertThat(named(titled, "Jane Roe").type()).isEqualTo("person");
        assertThat(recognize("Fans celebrated the New Year in Lunmere.")).noneMatch(m -> m.text().contains("Year"));
    }

    @Test
    void pluralCommonNounNamesATeam() {
        List<EntityMention> ms = recognize("The Harbor City Gulls beat the Port Ridgeton Owls on Sunday.\nOrvid Banks scored twice.");
        assertThat(named(ms, "Harbor City Gulls").type()).isEqualTo("organization");
        assertThat(named(ms, "Port Ridgeton Owls").type()).isEqualTo("organization");
        assertThat(named(ms, "Orvid Banks").type()).isEqualTo("person");
        assertThat(named(recognize("Fans cheered as the Zorbers scored again."), "Zorbers").type()).isEqualTo("organization");
        assertThat(recognize("The Greeks voted on Sunday, and so did the Kellers.")).noneMatch(m -> m.text().equals("Greeks"));
    }

    @Test
    void repeatedAcronymIsAnOrganizationButCommonAbbreviationsAreNot() {
        List<EntityMention> ms = recognize("The cable operator restored service after KORVAL found the fault. "
                + "Engineers at KORVAL worked overnight. The CEO spoke on TV twice, and the CEO thanked them on TV.");
        assertThat(ms).filteredOn(m -> m.text().equals("KORVAL")).hasSize(2)
                .allMatch(m -> m.type().equals("organization"));
        assertThat(ms).noneMatch(m -> m.text().equals("CEO") || m.text().equals("TV"));
    }

    @Test
    void placeHeadsAndPrefixesTypePlaces() {
        List<EntityMention> ms = recognize("Pirates raided a tanker in the Gulf of Tesin. Climbers left Mount Varla for "
                + "Orvin Beach.\nThe store on Selby Avenue closed.");
        assertThat(named(ms, "Gulf of Tesin").type()).isEqualTo("place");
        assertThat(named(ms, "Mount Varla").type()).isEqualTo("place");
        assertThat(named(ms, "Orvin Beach").type()).isEqualTo("place");
        assertThat(named(ms, "Selby Avenue").type()).isEqualTo("place");
    }

    @Test
    void twoWordTeamAfterTheIsAnOrganizationAndPatrolsAreOrganizations() {
        List<EntityMention> ms = recognize("Fans cheered the Dorvale Colts on Sunday.\n"
                + "Officers of the Varna Highway Patrol closed the road.\nKraft Ovens and Mira Foods merged.");
        assertThat(named(ms, "Dorvale Colts").type()).isEqualTo("organization");
        assertThat(named(ms, "Varna Highway Patrol").type()).isEqualTo("organization");
        assertThat(named(ms, "Mira Foods").type()).isEqualTo("organization");
    }

    @Test
    void aNumberWithPluralSuffixNamesATeam() {
        List<EntityMention> ms = recognize("The Dorvale 52ers won on Sunday. The 52ers scored late.");
        assertThat(named(ms, "Dorvale 52ers").type()).isEqualTo("organization");
        assertThat(named(ms, "52ers").type()).isEqualTo("organization");
        assertThat(recognize("The 52 riders left.")).isEmpty();
    }

    @Test
    void aProductAfterACompanyNameIsNoPerson() {
        List<EntityMention> ms = recognize("The software company Zentrix said on Monday that Zentrix Write would get a fix.");
        assertThat(ms).noneMatch(m -> m.text().equals("Zentrix Write"));
        assertThat(ms).filteredOn(m -> m.text().equals("Zentrix")).hasSize(2)
                .allMatch(m -> m.type().equals("organization"));
    }

    @Test
    void aPartyLabelBeforeATitleBelongsToTheRole() {
        // regression: "Republican Secretary of State Jon ..." gave a person "State Jon"
        List<EntityMention> ms = recognize("The ruling dealt a blow to Republican Secretary of State Helen Varga and her allies.");
        assertThat(named(ms, "Helen Varga").role()).isEqualTo("Republican Secretary of State");
        assertThat(ms).noneMatch(m -> m.text().startsWith("State"));
    }

    @Test
    void facilitiesAndNamesAfterInArePlaces() {
        // regression: facilities and two-word towns were typed as people
        assertThat(named(recognize("She checked into the Lakeshore Recovery center in Malibu on Tuesday."),
                "Lakeshore Recovery").type()).isEqualTo("place");
        assertThat(named(recognize("The fire started on Keller Street near the Valley Hotel."), "Valley Hotel").type())
                .isEqualTo("place");
        assertThat(named(recognize("He bought a house in Rancho Verde last year."), "Rancho Verde").type())
                .isEqualTo("place");
        // a given name still makes a person
        assertThat(named(recognize("The decision was a blow to Helen Varga in Lima."), "Helen Varga").type())
                .isEqualTo("person");
    }

    @Test
    void aNumberedStreetIsAPlace() {
        // regression: "117th Street" gave a person named "Street"
        List<EntityMention> ms = recognize("The crash happened at the corner of 117th Street and 9th Avenue in Harlow.");
        assertThat(named(ms, "117th Street").type()).isEqualTo("place");
        assertThat(named(ms, "9th Avenue").type()).isEqualTo("place");
        assertThat(ms).noneMatch(m -> m.text().equals("Street") || m.text().equals("Avenue"));
    }

    @Test
    void careFacilitiesArePlacesButResearchCentersAreOrganizations() {
        // regression: clinics and treatment centres were typed organizations by their head word
        assertThat(named(recognize("The singer left the Dunmore Treatment Center after two days."),
                "Dunmore Treatment Center").type()).isEqualTo("place");
        assertThat(named(recognize("Six patients were moved out of Harlow Valley Clinic on Sunday."),
                "Harlow Valley Clinic").type()).isEqualTo("place");
        assertThat(named(recognize("A report by the Varna Research Center found no errors."),
                "Varna Research Center").type()).isEqualTo("organization");
        assertThat(named(recognize("The Varna Center for Coastal Studies published the map."),
                "Varna Center for Coastal Studies").type()).isEqualTo("organization");
    }

    @Test
    void aStateUniversityAndAColouredTeamAreOrganizations() {
        // regression: "X State" gave the state and a person "State"; "Red Sox"-style teams were people
        List<EntityMention> ms = recognize("Kansas State beat Dorvale Tech on Friday as the Scarlet Herons rested.");
        assertThat(named(ms, "Kansas State").type()).isEqualTo("organization");
        assertThat(ms).noneMatch(m -> m.text().equals("Kansas") || m.text().equals("State"));
        assertThat(named(recognize("Fans of the Crimson Foxes waited outside the gym."), "Crimson Foxes").type())
                .isEqualTo("organization");
        assertThat(named(recognize("Maren Holt signed a contract with the Boston Blue Sox on Monday."), "Blue Sox")
                .type()).isEqualTo("organization");
    }

    @Test
    void aSideOfAGameIsATeamThroughoutTheArticle() {
        // regression: a college named alone in a game report was typed a place ("at X") or a person ("X said")
        List<EntityMention> ms = recognize("Dorvale beat Quinlan 71 - 64 on Saturday. Quinlan played without its captain. "
                + "Fans travelled from Quinlan to see the game. Dorvale coach Maren Holt praised the defense.");
        assertThat(ms).filteredOn(m -> m.text().equals("Quinlan")).isNotEmpty()
                .allMatch(m -> m.type().equals("organization"));
        assertThat(named(ms, "Dorvale").type()).isEqualTo("organization");
        assertThat(named(ms, "Maren Holt").type()).isEqualTo("person");
        // a record after the name; "in X" later in the article is the same team
        assertThat(recognize("Oldfield (12-3) hosts the final next week in Oldfield, its coach said. Oldfield is ready."))
                .hasSize(3).allMatch(m -> m.text().equals("Oldfield") && m.type().equals("organization"));
    }

    @Test
    void withoutAGameAContestWordTypesNoTeam() {
        // "against" and "over" alone say nothing of a game: no score, no result noun
        List<EntityMention> ms = recognize("Protesters marched against Quinlan in the capital. Critics said Quinlan "
                + "lied. Quinlan said nothing.");
        assertThat(ms).filteredOn(m -> m.text().equals("Quinlan")).isNotEmpty()
                .noneMatch(m -> m.type().equals("organization"));
    }

    @Test
    void theCompanyRefersBackToALoneNameAGuessTyped() {
        // regression: a company named alone was typed a person by "X said" or a place by "from X"
        List<EntityMention> ms = recognize("Zentrix said on Monday that a patch is ready. Users can download it from "
                + "Zentrix, the company said in a statement.");
        assertThat(ms).filteredOn(m -> m.text().equals("Zentrix")).hasSize(2)
                .allMatch(m -> m.type().equals("organization"));
        // a person known by a full name is no antecedent, and a name named once is too thin to retype
        List<EntityMention> people = recognize("Maren Holt left Oldfield last year. Holt said the company had "
                + "changed.");
        assertThat(named(people, "Holt").type()).isEqualTo("person");
        assertThat(people).noneMatch(m -> m.type().equals("organization"));
    }

    @Test
    void aModifierThatIsATitleAndATitleChainMakeAPerson() {
        // regression: "Deputy Ortiz" and "Deputy Jerry Ortiz" were names of their own, with "Deputy" in them
        List<EntityMention> ms = recognize("Sheriff Deputy Anton Varga was hurt on Friday. Deputy Varga is recovering.");
        assertThat(named(ms, "Anton Varga").role()).isEqualTo("Sheriff Deputy");
        assertThat(named(ms, "Varga").type()).isEqualTo("person");
        assertThat(ms).noneMatch(m -> m.text().contains("Deputy Varga") || m.text().startsWith("Deputy Anton"));
        // a modifier before a title stays a modifier
        assertThat(named(recognize("Deputy Foreign Minister Lena Mirov arrived."), "Lena Mirov").role())
                .isEqualTo("Deputy Foreign Minister");
    }

    @Test
    void aQuotedNicknameInsideANameIsPartOfThePerson() {
        // regression: "Vincent 'The Chin' X" gave a person "Chin' X" apart from "Vincent X"
        assertThat(named(recognize("Crime boss Marco 'The Owl' Varga died on Monday."), "Marco Varga").type())
                .isEqualTo("person");
        assertThat(named(recognize("Crime boss Marco \"The Owl\" Varga died on Monday."), "Marco Varga").type())
                .isEqualTo("person");
        assertThat(named(recognize("Crime boss Marco (Owl) Varga died on Monday."), "Marco Varga").type())
                .isEqualTo("person");
        // a quotation after a given name is no nickname
        assertThat(recognize("Marco said \"Owl\" was wrong.")).noneMatch(m -> m.text().contains("Owl"));
    }

    @Test
    void aPluralPossessiveEndsTheNameBeforeIt() {
        // regression: "Chargers' X Y" gave one person with the team's name in it
        assertThat(recognize("Raiders' Maren Holt arrested on suspicion of theft"))
                .extracting(EntityMention::text).containsExactly("Maren Holt");
        assertThat(named(recognize("The coach spoke to Raiders' Maren Holt on Monday."), "Maren Holt").type())
                .isEqualTo("person");
    }

    @Test
    void aKnownCityBeforeATeamWordNamesTheTeam() {
        // regression: "the Philadelphia 76ers" and "Kansas City Chiefs linebacker" gave the city alone
        assertThat(named(recognize("The Chicago 52ers fired their coach on Saturday."), "Chicago 52ers").type())
                .isEqualTo("organization");
        List<EntityMention> ms = recognize("Chicago Bears linebacker Maren Holt was hurt.");
        assertThat(named(ms, "Chicago Bears").type()).isEqualTo("organization");
        assertThat(named(ms, "Maren Holt").type()).isEqualTo("person");
        // a common plural the tagger did not read as a name leaves the city; the city alone stays a place; a
        // person after it is no team
        assertThat(named(recognize("Chicago Herons linebacker Maren Holt was hurt."), "Chicago").type())
                .isEqualTo("place");
        assertThat(named(recognize("She moved to Chicago in May."), "Chicago").type()).isEqualTo("place");
        assertThat(named(recognize("In Chicago Maren Holt opened a shop."), "Maren Holt").type()).isEqualTo("person");
    }

    @Test
    void aPlaceNounOrAKnownPlaceAfterALoneNameMakesItAPlace() {
        // regression: unknown towns and islands were typed people ("Varna police", "Varna, Michigan")
        assertThat(named(recognize("An earthquake shook Tarvik island on Sunday."), "Tarvik").type()).isEqualTo("place");
        assertThat(named(recognize("The suspect lived in a flat, said Tarvik police on Monday."), "Tarvik").type())
                .isEqualTo("place");
        assertThat(named(recognize("The vote angered officials of Tarvik, Michigan, on Monday."), "Tarvik").type())
                .isEqualTo("place");
        // a party word before "governor" and a team in apposition are not places; a holiday is no name
        assertThat(recognize("The Republican governor spoke.")).noneMatch(m -> m.type().equals("place"));
        assertThat(recognize("He was shot at an office Christmas party.")).isEmpty();
    }

    @Test
    void anOrganizationHeadBeforeAKnownPlaceNamesTheOrganization() {
        // regression: "Telecom X" gave the country X alone
        assertThat(named(recognize("Telecom Chile said the cable was cut."), "Telecom Chile").type())
                .isEqualTo("organization");
        assertThat(recognize("Telecom Chile said the cable was cut.")).noneMatch(m -> m.text().equals("Chile"));
    }

    @Test
    void aTeamTheTaggerReadAsANounIsFoundBesideAScore() {
        // regression: "the top-seeded Bluejays defeated X 65-53" lost the team (tagged NOUN) and the score ("65" "-53")
        List<EntityMention> ms = recognize("Maren Holt scored 20 points and the top-seeded Zorbirds defeated Quinlan "
                + "65-53 on Friday. The Zorbirds will play again on Sunday.");
        assertThat(ms).filteredOn(m -> m.text().equals("Zorbirds")).hasSize(2)
                .allMatch(m -> m.type().equals("organization"));
        assertThat(named(ms, "Quinlan").type()).isEqualTo("organization");
        // a time unit before a range is no team
        assertThat(recognize("He missed Weeks 14-16 after the 21-7 loss.")).isEmpty();
    }

    @Test
    void parksAndInnerMountsArePlacesButSurnamesStayPeople() {
        // regression: "X National Park", "Aoraki Mount X" and "the X Plant" were typed people
        assertThat(named(recognize("Climbers were rescued in Tarvik National Park on Sunday."), "Tarvik National Park")
                .type()).isEqualTo("place");
        assertThat(named(recognize("Two climbers died on Aoraki Mount Varn last week."), "Aoraki Mount Varn").type())
                .isEqualTo("place");
        assertThat(named(recognize("Workers were evacuated from the Zentrix Power Plant on Friday."),
                "Zentrix Power Plant").type()).isEqualTo("place");
        assertThat(named(recognize("Smoke rose over the Zentrix Plant on Friday."), "Zentrix Plant").type())
                .isEqualTo("place");
        assertThat(named(recognize("The award went to Maren Park on Friday."), "Maren Park").type()).isEqualTo("person");
        assertThat(named(recognize("The Green Bay Herons won again."), "Green Bay Herons").type())
                .isEqualTo("organization");
    }

    @Test
    void aPersonsNameBeforeAFacilityNounNamesTheFacility() {
        // regression: "the Harry X jewellery store" was a person
        assertThat(named(recognize("Robbers emptied the Marco Varga jewellery store in Paris."), "Marco Varga").type())
                .isEqualTo("place");
        assertThat(named(recognize("Guards stood outside a Marco Varga boutique."), "Marco Varga").type())
                .isEqualTo("place");
        // without the determiner the name is the owner
        assertThat(named(recognize("Police said Marco Varga store owners were warned."), "Marco Varga").type())
                .isEqualTo("person");
    }

    @Test
    void localOfficeTitlesMakeAPerson() {
        // regression: "Brooklyn Councilman X Y" was one person with the borough and title in its name
        List<EntityMention> ms = recognize("Harlow Councilman Dov Arkin and State Trooper Lena Mirov spoke on Monday.");
        assertThat(named(ms, "Dov Arkin").role()).isEqualTo("Harlow Councilman");
        assertThat(named(ms, "Lena Mirov").type()).isEqualTo("person");
        assertThat(ms).noneMatch(m -> m.text().contains("Councilman") || m.text().contains("Trooper"));
    }

    @Test
    void aLeadersNameBeforeAdministrationNamesTheGovernment() {
        // regression: "the Obama administration" gave the person
        List<EntityMention> ms = recognize("President Dov Arkin took office in May. The Arkin administration then "
                + "cut the budget, Arkin said.");
        assertThat(named(ms, "Arkin administration").type()).isEqualTo("organization");
        assertThat(ms).filteredOn(m -> m.text().equals("Arkin")).isNotEmpty().allMatch(m -> m.type().equals("person"));
        assertThat(named(recognize("Donors left the Lena Mirov campaign in June."), "Lena Mirov campaign").type())
                .isEqualTo("organization");
    }

    @Test
    void aLoneNameJoinedToAKnownPlaceIsAPlace() {
        // regression: "between Sicily and Tunisia" gave a person "Sicily"
        assertThat(named(recognize("The cable broke between Tarvik and Tunisia last week."), "Tarvik").type())
                .isEqualTo("place");
        // not when the place begins a longer name ("Egypt Telecom and X")
        assertThat(recognize("Tunisia Telecom and Zentrix were hit.")).noneMatch(m -> m.text().equals("Zentrix")
                && m.type().equals("place"));
    }

    @Test
    void stockTickerAfterANameMakesItACompanyThroughoutTheArticle() {
        List<EntityMention> ms = recognize("Zentrix (NYSE: ZTX) said on Monday it would recall its heaters.\n"
                + "Buyers who return a heater will get a refund from Zentrix, analysts said.\n"
                + "Shares of Zentrix fell, and Zentrix expects costs to rise.");
        assertThat(ms.stream().filter(m -> m.text().equals("Zentrix")))
                .hasSize(4).allMatch(m -> m.type().equals("organization"));
    }

    @Test
    void legalFormNamesTheCompanyItsLoneStemStandsFor() {
        List<EntityMention> ms = recognize("Quorvane Corp. builds drilling rigs in Norway.\n"
                + "Quorvane said orders doubled.\nAnalysts expect Quorvane to hire, and Quorvane plans a new yard.");
        assertThat(ms.stream().filter(m -> m.text().equals("Quorvane")))
                .hasSize(3).allMatch(m -> m.type().equals("organization"));
    }

    @Test
    void repeatedNameTakesItsFirmTypeNotAnEarlierGuess() {
        // "from Velmora" only guesses a place; "the retailer Velmora" is firm, and the repeats follow it
        List<EntityMention> ms = recognize("Shoppers streamed out from Velmora on Friday.\n"
                + "Analysts expect Velmora to grow, as the retailer Velmora hired staff.\n"
                + "Critics say Velmora pays too little.");
        assertThat(ms.stream().filter(m -> m.text().equals("Velmora")))
                .hasSize(4).allMatch(m -> m.type().equals("organization"));
    }

    @Test
    void institutionAfterAtOrFromIsItsBuilding() {
        assertThat(named(recognize("Protesters gathered outside the Varna Savings Bank on Friday."), "Varna Savings Bank")
                .type()).isEqualTo("place");
        assertThat(named(recognize("She earned a degree from Halvern University in 1991."), "Halvern University")
                .type()).isEqualTo("place");
        assertThat(named(recognize("Analysts said Varna Savings Bank raised its rates."), "Varna Savings Bank")
                .type()).isEqualTo("organization");
    }

    @Test
    void recoveryOrRehabEndsACareFacilityName() {
        assertThat(named(recognize("Her lawyer said she was staying at Lakeshore Recovery in Tarnby."),
                "Lakeshore Recovery").type()).isEqualTo("place");
        assertThat(named(recognize("Fans saw her outside Sunhill Rehab on Friday."), "Sunhill Rehab").type())
                .isEqualTo("place");
    }

    @Test
    void loneNameBetweenADeterminerAndAFacilityNounIsTheFacility() {
        assertThat(named(recognize("Shoppers fled a Seltra store in Tarnby."), "Seltra").type()).isEqualTo("place");
        assertThat(named(recognize("Smoke poured from the Quenby warehouse on Friday."), "Quenby").type())
                .isEqualTo("place");
    }

    @Test
    void fireServiceIsAnOrganization() {
        assertThat(named(recognize("Crews from Tarnshire Fire and Rescue tackled the blaze."), "Tarnshire Fire").type())
                .isEqualTo("organization");
    }

    @Test
    void reporterAndMagazineEndNamesOfNewsOutlets() {
        assertThat(named(recognize("According to The Tarnby Reporter, the mayor resigned."), "Tarnby Reporter").type())
                .isEqualTo("organization");
        assertThat(named(recognize("Quill Magazine said the mayor resigned."), "Quill Magazine").type())
                .isEqualTo("organization");
    }

    @Test
    void companyHeadsEndCompanyNames() {
        List<EntityMention> ms = recognize("He was fired from Gordwell Advisors on Thursday, and Halden Networks hired him.");
        assertThat(named(ms, "Gordwell Advisors").type()).isEqualTo("organization");
        assertThat(named(ms, "Halden Networks").type()).isEqualTo("organization");
    }

    @Test
    void officeNamedByItsHoldersTitleIsAnOrganization() {
        assertThat(named(recognize("The Tarn County Attorney's office declined to comment."), "Tarn County Attorney")
                .type()).isEqualTo("organization");
    }

    @Test
    void headWordOpeningASentenceAloneIsNoName() {
        assertThat(recognize("Fire crews arrived at noon.")).isEmpty();
        assertThat(named(recognize("Fire crews from Tarnshire Fire arrived at noon."), "Tarnshire Fire").type())
                .isEqualTo("organization");
    }

    @Test
    void headlineVerbEndsOrPrecedesAName() {
        assertThat(named(recognize("Former mayor Tove Lindqvist Dies after a long illness"), "Tove Lindqvist").role())
                .isEqualTo("Former mayor");
        assertThat(named(recognize("Governor Jane Roe Overturns a ban on night fishing"), "Jane Roe").type())
                .isEqualTo("person");
        assertThat(named(recognize("Harlow board Nominates Dov Arkin as its new chair"), "Dov Arkin").type())
                .isEqualTo("person");
    }
    @Test
    void aRepeatedLoneNameWithACompanysPossessionIsAnOrganization() {
        List<EntityMention> ms = recognize("The director may not return, as Korvath balked at his fee. "
                + "Two producers now run Korvath's film division.");
        assertThat(ms).filteredOn(m -> m.text().startsWith("Korvath")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo("organization"));
    }

    @Test
    void aRepeatedLoneNameBeforeAPluralVerbIsAnOrganization() {
        List<EntityMention> ms = recognize("Now that the film is a hit, Korvath are getting ready for a sequel. "
                + "Critics doubt that Korvath will pay the director.");
        assertThat(ms).filteredOn(m -> m.text().equals("Korvath")).hasSize(2)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo("organization"));
    }

    @Test
    void aPluralVerbAfterCoordinatedNamesSaysNothing() {
        List<EntityMention> ms = recognize("Critics say Tomas and Korvath are getting ready for a sequel. "
                + "Friends of Korvath doubt it.");
        assertThat(ms).filteredOn(m -> m.text().equals("Korvath")).noneMatch(m -> m.type().equals("organization"));
    }
    @Test
    void aLegalFormPlcMakesAnOrganization() {
        assertThat(named(recognize("Traffic was rerouted, according to Quenhall Plc, which runs the network."),
                "Quenhall Plc").type()).isEqualTo("organization");
        assertThat(named(recognize("The deal was signed by Varlo GmbH on Monday."), "Varlo GmbH").type())
                .isEqualTo("organization");
    }

    @Test
    void aSpanishOrPortugueseSaintsNameOpensAPlace() {
        assertThat(named(recognize("He missed games against San Corvado and Tesin this season."), "San Corvado").type())
                .isEqualTo("place");
        assertThat(named(recognize("The storm reached Santa Velora on Monday night."), "Santa Velora").type())
                .isEqualTo("place");
    }
    @Test
    void moreHeadlineVerbsEndANameAfterATitle() {
        assertThat(named(recognize("President Tova Brand Announces Nominee for Harbor Board"), "Tova Brand").role())
                .isEqualTo("President");
        assertThat(named(recognize("Mayor Dov Arkin Hires a New Police Chief"), "Dov Arkin").type())
                .isEqualTo("person");
    }

    @Test
    void aHeadlineVerbEndsTheSurnameAfterAQuotedNickname() {
        EntityMention m = named(recognize("Marco 'The Owl' Varga Dies in Prison"), "Marco Varga");
        assertThat(m.type()).isEqualTo("person");
    }
    @Test
    void aNameOfSeveralWordsBesideAKnownPlaceIsAPlace() {
        assertThat(named(recognize("The fault hit a cable between Abu Varna (Egypt) and Tunis."), "Abu Varna").type())
                .isEqualTo("place");
        assertThat(named(recognize("The outage began between Abu Varna and Egypt on Monday."), "Abu Varna").type())
                .isEqualTo("place");
        assertThat(named(recognize("Cables between Abu Varna in Egypt and Tunis failed."), "Abu Varna").type())
                .isEqualTo("place");
        assertThat(named(recognize("A meeting between Dov Arkin and Egypt's envoy ended."), "Dov Arkin").type())
                .isEqualTo("person");
    }
    @Test
    void aLoneNameBeforeAPluralOfRegionsIsAPlace() {
        List<EntityMention> ms = recognize("Phone lines failed in parts of Belvar and Kestra governorates on Monday. "
                + "Engineers reached Kestra by noon, Kestra said.");
        assertThat(ms).filteredOn(m -> m.text().equals("Kestra")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo("place"));
    }
    @Test
    void aListedGivenNameKeepsAThreeWordNameEndingInSAPerson() {
        // "Gulls"-shaped last word, but the first word is a given name (given-names.txt)
        assertThat(named(recognize("The board elected Cheryl Dane Banks as its president on Monday."),
                "Cheryl Dane Banks").type()).isEqualTo("person");
    }

    @Test
    void aDemonymNounWithItsArticleIsOnePersonNotTheAdjective() {
        List<EntityMention> ms = recognize("Marek Dowl lost again, and the 38-year-old Briton never recovered. "
                + "The Briton's trainer left the American embassy at noon.");
        EntityMention briton = named(ms, "the 38-year-old Briton");
        assertThat(briton.type()).isEqualTo("person");
        assertThat(briton.role()).isEqualTo("Briton");
        assertThat(named(ms, "The Briton").role()).isEqualTo("Briton");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("the American", "the British");
        assertThat(recognize("The court heard that the British were warned.")).extracting(EntityMention::text)
                .doesNotContain("the British");
    }

    @Test
    void anOrganizationHeadBeforeOfTypesTheWholeName() {
        List<EntityMention> ms = recognize("She was in the first class at Varno School of Medicine and later taught there.");
        assertThat(named(ms, "Varno School of Medicine").type()).isEqualTo("organization");
        assertThat(named(recognize("Tankers crossed the Gulf of Tesin on Monday."), "Gulf of Tesin").type())
                .isEqualTo("place");
    }

    @Test
    void aNamesPossessiveOpeningASentenceIsTheName() {
        // (the tagger makes "Young’s" an adjective at the start of a sentence; inside one it was already read)
        List<EntityMention> ms = recognize("Mayor Ada Young spoke on Monday. Young’s campaign said the ferry would run.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Young");
            assertThat(m.type()).isEqualTo("person");
        });
    }

    @Test
    void andOrAnAmpersandInsideAnOrganizationNameKeepsOneName() {
        // "and" joins when an organization head ends the words after it, even where the tagger read the word before
        // it as a common noun ("Safety"); a given name or a known place on either side keeps two names
        List<EntityMention> ms = recognize("The Safety and Transit Board fined the ferry line. Officials from Varna "
                + "& Sons said the fine was unfair, and workers met at Kell's Bar & Grill to talk about it.");
        assertThat(named(ms, "Safety and Transit Board").type()).isEqualTo("organization");
        assertThat(named(ms, "Varna & Sons").type()).isEqualTo("organization");
        assertThat(ms).extracting(EntityMention::text).doesNotContain("Transit Board", "Grill");
        assertThat(recognize("Jane and Roe Consulting said. Denmark and Tesin Rail said.")).extracting(EntityMention::text)
                .contains("Roe Consulting", "Denmark", "Tesin Rail");
    }

    @Test
    void onAndForAfterAnOrganizationHeadJoinTheName() {
        List<EntityMention> ms = recognize("The Commission on Ferry Safety met on Monday, and the Harlow Center for "
                + "Rail Studies said the Tesin Rail Foundation on Friday backed the plan.");
        assertThat(named(ms, "Commission on Ferry Safety").type()).isEqualTo("organization");
        assertThat(named(ms, "Harlow Center for Rail Studies").type()).isEqualTo("organization");
        assertThat(ms).extracting(EntityMention::text).contains("Tesin Rail Foundation");
    }

    @Test
    void guildsWatchesAndLaboratoriesAreOrganizations() {
        List<EntityMention> ms = recognize("Ada Roe, the head of the Ostland Guild, met the founders of Harbor Watch "
                + "and the Tesin Laboratory.");
        assertThat(named(ms, "Ostland Guild").type()).isEqualTo("organization");
        assertThat(named(ms, "Harbor Watch").type()).isEqualTo("organization");
        assertThat(named(ms, "Tesin Laboratory").type()).isEqualTo("organization");
    }
}
