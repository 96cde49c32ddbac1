package org.corroborate.extract.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.text.CalendarWords;

/**
 * Who speaks: the noun phrase before a cue (over adverbs, auxiliaries, appositives, datelines and time phrases),
 * after it ("said Roe"), or the subject a cue shares with an earlier verb of its sentence (coordinated cues,
 * participles, infinitives of control: "Roe refused to say").
 */
final class Sources extends Grammar {
    /** Stems of verbs whose object does what the infinitive after it says ("allowed Roe to speak"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("allow", "enabl", "forc", "persuad", "convinc", "encourag",
            "invit", "order", "permit", "requir", "expect", "want", "need", "help", "get", "got", "lead", "led",
            "prompt", "inspir", "pressur", "compel", "authoriz", "hire", "elect", "appoint", "caus", "leav");
    /** Words alone after a cue that follows a quotation, for one more of those just named: "tweeted another.". */
    private static final Set<String> ONE_MORE = Set.of("another", "one");
    /** Pronouns a participle after a subordinate clause does not take as its subject ("after it rained, ..."). */
    private static final Set<String> NO_SPEAKER_PRONOUNS = Set.of("they", "it");
    /** Nouns that head a time phrase ("this week", "a few days later", "her time"), unlike the adverbs of TIME_WORDS. */
    private static final Set<String> TIME_NOUNS = Set.of("time", "week", "weeks", "month", "months", "year", "years", "day",
            "days", "morning", "evening", "afternoon", "night", "hour", "hours");
    /** Amounts of what one has to say: "had nothing good to say about X". */
    private static final Set<String> AMOUNTS = Set.of("nothing", "something", "anything", "much", "little", "more",
            "plenty", "lots");
    /** Prepositions whose gerund after a verb or a predicative adjective its subject does: "differ on backing X". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("on", "about", "at", "into", "against");
    /** Verbs whose gerund complement their subject does: "Roe kept attacking the guild", "began dismissing X". */
    private static final Set<String> ASPECTUAL = Set.of("begin", "begins", "began", "begun", "start", "starts", "started",
            "stop", "stops", "stopped", "keep", "keeps", "kept", "continue", "continues", "continued", "avoid", "avoids",
            "avoided", "try", "tries", "tried", "quit", "quits", "resume", "resumes", "resumed", "finish", "finishes",
            "finished", "cease", "ceases", "ceased", "risk", "risks", "risked");
    /** Pronouns for a whole that a relative clause without its pronoun can follow: "everything he said". */
    private static final Set<String> WHOLES = Set.of("everything", "something", "anything", "nothing");
    /** Prepositions that attach a phrase to the noun before them: "officials in Easton", "a study by Roe". */
    private static final Set<String> NOUN_ATTACHING = Set.of("in", "at", "with", "from", "for", "on", "near", "across",
            "inside", "outside", "among", "around", "within", "by");

    private final CueWords cueWords;
    private final List<Found> found;

    Sources(Grammar grammar, CueWords cueWords, List<Found> found) {
        super(grammar);
        this.cueWords = cueWords;
        this.found = found;
    }

    /**
     * "..., a spokesman for the agency said.", "..., a source close to him said.": the whole noun phrase between
     * the last comma and the cue {@code c}, when it is one ({@link #nominalRun}); or null.
     */
    int[] subjectAfterComma(int c, int from) {
        int comma = c - 1;
        while (comma > from && c - comma <= 12 && !t.get(comma).text().equals(",")) {
            comma--;
        }
        return comma > from && comma + 1 < c && t.get(comma).text().equals(",") && nominalRun(comma + 1, c)
                ? new int[] {comma + 1, c} : null;
    }

    /**
     * "He went on to say, ...", "she began by saying ...": a cue in an infinitive or a gerund after "by" is
     * spoken by the subject of the verb that governs it.
     */
    int[] controllerSubject(int c, int from) {
        int j = c - 1;
        boolean gerund = t.get(c).text().endsWith("ing");
        while (gerund && j > from && t.get(j).is("ADV") && c - j < 3) {
            j--; // "by softly echoing"
        }
        boolean by = j > from && gerund && t.get(j).text().equals("by");
        // ("But while denouncing X, Roe ...", "Yet by calling out X, Vell ...": the adjunct opens the sentence after
        // a conjunction or adverb, and the main clause's subject after its comma does what the gerund says)
        int lead = j - 1;
        while (lead >= from && j - lead <= 2 && (t.get(lead).is("CCONJ") || t.get(lead).is("ADV"))) {
            lead--;
        }
        int opens = from; // where the opening adjunct starts
        if (lead >= from && lead == j - 1 && TIME_NOUNS.contains(t.get(lead).text().toLowerCase())) {
            // "Eight years after backing X, Roe ...", "A month after announcing X, ...": an amount of time first
            opens = j;
            lead--;
            while (lead >= from && j - lead <= 4 && (t.get(lead).is("NUM") || t.get(lead).is("DET")
                    || t.get(lead).is("ADJ") || t.get(lead).text().equalsIgnoreCase("one")
                    || capitalized(t.get(lead).text()) && t.get(lead).is("NOUN"))) {
                lead--;
            }
        }
        boolean opening = j >= from && lead < from;
        if (gerund && opening && t.get(j).text().equalsIgnoreCase("by")) {
            return clauseSubject(from, text.firstToken(t.get(c).sentence() + 1)); // "By offering X the post, Roe ..."
        }
        if (gerund && j >= from && GERUND_ADJUNCTS.contains(t.get(j).text().toLowerCase())) {
            // "fired the chief after strongly backing him", "In explaining why ..., Roe blamed ...": the gerund of
            // an adjunct is the clause subject's; after a quotation opening the sentence, the speaker of its report
            // ("“...,” Roe said, while arguing ...": not a word inside the quotation)
            Found prev = j > from && isQuoteMark(t.get(from).text())
                    ? outermost(lastInSentence(t.get(c).sentence(), j)) : null;
            if (prev != null) {
                return new int[] {prev.srcStart(), prev.srcEnd()};
            }
            return opening ? clauseSubject(opens, text.firstToken(t.get(c).sentence() + 1)) : clauseSubject(from, j);
        }
        if (gerund && j - 1 > from && GERUND_PREPOSITIONS.contains(t.get(j).text())
                && (t.get(j - 1).is("VERB") && finiteAt(j - 1) || t.get(j - 1).is("ADJ") && predicative(j - 1, from))) {
            return leftSource(j - 1, from); // "they differ on backing X", "Roe is keen on telling voters X"
        }
        int aspectual = aspectualVerb(c, from);
        if (aspectual >= 0) {
            return leftSource(aspectual, from); // "Roe kept attacking the guild": the subject of "kept"
        }
        if (j <= from || !(t.get(j).text().equals("to") || by)) {
            return null;
        }
        if (!by && j - 2 > from && isQuoteMark(t.get(j - 1).text())) {
            // "appeared on “Ostland Today” to defend ...": a quoted title is the verb's object or adjunct
            int open = j - 2;
            while (open > from && j - open < 12 && !isQuoteMark(t.get(open).text())) {
                open--;
            }
            int start = open;
            while (start - 1 > from && (t.get(start - 1).is("DET") || t.get(start - 1).possessive())) {
                start--;
            }
            int[] subject = open > from && isQuoteMark(t.get(open).text())
                    ? purposeController(new int[] {start, j}, from) : null;
            if (subject != null && subject[0] != start) {
                return subject;
            }
        }
        if (!by && j - 2 > from && t.get(j - 1).is("ADJ") && commaBefore(j - 1)) {
            // "Roe headed out, ready to tell the board X": the adjective set off describes the clause's subject
            int[] subject = clauseSubject(from, j - 1);
            if (subject != null) {
                return subject;
            }
        }
        if (!by && t.get(j - 1).is("ADJ") && predicative(j - 1, from)) {
            // "voters were more likely to want X", "Roe is quick to point out that ...": the adjective's subject
            // ("it is hard to say": no one)
            int[] subject = leftSource(j - 1, from);
            return subject == null || subject[1] - subject[0] == 1
                    && NO_SOURCE.contains(t.get(subject[0]).text().toLowerCase()) ? null : subject;
        }
        j--;
        while (j > from && (t.get(j).is("ADP") || t.get(j).is("PART") || t.get(j).is("ADV")) && c - j < 5) {
            j--; // "went on to", "proceeded quickly to"
        }
        int amount = j;
        while (amount > from && c - amount < 5 && t.get(amount).is("ADJ")) {
            amount--;
        }
        if (amount > from && AMOUNTS.contains(t.get(amount).text().toLowerCase()) && t.get(amount - 1).is("VERB")) {
            j = amount - 1; // "Roe had nothing good to say about it", "has little to say"
        }
        // "ended the speech by saying “...”", "countered on Friday by suggesting a later date": past the verb's
        // object, its prepositional phrases and time words
        int k = j;
        while (by && k > from && j - k < 8 && (inNounPhrase(k) || t.get(k).is("PRON") || t.get(k).is("ADP")
                || t.get(k).is("ADV") || isTimeWord(t.get(k).text()))) {
            k--;
        }
        if (k < j && t.get(k).is("VERB")) {
            j = k;
        }
        // ("Roe responded by saying ...", "concluded by implying that ...": a cue governing the gerund speaks too)
        return t.get(j).is("VERB") && (cueWords.cueAt(j) == null || by) ? leftSource(j, from) : null;
    }

    /**
     * The verb before gerund {@code c} (over adverbs) when its subject does what the gerund says: "Roe kept
     * attacking the guild", "began dismissing X", "has avoided directly criticizing Roe"; or -1.
     */
    int aspectualVerb(int c, int from) {
        if (!t.get(c).text().endsWith("ing")) {
            return -1;
        }
        int j = c - 1;
        while (j > from && t.get(j).is("ADV") && c - j < 3) {
            j--;
        }
        return j > from && t.get(j).is("VERB") && ASPECTUAL.contains(t.get(j).text().toLowerCase()) ? j : -1;
    }

    /**
     * "The council called an emergency meeting to discuss ...", "leaders used blunt language to denounce ...": an
     * infinitive after a verb's object states the purpose of the verb's subject, who speaks. Verbs whose object
     * does the infinitive ("urged Roe to say", "asked her to explain") keep the object.
     */
    int[] purposeController(int[] object, int from) {
        int v = object[0] - 1;
        // ("took to/PART Oslo to say": the tagger makes some "to" of a place a particle)
        for (int hops = 0; hops < 2 && v > from && (t.get(v).is("ADP") || t.get(v).text().equals("to")); hops++) {
            // "appeared on the radio to defend ...", "interrupted me in mid-sentence to announce": past the adjunct
            while (v - 1 > from && t.get(v - 1).is("ADP")) {
                v--; // "went out of his way to say": a preposition of two words
            }
            int[] np = t.get(v - 1).is("VERB") ? new int[] {v, v} : nounPhraseLeft(v - 1, from);
            if (np == null || np[0] <= from) {
                return object;
            }
            v = np[0] - 1;
        }
        while (v > from && t.get(v).is("ADV")) {
            v--; // "used particularly blunt language"
        }
        Token verb = t.get(v);
        String w = verb.text().toLowerCase();
        Cues.Cue cue = cueWords.cueAt(v);
        // ("had/AUX reason to know": "have" with an object is the main verb)
        boolean have = verb.is("AUX") && (w.equals("have") || w.equals("has") || w.equals("had"));
        if (!verb.is("VERB") && !have || cue != null && Cues.OBJECT_FIRST.contains(cue.lemma())
                || OBJECT_CONTROL.stream().anyMatch(w::startsWith)) {
            return object;
        }
        int[] subject = leftSource(v, from);
        return subject != null ? subject : object;
    }

    /**
     * "Surety firms that had insured the loans agreed", "an official who spoke anonymously to discuss strategy
     * said": a noun phrase found before the cue that is the object of a relative clause (over an infinitive too)
     * gives way to the clause's antecedent, the subject.
     */
    int[] relativeAntecedent(int[] src, int from) {
        int j = src[0] - 1;
        int verbs = 0;
        while (j > from && (t.get(j).is("VERB") || t.get(j).is("AUX") || t.get(j).is("ADV")
                || t.get(j).text().equals("to") && verbs > 0) && verbs < 5) {
            j--;
            verbs++;
        }
        if (verbs == 0 || j <= from || !RELATIVE.contains(t.get(j).text().toLowerCase())) {
            return src;
        }
        int[] antecedent = nounPhraseLeft(j - 1, from);
        return antecedent != null && !t.get(antecedent[1] - 1).is("PRON") ? antecedent : src;
    }

    /** The latest attribution with a source whose cue is in sentence {@code s} before token {@code c}. */
    Found lastInSentence(int s, int c) {
        Found best = null;
        for (Found f : found) {
            if (f.cue() >= 0 && f.cue() < c && f.srcStart() >= 0 && t.get(f.cue()).sentence() == s
                    && (best == null || f.cue() > best.cue())) {
                best = f;
            }
        }
        return best;
    }

    /**
     * The report whose content holds {@code f}'s cue, out to the outermost one with a source ("Roe urged
     * voters to back the plan, saying ...": Roe's report, not the voters'), or {@code f} itself.
     */
    Found outermost(Found f) {
        for (boolean moved = f != null; moved; ) {
            moved = false;
            // (a report set off by a comma, "X, Roe added, saying ...", is no nested one: its content is cut there)
            int first = f.srcStart() >= 0 && f.srcStart() < f.cue() ? f.srcStart() : f.cue();
            if (first > 0 && t.get(first - 1).text().equals(",")) {
                break;
            }
            for (Found o : found) {
                int at = t.get(f.cue()).start();
                if (o != f && o.srcStart() >= 0 && o.cue() >= 0 && o.cue() < f.cue() && o.contentStart() <= at
                        && at < o.contentEnd()) {
                    f = o;
                    moved = true;
                    break;
                }
            }
        }
        return f;
    }

    /** The noun phrase ending just before cue {@code c} (over adverbs, auxiliaries, an appositive), or null. */
    int[] leftSource(int c, int from) {
        int k = c - 1;
        // (over "on Tuesday" too: "the senator on Tuesday dismissed ..."; not over a name opening the sentence)
        while (k >= from && !nameMadeAdverb(k, from) && (t.get(k).is("ADV") && !WH_WORDS.contains(t.get(k).text().toLowerCase())
                && !standingQuantifier(k, from)
                || t.get(k).is("AUX") || t.get(k).is("PART") || isTimeWord(t.get(k).text())
                || t.get(k).text().endsWith("n’t") || t.get(k).text().endsWith("n't") // "hasn’t/PUNCT endorsed"
                || t.get(k).is("VERB") && AUXILIARY_VERBS.contains(t.get(k).text().toLowerCase()) // "who had/VERB endorsed"
                || t.get(k).text().equals("on") && k + 1 < c && isTimeWord(t.get(k + 1).text())
                || t.get(k).is("NUM") && k - 2 > from && t.get(k - 1).text().equals("in")
                && !t.get(k - 2).is("NUM") && !t.get(k - 2).is("VERB")
                || floatingQuantifier(k, from)
                || allBut(k, from)
                || emphaticReflexive(k, from))) {
            k -= t.get(k).is("NUM") || allBut(k, from) ? 2 : 1; // ("who in 2010 said": over the year; "six in 10 say", "filed in 2012 challenging" stay)
        }
        if (k >= from && nameMadeAdverb(k, from)) {
            // "Henry/ADV tweeted, “...”", "Roe/ADV earlier Tuesday backed": a name the article has given, made an adverb
            return new int[] {k, k + 1};
        }
        if (k > from && t.get(k).text().equals(")")) {
            // "Sen. Jane Roe (D-Ore.) said": the name before the parenthesis
            int open = openingParenthesis(k, from);
            if (open >= 0) {
                k = open - 1;
            }
        }
        if (k < from) {
            return null;
        }
        if (k - 1 > from && isQuoteMark(t.get(k).text()) && t.get(k - 1).text().equals(",") && !insideQuote(t.get(c).start())) {
            k--; // "Roe, citing “the magic of it,” said": the appositive ends with a quoted phrase and its comma
        }
        String mark = t.get(k).text();
        if (mark.equals(",") && k - 1 > from && t.get(k - 1).text().equals(")")) {
            // "Gov. Jane Roe (D-Ore.), said": the name before the parenthesis
            int open = k - 2;
            while (open > from && open > k - 31 && !t.get(open).text().equals("(")) {
                open--;
            }
            boolean appositive = false; // "Jane Roe, head of X (a PAC), said": the comma pair is the appositive
            for (int j = Math.max(from, open - 30); j < open; j++) {
                appositive |= t.get(j).text().equals(",");
            }
            int[] named = open > from && t.get(open).text().equals("(") ? nounPhraseLeft(open - 1, from) : null;
            if (named != null && (!appositive || names(named, "person"))) {
                return named; // (a person's name before the parenthesis is the source whatever came before it)
            }
        }
        if (mark.equals(",") || dash(k)) {
            // "Jane Roe, a former official, said": the name before the appositive
            int j = k - 1;
            while (j > from && j > k - 30 && !t.get(j).text().equals(mark)) {
                j--;
            }
            if (j <= from || !t.get(j).text().equals(mark)) {
                return null;
            }
            int[] inside = nounPhraseLeft(k - 1, j + 1);
            if (inside != null && inside[0] == j + 1 && namedPerson(inside)) {
                return inside; // "the deputy ambassador, Jane Roe, said" (not "Roe, the strategist of Jane Doe's campaign,")
            }
            int[] described = pastDescriptors(nounPhraseBefore(j - 1, from), inside, from);
            // (only when the phrase found is an object or another appositive: "in Brill, Md.,", "promoting a book,")
            int[] before = mark.equals(",") && (described == null || described[0] > from
                    && (t.get(described[0] - 1).is("ADP") || t.get(described[0] - 1).is("VERB")
                    || t.get(described[0] - 1).text().equals(",")))
                    ? describedBefore(k, from) : null;
            return before != null ? before : described;
        }
        Token head = t.get(k);
        if (head.is("VERB") && head.text().endsWith("ed") && k - 1 >= from && t.get(k - 1).text().equalsIgnoreCase("those")) {
            return new int[] {k - 1, k + 1}; // "those surveyed said", "those polled say"
        }
        if ((head.is("ADJ") || head.is("VERB")) && capitalized(head.text()) && coveringName(head.start()) == null) {
            // the tagger makes some names adjectives or verbs ("Cuban/ADJ said", "Roe/VERB offered"): a capitalized
            // word right before the cue is its subject
            int s = k;
            while (s - 1 >= from && s > k - 4 && (t.get(s - 1).is("PROPN") || capitalized(t.get(s - 1).text())
                    && t.get(s - 1).is("ADJ"))) {
                s--;
            }
            return new int[] {s, k + 1};
        }
        int[] np = nounPhraseLeft(k, from);
        String preposition = np != null && np[0] - 2 >= from && t.get(np[0] - 1).is("ADP")
                ? t.get(np[0] - 1).text().toLowerCase() : null;
        if (preposition != null && !preposition.equals("of") && !preposition.equals("as")
                && !t.get(np[0]).text().equals("least")) {
            // "Roe has in the past described ...", "who in 2012 for the first time said ...": a prepositional
            // phrase after the subject or its auxiliary is an adjunct of the cue, no source ("as the team
            // sought", "which at least one aide considered" keep theirs; a name before a participle's phrase is
            // the phrase's: "joining Roe in the group seeking ...")
            Token before = t.get(np[0] - 2);
            String w = before.text().toLowerCase();
            int[] subject = before.is("AUX") || AUXILIARY_VERBS.contains(w) || isTimeWord(before.text())
                    || (SUBJECT_PRONOUNS.contains(w) || RELATIVE.contains(w)) && !w.equals("it")
                    || namedPerson(new int[] {np[0] - 2, np[0] - 1}) && !t.get(c).text().endsWith("ing")
                    ? leftSource(np[0] - 1, from) : null;
            if (subject != null) {
                return subject;
            }
        }
        String plural = np != null && np[1] - np[0] == 1 ? t.get(np[0]).text() : "";
        if (np != null && np[1] + 1 == c && t.get(np[1]).text().equals("to") && t.get(np[0]).is("NOUN")
                && plural.endsWith("s") && !plural.endsWith("ss") && Character.isLowerCase(plural.charAt(0))
                && np[0] - 2 > from && t.get(np[0] - 1).is("CCONJ")
                && (t.get(np[0] - 1).text().equals("but") || t.get(np[0] - 2).text().equals(","))) {
            // "Roe gave to many, but plans/NOUN to narrow her support": a coordinated verb the tagger made a noun,
            // whose subject is the infinitive's ("primaries and caucuses to decide" is a noun)
            int[] subject = coordinatedSubject(np[0], from);
            if (subject != null) {
                return subject;
            }
        }
        return np == null ? null : overAttachments(np, from);
    }

    /**
     * The subject whose prepositional phrases end in {@code np}: "officials in Easton said", "..., a group of
     * farmers with land in Easton sent": back over nouns and their phrases to the start of the sentence or to a
     * comma or conjunction before them; else {@code np} ("spoke to farmers in Easton" reaches a verb).
     */
    private int[] overAttachments(int[] np, int from) {
        int start = np[0];
        for (int hop = 0; hop < 4 && start - 2 >= from && NOUN_ATTACHING.contains(t.get(start - 1).text()); hop++) {
            Token noun = t.get(start - 2);
            int[] before = noun.is("NOUN") || noun.is("PROPN") ? nounPhraseLeft(start - 2, from) : null;
            if (before == null || before[1] != start - 1) {
                return np;
            }
            start = before[0];
            Token boundary = start > from ? t.get(start - 1) : null;
            if (boundary == null || boundary.text().equals(",") || boundary.is("CCONJ") || boundary.is("SCONJ")) {
                return new int[] {start, np[1]};
            }
        }
        return np;
    }

    /**
     * "they all vowed", "Vell and Roe (D-Ost.) both denounced": "all", "both" or "each" after the subject it
     * counts (and after a name's party, whose parenthesis the source then walks back over).
     */
    private boolean floatingQuantifier(int k, int from) {
        String w = t.get(k).text().toLowerCase();
        return (w.equals("all") || w.equals("both") || w.equals("each")) && k - 1 >= from
                && (t.get(k - 1).is("PRON") && !t.get(k - 1).possessive() || t.get(k - 1).is("PROPN")
                || t.get(k - 1).is("NOUN") || t.get(k - 1).text().equals(")"));
    }

    /**
     * The source among the comma-separated phrases that end at {@code np}: "Jan Roe, 56, who has served ...,
     * told" (the name, not the age); "Jan Roe, of Easton, Md., said", "Jan Roe, the head of the Ostland Ferry
     * Guild, which backs the plan, said" (back over places, "of" phrases and appositives to the person they
     * describe). Without a person's name among them, {@code np} stays ({@code fallback} when it is null).
     */
    private int[] pastDescriptors(int[] np, int[] fallback, int from) {
        if (np != null && np[1] - np[0] == 1 && t.get(np[0]).is("NUM") && np[0] - 2 >= from
                && t.get(np[0] - 1).text().equals(",")) {
            np = nounPhraseLeft(np[0] - 2, from);
        }
        if (np == null) {
            return fallback;
        }
        int[] walked = np;
        for (int step = 0; step < 6 && !namedPerson(walked); step++) {
            int before = walked[0] - 1;
            String w = before > from ? t.get(before).text().toLowerCase() : "";
            int k = w.equals(",") ? before - 1 : w.equals("of") || w.equals("from") || w.equals("in")
                    ? (t.get(before - 1).text().equals(",") ? before - 2 : before - 1) : -1;
            walked = k >= from ? nounPhraseLeft(k, from) : null;
            // ("Roe, 67, a retired welder in Arvel, Md., said": over "in" only from an appositive set off by a
            // comma, not from a verb's object, "insiders who expect Vell to win in Arvel")
            if (walked == null || w.equals("in") && (walked[0] - 1 < from || !t.get(walked[0] - 1).text().equals(","))) {
                return np;
            }
        }
        return namedPerson(walked) ? walked : np;
    }

    /**
     * The noun phrase before a relative clause, a participle phrase or a prepositional aside opened by a comma and
     * running, over commas of its own, to the comma at {@code comma}: "Jan Vell, who lost her seat in Easton, Md.,
     * in 2012, said", "Jan Vell, facing a challenge in Easton, a swing district, said" (not "Easton" or "Md.");
     * else null.
     */
    private int[] describedBefore(int comma, int from) {
        int aside = -1;
        for (int j = comma - 1; j > from + 1 && j > comma - 40; j--) {
            Token next = t.get(j + 1);
            String w = next.text().toLowerCase();
            // (the relative clause has its verb before the cue, else the cue is its verb: "leaders, who, on a
            // call, criticized"; a participle phrase has none: "While Vell, facing X, laid out Y, Roe said")
            boolean relative = (w.equals("who") || w.equals("whose")) && hasVerb(j + 2, comma);
            boolean participle = next.is("VERB") && next.text().equals(w) && (w.endsWith("ing") || w.endsWith("ed"))
                    && !hasFiniteVerb(j + 2, comma);
            if (t.get(j).text().equals(",") && (relative || participle)) {
                int[] np = nounPhraseBefore(j - 1, from);
                return np == null ? null : pastDescriptors(np, np, from);
            }
            if (aside < 0 && t.get(j).text().equals(",") && next.is("ADP") && !w.equals("of")
                    && !hasVerb(j + 2, comma)) {
                aside = j; // (a relative clause before it still comes first: "Roe, who ... in Brill, in 2012, said")
            }
        }
        // a prepositional aside: "Roe, in a rambling, sometimes angry speech, said", "officials have, in fact,
        // praised" (the subject before it, over an auxiliary)
        return aside > 0 ? leftSource(aside, from) : null;
    }

    /**
     * The noun phrase ending at {@code k}, or before the parenthesis closing there: "Sen. Jan Roe (D-Ore.), a
     * candidate, said" (the name, not the party and state).
     */
    private int[] nounPhraseBefore(int k, int from) {
        int open = k > from && t.get(k).text().equals(")") ? openingParenthesis(k, from) : -1;
        return nounPhraseLeft(open >= 0 ? open - 1 : k, from);
    }

    /** The "(" that token {@code close}, a ")", closes, at most 30 tokens back and after {@code from}; or -1. */
    private int openingParenthesis(int close, int from) {
        for (int open = close - 1; open > from && open > close - 30; open--) {
            if (t.get(open).text().equals("(")) {
                return open;
            }
        }
        return -1;
    }

    /** Whether the noun phrase {@code src} ends in a person's name ("Jane Roe", not "Jane Roe's campaign"). */
    private boolean namedPerson(int[] src) {
        Name head = coveringName(t.get(src[1] - 1).start());
        if (head == null || !head.type().equals("person")) {
            return false;
        }
        // ("the president of the Ostland Guild": a name after a preposition is no head of the phrase)
        for (int k = src[0]; k < src[1] && t.get(k).start() < head.start(); k++) {
            if (t.get(k).is("ADP")) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} opens the sentence as a name of the article that the tagger made an adverb. */
    private boolean nameMadeAdverb(int k, int from) {
        return k == from && (t.get(k).is("ADV") || t.get(k).is("SCONJ")) && capitalized(t.get(k).text())
                && namedInArticle(t.get(k).text());
    }

    /** Whether {@code word} is a word of a name recognized in the article ("Henry" after "Ed Henry"). */
    private boolean namedInArticle(String word) {
        for (Name n : names) {
            if (Arrays.asList(n.text().split("\\s+")).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Roe herself has proposed": a reflexive at {@code k} right after a name or noun stresses it, no subject. */
    private boolean emphaticReflexive(int k, int from) {
        String w = t.get(k).text().toLowerCase();
        return k > from && (w.equals("himself") || w.equals("herself") || w.equals("themselves") || w.equals("itself"))
                && (t.get(k - 1).is("PROPN") || t.get(k - 1).is("NOUN"));
    }

    /** "Roe all but accused Vell": "all but" at {@code k} (its "but") says "almost", joining no second verb. */
    private boolean allBut(int k, int from) {
        return k - 1 > from && t.get(k).text().equals("but") && t.get(k - 1).text().equalsIgnoreCase("all");
    }

    /**
     * "..., said Jane Roe" / "“...,” said the spokesman": a noun phrase right after a cue that follows a
     * comma, a quotation mark or a colon; or null.
     */
    int[] rightSource(int c) {
        int from = text.firstToken(t.get(c).sentence());
        boolean closing = c > from && (isQuoteMark(t.get(c - 1).text()) || stopAndMark(t.get(c - 1).text()));
        if (c > from && !(t.get(c - 1).text().equals(",") || closing || t.get(c - 1).text().equals(":"))) {
            return null;
        }
        int to = text.firstToken(t.get(c).sentence() + 1);
        int[] np = nounPhraseRight(c + 1, to);
        boolean afterQuotation = closing
                || c - 1 > from && t.get(c - 1).text().equals(",") && isQuoteMark(t.get(c - 2).text());
        if (np == null && afterQuotation && c + 2 < to && isPunct(t.get(c + 2))
                && ONE_MORE.contains(t.get(c + 1).text().toLowerCase())) {
            return new int[] {c + 1, c + 2}; // "“...,” tweeted another.": one more of those just named
        }
        if (np == null && afterQuotation && c + 3 < to && partitive(c + 1)) {
            // "“...,” said one of two engineers who built it": the part of the group the quotation is from
            int[] group = nounPhraseRight(c + 3, to);
            if (group != null && group[0] == c + 3) {
                return new int[] {c + 1, group[1]};
            }
        }
        int[] titled = afterQuotation && (np == null || np[1] < to && !isPunct(t.get(np[1]))) ? titledNameRight(c + 1, to) : null;
        if (titled != null) {
            return titled;
        }
        if (np == null && afterQuotation) {
            return nameRight(c + 1, to);
        }
        return np != null && (!t.get(np[0]).is("PRON") || np[1] - np[0] > 1) ? np : null; // "said one official"
    }

    /**
     * "“...,” said pollster/VERB Ada Roe.", "said L2/ADP president Ada Roe, who ...": an inverted source whose title
     * the tagger broke, read as the words up to the end of the person's name that closes them before a comma or a
     * stop (at most {@link #TITLE_REACH} words, no quotation mark), or null.
     */
    private int[] titledNameRight(int a, int to) {
        for (int e = a; e < to && e < a + TITLE_REACH; e++) {
            Token tok = t.get(e);
            if (isPunct(tok) || isQuoteMark(tok.text())) {
                return null;
            }
            Name n = coveringName(tok.start());
            if (n != null && n.type().equals("person")) {
                int end = e;
                while (end < to && t.get(end).start() < n.end()) {
                    end++;
                }
                boolean closes = end >= to || isPunct(t.get(end)) && !t.get(end).text().equals("(");
                return e > a && closes ? new int[] {a, end} : null;
            }
        }
        return null;
    }

    /** Most words of a title before the name of an inverted source the tagger broke ("said L2 president Ada Roe"). */
    private static final int TITLE_REACH = 6;

    /**
     * "“...,” said Cuban/ADJ, who ...", "said former/SCONJ tech executive Carly Fiorina during ...", "said Jock/ADP
     * A. Finlayson": an inverted source the tagger broke, read as words up to the end of their capitalized run
     * (lowercase modifiers, then the name; no verb, no time word), or null.
     */
    private int[] nameRight(int a, int to) {
        if (a >= to || t.get(a).is("ADP") && !capitalized(t.get(a).text())) {
            return null; // "“...” written by a Spanish author": an agent, no inverted source
        }
        int lastCap = -1;
        for (int e = a; e < to && e < a + 8; e++) {
            Token tok = t.get(e);
            String w = tok.text();
            if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
                continue; // a middle initial, "A."
            }
            // ("“...,” says Vell/VERB, who ...": a capitalized word after the cue is a name the tagger broke)
            // ("said Will/AUX Doyle": a first name that is also a modal)
            if (!w.chars().allMatch(Character::isLetter) || tok.is("VERB") && !capitalized(w)
                    || tok.is("AUX") && !(capitalized(w) && e + 1 < to && capitalized(t.get(e + 1).text())) || tok.is("PRON")
                    || isTimeWord(w) || lastCap >= 0 && !capitalized(w)) {
                break;
            }
            if (capitalized(w)) {
                lastCap = e;
            }
        }
        return lastCap >= 0 ? new int[] {a, lastCap + 1} : null;
    }

    /**
     * "Roe released a statement saying ...": a participle's noun phrase that is the object of a verb is not
     * the source; the verb's subject is. Returns {@code np} when no such subject is found.
     */
    int[] objectsSubject(int[] np, int from) {
        int v = np[0] - 1;
        if (v > from && t.get(v).text().equalsIgnoreCase("with")) {
            return np; // "ended with Vell asking ...": the noun of an absolute "with" does what the participle says
        }
        if (v > from && (t.get(v).is("ADP") || t.get(v).is("PART")) && t.get(v - 1).is("VERB")) {
            v--; // "sent out a release saying"
        }
        for (int hop = 0; hop < 3 && v > from && t.get(v).is("ADP") && !t.get(v).text().equalsIgnoreCase("with"); hop++) {
            // "spent much of the week before the vote portraying X": over the phrases to the verb
            String w = t.get(v - 1).text().toLowerCase();
            int[] object = QUANTIFIERS.contains(w) || w.equals("much") ? new int[] {v - 1, v} : nounPhraseLeft(v - 1, from);
            if (object == null && isTimeWord(t.get(v - 1).text())) { // ("the week", which names no source)
                object = new int[] {v - 2 >= from && t.get(v - 2).is("DET") ? v - 2 : v - 1, v};
            }
            if (object == null || object[0] - 1 <= from) {
                return np;
            }
            v = object[0] - 1;
        }
        if (v <= from || !t.get(v).is("VERB")) {
            return np;
        }
        int[] subject = leftSource(v, from);
        return subject != null ? subject : np;
    }

    /**
     * "Roe toured the plant and vowed to ...": a cue verb after "and"/"but" (or ", then") shares the subject of
     * the first verb of its sentence (the attribution before it in the sentence, else the noun phrase before that
     * verb).
     */
    int[] coordinatedSubject(int c, int from) {
        int k = c - 1;
        while (k > from && (t.get(k).is("ADV") || t.get(k).is("AUX") || t.get(k).is("PART"))) {
            k--;
        }
        // ("Roe paused, then added ...": the comma before "then" joins the verbs as "and" does)
        boolean then = k > from && t.get(k).text().equals(",") && t.get(k + 1).text().equalsIgnoreCase("then");
        // ("Roe joked about X, declined to back Y, and told Z": a verb in a series that "and" closes)
        boolean series = k > from && k == c - 1 && t.get(k).text().equals(",") && finiteAt(c) && seriesClosed(c);
        if (k <= from || !t.get(k).is("CCONJ") && !then && !series) {
            return null;
        }
        // ("Roe says voters may not like it, but insists ...": the report holding the last one speaks on)
        Found prev = outermost(lastInSentence(t.get(c).sentence(), c));
        if (t.get(k - 1).is("VERB") && cueWords.cueAt(k - 1) == null) {
            int[] own = leftSource(k - 1, from); // "I laughed and said": the subject of the verb just before
            // ("Roe said the vote was rigged but conceded ...": not the subject opening the last report's content)
            boolean opensContent = own != null && prev != null && prev.cue() < own[0]
                    && t.get(own[0]).start() == prev.contentStart();
            if (own != null && !opensContent) {
                return own;
            }
        }
        // ("Roe watched it, according to X, and said ...": X reported Roe's act, the verb after it is Roe's)
        boolean aside = prev != null && prev.cue() >= 0 && t.get(prev.cue()).text().equalsIgnoreCase("according")
                && prev.contentEnd() <= t.get(prev.cue()).start();
        if (prev != null && !aside) {
            return new int[] {prev.srcStart(), prev.srcEnd()};
        }
        for (int j = k - 2; j > from && !isPunct(t.get(j)); j--) {
            if (t.get(j - 1).text().equals(",") && RELATIVE.contains(t.get(j).text().toLowerCase())
                    && (t.get(j + 1).is("VERB") || t.get(j + 1).is("AUX"))) {
                return new int[] {j, j + 1}; // "..., who campaigned on X and sought Y": the relative's verbs
            }
        }
        int[] first = null;
        for (int j = from; j < k; j++) {
            // (not a participle set off by a comma: "Roe's aides, including his wife, watched ...")
            boolean setOff = j > from && t.get(j).text().endsWith("ing") && t.get(j - 1).text().equals(",");
            // (past a verb with no subject before it: "Walking home, Roe stopped at X and said ...")
            int[] subject = (t.get(j).is("VERB") || t.get(j).is("AUX")) && !setOff ? leftSource(j, from) : null;
            // a later clause's subject after a subordinator, a comma or a conjunction: "The crowd cheered when
            // Vell spotted a sign and asked ...", "As the crowd began to chant, Vell was joined by Roe and joked"
            // (a main verb, not an aside's "does": "jumped onto X — as he so often does — and retweeted ...")
            if (subject != null && (first == null
                    || subject[0] > first[0] && t.get(j).is("VERB") && clauseOpens(subject, from))) {
                first = subject;
            }
        }
        return first;
    }

    /**
     * Whether {@code subject} opens a clause: after a subordinator or a comma, or a pronoun after a conjunction
     * (a noun there may head a participle: "met survivors and relatives of those killed and said ...").
     */
    private boolean clauseOpens(int[] subject, int from) {
        int s = subject[0];
        if (s <= from) {
            return true;
        }
        Token before = t.get(s - 1);
        return SUBORDINATORS.contains(before.text().toLowerCase()) || before.text().equals(",")
                || before.is("CCONJ") && subject[1] == s + 1
                && SUBJECT_PRONOUNS.contains(t.get(s).text().toLowerCase());
    }

    /**
     * "The debate ended as Vell took the stage, saying ...": a participle right after a subordinate clause (no
     * comma inside it) goes on from that clause's subject, or null.
     */
    int[] subordinateSubject(int from, int comma) {
        for (int j = comma - 1; j > from; j--) {
            if (isPunct(t.get(j))) {
                return null;
            }
            if (SUBORDINATORS.contains(t.get(j).text().toLowerCase())) {
                int[] subject = subjectAt(j + 1, comma);
                // (not "they" or "it", often things: "Vell apologized for the posts after they came out, saying")
                return subject != null && subject[0] == j + 1 && subject[1] < comma && finiteAt(subject[1])
                        && !nestedClause(from, j)
                        && !NO_SPEAKER_PRONOUNS.contains(t.get(j + 1).text().toLowerCase()) ? subject : null;
            }
        }
        return null;
    }

    /**
     * Whether a relative or subordinate clause opens in [from, j): then a subordinate clause at {@code j} is nested
     * in it ("Vell was defensive when asked about a builder who said he was stiffed after he built a shed,
     * saying").
     */
    private boolean nestedClause(int from, int j) {
        for (int k = from; k < j; k++) {
            String w = t.get(k).text().toLowerCase();
            if (RELATIVE.contains(w) || SUBORDINATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "and" or "or" and a finite verb (over adverbs) follow token {@code c} in its sentence. */
    private boolean seriesClosed(int c) {
        int to = text.firstToken(t.get(c).sentence() + 1);
        for (int j = c + 1; j + 1 < to; j++) {
            String w = t.get(j).text().toLowerCase();
            if (t.get(j).is("CCONJ") && (w.equals("and") || w.equals("or"))) {
                int v = j + 1;
                while (v + 1 < to && t.get(v).is("ADV")) {
                    v++;
                }
                return t.get(v).is("VERB") && finiteAt(v);
            }
        }
        return false;
    }

    /**
     * "Some 56 percent of voters polled said ...", "officials whose laws were struck down say ...", "a poll out
     * this week shows ...": a subject whose modifier runs up to the cue, so no noun phrase ends right before it.
     * The noun phrase opening the sentence is the source when no punctuation or other cue comes between it and
     * the cue.
     */
    int[] modifiedSubject(int c, int from) {
        while (from < c && (t.get(from).is("CCONJ") || t.get(from).is("ADV") || isPunct(t.get(from)))) {
            from++; // "Indeed, proponents of ... say"
        }
        int[] subject = subjectAt(from, c);
        if (subject == null || c - subject[1] > 12 || t.get(subject[1] - 1).is("PRON")) {
            return null;
        }
        for (int k = subject[1]; k < c; k++) {
            // ("a source speaking to the Herald said": a participle right after the subject modifies it)
            boolean modifier = k == subject[1] && t.get(k).text().endsWith("ing");
            if (isPunct(t.get(k)) || cueWords.cueAt(k) != null && !modifier) {
                return null;
            }
        }
        return subject;
    }

    /**
     * The subject opening a sentence (over a leading conjunction or adverb) when it names someone: a proper noun
     * or a personal pronoun ("Roe, after weeks of silence, conceded that ..."); else null.
     */
    int[] namedSubject(int from, int limit) {
        int s = from;
        while (s < limit && (t.get(s).is("CCONJ") || t.get(s).is("ADV") || isPunct(t.get(s)))) {
            s++;
        }
        int[] subject = subjectAt(s, limit);
        if (subject == null) {
            return null;
        }
        Token head = t.get(subject[1] - 1);
        String w = head.text().toLowerCase();
        return head.is("PROPN") || PERSON_PRONOUNS.contains(w) || w.equals("they") ? subject : null;
    }

    /**
     * The subject of the clause opening at {@code from}, over a leading conjunction or adverb and an opening
     * adjunct set off by a comma ("Then he cut into ...", "Before the vote, Roe took ...").
     */
    int[] clauseSubject(int from, int limit) {
        int s = skipDateline(from, limit); // ("OSTPORT (AP) — In response, Vell rallied supporters, saying ...")
        while (s < limit && (t.get(s).is("CCONJ") || t.get(s).is("ADV") || isPunct(t.get(s)))) {
            s++;
        }
        // an opening adjunct up to its comma: "After the vote, ...", "Chastened by the polls, ...", "Earlier this
        // week, ...", "Hours later, ..." (a time phrase only when its comma comes soon)
        boolean time = false;
        // ("This week, ...", "But that morning, ...", "A few days later, ...": words before the time word)
        int head = s;
        while (head + 1 < limit && head < s + 2 && (t.get(head).is("DET") || t.get(head).is("ADJ"))) {
            head++;
        }
        String when = head < limit ? t.get(head).text().toLowerCase() : "";
        boolean timeWord = isTimeWord(when) || TIME_NOUNS.contains(when);
        for (int j = s + 1; s < limit && j < Math.min(limit, head + 4); j++) {
            if (t.get(j).text().equals(",")) {
                time = timeWord || isTimeWord(t.get(s).text()) || isTimeWord(t.get(j - 1).text());
                break;
            }
        }
        if (s < limit && (time || t.get(s).is("ADP") || t.get(s).is("SCONJ") || t.get(s).is("VERB")
                && (t.get(s).text().endsWith("ed") || t.get(s).text().endsWith("ing")))) {
            int comma = s;
            while (comma < limit && !t.get(comma).text().equals(",")) {
                comma++;
            }
            s = comma < limit ? comma + 1 : s;
        }
        return subjectAt(s, limit);
    }

    /** Whether the noun phrase [np[0], np[1]) is a time: "this week", "her time", "Thursday". */
    boolean timeHeaded(int[] np) {
        String head = t.get(np[1] - 1).text();
        // (a capital only opening the sentence, "Hours later, ...": "Ada Vell-Day" is a name)
        boolean opens = np[1] - 1 == text.firstToken(t.get(np[0]).sentence());
        return TIME_NOUNS.contains(opens ? head.toLowerCase() : head) || CalendarWords.isWeekday(head);
    }

    /** The subject noun phrase opening a sentence (after a dateline), before token {@code limit}. */
    int[] subjectAt(int sentenceStart, int limit) {
        int from = skipDateline(sentenceStart, limit);
        int e = from;
        // (a recognized name counts whatever the tagger made of it, and so does a capitalized word the tagger
        // made a verb before the clause's verb: "Roe/VERB subsequently defended ...")
        if (e + 1 < limit && t.get(e).is("VERB") && capitalized(t.get(e).text())
                && (t.get(e + 1).is("ADV") || t.get(e + 1).is("VERB") || t.get(e + 1).is("AUX"))) {
            return new int[] {e, e + 1};
        }
        while (e < limit && (inNounPhrase(e) || t.get(e).is("PRON") && e == from
                || !isPunct(t.get(e)) && capitalized(t.get(e).text()) && coveringName(t.get(e).start()) != null)) {
            e++;
            if (t.get(e - 1).is("PRON")) {
                break;
            }
        }
        return e > from ? new int[] {from, e} : null;
    }

    /**
     * The noun phrase that a relative clause without its pronoun follows, when source {@code src} opens that clause:
     * "the offer the council rebuffed.", "a deal she once supported -" (a lowercase noun right before a subject
     * pronoun, a determiner or a name), or the whole it follows ("took back everything she said"); or null.
     */
    int[] zeroRelativeHead(int[] src, int from) {
        Token subject = t.get(src[0]);
        if (src[0] - 1 > from && WHOLES.contains(t.get(src[0] - 1).text().toLowerCase())
                && (subject.is("PRON") && SUBJECT_PRONOUNS.contains(withoutContraction(subject.text().toLowerCase()))
                || subject.is("PROPN") || subject.is("NOUN") || subject.is("DET"))) {
            return new int[] {src[0] - 1, src[0]};
        }
        String w = subject.text().toLowerCase();
        boolean opens = subject.is("PRON") ? SUBJECT_PRONOUNS.contains(withoutContraction(w))
                : subject.is("DET") || subject.is("PROPN");
        if (!opens || src[0] - 1 <= from || !t.get(src[0] - 1).is("NOUN") || t.get(src[0] - 1).possessive()
                || capitalized(t.get(src[0] - 1).text())) {
            return null;
        }
        int[] np = nounPhraseLeft(src[0] - 1, from);
        // ("In the interview he said.": a phrase opening the sentence after a preposition is no antecedent)
        return np == null || np[0] - 1 == from && t.get(from).is("ADP") ? null : np;
    }

    /**
     * Whether token {@code k} is a relative pronoun that can be the object of the clause after it: ", which Roe
     * criticized," also after a dash ("- which she once backed -"; not after a parenthesis, nor "that" after a noun:
     * measured, those mostly cut the report around them short).
     */
    boolean objectRelative(int k) {
        String w = t.get(k).text().toLowerCase();
        Token before = t.get(k - 1);
        return OBJECT_RELATIVES.contains(w) && (before.text().equals(",") || dash(k - 1));
    }
}
