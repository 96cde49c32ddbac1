package org.corroborate.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.extract.quote.Contents.After;

/**
 * Pass 2: each remaining cue of a sentence with its content after it ("X said that ...") or before it ("..., X
 * said"), inverted, parenthetical ("X, they believe, is Y"), passive with an agent, or a question asked; stance words
 * go to {@link Stances}.
 */
final class Reports extends Grammar {
    /** Words that make a plural "polls" particular ones: "the latest polls", "two new surveys". */
    private static final Set<String> RECENT = Set.of("latest", "recent", "new", "newest", "last", "several", "both",
            "these", "those");
    /** Verbs of putting out a document or a speech: "issued a statement", "delivered a speech". */
    private static final Set<String> PUBLISHING = Set.of("release", "issue", "deliver", "sign", "publish");
    /** Stops that end a clause: "any religion they wanted to.". */
    private static final Set<String> CLAUSE_STOPS = Set.of(".", "?", "!", ";");
    /** Phrasal verbs of retort that report only with their words after them: "fired back that ...". */
    private static final Set<String> RETORTS = Set.of("fire back", "shoot back");
    /** Words after "speak" (and its adverbs) that open what is spoken of or to: "spoke movingly of the flood". */
    private static final Set<String> SPOKEN_OF = Set.of("about", "of", "on", "to", "out", "that", ":");
    /** Words after the object of "advise" that say what was advised: "advised Roe to wait", "against the toll". */
    private static final Set<String> COUNSEL_CONTENT = Set.of("to", "that", "against", "not", ":");
    /** What follows "accused" or "charged" right after the accused: "a man accused of", "charged with", "in". */
    private static final Set<String> ACCUSED_OF = Set.of("of", "with", "in");
    /** Cues of an activity rather than a report, which "as" makes a time: "..., as Roe campaigns in Easton". */
    private static final Set<String> ACTIVITIES = Set.of("campaign", "vote", "lobby");
    /** Verbs of thinking and finding that report the clause before them: "The toll will fall, most farmers believe." */
    private static final Set<String> TRAILING_VIEWS = Set.of("think", "believe", "feel", "hope", "fear", "doubt", "know",
            "suspect", "guess", "reckon", "imagine", "find", "see", "realize", "worry", "decide");

    /** Prepositions of the occasion after the topic of "about": "asked about the tolls during a hearing in Easton". */
    private static final Set<String> OCCASIONS = Set.of("after", "during", "before");

    private final CueWords cueWords;
    private final Contents contents;
    private final Sources sources;
    private final NonReports nonReports;
    private final Stances stances;
    private final List<Found> found;
    private final boolean[] usedCue;

    Reports(Grammar grammar, CueWords cueWords, Contents contents, Sources sources, NonReports nonReports, Stances stances, List<Found> found, boolean[] usedCue) {
        super(grammar);
        this.cueWords = cueWords;
        this.contents = contents;
        this.sources = sources;
        this.nonReports = nonReports;
        this.stances = stances;
        this.found = found;
        this.usedCue = usedCue;
    }

    /** Tokens {@code from} to {@code to}: one sentence, or several the splitter cut at title periods. */
    void sentenceCues(int from, int to) {
        int firstHere = found.size();
        for (int c = from; c < to; c++) {
            if (usedCue[c] || insideQuote(t.get(c).start())) {
                continue;
            }
            boolean according = t.get(c).text().equalsIgnoreCase("according") && c + 1 < to
                    && t.get(c + 1).text().equals("to") || cueWords.reportedBy(c, to);
            Cues.Cue cue = according ? null : cueWords.cueAt(c);
            if (!according && cue == null) {
                cue = complementVerb(c, to);
            }
            Found f = according ? stances.accordingTo(c, cueWords.reportedBy(c, to) ? c + 3 : c + 2, from, to) : cue != null ? verbCue(c, cue, from, to)
                    : inSurvey(c, to) ? stances.accordingTo(c, c + 1, from, to) : stances.reportedly(c, from, to) ? stances.hearsay(c, from, to)
                    : FRAMES.containsKey(t.get(c).text().toLowerCase()) && opensSentence(c, from) ? stances.frame(c, to)
                    : stances.stanceWord(c, from, to);
            if (f != null) {
                usedCue[c] = true;
                found.add(f);
                // "said in a statement released Tuesday that ...": the adjunct's participle reports nothing
                for (int k = c + 1, end = cueWords.thatAfterAdjunct(c + 1, to); k < end; k++) {
                    usedCue[k] = true;
                }
                if (t.get(c).text().equals(":") && "direct".equals(f.kind())) {
                    // "ROE: Well, I think the pier is safe.": a transcript's turn is quoted whole, like a quotation
                    for (int k = c + 1; k < t.size() && t.get(k).start() < f.contentEnd(); k++) {
                        usedCue[k] = true;
                    }
                }
            }
        }
        // an attribution that swallowed a later one's source and cue ends where that source begins, after a comma
        // (also one closing a quoted phrase: 'said the plan was "dead," according to aides'); after ", and"
        // only when the content follows its cue ("Roe backs X, but she doubts Y") and the later source is no
        // first person (in "..., and I think Y, Roe said" the speaker's own words go on); after a relative pronoun,
        // but not after a complementizer "that" ("said he expected that voters will say no", "said that A and
        // that he favored B": one content)
        for (int i = firstHere; i < found.size(); i++) {
            Found a = found.get(i);
            // (a transcript's turn runs to its paragraph's end: "VELL: Well, I think X. They want Y." is one turn)
            if ("direct".equals(a.kind())) {
                continue;
            }
            boolean after = a.cue() >= 0 && a.contentStart() > t.get(a.cue()).start();
            // (the later one may be a quotation's closing its sentence, found before the sentence's cues:
            // "... a “burn bag,” the Herald reported.")
            for (int j = 0; j < found.size(); j++) {
                Found b = found.get(j);
                // (not into "according to X": the quotation and its speaker are that report's content)
                if (j < firstHere && (b.cue() < from || b.cue() >= to || contents.after(b.cue(), b.cue() + 1) != After.TAIL
                        || a.cue() >= 0 && t.get(a.cue()).text().equalsIgnoreCase("according"))) {
                    continue;
                }
                // (an inverted source, "..., said an official", comes after its cue)
                int bFirst = b.srcStart() >= 0 && (b.cue() < 0 || b.srcStart() < b.cue()) ? b.srcStart() : b.cue();
                int bStart = t.get(bFirst).start();
                // (a content before its cue is cut only after a clause of its own: in "As a mayor, Vell raised
                // doubts, Roe said" and "..., a state that she hoped to win, the race is close, said Roe" the
                // later report is nested in what Roe said)
                int aFirst = text.tokenAtOrAfter(a.contentStart());
                boolean clauseBefore = after || bFirst > aFirst && hasFiniteVerb(aFirst, bFirst - 1)
                        && !opensSubordinate(aFirst, bFirst);
                // (nor a prepositional opener: "noted that at an early meeting, in 1972, he supported ...")
                boolean opener = aFirst < t.size() && t.get(aFirst).is("ADP") && !hasFiniteVerb(aFirst, bFirst - 1);
                boolean separated = bFirst > 0 && clauseBefore && (commaBefore(bFirst)
                        && !(after && (closesSubordinate(aFirst, bFirst - 1) || opener))
                        || after && RELATIVE.contains(t.get(bFirst - 1).text().toLowerCase())
                        && !t.get(bFirst - 1).is("SCONJ")
                        || after && t.get(bFirst - 1).is("CCONJ") && bFirst > 1 && t.get(bFirst - 2).text().equals(",")
                        && !FIRST_PERSON.contains(t.get(bFirst).text())
                        // ("Vell said the toll was unfair and Roe argued ...": a named speaker's report after "and")
                        || after && t.get(bFirst - 1).is("CCONJ") && t.get(bFirst).is("PROPN") && b.srcStart() == bFirst
                        && b.cue() == b.srcEnd() && !b.belief());
                if (i != j && separated && a.contentStart() < bStart && bStart < a.contentEnd()) {
                    found.set(i, a = a.withEnd(contents.trimEnd(a.contentStart(), bStart)));
                }
            }
        }
        found.removeIf(f -> f.contentEnd() <= f.contentStart());
    }

    /** Nouns plural without an "s", which a bare stem agrees with: "the women say ...". */
    private static final Set<String> PLURALS_WITHOUT_S = Set.of("men", "women", "people", "children", "police");

    private Found verbCue(int c, Cues.Cue cue, int from, int to) {
        Found question = askedQuestion(c, cue, from, to);
        if (question != null) {
            return question;
        }
        if (c == from && t.get(c).text().endsWith("ed") && titleCase(t.get(c).sentence()) && !hasVerb(c + 1, to)) {
            return null; // "Declared Candidates for Harbor Board": a title's participle describes its noun
        }
        if (PUBLISHING.contains(cue.lemma()) && c > from && c + 1 < to && t.get(c + 1).text().equals("by")
                && DOCUMENTS.contains(t.get(c - 1).text().toLowerCase())) {
            return null; // "in a statement released by the campaign": who put it out, not what it says
        }
        if (cueWords.namingParticiple(c, from, to)) {
            return null;
        }
        if (c - 2 >= from && c + 1 < to && t.get(c).text().equalsIgnoreCase(cue.lemma()) && t.get(c - 1).is("NOUN")
                && t.get(c + 1).is("NOUN") && !t.get(c - 1).text().endsWith("s")
                && !PLURALS_WITHOUT_S.contains(t.get(c - 1).text().toLowerCase())
                && ARTICLES.contains(t.get(c - 2).text().toLowerCase()) && (c - 3 < from || !t.get(c - 3).is("ADP"))) {
            return null; // "the daytime talk show host": a bare stem between a singular noun and a noun modifies the noun
        }
        if (c > from && t.get(c).text().endsWith("ed") && ARTICLES.contains(t.get(c - 1).text().toLowerCase())) {
            return null; // "an estimated 900 people marched", "the alleged forger": a participle modifying a noun
        }
        Found passive = passiveWithAgent(c, cue, from, to);
        if (passive != null) {
            // "the emails released by the agency", "a survey published by the Herald": a participle right after
            // its noun names who acted on a thing, a stance far less often than "the plan was opposed by X"
            return reducedRelative(c, from) ? null : passive;
        }
        if ((cue.lemma().equals("accuse") || cue.lemma().equals("charge")) && t.get(c).text().endsWith("ed")
                && (reducedRelative(c, from) || c > from && t.get(c - 1).is("ADJ")) // ("the teen/ADJ accused of")
                && c + 1 < to && ACCUSED_OF.contains(t.get(c + 1).text().toLowerCase())) {
            // "a man accused of robbing the bank", "the woman charged in the killing": the noun is the accused, not
            // the accuser, who is not named (kept out of the product's quotes, a belief here)
            // ending before the sentence's own verb ("... appeared in court"), over a relative clause's
            int end = c + 3;
            while (end < to && (!finiteAt(end) || RELATIVE.contains(t.get(end - 1).text().toLowerCase()))) {
                end++;
            }
            return c + 2 < to ? contents.make(t.get(c + 2).start(), end < to ? contents.trimEnd(t.get(c + 2).start(),
                    t.get(end - 1).end()) : contents.contentEnd(c + 2, to), -1, -1, c, null, true, null) : null;
        }
        if (cue.lemma().equals("call") && nonReports.passiveWithoutAgent(c, from) && nonReports.raceCalled(c, from, to)) {
            return null; // "after Ostland was called for Roe", "the race was called Tuesday": a result declared
        }
        // ("Vell is expected to win" whose subject is not found: the expected one stays the holder, as before)
        if (nonReports.passiveWithoutAgent(c, from) && (sources.leftSource(c, from) != null || !cue.belief())) {
            // "The senator was told that ...", "the plan was announced Monday": the subject of a passive speech
            // cue is no source; PolNeAR's content is the subject with what follows the cue. Kept out of the
            // product's quotes (a belief here), as nobody is named who said it
            int[] subject = sources.leftSource(c, from);
            if (subject == null) {
                return null;
            }
            // ("Roe was described as a loner": the subject and what it is described as)
            boolean rest = c + 1 < to && (contents.after(c, c + 1) == After.CLAUSE || t.get(c + 1).text().equals("as")
                    || raisedInfinitive(c));
            int end = rest ? contents.contentEnd(c + 1, to) : t.get(subject[1] - 1).end();
            return contents.make(t.get(subject[0]).start(), end, -1, -1, c, null, true, null);
        }
        Found named = knownAs(c, from, to);
        if (named != null) {
            return named;
        }
        boolean participle = t.get(c).text().endsWith("ing");
        boolean inherits = participle && c > from && (commaBefore(c) || t.get(c - 1).is("CCONJ") || dash(c - 1));
        int[] src = inherits ? null : sources.leftSource(c, from);
        int bare = c;
        while (participle && bare - 1 > from && t.get(bare - 1).is("ADV")) {
            bare--;
        }
        if (src != null && participle && src[1] == bare && src[0] - 1 > from && t.get(src[0] - 1).is("ADP")
                && !t.get(src[0] - 1).text().equalsIgnoreCase("with") && commaBefore(src[0] - 1)) {
            bare = src[0] - 1; // ("..., at one point calling the mayor a liar": over a prepositional phrase)
        }
        if (src != null && bare < c && commaBefore(bare)) {
            // "..., quickly reminding voters that ...": over its adverbs the participle still goes on from the
            // clause before the comma; the noun phrase found there ("in the polls, Vell had a reply ready") is none
            // of its subject
            src = null;
            inherits = true;
        }
        int[] left = src;
        if (participle && src != null && src[1] == c && (nonReports.verbShaped(c - 1, from)
                || src[1] - src[0] == 1 && src[0] - 1 >= from && t.get(src[0] - 1).text().equals("to"))) {
            // "Roe avoids/NOUN condemning ...", "unable to resist/NOUN responding": the gerund is the object of a
            // verb, no report
            return null;
        }
        if (src != null && participle && src[1] == c && src[0] - 1 > from && t.get(src[0] - 1).is("ADP")
                && t.get(src[0] - 2).is("PRON")
                && !POSSESSIVE_PRONOUNS.contains(t.get(src[0] - 2).text().toLowerCase())) {
            // "replacing it with softer language calling for ...": the noun completes a verb whose object came
            // before it; the participle describes that noun, no one speaks ("..., with aides saying" does)
            return null;
        }
        if (src != null && participle) {
            src = sources.objectsSubject(src, from);
        }
        if (src != null && !participle) {
            src = sources.relativeAntecedent(src, from);
        }
        if (src != null && src[0] - 1 >= from && src[1] <= c && t.get(src[0] - 1).text().equalsIgnoreCase("what")) {
            // "what Roe says is the baseline": the free relative's "what" is the whole content
            return contents.make(t.get(src[0] - 1).start(), t.get(src[0] - 1).end(), src[0], src[1], c, null, cue.belief(), null);
        }
        int[] inverted = participle ? null : invertedAtEnd(c, from, left);
        if (inverted != null) {
            // "..., the losses would outstrip the gains, said Roe.": the clause before the comma is the content
            int cs = t.get(skipDateline(from, c)).start();
            int ce = contents.trimEnd(cs, t.get(c - 1).start());
            return ce > cs ? contents.make(cs, ce, inverted[0], inverted[1], c, null, cue.belief(), null) : null;
        }
        if (src != null && !participle && src[1] == c && src[0] - 1 >= from && t.get(src[0] - 1).is("ADP")
                && (src[0] - 1 == from || isPunct(t.get(src[0] - 2))) && t.get(src[0]).is("DET")
                && t.get(c).text().endsWith("ed") && coveringName(t.get(c - 1).start()) == null) {
            return null; // "..., in a box labeled “...”": a participle modifying an adjunct's noun, no clause
        }
        if (src != null && !participle && src[0] - 2 > from && t.get(src[0] - 1).text().equals("and")
                && (t.get(src[0]).is("NOUN") || t.get(src[0]).is("ADJ") || t.get(src[0]).is("PROPN"))) {
            int[] first = nounPhraseLeft(src[0] - 2, from); // "Experts on Korea and nuclear arms said"
            if (first != null && !t.get(first[1] - 1).is("PRON")) {
                src = new int[] {first[0], src[1]};
            }
        }
        if (src != null && !participle && src[0] - 1 > from && t.get(src[0] - 1).is("ADP")
                && !t.get(src[0] - 1).text().equals("of") && !t.get(src[0] - 2).is("PUNCT")) {
            // "Protesters marching through the streets chanted": the noun phrase is a preposition's object inside
            // the subject, which opens the sentence ("most of the senators said" keeps its senators)
            int opener = from;
            while (opener < src[0]
                    && (t.get(opener).is("CCONJ") || t.get(opener).is("ADV") || isPunct(t.get(opener)))) {
                opener++; // "But a spokesman for the agency said"
            }
            int[] subject = sources.modifiedSubject(c, opener);
            // ("A resident who lives near the pier told ...": a relative clause on the subject holds the noun phrase)
            boolean relative = subject != null && subject[1] < c && (t.get(subject[1]).text().equalsIgnoreCase("who")
                    || t.get(subject[1]).text().equalsIgnoreCase("that") && t.get(subject[1]).is("PRON"));
            src = subject != null && (nonReports.onlyModifiers(subject[1], c) || relative) ? subject : src;
        }
        if (src != null && src[1] < c && t.get(c - 1).text().equals("to") && src[0] - 1 > from
                && nonReports.onlyTimeOrAdverbs(src[1], c - 1)) {
            // "the council called an emergency meeting to discuss ...", "visited the port on Friday to view ..."
            src = sources.purposeController(src, from);
        }
        if (src == null) {
            src = sources.controllerSubject(c, from);
        }
        // "Promising that the fares would fall, Roe won the vote": a participle opening the sentence with a
        // that-clause is its subject's report, the clause ending at the comma before that subject (with an object
        // instead, "Citing costs, Roe skipped the vote", it is most often no report PolNeAR marks: measured)
        int opener = from;
        while (opener < c && (isPunct(t.get(opener)) || t.get(opener).is("CCONJ"))) {
            opener++;
        }
        int mainClause = src == null && participle && opener == c && c + 1 < to && t.get(c + 1).text().equals("that")
                ? contents.commaBeforeClause(c, to, true) : -1;
        if (mainClause > c + 1) {
            src = sources.subjectAt(mainClause + 1, to);
        }
        int[] object = null;
        if (src == null && !participle) {
            src = sources.rightSource(c);
            // ("Vell has promised to widen the pier, opposed the toll plan and ...": an object going on into the
            // clause is no inverted speaker, which a verb of saying may take on: "..., wrote Roe in her blog"; the
            // last resort still)
            if (src != null && !QUOTATIVE.contains(cue.lemma()) && src[1] < to && !isPunct(t.get(src[1]))) {
                object = src;
                src = null;
            }
        }
        if (src == null && (!participle || c > from && t.get(c - 1).is("AUX"))) {
            src = sources.coordinatedSubject(c, from); // ("reviewed the permits and is considering a ban": progressive)
        }
        if (src == null && !participle && c > from && !isPunct(t.get(c - 1)) && !t.get(c - 1).is("CCONJ")) {
            src = sources.modifiedSubject(c, from);
        }
        if (src == null && participle && c == from && c + 2 < to && t.get(c + 1).text().equals(",")
                && isQuoteMark(t.get(c + 2).text()) && t.get(c).sentence() > 0) {
            // "Roe said X. Adding, “...”": a participle opening a sentence goes on with the last speaker
            Found prev = sources.lastInSentence(t.get(c).sentence() - 1, c);
            if (prev != null && t.get(prev.cue()).paragraph() == t.get(c).paragraph()) {
                src = new int[] {prev.srcStart(), prev.srcEnd()};
            }
        }
        if (src == null && inherits && c - 1 > from && t.get(c - 1).text().equals(",")) {
            src = sources.subordinateSubject(from, c - 1);
        }
        if (src == null && inherits) {
            // "..., adding that ...": the speaker of the main clause speaks
            Found prev = sources.outermost(sources.lastInSentence(t.get(c).sentence(), c));
            if (prev != null) {
                src = new int[] {prev.srcStart(), prev.srcEnd()};
            }
            int clause = from; // ("It's a long shot, but Vell was in Easton, urging ...": the last clause's subject)
            for (int j = from + 2; src == null && j + 1 < c; j++) {
                if (t.get(j).is("CCONJ") && t.get(j - 1).text().equals(",")
                        && (t.get(j + 1).is("PROPN") || SUBJECT_PRONOUNS.contains(t.get(j + 1).text().toLowerCase()))) {
                    clause = j + 1;
                }
            }
            if (src == null) {
                src = sources.clauseSubject(clause, c);
            }
        }
        if (src == null) {
            src = object;
        }
        if (src != null && src[1] <= c && sources.timeHeaded(src)) {
            // "This year, Vell rose to Roe's defense, saying ...", "Vell spent her time responding to ...": a time
            // speaks for no one; the clause's subject does
            int[] subject = sources.clauseSubject(from, c);
            src = subject != null && subject[1] <= c && !sources.timeHeaded(subject) ? subject : src;
        }
        if (src == null && c - 2 >= from && t.get(c - 1).text().equals("-")
                && t.get(c - 2).text().equalsIgnoreCase("self")) {
            // "a self-described socialist": the "self" holds the view the noun phrase after it states (a belief)
            int[] np = nounPhraseRight(c + 1, to);
            return np == null ? null : contents.make(t.get(np[0]).start(), t.get(np[1] - 1).end(), c - 2, c - 1, c, null, true,
                    null);
        }
        if (src == null) {
            // "..., with officials warning that ...", "when asked, insisted that ...": a that-clause is reported
            // even when its source is not found (PolNeAR annotates it without one); kept out of the quotes
            boolean clause = c + 2 < to && t.get(c + 1).text().equals("that") && t.get(c + 1).is("SCONJ");
            int[] subject = clause ? sources.namedSubject(from, c) : null;
            return clause ? contents.make(t.get(c + 2).start(), contents.contentEnd(c + 2, to), subject == null ? -1 : subject[0],
                    subject == null ? -1 : subject[1], c, null, true, null) : null;
        }
        if (Cues.CLAUSE_ONLY.contains(cue.lemma()) && src[1] <= c && nonReports.nounObject(c + 1, to)) {
            return null; // "crackdowns could add fuel to ...": an act, not a report
        }
        if (PUBLISHING.contains(cue.lemma()) && nonReports.bareDocument(c + 1, to)) {
            return null; // "the mayor issued a statement Monday": an act; what it says is not given
        }
        if ((cue.lemma().equals("add") || cue.lemma().equals("post")) && nonReports.countObject(c + 1, to)) {
            return null; // "Vell added 12 points", "Roe posted a 9-3 record", "added $20,000 to the fund": a tally
        }
        if (cue.lemma().equals("point") && nonReports.aimedAt(c + 1, to)) {
            return null; // "Roe pointed the flare gun at the boat": aiming, no report
        }
        if (cue.belief() && src[1] <= c && !BE.contains(t.get(c - 1).text().toLowerCase())
                && !t.get(c - 1).text().equalsIgnoreCase("to") && nonReports.indefiniteObjectOnly(c + 1, to)) {
            // "Vell has not endorsed a candidate.", "Roe offers a preview.": no one and nothing named (an
            // infinitive's object is often what is hoped for: "voters should be able to expect a better pier")
            return null;
        }
        if (cue.lemma().equals("attack") && nonReports.physicalTarget(c + 1, to)) {
            return null; // "pirates attacked two tankers", "crews attacked the fire from all sides": force, no words
        }
        if (cue.lemma().equals("push") && nonReports.shoved(c + 1, to)) {
            return null; // "chairs pushed up against the door", "pushed her way to the pier": bodies, not views
        }
        if (cue.lemma().equals("claim") && src[1] <= c && nonReports.livesTaken(c + 1, to)) {
            return null; // "the storm claimed two lives", "claimed the life of a ferryman": a death, not a claim
        }
        if (cue.lemma().equals("call") && src[1] <= c && nonReports.phoned(c + 1, to)) {
            return null; // "Lind called 911 when she saw the smoke", "Roe called him again Monday": a phone call
        }
        if (cue.lemma().equals("speak") && src[1] <= c && !t.get(c - 1).text().equalsIgnoreCase("to")
                && !spokeOfSomething(c + 1, to)) {
            // "Roe spoke for an hour in Easton", "speaks fluent Ostish": speaking, nothing said (an infinitive's
            // clause may run on into what is told: "when I began to speak I saw ...")
            return null;
        }
        if (src[1] <= c && c + 1 < to && t.get(c + 1).text().equalsIgnoreCase("to")
                && (c + 2 >= to || CLAUSE_STOPS.contains(t.get(c + 2).text()))) {
            return null; // "any religion they wanted to.": the infinitive left out says nothing of its own
        }
        if (cue.lemma().equals("think") && c + 1 < to && t.get(c + 1).text().toLowerCase().startsWith("tank")) {
            return null; // "a conservative think tank": a noun, no thought
        }
        if (RETORTS.contains(cue.lemma()) && src[1] <= c && !retortedWords(c, to)) {
            return null; // "Vell fired back in March", "fired back with a statement": no words given
        }
        if (cue.lemma().equals("advise") && src[1] <= c && counselOnly(c + 1, to)) {
            return null; // "an aide who advised Ada Roe in 2008": a consultant's work, no advice given
        }
        if (cue.lemma().equals("raise") && (nonReports.raisedSum(c + 1, to) || !nonReports.raisedMatter(c + 1, to))) {
            return null; // "the campaign raised $4 million", "raising money for the party": funds, no concern
        }
        if (cue.lemma().equals("cast") && nonReports.ballotsOnly(c + 1, to)) {
            return null; // "voters cast their ballots on Sunday": voting, for no one named
        }
        if (cue.lemma().equals("see") && c > from && t.get(c - 1).text().equals("to") && c + 1 < to
                && nonReports.sightOnly(c + 1, to)) {
            return null; // "lined up for hours to see her": going to watch someone, no view of anything
        }
        if (cue.lemma().equals("prove") && c + 1 < to && nonReports.linkingComplement(c + 1, to)) {
            return null; // "the toll proved costly", "may prove to be a mistake": a linking verb, no finding
        }
        if (cue.belief() && nonReports.readerQuestion(c, from, to)) {
            return null; // "Do you support Jan Vell?" opening a paragraph: the page polls its reader
        }
        if (src[1] <= c && nonReports.demonstrativeObject(c, to)) {
            // "Roe knows this and ...", "50 percent believe that.", "Roe said so.": the demonstrative is the content
            // (kept out of the product's quotes, a belief here: it says nothing alone)
            return contents.make(t.get(c + 1).start(), t.get(c + 1).end(), src[0], src[1], c, null, true, null);
        }
        if (src[0] - 2 > from && t.get(src[0] - 1).text().equals("as") && t.get(src[0] - 2).text().equals(",")
                && !TALK.contains(cue.lemma()) && !ACTIVITIES.contains(cue.lemma()) && nonReports.onlyAuxiliaries(src[1], c)
                && nonReports.nothingAfterAs(c, cue, to) && !quoted(from, src[0])) {
            // "The pier will close, as Roe said on Friday.": "as" stands for the clause before the comma, which is
            // what Roe said ("..., as she announced her bid" is a time: the cue has an object of its own; a
            // quotation before it has its own attribution; "..., as she spoke to the crowd", "as Roe campaigns
            // across the state" are times)
            int cs = t.get(skipDateline(from, src[0] - 2)).start();
            int ce = contents.trimEnd(cs, t.get(src[0] - 2).start());
            return ce > cs && hasVerb(text.tokenAtOrAfter(cs), src[0] - 2)
                    ? contents.make(cs, ce, src[0], src[1], c, null, cue.belief(), null) : null;
        }
        int[] gapHead = src[1] <= c && gappedInfinitive(c, to) ? sources.zeroRelativeHead(src, from) : null;
        if (gapHead != null) {
            // "the office she hopes to win in May": the infinitive's object is the noun the clause follows, which
            // is what the view is about (a belief: the phrase alone says nothing)
            return contents.make(t.get(gapHead[0]).start(), t.get(gapHead[1] - 1).end(), src[0], src[1], c, null,
                    true, null);
        }
        After after = contents.after(c, c + 1);
        int[] announced = contents.quoteAfterColon(c, to);
        if (announced != null) {
            // "Roe replied:" closing a sentence, the quotation opening the next one
            return contents.make(announced[0], announced[1], src[0], src[1], c, "direct", cue.belief(), null);
        }
        Found aside = participle ? null : parenthetical(c, src, cue, from, to);
        if (aside != null) {
            return aside;
        }
        if (after == After.CLAUSE) {
            int a = contents.contentStartAfter(c, to, cue);
            if (a < 0) {
                return null;
            }
            int end = contents.contentEnd(a, to);
            int coordinated = contents.coordinatedClause(a, end, to);
            if (coordinated > a && !hasVerb(a, coordinated)) { // a noun phrase object, not a reported clause
                end = contents.trimEnd(t.get(a).start(), t.get(coordinated).start());
            }
            int resumed = src[1] - src[0] == 1 && src[0] > from && t.get(src[0] - 1).text().equals(",")
                    && RELATIVE.contains(t.get(src[0]).text().toLowerCase()) ? contents.commaBeforeClause(a, to, false) : -1;
            if (resumed > a && t.get(resumed).start() < end) {
                end = contents.trimEnd(t.get(a).start(), t.get(resumed).start()); // "Roe, who said X, left": X only
            }
            int main = opensSubordinate(from, src[0]) ? contents.commaBeforeClause(a, to, true) : src[0] > c ? mainClause : -1;
            if (main > a && t.get(main).start() < end) {
                end = contents.trimEnd(t.get(a).start(), t.get(main).start()); // "While Roe agreed with X, the vote ...": X
            }
            // (what someone keeps doing, "kept attacking the guild", is an act: a belief, no quote)
            return contents.make(t.get(a).start(), end, src[0], src[1], c, null, cue.belief() || sources.aspectualVerb(c, from) >= 0,
                    null);
        }
        // a belief cue after its content only with a record as source ("..., polls show.") or as a verb of thinking
        // or finding ("..., many voters believe."): after people and groups other beliefs are most often no report
        if (after == After.TAIL && (!cue.belief() || trailingView(c, cue)) && src[0] > from
                && !t.get(src[0] - 1).text().equals(",")) {
            int[] whole = sources.subjectAfterComma(c, from); // "..., a spokesman for the agency said."
            src = whole != null ? whole : src;
        }
        if (after == After.TAIL && src[0] - 2 >= from && sources.objectRelative(src[0] - 1)) {
            // "the toll bill, which Roe criticized, ...": the relative pronoun stands for what the cue's subject
            // spoke of, and PolNeAR marks it as the content (the product's quotes leave such a content out)
            return contents.make(t.get(src[0] - 1).start(), t.get(src[0] - 1).end(), src[0], src[1], c, null, cue.belief(), null);
        }
        int summed = src[1] <= c ? summingUpSubject(src, from) : -1;
        if (summed > 0) {
            // "..., an arrangement the guild has criticized.": the phrase after the comma sums up the clause before
            // it and the clause on it has its own subject; the phrase is what that subject views (a belief)
            return contents.make(t.get(src[0]).start(), t.get(summed - 1).end(), summed, src[1], c, null, true, null);
        }
        boolean infinitive = cueWords.nonFinite(c) || c + 1 < to && t.get(c + 1).text().equals("to");
        int[] antecedent = after == After.TAIL && !infinitive ? sources.zeroRelativeHead(src, from) : null;
        if (antecedent != null) {
            // "a deal she once supported", "all the skepticism you'd expect": a relative clause without its
            // pronoun reports on the noun phrase it follows (a belief: the phrase alone says nothing)
            return contents.make(t.get(antecedent[0]).start(), t.get(antecedent[1] - 1).end(), src[0], src[1], c, null,
                    true, null);
        }
        boolean record = Cues.RECORDS.contains(t.get(src[1] - 1).text().toLowerCase());
        boolean headline = titleCase(t.get(c).sentence());
        int titled = after == After.TAIL ? titledSource(src, from, headline) : -1;
        if (titled >= 0) {
            src = new int[] {titled, src[1]}; // "..., longtime agent Tom Roe said.", "..., Area Commander Inspector Tom Roe said."
        }
        // ("Tolls Will Fall, Ada Roe Says.": a title-case headline's verb of saying, which the tagger takes for a
        // name and is kept a belief, still reports the clause before the comma)
        Cues.Cue plain = cues.of(t.get(c).text().toLowerCase());
        boolean headlineSaying = cue.belief() && plain != null && !plain.belief() && headline;
        // (a relative "..., who added to her lead" opens a clause of its own: nothing before it is reported)
        if (after == After.OTHER || cue.belief() && !record && !trailingView(c, cue) && !headlineSaying
                || src[0] <= from
                || !t.get(src[0] - 1).text().equals(",") && !(headline && closedPhraseBefore(src[0]))
                || src[1] - src[0] == 1 && RELATIVE.contains(t.get(src[0]).text().toLowerCase())) {
            return null;
        }
        // "..., X said": the content is the clause before the comma, back over sentences cut inside it
        int startTok = from;
        int sentence = t.get(from).sentence();
        while (sentence > 0 && Character.isLowerCase(t.get(startTok).text().charAt(0))
                && text.paragraphAt(text.sentence(sentence - 1)[0]) == text.paragraphAt(t.get(from).start())) {
            sentence--;
            startTok = text.firstToken(sentence);
        }
        int cs = t.get(skipDateline(startTok, src[0])).start();
        int ce = contents.trimEnd(cs, t.get(src[0] - 1).start());
        // a phrase without a verb before the source is its opener or its appositive ("His aide, Jane Roe, says")
        if (ce <= cs || !hasVerb(text.tokenAtOrAfter(cs), src[0])) {
            return null;
        }
        return contents.make(cs, ce, src[0], src[1], c, null, cue.belief(), null);
    }

    /** A comma closing a phrase in single marks before token {@code k}, in headlines: "Tolls Are ‘A Scam,’ Roe Says". */
    private boolean closedPhraseBefore(int k) {
        return k > 1 && t.get(k - 2).text().equals(",")
                && (isQuoteMark(t.get(k - 1).text()) || t.get(k - 1).text().equals("’"));
    }

    /**
     * "..., most farmers believe.", "..., a harbor study found.": a finite verb of thinking or finding closing its
     * sentence reports the clause before it ("..., many of them known as ..." is a participle, no report).
     */
    private boolean trailingView(int c, Cues.Cue cue) {
        return TRAILING_VIEWS.contains(cue.lemma()) && !t.get(c).text().endsWith("n");
    }

    /**
     * Where a source closing its sentence after a comma really starts when the source walk stopped at a title or a
     * modifier the tagger made an adverb or a preposition: "..., longtime/ADV agent Tom Roe said.", "..., Area
     * Commander Inspector/ADP Tom Roe said.": capitalized words, lowercase modifiers and hyphens back to the comma
     * (at most five), or -1.
     */
    private int titledSource(int[] src, int from, boolean headline) {
        int k = src[0];
        while (k - 1 > from && k > src[0] - 5) {
            Token w = t.get(k - 1);
            // (a lowercase modifier only before a noun, an adjective also before a name, and no wh-word: "..., when Roe
            // testified", "..., so Roe responded")
            String lower = w.text().toLowerCase(Locale.ROOT);
            boolean modifier = capitalized(w.text()) && !w.is("PUNCT") || w.text().equals("-")
                    || (w.is("ADV") && t.get(k).is("NOUN") || w.is("ADJ") && (t.get(k).is("NOUN") || t.get(k).is("PROPN")))
                    && w.text().chars().allMatch(Character::isLetter) && !lower.startsWith("wh") && !lower.equals("how");
            if (!modifier || w.is("VERB") || w.is("AUX") || w.is("PRON") || RELATIVE.contains(w.text().toLowerCase())) {
                break;
            }
            k--;
        }
        return k < src[0] && (t.get(k - 1).text().equals(",") || headline && closedPhraseBefore(k))
                && !t.get(k).text().equals("-") ? k : -1;
    }

    /**
     * "..., said Jan Vell/NOUN, a harbor pilot.": capitalized words (a name the tagger may have broken) and an
     * appositive opened by an article after the comma.
     */
    private boolean appositiveAfter(int[] right, int sentenceEnd) {
        for (int k = right[0]; k < right[1]; k++) {
            if (!capitalized(t.get(k).text()) && !t.get(k).text().matches("[A-Z]\\.")) {
                return false;
            }
        }
        return t.get(right[0]).is("PROPN") && right[1] + 1 < sentenceEnd && t.get(right[1] + 1).is("DET");
    }

    /** Whether a word of the name opening {@code [a, e)} is possessive: "Clinton's remarks" is no speaker. */
    private boolean possessiveName(int a, int e) {
        for (int k = a; k < e && t.get(k).is("PROPN"); k++) {
            if (t.get(k).possessive() || k + 1 < e && t.get(k + 1).text().matches("['’]s?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source of "..., said Jane Roe." closing its sentence after a comma, or null; {@code left} is the
     * source found before the cue, if any.
     */
    private int[] invertedAtEnd(int c, int from, int[] left) {
        // ("Some voters, however, question the plan": an adverb set off after the subject is no inversion; "the
        // group, called the Tesin Fund,": the name after a naming participle is the name given, no speaker)
        boolean aside = c - 3 >= from && t.get(c - 2).is("ADV") && t.get(c - 3).text().equals(",");
        if (c - 1 <= from || !(t.get(c - 1).text().equals(",") || isQuoteMark(t.get(c - 1).text())) || aside
                || NAMING_PARTICIPLES.contains(t.get(c).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        // (a subject with an appositive before the cue, "Roe's manager, Jane Doe, said the staff who ...", is no
        // inversion; the tagger's verbless clauses, "The ferry runs/NOUN half empty, said Roe", may be)
        if (left != null && (!hasVerb(from, c - 1) || left[1] == c - 1 && t.get(c - 2).is("PROPN"))) {
            return null;
        }
        for (int j = c - 3; j > from; j--) {
            if (t.get(j).text().equals(",")) {
                // ("Ada Roe, who led the guild, emailed Jan Vell, ...": the relative clause closes the subject)
                String w = t.get(j + 1).text().toLowerCase();
                if (w.equals("who") || w.equals("which")) {
                    return null;
                }
                break;
            }
        }
        int[] right = sources.rightSource(c);
        int sentenceEnd = pastTitlePeriods(c, text.firstToken(t.get(c).sentence() + 1)); // ("said Ms. | Roe, who")
        // ("..., said the OHPD.": the sentence's stop may be glued to the source's last word, ending the text)
        boolean gluedStop = right != null && right[1] == sentenceEnd && t.get(right[1] - 1).text().endsWith(".");
        if (right == null || right[0] != c + 1 || right[1] >= sentenceEnd && !gluedStop) {
            return null;
        }
        // the source may end the sentence or take an appositive or a relative clause: "..., said Jane Roe, the
        // port's director.", "..., said an official who was briefed on the talks."
        if (!gluedStop && t.get(right[1]).is("CCONJ") && right[1] + 1 < sentenceEnd) {
            int[] more = nounPhraseRight(right[1] + 1, sentenceEnd); // "said lobbyist and strategist Jane Roe"
            if (more != null && more[0] == right[1] + 1 && more[1] < sentenceEnd) {
                right = new int[] {right[0], more[1]};
            }
        }
        // the source's prepositional phrases when they run to the sentence's end: "..., said a spokesman for the clinic."
        int[] longer = right;
        Cues.Cue said = cueWords.cueAt(c);
        boolean saying = said != null && QUOTATIVE.contains(said.lemma()) && !said.lemma().equals("write")
                && !Cues.OBJECT_FIRST.contains(said.lemma()); // ("wrote a host of songs for the album.": an object)
        while (saying && !gluedStop && longer[1] + 1 < sentenceEnd && t.get(longer[1]).is("ADP") && !isTimeWord(t.get(longer[1] + 1).text())) {
            int[] np = nounPhraseRight(longer[1] + 1, sentenceEnd);
            if (np == null || np[0] != longer[1] + 1) {
                break;
            }
            longer = new int[] {right[0], np[1]};
        }
        if (longer != right && longer[1] + 1 == sentenceEnd && t.get(longer[1]).text().equals(".")) {
            right = longer;
        }
        // (after "told" or "asked" only the sentence's end tells a source from the addressee: "Roe, who ran,
        // told Radio Nord, “...”")
        String next = gluedStop ? "." : t.get(right[1]).text();
        Cues.Cue cue = cueWords.cueAt(c);
        boolean addressee = cue != null && Cues.OBJECT_FIRST.contains(cue.lemma());
        boolean closes = next.equals(".") && (gluedStop || right[1] + 1 == sentenceEnd)
                || !addressee && (next.equals(",") || RELATIVE.contains(next.toLowerCase()) && !next.equalsIgnoreCase("that"));
        // (a name may head the source as well as end it: "..., said Ada Roe of the guild.")
        boolean named = coveringName(t.get(right[1] - 1).start()) != null || t.get(right[1] - 1).is("PROPN")
                || saying && next.equals(".") && t.get(right[0]).is("PROPN") && coveringName(t.get(right[0]).start()) != null
                && !possessiveName(right[0], right[1])
                || saying && next.equals(",") && appositiveAfter(right, sentenceEnd);
        // ("..., said his sister.": a possessive opens a noun phrase as an article does)
        boolean phrase = t.get(right[0]).is("DET") || t.get(right[0]).is("ADJ") || t.get(right[0]).is("NOUN")
                || t.get(right[0]).is("NUM")
                || saying && POSSESSIVE_PRONOUNS.contains(t.get(right[0]).text().toLowerCase(Locale.ROOT));
        return closes && (named || phrase) ? right : null;
    }

    /**
     * "Still, he said, officials must decide ...", "His leverage, they believe, is intact", "But as Roe noted, the
     * voters ...": a source and cue set off by commas (or opened by "as") inside the clause they report. The
     * content runs from the comma after the cue to the sentence end, or from the sentence start when a part of
     * the clause (a subject, a verb) comes before the source; PolNeAR's content then spans the aside. A
     * continuation that is itself an adjunct (a participle, "when ...", "and ...") or a quotation is left to
     * the other rules.
     */
    private Found parenthetical(int c, int[] src, Cues.Cue cue, int from, int to) {
        int open = src[0] - 1;
        // "X, people close to the senator said, Y": the source's phrase runs back to the comma (no verb between)
        // (not over the "as" that opens the aside: "But as the Herald noted, ...")
        while (open > from && open > src[0] - 6 && !t.get(open).text().equals(",") && !isPunct(t.get(open))
                && !t.get(open).text().equalsIgnoreCase("as")
                && (t.get(open).is("ADP") || t.get(open).is("ADJ") || inNounPhrase(open))) {
            open--;
        }
        if (open < from || !(t.get(open).text().equals(",") || t.get(open).text().equalsIgnoreCase("as"))) {
            return null;
        }
        int lead = open + 1;
        while (lead < src[0] && (t.get(lead).is("ADP") || t.get(lead).is("SCONJ"))) {
            lead++; // "..., as I have said, ...": the opener is no part of the source
        }
        src = lead < src[0] ? new int[] {lead, src[1]} : src;
        int k = contents.pastTime(c + 1, to);
        if (k < to && t.get(k).is("ADP") && !t.get(k).text().equals("that")) {
            // "As Roe noted in a statement, ...": a prepositional adjunct before the aside's closing comma
            int e = k + 1;
            while (e < to && e < k + 7 && (inNounPhrase(e) || t.get(e).is("ADP") && !t.get(e).text().equals("that"))) {
                e++;
            }
            k = e < to && t.get(e).text().equals(",") ? e : k;
        }
        if (Cues.OBJECT_FIRST.contains(cue.lemma())) {
            while (k < to && (t.get(k).is("PROPN") || t.get(k).is("NOUN") || t.get(k).is("DET")
                    || t.get(k).is("PRON") && !t.get(k).text().equals("that"))) {
                k++; // "..., Roe told reporters, ..."
            }
        }
        int a = k + 1;
        if (a + 1 >= to || !t.get(k).text().equals(",") || isQuoteMark(t.get(a).text()) || cueWords.cueAt(a) != null) {
            return null;
        }
        // the part before the aside: an adverbial opener ("Still,", "In the end,", "But as") or a clause's subject
        int s = from;
        while (s < open && (t.get(s).is("CCONJ") || isPunct(t.get(s)))) {
            s++;
        }
        boolean subjectBefore = false;
        if (s < open) {
            Token head = t.get(s);
            subjectBefore = !(head.is("ADV") || head.is("ADP") || head.is("SCONJ") || head.is("INTJ"))
                    && !isTimeWord(head.text().toLowerCase()) || hasVerb(s, open);
        }
        // after an adverbial opener the words after the aside must be a clause of their own; after a subject
        // they may be the rest of its clause ("The plan is flawed, she said, by design") unless they open an
        // adjunct clause ("when ...", "after ...")
        Token first = t.get(a);
        String w = first.text().toLowerCase();
        boolean clause = (first.is("DET") || first.is("NOUN") || first.is("PROPN") || first.is("PRON") || first.is("ADJ")
                || first.is("NUM") || first.is("AUX") || first.is("ADV") || first.is("VERB") && !w.endsWith("ing")
                || w.equals("that")) && !ADJUNCT_OPENERS.contains(w) && hasVerb(a, to);
        if (!clause && (!subjectBefore || ADJUNCT_OPENERS.contains(w))) {
            return null; // "..., officials said, after a long search": the clause before is the content
        }
        int cs = subjectBefore ? t.get(skipDateline(s, open)).start() : t.get(a).start();
        int ce = contents.contentEnd(a, to);
        return ce > cs ? contents.make(cs, ce, src[0], src[1], c, null, cue.belief(), null) : null;
    }

    /**
     * "The plan was criticized by Roe", "the law, opposed by Democrats, ...": a cue in the passive with its
     * agent; the agent is the source, the subject the content. A belief (a stance towards a thing, no quote).
     */
    private Found passiveWithAgent(int c, Cues.Cue cue, int from, int to) {
        String w = t.get(c).text().toLowerCase();
        if (w.equals(cue.lemma()) || w.endsWith("s") || w.endsWith("ing")) {
            return null;
        }
        int by = c + 1;
        if (c > from && BE.contains(t.get(c - 1).text().toLowerCase()) && by < to) {
            // "Vell has been called a charlatan by fellow doctors": the complement comes before the agent
            int[] complement = nounPhraseRight(t.get(by).text().equals("as") ? by + 1 : by, to);
            if (complement != null && complement[1] < to && t.get(complement[1]).text().equals("by")) {
                by = complement[1];
            }
        }
        if (by + 1 >= to || !t.get(by).text().equals("by")) {
            return null;
        }
        int a = by + 1;
        while (a < to && t.get(a).is("ADV")) {
            a++; // "backed by nearly half of the voters", "by most/ADV voters"
        }
        int[] agent = a < to ? nounPhraseRight(a, to) : null;
        // "The bill, opposed by the council, ...": a participle after a comma describes the noun before it
        int[] subject = c - 2 >= from && t.get(c - 1).text().equals(",") ? nounPhraseLeft(c - 2, from)
                : sources.leftSource(c, from);
        if (agent == null || subject == null) {
            return null;
        }
        int end = by > c + 1 ? t.get(by - 1).end() : t.get(subject[1] - 1).end();
        return contents.make(t.get(subject[0]).start(), end, by + 1, agent[1], c, null, true, null);
    }

    /**
     * Whether the participle at {@code c} follows its noun, adverbs aside ("the guidelines recently issued by"),
     * where "the fee was opposed by" and "the fee, opposed by" do not.
     */
    private boolean reducedRelative(int c, int from) {
        if (c <= from) {
            return false;
        }
        int j = c - 1;
        while (j > from && (t.get(j).is("ADV") || t.get(j).is("PART"))) {
            j--; // "guidelines recently issued by", "not always so liked by"
        }
        return t.get(j).is("NOUN") || t.get(j).is("PROPN");
    }

    /**
     * "Asked about X, Roe ...", "when asked whether ...", "Roe was asked if ...": the question put to someone
     * whom the text does not name as asker; content = the question (to the next comma), no source. Not a
     * quote: the product's quotes need a speaker and words, this is a topic.
     */
    private Found askedQuestion(int c, Cues.Cue cue, int from, int to) {
        if (!cue.lemma().equals("ask") || !t.get(c).text().equalsIgnoreCase("asked")) {
            return null;
        }
        Token prev = c > from ? t.get(c - 1) : null;
        String p = prev == null ? "" : prev.text().toLowerCase();
        boolean passive = prev == null || prev.is("AUX") && BE.contains(p) || p.equals("when") || p.equals("if")
                || p.equals("once") || p.equals("after") || p.equals("while") || p.equals(",");
        int k = c + 1;
        if (k + 1 < to && t.get(k).text().equals("by")) {
            // "asked by reporters whether": the asker, named but no source of the question's content
            k++;
            while (k < to && inNounPhrase(k)) {
                k++;
            }
        }
        // "Asked on Monday whether", "asked during a debate why", "asked specifically what": over a phrase
        int limit = Math.min(to - 1, k + 8);
        while (k < limit && !isQuestionOpener(t.get(k).text().toLowerCase()) && (t.get(k).is("ADP")
                || t.get(k).is("DET") || t.get(k).is("NOUN") || t.get(k).is("PROPN") || t.get(k).is("ADJ")
                || t.get(k).is("ADV") || t.get(k).is("NUM"))) {
            k++;
        }
        if (!passive || k + 1 >= to) {
            return null;
        }
        String w = t.get(k).text().toLowerCase();
        int a;
        if (w.equals("about")) {
            a = k + 1;
        } else if (isQuestionOpener(w)) {
            a = k;
        } else {
            return null;
        }
        int e = a;
        while (e < to && !t.get(e).text().equals(",") && !t.get(e).text().equals(";")) {
            e++;
        }
        if (e == a) {
            return null;
        }
        int[] topic = w.equals("about") ? nounPhraseRight(a, e) : null;
        if (topic != null && topic[1] < e && OCCASIONS.contains(t.get(topic[1]).text().toLowerCase())) {
            e = topic[1]; // "Asked about it after the debate, Roe ...": the topic, not the occasion
        }
        int cs = t.get(a).start();
        int ce = e < to ? contents.trimEnd(cs, t.get(e).start()) : contents.contentEnd(a, to);
        // kept out of the quotes (a belief-like attribution): a topic with no speaker is no quotation
        return ce > cs ? contents.make(cs, ce, -1, -1, c, null, true, null) : null;
    }

    /** "about", "whether", "if" and the wh-words open what someone was asked. */
    private boolean isQuestionOpener(String w) {
        return w.equals("about") || w.equals("whether") || w.equals("if") || WH_WORDS.contains(w) || w.equals("what")
                || w.equals("who") || w.equals("whom") || w.equals("which");
    }

    /**
     * A verb outside the cue list that takes a "that" clause ("Roe figures that ...", "Roe signaled that ...")
     * reports a stance: a belief cue, or null.
     */
    private Cues.Cue complementVerb(int c, int to) {
        Token tok = t.get(c);
        if (!tok.is("VERB") || c + 2 >= to) {
            return null;
        }
        Token next = t.get(c + 1);
        // (an infinitive after any verb was measured too: "managed to", "began to" cost more than they found)
        return next.text().equals("that") && next.is("SCONJ") ? new Cues.Cue(tok.text().toLowerCase(), true) : null;
    }

    /** "in the latest poll", "in a survey released Monday": a poll reports like "according to" does. */
    private boolean inSurvey(int c, int to) {
        if (!t.get(c).text().equalsIgnoreCase("in") || c + 2 >= to) {
            return false;
        }
        int[] np = nounPhraseRight(c + 1, to);
        if (np == null || !Cues.SURVEYS.contains(t.get(np[1] - 1).word().toLowerCase())) {
            return false;
        }
        // "trails Roe in the polls", "in national polls": the standing in polls at large reports no one's
        // finding; a poll of its own is named ("in a new survey", "in the latest polls")
        boolean plural = t.get(np[1] - 1).word().endsWith("s");
        for (int k = np[0]; plural && k < np[1] - 1; k++) {
            if (RECENT.contains(t.get(k).text().toLowerCase()) || t.get(k).is("NUM")) {
                return true;
            }
        }
        return !plural;
    }

    /** Whether only connectives and adverbs ("But", "And still") come before token {@code c} in its sentence. */
    private boolean opensSentence(int c, int from) {
        for (int k = from; k < c; k++) {
            if (!(t.get(k).is("CCONJ") || t.get(k).is("ADV"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether cue {@code c} is followed by "to" and a verb with no object of its own: nothing, a stop, a
     * preposition, a subordinator, an adverb or the next verb ("she hopes to win in May", "hopes to win differs").
     */
    private boolean gappedInfinitive(int c, int to) {
        if (c + 2 >= to || !t.get(c + 1).text().equals("to") || !t.get(c + 2).is("VERB")) {
            return false;
        }
        if (c + 3 >= to) {
            return true;
        }
        Token k = t.get(c + 3);
        return k.is("ADP") && !k.text().equalsIgnoreCase("of") || k.is("SCONJ") || k.is("ADV") || k.is("VERB")
                || k.is("AUX") || k.is("PUNCT") && !k.text().equals(":") && !isQuoteMark(k.text());
    }

    /**
     * The subject inside source {@code src} when the source is "a" or "an" and a noun set off after a comma or a
     * dash, then a clause's subject: "..., a point Roe also acknowledged", "..., an arrangement the guild has
     * criticized"; or -1.
     */
    private int summingUpSubject(int[] src, int from) {
        if (src[0] - 1 < from || !(t.get(src[0] - 1).text().equals(",") || dash(src[0] - 1))
                || !(t.get(src[0]).text().equalsIgnoreCase("a") || t.get(src[0]).text().equalsIgnoreCase("an"))) {
            return -1;
        }
        int k = src[0] + 1;
        while (k < src[1] && (t.get(k).is("ADJ") || t.get(k).is("NOUN") && !capitalized(t.get(k).text()))) {
            k++;
        }
        if (k == src[0] + 1 || k >= src[1] || !t.get(k - 1).is("NOUN")) {
            return -1;
        }
        Token s = t.get(k);
        boolean subject = s.is("PROPN") || s.is("DET")
                || s.is("PRON") && SUBJECT_PRONOUNS.contains(s.text().toLowerCase());
        return subject ? k : -1;
    }

    /**
     * Whether the retort whose verb is at {@code c} ("fired back", "shot back") goes on, past its particle and
     * adverbs, to its words: "that", a colon, a comma or a quotation.
     */
    private boolean retortedWords(int c, int to) {
        int j = c + 1;
        while (j < to && (t.get(j).text().equalsIgnoreCase("back") || t.get(j).is("ADV"))) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        String w = t.get(j).text().toLowerCase();
        return w.equals("that") || w.equals(":") || w.equals(",") || isQuoteMark(w);
    }

    /**
     * Whether "speak" before {@code k} goes on to what is spoken of or to: "about", "of", "on", "to" or "out"
     * after its adverbs (also "about" or "of" further on in its clause: "spoke at the hall on Monday about the
     * toll"), a that-clause, a colon, a quotation or a comma.
     */
    private boolean spokeOfSomething(int k, int to) {
        int j = k;
        while (j < to && t.get(j).is("ADV")) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        String w = t.get(j).text().toLowerCase();
        if (SPOKEN_OF.contains(w) || w.equals(",") || isQuoteMark(w)) {
            return true;
        }
        for (int e = j; e < to && e < j + 8 && !isPunct(t.get(e)) && !t.get(e).is("VERB"); e++) {
            String x = t.get(e).text().toLowerCase();
            // ("spoke for about an hour": "about" before a number or after "for" is a quantity)
            boolean quantity = e + 1 < to && t.get(e + 1).is("NUM") || t.get(e - 1).text().equalsIgnoreCase("for");
            if (x.equals("about") && !quantity || x.equals("of") && e > j && t.get(e - 1).text().equalsIgnoreCase("up")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "advise" before {@code k} has an object and nothing after it that says what was advised ("to",
     * "that", "against", "not", a quotation or a colon) before the clause ends: "advises the Ostland Guild on
     * mergers", "who advised Ada Roe in 2008" name a client, where "advised Roe to wait" reports.
     */
    private boolean counselOnly(int k, int to) {
        if (k >= to || !(t.get(k).is("PROPN") || t.get(k).is("NOUN") || t.get(k).is("DET") || t.get(k).is("PRON")
                || t.get(k).is("ADJ") || t.get(k).is("NUM")) || t.get(k).text().equalsIgnoreCase("that")) {
            return false;
        }
        for (int j = k + 1; j < to && j < k + 15; j++) {
            String w = t.get(j).text().toLowerCase();
            if (COUNSEL_CONTENT.contains(w) || isQuoteMark(w)) {
                return false;
            }
            if (w.equals(",") || w.equals(";") || w.equals("(") || t.get(j).is("SCONJ")
                    || t.get(j).is("VERB") && !t.get(j - 1).text().equalsIgnoreCase("to") || t.get(j).is("AUX")) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the comma at {@code comma} closes a subordinate clause that opens a content or its that-clause
     * ("said that if the vote fails, he would resign": the content goes on after the comma).
     */
    private boolean closesSubordinate(int from, int comma) {
        if (comma <= from) {
            return false;
        }
        int s = comma - 1;
        while (s > from && !t.get(s - 1).text().equals(",") && !t.get(s - 1).text().equals("that")) {
            s--;
        }
        return opensSubordinate(s, comma);
    }

    /** Whether the sentence opens with a subordinate clause ("While ...", "Although ...") that holds token {@code k}. */
    private boolean opensSubordinate(int from, int k) {
        int s = from;
        while (s < k && (t.get(s).is("CCONJ") || isPunct(t.get(s)))) {
            s++;
        }
        return s < k && SUBORDINATORS.contains(t.get(s).text().toLowerCase());
    }

    /**
     * "the string of contests known as Harbor Tuesday", "the movement, also known as the Pier League,": a name
     * given to the noun phrase before "known as" by nobody named; PolNeAR marks the phrase and the name as the
     * content. A belief.
     */
    private Found knownAs(int c, int from, int to) {
        if (!t.get(c).text().equalsIgnoreCase("known") || c + 2 >= to || !t.get(c + 1).text().equals("as")) {
            return null;
        }
        int j = c - 1;
        while (j > from && t.get(j).is("ADV")) {
            j--; // "also known as", "derisively known as"
        }
        if (j > from && t.get(j).text().equals(",")) {
            j--;
        }
        if (j < from || !(t.get(j).is("NOUN") || t.get(j).is("PROPN")) || t.get(j).possessive()) {
            return null;
        }
        int[] np = nounPhraseLeft(j, from);
        int before = np == null ? from : np[0] - 1;
        while (before > from && (t.get(before).is("DET") || t.get(before).is("ADJ") || t.get(before).is("ADV"))) {
            before--; // (over modifiers the tagger left out of the phrase: "the outside/ADV groups")
        }
        if (np == null || before >= from && t.get(before).is("VERB")) {
            return null; // "remembers Vell, known as Jan": a verb's object is what that verb reports on
        }
        int end = c + 2;
        while (end < to && end < c + 14 && (!isPunct(t.get(end)) || isQuoteMark(t.get(end).text()))) {
            end++;
        }
        int cs = t.get(np[0]).start();
        int ce = contents.trimEnd(cs, t.get(end - 1).end());
        return ce > cs ? contents.make(cs, ce, -1, -1, c, null, true, null) : null;
    }
}
