package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;

/**
 * Pass 3 and the clean-up between attributions: quotations without a cue carry over the previous speaker; beliefs
 * nested in a report the reporter adds are dropped; a content ends before the next report of its sentence; topics
 * of talk are no quotes; reports inside findings fold into them.
 */
final class Nesting extends Grammar {
    /** Conjunctions opening a contrasting clause after a comma: "..., while 9 percent found it too high". */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "though", "although");

    private final CueWords cueWords;
    private final Contents contents;
    private final List<Found> found;

    Nesting(Grammar grammar, CueWords cueWords, Contents contents, List<Found> found) {
        super(grammar);
        this.cueWords = cueWords;
        this.contents = contents;
        this.found = found;
    }

    void carryOver() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::anchor));
        for (int[] q : quotes) {
            if (covered(q) || !startsSentence(q[0]) || words(q) < 3) {
                continue;
            }
            Found prev = null;
            for (Found f : sorted) {
                if (f.anchor() < q[0]) {
                    prev = f;
                }
            }
            Cues.Cue prevCue = prev == null || prev.cue() < 0 ? null : cueWords.cueAt(prev.cue());
            // ("“...,” Roe said, adding that X. “...”": the quotation goes on with what she added)
            boolean added = prevCue != null && !prev.belief() && QUOTATIVE.contains(prevCue.lemma())
                    && t.get(prev.cue()).text().endsWith("ing");
            if (prev != null && !"direct".equals(prev.kind()) && prev.cue() >= 0 && !added) {
                // "“...,” Roe said, referring to the plan. “...”": the quotation resumes the quoted speech, not
                // the report in the adjunct after its cue
                int sentence = t.get(prev.cue()).sentence();
                for (Found f : sorted) {
                    if (f.anchor() < prev.anchor() && "direct".equals(f.kind()) && f.cue() >= 0
                            && t.get(f.cue()).sentence() == sentence) {
                        prev = f;
                    }
                }
            }
            int para = text.paragraphAt(q[0]);
            if (prev != null && para - text.paragraphAt(prev.anchor()) <= 1) {
                found.add(new Found(q[0], q[1], prev.srcStart(), prev.srcEnd(), -1, "direct", false, prev, q[0]));
            }
        }
    }

    private boolean covered(int[] q) {
        for (Found f : found) {
            if (f.contentStart() < q[1] && q[0] < f.contentEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of talking whose object is no clause reports no words: "spoke five minutes", "wrote his book",
     * "declared bankruptcy", "said it over and over" (what was talked about, or how long, is not what was said).
     */
    void dropTopicsOfTalk() {
        found.removeIf(f -> {
            if (f.belief() || f.cue() < 0 || f.carried() != null || f.kind() != null) {
                return false;
            }
            Cues.Cue cue = cues.of(t.get(f.cue()).text().toLowerCase());
            int from = text.tokenAtOrAfter(f.contentStart());
            int to = text.tokenAtOrAfter(f.contentEnd());
            return cue != null && TALK.contains(cue.lemma()) && !hasVerb(from, to) && !quoted(from, to);
        });
    }

    /**
     * A belief whose content is exactly that of a relation cued before it restates that relation: "Roe rejected the
     * notion that the toll is fair" reports one view, the verb's, not a second one of the noun's.
     */
    void dropRestatedBeliefs() {
        found.removeIf(b -> b.belief() && b.cue() >= 0 && found.stream().anyMatch(a -> a != b && a.cue() >= 0
                && a.cue() < b.cue() && a.contentStart() == b.contentStart() && a.contentEnd() == b.contentEnd()));
    }

    /**
     * A belief whose cue word sits in another report's source and whose content runs over that report's cue is
     * that source's name or noun read as a verb: "Guild spokeswoman Hope Vell said", "focus groups show".
     */
    void dropCuesInSources() {
        found.removeIf(b -> b.belief() && b.cue() >= 0 && found.stream().anyMatch(a -> a != b && a.cue() >= 0
                && a.srcStart() <= b.cue() && b.cue() < a.srcEnd() && b.contentStart() <= t.get(a.cue()).start()
                && t.get(a.cue()).start() < b.contentEnd()));
    }

    /**
     * A report whose verb follows an auxiliary (over adverbs) inside another relation's content ("the pilots, who have
     * demanded that the pier close, ...", "if he would have told Roe ...", "the ferry can be seen docked") describes
     * what was done or would be done, as part of that content; PolNeAR marks it as a relation of its own under a third
     * of the time (relations only: the product's quotes keep it). Not when its source opens that content, whose main
     * clause it is ("Engineers had warned that ..., the survey said").
     */
    void dropAuxiliaryReportsInContents() {
        found.removeIf(b -> b.cue() > 0 && auxBefore(b.cue()) && found.stream().anyMatch(a -> a != b
                && a.contentStart() <= t.get(b.cue()).start() && t.get(b.cue()).start() < a.contentEnd()
                && (b.srcStart() < 0 || t.get(b.srcStart()).start() != a.contentStart())));
    }

    /** Whether an auxiliary comes right before token {@code c}, over adverbs: "had also demanded". */
    private boolean auxBefore(int c) {
        int k = c - 1;
        while (k > 0 && t.get(k).is("ADV") && t.get(k).sentence() == t.get(c).sentence()) {
            k--;
        }
        return t.get(k).is("AUX");
    }

    /** A belief reported inside reported speech ("she said she believes ...") is part of that speech. */
    void dropNestedBeliefs() {
        Map<Found, Found> speechOf = new IdentityHashMap<>();
        for (Found b : found) {
            if (b.belief() && b.cue() >= 0) {
                int at = t.get(b.cue()).start();
                found.stream().filter(a -> !a.belief() && a != b && a.contentStart() <= at && at < a.contentEnd()
                        && !reporterAdds(a, b) && contrastCut(a, b) < 0 && !summingUp(b)).findFirst()
                        .ifPresent(a -> speechOf.put(b, a));
            }
        }
        mergeInto(speechOf);
    }

    /**
     * Whether belief {@code b}, inside speech {@code a}'s content, is the reporter's next act after a phrase or an
     * infinitive: "Roe criticized the toll plan but defended Vell", "Roe vowed to keep the pier open and defended
     * the guild", "Roe spoke for an hour, dismissing questions" (the speech then ends before it). After a reported
     * clause the verb may be the clause's: "Roe said she was tired of it and wanted a change" (PolNeAR mostly
     * keeps it in the speech); so may a base form or a gerund after "and" ("vowed to cut tolls and defend the
     * pier", "questioned her record in backing the war and accepting gifts").
     */
    private boolean reporterAdds(Found a, Found b) {
        int cut = a.srcStart() == b.srcStart() && a.srcEnd() == b.srcEnd() ? coordinatedCut(a, b.cue()) : -1;
        Cues.Cue cue = cueWords.cueAt(b.cue());
        String w = t.get(b.cue()).text();
        if (cut < 0 || cue == null || w.endsWith("ing") && !commaBefore(cut) && !dash(cut - 1)
                || !t.get(cut).is("AUX") && w.equalsIgnoreCase(cue.lemma())) {
            return false;
        }
        int first = cut;
        for (; first > 0 && t.get(first - 1).start() >= a.contentStart(); first--) {
            if ((t.get(first - 1).is("VERB") || t.get(first - 1).is("AUX")) && !cueWords.nonFinite(first - 1)) {
                return false;
            }
        }
        return !contents.contracted(first, cut); // ("says he’s proud of it and expects to win": a clause too)
    }

    /** Drops each key of {@code outerOf}; a quotation carried over from one continues the report that holds it. */
    private void mergeInto(Map<Found, Found> outerOf) {
        if (outerOf.isEmpty()) {
            return;
        }
        found.removeIf(outerOf::containsKey);
        found.replaceAll(f -> {
            Found a = f.carried() == null ? null : outerOf.get(f.carried());
            return a == null ? f : new Found(f.contentStart(), f.contentEnd(), a.srcStart(), a.srcEnd(), -1, f.kind(), f.belief(), a,
                    f.anchor());
        });
    }

    /**
     * A report whose cue is non-finite (an infinitive, after a modal, or an "-ing" verb) inside another report's
     * content is part of that report: "Roe hopes to convince voters to trust her", "Doe wants Roe backing the
     * plan", "Roe said she would tell the council" report Roe's and Doe's stance or words, not a view the
     * voters hold or words Roe has said (measured on PolNeAR train: such nested reports are mostly not
     * annotated); so is a belief after an auxiliary inside a belief ("Roe thinks voters have embraced the
     * plan", "Doe fears the council had rejected it"): the outer holder's account more than a view of its own
     * (train: the inner relation matched about one time in three). A finite one ("Roe thinks Doe believes X")
     * may have happened and stays, except inside a finding: "According to the Herald, Vell said X", "A poll
     * found that 54 percent said X" report what the
     * Herald or the poll found (measured on train: the inner report matched 27 of 119 times, the outer one 102);
     * so is a report inside a headline given to a named speaker ("Vell: Roe says X", about 1 of 14), and a
     * stance mentioned in passing, whose content is one or two words ("Roe said Doe backs Vell", "Roe denounced
     * what she called X": 33 of 123). The quotes ({@code inFindings} false) keep a report inside a finding or a
     * headline: "Vell said X" is still Vell's quote when the Herald reported it. The relations also fold a report
     * that opens a speech report's content ({@link #opensContent}), a stance describing a quotation's speaker
     * ({@link #describedSpeaker}), and views and speech reports told as part of the report around them
     * ({@link #viewInView}, {@link #speechInReport}).
     */
    void foldNestedReports(boolean inFindings) {
        Map<Found, Found> outerOf = new IdentityHashMap<>();
        for (Found b : found) {
            if (b.cue() >= 0 && b.carried() == null) {
                // ("have/VERB embraced": the tagger's main verb for an auxiliary)
                boolean nonFinite = cueWords.nonFinite(b.cue()) || b.belief() && b.cue() > 0 && t.get(b.cue()).is("VERB")
                        && AUXILIARY_VERBS.contains(t.get(b.cue() - 1).text().toLowerCase());
                int at = t.get(b.cue()).start();
                found.stream().filter(a -> a != b && a.contentStart() <= at && at < a.contentEnd()
                        && (a.cue() < 0 || t.get(a.cue()).start() < b.contentStart() || t.get(a.cue()).start() >= b.contentEnd())
                        && (nonFinite && !(withSubject(b) && !b.belief()) || inFindings && (finding(a) || headlineLabel(a) || opensContent(a, b))
                        || words(new int[] {b.contentStart(), b.contentEnd()}) <= 2 && !summingUp(b)
                        || inFindings && (viewInView(a, b) || speechInReport(a, b))))
                        .findFirst().ifPresent(a -> outerOf.put(b, a));
            }
            Found quoted = inFindings ? describedSpeaker(b) : null;
            if (quoted != null) {
                outerOf.put(b, quoted);
            }
        }
        mergeInto(outerOf);
    }

    /**
     * "..., a point Roe acknowledged": a noun phrase set off after a comma or a dash, summing up the clause before
     * it, that a relative clause with its own subject views (see {@code Reports}); a relation of its own.
     */
    private boolean summingUp(Found b) {
        if (b.cue() < 0 || b.srcStart() < 0 || b.contentEnd() > t.get(b.srcStart()).start()) {
            return false;
        }
        int k = text.tokenAtOrAfter(b.contentStart());
        return k > 0 && (t.get(k - 1).text().equals(",") || dash(k - 1)) && (t.get(k).text().equalsIgnoreCase("a")
                || t.get(k).text().equalsIgnoreCase("an"));
    }

    /**
     * "Roe appears ahead, with some polls showing X", "the vote closed, with the Herald calling it for Vell": a
     * gerund after "with" and a subject of its own; in speech it reports that subject's words, not the outer
     * holder's (PolNeAR train: kept, 3 of 6 matched, speaker accuracy of the sample up), and it ends the content
     * it follows ({@link #contrastCut}).
     */
    private boolean withSubject(Found b) {
        return b.cue() >= 0 && t.get(b.cue()).text().endsWith("ing") && b.srcStart() > 0
                && t.get(b.srcStart() - 1).text().equalsIgnoreCase("with");
    }

    /**
     * "Roe doubts voters trust the plan", "Roe fears the pier we rebuilt will not hold": a finite view in a view's
     * content, with no comma, dash, colon or quotation mark between the two verbs, is the outer holder's account
     * (PolNeAR train: folding them drops 50 predictions for 7 matches); so is a stance noun or adjective there ("Roe
     * backed away from a suggestion that X": 41 predictions for 4 matches), unless a relative pronoun holds it ("backs
     * farmers who are wary of X" describes the farmers). The outer view may itself be a stance noun or adjective ("is
     * wary of a guild that opposes X": 27 predictions for 3 matches). It stays when it opens an adverbial clause
     * ("backs Roe because he fears X", "though she doubts X": a view of the holder's own, which PolNeAR marks apart;
     * "declined to say whether she backs X" folds) or when its subject holds the outer verb ("Voters looking for an
     * outsider backed Roe": the outer verb describes the subject).
     */
    private boolean viewInView(Found a, Found b) {
        if (!a.belief() || a.cue() < 0 || b.cue() <= a.cue() || t.get(a.cue()).sentence() != t.get(b.cue()).sentence()) {
            return false;
        }
        Token c = t.get(b.cue());
        boolean verb = cues.of(c.text().toLowerCase()) != null && (c.is("VERB") || c.is("AUX"));
        if (verb ? !b.belief() : b.srcStart() >= 0 && RELATIVE.contains(t.get(b.srcStart()).text().toLowerCase())) {
            return false;
        }
        return !ownClause(a, b);
    }

    /** Most tokens between the verb of a speech report and that of the report around it that it folds into. */
    private static final int SPEECH_FOLD_REACH = 8;

    /**
     * "Roe said that in May Doe told reporters X", "Roe insisted Doe warned that X", "Roe doubts the guild told
     * farmers X": a finite speech report near the verb of the report whose content holds it (at most
     * {@link #SPEECH_FOLD_REACH} tokens on, no comma, dash, colon or quotation mark between, not on a relative
     * pronoun) is the outer speaker's or holder's account, as for views ({@link #viewInView}; PolNeAR train: inside
     * speech, folding them drops 17 predictions and no match, farther on dev loses; inside views, 25 predictions
     * for 2 matches; inside stance nouns and adjectives, "is sure that in May Doe told X", 10 for 1).
     */
    private boolean speechInReport(Found a, Found b) {
        if (b.belief() || a.cue() < 0 || b.cue() <= a.cue() || b.cue() - a.cue() > SPEECH_FOLD_REACH
                || t.get(a.cue()).sentence() != t.get(b.cue()).sentence()) {
            return false;
        }
        Token c = t.get(b.cue());
        // (its subject before the outer verb: "an official who spoke to us said X" is the main clause)
        if (cues.of(c.text().toLowerCase()) == null || !c.is("VERB") && !c.is("AUX") || b.srcStart() >= 0
                && (b.srcStart() < a.cue() || RELATIVE.contains(t.get(b.srcStart()).text().toLowerCase()))) {
            return false;
        }
        return !ownClause(a, b);
    }

    /**
     * Whether report {@code b}, inside {@code a}'s content, stands apart from it: its subject holds {@code a}'s cue,
     * it opens an adverbial clause, or a comma, dash, colon or quotation mark lies between the two cues.
     */
    private boolean ownClause(Found a, Found b) {
        if (b.srcStart() >= 0 && b.srcStart() <= a.cue() && a.cue() < b.srcEnd()) {
            return true;
        }
        if (b.srcStart() > 0 && SUBORDINATORS.contains(t.get(b.srcStart() - 1).text().toLowerCase())) {
            return true;
        }
        for (int k = a.cue() + 1; k < b.cue(); k++) {
            String w = t.get(k).text();
            if (w.equals(",") || w.equals(";") || w.equals(":") || dash(k) || isQuoteMark(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“...,” said Ada Roe, a farmer from Easton, who supports Vell": a stance in a relative clause on the
     * named speaker of a report describes who is speaking, not a view the article reports (PolNeAR train: 6 of
     * 22 such beliefs matched; the speech cues there, "who added that ...", are reports and stay). Returns the
     * report whose source (after its cue, then appositives set off by commas) the relative pronoun follows, or
     * null.
     */
    private Found describedSpeaker(Found b) {
        int r = b.srcStart();
        if (!b.belief() || b.cue() < 0 || r < 1 || b.srcEnd() != r + 1 || !t.get(r - 1).text().equals(",")
                || !Set.of("who", "which").contains(t.get(r).text().toLowerCase())) {
            return null;
        }
        for (Found a : found) {
            if (a != b && !a.belief() && a.cue() >= 0 && a.srcStart() > a.cue() && a.srcEnd() < r
                    && t.get(a.cue()).sentence() == t.get(r).sentence() && appositivesOnly(a.srcEnd(), r - 1)) {
                return a;
            }
        }
        return null;
    }

    /** Whether tokens [a, b) are nothing, or comma-set noun phrases: ", a farmer from Easton, Md.". */
    private boolean appositivesOnly(int a, int b) {
        int i = a;
        while (i < b) {
            if (!t.get(i).text().equals(",")) {
                return false;
            }
            int j = i + 1;
            while (j < b && !t.get(j).text().equals(",")) {
                j++;
            }
            if (j == i + 1 || !nominalRun(i + 1, j)) {
                return false;
            }
            i = j;
        }
        return true;
    }

    /**
     * "Vell said Roe told the board X", "Vell noted that Roe argued X": a report that is the main clause of a
     * speech report's content (its source opens that content, after "that", "if" or "whether" at most) is what
     * the outer speaker says, which PolNeAR annotates as one relation (train: the inner one matched 7 of 75
     * times after "said", "noted", "told", "added"); so is one opening a reported question ("Asked whether she
     * believed X, Vell ...": none of 7 matched), and a view opening a view's content ("Vell thinks Roe fears X":
     * 3 matches lost for 36 predictions). A view keeps a speech report opening its content ("Vell believes Roe
     * told the board X": folding every one costs the speaker floors; {@link #speechInReport} folds the near ones),
     * and so do reports after an adjunct or a subject of their own ("said that in May Roe told ...", which
     * {@link #speechInReport} folds when near).
     */
    private boolean opensContent(Found a, Found b) {
        int k = b.srcStart();
        if (k < 0 || a.cue() < 0 || a.cue() >= k || !t.get(a.cue()).is("VERB")
                || t.get(a.cue()).sentence() != t.get(k).sentence()) {
            return false;
        }
        String before = t.get(k - 1).text().toLowerCase();
        boolean opener = t.get(k - 1).start() == a.contentStart();
        if (opener && (before.equals("if") || before.equals("whether"))) {
            return true;
        }
        return (!a.belief() || b.belief()) && a.srcStart() >= 0
                && (t.get(k).start() == a.contentStart() || opener && before.equals("that"));
    }

    /**
     * "Roe: Vell says tolls will fall": a headline giving its words to a named speaker before a colon (not a
     * label as "The Latest: ...", which names no one).
     */
    private boolean headlineLabel(Found a) {
        if (a.cue() < 0 || a.srcStart() < 0 || !t.get(a.cue()).text().equals(":")) {
            return false;
        }
        int[] src = {a.srcStart(), a.srcEnd()};
        return names(src, "person") || names(src, "organization");
    }

    /**
     * "according to X", "in a new poll", "a poll found", "an audit showed": a finding of a poll, a record or a
     * third party.
     */
    private boolean finding(Found a) {
        if (a.cue() < 0 || a.srcStart() < 0) {
            return false;
        }
        String cue = t.get(a.cue()).text().toLowerCase();
        // ("an audit found that Roe said X", "the records show Roe wrote X", "the Herald reported that Roe said
        // X": what a finding shows or an outlet reports)
        Cues.Cue verb = cues.of(cue);
        boolean finds = verb != null && (verb.lemma().equals("find") || verb.lemma().equals("show") || verb.lemma().equals("report"));
        Token head = t.get(a.srcEnd() - 1);
        Name named = coveringName(head.start());
        // (not a body named like one: "the Caldera Geological Survey said")
        return cue.equals("according") || cue.equals("in") || finds || Cues.RECORDS.contains(head.text().toLowerCase())
                && (named == null || !named.type().equals("organization"));
    }

    /**
     * A content ends where the reporter's next, coordinated report begins: "Roe backed the bill, adding that
     * ...", "Roe praised X but did not endorse him". The later cue counts when it lies in the content outside
     * any quotation, follows a comma or a conjunction (over adverbs and auxiliaries), or is a reporting gerund
     * after a subordinator ("Roe said X before claiming Y"), and introduces its own
     * content after it; a cue without them is a report nested in this one ("said that Doe believes ..."), which
     * PolNeAR keeps inside the outer content (measured: cutting there too loses matches). Cues are looked up in
     * a sorted array, so the step is n log n in the number of attributions.
     */
    void endBeforeNextReport() {
        endBeforeContrast();
        int[] cues = found.stream().filter(f -> f.cue() >= 0 && f.contentStart() > t.get(f.cue()).start())
                .mapToInt(Found::cue).distinct().sorted().toArray();
        Map<Found, Found> cut = new IdentityHashMap<>();
        found.replaceAll(a -> {
            Found shorter = beforeCoordinatedCue(a, cues);
            if (shorter != a) {
                cut.put(a, shorter);
            }
            return shorter;
        });
        if (!cut.isEmpty()) {
            // quotations carried over from a shortened relation still continue it
            found.replaceAll(f -> f.carried() == null || !cut.containsKey(f.carried()) ? f
                    : new Found(f.contentStart(), f.contentEnd(), f.srcStart(), f.srcEnd(), f.cue(), f.kind(), f.belief(),
                            cut.get(f.carried()), f.anchor()));
        }
    }

    /**
     * Ends each content before a contrasting clause with a subject and a report of its own inside it: "Most said
     * the toll was fair, while 9 percent found it too high", "Vell backs the pier; Roe wants a bridge". The
     * clause is its own relation in PolNeAR, not part of the first report.
     */
    private void endBeforeContrast() {
        Map<Found, Found> cut = new IdentityHashMap<>();
        for (Found a : found) {
            int first = -1;
            for (Found b : found) {
                int c = b == a ? -1 : contrastCut(a, b);
                if (c >= 0 && (first < 0 || c < first)) {
                    first = c;
                }
            }
            int end = first < 0 ? a.contentEnd() : contents.trimEnd(a.contentStart(), t.get(first).start());
            if (end > a.contentStart() && end < a.contentEnd()) {
                cut.put(a, a.withEnd(end));
            }
        }
        if (!cut.isEmpty()) {
            found.replaceAll(f -> cut.getOrDefault(f, f));
            // quotations carried over from a shortened relation still continue it
            found.replaceAll(f -> f.carried() == null || !cut.containsKey(f.carried()) ? f
                    : new Found(f.contentStart(), f.contentEnd(), f.srcStart(), f.srcEnd(), f.cue(), f.kind(), f.belief(),
                            cut.get(f.carried()), f.anchor()));
        }
    }

    /**
     * The token before which {@code a}'s content ends when report {@code b} inside it opens a contrasting clause
     * of its own: its source follows ", while", ", whereas", ", though", ", although" or a semicolon ("said X,
     * while most voters want Y"), or "with" before a participle ("said X, with 40 percent saying Y"); or -1.
     */
    private int contrastCut(Found a, Found b) {
        int s = b.srcStart();
        // ("while about 6 in 10 fishermen said": the source found may be the end of a longer quantity)
        for (int j = s - 1; s >= 0 && j > s - 6 && j > 1 && t.get(j - 1).start() > a.contentStart()
                && (t.get(j).is("NUM") || t.get(j).is("ADJ") || t.get(j).is("NOUN")
                || Set.of("about", "nearly", "almost", "in", "of", "than", "more", "fewer", "some")
                .contains(t.get(j).text().toLowerCase())); j--) {
            String w = t.get(j - 1).text().toLowerCase();
            if (CONTRASTS.contains(w) || w.equals(";")) {
                s = j;
                break;
            }
        }
        if (b.cue() < 0 || s < 2 || b.srcEnd() > b.cue() || b.contentStart() <= t.get(b.cue()).start()
                || t.get(s).start() <= a.contentStart() || t.get(b.cue()).start() >= a.contentEnd()
                || insideQuote(t.get(s).start())) {
            return -1;
        }
        String w = t.get(s - 1).text().toLowerCase();
        if (w.equals(";")) {
            return s - 1;
        }
        // "..., with 50 percent saying she is ready": a participle with a subject of its own after "with"
        if (s == b.srcStart() && withSubject(b) && t.get(s - 1).start() > a.contentStart()) {
            return t.get(s - 2).text().equals(",") && t.get(s - 2).start() > a.contentStart() ? s - 2 : s - 1;
        }
        if (CONTRASTS.contains(w) && !t.get(s - 2).text().equals(",") && (w.equals("while") || w.equals("whereas"))
                && t.get(s - 1).start() > a.contentStart()) {
            return s - 1;
        }
        return CONTRASTS.contains(w) && t.get(s - 2).text().equals(",") && t.get(s - 2).start() > a.contentStart()
                ? s - 2 : -1;
    }

    /** {@code a} ending before the first coordinated cue (of {@code cues}, sorted) inside its content, or {@code a}. */
    private Found beforeCoordinatedCue(Found a, int[] cues) {
        int i = Arrays.binarySearch(cues, a.cue() + 1);
        for (int k = i >= 0 ? i : -i - 1; k < cues.length; k++) {
            int c = cues[k];
            if (t.get(c).start() >= a.contentEnd()) {
                break;
            }
            int cut = coordinatedCut(a, c);
            if (cut < 0) {
                continue;
            }
            int end = contents.trimEnd(a.contentStart(), t.get(cut).start());
            return end > a.contentStart() ? a.withEnd(end) : a;
        }
        return a;
    }

    /**
     * The token before which {@code a}'s content ends for the reporter's next report at cue {@code c} inside it
     * (after a comma or a conjunction, over adverbs and auxiliaries, or a reporting gerund after a subordinator),
     * or -1 when that cue is no coordinated report of the reporter's.
     */
    private int coordinatedCut(Found a, int c) {
        int at = t.get(c).start();
        int cut = c;
        while (cut > 0 && (t.get(cut - 1).is("ADV") || t.get(cut - 1).is("AUX") || t.get(cut - 1).is("PART"))
                && t.get(cut - 1).start() > a.contentStart()) {
            cut--;
        }
        // (a participle after a dash too: "declined to claim victory - saying that ...")
        boolean participle = t.get(c).text().endsWith("ing") && cut > 0 && dash(cut - 1);
        boolean coordinated = commaBefore(cut) || participle || cut > 0 && t.get(cut - 1).is("CCONJ");
        // a reporting gerund after a subordinator is the reporter's next act too ("said X on Monday before
        // claiming Y", "praised the plan while warning that ..."); not a belief ("while seeking the presidency")
        String before = c > 0 ? t.get(c - 1).text().toLowerCase() : "";
        Cues.Cue cue = cueWords.cueAt(c);
        if (!coordinated && t.get(c).text().endsWith("ing") && cue != null && !cue.belief()
                && GERUND_ADJUNCTS.contains(before) && !before.equals("in") && !before.equals("when")
                && t.get(c - 1).start() > a.contentStart()) {
            cut = c - 1;
            coordinated = true;
        }
        return at <= a.contentStart() || at >= a.contentEnd() || !coordinated || insideQuote(at) ? -1 : cut;
    }
}
