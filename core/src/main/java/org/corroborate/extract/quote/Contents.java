package org.corroborate.extract.quote;

import java.util.Arrays;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.text.CalendarWords;

/**
 * Where a cue's content starts and ends: past the addressee, time phrases and asides after the cue ({@link #after}
 * says whether a clause, only adjuncts or neither follows), to the sentence's end or the next report, trimmed of
 * closing conjunctions and punctuation; and {@link #make}, which turns offsets into a {@link Found}.
 */
final class Contents extends Grammar {
    /** What follows a cue: its content clause, only adjuncts, or neither. */
    enum After { CLAUSE, TAIL, OTHER }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "outside", "inside", "near", "during",
            "from", "after");
    private static final Set<String> STANCE_PREPOSITIONS = Set.of("of", "for", "to", "on", "about", "against", "over",
            "with", "behind");
    private static final Set<String> CORRELATIVES = Set.of("both", "either", "neither");
    private static final Set<String> TRIM_WORDS = Set.of("which", "and", "but", "that", "while", "as", "who", "so");

    private final CueWords cueWords;

    Contents(Grammar grammar, CueWords cueWords) {
        super(grammar);
        this.cueWords = cueWords;
    }

    /** Whether an adjunct opening at {@code a} closes with a comma that a subject and its finite verb follow. */
    private boolean clauseAfterAside(int a, int to) {
        for (int k = a + 1; k + 2 < to && k < a + 12; k++) {
            if (t.get(k).text().equals(",")) {
                String w = t.get(k + 1).text().toLowerCase();
                String bare = withoutContraction(w);
                if (bare.length() < w.length() && (PERSON_PRONOUNS.contains(bare) || UNRESOLVED_PRONOUNS.contains(bare))) {
                    return true; // "says, win or lose, he’s/PRON staying": the pronoun carries its verb
                }
                int[] np = nounPhraseRight(k + 1, to);
                return np != null && np[1] < to && (t.get(np[1]).is("AUX") || t.get(np[1]).is("VERB"));
            }
        }
        return false;
    }

    /**
     * Whether "when", "while", "after" ... at {@code k} after cue {@code c} opens a time clause ("said when
     * asked", "said while Roe listened") rather than the question reported ("did not say when trains will
     * run"): a participle follows it, or the cue is a plain past "said" with no negation before it.
     */
    private boolean adjunctClause(int c, int k, int to) {
        if (k + 1 < to && t.get(k + 1).is("VERB") && (t.get(k + 1).text().endsWith("ed") || t.get(k + 1).text().endsWith("ing"))) {
            return true;
        }
        boolean negated = c > 0 && (t.get(c - 1).text().equalsIgnoreCase("not") || t.get(c - 1).text().endsWith("n't")
                || t.get(c - 1).text().endsWith("n’t"));
        return t.get(c).text().equalsIgnoreCase("said") && !negated;
    }

    /**
     * Past the words that say when something was said, from token {@code k}: time words, "on Tuesday", "late
     * Friday", "Dec. 6", "March 3, 2016".
     */
    int pastTime(int k, int to) {
        while (k < to) {
            String w = t.get(k).text();
            if (isTimeWord(w)) {
                k++;
            } else if ((w.equals("on") || w.equals("late") || w.equals("early")) && k + 1 < to
                    && isTimeWord(t.get(k + 1).text())) {
                k += 2;
            } else if (k + 1 < to && CalendarWords.isMonthOrDottedAbbreviation(w) && t.get(k + 1).is("NUM")) {
                k += 2;
                if (k + 1 < to && t.get(k).text().equals(",") && t.get(k + 1).is("NUM")) {
                    k += 2;
                }
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * The first token after the addressee of a cue like "tell" that starts at {@code from} (or {@code from}): one
     * noun phrase with its modifiers and phrases of place ("told a crowded hall at a hotel in Salem"); a pronoun
     * or a determiner after its head opens what follows ("told the Ostland Post he had ...", "told reporters the
     * plan ...").
     */
    int pastAddressee(int from, int to) {
        int k = from;
        boolean head = false;
        boolean afterPreposition = false;
        while (k < to && k < from + 16) {
            Token tok = t.get(k);
            String w = tok.text().toLowerCase();
            if (w.equals("that") && head) {
                break;
            }
            boolean opensPhrase = k + 1 < to && (inNounPhrase(k + 1) || t.get(k + 1).is("NUM"));
            // ("told her.", "told her the pier would close": "her" before no noun of its own is the addressee)
            boolean objectHer = w.equals("her") && (k + 1 >= to || isPunct(t.get(k + 1)) || t.get(k + 1).is("DET"));
            if (tok.is("PRON") && !tok.possessive() && (!POSSESSIVE_PRONOUNS.contains(w) || objectHer)) {
                if (head && !afterPreposition || SUBJECT_PRONOUNS.contains(w)) {
                    break;
                }
                head = true;
                afterPreposition = false;
            } else if (tok.is("DET") || POSSESSIVE_PRONOUNS.contains(w)) {
                if (head && !afterPreposition) {
                    break;
                }
            } else if (tok.is("NOUN") || tok.is("PROPN") || tok.is("NUM")) {
                head = true;
                afterPreposition = false;
            } else if (tok.is("ADP") && head && PLACE_PREPOSITIONS.contains(w) && opensPhrase) {
                afterPreposition = true;
            } else if (tok.is("VERB") && w.endsWith("ing") && head) {
                afterPreposition = true; // "told a guild gathering in Salem", "told reporters visiting the port"
            } else if (!tok.is("ADJ") && !(tok.is("VERB") && (w.endsWith("ed") || w.endsWith("ing")) && opensPhrase
                    && !head)) {
                break;
            }
            k++;
        }
        return head ? k : from;
    }

    /**
     * End (char) of a noun's prepositional or infinitive complement: the noun phrase or infinitive stops at a
     * comma or dash, or at the verb of the clause the noun is the subject of ("his call for X has drawn ...").
     */
    int nounComplementEnd(int a, int to) {
        int k = a + 1;
        while (k < to) {
            Token tok = t.get(k);
            String w = tok.text();
            boolean finite = tok.is("AUX") || tok.is("VERB") && !w.endsWith("ing") && !t.get(k - 1).text().equals("to")
                    && !t.get(k - 1).is("CCONJ") && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN"));
            if (w.equals(",") || w.equals(";") || dash(k) || w.equals(")") || finite) {
                break;
            }
            k++;
        }
        int start = t.get(a).start();
        return k >= to ? contentEnd(a, to) : trimEnd(start, t.get(k).start());
    }

    /**
     * The first content token of the complement opening at {@code k}, or -1: a "that" clause (not a relative
     * clause: "that" followed by a verb), an infinitive ("to" kept: "vowed to repeal" has content "to repeal"),
     * or a noun phrase after a preposition of content ("criticism of", "support for", "opposition to").
     */
    int complementStart(int k, int to) {
        return complementStart(k, to, STANCE_PREPOSITIONS);
    }

    /** As {@link #complementStart(int, int)}, a noun phrase following one of {@code prepositions}. */
    int complementStart(int k, int to, Set<String> prepositions) {
        if (k + 1 >= to) {
            return -1;
        }
        String w = t.get(k).text().toLowerCase();
        Token next = t.get(k + 1);
        if (w.equals("that")) {
            return next.is("VERB") || next.is("AUX") || isPunct(next) ? -1 : k + 1;
        }
        if (w.equals("to") && (next.is("VERB") || next.is("AUX"))) {
            return k;
        }
        boolean nounPhrase = next.is("DET") || next.is("NOUN") || next.is("PROPN") || next.is("ADJ")
                || next.is("NUM") || next.is("PRON") && !next.text().equalsIgnoreCase("it") || next.is("VERB")
                && next.text().endsWith("ing");
        return prepositions.contains(w) && nounPhrase && !isTimeWord(next.text()) ? k + 1 : -1;
    }

    /** The quotation right after "CUE:" when the colon ends the cue's sentence, or null. */
    int[] quoteAfterColon(int c, int to) {
        int k = c + 1;
        while (k < to && (isTimeWord(t.get(k).text()) || t.get(k).is("ADV"))) {
            k++;
        }
        if (k != to - 1 || !t.get(k).text().equals(":")) {
            return null;
        }
        int after = t.get(k).end();
        for (int[] q : quotes) {
            if (q[0] >= after && body.substring(after, q[0]).isBlank()
                    && text.paragraphAt(q[0]) - text.paragraphAt(after - 1) <= 1) {
                return q;
            }
            if (q[0] > after) {
                break;
            }
        }
        return null;
    }

    /**
     * "according to some on Twitter,", "according to complete but unofficial returns.": the words after
     * "according to" up to the next punctuation (at most 12, holding a noun or pronoun) when the tags give no
     * noun phrase; or null.
     */
    int[] phraseToPunctuation(int a, int to) {
        int e = a;
        boolean nominal = false;
        while (e < to && e < a + 12 && !isPunct(t.get(e))) {
            nominal |= t.get(e).is("NOUN") || t.get(e).is("PROPN") || t.get(e).is("PRON");
            e++;
        }
        return nominal && e > a && (e == to || isPunct(t.get(e))) ? new int[] {a, e} : null;
    }

    /**
     * What follows cue {@code c} in its sentence: a content clause (a verb, "that", a colon, a quotation),
     * a tail of adjuncts only ("said on Thursday.", "said through an interpreter."), or something else.
     */
    After after(int c, int from) {
        int to = text.firstToken(t.get(c).sentence() + 1);
        int k = from;
        if (t.get(c).text().equalsIgnoreCase("according")) {
            return After.OTHER;
        }
        Cues.Cue cue = cueWords.cueAt(c);
        if (cue != null && k < to && particle(cue, t.get(k)) && !timeAfterOn(k, to)) {
            return k + 1 < to ? After.CLAUSE : After.TAIL; // "called for a recount"
        }
        if (cue != null && Cues.OBJECT_FIRST.contains(cue.lemma())) {
            // "told Reuters in an interview": the addressee comes before what follows
            k = pastAddressee(k, to);
            if (k > from && k + 1 < to && particle(cue, t.get(k))) {
                return After.CLAUSE; // "asked Roe about the plan", "warned voters of X": what follows the addressee
            }
        }
        if (from == c + 1 && cueWords.thatAfterAsides(c, to) > 0) {
            return After.CLAUSE; // "said on CNN, where he now works, that ..."
        }
        k = pastTime(k, to);
        // ("said both X and Y have ...": a correlative opens a coordinated subject)
        if (k < to && k == from && t.get(k).is("CCONJ") && !CORRELATIVES.contains(t.get(k).text().toLowerCase())) {
            return After.TAIL; // "she said and hung up": a second verb of the subject, no content
        }
        if (k + 1 < to && t.get(k).text().equals(",") && isQuoteMark(t.get(k + 1).text()) || cueWords.quoteAfterPhrase(c, to) > 0) {
            return After.CLAUSE; // "she said, “...”", "Roe told reporters in Salem last week, “...”"
        }
        if (k < to && contractedPronoun(t.get(k))) {
            return After.CLAUSE; // "says it's proof ...": the tagger made "it's" punctuation
        }
        if (k >= to || t.get(k).text().equals(",") || isPunct(t.get(k)) && !isQuoteMark(t.get(k).text())
                && !t.get(k).text().equals(":")) {
            if (k + 1 < to && t.get(k).text().equals(",") && k == from
                    && (t.get(k + 1).text().equals("that") || !t.get(k + 1).text().endsWith("ing")
                    && clauseAfterAside(k + 1, to))) {
                // "saying, if elected, she would ...", "says, win or lose, he is staying", "added, that ...":
                // the content opens after the comma
                return After.CLAUSE;
            }
            return After.TAIL;
        }
        Token next = t.get(k);
        if (cueWords.thatAfterAdjunct(k, to) > 0 || cueWords.clauseAfterAdjunct(cue, k, to) > 0) {
            return After.CLAUSE; // "said in an interview taped last week that ...", "said during the debate that"
        }
        if (asManyAs(k, to) && hasVerb(k + 3, to)) {
            return After.CLAUSE; // "said as many as 20 people had been inside": a quantity opens the clause's subject
        }
        if (next.is("SCONJ") && !next.text().equals("that") && !next.text().equals("if")
                && !next.text().equals("whether")) {
            return After.TAIL; // "said Thursday as he pressed ...": a subordinate clause is not the content
        }
        if (ADJUNCT_OPENERS.contains(next.text().toLowerCase()) && cue != null && !Cues.WH_COMPLEMENT.contains(cue.lemma())
                && adjunctClause(c, k, to)) {
            return After.TAIL; // "said when Roe asked him", tagged an adverb; "asked when ..." asks it
        }
        if ((next.text().equalsIgnoreCase("here") || next.text().equalsIgnoreCase("there"))) {
            int j = pastTime(k + 1, to);
            if (j >= to || isPunct(t.get(j)) && !isQuoteMark(t.get(j).text()) && !t.get(j).text().equals(":")) {
                return After.TAIL; // "..., a navy spokesman said here Friday.": a place, no content
            }
        }
        if (next.is("ADV") && next.text().endsWith("ly") && (k + 1 >= to || isPunct(t.get(k + 1))
                || t.get(k + 1).is("ADP") && after(c, k + 1) == After.TAIL)) {
            // "“...,” Roe said sarcastically.", "“...?” Roe asked softly during the meeting.": an adverb and
            // adjuncts are no content
            return After.TAIL;
        }
        if (next.text().equals("to") && k + 2 < to && (t.get(k + 1).is("NOUN") || t.get(k + 1).is("VERB"))
                && isPunct(t.get(k + 2)) && !t.get(k + 1).text().endsWith("s")) {
            return After.CLAUSE; // "declined to comment.": the tagger makes the infinitive a noun
        }
        if (next.text().equals("to") && k + 1 < to && t.get(k + 1).is("NOUN") && cueWords.baseCue(t.get(k + 1))) {
            return After.CLAUSE; // "declined to/ADP comment/NOUN on the report": a cue's base form is a verb there
        }
        if (next.text().equals("to") && k + 2 < to && t.get(k + 1).is("ADV") && t.get(k + 1).text().endsWith("ly")
                && t.get(k + 2).is("VERB")) {
            return After.CLAUSE; // "promises to/ADP immediately declare ...": a split infinitive
        }
        if (next.text().equals("to") && next.is("ADP") && k + 1 < to && t.get(k + 1).is("VERB")
                && !t.get(k + 1).text().endsWith("ing") && !t.get(k + 1).text().endsWith("ed")) {
            return After.CLAUSE; // "promising to/ADP lift ...": an infinitive the tagger made a preposition
        }
        if (next.text().equals("to") && k + 2 < to && isQuoteMark(t.get(k + 1).text()) && t.get(k + 2).is("VERB")) {
            return After.CLAUSE; // "pledged to “bring our revolution” to ...": a quoted infinitive
        }
        // (the tagger's "Roe's/ADP", "at least six" and "down-ballot" open no prepositional phrase)
        boolean prepositional = next.is("ADP") && !next.possessive() && !(next.text().equalsIgnoreCase("at") && k + 1 < to
                && (t.get(k + 1).text().equals("least") || t.get(k + 1).text().equals("most")))
                && !(k + 1 < to && innerHyphen(k + 1, to));
        for (int j = k; j < to; j++) {
            Token tok = t.get(j);
            String w = tok.text();
            if (prepositional && w.equals("that") && cueWords.participleBefore(j)) {
                return After.OTHER; // "said at a news conference announcing/NOUN that ...": the participle's clause
            }
            if (w.equals("that") || w.equals(":") || w.equals("whether")
                    || (w.equals("if") || isQuoteMark(w)) && !prepositional) {
                return After.CLAUSE;
            }
            if (w.equals(",") && j + 1 < to && cueWords.cueAt(j + 1) != null && t.get(j + 1).text().endsWith("ing")
                    && (prepositional || cue == null || j == k)) {
                // "X said in a statement, adding ...": the participle has its own content; an object before the
                // comma is the cue's content ("endorsed Roe last week, citing ...", "denied the claims, pointing")
                return After.TAIL;
            }
            if (tok.is("VERB") || tok.is("AUX")) {
                return prepositional ? After.OTHER : After.CLAUSE;
            }
            if (prepositional && (w.equals(",") || w.equals(";"))) {
                break;
            }
        }
        return prepositional || !hasWord(k, to) ? After.TAIL : After.CLAUSE;
    }

    /** "as many as 20 people", "as few as three": a quantity opening a noun phrase, no subordinate "as". */
    boolean asManyAs(int k, int to) {
        return k + 3 < to && t.get(k).text().equalsIgnoreCase("as") && t.get(k + 2).text().equals("as")
                && Set.of("many", "much", "few", "little").contains(t.get(k + 1).text().toLowerCase());
    }

    /**
     * The comma, outside quotations, after which a clause goes on with its finite verb, or -1. Without
     * {@code withSubject} the verb follows at once ("Roe, who said the plan failed, | left the talks": the main
     * clause resumes); with it a subject comes first and no relative pronoun ("While Roe agreed with X, | the vote
     * ...": the main clause opens).
     */
    int commaBeforeClause(int a, int to, boolean withSubject) {
        for (int k = a + 1; k + 1 < to; k++) {
            if (!t.get(k).text().equals(",") || insideQuote(t.get(k).start())
                    || withSubject && RELATIVE.contains(t.get(k + 1).text().toLowerCase())) {
                continue;
            }
            int v = k + 1;
            while (v < to && (withSubject ? v < k + 7 && (inNounPhrase(v) || t.get(v).is("PRON")) : t.get(v).is("ADV"))) {
                v++;
            }
            if (v < to && (!withSubject || v > k + 1) && finiteAt(v)) {
                return k;
            }
        }
        return -1;
    }

    private boolean hasWord(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isPunct(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the content that cue {@code c} introduces, or -1. */
    int contentStartAfter(int c, int to, Cues.Cue cue) {
        int a = c + 1;
        int adjunctThat = cueWords.thatAfterAdjunct(a, to);
        if (adjunctThat > 0) {
            return adjunctThat; // "said for years that ...", "said in a statement that ..."
        }
        int adjunctClause = cueWords.clauseAfterAdjunct(cue, a, to);
        if (adjunctClause > 0) {
            return adjunctClause; // "said in a statement Thursday night they pulled ..."
        }
        int asides = cueWords.thatAfterAsides(c, to);
        if (asides > 0) {
            return asides; // "said on CNN, where he now works, that ..."
        }
        if (a + 1 < to && particle(cue, t.get(a)) && !timeAfterOn(a, to)) {
            while (a + 2 < to && particle(cue, t.get(a + 1)) && !timeAfterOn(a + 1, to)) {
                a++; // "lashed out at X", "spoke out against X"
            }
            int start = a + 1;
            while (start + 1 < to && (t.get(start).text().equals(",") || t.get(start).text().equals(":"))) {
                start++; // "as Roe put it, “...”"
            }
            return start;
        }
        int quote = cueWords.quoteAfterPhrase(c, to);
        if (quote > 0) {
            return quote;
        }
        // "said in a statement that", "told reporters on Monday that": content starts after "that"
        for (int k = a; k < Math.min(to, a + 10); k++) {
            Token tok = t.get(k);
            // ("said that was not her view": a demonstrative before its verb is the content's subject)
            boolean demonstrative = k + 1 < to && Character.isLowerCase(t.get(k + 1).text().charAt(0))
                    && (t.get(k + 1).is("AUX") || t.get(k + 1).is("VERB") && !t.get(k + 1).text().endsWith("ing"));
            if (tok.text().equals("that") && (tok.is("SCONJ") || k == a) && !demonstrative) {
                return k + 1 < to ? k + 1 : -1;
            }
            if (tok.is("VERB") || tok.is("AUX") || isQuoteMark(tok.text()) || tok.text().equals(",")) {
                break;
            }
        }
        if (Cues.OBJECT_FIRST.contains(cue.lemma())) {
            a = afterAddressee(a, to);
        }
        a = pastTime(a, to);
        while (a < to && (t.get(a).text().equals(",") || t.get(a).text().equals(":"))) {
            a++;
        }
        if (a + 1 < to && a > c + 1 && t.get(a - 1).text().equals(",") && t.get(a).text().equals("that")) {
            a++; // "He added, that ..."
        }
        return a < to ? a : -1;
    }

    /**
     * Where the content of a cue like "tell" starts when its addressee starts at token {@code a}: after the
     * addressee and a "that" closing it, unless the noun phrase is itself what was told ("told a tale of two
     * ports", "told a joke."): {@code a}.
     */
    private int afterAddressee(int a, int to) {
        int k = pastAddressee(a, to);
        if (k > a && k < to && t.get(k).text().equals("that")) {
            return k + 1 < to ? k + 1 : k;
        }
        boolean told = k >= to || t.get(k).text().equals("of") || t.get(k).text().equals(".")
                || inNounPhrase(k) && !hasFiniteVerb(k, Math.min(to, k + 10));
        return told ? a : k;
    }

    /**
     * "favor a larger role for government, and they certainly don't mind ...": the comma before a coordinated
     * clause with a subject and a finite verb of its own, which the content (starting at token {@code a}, ending
     * at char {@code end}) does not take in; or the conjunction (with its comma) before a verb phrase of the
     * reporter's own after a noun phrase ("denounced the plan and rejected the fares", "praised the mayor, but
     * also warned ..."). -1 when there is none outside quotations.
     */
    int coordinatedClause(int a, int end, int to) {
        for (int k = a + 1; k + 2 < to && t.get(k).start() < end; k++) {
            if (!t.get(k).is("CCONJ") && !t.get(k).text().equals(",") || insideQuote(t.get(k).start())) {
                continue;
            }
            int v = k + 1;
            if (t.get(k).text().equals(",") && t.get(k + 1).is("CCONJ")) {
                int[] np = nounPhraseRight(k + 2, to);
                v = np == null ? -1 : np[1];
            } else if (!t.get(k).is("CCONJ") || !objectEndsAt(k - 1) || contracted(a, k)) {
                continue;
            }
            while (v > 0 && v < to && t.get(v).is("ADV")) {
                v++;
            }
            if (v > 0 && v < to && finiteAt(v)) {
                return t.get(k).is("CCONJ") && t.get(k - 1).text().equals(",") ? k - 1 : k;
            }
        }
        return -1;
    }

    /** A noun phrase object can end at token {@code k}: a noun, a name, a number, an object pronoun, a closing mark. */
    private boolean objectEndsAt(int k) {
        Token tok = t.get(k);
        String w = tok.text();
        return tok.is("NOUN") || tok.is("PROPN") || tok.is("NUM") || w.equals(")") || w.equals(",") || isQuoteMark(w)
                || tok.is("PRON") && !SUBJECT_PRONOUNS.contains(w.toLowerCase());
    }

    /** Whether a pronoun with a contracted verb ("he’s", one token) lies in tokens {@code [a, b)}: a clause, no object. */
    boolean contracted(int a, int b) {
        for (int j = a; j < b; j++) {
            String w = t.get(j).text().toLowerCase();
            if (contractedPronoun(t.get(j)) || t.get(j).is("PRON") && withoutContraction(w).length() < w.length()) {
                return true;
            }
        }
        return false;
    }

    /** End (char) of a content starting at token {@code a}: the sentence end, or the end of a quotation opened in it. */
    int contentEnd(int a, int sentenceEnd) {
        int to = pastTitlePeriods(a, sentenceEnd);
        int start = t.get(a).start();
        int end = t.get(to - 1).end();
        for (int[] q : quotes) {
            if (q[0] >= start && q[0] < end && q[1] > end) {
                end = q[1];
            }
        }
        if (end == t.get(to - 1).end()) {
            return trimEnd(start, end);
        }
        return end;
    }

    /** {@code end} moved back over spaces, final punctuation and dangling connectives. */
    int trimEnd(int start, int end) {
        int e = end;
        boolean changed = true;
        while (changed && e > start) {
            changed = false;
            while (e > start && (Character.isWhitespace(body.charAt(e - 1)) || ".,;:—–-".indexOf(body.charAt(e - 1)) >= 0)) {
                e--;
                changed = true;
            }
            int w = e;
            while (w > start && Character.isLetter(body.charAt(w - 1))) {
                w--;
            }
            if (w < e && (w == start || Character.isWhitespace(body.charAt(w - 1)))
                    && TRIM_WORDS.contains(body.substring(w, e).toLowerCase())) {
                e = w;
                changed = true;
            }
        }
        return e;
    }

    /** A found attribution, anchored (for text order and salience) at its source, else its content. */
    Found make(int cs, int ce, int ss, int se, int c, String kind, boolean belief, Found carried) {
        // ("said that, if the vote fails, ...": the content opens after the aside's comma)
        while (cs < ce && (Character.isWhitespace(body.charAt(cs)) || ",;—–-".indexOf(body.charAt(cs)) >= 0)) {
            cs++;
        }
        if (ss >= 0 && se - ss > 1 && isTimeWord(t.get(ss).text().toLowerCase()) && !t.get(ss).possessive()
                && t.get(ss + 1).is("DET")) {
            ss++; // "Today the guild announced ...": the day opens the sentence, not the source
        }
        int anchor = ss >= 0 ? Math.min(cs, t.get(ss).start()) : cs;
        // "did not respond to requests for comment", "has not commented on the letter": what was not answered is
        // kept as an attribution but is nobody's quote
        return new Found(cs, ce, ss, se, c, kind, belief || c >= 0 && kind == null && unansweredTopic(c), carried,
                anchor);
    }

    /**
     * A negated cue whose particle or open question starts its content: "did not respond to X", "never
     * commented on X", "has not said when the line reopens".
     */
    private boolean unansweredTopic(int c) {
        Cues.Cue cue = cueWords.cueAt(c);
        return cue != null && c + 1 < t.size() && (particle(cue, t.get(c + 1))
                || OPEN_QUESTIONS.contains(t.get(c + 1).text().toLowerCase())) && negated(c);
    }

    /** Whether the verb at {@code c} is negated: "not", "n't" or "never" right before it, past auxiliaries. */
    private boolean negated(int c) {
        int sentence = t.get(c).sentence();
        for (int k = c - 1; k >= 0 && c - k <= 3 && t.get(k).sentence() == sentence; k--) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t")) {
                return true;
            }
            if (!(t.get(k).is("AUX") || t.get(k).is("ADV") || t.get(k).is("PART"))) {
                return false;
            }
        }
        return false;
    }

    /** "on" at {@code k} before a time word says when, not about what: "agreed on Friday to ...". */
    private boolean timeAfterOn(int k, int to) {
        return t.get(k).text().equalsIgnoreCase("on") && k + 1 < to && isTimeWord(t.get(k + 1).text());
    }

    boolean particle(Cues.Cue cue, Token next) {
        String w = next.text().toLowerCase();
        Set<String> particles = Cues.PARTICLES.get(cue.lemma());
        // (a phrasal cue's lemma holds its particles: "lash out at")
        return particles != null && particles.contains(w) || Cues.CONTENT_PREPOSITIONS.contains(w)
                || cue.lemma().indexOf(' ') > 0 && Arrays.asList(cue.lemma().split(" ")).contains(w);
    }
}
