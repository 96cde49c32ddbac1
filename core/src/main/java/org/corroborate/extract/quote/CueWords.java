package org.corroborate.extract.quote;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.extract.entity.TaggedText.Token;

/**
 * Which tokens are cues: a verb, noun or adjective of cues.txt in a use that reports (not "a call for votes" as a
 * count, not "the so-called deal", not "said" of a named thing), with the quotations and "that"-clauses a cue may
 * be followed by before its content.
 */
final class CueWords extends Grammar {
    /** Lowercase words inside a name: "Correio de Salem", "Jan van Roe". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "del", "van", "von", "der", "la", "le", "al");

    private static final Set<String> MODALS = Set.of("would", "could", "will", "can", "might", "may", "should", "must");
    private static final Set<String> PASSING = Set.of("pass", "passes", "passed");
    /** Heads of the bodies whose passing a bill is their vote for it. */
    private static final Set<String> LAWMAKERS = Set.of("house", "senate", "congress", "legislature", "legislators",
            "lawmakers", "council", "assembly", "parliament", "board", "committee", "states");

    CueWords(Grammar grammar) {
        super(grammar);
    }

    /**
     * "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Roe said ...": a short quotation inside a
     * sentence whose words all start with a capital names a show, a book or a slogan; nobody is quoted.
     */
    boolean quotedTitle(int[] q) {
        if (startsSentence(q[0])) {
            return false;
        }
        int words = 0;
        for (int k = text.tokenAtOrAfter(q[0]); k < t.size() && t.get(k).start() < q[1]; k++) {
            String w = t.get(k).text();
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) && w.length() > 3) {
                    return false;
                }
                words++;
            }
        }
        return words >= 2 && words <= 5;
    }

    /**
     * "a stream called Harlow Run", "the group, called the Tesin Fund, will ...": a participle giving a noun its
     * name, set off by commas or after an indefinite noun, reports nothing ("The group called the plan a
     * disaster" does; "the plan, called a disaster by critics," is a passive with its agent).
     */
    boolean namingParticiple(int c, int from, int to) {
        if (!NAMING_PARTICIPLES.contains(t.get(c).text().toLowerCase(Locale.ROOT)) || c - 2 < from) {
            return false;
        }
        for (int k = c + 1; k < to && k <= c + 8; k++) {
            if (t.get(k).text().equals("by")) {
                return false;
            }
        }
        int first = c + 1 < to && t.get(c + 1).is("DET") ? c + 2 : c + 1;
        if (first >= to || !t.get(first).is("PROPN")) {
            return false; // a name is given; "called her a liar", "called it unfit" describe
        }
        if (t.get(c - 1).text().equals(",")) {
            int[] np = nounPhraseLeft(c - 2, from);
            int[] name = nounPhraseRight(c + 1, to);
            return np != null && !t.get(np[1] - 1).is("PRON") && name != null && name[0] == c + 1
                    && (name[1] >= to || t.get(name[1]).text().equals(","));
        }
        int k = c - 1;
        while (k > from && t.get(k).is("ADJ")) {
            k--;
        }
        return t.get(c - 1).is("NOUN") && k - 1 >= from && t.get(k).is("NOUN")
                && (t.get(k - 1).text().equalsIgnoreCase("a") || t.get(k - 1).text().equalsIgnoreCase("an"));
    }

    /**
     * "leads a program called Safe Harbor", "near a stream called Miracle Run": "called" after an object noun
     * phrase opened by "a" or "an" names the thing; nobody speaks.
     */
    boolean namingParticiple(int k) {
        int sentenceStart = text.firstToken(t.get(k).sentence());
        if (namedAfterIndefinite(k, sentenceStart)) {
            return true;
        }
        int[] np = k > sentenceStart ? nounPhraseLeft(k - 1, sentenceStart) : null;
        if (np == null || np[1] != k || np[0] <= sentenceStart) {
            return false;
        }
        String first = t.get(np[0]).text().toLowerCase();
        Token before = t.get(np[0] - 1);
        return (first.equals("a") || first.equals("an")) && (before.is("VERB") || before.is("ADP"));
    }

    /**
     * "the founder of a group called Open Harbor", "one PAC called Stop Vell", "and another called i360", "A new
     * group called Ferries Matter, led by X, is trying ...": "called" right after a noun an indefinite article
     * (or "one", "another") opens, before a name or a quotation, names the thing; opening the sentence, only when
     * the sentence's own verb comes after the name ("A reporter called Mayor Roe to ask" is a call).
     */
    private boolean namedAfterIndefinite(int k, int sentenceStart) {
        if (k + 1 >= t.size() || t.get(k + 1).sentence() != t.get(k).sentence()
                || !(t.get(k + 1).is("PROPN") || capitalized(t.get(k + 1).text()) || isQuoteMark(t.get(k + 1).text()))) {
            return false;
        }
        int d = k - 1;
        while (d > sentenceStart && (t.get(d).is("NOUN") || t.get(d).is("PROPN") || t.get(d).is("ADJ"))) {
            d--;
        }
        String det = t.get(d).text().toLowerCase(Locale.ROOT);
        boolean indefinite = d < k - 1 && (det.equals("a") || det.equals("an") || det.equals("one"))
                || det.equals("another") && d == k - 1;
        if (!indefinite || d == sentenceStart && !finiteAfter(k + 2)) {
            return false;
        }
        // (inside the sentence, the noun phrase is an object: "; one lawmaker called Roe “a fraud”" is a call)
        return d == sentenceStart ? det.equals("a") || det.equals("an")
                : t.get(d - 1).is("ADP") || t.get(d - 1).is("VERB") || det.equals("another") && t.get(d - 1).is("CCONJ");
    }

    /** Whether a finite verb outside quotations follows token {@code from} in its sentence, past a comma. */
    private boolean finiteAfter(int from) {
        boolean comma = false;
        for (int j = from; j < t.size() && t.get(j).sentence() == t.get(from - 1).sentence(); j++) {
            comma |= t.get(j).text().equals(",");
            if (comma && finiteAt(j) && !insideQuote(t.get(j).start()) && !t.get(j).text().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Roe told reporters in Salem last week, “...”" / "..., that ...": the opening mark of a quotation (or the
     * token after "that") after a comma that ends the phrases following cue {@code c} (no verb, at most 12
     * tokens), or -1.
     */
    int quoteAfterPhrase(int c, int to) {
        for (int k = c + 2; k + 1 < to && k < c + 14; k++) {
            Token tok = t.get(k);
            // ("Roe said, again using a thick accent, “...”": an aside set off by commas, its participle no cue)
            boolean aside = t.get(c + 1).text().equals(",") && tok.is("VERB") && tok.text().endsWith("ing")
                    && cueAt(k) == null;
            if ((tok.is("VERB") || tok.is("AUX")) && !aside || isQuoteMark(tok.text()) || tok.text().equals(".")) {
                return -1;
            }
            if (tok.text().equals(",") || tok.text().equals(":")) {
                if (tok.text().equals(",") && t.get(k + 1).text().equals("that") && k + 2 < to) {
                    return k + 2; // "told Jane Roe of NBC, that ..."
                }
                if (isQuoteMark(t.get(k + 1).text())) {
                    int[] q = quoteStartingAt(t.get(k + 1).start());
                    // ("wrote in her 2012 book, “A Harbor Son.”": the title of the noun before the comma; a colon
                    // introduces words, "with one line: “NOT OK.”")
                    boolean title = q != null && tok.text().equals(",") && t.get(k - 1).is("NOUN")
                            && quotedTitle(q);
                    // (no quotation opening there: the mark closes one that opened right after the cue,
                    // "denounced “self-rule,” which ...")
                    return title || q == null ? -1 : k + 1;
                }
                // "responded pointedly, with a smile: “...”": the phrases may go on past a comma
            }
        }
        return -1;
    }

    /**
     * "said in a statement Thursday night they pulled ...", "wrote in both listings he was ...", "said in a statement
     * released by the guild the report merits ...": the first token of a clause (a subject and its finite verb)
     * right after a prepositional adjunct starting at {@code a} that a verb of saying ({@code cue}) takes without
     * "that" (the adjunct's noun phrases, time words, past participles and their phrases; no comma between), or -1.
     */
    int clauseAfterAdjunct(Cues.Cue cue, int a, int to) {
        // ("said of the plan she drew up": what is talked about, with its relative clause)
        if (cue == null || !QUOTATIVE.contains(cue.lemma()) || a + 2 >= to || !t.get(a).is("ADP") || t.get(a).possessive()
                || Cues.CONTENT_PREPOSITIONS.contains(t.get(a).text().toLowerCase())
                || !(t.get(a + 1).is("DET") || t.get(a + 1).is("NOUN") || t.get(a + 1).is("PROPN")
                || POSSESSIVE_PRONOUNS.contains(t.get(a + 1).text().toLowerCase()))) {
            return -1;
        }
        boolean noun = false;
        for (int k = a + 1; k + 1 < to && k < a + 14; k++) {
            Token tok = t.get(k);
            String w = tok.text().toLowerCase();
            boolean afterNoun = noun && !t.get(k - 1).is("ADP");
            if (afterNoun && tok.is("PRON") && SUBJECT_PRONOUNS.contains(w) && finiteAt(k + 1)) {
                return k; // "in both listings he was"
            }
            if (afterNoun && tok.is("DET") && !POSSESSIVE_PRONOUNS.contains(w)) {
                int[] np = nounPhraseRight(k, to);
                return np != null && np[1] < to && finiteAt(np[1]) && !t.get(np[1]).text().endsWith("ed") ? k : -1;
            }
            boolean participle = tok.is("VERB") && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"))
                    && k + 1 < to && t.get(k + 1).is("ADP");
            if (tok.is("NOUN") || tok.is("PROPN") || tok.is("NUM") || isTimeWord(tok.text())) {
                noun = true;
            } else if (!(tok.is("DET") || tok.is("ADJ") || tok.is("ADP") || participle
                    || POSSESSIVE_PRONOUNS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "said in an interview taped last week that X", "argues at The Harbor Review that X": the first token of a
     * that-clause after a prepositional adjunct starting at {@code a} (its noun phrases, past participles and
     * their own phrases; no comma, quotation mark, auxiliary or finite verb between), or -1.
     */
    int thatAfterAdjunct(int a, int to) {
        if (a + 1 >= to || t.get(a).possessive()) {
            return -1;
        }
        // (the tagger makes "during", "after" conjunctions: a noun phrase after them makes a preposition)
        Token second = t.get(a + 1);
        boolean preposition = t.get(a).is("ADP") || t.get(a).is("SCONJ") && !t.get(a).text().equalsIgnoreCase("that")
                && (second.is("DET") || second.is("NOUN") || second.is("PROPN") || second.is("NUM")
                || POSSESSIVE_PRONOUNS.contains(second.text().toLowerCase()));
        if (!preposition) {
            return -1;
        }
        for (int k = a + 1; k + 1 < to && k < a + 16; k++) {
            Token tok = t.get(k);
            String w = tok.text();
            // "that" opens the content unless a verb follows it at once ("a debate that aired": a relative)
            if (w.equals("that") && !t.get(k + 1).is("VERB") && !t.get(k + 1).is("AUX")) {
                return participleBefore(k) ? -1 : k + 1; // "a conference announcing that"
            }
            boolean participle = tok.is("VERB") && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
            if (isPunct(tok) && !w.equals("-") || tok.is("AUX") || tok.is("VERB") && !participle || tok.is("SCONJ")
                    || tok.is("PRON") && !tok.possessive() && !POSSESSIVE_PRONOUNS.contains(w.toLowerCase())) {
                return -1;
            }
        }
        return -1;
    }

    /** Most tokens from a speech cue to the "that" or quotation after the asides set off between them. */
    static final int ASIDE_REACH = 45;

    /**
     * "said on CNN, where he now works, that X", "contended in its letter, written by its counsel, that X", "said
     * — on Twitter, as it happens — that X", "said in the spring, when the story broke, “...”": after a speech
     * cue, an adjunct (a preposition or a time) or a dash, then asides set off by commas or dashes, a "that" clause
     * or a quotation after the last comma or dash is the content. Returns its first token (the quotation's mark),
     * or -1. Nothing between may be a finite verb before the first comma, a cue, a quotation mark, a colon or a
     * stop.
     */
    int thatAfterAsides(int c, int to) {
        Cues.Cue cue = cueAt(c);
        if (cue == null || cue.belief() || c + 2 >= to) {
            return -1;
        }
        int a = c + 1;
        Token first = t.get(a);
        boolean opener = dash(a) || first.is("ADP") && !first.possessive()
                && !Cues.CONTENT_PREPOSITIONS.contains(first.text().toLowerCase()) || isTimeWord(first.text());
        if (!opener) {
            return -1;
        }
        int breaks = 0;
        for (int k = a; k + 1 < to && k < c + ASIDE_REACH; k++) {
            Token tok = t.get(k);
            String w = tok.text();
            boolean brk = w.equals(",") || dash(k);
            if (brk) {
                Token next = t.get(k + 1);
                if (breaks > 0 && next.text().equals("that") && k + 2 < to && !t.get(k + 2).is("VERB")
                        && !t.get(k + 2).is("AUX")) {
                    return k + 2;
                }
                if (breaks > 0 && isQuoteMark(next.text()) && k + 2 < to && !isPunct(t.get(k + 2))) {
                    return k + 1;
                }
                breaks++;
                continue;
            }
            // (an aside with a cue of its own, "..., adding, “...”", "..., speaking to X, “...”", has the content)
            if (isQuoteMark(w) || w.equals(":") || w.equals(";") || w.equals(".") && !titlePeriod(k) || cueAt(k) != null
                    || breaks == 0 && (tok.is("AUX") || tok.is("VERB") && !w.endsWith("ed") && !w.endsWith("en"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether an "-ing" participle comes right before token {@code k} ("a conference announcing/NOUN that"), a
     * verb or a cue's form whatever its tag; "a meeting that", "at the hearing that" end in a noun.
     */
    boolean participleBefore(int k) {
        Token prev = t.get(k - 1);
        return prev.text().endsWith("ing") && (prev.is("VERB") || cues.of(prev.text().toLowerCase()) != null);
    }

    /** A verb after "to" or a modal, or an "-ing" verb: it states no act or view of its own. */
    boolean nonFinite(int cue) {
        Token tok = t.get(cue);
        String before = cue > 0 ? t.get(cue - 1).text().toLowerCase() : "";
        return before.equals("to") || MODALS.contains(before) || tok.is("VERB") && tok.text().endsWith("ing");
    }

    /**
     * Whether token {@code k} closes an "as" clause set off by a comma, right after its subject's noun phrase and
     * before the clause's end or a particle ending it: "..., as some farmers hope.", "as Vell supporters point
     * out." (the verb the tagger made a noun).
     */
    private boolean closesAsClause(int k) {
        int to = text.firstToken(t.get(k).sentence() + 1);
        int next = k + 1 < to && t.get(k + 1).is("ADP") ? k + 2 : k + 1;
        if (next < to && !isPunct(t.get(next)) || next < to && isQuoteMark(t.get(next).text())) {
            return false;
        }
        int j = k - 1;
        while (j > 0 && k - j <= 5 && t.get(j).sentence() == t.get(k).sentence() && (t.get(j).is("NOUN")
                || t.get(j).is("PROPN") || t.get(j).is("ADJ") || t.get(j).is("DET") || t.get(j).is("ADV"))) {
            j--;
        }
        return j > 0 && j < k - 1 && t.get(j).text().equals("as") && t.get(j - 1).text().equals(",")
                && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN"));
    }

    /**
     * True when the "-ed" form at {@code k} stands between a determiner and its noun: "the planned rally", "its
     * proposed cutoff", "those pledged delegates", "270 pledged delegates/VERB" (a plural the tagger made a
     * verb after a number).
     */
    private boolean describesNoun(int k) {
        Token prev = t.get(k - 1);
        Token next = t.get(k + 1);
        String word = prev.text().toLowerCase();
        boolean determiner = prev.is("NUM") || ARTICLES.contains(word) || POSSESSIVE_PRONOUNS.contains(word)
                || word.equals("those") || word.equals("these");
        return determiner && (next.is("NOUN")
                || prev.is("NUM") && next.is("VERB") && next.text().endsWith("s") && !next.text().endsWith("ss"));
    }

    /**
     * Whether the word at {@code k} follows "but", or "and" after a comma, and a that-clause or a subject with
     * its verb follows it: "..., but insists Roe is wrong", "and argues that the toll is fair".
     */
    private boolean coordinatedVerb(int k) {
        Token prev = t.get(k - 1);
        String c = prev.text().toLowerCase();
        if (!prev.is("CCONJ") || !c.equals("but") && !(c.equals("and") && k >= 2 && t.get(k - 2).text().equals(","))) {
            return false;
        }
        int sentence = t.get(k).sentence();
        if (k + 2 < t.size() && t.get(k + 1).text().equals("that") && t.get(k + 2).sentence() == sentence) {
            return !t.get(k + 2).is("AUX") && !t.get(k + 2).is("VERB");
        }
        if (k + 1 >= t.size() || !(t.get(k + 1).is("PROPN") || t.get(k + 1).is("PRON")
                || capitalized(t.get(k + 1).text()) && t.get(k + 1).is("NOUN"))) {
            return false;
        }
        for (int j = k + 2; j < t.size() && j <= k + 4 && t.get(j).sentence() == sentence; j++) {
            if (t.get(j).is("AUX") || t.get(j).is("VERB")) {
                return true;
            }
            if (isPunct(t.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a lawmaking body is the subject right before verb {@code k} ("the House has passed"). */
    private boolean lawmakersBefore(int k) {
        int j = k - 1;
        while (j >= 0 && (t.get(j).is("ADV") || t.get(j).is("AUX")) && k - j < 4) {
            j--;
        }
        return j >= 0 && t.get(j).sentence() == t.get(k).sentence()
                && LAWMAKERS.contains(t.get(j).text().toLowerCase());
    }

    Cues.Cue cueAt(int k) {
        Token tok = t.get(k);
        if (tok.text().equals("called") && namingParticiple(k)) {
            return null;
        }
        // ("he’s/PRON+pos predicted": a pronoun's "'s" is "has" or "is")
        boolean pronounHas = k > 0 && t.get(k - 1).is("PRON")
                && PERSON_PRONOUNS.contains(withoutContraction(t.get(k - 1).text().toLowerCase()))
                || k > 0 && contractedPronoun(t.get(k - 1));
        if (tok.is("VERB") && k > 0 && t.get(k - 1).possessive() && !pronounHas && (tok.text().endsWith("ing")
                || k + 1 < t.size() && (t.get(k + 1).is("NOUN") || t.get(k + 1).is("ADJ")))) {
            // "the agency's reporting team", "Roe's preferred candidates": after a possessive a gerund names
            // a thing and a participle before a noun describes it
            return null;
        }
        if (tok.is("VERB") && tok.text().endsWith("ed") && k > 0 && k + 1 < t.size() && describesNoun(k)) {
            return null; // "the planned rally", "270 pledged delegates": a participle describing its noun
        }
        if (tok.is("VERB") && PASSING.contains(tok.text().toLowerCase()) && lawmakersBefore(k)) {
            return new Cues.Cue("pass", true); // "the Senate passed the bill": the body's vote is its stance
        }
        // ("has not mentioned/X ...": the tagger's unknown-word tag on an inflected cue after an auxiliary)
        boolean unknownAfterAuxiliary = tok.is("X") && k > 0 && (t.get(k - 1).is("AUX") || t.get(k - 1).is("PART"));
        // ("Yet another said/ADJ, “...”", "Roe said/AUX onstage/ADP": "said" and "says" are never adjectives or
        // auxiliaries in news)
        boolean saidAdjective = (tok.is("ADJ") || tok.is("AUX")) && (tok.text().equals("said") || tok.text().equals("says"));
        if (!tok.is("VERB") && !saidAdjective && (slipAfterSubject(k) || participleSlip(k))) {
            // (a reading through the tagger's slip stays out of the product's quotes: kept a belief)
            return new Cues.Cue(cues.of(tok.text().toLowerCase()).lemma(), true);
        }
        if (tok.is("VERB") || unknownAfterAuxiliary || saidAdjective || gerundAfterIn(k) || gerundAfterBy(k)
                || openingParticipleSlip(k)) {
            int sentence = tok.sentence();
            // a phrasal stance with its particles before the verb alone ("called out", "spoke out against")
            Cues.Cue phrasal = cues.phrasal(tok.text().toLowerCase(), i -> k + i < t.size()
                    && t.get(k + i).sentence() == sentence ? t.get(k + i).text().toLowerCase() : null);
            Cues.Cue cue = phrasal != null ? phrasal : cues.of(tok.text().toLowerCase());
            if (cue != null && Cues.QUOTE_ONLY.contains(cue.lemma())) {
                // "Roe continued: “...”", "“...,” she continued.": never "continued to rise"
                Token next = k + 1 < t.size() ? t.get(k + 1) : null;
                // ("“Mexico!” the crowd screamed back.")
                boolean particle = next != null && (next.text().equals("back") || next.text().equals("out"))
                        && k + 2 < t.size() && isPunct(t.get(k + 2));
                // ("“...,” beamed Ada Roe": right after a closing quotation, before its inverted source)
                boolean inverted = k >= 2 && isQuoteMark(t.get(k - 1).text()) && PAUSES.contains(t.get(k - 2).text())
                        && t.get(k - 1).sentence() == tok.sentence() && next != null
                        && (next.is("PROPN") || next.is("DET") || next.text().equals("one"));
                boolean quoting = next == null || next.sentence() != tok.sentence() || next.text().equals(":")
                        || next.text().equals(",") || next.text().equals(".") || isQuoteMark(next.text()) || particle
                        || inverted;
                return quoting ? cue : null;
            }
            return cue;
        }
        if (tok.is("PROPN") && k > 0 && k + 1 < t.size() && capitalized(tok.text())) {
            // a title-case headline ("Roe Says Taxes Will Fall"): the tagger takes every word for a name. Kept a
            // belief, as the "Roe: ..." headlines: it paraphrases rather than quotes
            Cues.Cue cue = cues.of(tok.text().toLowerCase());
            return cue != null && tok.text().toLowerCase().endsWith("s") && !tok.text().toLowerCase().equals(cue.lemma())
                    && t.get(k - 1).sentence() == tok.sentence() && t.get(k + 1).sentence() == tok.sentence()
                    && (t.get(k - 1).is("PROPN") || t.get(k - 1).is("NOUN")) && titleCase(tok.sentence())
                    ? new Cues.Cue(cue.lemma(), true) : null;
        }
        // the tagger takes "plans" in "Roe plans to ...", "shows" in "the poll shows Roe ahead" for nouns: an
        // inflected cue form (or a plain one after a plural noun: "polls show") right after a noun phrase and
        // before a complement is the verb
        if (!tok.is("NOUN") || k == 0 || k + 1 >= t.size()) {
            return null;
        }
        Token prev = t.get(k - 1);
        String w = tok.text().toLowerCase();
        Cues.Cue cue = cues.of(w);
        if (cue != null && baseCue(tok) && infinitiveOfPlainVerb(k)) {
            return cue; // "Roe went on to rebut/NOUN the points": a cue's base form after "to" is a verb
        }
        // ("One poll shows/NOUN Roe/NOUN ahead", "Exit polling/VERB shows/NOUN he won": after a poll or a record
        // a cue form with something after it is the verb)
        String before = prev.text().toLowerCase();
        boolean record = Cues.RECORDS.contains(before) || before.equals("polling");
        if (cue != null && record && (!w.equals(cue.lemma()) || before.endsWith("s")) && !isPunct(t.get(k + 1))
                && prev.sentence() == tok.sentence()) {
            return cue;
        }
        // ("Roe/ADJ notes/NOUN that ...", "Roe/VERB predicts/NOUN that ...": the tagger makes some names
        // opening a sentence adjectives or verbs)
        boolean opening = k - 1 == text.firstToken(tok.sentence()) && capitalized(prev.text()) && prev.is("VERB");
        // ("the executive/ADJ says/NOUN": a noun the tagger made an adjective after its determiner)
        // ("three-quarters/NUM support/NOUN ...": a fraction standing for people)
        boolean fraction = prev.is("NUM") && prev.text().endsWith("s") && Character.isLetter(prev.text().charAt(0));
        // ("“...,” notes/NOUN Roe.": an inflected cue between a closed quotation and its inverted source)
        if (cue != null && !w.equals(cue.lemma()) && w.endsWith("s") && k >= 2 && isQuoteMark(prev.text())
                && PAUSES.contains(t.get(k - 2).text()) && prev.sentence() == tok.sentence()
                && (t.get(k + 1).is("PROPN") || t.get(k + 1).is("DET") || PERSON_PRONOUNS.contains(
                t.get(k + 1).text().toLowerCase()))) {
            return cue;
        }
        // ("Roe, a harbor official, notes/NOUN that ...", "..., warning/NOUN that the fares ...": after a comma or
        // a dash ("Roe - a harbor official - warns/NOUN that") an inflected cue form before a that-clause is the
        // verb; "comments/NOUN that were" is a relative)
        if (cue != null && !w.equals(cue.lemma()) && (prev.text().equals(",") || dash(k - 1)) && k + 2 < t.size()
                && t.get(k + 1).text().equals("that") && !t.get(k + 2).is("AUX")
                && !(t.get(k + 2).is("VERB") && !t.get(k + 2).text().endsWith("ing")) // ("notes that scoring 20% ...")
                && t.get(k + 2).sentence() == tok.sentence()) {
            return cue;
        }
        // ("..., but insists/NOUN Roe is ...", "and argues/NOUN that ...": a second verb of the sentence's subject)
        if (cue != null && !w.equals(cue.lemma()) && w.endsWith("s") && coordinatedVerb(k)) {
            return cue;
        }
        if (cue != null && closesAsClause(k)) {
            return cue; // "..., as some farmers hope/NOUN.", "as Vell supporters point/NOUN out."
        }
        boolean nameBefore = prev.is("PROPN") || prev.is("NOUN") || prev.is("ADJ") && capitalized(prev.text()) || opening
                || fraction
                || prev.is("ADJ") && k >= 2 && t.get(k - 2).is("DET")
                || prev.text().equalsIgnoreCase("which") || prev.text().equalsIgnoreCase("who"); // "which notes/NOUN, “...”"
        if (cue == null || !nameBefore || prev.possessive() || prev.sentence() != tok.sentence()) {
            return null;
        }
        boolean inflected = !w.equals(cue.lemma()) && !w.endsWith("ing");
        if (!inflected && !((prev.is("NOUN") || prev.is("PROPN") || fraction) && prev.text().endsWith("s"))) {
            return null;
        }
        if (!inflected && k + 2 < t.size() && t.get(k + 1).is("NOUN") && t.get(k + 2).is("PROPN")) {
            // "Andrews campaign manager Ada Roe said": before a noun and a name the plain form is a modifier
            return null;
        }
        if (compoundHead(k)) {
            return null;
        }
        Token after = t.get(k + 1);
        String next = after.text().toLowerCase();
        boolean complement = next.equals("that") || next.equals("to") || PERSON_PRONOUNS.contains(next)
                || contractedPronoun(after) || next.equals("that's") || next.equals("that’s")
                || UNRESOLVED_PRONOUNS.contains(next) || WH_WORDS.contains(next) || next.equals("what")
                || isQuoteMark(after.text()) || inflected && thatAfterAdjunct(k + 1, text.firstToken(tok.sentence() + 1)) > 0
                || inflected && isPunct(after) && !isQuoteMark(after.text()) && afterCommaAndName(k)
                || inflected && quoteAfterPhrase(k, text.firstToken(tok.sentence() + 1)) > 0
                || inflected && after.text().equals(",") && k + 2 < t.size() && isQuoteMark(t.get(k + 2).text())
                || Cues.PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next) // "plan calls/NOUN for", "pilots complain/NOUN of"
                || next.equals("whether"); // "farmers contemplate/NOUN whether"
        boolean phrase = after.is("DET") || after.is("PROPN") || after.is("NUM")
                || after.is("VERB") && next.endsWith("ing") || after.is("NOUN") || after.is("ADJ"); // "two-thirds support/NOUN cutting ..."
        return complement || phrase ? cue : null;
    }

    /**
     * "was firm in defending/NOUN her", "joined Roe in calling/NOUN for a recount": an "-ing" cue form the tagger made
     * a noun right after "in", with an object after it, is a gerund (after "by" see {@link #gerundAfterBy}; after
     * other prepositions the gerund's doer is found wrong too often).
     */
    boolean gerundAfterIn(int k) {
        return t.get(k).is("NOUN") && gerundWithObject(k, w -> w.equals("in"), false);
    }

    /**
     * "Noting/NOUN that the pier was old, Roe said ...": an "-ing" cue form the tagger made something else, opening
     * the sentence (after punctuation or a conjunction) before "that", is a participle (the sources give it the
     * main clause's subject).
     */
    private boolean openingParticipleSlip(int k) {
        Token tok = t.get(k);
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (tok.is("VERB") || !w.endsWith("ing") || !capitalized(tok.text()) || k + 1 >= t.size()
                || !t.get(k + 1).text().equalsIgnoreCase("that") || t.get(k + 1).sentence() != tok.sentence()
                || cues.of(w) == null) {
            return false;
        }
        int first = text.firstToken(tok.sentence());
        for (int j = first; j < k; j++) {
            if (!isPunct(t.get(j)) && !t.get(j).is("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /** Words before a gerund whose doer the sources find: "by" and the adjunct subordinators but "in" ("after"). */
    private static boolean gerundOpener(String w) {
        return w.equals("by") || !w.equals("in") && GERUND_ADJUNCTS.contains(w);
    }

    /**
     * "Roe ended the debate by quoting/NOUN Jan Vell", "won the vote by arguing/ADJ that ...": an "-ing" cue form
     * the tagger made a noun, adjective or determiner right after "by", with an object after it, is a gerund whose
     * doer is the governing verb's subject ({@link Sources#controllerSubject}); so after a subordinator of time or
     * manner ("was fined after slamming/NOUN the guild"), whose gerund is the clause subject's.
     */
    boolean gerundAfterBy(int k) {
        Token tok = t.get(k);
        return (tok.is("NOUN") || tok.is("ADJ") || tok.is("DET")) && gerundWithObject(k, CueWords::gerundOpener, true);
    }

    /**
     * Whether the listed "-ing" cue form at {@code k} follows a word {@code opener} accepts and has an object after
     * it in its sentence (a determiner, name, number, noun, pronoun, "that" or its particle; with {@code wide} also an
     * adjective or a comma: "by arguing, in effect, that ...").
     */
    private boolean gerundWithObject(int k, Predicate<String> opener, boolean wide) {
        Token tok = t.get(k);
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || k == 0 || k + 1 >= t.size() || !opener.test(t.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Cues.Cue cue = cues.of(w);
        if (cue == null) {
            return false;
        }
        Token after = t.get(k + 1);
        String next = after.text().toLowerCase(Locale.ROOT);
        return after.sentence() == tok.sentence() && (after.is("DET") || after.is("PROPN") || after.is("NUM")
                || after.is("NOUN") || after.is("PRON") || next.equals("that") || wide && (after.is("ADJ") || next.equals(","))
                || Cues.PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next));
    }

    /**
     * "Vell spoke for an hour, railing/NOUN against the guild", "..., warning/NOUN followers that ...": an "-ing" cue
     * form the tagger made a noun after a comma, before an object or its particle (before "that" see {@link #cueAt}),
     * is a participle reporting for the clause's subject.
     */
    private boolean participleSlip(int k) {
        Token tok = t.get(k);
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || k == 0 || k + 1 >= t.size() || t.get(k + 1).sentence() != tok.sentence()) {
            return false;
        }
        Cues.Cue cue = cues.of(w);
        if (cue == null || Cues.QUOTE_ONLY.contains(cue.lemma())) {
            return false;
        }
        Token after = t.get(k + 1);
        String next = after.text().toLowerCase(Locale.ROOT);
        return tok.is("NOUN") && t.get(k - 1).text().equals(",") && (after.is("DET") || after.is("PROPN")
                || after.is("PRON") && POSSESSIVE_PRONOUNS.contains(next)
                || Cues.PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next));
    }

    /** Forms of "be" before a progressive: "Vell is challenging Roe". */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "'s", "’s");

    /**
     * "Roe and Vell often blame/ADJ the guild", "Roe may blame/ADJ ...", "he assured/ADP voters": a cue form the
     * tagger made an adjective, adverb or preposition after a modal or "do"/"have", or after a subject and its
     * adverbs (an "-ing" form also after "be", a past tense also after an aside's comma or bracket), with an object
     * after it, is the verb.
     */
    boolean slipAfterSubject(int k) {
        Token tok = t.get(k);
        if (!(tok.is("ADJ") || tok.is("ADV") || tok.is("ADP")) || k == 0 || k + 1 >= t.size()) {
            return false;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        Cues.Cue cue = cues.of(w);
        if (cue == null || Cues.QUOTE_ONLY.contains(cue.lemma()) || w.equals("like")
                || capitalized(tok.text()) && !tok.text().equals(tok.text().toUpperCase(Locale.ROOT))) {
            return false; // ("the Washington Post/ADJ columnist": a capitalized word is a name's part)
        }
        Token after = t.get(k + 1);
        String next = after.text().toLowerCase(Locale.ROOT);
        boolean object = after.is("DET") || after.is("PROPN") || after.is("NUM") || after.is("NOUN")
                || after.is("PRON") && !after.possessive() || next.equals("that")
                || Cues.PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next);
        if (!object || after.sentence() != tok.sentence()) {
            return false;
        }
        int j = k - 1;
        while (j > 0 && k - j <= 2 && t.get(j).is("ADV")) {
            j--;
        }
        Token before = t.get(j);
        if (before.sentence() != tok.sentence()) {
            return false;
        }
        String b = before.text().toLowerCase(Locale.ROOT);
        return MODALS.contains(b) || Set.of("do", "does", "did", "has", "have", "had").contains(b)
                // ("Vell is challenging/ADJ Roe": a progressive's "-ing" form after "be")
                || w.endsWith("ing") && BE_FORMS.contains(b)
                // ("Roe, with open glee, chided/ADJ Vell", "Roe (D) blasted/ADJ the board": a past tense after a
                // subject's aside)
                || w.endsWith("ed") && (b.equals(",") || b.equals(")"))
                || before.is("PRON") && SUBJECT_PRONOUNS.contains(b)
                || (before.is("PROPN") || before.is("NOUN")) && !before.possessive();
    }

    /**
     * Whether "to" before token {@code k} follows a verb that reports nothing itself ("went on to", "tried to"),
     * so that {@code k} is that verb's infinitive.
     */
    private boolean infinitiveOfPlainVerb(int k) {
        int j = k - 1;
        if (j < 1 || !t.get(j).text().equals("to") || t.get(j).sentence() != t.get(k).sentence()) {
            return false;
        }
        j--;
        while (j > 0 && k - j < 5 && (t.get(j).is("ADP") || t.get(j).is("ADV") || t.get(j).is("PART"))) {
            j--;
        }
        return t.get(j).is("VERB") && t.get(j).sentence() == t.get(k).sentence() && cueAt(j) == null;
    }

    /** Whether {@code tok} is the base form of a cue verb ("comment", "say"), whatever its tag. */
    boolean baseCue(Token tok) {
        Cues.Cue cue = cues.of(tok.text().toLowerCase());
        return cue != null && cue.lemma().equals(tok.text().toLowerCase());
    }

    /** "..., Roe argues.", "..., the admiral/ADJ said/NOUN.": the name or role before {@code k} follows a comma. */
    private boolean afterCommaAndName(int k) {
        int j = k - 1;
        // ("Correio de Salem": a name's lowercase particle)
        while (j > 0 && k - j <= 4 && (capitalized(t.get(j).text()) && (t.get(j).is("PROPN") || t.get(j).is("ADJ"))
                || j < k - 1 && NAME_PARTICLES.contains(t.get(j).text()) && capitalized(t.get(j - 1).text()))) {
            j--;
        }
        if (j < k - 1 && j > 0 && (t.get(j).is("NOUN") || t.get(j).is("ADJ")) && !t.get(j).text().equals(",")) {
            // "..., Ostland newspaper Correio de Salem reports.": a title before the name
            int title = j;
            while (title > 0 && j - title < 3 && (t.get(title).is("NOUN") || t.get(title).is("ADJ") || t.get(title).is("PROPN"))) {
                title--;
            }
            return t.get(title).text().equals(",");
        }
        if (j == k - 1) {
            while (j > 0 && k - j <= 3 && (t.get(j).is("NOUN") || t.get(j).is("ADJ"))) {
                j--;
            }
            j = j < k - 1 && t.get(j).is("DET") ? j - 1 : k - 1;
        }
        return j >= 0 && j < k - 1 && t.get(j).text().equals(",");
    }

    /**
     * Whether the noun-tagged cue word at {@code k} heads a compound after the noun before it rather than
     * being its verb: after a number and a singular noun ("four percentage points"), or when that noun's phrase
     * is the object of a verb or a preposition ("resume denuclearization talks", "with insulting remarks").
     */
    private boolean compoundHead(int k) {
        int sentenceStart = text.firstToken(t.get(k).sentence());
        Token prev = t.get(k - 1);
        if (k - 2 >= sentenceStart && t.get(k - 2).is("NUM") && !prev.text().endsWith("s")) {
            return true;
        }
        int s = k - 1;
        while (s - 1 >= sentenceStart && s > k - 6 && inNounPhrase(s - 1)) {
            s--;
        }
        if (s - 1 < sentenceStart) {
            return false;
        }
        Token before = t.get(s - 1);
        if (before.is("ADP") && s - 2 >= sentenceStart && (t.get(s - 2).is("NOUN") || t.get(s - 2).is("PROPN"))) {
            // "Footage from the game shows that ...": the phrase completes the sentence's subject, whose verb
            // this is ("on this debate confirms" has no noun before its preposition)
            int[] subject = nounPhraseLeft(s - 2, sentenceStart);
            int opener = sentenceStart;
            while (opener < s - 2 && (t.get(opener).is("CCONJ") || t.get(opener).is("ADV") || isPunct(t.get(opener)))) {
                opener++;
            }
            if (subject != null && subject[0] == opener) {
                return false;
            }
        }
        // ("as/ADP Philadelphia plans/NOUN to ...": "as" opens a clause there)
        return before.is("VERB") || before.is("ADP") && !before.text().equals("of") && !before.text().equals("as")
                && !before.possessive();
    }

    /** "As reported by X, ...", "as noted by X": a passive aside that reports like "according to". */
    boolean reportedBy(int c, int to) {
        if (!t.get(c).text().equalsIgnoreCase("as") || c + 3 >= to || !t.get(c + 2).text().equals("by")) {
            return false;
        }
        Cues.Cue cue = cueAt(c + 1);
        return cue != null && !cue.belief() && t.get(c + 1).text().endsWith("ed");
    }
}
