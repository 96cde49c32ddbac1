package org.corroborate.extract.quote;

import java.util.List;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.extract.quote.Contents.After;

/**
 * Pass 1: a quotation followed by "SOURCE CUE" or "CUE SOURCE" (or introduced by one before it) is a direct quote;
 * a quotation that names a title, a term or a manner of speaking is none.
 */
final class Quotations extends Grammar {
    /** Relative pronouns that always open a relative clause ("that" may open a result clause: "so upset that I"). */
    private static final Set<String> WH_RELATIVES = Set.of("who", "whom", "which", "whose");
    /** A particle and a manner phrase's openers after a verb of saying ("shot back with a grin"). */
    private static final Set<String> MANNER_PARTICLES = Set.of("back", "in", "up", "out", "off", "on", "again");
    private static final Set<String> MANNER_PREPOSITIONS = Set.of("with", "without", "through", "in");
    /** One-word answers a cue reports after it: "Asked whether X “...,” most farmers said yes". */
    private static final Set<String> ANSWERS = Set.of("yes", "no");

    private final CueWords cueWords;
    private final Contents contents;
    private final Sources sources;
    private final List<Found> found;
    private final boolean[] usedCue;

    Quotations(Grammar grammar, CueWords cueWords, Contents contents, Sources sources, List<Found> found, boolean[] usedCue) {
        super(grammar);
        this.cueWords = cueWords;
        this.contents = contents;
        this.sources = sources;
        this.found = found;
        this.usedCue = usedCue;
    }

    void quoteWithCue(int[] q) {
        if (chanted(q) || colonIntroduced(q) || cueWords.quotedTitle(q) || introducedByManner(q)) {
            return;
        }
        int k = text.tokenAtOrAfter(q[1]);
        int limit = Math.min(t.size(), k + 22);
        while (k < limit && isPunct(t.get(k)) && !isQuoteMark(t.get(k).text())) {
            k++;
        }
        if (k >= limit || text.paragraphAt(t.get(k).start()) != text.paragraphAt(q[1] - 1)) {
            return;
        }
        int[] src;
        int c;
        Cues.Cue cue = cueWords.cueAt(k);
        if (cue != null && t.get(k).text().endsWith("ing")) {
            return; // "a defense of “harbor values,” saying ...": the participle has a content of its own
        }
        if (cue != null && !cue.belief()) {
            c = k;
            src = sources.rightSource(c);
            // ("“...,” wrote a man calling himself Tom Tom": a participle describes the inverted source)
            if (src != null && src[1] < t.size() && (t.get(src[1]).is("AUX") || t.get(src[1]).is("VERB")
                    && !t.get(src[1]).text().endsWith("ing"))
                    && t.get(src[1]).sentence() == t.get(c).sentence()) {
                return; // "Roe, citing “the magic of it,” said the party could win": the phrase is the clause's subject
            }
        } else {
            // ("“...,” Roe shot back with a laugh.": the verb after the name, not a cue in its manner phrase)
            c = mannerOfSpeaking(k, limit);
            for (int j = k; c < 0 && j < limit && j < k + 20; j++) {
                Token tok = t.get(j);
                int[] named = isQuoteMark(tok.text()) ? quoteStartingAt(tok.start()) : null;
                if (named != null && words(named) <= 4 && named[1] < t.get(limit - 1).end()) {
                    j = text.tokenAtOrAfter(named[1]) - 1; // "Roe, wearing “Vote Roe” pins, said": a quoted name
                    continue;
                }
                if (tok.text().equals("(")) {
                    int close = j + 1;
                    while (close < limit && close < j + 8 && !t.get(close).text().equals(")")) {
                        close++;
                    }
                    if (close < limit && t.get(close).text().equals(")")) {
                        j = close; // "“...,” Rep. Ada Roe (D-Md.) said": a party and state, periods and all
                        continue;
                    }
                }
                if (isQuoteMark(tok.text()) || tok.text().equals(".") && !titlePeriod(j) || tok.text().equals(";")) {
                    break;
                }
                int relative = tok.text().equals(",") ? relativeClauseEnd(j, limit) : -1;
                if (relative > j) {
                    j = relative; // "“...,” an aide, who was not authorized to speak, told ...": not the clause's verb
                    continue;
                }
                Cues.Cue cj = j > k ? cueAfterName(j) : cueWords.cueAt(j);
                // ("“...,” Roe, speaking at the rally, said": a participle is no quotation's cue)
                if (cj != null && !cj.belief() && !t.get(j).text().endsWith("ing")) {
                    c = j;
                    break;
                }
            }
            if (c < 0) {
                return;
            }
            src = sources.leftSource(c, k);
            int[] left = src;
            if (src != null && src[0] > k && nominalRun(k, src[0])) {
                // "“...,” Jan Roe and Ada Doe wrote", "“...,” Roe of the Institute for Coastal Studies wrote":
                // the source found before the cue is the end of a longer one that starts after the quotation
                src = new int[] {k, src[1]};
            }
            if (src != null && src[0] - 2 > k && t.get(src[0] - 1).text().equals(",") && t.get(k).is("DET")
                    && adjectivesOnly(k + 1, src[0] - 1)) {
                src = new int[] {k, src[1]}; // "“...,” the bespectacled, 71-year-old engineer said": stacked modifiers
            }
            if ((src == null || src[0] != k) && wordsOnly(k, c)) {
                src = new int[] {k, c}; // "“...,” Will/AUX wrote", "“...,” super/ADV PAC spokeswoman Ada Roe said"
            }
            if ((src == null || src[0] != k) && titledNameBefore(k, c)) {
                src = new int[] {k, c}; // "“...,” CWA/VERB President Ada Roe said": a title the tagger broke
            }
            if (src == null || src[0] != k) {
                src = relativeBeforeCue(k, c); // "“...,” an aide, who was not authorized to speak, told the Herald"
            }
            if (src == null && left != null && left[0] - 1 > k && t.get(left[0] - 1).text().equals(",")
                    && left[1] + 1 == c && t.get(left[1]).text().equals(",") && nominalRun(k, left[0] - 1)) {
                src = new int[] {k, left[1]}; // "“...,” the mayor's spokeswoman, Ada Roe, said": the title and name
            }
            if (src == null || src[0] != k) {
                return;
            }
        }
        int next = src == null ? -1 : src[0] > c ? src[1] : c + 1;
        if (next >= 0 && next + 1 < t.size() && ANSWERS.contains(t.get(next).text().toLowerCase())
                && (isPunct(t.get(next + 1)) || t.get(next + 1).is("CCONJ") || t.get(next + 1).is("SCONJ"))) {
            return; // "Asked whether Roe “has the integrity,” 75 percent said yes": the quotation is the question's
        }
        // "“...,” Roe said of the plan": what the quotation is about, not a second content
        boolean about = next >= 0 && next < t.size() && t.get(next).sentence() == t.get(c).sentence()
                && Cues.CONTENT_PREPOSITIONS.contains(t.get(next).text().toLowerCase());
        // "“...,” Roe added when the interview ended": a subordinate clause after the cue is an adjunct
        boolean adjunct = next >= 0 && next < t.size() && t.get(next).sentence() == t.get(c).sentence()
                && ADJUNCT_OPENERS.contains(t.get(next).text().toLowerCase());
        // only a content clause of its own ("“...,” Roe said, that ...") takes the cue from the quotation; a
        // phrase with a verb in it ("told Chuck Todd of NBC during an interview that aired ...") does not
        // "“...,” Roe said, “...”": the quotation after the cue continues this one (one relation in PolNeAR)
        int[] rest = src != null && next + 1 < t.size() && t.get(next).text().equals(",")
                && t.get(next + 1).sentence() == t.get(c).sentence() ? quoteStartingAt(t.get(next + 1).start()) : null;
        if (rest == null && src != null && next >= 0) {
            rest = splitQuoteAfter(q, next, t.get(c).sentence());
        }
        // "“...,” said Roe, angered that ...": after an inverted source the quotation is the content
        boolean inverted = src != null && src[0] > c;
        if (src == null || rest == null && !about && !adjunct && !inverted && !adjunctAfterAddressee(c, next)
                && contents.after(c, next) == After.CLAUSE && clauseOpensAt(c, next)) {
            return;
        }
        // (the closing mark is one character, or two for the typewriter double quote)
        int mark = q[1] >= 2 && body.charAt(q[1] - 1) == '\'' && body.charAt(q[1] - 2) == '\'' ? 2 : 1;
        boolean closed = q[1] > mark && ".?!".indexOf(body.charAt(q[1] - mark - 1)) >= 0;
        if (closed && rest == null && src[0] < c
                && cueWords.quoteAfterPhrase(c, text.firstToken(t.get(c).sentence() + 1)) > 0) {
            return; // "“... ended.” He told the crowd, to applause: “...”": the cue opens the next quotation
        }
        if (closed && src[0] < c && t.get(c).sentence() != t.get(text.tokenAtOrAfter(q[1] - 1)).sentence()
                && contents.after(c, c + 1) != After.TAIL) {
            return; // "“... rebuild.” Roe posted a clip.": a new sentence whose cue has an object of its own
        }
        usedCue[c] = true;
        if (rest != null && closed && src[0] < c) {
            // "“... ended.” He added, “...”": a quotation closing its sentence is not this cue's; the next one is
            found.add(contents.make(rest[0], rest[1], src[0], src[1], c, "direct", false, null));
            return;
        }
        int before = saidBefore(q);
        if (startsSentence(q[0])) {
            Found first = contents.make(q[0], q[1], src[0], src[1], c, "direct", false, null);
            found.add(first);
            if (rest != null) {
                found.add(new Found(rest[0], rest[1], src[0], src[1], -1, "direct", false, first, rest[0]));
            }
        } else if (rest != null) {
            // "Citing Roe's “deep empathy,” Doe said, “...”": a quoted phrase inside an opening phrase; the
            // quotation after the cue is what is said
            found.add(contents.make(rest[0], rest[1], src[0], src[1], c, "direct", false, null));
        } else if (before >= 0) {
            // "Vell said “I don't know the man,” she said": the speech cue before the quotation introduces it
            // too; one direct quote, given to the source named before it
            int[] named = sources.leftSource(before, text.firstToken(t.get(before).sentence()));
            usedCue[before] = true;
            found.add(contents.make(q[0], q[1], named != null ? named[0] : src[0], named != null ? named[1] : src[1], c,
                    "direct", false, null));
        } else {
            // "X expects Y “in the coming days,” Jane Roe said": the quoted words end a reported clause
            int first = skipDateline(text.firstToken(t.get(text.tokenAtOrAfter(q[0])).sentence()), k);
            found.add(contents.make(t.get(first).start(), q[1], src[0], src[1], c, "partial", false, null));
        }
    }

    /**
     * "“We will fight,” Roe told the Herald in March, “and we will win.”", "“...,” said Roe, director of the guild,
     * “and ...”": a quotation closed by a comma goes on in the quotation that opens in lowercase after the next
     * comma of its sentence, past the addressee, time, place or appositive after the cue (not past a
     * complementizer: "..., noting that she and Vell, “have never lost”" is that clause's); or null.
     */
    private int[] splitQuoteAfter(int[] q, int from, int sentence) {
        int close = q[1] - 1;
        while (close > q[0] && isQuoteMark(body.substring(close, close + 1))) {
            close--;
        }
        if (body.charAt(close) != ',') {
            return null;
        }
        for (int k = from; k + 1 < t.size() && k < from + 30 && t.get(k + 1).sentence() == sentence; k++) {
            Token tok = t.get(k);
            if (isQuoteMark(tok.text()) || tok.is("SCONJ") || tok.text().equals(":") || tok.text().equals(";")) {
                return null;
            }
            int[] rest = tok.text().equals(",") && isQuoteMark(t.get(k + 1).text())
                    ? quoteStartingAt(t.get(k + 1).start()) : null;
            if (rest != null) {
                int first = text.tokenAtOrAfter(rest[0]) + 1;
                return first < t.size() && Character.isLowerCase(t.get(first).text().charAt(0)) ? rest : null;
            }
        }
        return null;
    }

    /** Most words of a source from a quotation to its cue when a person's name closes them ("CWA President Ada Roe"). */
    private static final int TITLED_NAME_REACH = 8;

    /**
     * "“...,” CWA/VERB President Ada Roe said", "“...,” Fight/VERB for $15 organizer Tom Varga told X": words the
     * tagger broke from a quotation to cue {@code c} that end in a person's name, with no stop, comma, dash or
     * quotation mark between.
     */
    private boolean titledNameBefore(int k, int c) {
        // ("“...,” when Vell blasted him": a clause goes on, its subject no source of the quotation)
        if (c - k < 2 || c - k > TITLED_NAME_REACH || !capitalized(t.get(k).text())) {
            return false;
        }
        Name n = coveringName(t.get(c - 1).start());
        if (n == null || !n.type().equals("person") || n.end() != t.get(c - 1).end() || n.start() <= t.get(k).start()) {
            return false;
        }
        for (int j = k; j < c; j++) {
            String w = t.get(j).text();
            if (isQuoteMark(w) || dash(j) || w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";")
                    || w.equals("(") || t.get(j).is("SCONJ") || t.get(j).is("CCONJ") || SUBORDINATORS.contains(w.toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The noun phrase at {@code k} when a relative clause set off by commas follows it up to cue {@code c} ("an
     * aide, who was not authorized to speak, told"), or null.
     */
    private int[] relativeBeforeCue(int k, int c) {
        int[] np = nounPhraseRight(k, c);
        return np != null && np[0] == k && t.get(np[1]).text().equals(",") && relativeClauseEnd(np[1], c + 1) == c - 1
                ? np : null;
    }

    /** The comma closing a "who" or "which" clause opened by the comma at {@code comma}, before {@code limit}; or -1. */
    private int relativeClauseEnd(int comma, int limit) {
        String w = comma + 1 < limit ? t.get(comma + 1).text().toLowerCase() : "";
        if (!w.equals("who") && !w.equals("which")) {
            return -1;
        }
        for (int j = comma + 2; j < limit; j++) {
            if (t.get(j).text().equals(",")) {
                return j;
            }
            if (isPunct(t.get(j)) && !t.get(j).text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb of saying right before quotation {@code q}'s opening mark ("said “..."), or -1. */
    private int saidBefore(int[] q) {
        int open = text.tokenAtOrAfter(q[0]);
        if (open < 1 || !isQuoteMark(t.get(open).text()) || t.get(open - 1).sentence() != t.get(open).sentence()) {
            return -1;
        }
        Cues.Cue cue = cueWords.cueAt(open - 1);
        return cue != null && QUOTATIVE.contains(cue.lemma()) ? open - 1 : -1;
    }

    /** Whether tokens [a, b) are all adjectives ("bespectacled" in "the bespectacled, 71-year-old engineer"). */
    private boolean adjectivesOnly(int a, int b) {
        for (int i = a; i < b; i++) {
            if (!t.get(i).is("ADJ")) {
                return false;
            }
        }
        return b > a;
    }

    /**
     * Whether tokens [a, b) are at most six words (letters, inner hyphens, a title's period) that the tagger made
     * no noun phrase of, ending in a capitalized word or a noun, with no conjunction, preposition, pronoun or
     * lowercase verb among them.
     */
    private boolean wordsOnly(int a, int b) {
        if (b <= a || b - a > 6 || !(capitalized(t.get(b - 1).text()) || t.get(b - 1).is("NOUN"))) {
            return false;
        }
        for (int i = a; i < b; i++) {
            String w = t.get(i).text();
            boolean word = w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-') && Character.isLetter(w.charAt(0));
            // ("“...,” when Clinton blasted him", "“...,” as Roe said": a clause goes on, no source)
            boolean function = t.get(i).is("CCONJ") || !capitalized(w) && (t.get(i).is("VERB") || t.get(i).is("AUX")
                    || t.get(i).is("PRON") || t.get(i).is("SCONJ") || t.get(i).is("ADP") || t.get(i).is("PART")
                    || WH_WORDS.contains(w));
            if (!(word || titlePeriod(i)) || function) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of words called out by a crowd: "chants of “Roe! Roe!”", "cries of “Open the pier!”". */
    private static final Set<String> CHANTS = Set.of("chant", "chants", "cry", "cries", "shout", "shouts", "calls",
            "chorus");

    /**
     * "their chants of “Roe! Roe!”", "was met with cries of “Open the pier!”": the quotation right after a noun of
     * chanting and "of"/"to"/"for" is what was chanted, said by the possessive before the noun if any (a chant is
     * short: a longer span is a pairing of marks gone wrong). Adds the relation and returns true.
     */
    private boolean chanted(int[] q) {
        int open = text.tokenAtOrAfter(q[0]);
        // (the opening mark is a token of its own)
        int prep = open - 1;
        while (prep > 0 && isQuoteMark(t.get(prep).text())) {
            prep--;
        }
        if (prep < 1 || !Set.of("of", "to", "for").contains(t.get(prep).text().toLowerCase())
                || !CHANTS.contains(t.get(prep - 1).text().toLowerCase()) || usedCue[prep - 1]
                || t.get(prep - 1).sentence() != t.get(open).sentence() || words(q) > 10
                // ("a plan that calls for “...”": the verb)
                || t.get(prep - 1).text().equalsIgnoreCase("calls") && !t.get(prep).text().equalsIgnoreCase("of")) {
            return false;
        }
        int c = prep - 1;
        Token before = c > 0 ? t.get(c - 1) : null;
        boolean owner = before != null && (before.possessive() || POSSESSIVE_PRONOUNS.contains(before.text().toLowerCase()))
                && before.sentence() == t.get(c).sentence();
        int[] src = owner ? new int[] {c - 1, c} : null;
        int w = c - 1;
        while (w > 0 && t.get(w).is("ADJ")) {
            w--;
        }
        if (src == null && w > 1 && t.get(w).text().equals("with") && t.get(w - 1).is("VERB")
                && !BE.contains(t.get(w - 2).text().toLowerCase())) {
            // ("Roe's fans answered with chants of “...”": the subject chanted; "was met with chants": nobody named)
            int[] np = sources.clauseSubject(text.firstToken(t.get(c).sentence()), w - 1);
            src = np != null && np[1] == w - 1 ? np : null;
        }
        found.add(contents.make(q[0], q[1], src != null ? src[0] : -1, src != null ? src[1] : -1, c, "direct", false, null));
        usedCue[c] = true;
        return true;
    }

    /**
     * "Roe shrugged: “...”", "The mayor grinned, “...”": a sentence of a subject and a verb only, then a comma or
     * a colon, introduces the quotation after it whatever the verb (one outside the cue lists tells how it was
     * said). Adds the relation and returns true.
     */
    private boolean introducedByManner(int[] q) {
        int open = text.tokenAtOrAfter(q[0]);
        if (open < 3 || !(t.get(open - 1).text().equals(",") || t.get(open - 1).text().equals(":"))) {
            return false;
        }
        int v = open - 2;
        // ("Roe fired back forcefully: “...”": a particle and a manner adverb may follow the verb)
        while (v > 1 && open - v <= 3 && (t.get(v).is("ADV") && t.get(v).text().endsWith("ly")
                || t.get(v).text().equals("back") || t.get(v).text().equals("out"))) {
            v--;
        }
        Token verb = t.get(v);
        String w = verb.text().toLowerCase();
        int from = text.firstToken(verb.sentence());
        if (!verb.is("VERB") || !(w.endsWith("ed") || w.endsWith("s")) || cueWords.cueAt(v) != null || usedCue[v]
                || t.get(open).sentence() != verb.sentence() && text.paragraphAt(q[0]) != text.paragraphAt(verb.start())) {
            return false;
        }
        // the subject opens the sentence, or follows an opening phrase ("Asked which, he demurred: “...”")
        int[] np = sources.clauseSubject(from, v);
        if (np == null || np[1] != v || !(t.get(np[1] - 1).is("PROPN") || names(np, "person")
                || PERSON_PRONOUNS.contains(t.get(np[1] - 1).text().toLowerCase()))) {
            return false;
        }
        found.add(contents.make(q[0], q[1], np[0], np[1], v, "direct", false, null));
        usedCue[v] = true;
        return true;
    }

    /**
     * "“...,” Roe grinned.", "“...,” Roe shot back with a laugh.": any verb right after the name that follows a
     * quotation and its comma tells how the words were said when only a particle, adverbs and a short manner
     * phrase ("with a laugh") stand between it and the sentence's end; its index, or -1.
     */
    private int mannerOfSpeaking(int k, int limit) {
        if (k < 2 || !t.get(k - 1).text().equals(",") && !stopAndMark(t.get(k - 1).text())
                && !(isQuoteMark(t.get(k - 1).text()) && PAUSES.contains(t.get(k - 2).text()))) {
            return -1;
        }
        int[] np = nounPhraseRight(k, limit);
        if (np == null || np[0] != k || np[1] + 1 >= limit) {
            return -1;
        }
        int v = np[1];
        if (np[1] - np[0] >= 2 && t.get(np[1] - 1).is("NOUN") && t.get(np[1] - 2).is("PROPN")) {
            v = np[1] - 1; // "Roe shot/NOUN back": the tagger took the verb into the name's phrase
        }
        for (int i = np[0]; i < v; i++) {
            if (t.get(i).is("ADP") || t.get(i).is("VERB") || cueWords.cueAt(i) != null) {
                return -1; // "“...,” Roe said/ADJ of the plan.": a phrase the tagger ran over a cue
            }
        }
        Token verb = t.get(v);
        if (!(verb.is("VERB") || v < np[1]) || verb.text().endsWith("ing")
                || !Character.isLowerCase(verb.text().charAt(0))) {
            return -1;
        }
        int j = v + 1;
        if (j < limit && MANNER_PARTICLES.contains(t.get(j).text().toLowerCase())) {
            j++;
        }
        while (j < limit && t.get(j).is("ADV")) {
            j++;
        }
        if (j < limit && MANNER_PREPOSITIONS.contains(t.get(j).text().toLowerCase())) {
            int end = j + 1;
            while (end < limit && end <= j + 5 && !isPunct(t.get(end)) && !t.get(end).is("AUX")
                    && !t.get(end).is("SCONJ") && !t.get(end).is("PRON")) {
                end++;
            }
            j = end > j + 1 ? end : j;
        }
        return j < limit && t.get(j).text().equals(".") ? v : -1;
    }

    /** Cue verbs whose past tense is written as the base form: "“...,” the letter/NOUN read/NOUN." */
    private static final Set<String> PAST_AS_BASE = Set.of("read", "forecast");

    /**
     * The cue at {@code k} right after a quotation's source; the tagger makes some inflected cue verbs there
     * nouns ("“...,” Jane Roe concludes."), which only punctuation or what is talked about ("said of Vell") follows.
     */
    private Cues.Cue cueAfterName(int k) {
        Cues.Cue cue = cueWords.cueAt(k);
        // ("“...,” the admiral/ADJ said/NOUN.": a determiner's phrase before it; "“...,” Varrow/ADJ notes/NOUN.": a
        // name the tagger made an adjective)
        // ("“...,” the harbor/ADJ board/NOUN writes/NOUN.": over the modifiers to the determiner)
        int d = k - 1;
        while (d > k - 4 && d >= 1 && (t.get(d - 1).is("ADJ") || t.get(d - 1).is("NOUN"))) {
            d--;
        }
        boolean source = t.get(k - 1).is("PROPN")
                || (t.get(k - 1).is("ADJ") || t.get(k - 1).is("NOUN")) && d >= 1 && t.get(d - 1).is("DET")
                || t.get(k - 1).is("ADJ") && capitalized(t.get(k - 1).text());
        if (cue == null && source && t.get(k).is("ADP") && t.get(k).text().endsWith("ed")) {
            // ("“...,” Roe tweeted/ADP Friday."): no preposition ends in "-ed"; the tagger missed a past tense
            Cues.Cue verb = cues.of(t.get(k).text().toLowerCase());
            return verb != null && !verb.belief() ? verb : null;
        }
        if (cue != null || !t.get(k).is("NOUN") || !source || k + 1 >= t.size()) {
            return cue;
        }
        String w = t.get(k).text().toLowerCase();
        // ("“...,” the memo/NOUN states/NOUN.": "states", no cue elsewhere, is one right after a quotation's source)
        Cues.Cue noun = cues.of(w.equals("states") ? "stated" : w);
        // ("“...,” Roe/ADJ said/NOUN of Vell.": what the quotation is about may follow)
        boolean about = Cues.CONTENT_PREPOSITIONS.contains(t.get(k + 1).text().toLowerCase())
                && t.get(k + 1).sentence() == t.get(k).sentence();
        return noun != null && !noun.belief() && (!w.equals(noun.lemma()) || PAST_AS_BASE.contains(w))
                && (isPunct(t.get(k + 1)) || about)
                && !isQuoteMark(t.get(k + 1).text()) ? noun : null;
    }

    /**
     * Whether a content clause of its own follows cue {@code c} of a quotation ("“...,” Roe said, that ...",
     * "“...,” she told reporters the plan was dead"): "that", "whether", "if", a colon, or a subject with its
     * finite verb, after the addressee and time words. Anything else ("he said aboard his plane on Monday as
     * ...") leaves the quotation the cue's content.
     */
    private boolean clauseOpensAt(int c, int from) {
        int to = text.firstToken(t.get(c).sentence() + 1);
        Cues.Cue cue = cueWords.cueAt(c);
        int k = cue != null && Cues.OBJECT_FIRST.contains(cue.lemma()) ? contents.pastAddressee(from, to) : from;
        while (k < to && (isTimeWord(t.get(k).text()) || t.get(k).text().equals(","))) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        String w = t.get(k).text().toLowerCase();
        if (w.equals("that") && k > from && k + 1 < to && (t.get(k + 1).is("VERB") || t.get(k + 1).is("AUX"))) {
            return false; // "“...,” Roe told a crowd at the pier that cheered": a relative clause on the addressee
        }
        if (w.equals("that") || w.equals("whether") || w.equals("if") || w.equals(":")) {
            return true;
        }
        int[] np = nounPhraseRight(k, to);
        int v = np != null ? np[1] : -1;
        return v > k && v < to && (t.get(v).is("AUX") || t.get(v).is("VERB") && !t.get(v).text().endsWith("ing"));
    }

    /** "“...,” Roe told Radio Nord on Monday when asked about X": an adjunct clause after the addressee. */
    private boolean adjunctAfterAddressee(int c, int from) {
        Cues.Cue cue = cueWords.cueAt(c);
        if (from < 0 || cue == null || !Cues.OBJECT_FIRST.contains(cue.lemma())) {
            return false;
        }
        int to = text.firstToken(t.get(c).sentence() + 1);
        int k = contents.pastTime(contents.pastAddressee(from, to), to);
        return k > from && k + 1 < to && ADJUNCT_OPENERS.contains(t.get(k).text().toLowerCase())
                && t.get(k + 1).is("VERB") && (t.get(k + 1).text().endsWith("ed") || t.get(k + 1).text().endsWith("ing"));
    }

    /**
     * "More from Jane Roe: “...”": a quotation after a colon whose clause has no attribution verb is
     * attributed to the noun phrase just before the colon, the colon being the cue.
     */
    private boolean colonIntroduced(int[] q) {
        int open = text.tokenAtOrAfter(q[0]);
        if (open < 2 || !t.get(open - 1).text().equals(":") || t.get(open - 1).sentence() != t.get(open).sentence()
                && text.paragraphAt(t.get(open - 1).start()) != text.paragraphAt(q[0])) {
            return false;
        }
        int colon = open - 1;
        int from = text.firstToken(t.get(colon).sentence());
        for (int k = from; k < colon; k++) {
            if (cueWords.cueAt(k) != null) {
                return false; // "Roe said: “...”" is the verb's
            }
        }
        int[] np = nounPhraseLeft(colon - 1, Math.max(from, colon - 8));
        if (np == null || !(t.get(np[1] - 1).is("PROPN") || names(np, "person"))) {
            return false;
        }
        if (np[0] > from && t.get(np[0] - 1).text().equals("by")) {
            return true; // "“Ferry to close,” by the Post’s Ada Roe: “...”": an excerpt of her article
        }
        found.add(contents.make(q[0], q[1], np[0], np[1], colon, "direct", false, null));
        usedCue[colon] = true;
        return true;
    }

    /**
     * "Then Roe added a caveat: “...”", "Vell went even further: “...”", "The sign reads: “...”": a quotation of
     * three words or more, left without a report after the other passes, that opens right after a colon closing a
     * clause with a subject and its finite verb (outside quotations) is what that subject said, the verb the cue.
     */
    void afterClauseColon(int[] q) {
        int open = text.tokenAtOrAfter(q[0]);
        if (open < 2 || open >= t.size() || !t.get(open - 1).text().equals(":") || words(q) < 3
                || text.paragraphAt(t.get(open - 1).start()) != text.paragraphAt(q[0])) {
            return;
        }
        for (Found f : found) {
            if (f.contentStart() < q[1] && q[0] < f.contentEnd()) {
                return;
            }
        }
        int colon = open - 1;
        int from = text.firstToken(t.get(colon).sentence());
        int[] subject = sources.clauseSubject(from, colon);
        if (subject == null || insideQuote(t.get(subject[0]).start())) {
            return;
        }
        // ("Article 33 affirms/NOUN:", "Vell shot/NOUN back:": the tagger took the verb into the subject; "One
        // tweet/PRON said:" ends it early)
        int last = colon - 1;
        while (last > subject[0] && t.get(last).is("ADV")) {
            last--;
        }
        if (subject[1] > last && last > subject[0] && t.get(last).is("NOUN") && cues.of(t.get(last).text().toLowerCase()) != null) {
            subject = new int[] {subject[0], last};
        }
        int v = subject[1];
        while (v < colon && v < subject[1] + 2 && (t.get(v).is("ADV") || t.get(v).is("PRON") && v == subject[1]
                && t.get(v).text().equals(t.get(v).text().toLowerCase()) && !RELATIVE.contains(t.get(v).text()))) {
            v++;
        }
        if (v > subject[1] && t.get(v - 1).is("PRON")) {
            subject = new int[] {subject[0], v};
        }
        for (int j = v + 1; v < colon && t.get(v).text().equals(",") && j < colon; j++) {
            // "The campaign, in a note to donors, worded it carefully:": past an aside set off by commas
            if (finiteAt(j) || t.get(j).is("VERB")) {
                v = t.get(j - 1).text().equals(",") && finiteAt(j) ? j : v;
                break;
            }
        }
        boolean noun = v == last && t.get(v).is("NOUN");
        if (!(v < colon && (finiteAt(v) || noun) && !insideQuote(t.get(v).start()))) {
            return;
        }
        for (int j = v + 1; j + 1 < colon; j++) {
            // "She grew upset, so that I had to change my answer:": the clause nearest the colon speaks, unless a
            // relative pronoun makes it part of a noun phrase ("the man whom he described as rash, with Roe:")
            if (t.get(j).is("PRON") && SUBJECT_PRONOUNS.contains(t.get(j).text().toLowerCase()) && finiteAt(j + 1)
                    && !WH_RELATIVES.contains(t.get(j - 1).text().toLowerCase())) {
                subject = new int[] {j, j + 1};
                v = j + 1;
            }
        }
        int[] agent = passiveAgent(v, colon);
        if (agent != null) {
            subject = agent; // "The problem is shown by this survey:": the survey speaks
        }
        found.add(contents.make(q[0], q[1], subject[0], subject[1], v, "direct", false, null));
    }

    /** "is exemplified by this finding:": the noun phrase after "by" that ends at the colon, after a participle. */
    private int[] passiveAgent(int v, int colon) {
        for (int j = v + 1; j + 1 < colon; j++) {
            if (t.get(j).text().equals("by") && t.get(j - 1).is("VERB") && t.get(j - 1).text().endsWith("ed")) {
                int[] np = nounPhraseLeft(colon - 1, j + 1);
                return np != null && np[0] == j + 1 ? np : null;
            }
        }
        return null;
    }
}
