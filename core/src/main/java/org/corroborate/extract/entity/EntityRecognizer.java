package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.model.Article;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Span;
import org.corroborate.text.CalendarWords;
import org.corroborate.text.Nlp;

/**
 * Finds the people, organizations and places an article names.
 *
 * <p>Implementation notes: a rule-based recognizer over OpenNLP tokens and UD tags (no NER model), in the
 * spirit of the gazetteer-and-rules systems that preceded statistical NER (e.g. the LaSIE/GATE ANNIE
 * pipeline): at each token, in order,
 * <ol>
 *   <li>a title pattern: [modifier] [nationality] TITLE NAME ("South Korean Defense Minister Kim ...") makes
 *       NAME a person with the role; a definite role phrase with no name ("the top U.S. diplomat") is a
 *       role mention that the {@link EntityResolver} links to the office holder of the story; so is a demonym noun
 *       of one person ("the 40-year-old American", not "the American embassy"), linked by nationality;</li>
 *   <li>the longest gazetteer phrase (places, organizations), unless it only begins a longer name;</li>
 *   <li>a run of capitalized proper nouns (PROPN), typed by its head word (the organization heads of
 *       {@code organization-heads.txt}: Survey, Ledger, Rail; also before "of", "on", "for": "School of Medicine",
 *       "Council on Ports"; region, Oblast,
 *       Pass: place), by a directional
 *       prefix ("Upper X": place), by its context ("the village of X", "the governor of X": place), by a given
 *       name at its start (person), or by its shape (two to four name-like words: person).</li>
 * </ol>
 * In a title-case headline (every lowercase word a short function word) the line is tagged again lowercased and
 * the capitalized words that then read as verbs, adjectives, adverbs ... end name runs; no run there is a person by
 * shape alone. A run ending in a plural common noun ("Harbor City Gulls") or "the" + a plural proper noun names a
 * team or group. A single unknown proper noun is kept only with evidence: an inner capital before an organization head
 * ("CalRail") or an organization noun before it ("the rail operator X"), a speech verb after it (person), a
 * locative preposition before it (place), or a person named earlier in the article whose last (or, for East
 * Asian order, first) name it is, or a ticker after it ("Zentrix (NYSE: ZTX)": organization). A run ends before a
 * verb headlines capitalize ("Dies", "Overturns") and takes in a capitalized organization head the tagger read as a
 * noun ("Tesin Bible Church"). An ampersand joins one name, a firm ("Varna & Sons"); so does "and" before a modifier
 * and an organization head ("Safety and Transit Board"). A capitalized plural common noun opening a sentence ("Meteorologists said")
 * is no name: lowercased, the tagger reads it as a noun and the lemmatizer as a plural. Later passes over the
 * article: surnames of people it names, lone names it repeats (unless it also writes them in lowercase; an organization
 * when one occurrence has a company's possession, "Zentrix's film division", or a plural verb, "Zentrix are"), unknown
 * acronyms it repeats or that speak (organizations), sides of a game beside a score or a result word (teams), and
 * the antecedent of "the company" (a lone name only a guess typed) as an organization. One name keeps one type in
 * an article: a guess (a speech verb, a locative, a bare shape, and the repeats that copy one) yields to firmer
 * evidence, and a company's legal form ("Zentrix Corp.") is firm evidence for its lone stem.
 */
public final class EntityRecognizer {
    private static final Set<String> PLACE_HEADS = Set.of("region", "Region", "Oblast", "oblast", "Province",
            "province", "County", "City", "Island", "Islands", "Peninsula", "River", "Valley", "Mountains", "Sea",
            "Lake", "Bay", "Strait", "Street", "Square", "Airport", "district", "District", "Krai", "krai",
            "Governorate", "governorate", "Prefecture", "Republic", "Territory", "Coast", "Desert", "Canal", "Pass", "Gorge",
            "Village", "Heights", "Hills", "Mountain", "Falls", "Harbour", "Harbor", "Port", "Plateau", "Gulf", "Beach",
            "Pier", "Glacier", "Avenue", "Boulevard", "Gardens", "Road", "Bridge", "Canyon", "Peak", "Plaza", "Route",
            "Courthouse", "Forest", "Springs", "Creek", "Reef", "Cove", "Stadium", "Arena", "Cathedral", "Hotel",
            "Motel", "Resort", "Casino", "Theatre", "Theater", "Precinct", "Mall", "Prison", "Penitentiary");
    /** Common nouns of a facility that a name before them modifies: "the Lakeshore Recovery center". */
    private static final Set<String> FACILITY_NOUNS = Set.of("center", "centre", "clinic", "hospital", "hotel",
            "school", "church", "mall", "museum", "facility", "camp", "prison", "jail", "station", "stadium", "resort",
            "plant", "factory", "mine", "store", "restaurant", "club", "theater", "theatre", "hall", "park", "boutique",
            "shop", "showroom", "warehouse");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /**
     * Heads of the names of care facilities ("the Lakeshore Treatment Center", "Sunhill Recovery", "Tarn Rehab"):
     * the name is the place.
     */
    private static final Set<String> FACILITY_HEADS = Set.of("Center", "Centre", "Clinic", "Hospital", "Infirmary",
            "Hospice", "Recovery", "Rehab");
    /** Modifiers that make a Center a body of people rather than a building: "the Varna Research Center". */
    private static final Set<String> INSTITUTE_MODIFIERS = Set.of("Research", "Policy", "Studies", "Law", "Rights",
            "Justice", "Science", "Sciences", "Information", "Data", "Development", "Cultural", "Islamic", "Jewish");
    /** Colours that open a team's name: "the Red Herons", "Blue Jays" (no given name among them). */
    private static final Set<String> COLOURS = Set.of("Red", "White", "Blue", "Black", "Golden", "Silver", "Crimson",
            "Scarlet", "Maroon", "Orange", "Purple");
    /** Nouns after a leader's name that make the pair an organization: "the Roe administration". */
    private static final Set<String> LEADER_BODIES = Set.of("administration", "government", "campaign");
    /** Prepositions before which a name of two words or more without a given name is a place: "in Rancho Mirage". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "inside", "across",
            "throughout");
    /** An ordinal written in digits: "117th", "2nd". */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** A team named by a number with a plural suffix: "52ers", "76ers". */
    private static final Pattern NUMBERED_TEAM = Pattern.compile("\\d+ers");
    /**
     * Place heads that are also surnames: a place only in a run of three words or more that no given name opens, after
     * "the", or after a word that, lowercased, reads as an adjective ("National Park"; not "Jane Park", "Jiyoon Park").
     */
    private static final Set<String> SURNAME_PLACE_HEADS = Set.of("Park", "Garden", "Plant", "Field");
    /**
     * First words that make a name a place: "Mount Varla", "Lake Orsa", "Gulf of Tesin", "San Corvado" (never a given
     * name).
     */
    private static final Set<String> PLACE_PREFIXES = Set.of("Mount", "Mt", "Lake", "Fort", "Cape", "Gulf", "Isle",
            "Bay", "Port", "Sea", "Strait", "Straits", "Bayou", "Glacier", "Place", "Rue", "Via", "Avenue", "San",
            "Santa", "São", "Los", "Las");
    private static final Set<String> NOT_NAMES = Set.of("I", "God", "Year", "Years", "Week", "Weeks", "Today",
            "Tonight", "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "Sgt", "Lt", "Capt", "AM", "PM", "a.m.", "p.m.",
            "Internet", "Web", "TV", "Photo", "Christmas", "Easter", "Thanksgiving", "Halloween", "Ramadan", "Hanukkah",
            "Passover", "Diwali");
    /** Capitalized words that are not names even when tagged as proper nouns. */
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "It", "He", "She", "They", "We", "But", "And", "Or", "In", "On", "At", "North", "South", "East", "West",
            "Northern", "Southern", "Eastern", "Western", "Central", "New", "Old", "Great", "Mr", "Mrs", "Ms");
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "deputy", "acting", "top", "then", "senior",
            "outgoing", "incoming", "interim", "chief", "current", "new", "Former", "Deputy", "Acting", "Top",
            "Senior", "Vice", "vice", "lead", "assistant", "Assistant", "principal", "Principal");
    /** Party labels written before a title like a modifier: "Republican Secretary of State Jane Roe". */
    private static final Set<String> PARTY_MODIFIERS = Set.of("Republican", "Democratic", "Democrat", "GOP",
            "Labour", "Conservative", "Tory", "Liberal", "Socialist");
    /** Prefixes that make a name a place: "Upper Tesin", "North Varna" (never a person's first name). */
    private static final Set<String> DIRECTIONS = Set.of("Upper", "Lower", "North", "South", "East", "West",
            "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Inner", "Outer", "Mid", "Middle");
    /** Heads of names of laws, treaties, wars, holidays and contests: neither people, places nor organizations. */
    private static final Set<String> OTHER_HEADS = Set.of("Doctrine", "Act", "Treaty", "Accord", "Accords",
            "Agreement", "Protocol", "Convention", "Declaration", "Amendment", "Plan", "Initiative", "War", "Crisis",
            "Revolution", "Year", "Day", "Eve", "Week", "Awards", "Cup", "Games", "Olympics", "Championship", "Series");
    /** Nouns that make the name after "of" a place: "the village of X", "the governor of X". */
    private static final Set<String> PLACE_OF = Set.of("village", "town", "city", "region", "province", "district",
            "county", "state", "island", "capital", "outskirts", "suburbs", "municipality", "governor", "mayor",
            "residents", "people", "port", "valley", "republic", "kingdom", "territory", "borough", "hamlet");
    /** Nouns that make a lone name after them an organization: "the rail operator X", "the newspaper X". */
    private static final Set<String> ORG_DESCRIPTORS = Set.of("operator", "company", "firm", "carrier", "airline",
            "newspaper", "broadcaster", "agency", "insurer", "lender", "bank", "maker", "manufacturer", "automaker",
            "retailer", "startup", "outlet", "publisher", "utility", "conglomerate", "developer", "charity", "daily",
            "weekly", "tabloid", "network", "group", "union", "party", "club", "team", "subsidiary", "supplier");
    private static final Set<String> LOCATIVES = Set.of("in", "from", "near", "across", "to", "into", "at", "outside",
            "inside", "toward", "towards", "throughout", "through", "via");
    /** Speech verbs that mark a bare proper noun before them as a person. */
    private static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "tells", "added", "warned",
            "noted", "wrote", "asked", "argued", "insisted", "explained", "stressed", "admitted", "replied",
            "tweeted", "recalled", "acknowledged", "urged", "spoke", "speaking");

    private final Gazetteer gazetteer = Gazetteer.get();

    public List<EntityMention> recognize(Article article) {
        TaggedText text = TaggedText.of(article);
        List<Found> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int s = 0; s < text.sentenceCount(); s++) {
            scanSentence(tokens, text.firstToken(s), text.firstToken(s + 1), found);
        }
        cutProducts(found);
        addSurnames(text, found);
        addRepeated(text, found);
        addAcronyms(text, found);
        retypeTeams(text, found);
        retypeCompany(text, found);
        harmonize(found);
        found.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<EntityMention> out = new ArrayList<>(found.size());
        int lastEnd = -1;
        String body = article.body();
        for (Found f : found) {
            if (f.start < lastEnd) {
                continue; // overlapping finds: the earlier, longer one wins
            }
            lastEnd = f.end;
            Span span = Span.ofChars(body, f.start, f.end);
            out.add(new EntityMention(article.id(), span.start(), span.end(), f.text, f.type, f.role));
        }
        return out;
    }

    /** A name found, in char offsets, before conversion to code points. */
    private record Found(int start, int end, String text, String type, String role, boolean guessed) {
        Found(int start, int end, String text, String type, String role) {
            this(start, end, text, type, role, false);
        }
    }

    private void scanSentence(List<Token> t, int from, int to, List<Found> out) {
        boolean[] common = headlineCommonWords(t, from, to);
        int i = from;
        while (i < to) {
            int next = title(t, i, from, to, common, out);
            if (next < 0) {
                next = demonymPerson(t, i, to, out);
            }
            if (next < 0) {
                next = nicknamed(t, i, to, out);
            }
            if (next < 0) {
                next = known(t, i, to, out);
            }
            if (next < 0) {
                next = properRun(t, i, from, to, common, out);
            }
            if (next < 0 && i > from && t.get(i - 1).text().equalsIgnoreCase("the")
                    && NUMBERED_TEAM.matcher(t.get(i).word()).matches()) {
                out.add(new Found(t.get(i).start(), t.get(i).wordEnd(), t.get(i).word(), "organization", null));
            }
            i = next < 0 ? i + 1 : next;
        }
    }

    /** [modifier] [nationality] TITLE NAME, or "the" ... TITLE with no name: a role mention. */
    private int title(List<Token> t, int i, int from, int to, boolean[] common, List<Found> out) {
        boolean determiner = t.get(i).text().equalsIgnoreCase("the");
        int j = determiner ? i + 1 : i;
        int roleStart = j;
        while (j < to && (ROLE_MODIFIERS.contains(t.get(j).text()) || PARTY_MODIFIERS.contains(t.get(j).text()))) {
            j++;
        }
        // "the top U.S. diplomat": a modifier before the nationality may belong to the title
        String carried = j > roleStart && nationality(t, j, to) > j ? Gazetteer.compact(t.get(j - 1).text()) : "";
        int afterNationality = nationality(t, j, to);
        if (afterNationality > j) {
            j = afterNationality;
            while (j < to && ROLE_MODIFIERS.contains(t.get(j).text())) {
                j++;
            }
        }
        int titleEnd = -1;
        Gazetteer.Office office = null;
        StringBuilder phrase = new StringBuilder();
        for (int k = j; k < Math.min(to, j + 5); k++) {
            phrase.append(Gazetteer.compact(t.get(k).text()));
            Gazetteer.Office o = gazetteer.title(phrase.toString());
            if (o == null && !carried.isEmpty()) {
                o = gazetteer.title(carried + phrase);
            }
            if (o != null) {
                office = o;
                titleEnd = k + 1;
            }
            if (t.get(k).possessive()) {
                break;
            }
        }
        if (office == null && j > roleStart && !t.get(j - 1).possessive()) {
            // "Deputy Jerry Ortiz": a modifier that is itself a title when no other title follows it
            office = gazetteer.title(Gazetteer.compact(t.get(j - 1).text()));
            titleEnd = j;
        }
        if (office == null) {
            return -1;
        }
        // "Sheriff Deputy Jerry Ortiz", "Police Detective Jane Roe": a second title word before the name
        while (titleEnd + 1 < to && !t.get(titleEnd - 1).possessive() && isName(t.get(titleEnd + 1))
                && Character.isUpperCase(t.get(titleEnd).text().charAt(0))
                && gazetteer.title(Gazetteer.compact(t.get(titleEnd).text())) != null) {
            titleEnd++;
        }
        String role = office.honorific() ? null : textOf(t, roleStart, titleEnd);
        int nameEnd = headlineCut(nameRun(t, titleEnd, to), titleEnd, from, common);
        if (nameEnd > titleEnd && !t.get(titleEnd - 1).possessive()
                && !gazetteer.organizationHead(t.get(nameEnd - 1).word()) && !PLACE_HEADS.contains(t.get(nameEnd - 1).word())) {
            out.add(person(t, titleEnd, nameEnd, role));
            return nameEnd;
        }
        if (!determiner || office.honorific() || !Character.isLowerCase(t.get(i).text().charAt(0)) && i != from
                || t.get(titleEnd - 1).text().endsWith("s") && !t.get(titleEnd - 1).text().endsWith("ss")) {
            return -1;
        }
        // "the deputy ambassador to the U.N., Jane Roe,": the role belongs to the name in apposition
        for (int k = titleEnd; k < Math.min(to - 1, titleEnd + 8); k++) {
            if (t.get(k).text().equals(",")) {
                int end = headlineCut(nameRun(t, k + 1, to), k + 1, from, common);
                if (end > k + 1) {
                    out.add(person(t, k + 1, end, role));
                    return end;
                }
                break;
            }
        }
        if (t.get(titleEnd - 1).possessive() || titleEnd < to && t.get(titleEnd).is("PROPN")) {
            return -1;
        }
        out.add(new Found(t.get(i).start(), t.get(titleEnd - 1).end(), textOf(t, i, titleEnd), "person", role));
        return titleEnd;
    }

    /** Words of an age written before a noun: "the 40-year-old", "the 40 - year - old". */
    private static final Pattern AGE_WORD = Pattern.compile("\\d+-?|-|years?|old|\\d+-years?-old");

    /**
     * "the [40-year-old] American", "the Israeli's lawyer": a demonym noun of one person, not an adjective (no noun
     * after it: "the American embassy"). A role mention (role: the demonym) that the resolver gives to the one person
     * of the story of that nationality.
     */
    private int demonymPerson(List<Token> t, int i, int to, List<Found> out) {
        if (!t.get(i).text().equalsIgnoreCase("the")) {
            return -1;
        }
        int k = i + 1;
        while (k < to && k < i + 6 && AGE_WORD.matcher(t.get(k).text()).matches()) {
            k++;
        }
        if (k >= to || gazetteer.personDemonym(t.get(k).word()) == null) {
            return -1;
        }
        if (k + 1 < to && !t.get(k).possessive() && isNounLike(t.get(k + 1))) {
            return -1;
        }
        out.add(new Found(t.get(i).start(), t.get(k).wordEnd(), textOf(t, i, k) + " " + t.get(k).word(), "person",
                t.get(k).word()));
        return k + 1;
    }

    private static boolean isNounLike(Token t) {
        return t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("NUM") || t.text().equals("-");
    }

    private static final Set<String> QUOTES = Set.of("'", "\"", "‘", "’", "“", "”", "(", ")", "``", "''");

    /**
     * A given name, a quoted nickname and a surname: Vincent "The Chin" Roe, Jane 'JJ' Roe, Jane (JJ) Roe. The
     * person is named "Vincent Roe"; the nickname stays inside the mention's span.
     */
    private int nicknamed(List<Token> t, int i, int to, List<Found> out) {
        if (i + 3 >= to || !gazetteer.givenName(t.get(i).text()) || !QUOTES.contains(t.get(i + 1).text())) {
            return -1;
        }
        int k = i + 2;
        if (t.get(k).text().equalsIgnoreCase("the")) {
            k++;
        }
        int nick = k;
        while (k < to && k < nick + 3 && nameLike(t.get(k)) && !QUOTES.contains(t.get(k).text())) {
            String w = t.get(k).text();
            k++;
            if (w.endsWith("'") || w.endsWith("’")) {
                break; // the tokenizer kept the closing quote: "Chin'"
            }
        }
        boolean closedInside = k > nick && (t.get(k - 1).text().endsWith("'") || t.get(k - 1).text().endsWith("’"));
        if (k == nick || !closedInside && (k >= to || !QUOTES.contains(t.get(k).text()))) {
            return -1;
        }
        int surname = closedInside ? k : k + 1;
        int end = surname;
        while (end < to && isName(t.get(end)) && end < surname + 2 && !HEADLINE_VERBS.contains(t.get(end).text())) {
            end++;
            if (t.get(end - 1).possessive()) {
                break;
            }
        }
        if (end == surname || !allNameShaped(t, surname, end)) {
            return -1;
        }
        out.add(new Found(t.get(i).start(), t.get(end - 1).wordEnd(),
                t.get(i).text() + " " + textOf(t, surname, end), "person", null));
        return end;
    }

    /** A name run [start, end) of a title-case headline ends before its first common word ("Jane Roe Still In"). */
    private static int headlineCut(int end, int start, int from, boolean[] common) {
        if (common == null) {
            return end;
        }
        for (int k = start; k < end; k++) {
            if (common[k - from]) {
                return k;
            }
        }
        return end;
    }

    /** End of a nationality word or country name starting at {@code j} ("South Korean", "U.S."), or {@code j}. */
    private int nationality(List<Token> t, int j, int to) {
        StringBuilder phrase = new StringBuilder();
        int end = j;
        for (int k = j; k < Math.min(to, j + 3); k++) {
            if (!Character.isUpperCase(t.get(k).text().charAt(0))) {
                break;
            }
            phrase.append(Gazetteer.compact(t.get(k).text()));
            if (gazetteer.nationality(phrase.toString()) != null) {
                end = k + 1;
            }
        }
        return end;
    }

    /** The longest place or organization phrase at {@code i}, unless a given name makes it part of a person's name. */
    private int known(List<Token> t, int i, int to, List<Found> out) {
        if (!Character.isUpperCase(t.get(i).text().charAt(0))) {
            return -1;
        }
        StringBuilder phrase = new StringBuilder();
        Gazetteer.Known best = null;
        int end = -1;
        for (int k = i; k < Math.min(to, i + Gazetteer.MAX_PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            // "Russia's" ends a name; "People's" may go on ("Democratic People's Republic")
            Gazetteer.Known hit = gazetteer.name(phrase + Gazetteer.compact(tok.word()));
            if (hit != null) {
                best = hit;
                end = k + 1;
            }
            phrase.append(Gazetteer.compact(tok.text()));
            if (tok.possessive()) {
                Gazetteer.Known whole = gazetteer.name(phrase.toString());
                if (whole != null) {
                    best = whole;
                    end = k + 1;
                }
            }
        }
        if (best == null) {
            return -1;
        }
        Token last = t.get(end - 1);
        if (end == i + 1 && end + 1 < to && PLACE_PREFIXES.contains(last.text()) && t.get(end).text().equals("of")
                && isName(t.get(end + 1))) {
            // "Gulf of Tesin": the whole phrase names the place, not the listed "Gulf"
            int k = end + 1;
            while (k < to && isName(t.get(k)) && !t.get(k - 1).possessive()) {
                k++;
            }
            out.add(new Found(t.get(i).start(), t.get(k - 1).wordEnd(), textOf(t, i, k), "place", null));
            return k;
        }
        if (!last.possessive() && end < to) {
            Token after = t.get(end);
            if (PLACE_HEADS.contains(after.text()) && best.type().equals("place")) {
                if (teamAfter(t, end + 1, to)) {
                    return -1; // "Harlow City Gulls"
                }
                out.add(new Found(t.get(i).start(), after.wordEnd(), textOf(t, i, end + 1), "place", null));
                return end + 1;
            }
            // "Sydney Jones" is a person, not the city: a given name followed by more name words
            if (end == i + 1 && gazetteer.givenName(t.get(i).text()) && nameLike(after)) {
                return -1;
            }
            String tail = lastOfRun(t, end, to);
            if (isName(after) && (gazetteer.organizationHead(tail) || tail.equals("State"))) {
                return -1; // "Ukraine Defense Ministry", "Kansas State": the longer organization name wins
            }
            if (best.type().equals("place") && teamAfter(t, end, to)) {
                return -1; // "Dorvale 52ers", "Dorvale Gulls": the city's team, named by the run
            }
        }
        out.add(new Found(t.get(i).start(), last.wordEnd(), textOf(t, i, end), best.type(), null));
        return end;
    }

    private boolean knownPlace(String word) {
        Gazetteer.Known k = gazetteer.name(Gazetteer.compact(word));
        return k != null && k.type().equals("place");
    }

    /** True when the words from {@code k} name a team after a city: "52ers", "Gulls", "Harbor Gulls". */
    private boolean teamAfter(List<Token> t, int k, int to) {
        if (k >= to || t.get(k).possessive() && !NUMBERED_TEAM.matcher(t.get(k).word()).matches()) {
            return false;
        }
        Token after = t.get(k);
        int end = runEnd(t, k, to);
        return NUMBERED_TEAM.matcher(after.word()).matches()
                || isName(after) && end - k <= 2 && !gazetteer.givenName(after.text()) && commonPlural(t, end - 1, to);
    }

    private String lastOfRun(List<Token> t, int from, int to) {
        int k = runEnd(t, from, to);
        return k > from ? t.get(k - 1).text() : "";
    }

    /** End of the run of proper nouns starting at {@code from}, a possessive ending it. */
    private static int runEnd(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && isName(t.get(k)) && !t.get(k).possessive()) {
            k++;
        }
        return k;
    }

    /**
     * In a headline written in title case ("Harbor Board Picks Jane Roe As Chair"), the capitalized words that
     * are common words, found by tagging the headline lowercased (verbs, adverbs, prepositions, adjectives ...);
     * null for any other sentence. The tagger reads every capitalized word of such a line as a proper noun.
     */
    private static boolean[] headlineCommonWords(List<Token> t, int from, int to) {
        int capitals = 0;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
            } else if (!HEADLINE_LOWERCASE.contains(w)) {
                return null;
            }
        }
        if (capitals < 3) {
            return null;
        }
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = t.get(k).text().toLowerCase(Locale.ROOT);
        }
        String[] tags = Nlp.tags(words);
        boolean[] common = new boolean[words.length];
        boolean any = false;
        for (int k = 0; k < words.length; k++) {
            common[k] = HEADLINE_COMMON_TAGS.contains(tags[k])
                    && Character.isUpperCase(t.get(from + k).text().charAt(0));
            any |= common[k] && k > 0;
        }
        return any ? common : null;
    }

    /**
     * Verbs a headline capitalizes that no name has as a word ("Jane Roe Dies at 90", "Board Nominates Jane Roe"):
     * they end a run even where the line is not all in title case.
     */
    private static final Set<String> HEADLINE_VERBS = Set.of("Dies", "Died", "Says", "Is", "Was", "Has", "Had",
            "Won't", "Can't", "Killed", "Charged", "Arrested", "Convicted", "Sentenced", "Checks", "Enters", "Returns",
            "Confesses", "Admits", "Denies", "Resigns", "Quits", "Nominates", "Reverses", "Overturns", "Overturn",
            "Jailed", "Announces", "Names", "Shoots", "Wins", "Loses", "Signs", "Joins", "Faces", "Pleads", "Sues",
            "Hires", "Kills", "Seeks", "Vows", "Warns", "Urges", "Unveils", "Acquires", "Buys", "Arrives", "Escapes",
            "Indicted", "Accused", "Released", "Freed", "Rescued", "Elected", "Appointed", "Hospitalized");

    /** Lowercase words a title-case headline keeps lowercase. */
    private static final Set<String> HEADLINE_LOWERCASE = Set.of("a", "an", "the", "and", "or", "but", "nor", "of",
            "in", "on", "at", "to", "for", "by", "as", "vs", "via", "with", "from", "into", "over", "off", "up", "after",
            "n't");
    private static final Set<String> HEADLINE_COMMON_TAGS = Set.of("VERB", "AUX", "ADV", "ADP", "ADJ", "DET", "PRON",
            "CCONJ", "SCONJ", "PART", "NUM");

    /**
     * A run of capitalized proper nouns, typed by its head word, first name or shape; in a title-case headline
     * ({@code common} not null) runs end at common words and an untyped run of name-shaped words is not guessed
     * to be a person.
     */
    private int properRun(List<Token> t, int i, int from, int to, boolean[] common, List<Found> out) {
        if (!inRun(t, i, from, to) || common != null && common[i - from] || HEADLINE_VERBS.contains(t.get(i).text())) {
            return -1;
        }
        // "117th Street", "5th Avenue": a numbered street is a place, the ordinal its name
        if (i > from && PLACE_HEADS.contains(t.get(i).word()) && ORDINAL.matcher(t.get(i - 1).text()).matches()
                && !t.get(i).possessive()) {
            out.add(new Found(t.get(i - 1).start(), t.get(i).wordEnd(), textOf(t, i - 1, i + 1), "place", null));
            return i + 1;
        }
        int end = i;
        String first = t.get(i).text();
        boolean firm = false;
        while (end < to && inRun(t, end, from, to) && !(common != null && common[end - from])
                && !HEADLINE_VERBS.contains(t.get(end).text())) {
            end++;
            if (t.get(end - 1).possessive()) {
                break;
            }
            // "Ministry of Defense", "Bank of Japan", "Council on Ports", "Center for Rail Safety": "of", "on" and
            // "for" join an organization name
            String joiner = end + 1 < to ? t.get(end).text() : "";
            boolean organizationHead = gazetteer.organizationHead(t.get(end - 1).text());
            if ((joiner.equals("of") && (organizationHead || end - 1 == i && PLACE_PREFIXES.contains(first))
                    || (joiner.equals("on") || joiner.equals("for")) && organizationHead)
                    && inRun(t, end + 1, from, to) && !t.get(end - 1).possessive()) {
                end++;
            }
            if (end + 1 < to && inRun(t, end + 1, from, to) && innerAnd(t, i, end, from, to)) {
                end++;
            } else if (end + 1 < to && t.get(end).text().equals("&") && nameLike(t.get(end + 1))
                    && !t.get(end - 1).possessive()) {
                end += 2; // "Varna & Sons": an ampersand joins one name, whatever the tag of the word after it
                firm = true;
            }
        }
        // "Tesin Pass", "Kolva River", "Tesin Bible Church": a capitalized place or organization head the tagger read
        // as a common noun ends the name
        if (end < to && !t.get(end - 1).possessive() && (PLACE_HEADS.contains(t.get(end).word())
                || gazetteer.organizationHead(t.get(end).word()))
                && Character.isUpperCase(t.get(end).text().charAt(0))) {
            end++;
        }
        // "the Safety and Transit Board": the word before "and" opens the name, even read as a common noun
        if (i - 2 >= from && t.get(i - 1).text().equals("and") && nameLike(t.get(i - 2)) && !t.get(i - 2).possessive()
                && (i - 3 < from || !inRun(t, i - 3, from, to)) && end - i > 1
                && gazetteer.organizationHead(t.get(end - 1).word()) && plainWord(t.get(i - 2).text())
                && plainWord(first)) {
            i -= 2;
            first = t.get(i).text();
        }
        // "Dorvale 52ers": a team named by a number with a plural suffix ends the name and makes it a team
        boolean numberedTeam = end < to && !t.get(end - 1).possessive()
                && NUMBERED_TEAM.matcher(t.get(end).word()).matches();
        if (numberedTeam) {
            end++;
        }
        int nat = nationality(t, i, end);
        if (nat == end) {
            return end; // "North Korean": a nationality, not a name
        }
        // "the Roe administration", "the Roe campaign": a leader's name before such a noun names a body of people
        if (end < to && LEADER_BODIES.contains(t.get(end).text()) && !t.get(end - 1).possessive()
                && allNameShaped(t, i, end)) {
            out.add(new Found(t.get(i).start(), t.get(end).end(), textOf(t, i, end + 1), "organization", null));
            return end + 1;
        }
        // "Interior Secretary Dov Arkin": a title inside the run splits it into role and name
        for (int k = end - 2; k >= i; k--) {
            Gazetteer.Office office = gazetteer.title(Gazetteer.compact(t.get(k).text()));
            if (office != null && !office.honorific() && allNameShaped(t, k + 1, end)) {
                out.add(person(t, k + 1, end, textOf(t, i, k + 1)));
                return end;
            }
        }
        String head = t.get(end - 1).word();
        // "the Lakeshore Recovery center": the name modifies the facility noun after it
        boolean facility = end < to && !t.get(end - 1).possessive() && FACILITY_NOUNS.contains(t.get(end).text());
        // "the Jane Roe store", "a Jane Roe jewelry boutique", "the Tarvel bank": a determiner before, a facility noun
        // after (one noun between at most): the name is the facility's, even a person's name of two words or more, but
        // not an acronym ("the LAFD station") or a given name alone
        boolean namedFacility = (end - i > 1 || nameLike(t.get(i)) && !gazetteer.givenName(first)) && i > from
                && DETERMINERS.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT)) && !t.get(end - 1).possessive()
                && (facility || end + 1 < to && t.get(end).is("NOUN") && FACILITY_NOUNS.contains(t.get(end + 1).text()));
        String type;
        if (numberedTeam || firm || titledOffice(t, end, to)) {
            type = "organization";
        } else if (OTHER_HEADS.contains(head) && end - i > 1) {
            type = null; // "the Monroe Doctrine", "the Varna Accord"
        } else if (end - i > 1 && (careFacility(t, i, end, to) || buildingVisited(t, i, end, from))) {
            type = "place";
        } else if (ofAfterOrganizationHead(t, i, end)) {
            type = "organization"; // "Varno School of Medicine", "Tesin Society of Surgeons": the head before "of"
        } else if (end - i == 1 && i == from && gazetteer.organizationHead(head)) {
            type = null; // "Fire crews arrived", "Army units moved": a head word capitalized by its position
        } else if (gazetteer.organizationHead(head) || gazetteer.organizationHead(first) && (end - i > 2
                || end - i == 2 && knownPlace(head))) {
            type = "organization"; // "Varna Telecom Group", "Telecom Varna"
        } else if (end - i > 1 && head.equals("State")) {
            type = "organization"; // "Harlow State": a university (or its team), the state itself being "Harlow"
        } else if (end - i == 2 && COLOURS.contains(first) && (head.endsWith("s") && !head.endsWith("ss")
                || head.endsWith("x"))) {
            type = "organization"; // "Red Herons", "White Sox": a team
        } else if (end - i > 1 && (PLACE_HEADS.contains(head)
                || SURNAME_PLACE_HEADS.contains(head) && !gazetteer.givenName(first)
                && (end - i > 2 || i > from && t.get(i - 1).text().equalsIgnoreCase("the")
                || Nlp.tags(new String[] {first.toLowerCase(Locale.ROOT), "park"})[0].equals("ADJ")))) {
            // "Tarn Valley", "Tarn National Park", "the Tarn Plant", "Central Park" (not "Jane Park", "Jiyoon Park")
            type = "place";
        } else if ((end - i > 2 || end - i == 2 && (gazetteer.nationality(Gazetteer.compact(first)) != null
                || knownPlace(first) || i > from && t.get(i - 1).text().equalsIgnoreCase("the")))
                && !gazetteer.givenName(first) && commonPlural(t, end - 1, to)) {
            // "Harbor City Gulls", "the Tarn Herons": a team or group named by a plural common noun; two words need
            // a nationality or known place (Gazetteer.nationality) or "the" first, as "Maurice Banks" is a person
            type = "organization";
        } else if (end - i > 1 && (DIRECTIONS.contains(first) || PLACE_PREFIXES.contains(first) || placeOf(t, i, from)
                || innerPlacePrefix(t, i, end))) {
            type = "place";
        } else if (namedFacility || end - i > 1 && !gazetteer.givenName(first) && !t.get(end - 1).possessive()
                && (facility || i > from && PLACE_PREPOSITIONS.contains(t.get(i - 1).text()))) {
            type = "place";
        } else if (end - i > 1 && !gazetteer.givenName(first) && besideKnownPlace(t, i, end, from, to)) {
            type = "place";
        } else if (gazetteer.givenName(first) && end - i > 1) {
            type = "person";
        } else if (common == null && end - i >= 2 && end - i <= 4 && nat == i && allNameShaped(t, i, end)
                && !holdsKnownName(t, i, end)) {
            type = "person";
        } else if (end - i == 1) {
            type = singleType(t, i, from, end, to);
        } else {
            type = null;
        }
        if (type == null) {
            return end;
        }
        // a lone name typed only by a speech verb or a locative is a guess; its name or context typing is not
        boolean guessed = end - i == 1 && contextType(t, i, from, to) == null;
        out.add(new Found(t.get(i).start(), t.get(end - 1).wordEnd(), textOf(t, i, end), type, null, guessed));
        return end;
    }

    /**
     * True when the "and" at {@code end} joins one organization name rather than two names: "Safety and Transit
     * Board", "Office of Water and Coastal Services", as the words after "and" are at least a modifier and an
     * organization head, and the name before it is one word or a head's "of" phrase. A given name or a known place
     * on either side keeps two names ("Denmark and Tesin Rail", "Jane and Roe Consulting").
     */
    private boolean innerAnd(List<Token> t, int i, int end, int from, int to) {
        Token left = t.get(end - 1);
        if (left.possessive() || !t.get(end).text().equals("and")
                || end - i > 1 && !ofAfterOrganizationHead(t, i, end + 1)) {
            return false;
        }
        int k = end + 1;
        while (k < to && inRun(t, k, from, to) && !t.get(k).possessive()) {
            k++;
        }
        return k - end > 2 && gazetteer.organizationHead(t.get(k - 1).word()) && plainWord(left.text())
                && plainWord(t.get(end + 1).text());
    }

    /** A capitalized word that is not a given name, a known place or a nationality. */
    private boolean plainWord(String word) {
        return !gazetteer.givenName(word) && !knownPlace(word) && gazetteer.nationality(Gazetteer.compact(word)) == null;
    }

    /**
     * True when "of", "on" or "for" inside the run [i, end) follows an organization head: "School of Medicine", "Bank
     * of Tesin", "Center for Rail Safety".
     */
    private boolean ofAfterOrganizationHead(List<Token> t, int i, int end) {
        for (int k = i + 1; k < end - 1; k++) {
            String w = t.get(k).text();
            if ((w.equals("of") || w.equals("on") || w.equals("for")) && gazetteer.organizationHead(t.get(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** The type of a lone unknown proper noun from its neighbours, or null when there is no evidence. */
    private String singleType(List<Token> t, int i, int from, int end, int to) {
        Token tok = t.get(i);
        if (!nameLike(tok)) {
            return null;
        }
        String typed = contextType(t, i, from, to);
        if (typed != null) {
            return typed;
        }
        if (gazetteer.givenName(tok.text())) {
            return null;
        }
        if (i > from && t.get(i - 1).text().equalsIgnoreCase("the") && !nationalityPlural(tok.word())
                && (commonPlural(t, i, to) || namedPlural(tok))) {
            return "organization"; // "the Gulls won", "the Zorbers won": a team or group named by a plural
        }
        if (i == from && commonPlural(t, i, to)) {
            return null; // "Meteorologists said": capitalized because it starts the sentence
        }
        if (end < to && PERSON_VERBS.contains(t.get(end).text()) && !tok.possessive()) {
            return "person";
        }
        if (i > from && LOCATIVES.contains(t.get(i - 1).text()) && i - 1 > from) {
            return "place";
        }
        return null;
    }

    /** The type a lone name's own shape or the noun before it gives: "CalRail", "the operator X", "the town of X". */
    private String contextType(List<Token> t, int i, int from, int to) {
        if (compactOrganization(t.get(i).word()) || i > from && ORG_DESCRIPTORS.contains(t.get(i - 1).text())
                || tickerAfter(t, i, to)) {
            return "organization";
        }
        return placeOf(t, i, from) || i > from && placeBefore(t, i, to) || coordinatedWithPlace(t, i, from, to)
                ? "place" : null;
    }

    /** Stock exchanges whose ticker a listed company's name carries: "Zentrix (NYSE: ZTX)". */
    private static final Set<String> EXCHANGES = Set.of("NYSE", "NASDAQ", "Nasdaq", "NSDQ", "AMEX", "LSE", "TSX",
            "ASX", "TSE", "OTC", "Euronext", "HKEX", "SGX", "BSE", "NSE");

    /** "Zentrix (NYSE: ZTX)", "Zentrix (Nasdaq:ZTX)": a ticker in parentheses after the name. */
    private static boolean tickerAfter(List<Token> t, int i, int to) {
        if (i + 2 >= to || !t.get(i + 1).text().equals("(") || t.get(i).possessive()) {
            return false;
        }
        String next = t.get(i + 2).text();
        int colon = next.indexOf(':');
        return colon > 0 ? EXCHANGES.contains(next.substring(0, colon))
                : EXCHANGES.contains(next) && i + 3 < to && t.get(i + 3).text().equals(":");
    }

    /**
     * A name of several words placed by a known place beside it: "Abu Varna (Egypt)", "Abu Varna, Egypt", "between Abu
     * Varna and Tunis", "between Abu Varna in Egypt and ...". Not a possessive ("Jane Roe, France's envoy").
     */
    private boolean besideKnownPlace(List<Token> t, int i, int end, int from, int to) {
        if (end + 1 >= to || t.get(end - 1).possessive() || !knownPlace(t.get(end + 1).word())
                || t.get(end + 1).possessive()) {
            return false;
        }
        String next = t.get(end).text();
        if (next.equals("(")) {
            return end + 2 < to && t.get(end + 2).text().equals(")");
        }
        if (next.equals(",")) {
            return end + 2 >= to || !capitalized(t.get(end + 2));
        }
        return i > from && t.get(i - 1).text().equals("between") && (next.equals("and") || next.equals("in"));
    }

    /** "between Varna and Tunisia", "Tunisia or Varna": a lone name joined by "and" / "or" to a known place. */
    private boolean coordinatedWithPlace(List<Token> t, int i, int from, int to) {
        if (i + 2 < to && !t.get(i).possessive() && (t.get(i + 1).text().equals("and") || t.get(i + 1).text().equals("or"))
                && knownPlace(t.get(i + 2).word()) && (i + 3 >= to || !capitalized(t.get(i + 3)))) {
            return true;
        }
        return i - 2 >= from && (t.get(i - 1).text().equals("and") || t.get(i - 1).text().equals("or"))
                && knownPlace(t.get(i - 2).word()) && !t.get(i - 2).possessive()
                && (i - 3 < from || !capitalized(t.get(i - 3)));
    }

    /** A word starting with a capital letter: the neighbour of a place that may make it part of a longer name. */
    private static boolean capitalized(Token tok) {
        return Character.isUpperCase(tok.text().charAt(0));
    }

    /** Lowercase nouns after a lone name that make it a place: "Varna island", "Varna police", "Varna residents". */
    static final Set<String> PLACE_NOUNS_AFTER = Set.of("island", "police", "resident", "residents", "governorate",
            "governorates", "provinces", "districts", "counties", "municipality", "municipalities",
            "mayor", "governor", "county", "province", "township", "airport", "native", "suburb", "villagers");

    /**
     * "Varna island", "Varna police": a place noun after the name; "Varna, Michigan": a known place after a comma.
     * Not a party ("Republican governor"), "State police", or a team in apposition ("the Herons, Boston's rival").
     */
    private boolean placeBefore(List<Token> t, int i, int to) {
        String w = t.get(i).text();
        if (i + 1 >= to || t.get(i).possessive() || PARTY_MODIFIERS.contains(w) || w.equals("State")
                || t.get(i - 1).text().equalsIgnoreCase("the")) {
            return false;
        }
        if (PLACE_NOUNS_AFTER.contains(t.get(i + 1).text())) {
            return true;
        }
        if (!t.get(i + 1).text().equals(",") || i + 2 >= to) {
            return false;
        }
        String phrase = "";
        for (int k = i + 2; k < Math.min(to, i + 4); k++) {
            phrase += Gazetteer.compact(t.get(k).word());
            Gazetteer.Known known = gazetteer.name(phrase);
            if (known != null && known.type().equals("place")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clinic, hospital or care centre named by a run [i, end): "the Lakeshore Treatment Center". A Center that is
     * a research or policy body ("Varna Research Center", "Center for ...") is an organization.
     */
    private static boolean careFacility(List<Token> t, int i, int end, int to) {
        String head = t.get(end - 1).word();
        if (!FACILITY_HEADS.contains(head)) {
            return false;
        }
        boolean institute = INSTITUTE_MODIFIERS.contains(t.get(end - 2).word())
                || end < to && !t.get(end - 1).possessive()
                && (t.get(end).text().equals("for") || t.get(end).text().equals("of"));
        return !institute;
    }

    /** "the Tarn County Attorney's office": an office named by its holder's title is an organization. */
    private boolean titledOffice(List<Token> t, int end, int to) {
        return end < to && t.get(end - 1).possessive() && t.get(end).text().equalsIgnoreCase("office")
                && gazetteer.title(Gazetteer.compact(t.get(end - 1).word())) != null;
    }

    /** Organization heads that also name the building where they sit: "a hearing at Varna Crown Court". */
    private static final Set<String> BUILDING_HEADS = Set.of("Court", "Courthouse", "University", "College",
            "School", "Church", "Bank", "Museum", "Library");
    /** Prepositions that put someone in or at a building: "at Varna Crown Court", "inside the Varna Bank". */
    private static final Set<String> AT_BUILDING = Set.of("at", "in", "inside", "outside", "from", "near", "into");

    /** "at Varna Crown Court", "in the Varna Bank": a run [i, end) that names a building after "at", "in" .... */
    private static boolean buildingVisited(List<Token> t, int i, int end, int from) {
        if (!BUILDING_HEADS.contains(t.get(end - 1).word()) || t.get(end - 1).possessive()) {
            return false;
        }
        int before = i > from && t.get(i - 1).text().equalsIgnoreCase("the") ? i - 2 : i - 1;
        return before >= from && AT_BUILDING.contains(t.get(before).text());
    }

    /** A place prefix inside a run, before another name: "Aoraki Mount Varn", "Old Fort Tarn". */
    private static boolean innerPlacePrefix(List<Token> t, int i, int end) {
        for (int k = i + 1; k < end - 1; k++) {
            if (PLACE_PREFIXES.contains(t.get(k).text()) && !t.get(k).text().equals("Place")) {
                return true;
            }
        }
        return false;
    }

    /** "the village of X", "the governor of X": the name after "of" is a place. */
    private static boolean placeOf(List<Token> t, int i, int from) {
        return i - 2 >= from && t.get(i - 1).text().equals("of") && PLACE_OF.contains(t.get(i - 2).text());
    }

    /**
     * A one-word name written with an inner capital whose tail is an organization head word: "CalRail",
     * "NordAirlines". Personal names with inner capitals ("McDonald", "DeGeneres") do not end in such words.
     */
    private boolean compactOrganization(String w) {
        for (int k = w.length() - 2; k > 0; k--) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
                return gazetteer.organizationHead(w.substring(k));
            }
        }
        return false;
    }

    /**
     * A plural proper noun not otherwise known ("the Zorbers"): a team, band or party. Known places ("the Andes")
     * were matched before.
     */
    private boolean namedPlural(Token tok) {
        String w = tok.word();
        return tok.is("PROPN") && !tok.possessive() && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && gazetteer.name(w) == null;
    }

    /** "Greeks", "Americans": people of a nation, not a group's name. */
    private boolean nationalityPlural(String w) {
        return w.endsWith("s") && gazetteer.nationality(Gazetteer.compact(w.substring(0, w.length() - 1))) != null;
    }

    /**
     * True when the sentence-initial word is a common plural noun capitalized only by its position: lowercased,
     * the tagger reads it as a noun and the lemmatizer as an inflected plural ("Meteorologists" ->
     * "meteorologist"). A plural whose singular is a given name ("Peters", "Andrews") is a surname.
     */
    private boolean commonPlural(List<Token> t, int i, int to) {
        String w = t.get(i).word();
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
            return false;
        }
        String[] words = new String[Math.min(to, i + 4) - i];
        for (int k = 0; k < words.length; k++) {
            words[k] = t.get(i + k).text();
        }
        words[0] = w.toLowerCase(Locale.ROOT);
        String tag = Nlp.tags(words)[0];
        if (!tag.equals("NOUN")) {
            return false;
        }
        String lemma = Nlp.lemmas(new String[] {words[0]}, new String[] {tag})[0];
        return !lemma.equals(words[0]) && !gazetteer.givenName(Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1));
    }

    private Found person(List<Token> t, int start, int end, String role) {
        return new Found(t.get(start).start(), t.get(end - 1).wordEnd(), textOf(t, start, end), "person", role);
    }

    /** End of a personal name starting at {@code i} (capitalized proper nouns, across a closing parenthesis). */
    private int nameRun(List<Token> t, int i, int to) {
        int k = i;
        // after a title, a capitalized word is a name whatever its tag ("Engineer Tove/NOUN Lindqvist/NOUN")
        while (k < to && (isName(t.get(k)) || nameLike(t.get(k)) && !notName(t.get(k).word()))
                && gazetteer.nationality(Gazetteer.compact(t.get(k).text())) == null
                && !HEADLINE_VERBS.contains(t.get(k).text())) {
            k++;
            if (t.get(k - 1).possessive()) {
                break;
            }
            // "(Russian President Vladimir) Putin": the parenthesis an editor inserted does not end the name
            if (k + 1 < to && t.get(k).text().equals(")") && isName(t.get(k + 1))) {
                k++;
            }
        }
        return k > i && t.get(k - 1).text().equals(")") ? k - 1 : k;
    }

    /**
     * A token of a proper-name run: a proper noun, or a capitalized common word the tagger missed ("Zanthe
     * Energy Agency") when it is not the first word of the sentence and a name or an organization noun
     * ("the ferry operator Seltra") is next to it.
     */
    private boolean inRun(List<Token> t, int k, int from, int to) {
        if (isName(t.get(k))) {
            return true;
        }
        return k > from && looseCapital(t.get(k)) && (k + 1 < to && (isName(t.get(k + 1))
                || looseCapital(t.get(k + 1)) && k + 2 < to && isName(t.get(k + 2)))
                || ORG_DESCRIPTORS.contains(t.get(k - 1).text()));
    }

    private boolean looseCapital(Token tok) {
        return (tok.is("NOUN") || tok.is("ADJ") || tok.is("X")) && nameLike(tok) && !notName(tok.word())
                && gazetteer.nationality(Gazetteer.compact(tok.text())) == null && !tok.possessive();
    }

    /** Capitalized words that never start a name: days, months and the listed words. */
    private static boolean notName(String word) {
        return NOT_NAMES.contains(word) || CalendarWords.isWeekday(word)
                || CalendarWords.isMonthOrDottedAbbreviation(word);
    }

    private static boolean isName(Token tok) {
        String w = tok.text();
        if (!tok.is("PROPN") || w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || notName(tok.word())) {
            return false;
        }
        // a headline in capitals is not a run of names
        return !(w.length() > 5 && w.equals(w.toUpperCase()));
    }

    /**
     * Capitalized letters with some lowercase, hyphens and apostrophes allowed: "O'Neil", "Tae-yul",
     * "DeGeneres". Not an all-capital word.
     */
    private static boolean nameLike(Token tok) {
        String w = tok.word();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            lower |= Character.isLowerCase(c);
            if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return lower;
    }

    private boolean allNameShaped(List<Token> t, int from, int end) {
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            // an initial ("J.") or a generational suffix ("Jr.") may be part of a personal name
            if (!nameLike(tok) && !(tok.text().length() == 2 && tok.text().endsWith("."))
                    && !(k > from && (tok.text().equals("Jr.") || tok.text().equals("Sr.")))
                    || gazetteer.nationality(Gazetteer.compact(tok.text())) != null) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of the run, or a part of a hyphenated word, is a known place or organization. */
    private boolean holdsKnownName(List<Token> t, int from, int end) {
        for (int k = from; k < end; k++) {
            for (String part : t.get(k).word().split("-")) {
                if (gazetteer.name(part) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String textOf(List<Token> t, int from, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            if (tok.text().equals(")") || tok.text().equals("(")) {
                continue;
            }
            if (b.length() > 0 && k > from && tok.start() > t.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(k == end - 1 ? tok.word() : tok.text());
        }
        return b.toString();
    }

    /** Second pass: a lone proper noun that is the surname of a person named in the article is that person. */
    private void addSurnames(TaggedText text, List<Found> found) {
        Map<String, String> surnames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Found f : found) {
            if (f.type.equals("person") && f.text.indexOf(' ') > 0 && Character.isUpperCase(f.text.charAt(0))) {
                String[] parts = f.text.split(" ");
                for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
                    if (FUNCTION_WORDS.contains(part) || gazetteer.title(Gazetteer.compact(part)) != null) {
                        continue; // "The" of a role phrase, "Minister" of a title: not a surname
                    }
                    String prev = surnames.putIfAbsent(part, f.text);
                    if (prev != null && !Gazetteer.key(prev).equals(Gazetteer.key(f.text))) {
                        ambiguous.add(part);
                    }
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        // a lone word typed only from its context ("from Roe") is the person whose surname it is
        found.replaceAll(f -> f.guessed && !f.type.equals("person") && surnames.containsKey(f.text)
                && !ambiguous.contains(f.text) ? new Found(f.start, f.end, f.text, "person", null) : f);
        Set<Integer> taken = new HashSet<>();
        for (Found f : found) {
            taken.add(f.start);
        }
        List<Token> t = text.tokens();
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            if (taken.contains(tok.start()) || !nameLike(tok) || !surnames.containsKey(tok.word())) {
                continue;
            }
            boolean alone = (k == 0 || !isName(t.get(k - 1)) || t.get(k - 1).sentence() != tok.sentence())
                    && (k + 1 == t.size() || !isName(t.get(k + 1)) || tok.possessive());
            if (alone && !ambiguous.contains(tok.word()) && !covered(found, tok.start())) {
                found.add(new Found(tok.start(), tok.wordEnd(), tok.word(), "person", null));
            }
        }
    }

    /**
     * A lone proper noun the rules could not type is kept when the article names it at least twice and never
     * writes it in lowercase: typed as
     * elsewhere in the article if it was typed there, a place when it is a word of a place the article names,
     * else by its shape (a plural common noun is a team or group, a place suffix a place, anything else a person).
     */
    private void addRepeated(TaggedText text, List<Found> found) {
        // the type a name has elsewhere in the article, firm evidence preferred to a guess (copies of a guess stay guesses)
        Map<String, Found> typed = new HashMap<>();
        // a word of a place name found in the article is that place's name used alone ("Tesin" of "Upper Tesin")
        Set<String> places = new HashSet<>();
        for (Found f : found) {
            typed.merge(f.text, f, (was, now) -> was.guessed && !now.guessed ? now : was);
            if (f.type.equals("place")) {
                places.addAll(List.of(f.text.split(" ")));
            }
        }
        Set<Integer> taken = new HashSet<>();
        for (Found f : found) {
            for (int c = f.start; c < f.end; c++) {
                taken.add(c);
            }
        }
        List<Token> t = text.tokens();
        // a word the article also writes in lowercase is a common word capitalized by position ("Man", "Police")
        Set<String> lowercase = new HashSet<>();
        for (Token tok : t) {
            if (Character.isLowerCase(tok.text().charAt(0))) {
                lowercase.add(tok.word());
            }
        }
        Map<String, List<Token>> lone = new LinkedHashMap<>();
        Set<String> inside = new HashSet<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            boolean first = k == 0 || t.get(k - 1).sentence() != tok.sentence() || t.get(k - 1).is("PUNCT");
            if (!taken.contains(tok.start()) && isName(tok) && nameLike(tok) && !gazetteer.givenName(tok.word())
                    && (k + 1 >= t.size() || !isName(t.get(k + 1)) || tok.possessive())
                    && (k == 0 || first || !isName(t.get(k - 1)))
                    && gazetteer.nationality(Gazetteer.compact(tok.word())) == null
                    && gazetteer.title(Gazetteer.compact(tok.word())) == null) {
                lone.computeIfAbsent(tok.word(), w -> new ArrayList<>()).add(tok);
                firstAt.putIfAbsent(tok.word(), k);
                if (!first) {
                    inside.add(tok.word()); // capitalized where capitals are not automatic
                }
            }
        }
        for (Map.Entry<String, List<Token>> e : lone.entrySet()) {
            if (e.getValue().size() < 2 || !inside.contains(e.getKey()) || FUNCTION_WORDS.contains(e.getKey())
                    || lowercase.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String w = e.getKey();
            Found source = typed.get(w);
            String type = source != null ? source.type : places.contains(w) ? "place"
                    : commonPlural(t, firstAt.get(w), t.size()) || companyCue(t, e.getValue()) ? "organization"
                    : w.endsWith("ville") || w.endsWith("burg") || w.endsWith("town") || w.endsWith("stan") ? "place"
                    : "person";
            // a type from the word's shape alone is a guess too
            boolean guessed = source != null ? source.guessed : !places.contains(w);
            for (Token tok : e.getValue()) {
                found.add(new Found(tok.start(), tok.wordEnd(), w, type, null, guessed));
            }
        }
    }

    /** Nouns after a possessive name that only a company has: "Zentrix's film division", "Zentrix's shares". */
    private static final Set<String> COMPANY_POSSESSIONS = Set.of("division", "divisions", "subsidiary", "subsidiaries",
            "shares", "stock", "shareholders", "stockholders", "headquarters", "executives", "employees", "workforce",
            "revenue", "revenues", "profits", "earnings");
    /** Plural verbs after a name that is no plural: "Zentrix are preparing a sequel" (a company as a group). */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have");
    /** Words before a name that make a plural verb after it agree with a coordination: "Roe and Zentrix are". */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "&");

    /**
     * True when one of the occurrences of a repeated lone name reads as a company: a possession only a company has
     * ("Zentrix's film division", one modifier allowed) or, for a name not shaped as a plural, a plural verb after it
     * where no coordination makes it plural ("Zentrix are preparing"): British usage for a company as a group.
     */
    private static boolean companyCue(List<Token> t, List<Token> occurrences) {
        for (Token tok : occurrences) {
            int k = t.indexOf(tok);
            Token next = k + 1 < t.size() && t.get(k + 1).sentence() == tok.sentence() ? t.get(k + 1) : null;
            if (next == null) {
                continue;
            }
            // "Zentrix's shares", "Zentrix's film division": one modifier may stand between
            boolean afterModifier = k + 2 < t.size() && t.get(k + 2).sentence() == tok.sentence()
                    && COMPANY_POSSESSIONS.contains(t.get(k + 2).text());
            if (tok.possessive() && (COMPANY_POSSESSIONS.contains(next.text()) || afterModifier)) {
                return true;
            }
            boolean coordinated = k > 0 && COORDINATORS.contains(t.get(k - 1).text());
            if (!tok.possessive() && !tok.word().endsWith("s") && PLURAL_VERBS.contains(next.text()) && !coordinated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Third pass: an unknown all-capital word of two to six letters ("ZNT", "KORVAL") written in a sentence that is
     * not itself in capitals, and not next to another word in capitals, is an organization's acronym when the
     * article writes it at least twice (three letters or more) or a speech verb follows it. Common abbreviations
     * that name no organization (TV, CEO, DNA, GPS ...) and roman numerals are not.
     */
    private void addAcronyms(TaggedText text, List<Found> found) {
        List<Token> t = text.tokens();
        boolean[] lowercaseSentence = new boolean[text.sentenceCount()];
        for (Token tok : t) {
            lowercaseSentence[tok.sentence()] |= Character.isLowerCase(tok.text().charAt(0)) && tok.text().length() > 2;
        }
        Map<String, List<Token>> seen = new LinkedHashMap<>();
        Set<String> speaking = new HashSet<>();
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            String w = tok.word();
            if (!lowercaseSentence[tok.sentence()] || !acronymShaped(w) || COMMON_ABBREVIATIONS.contains(w)
                    || gazetteer.byKey(Gazetteer.key(w)) != null || gazetteer.title(w) != null
                    || gazetteer.nationality(w) != null || covered(found, tok.start())) {
                continue;
            }
            if (k > 0 && capitalWord(t.get(k - 1).text()) || k + 1 < t.size() && (capitalWord(t.get(k + 1).text())
                    || nameLike(t.get(k + 1)) && t.get(k + 1).is("PROPN"))) {
                continue; // a phrase in capitals ("SEE ALSO"), or the prefix of a name ("MV Aldora"), not an acronym
            }
            seen.computeIfAbsent(w, x -> new ArrayList<>()).add(tok);
            if (k + 1 < t.size() && PERSON_VERBS.contains(t.get(k + 1).text())) {
                speaking.add(w);
            }
        }
        seen.forEach((w, tokens) -> {
            // two letters are too often a unit, a state or a stray capital to count repetitions alone
            if (tokens.size() >= 2 && w.length() > 2 || speaking.contains(w)) {
                for (Token tok : tokens) {
                    found.add(new Found(tok.start(), tok.wordEnd(), w, "organization", null));
                }
            }
        });
    }

    /** Words before a side of a game: "beat X", "victory over X", "lost to X" (with a score in the sentence). */
    private static final Set<String> CONTEST_BEFORE = Set.of("beat", "beats", "beating", "defeated", "defeats",
            "defeating", "edged", "edges", "topped", "tops", "routed", "routs", "downed", "downs", "outlasted",
            "outlasts", "blanked", "stunned", "over", "against", "vs", "vs.", "versus");
    /** Words after a side of a game: "X beat", "X won", "X improved to 25-7". */
    private static final Set<String> CONTEST_AFTER = Set.of("beat", "beats", "defeated", "defeats", "edged", "edges",
            "topped", "tops", "routed", "routs", "downed", "downs", "outlasted", "outlasts", "won", "wins", "lost",
            "loses", "fell", "falls", "improved", "rallied", "advanced", "advances");
    /** Nouns of a game's result before "over", "against" or "to": "win over X", "loss to X" (no score needed). */
    private static final Set<String> RESULT_NOUNS = Set.of("win", "victory", "loss", "defeat", "Win", "Victory",
            "Loss", "Defeat");
    /** Nouns after a team's name: "X coach Jane Roe", "X fans" (no score needed). */
    private static final Set<String> RESULT_PREPOSITIONS = Set.of("over", "Over", "against", "Against", "to");
    private static final Set<String> DEFEAT_WORDS = Set.of("lost", "loss", "fell", "falls", "loses");
    private static final Set<String> SQUAD_NOUNS = Set.of("coach", "fans", "players", "teammates", "squad",
            "roster", "quarterback", "hoops", "basketball", "football");
    /** A score or a win-loss record written as one token: "91-73", "25-7". */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");

    /**
     * Fourth pass: in a sentence that gives a score or a record ("91-73", "25 - 7"), a lone name the rules typed a
     * person or place by a guess, or an unknown place, that stands where a side of the game stands ("beat X",
     * "victory over X", "X defeated", "X 65-53", "X (25-7)") is a team: an organization, throughout the article.
     * Known places (a city for its team) stay places here; surnames of people the article names stay people.
     */
    private void retypeTeams(TaggedText text, List<Found> found) {
        List<Token> t = text.tokens();
        Set<String> surnames = new HashSet<>();
        for (Found f : found) {
            if (f.type.equals("person") && f.text.indexOf(' ') > 0) {
                surnames.add(f.text.substring(f.text.lastIndexOf(' ') + 1));
            }
        }
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int k = 0; k < t.size(); k++) {
            tokenAt.put(t.get(k).start(), k);
        }
        Set<String> teams = new HashSet<>();
        for (Found f : found) {
            Integer k = tokenAt.get(f.start);
            if (k == null || f.type.equals("organization") || f.role != null || surnames.contains(f.text)
                    || gazetteer.name(Gazetteer.compact(f.text)) != null
                    || f.type.equals("person") && (f.text.indexOf(' ') > 0 || !f.guessed && !lone(t, k))) {
                continue;
            }
            int end = k;
            while (end < t.size() && t.get(end).start() < f.end) {
                end++;
            }
            if (gameSide(t, k, end)) {
                teams.add(f.text);
            }
        }
        // a lone proper noun no rule typed ("Dorvale beat Quinlan 71-64" opening a sentence) is a team there too,
        // and so is a capitalized word the tagger read as a noun inside a sentence ("the top-seeded Zorbers won"),
        // unless the article also writes it in lowercase ("Weeks 14-16") or it ends a longer name ("Eastern Conference")
        Set<String> lowercase = new HashSet<>();
        for (Token tok : t) {
            if (Character.isLowerCase(tok.text().charAt(0))) {
                lowercase.add(tok.word());
            }
        }
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            boolean afterCapital = k > 0 && t.get(k - 1).sentence() == tok.sentence()
                    && Character.isUpperCase(t.get(k - 1).text().charAt(0));
            if (teamWord(t, k) && lone(t, k) && !afterCapital && !covered(found, tok.start())
                    && !lowercase.contains(tok.word().toLowerCase(Locale.ROOT))
                    && !gazetteer.givenName(tok.word()) && !surnames.contains(tok.word())
                    && gazetteer.name(Gazetteer.compact(tok.word())) == null
                    && gazetteer.nationality(Gazetteer.compact(tok.word())) == null
                    && gazetteer.title(Gazetteer.compact(tok.word())) == null && gameSide(t, k, k + 1)) {
                teams.add(tok.word());
            }
        }
        if (!teams.isEmpty()) {
            Set<Integer> taken = new HashSet<>();
            for (Found f : found) {
                taken.add(f.start);
            }
            for (int k = 0; k < t.size(); k++) {
                Token tok = t.get(k);
                if (teams.contains(tok.word()) && lone(t, k) && !taken.contains(tok.start()) && teamWord(t, k)
                        && !covered(found, tok.start())) {
                    found.add(new Found(tok.start(), tok.wordEnd(), tok.word(), "organization", null));
                }
            }
            found.replaceAll(f -> teams.contains(f.text) && !f.type.equals("organization")
                    ? new Found(f.start, f.end, f.text, "organization", null) : f);
        }
    }

    /** Nouns that, after "the" (and up to one modifier), refer back to a company: "the company", "the software giant". */
    private static final Set<String> COMPANY_ANAPHORS = Set.of("company", "firm", "giant", "studio", "corporation",
            "maker", "retailer", "carrier", "airline", "automaker", "conglomerate", "startup");

    /**
     * Fifth pass: "the company" (or "the firm", "the software giant" ...) refers back to a company. Its antecedent is
     * taken as the nearest name before it, in its sentence or the one before, people known by a given name and their
     * surnames aside ("the studio" is not "Jane Roe"), when that name is a lone word the article repeats and only a
     * guess typed (a speech verb made it a person, a locative a place): no given name, title or full personal name
     * ends in it, the gazetteer does not know it and the article never writes it in lowercase ("Fix", "Fire"). The name most often
     * so referred to is the company throughout the article.
     */
    private void retypeCompany(TaggedText text, List<Found> found) {
        List<Token> t = text.tokens();
        Set<String> excluded = new HashSet<>();
        Map<Integer, String> candidateAt = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (Found f : found) {
            if (f.type.equals("person") && f.text.indexOf(' ') > 0) {
                excluded.add(f.text.substring(f.text.lastIndexOf(' ') + 1));
                if (gazetteer.givenName(f.text.substring(0, f.text.indexOf(' ')))) {
                    people.add(f.text);
                    people.add(f.text.substring(f.text.lastIndexOf(' ') + 1));
                }
            }
            if (!f.guessed && f.type.equals("organization") || f.role != null) {
                excluded.add(f.text);
            }
        }
        for (Token tok : t) {
            if (Character.isLowerCase(tok.text().charAt(0))) {
                excluded.add(Character.toUpperCase(tok.word().charAt(0)) + tok.word().substring(1));
            }
        }
        Map<String, Integer> times = new HashMap<>();
        for (Found f : found) {
            times.merge(f.text, 1, Integer::sum);
        }
        for (Found f : found) {
            boolean candidate = times.get(f.text) > 1 && f.text.indexOf(' ') < 0 && !excluded.contains(f.text)
                    && !gazetteer.givenName(f.text)
                    && gazetteer.name(Gazetteer.compact(f.text)) == null && nameLikeWord(f.text);
            if (!(f.type.equals("person") && people.contains(f.text))) {
                candidateAt.put(f.start, candidate ? f.text : null); // another name in between is the antecedent
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int k = 1; k < t.size(); k++) {
            if (!COMPANY_ANAPHORS.contains(t.get(k).word()) || !(t.get(k - 1).text().equalsIgnoreCase("the")
                    || k > 1 && t.get(k - 2).text().equalsIgnoreCase("the") && (t.get(k - 1).is("NOUN")
                    || t.get(k - 1).is("ADJ")))) {
                continue;
            }
            for (int j = k - 1; j >= 0 && t.get(j).sentence() >= t.get(k).sentence() - 1; j--) {
                if (candidateAt.containsKey(t.get(j).start())) {
                    String name = candidateAt.get(t.get(j).start());
                    if (name != null) {
                        votes.merge(name, 1, Integer::sum);
                    }
                    break;
                }
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            } else if (e.getValue() == bestVotes) {
                best = null; // two antecedents as likely: neither
            }
        }
        if (best == null) {
            return;
        }
        String company = best;
        found.replaceAll(f -> f.text.equals(company) && !f.type.equals("organization")
                ? new Found(f.start, f.end, f.text, "organization", null) : f);
    }

    private static boolean nameLikeWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** A proper noun, or a capitalized noun that does not open its sentence ("the Zorbers" tagged NOUN). */
    private static boolean teamWord(List<Token> t, int k) {
        Token tok = t.get(k);
        return nameLike(tok) && (isName(tok) || tok.is("NOUN") && !notName(tok.word()) && k > 0
                && t.get(k - 1).sentence() == tok.sentence() && !t.get(k - 1).is("PUNCT"));
    }

    /** A name found by the repetition pass alone (no context typed it): no proper noun either side. */
    private static boolean lone(List<Token> t, int k) {
        return (k == 0 || !isName(t.get(k - 1))) && (k + 1 >= t.size() || !isName(t.get(k + 1)));
    }

    /** True when tokens [k, end) stand as a side of a game in a sentence that gives a score. */
    private static boolean gameSide(List<Token> t, int k, int end) {
        int sentence = t.get(k).sentence();
        int from = k;
        while (from > 0 && t.get(from - 1).sentence() == sentence) {
            from--;
        }
        int to = end;
        while (to < t.size() && t.get(to).sentence() == sentence) {
            to++;
        }
        if (k - 2 >= from && RESULT_NOUNS.contains(t.get(k - 2).text())
                && RESULT_PREPOSITIONS.contains(t.get(k - 1).text())
                || k > from && end < to && (SQUAD_NOUNS.contains(t.get(end).text())
                || end + 1 < to && t.get(end).text().equals("head") && t.get(end + 1).text().equals("coach"))) {
            return true; // "a win over X", "X coach Jane Roe", "X fans" (not "Veteran players" opening a sentence)
        }
        boolean scored = false;
        for (int j = from; j < to && !scored; j++) {
            scored = scoreAt(t, j, to) > j;
        }
        if (!scored) {
            return false;
        }
        if (end < to && t.get(end - 1).possessive() && scoreAt(t, end, to) > end) {
            return true; // "X's 65-53 victory"
        }
        if (k > from && (CONTEST_BEFORE.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))
                || t.get(k - 1).text().equals("to") && k - 1 > from
                && DEFEAT_WORDS.contains(t.get(k - 2).text()))) {
            return true;
        }
        if (end < to && !t.get(end - 1).possessive()) {
            // a score or record right after the name; not after a comma, where a boxer's record stands
            String next = t.get(end).text();
            int afterParen = next.equals("(") ? end + 1 : end;
            return CONTEST_AFTER.contains(next) || scoreAt(t, afterParen, to) > afterParen;
        }
        return false;
    }

    /** End of a score starting at token {@code j} ("91-73", "91 - 73", "91" "-73"), or {@code j} when there is none. */
    private static int scoreAt(List<Token> t, int j, int to) {
        if (j < to && SCORE.matcher(t.get(j).text()).matches()) {
            return j + 1;
        }
        if (j + 1 < to && t.get(j).text().matches("\\d{1,3}") && t.get(j + 1).text().matches("[-–]\\d{1,3}")) {
            return j + 2; // the tokenizer's "65" "-53"
        }
        if (j + 2 < to && t.get(j).text().matches("\\d{1,3}") && (t.get(j + 1).text().equals("-")
                || t.get(j + 1).text().equals("–")) && t.get(j + 2).text().matches("\\d{1,3}")) {
            return j + 3;
        }
        return j;
    }

    private static boolean capitalWord(String w) {
        return w.length() > 1 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Two to six capital letters, not a roman numeral. */
    private static boolean acronymShaped(String w) {
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return !w.matches("[IVXLC]+");
    }

    /** Abbreviations in capitals that name no organization: things, weapons, titles, times and conditions. */
    private static final Set<String> COMMON_ABBREVIATIONS = Set.of("TV", "CEO", "CFO", "COO", "CTO", "DNA", "GPS",
            "DWI", "DUI", "OK", "ID", "IT", "PR", "HIV", "AIDS", "GDP", "USB", "PC", "FAQ", "UTC", "GMT", "EST", "PST",
            "EDT", "PDT", "CST", "CDT", "MVP", "MRI", "ER", "ICU", "SUV", "ATM", "IPO", "AM", "PM", "BC", "AD", "VIP",
            "FYI", "TBA", "DVD", "CD", "PDF", "URL", "HTML", "WWW", "RSS", "AKA", "MD", "DJ", "MP", "RIP", "OMG",
            "LOL", "NB", "PS", "QB", "RB", "WR", "TE", "IR", "KO", "TKO", "HQ", "UFO", "LED", "LCD", "SMS", "GMO",
            "CCTV", "COVID", "SARS", "PTSD", "ADHD", "IQ", "GPA", "SAT", "ACT", "MBA", "PHD", "BA", "BS", "MA", "MS",
            "AC", "DC", "FM", "AP", "OT", "NO", "YES", "AND", "THE", "OF", "A", "IN", "ON", "TO", "BY", "VS", "ET",
            "PT", "HD", "VR", "AI", "API", "OS", "CPU", "GPU", "RAM", "IP", "ISP", "WIFI", "TBD", "ASAP", "ICBM", "IRBM",
            "SLBM", "WMD", "UAV", "IED", "RPG", "SAM", "MLRS", "CPI", "VAT", "ETF", "NFT", "EV", "LNG", "LPG", "PPE",
            "MPH", "KPH", "RPM", "SOS", "AWOL", "POW", "MIA", "KIA", "ETA", "DA", "LLC", "PLC", "INC", "LTD");

    /**
     * "Zentrix Write" in an article that calls Zentrix a company elsewhere names a product of that company, not
     * a person: the name read as a person by its shape alone is cut to the company.
     */
    private void cutProducts(List<Found> found) {
        Set<String> companies = new HashSet<>();
        for (Found f : found) {
            if (f.type.equals("organization") && !f.guessed && f.text.indexOf(' ') < 0) {
                companies.add(f.text);
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        found.replaceAll(f -> {
            int space = f.text.indexOf(' ');
            String first = space > 0 ? f.text.substring(0, space) : null;
            return f.type.equals("person") && f.role == null && first != null && companies.contains(first)
                    && !gazetteer.givenName(first)
                    ? new Found(f.start, f.start + first.length(), first, "organization", null) : f;
        });
    }

    /**
     * One name, one type within an article: a lone name typed only by a guess ("Seltra said": person) takes the
     * type the article gives the same name with firmer evidence ("the ferry operator Seltra": organization).
     */
    private static void harmonize(List<Found> found) {
        Map<String, String> firm = new HashMap<>();
        for (Found f : found) {
            if (!f.guessed) {
                firm.putIfAbsent(f.text, f.type);
            }
        }
        // "Zentrix Corp." makes a lone "Zentrix" the company
        for (Found f : found) {
            int space = f.text.lastIndexOf(' ');
            if (!f.guessed && f.type.equals("organization") && space > 0 && f.text.indexOf(' ') == space
                    && LEGAL_FORMS.contains(f.text.substring(space + 1))) {
                firm.putIfAbsent(f.text.substring(0, space), "organization");
            }
        }
        found.replaceAll(f -> f.guessed && firm.containsKey(f.text) && !firm.get(f.text).equals(f.type)
                ? new Found(f.start, f.end, f.text, firm.get(f.text), f.role) : f);
    }

    /** Words of a company's legal form that end its full name: "Zentrix Corp.", "Seltra Ltd". */
    private static final Set<String> LEGAL_FORMS = Set.of("Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd.",
            "Ltd", "LLC", "PLC", "Plc", "plc", "Co.", "AG", "GmbH", "SA", "S.A.", "NV", "N.V.");

    private static boolean covered(List<Found> found, int c) {
        for (Found f : found) {
            if (f.start <= c && c < f.end) {
                return true;
            }
        }
        return false;
    }
}
