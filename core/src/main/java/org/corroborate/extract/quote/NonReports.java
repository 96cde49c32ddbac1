package org.corroborate.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.text.CalendarWords;

/**
 * Uses of cue verbs that report nothing: an object that is a sum, a count, a document or a person struck ("raised
 * $2 million", "attacked two vessels", "called 911", "pushed her away"), passives without an agent, races "called".
 */
final class NonReports extends Grammar {
    /** What is attacked by force, never in words: "attacked the tanker", "attacked a police station". */
    private static final Set<String> PHYSICAL_TARGETS = Set.of("ship", "ships", "vessel", "vessels", "boat", "boats",
            "tanker", "tankers", "freighter", "yacht", "convoy", "convoys", "truck", "trucks", "car", "cars", "bus",
            "buses", "station", "stations", "building", "buildings", "house", "houses", "shop", "shops", "store",
            "stores", "checkpoint", "checkpoints", "base", "bases", "embassy", "village", "villages", "camp", "camps");
    /** What an attack by force is made with: "attacked police with rocks". */
    private static final Set<String> WEAPONS = Set.of("rocks", "stones", "cobblestones", "bombs", "flares", "knives",
            "knife", "guns", "gun", "rifles", "missiles", "rockets", "grenades", "sticks", "bats", "clubs", "machetes",
            "axes", "bricks", "bottles", "firebombs", "explosives");
    /** Nouns that count what follows them: "dozens of police stations". */
    private static final Set<String> QUANTITY_NOUNS = Set.of("dozens", "hundreds", "scores", "thousands", "dozen");
    /** Words after a document's name that start saying what it says: "a report on", "a letter that". */
    private static final Set<String> CONTENT_OPENERS = Set.of("of", "about", "on", "against", "for", "that", "to",
            "which", "who", "with", ":");
    private static final Set<String> BALLOTS = Set.of("vote", "votes", "ballot", "ballots");
    /** Particles of place after "push" that move something: "pushed up against the door". */
    private static final Set<String> SHOVED = Set.of("up", "away", "down", "off", "aside", "over", "into", "through");
    /** Words after the object of "push" that say where it was moved: "pushed the vote to May", "into a corner". */
    private static final Set<String> MOVED_TO = Set.of("to", "into", "onto", "out", "off", "until", "toward", "towards");
    /** Adverbs alone after "push" that move on, no stance: "pushed ahead.". */
    private static final Set<String> PUSHED_ON = Set.of("ahead", "forward", "along", "on");
    /** Words after the object of "called" that end a phone call: "called 911 when ...". */
    private static final Set<String> PHONE_AFTER = Set.of("when", "after", "before", "while", "as");
    private static final Set<String> MONEY = Set.of("money", "funds", "cash", "dollars", "donations", "£", "€");

    private final CueWords cueWords;
    private final Contents contents;
    private final Sources sources;

    NonReports(Grammar grammar, CueWords cueWords, Contents contents, Sources sources) {
        super(grammar);
        this.cueWords = cueWords;
        this.contents = contents;
        this.sources = sources;
    }

    /**
     * A speech cue in the passive without an agent anywhere after it in the sentence: a past participle after a
     * form of "be" ("was told", "were admitted").
     */
    boolean passiveWithoutAgent(int c, int from) {
        String w = t.get(c).text().toLowerCase();
        Cues.Cue cue = cueWords.cueAt(c);
        // (belief participles after "be" are mostly adjectives whose subject holds the view: "is convinced that";
        // not with "as": "is seen as the favorite" is someone else's view of the subject)
        boolean as = c + 1 < t.size() && t.get(c + 1).text().equals("as");
        // (nor before an infinitive: "Vell is expected to win" is the view of whoever expects it)
        boolean raising = raisedInfinitive(c);
        if (cue == null || cue.belief() && !as && !raising || w.equals(cue.lemma()) || w.endsWith("s")
                || w.endsWith("ing")) {
            return false;
        }
        int k = c - 1;
        while (k >= from && (t.get(k).is("ADV") || t.get(k).is("PART"))) {
            k--;
        }
        if (k < from || !BE.contains(t.get(k).text().toLowerCase())) {
            return false;
        }
        for (int j = c + 1; j < t.size() && t.get(j).sentence() == t.get(c).sentence(); j++) {
            if (t.get(j).text().equals("by")) {
                return false; // "was attacked on the speeches by Roe": an agent after all
            }
        }
        return true;
    }

    /**
     * Whether nothing but the sentence's end, a time or "for" and a name follows the passive "called" at {@code c}:
     * a race or a state called for its winner, where "Roe was called a liar", "is called Harbor Lights" and "the
     * toll bill, as the law is called," name.
     */
    boolean raceCalled(int c, int from, int to) {
        int[] subject = sources.leftSource(c, from);
        if (subject != null && subject[0] > from && t.get(subject[0] - 1).text().equalsIgnoreCase("as")) {
            return false;
        }
        int k = c + 1;
        if (k + 1 < to && t.get(k).text().equals("for") && t.get(k + 1).is("PROPN")) {
            return true;
        }
        if (k + 1 < to && t.get(k).text().equals("on")) {
            k++; // "called on Tuesday"
        }
        return k >= to || isPunct(t.get(k)) && !isQuoteMark(t.get(k).text())
                || isTimeWord(t.get(k).text().toLowerCase());
    }

    /** Whether tokens {@code a} to {@code b} (exclusive) only say when or how: "on Friday", "this month", "here". */
    boolean onlyTimeOrAdverbs(int a, int b) {
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            if (!(isTimeWord(w) || t.get(k).is("ADV") || w.equals("on") && k + 1 < b && isTimeWord(t.get(k + 1).text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "this", "that" or "so" after cue {@code c} closes its clause: the sentence ends, a conjunction or
     * (for "this" and "so") a comma follows; "said that, if ..., X" opens a clause after an aside.
     */
    boolean demonstrativeObject(int c, int to) {
        if (c + 1 >= to) {
            return false;
        }
        String w = t.get(c + 1).text().toLowerCase();
        if (!w.equals("this") && !w.equals("that") && !w.equals("so")) {
            return false;
        }
        if (c + 2 >= to) {
            return true;
        }
        String n = t.get(c + 2).text();
        return n.equals(".") || n.equals(";") || n.equals("?") || n.equals("!") || t.get(c + 2).is("CCONJ")
                || n.equals(",") && !w.equals("that");
    }

    /**
     * Whether tokens {@code from} to {@code to} can modify a noun: no auxiliary, no infinitive, no finite verb
     * other than a participle ("marching through", "gathered outside"; not "came just after", "was ridiculed").
     */
    boolean onlyModifiers(int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String w = tok.text().toLowerCase();
            if (tok.is("AUX") || w.equals("to") && tok.is("PART")
                    || tok.is("VERB") && !w.endsWith("ing") && !w.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A statement, speech or report named with nothing in the object saying what it says: "issued
     * a statement Monday", "delivered her acceptance speech in Ostland" (not "a statement saying ...", "a report
     * on tolls", "a letter that ...", or one with a quotation).
     */
    boolean bareDocument(int k, int to) {
        int j = k;
        while (j < to && j < k + 5 && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM")
                || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase())
                || (t.get(j).is("NOUN") || t.get(j).is("PROPN")) && !DOCUMENTS.contains(t.get(j).text().toLowerCase()))) {
            j++;
        }
        if (j == k || j >= to || !t.get(j).is("NOUN") || !DOCUMENTS.contains(t.get(j).text().toLowerCase())) {
            return false;
        }
        int end = contents.contentEnd(k, to);
        for (int e = j + 1; e < to && t.get(e).start() < end; e++) {
            Token tok = t.get(e);
            // ("issued a statement on Monday": a day, not a topic)
            boolean day = e + 1 < to && tok.text().equals("on") && (isTimeWord(t.get(e + 1).text().toLowerCase())
                    || CalendarWords.isMonth(t.get(e + 1).text()));
            if (isQuoteMark(tok.text()) || CONTENT_OPENERS.contains(tok.text().toLowerCase()) && !day
                    || tok.is("VERB") && tok.text().endsWith("ing")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the clause after a cue is only "a" or "an" with at most two words ("a candidate", "a new story"),
     * ending the sentence: an object no one is for or against.
     */
    boolean indefiniteObjectOnly(int k, int to) {
        String first = k < to ? t.get(k).text().toLowerCase() : "";
        if (!first.equals("a") && !first.equals("an")) {
            return false;
        }
        int[] np = nounPhraseRight(k, to);
        return np != null && np[1] - k <= 3 && (np[1] == to || np[1] == to - 1 && isPunct(t.get(np[1]))
                && !t.get(np[1]).text().equals(":"));
    }

    /**
     * Whether the object of "attack" at {@code k - 1} is a vessel, vehicle or building (its head noun, past
     * determiners, numbers and modifiers), or the attack comes "from all sides": an attack by force, not in words.
     */
    boolean physicalTarget(int k, int to) {
        int j = k;
        while (j < to && j < k + 6 && (t.get(j).is("DET") || t.get(j).is("NUM") || t.get(j).is("ADJ")
                || t.get(j).is("ADV") || t.get(j).text().equalsIgnoreCase("as") || t.get(j).text().equalsIgnoreCase("many")
                || t.get(j).text().equalsIgnoreCase("of") || QUANTITY_NOUNS.contains(t.get(j).text().toLowerCase(Locale.ROOT)))) {
            j++; // ("nearly 100 vessels", "dozens of police stations")
        }
        while (j + 1 < to && t.get(j).is("NOUN") && t.get(j + 1).is("NOUN")) {
            j++; // ("the merchant vessels": the head closes the compound)
        }
        if (j < to && PHYSICAL_TARGETS.contains(t.get(j).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int m = k; m + 2 < to && m < k + 6; m++) {
            if (t.get(m).text().equals("from") && t.get(m + 1).text().equals("all") && t.get(m + 2).text().equals("sides")) {
                return true;
            }
            if (t.get(m).text().equals("with")) { // "attacked police with rocks and flares"
                int w = m + 1;
                while (w < to && w < m + 4 && !t.get(w).is("NOUN")) {
                    w++;
                }
                while (w + 1 < to && t.get(w + 1).is("NOUN")) {
                    w++;
                }
                return w < to && WEAPONS.contains(t.get(w).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Whether a thing and "at" follow "point" at {@code k - 1}: "pointed the flare gun at the boat", "point it at
     * them" aim, where "pointed the finger at Roe" blames and "pointed out", "pointed to" report.
     */
    boolean aimedAt(int k, int to) {
        for (int j = k; j < to && j < k + 8; j++) {
            String w = t.get(j).text().toLowerCase();
            if (w.equals("at")) {
                return j > k;
            }
            if (w.startsWith("finger") || t.get(j).is("VERB") || t.get(j).is("AUX") || w.equals(",")
                    || Cues.PARTICLES.get("point").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the clause after a cue opens with a number or a sum, after at most a few determiners and modifiers,
     * and no verb follows its noun phrase: "12 points for the Larks", "a season-best 29 points", "a record of 9-3",
     * "$20,000 to the fund"; not "200 jobs were lost" nor a count of words quoted after it.
     */
    boolean countObject(int k, int to) {
        for (int j = k; j < to && j < k + 6; j++) {
            Token tok = t.get(j);
            if ((tok.is("NUM") || tok.text().startsWith("$"))
                    && !(j + 2 < to && t.get(j + 1).text().equals("-") && !t.get(j + 2).is("NUM"))) {
                int e = j + 1;
                while (e < to && (t.get(e).is("NUM") || t.get(e).is("NOUN") || t.get(e).is("ADJ")
                        || t.get(e).text().equals("-"))) {
                    e++;
                }
                if (e < to && (t.get(e).is("VERB") || t.get(e).is("AUX"))) {
                    return false;
                }
                for (int[] q : quotes) {
                    if (q[0] >= t.get(k).start() && q[0] < t.get(to - 1).end()) {
                        return false; // "posted just two words - “So sad” -": what was written follows
                    }
                }
                return true;
            }
            // ("posted on Monday", "added to his 14 courses", "a one-sided story": no tally)
            if (!tok.is("DET") && !tok.is("ADJ") && !tok.is("ADV") && !tok.text().equals("-")
                    && !(tok.is("NOUN") && (tok.text().indexOf('-') > 0
                            || j + 1 < to && t.get(j + 1).text().equals("-")))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "called" at {@code k - 1} has a number or a noun phrase for its object and then nothing that names
     * or urges: the clause's end, a time or "when", "after", "before" ("called 911 after the crash", "called
     * him again Monday"), where "called Roe a liar", "called the plan bold" and "called the board to act" report.
     */
    boolean phoned(int k, int to) {
        int[] np = k < to && t.get(k).is("NUM") ? new int[] {k, k + 1} : nounPhraseRight(k, to);
        if (np == null || np[0] != k) {
            return false;
        }
        int j = np[1];
        boolean when = false;
        while (j < to && (t.get(j).text().equalsIgnoreCase("again") || isTimeWord(t.get(j).text().toLowerCase()))) {
            when = true;
            j++;
        }
        boolean end = j >= to || isPunct(t.get(j)) && !isQuoteMark(t.get(j).text()) && !t.get(j).text().equals(":");
        // ("call the harbor desk at 555-0100", "call the tip line anonymously on 0800 555111", "called 911 to report
        // it": a number given or dialed; "called the board to act" urges)
        int at = j < to && t.get(j).is("ADV") ? j + 1 : j;
        boolean number = at + 1 < to && (t.get(at).text().equalsIgnoreCase("at") || t.get(at).text().equalsIgnoreCase("on"))
                && phoneNumber(at + 1, to) || t.get(k).is("NUM") && j < to && t.get(j).text().equals("to");
        // (a number is dialed; "called the plan bold." ends on its complement, as a time or "when" cannot)
        if (end && (when || t.get(k).is("NUM")) || number || j < to && PHONE_AFTER.contains(t.get(j).text().toLowerCase())) {
            return true;
        }
        // "Vell called Ada Roe.", "called Roe shortly after the vote", "called Roe and asked her to run": a
        // person called, then nothing, an adverb of time or a second act (a name is never a complement alone)
        boolean person = t.get(np[1] - 1).is("PROPN") && np[1] - np[0] >= 2;
        int a = j;
        while (a < to && t.get(a).is("ADV") && !t.get(a).text().endsWith("ly") || a < to && t.get(a).text().equalsIgnoreCase("shortly")) {
            a++;
        }
        boolean act = a + 1 < to && t.get(a).text().equalsIgnoreCase("and") && t.get(a + 1).is("VERB");
        return person && !when && (end && t.get(j).text().equals(".") || act
                || a > j && a < to && PHONE_AFTER.contains(t.get(a).text().toLowerCase()));
    }

    /** Whether a phone number (seven digits or more over up to four tokens) starts at {@code k}: "555-0100". */
    private boolean phoneNumber(int k, int to) {
        int digits = 0;
        for (int j = k; j < to && j < k + 4 && t.get(j).text().matches("[\\d\\-()]+"); j++) {
            digits += t.get(j).text().replaceAll("\\D", "").length();
        }
        return digits >= 7;
    }

    /**
     * Whether "push" at {@code k - 1} moves a body or a thing: a particle of place ("pushed up against",
     * "pushed aside"), "back by" its agent, or a way made ("pushed her way through", "pushing a child out of the
     * way"); "pushed back on the plan" and "pushed for a vote" take a stance.
     */
    boolean shoved(int k, int to) {
        if (k >= to) {
            return false;
        }
        String w = t.get(k).text().toLowerCase();
        if (SHOVED.contains(w) || w.equals("back") && k + 1 < to && t.get(k + 1).text().equals("by")) {
            return true;
        }
        for (int j = k; j < to && j < k + 6 && !t.get(j).is("VERB") && !t.get(j).is("AUX"); j++) {
            if (t.get(j).text().equalsIgnoreCase("way")) {
                return true;
            }
        }
        if (PUSHED_ON.contains(w) && (k + 1 >= to || isPunct(t.get(k + 1)))) {
            return true; // "Vell pushed ahead.", "pushed forward, ..."
        }
        // "pushed the vote to May", "pushed Roe into a corner", "push rivals out": a thing or a person moved (not
        // "pushed Roe to act", a stance)
        int[] np = nounPhraseRight(k, to);
        if (np != null && np[0] == k && np[1] < to) {
            String next = t.get(np[1]).text().toLowerCase();
            // (the tagger makes some infinitives nouns: "pushing doctors to query/NOUN veterans"; a place, a
            // time or an amount moved to opens with a determiner, a number, a name, an adjective or an adverb)
            boolean infinitive = next.equals("to") && np[1] + 1 < to && (t.get(np[1] + 1).is("VERB")
                    || t.get(np[1] + 1).is("NOUN") || t.get(np[1] + 1).is("AUX"));
            return MOVED_TO.contains(next) && !infinitive;
        }
        return false;
    }

    /** Whether "life" or "lives" heads the noun phrase at {@code k}: "two lives", "the life of a ferryman". */
    boolean livesTaken(int k, int to) {
        int j = k;
        while (j < to && j < k + 4 && (t.get(j).is("DET") || t.get(j).is("NUM") || t.get(j).is("ADJ")
                || POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase()))) {
            j++;
        }
        return j < to && (t.get(j).text().equalsIgnoreCase("lives") || t.get(j).text().equalsIgnoreCase("life"));
    }

    /** A sum or money: "$4 million", "more than 300,000 dollars", "huge amounts of money", "funds". */
    boolean raisedSum(int k, int to) {
        for (int j = k; j < to && j < k + 5; j++) {
            String w = t.get(j).text().toLowerCase();
            if (w.equals("$") || w.startsWith("$") || MONEY.contains(w)) {
                return true;
            }
            if (t.get(j).is("VERB") || t.get(j).is("PUNCT") || t.get(j).is("PRON") && !w.equals("their")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A yes-no question to "you" opening its paragraph, its object a noun phrase: "Do you back the toll plan?".
     * An interview's questions follow a label ("Q: Do you ...") or go on from an earlier sentence.
     */
    boolean readerQuestion(int c, int from, int to) {
        return c == from + 2 && t.get(from).is("AUX") && t.get(from + 1).text().equalsIgnoreCase("you")
                && (from == 0 || t.get(from - 1).paragraph() != t.get(from).paragraph())
                && t.get(to - 1).text().equals("?") && !hasVerb(c + 1, to);
    }

    /** Votes or ballots ("their ballots", "42 delegate votes") with no "for" naming whom they went to. */
    boolean ballotsOnly(int k, int to) {
        int j = k;
        while (j < to && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM") || t.get(j).is("NOUN")
                || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase()))
                && !BALLOTS.contains(t.get(j).text().toLowerCase())) {
            j++;
        }
        return j < to && j <= k + 4 && BALLOTS.contains(t.get(j).text().toLowerCase()) && !beforePause(j + 1, to, "for");
    }

    /** Whether {@code word} comes between token {@code k} and the next punctuation, before {@code to}. */
    private boolean beforePause(int k, int to, String word) {
        for (int e = k; e < to && !isPunct(t.get(e)); e++) {
            if (t.get(e).text().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** What is seen is a noun phrase, not a question ("to see if ...") or a view ("to see him as ..."). */
    boolean sightOnly(int k, int to) {
        String w = t.get(k).text().toLowerCase();
        if (OPEN_QUESTIONS.contains(w) || w.equals("that") || !(t.get(k).is("DET") || t.get(k).is("PRON")
                || t.get(k).is("PROPN") || t.get(k).is("NOUN") || t.get(k).is("ADJ") || t.get(k).is("NUM"))) {
            return false;
        }
        return !beforePause(k + 1, to, "as");
    }

    /**
     * Whether what is raised can be a matter put forward: a stance noun ("raised new doubts", "raised questions
     * about ...") or anything but a plain noun phrase; "raised eyebrows", "raised two sons" or "raised the
     * bar" put nothing forward.
     */
    boolean raisedMatter(int k, int to) {
        int j = k;
        while (j < to && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM") || t.get(j).is("ADV")
                || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase()))) {
            j++;
        }
        if (j >= to || !t.get(j).is("NOUN")) {
            return true;
        }
        while (j + 1 < to && t.get(j + 1).is("NOUN")) {
            j++;
        }
        String head = t.get(j).text().toLowerCase();
        return cues.isNoun(head) || cues.isPhraseNoun(head) || j + 1 < to && t.get(j + 1).text().equals("about");
    }

    /** An adjective ("costly", "far too costly"), "to be" or a noun phrase after a verb that can link its subject. */
    boolean linkingComplement(int k, int to) {
        int j = k;
        while (j < to && t.get(j).is("ADV")) {
            j++;
        }
        // ("proved costly/ADV for the town": an "-ly" adjective the tagger took for an adverb)
        boolean adverbOnly = j > k && (j == to || isPunct(t.get(j)) || t.get(j).is("ADP") || t.get(j).is("CCONJ"));
        return adverbOnly || j < to && (t.get(j).is("ADJ") || j + 1 < to && t.get(j).text().equals("to")
                && t.get(j + 1).text().equals("be")) || nounObject(k, to);
    }

    /** A noun phrase object at {@code k} (a noun, or a determiner or adjective before one), not a clause. */
    boolean nounObject(int k, int to) {
        int j = k;
        // ("maintained his lead", "maintained a surprisingly large lead")
        while (j < to && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM")
                || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase())
                || t.get(j).is("ADV") && j + 1 < to && t.get(j + 1).is("ADJ")
                || modifierInNounPhrase(j, k, to))
                && !t.get(j).text().equalsIgnoreCase("that")) {
            j++;
        }
        if (j >= to || !t.get(j).is("NOUN")) {
            return false;
        }
        if (j == k && j + 1 < to && t.get(j).text().endsWith("ly") && isPunct(t.get(j + 1))) {
            return false; // "added warily/NOUN: ...": an adverb the tagger took for a noun
        }
        for (int e = j + 1; e < to && !isPunct(t.get(e)); e++) {
            if (t.get(e).text().equals("that") || t.get(e).is("AUX")) {
                return false; // "added the caveat that ...", "added the plan is dead"
            }
            if (e > j + 1 && OBJECT_RELATIVES.contains(t.get(e).text().toLowerCase())) {
                break; // "maintain the zeal of voters who were new": the verb after is the relative clause's
            }
        }
        return true;
    }

    /**
     * Whether token {@code j} of a noun phrase opened at {@code k} modifies the noun after it: a hyphen inside a
     * compound ("his double-digit lead"), a participle after a determiner ("a floating array", "a paid speaking
     * schedule") or a demonstrative opening the phrase ("this faith").
     */
    private boolean modifierInNounPhrase(int j, int k, int to) {
        Token tok = t.get(j);
        String w = tok.text().toLowerCase();
        if (innerHyphen(j, to) || j + 1 < to && innerHyphen(j + 1, to)) {
            return true;
        }
        if (j > k && innerHyphen(j - 1, to) && j + 1 < to && (t.get(j + 1).is("NOUN") || t.get(j + 1).is("ADJ"))) {
            return true; // the last word of a compound before its noun: "a hard-to-beat lead"
        }
        if (j == k && tok.is("PRON") && (w.equals("this") || w.equals("these") || w.equals("those"))) {
            return j + 1 < to && t.get(j + 1).is("NOUN");
        }
        return j > k && tok.is("VERB") && (w.endsWith("ed") || w.endsWith("ing")) && j + 1 < to
                && (t.get(j + 1).is("NOUN") || t.get(j + 1).is("VERB") && t.get(j + 1).text().endsWith("ing"))
                && (t.get(j - 1).is("DET") || t.get(j - 1).is("ADJ"));
    }

    /**
     * A finite verb the tagger took for a noun: a bare lowercase "-s" word right after its subject (a person's
     * name, a capitalized word the tagger made a verb, or a pronoun), as in "Roe/VERB avoids/NOUN naming ...";
     * not "Republican voters saying ...".
     */
    boolean verbShaped(int k, int from) {
        Token tok = t.get(k);
        String w = tok.text();
        if (!tok.is("NOUN") || k <= from || !w.endsWith("s") || w.endsWith("ss")
                || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        Token before = t.get(k - 1);
        if (before.possessive() || POSSESSIVE_PRONOUNS.contains(before.text().toLowerCase())) {
            return false;
        }
        Name name = coveringName(before.start());
        return before.is("PRON") || name != null && name.type().equals("person")
                || before.is("VERB") && capitalized(before.text());
    }

    /** Whether tokens {@code a} to {@code b} are only auxiliaries, adverbs and particles ("has sometimes"). */
    boolean onlyAuxiliaries(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!(t.get(k).is("AUX") || t.get(k).is("ADV") || t.get(k).is("PART"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether cue {@code c} after "as" has no object of its own and closes the sentence: only an addressee, a
     * stranded particle, adverbs, a time ("a few days later") or a prepositional phrase follow it, with no verb or
     * quotation ("..., as she called for calm" reports "calm"; "X, as Roe notes, is Y" goes on).
     */
    boolean nothingAfterAs(int c, Cues.Cue cue, int to) {
        int k = Cues.OBJECT_FIRST.contains(cue.lemma()) ? contents.pastAddressee(c + 1, to) : c + 1;
        if (k < to && contents.particle(cue, t.get(k))) {
            if (k + 1 < to && !isPunct(t.get(k + 1))) {
                return false;
            }
            k++;
        }
        for (int j = k; j < to; j++) {
            if (t.get(j).is("VERB") || t.get(j).is("AUX") || isQuoteMark(t.get(j).text())) {
                return false;
            }
        }
        k = contents.pastTime(k, to);
        while (k < to && t.get(k).is("ADV")) {
            k++;
        }
        if (k >= to || isPunct(t.get(k)) || t.get(k).is("ADP")) {
            return true;
        }
        int end = k;
        while (end < to && !isPunct(t.get(end))) {
            end++;
        }
        String last = t.get(end - 1).text().toLowerCase();
        return last.equals("later") || last.equals("ago") || last.equals("earlier");
    }
}
