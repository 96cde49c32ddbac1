package org.corroborate.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;

/**
 * Attributions without a verb of saying, all kept as beliefs: stance nouns and adjectives with their complement
 * ("her claim that", "critical of"), impressions ("seemed to"), support won or drawn ("won the backing of X"),
 * "according to", framing phrases ("For voters, ..."), "Name: headline" lines and transcript turns.
 */
final class Stances extends Grammar {
    /** Verbs of impression whose subject and complement make the content: "the crowd seemed to relax". */
    private static final Set<String> RAISING = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    /** Nouns of support that someone wins from others: "won the endorsement of X", "has support from X". */
    private static final Set<String> SUPPORT_NOUNS = Set.of("support", "endorsement", "endorsements", "backing",
            "blessing");
    /** Nouns of a stance that someone draws from others: "drew criticism from X", "won praise from X". */
    private static final Set<String> DRAWN_NOUNS = Set.of("criticism", "praise", "scorn", "fire", "condemnation",
            "rebuke", "attacks", "hostility", "ire", "applause", "ridicule");
    /**
     * Verbs of feeling whose object feels it about the subject: "the remark angered farmers", "rattled the guild"
     * ("upset" is left out: in a race it is a defeat).
     */
    private static final Set<String> STIRRING = Set.of("angered", "angers", "rattled", "rattles", "worried", "worries",
            "infuriated", "infuriates", "frustrated", "frustrates", "annoyed", "annoys", "shocked", "shocks",
            "surprised", "surprises", "alarmed", "alarms", "bothered", "bothers", "offended",
            "offends", "disappointed", "disappoints", "irritated", "irritates", "outraged", "outrages", "dismayed",
            "troubled", "troubles", "stunned", "stuns", "appalled", "appalls", "irked", "irks", "unnerved", "spooked");
    /** Words by which the subject appeals to those after "with" or "among": "resonated with", "popular among". */
    private static final List<String> APPEALING = List.of("resonat", "popular", "unpopular");
    /** Beginnings of verbs by which a subject holds or wins others' support ("has", "won", "received", "drew"). */
    private static final List<String> RECEIVING = List.of("has", "have", "had", "having", "won", "win", "receiv", "got",
            "get", "earn", "drew", "draw", "secur", "snag", "gain", "enjoy", "consolidat", "garner", "clinch", "lack",
            "pick", "lock", "fac", "came", "come");
    /** People named by the stance they take: "a supporter of X", "a longtime critic of X". */
    private static final Set<String> AGENT_NOUNS = Set.of("supporter", "supporters", "critic", "critics", "advocate",
            "advocates", "proponent", "proponents", "defender", "defenders", "opponent", "opponents");
    /** Prepositions a stance adjective alone takes for what its stance is about: "confident in", "angry at". */
    private static final Set<String> ADJECTIVE_PREPOSITIONS = Set.of("in", "at", "by");
    /** Nouns for people that no suffix gives away. */
    private static final Set<String> PEOPLE = Set.of("people", "anyone", "everyone", "someone", "those", "voters",
            "critics", "americans", "women", "men", "children", "parents", "families", "fans", "residents", "citizens");
    /** Endings of nouns for people and their groups: "supporters", "conservatives", "activists", "Democrats". */
    private static final List<String> PEOPLE_SUFFIXES = List.of("ers", "ors", "ists", "ians", "ans", "ents", "ives",
            "ats", "icans");
    /** Words opening an adjunct around a possessive stance noun: "in his attacks on", "including her call for". */
    private static final Set<String> STANCE_ADJUNCTS = Set.of("in", "with", "despite", "after", "since", "amid",
            "including", "like", "given");
    /**
     * Stems of verbs of degree, repetition or direction that keep a stance their subject's: "stepped up her attacks",
     * "renewed its call for", "threw her support behind".
     */
    private static final List<String> RENEWING = List.of("escalat", "ratchet", "renew", "step", "intensif", "sharpen",
            "soften", "tone", "doubl", "redoubl", "repeat", "reiterat", "expand", "continu", "reboot", "calibrat",
            "temper", "moderat", "broaden", "widen", "narrow", "ramp", "amplif", "throw", "threw", "lend", "lent", "pin",
            "focus", "direct", "turn", "train", "aim");
    /** Stance nouns whose "of" after "the" names who gives them: "the support of the unions". */
    private static final Set<String> BACKING = Set.of("support", "endorsement", "backing");
    /** The word after which a passive participle names how its subject is seen: "regarded as the pride of Easton". */
    private static final Set<String> AS = Set.of("as");
    /** Past participles of listed cues that do not end in "-ed": "is seen as", "known as". */
    private static final Set<String> AS_PARTICIPLES = Set.of("seen", "known", "shown", "thought");
    /**
     * Labels a paper opens its own notes, links and headlines with ("CORRECTION: ...", "EDITOR'S NOTE: ...",
     * "Breaking: ...", "Revealed: ...").
     */
    private static final Set<String> EDITORIAL_LABELS = Set.of("correction", "corrections", "clarification", "update",
            "updated", "note", "disclosure", "disclaimer", "related", "watch", "listen", "video", "photos",
            "advertisement", "breaking", "revealed", "exclusive", "look", "boom", "wow", "developing");
    /** Labels of a paper's notes on its own article, unlike "Update:", which goes on reporting. */
    private static final Set<String> PAPERS_NOTES = Set.of("note", "correction", "corrections", "clarification");

    private final CueWords cueWords;
    private final Contents contents;
    private final Sources sources;

    Stances(Grammar grammar, CueWords cueWords, Contents contents, Sources sources) {
        super(grammar);
        this.cueWords = cueWords;
        this.contents = contents;
        this.sources = sources;
    }

    /**
     * A stance noun or adjective with a complement: "her claim that ...", "his call for ...", "Roe expressed
     * concern that ...", "Roe is confident that ...", "critical of ...". The source is the possessive before a
     * noun or the subject of the clause (found as for a verb); the attribution is a belief.
     */
    Found stanceWord(int c, int from, int to) {
        Token tok = t.get(c);
        String w = tok.text().toLowerCase();
        if (tok.is("VERB") && RAISING.contains(w)) {
            return seeming(c, from, to);
        }
        if (w.equals(":")) {
            return headline(c, from, to);
        }
        if (tok.is("NOUN") && AGENT_NOUNS.contains(w)) {
            return agentNoun(c, from, to);
        }
        if (APPEALING.stream().anyMatch(w::startsWith) && c + 2 < to
                && (t.get(c + 1).text().equals("with") || t.get(c + 1).text().equals("among"))) {
            return appealing(c, from, to);
        }
        if ((w.equals("titled") || w.equals("entitled")) && c > from) {
            return titled(c, from, to);
        }
        Found stirred = tok.is("VERB") && STIRRING.contains(w) ? stirred(c, from, to) : null;
        if (stirred != null) {
            return stirred;
        }
        if (tok.is("NOUN") && (SUPPORT_NOUNS.contains(w) || DRAWN_NOUNS.contains(w))) {
            Found received = supportReceived(c, from, to);
            if (received != null) {
                return received;
            }
        }
        boolean noun = tok.is("NOUN") && cues.isNoun(w);
        boolean adjective = !noun && (tok.is("ADJ") || tok.is("VERB")) && cues.isAdjective(w);
        boolean phraseNoun = !noun && tok.is("NOUN") && cues.isPhraseNoun(w);
        int a = contents.complementStart(c + 1, to);
        if (a < 0 && adjective) {
            a = bareClause(c, from, to); // "I am glad the voters ...", "it is not clear the plan ..."
        }
        if (a < 0 && adjective && c + 2 < to && ADJECTIVE_PREPOSITIONS.contains(t.get(c + 1).text().toLowerCase())
                && predicative(c, from)) {
            a = contents.complementStart(c + 1, to, ADJECTIVE_PREPOSITIONS); // "Roe is confident in the plan", "angry at X"
        }
        if (a < 0 && noun && c + 2 < to && BE.contains(t.get(c + 1).text().toLowerCase())
                && possessiveBefore(c, from)) {
            a = contents.complementStart(c + 2, to); // "Her view is that ...": the clause predicated of the noun
        }
        // a noun with a prepositional or infinitive complement ("her support for", "his plan to") is "owned" when a
        // possessive opens a phrase that is no verb's or preposition's object ("Roe's call for X drew ...")
        boolean phrase = a >= 0 && !t.get(a - 1).text().equals("that");
        if (a < 0 || !noun && !adjective && !phraseNoun || phraseNoun && !phrase) {
            return null;
        }
        if (phraseNoun && BACKING.contains(w) && c > from && t.get(c - 1).text().equalsIgnoreCase("the")
                && t.get(a - 1).text().equals("of")) {
            return null; // "Roe won the endorsement of the guild": the guild backs Roe; nothing is Roe's stance
        }
        boolean owned = !(noun || phraseNoun) || !phrase || possessiveBefore(c, from);
        noun = noun || phraseNoun;
        int link = noun ? -1 : linkBefore(c, from);
        // "Roe remains skeptical of X", "became convinced that": the subject of the linking verb holds the view
        int[] src = noun ? nounSource(c, from) : sources.leftSource(link >= 0 && t.get(link).is("VERB") ? link : c, from);
        // without a possessive the noun phrase is taken when a verb that is no cue has its subject ("Roe voiced
        // support for ..."); a possessive in a verb's or preposition's object ("backed her plan to") is most
        // often the content of another relation, and its pronoun not the source PolNeAR marks (measured)
        if (!owned && src != null && src[1] == nounStart(c, from)) {
            src = renewedBy(src[0], from);
        }
        if (!owned && (src == null || src[1] == nounStart(c, from))) {
            return null;
        }
        boolean impersonal = false;
        if (src != null && src[1] - src[0] == 1 && NO_SOURCE.contains(t.get(src[0]).text().toLowerCase())) {
            impersonal = t.get(src[0]).text().equalsIgnoreCase("it") && !t.get(a - 1).is("ADP");
            String made = src[0] - 1 >= from ? t.get(src[0] - 1).text().toLowerCase() : "";
            // "In an interview, Roe made it clear that ...": who makes it so holds the view
            src = impersonal && (made.equals("made") || made.equals("make") || made.equals("makes"))
                    ? sources.leftSource(src[0] - 1, from) : null;
        }
        // a stance noun with a that-clause is reported even when no source is found ("drawing complaints that ...",
        // "the idea that ...": PolNeAR annotates these without one), and so is "it is clear (that) ..."; another
        // adjective or a phrase complement is not
        if (src == null && (!noun || phrase && owned) && !impersonal) {
            return null;
        }
        if (src == null && noun && !phrase) {
            src = objectOf(c, from); // "Roe expressed confidence that ...", "Roe clings to the hope that ..."
        }
        if (src == null) {
            src = sources.namedSubject(from, c); // "Roe veered close to an admission that ..."
        }
        int end = noun && phrase ? contents.nounComplementEnd(a, to) : contents.contentEnd(a, to);
        return end > t.get(a).start() ? contents.make(t.get(a).start(), end, src == null ? -1 : src[0], src == null ? -1 : src[1],
                c, null, true, null) : null;
    }

    /**
     * "Vell is widely seen as a front-runner", "the pier, regarded as the town's pride,": a cue's passive participle
     * with "as" and a noun phrase says how someone unnamed sees the subject; the phrase after "as" is the content
     * (PolNeAR's content is the subject and that phrase), no source, a belief. Only where no other relation holds
     * it ({@code QuoteExtractor}): inside another relation's content it is mostly not annotated (6 of 47 on train).
     */
    Found passiveAs(int c, int from, int to) {
        Token tok = t.get(c);
        String w = tok.text().toLowerCase();
        if (!tok.is("VERB") || cues.of(w) == null || !(w.endsWith("ed") || AS_PARTICIPLES.contains(w))) {
            return null;
        }
        int k = c + 1;
        while (k < to && t.get(k).is("ADV")) {
            k++;
        }
        if (k + 1 >= to || !t.get(k).text().equalsIgnoreCase("as")) {
            return null;
        }
        int a = isQuoteMark(t.get(k + 1).text()) ? k + 1 : contents.complementStart(k, to, AS);
        if (a < 0) {
            return null;
        }
        // passive: after a form of "be" or "being", or a reduced relative after a noun, comma or conjunction;
        // not an active verb after its subject ("which he described as ...")
        int j = c - 1;
        boolean auxiliary = false;
        while (j >= from && (t.get(j).is("ADV") || t.get(j).is("AUX") || t.get(j).is("PART"))) {
            auxiliary |= BE.contains(t.get(j).text().toLowerCase()); // "has campaigned as" is active
            j--;
        }
        if (j >= from && t.get(j).text().equalsIgnoreCase("to")) {
            return null;
        }
        if (!auxiliary && j >= from) {
            Token left = t.get(j);
            boolean named = coveringName(left.start()) != null;
            if (named || left.is("PRON") || left.is("PROPN") || left.is("VERB") || left.is("AUX") || left.is("DET")
                    || left.is("NUM") || left.possessive()) {
                return null;
            }
        }
        if (SUBJECT_PRONOUNS.contains(t.get(a).text().toLowerCase())) {
            return null; // "cheered as she took the stage": "as" opens a clause
        }
        int end = contents.nounComplementEnd(a, to);
        int[] agent = null;
        for (int b = a + 1; b < to && t.get(b - 1).start() < end; b++) {
            Token before = t.get(b - 1);
            if (finiteAt(b) && (before.is("NOUN") || before.is("PROPN") || before.is("PRON"))) {
                return null; // "laughed as people walked past", "released as polls closed": a clause
            }
            if (t.get(b).start() >= end) {
                break;
            }
            if (t.get(b).text().equals("by") && agent == null) {
                agent = nounPhraseRight(b + 1, to); // "labeled as a sham by the guild": the guild sees it so
                if (agent != null) {
                    end = contents.trimEnd(t.get(a).start(), t.get(b).start());
                }
            }
        }
        return end > t.get(a).start() ? contents.make(t.get(a).start(), end, agent == null ? -1 : agent[0],
                agent == null ? -1 : agent[1], c, null, true, null) : null;
    }

    /**
     * "The slogan resonated with farmers", "Roe is popular among young voters": those after "with" or "among" hold
     * the view (the source) of the subject (the content). A belief.
     */
    private Found appealing(int c, int from, int to) {
        int link = linkBefore(c, from);
        int[] subject = sources.leftSource(link >= 0 && t.get(link).is("VERB") ? link : c, from);
        int[] audience = nounPhraseRight(c + 2, to);
        if (audience == null || namesNoOne(subject)) {
            return null;
        }
        return contents.make(t.get(subject[0]).start(), t.get(subject[1] - 1).end(), audience[0], audience[1], c, null, true,
                null);
    }

    /**
     * "an ad titled “Scam.”", "The ad, entitled “Our Pier,” features ...", "a book titled Harbor Days": the work is
     * the source of its title, the quotation or the capitalized words after the participle. A belief: a title is
     * no one's quote.
     */
    private Found titled(int c, int from, int to) {
        int n = t.get(c - 1).text().equals(",") ? c - 2 : c - 1;
        int k = c + 1 < to && t.get(c + 1).text().equals(",") ? c + 2 : c + 1;
        if (n < from || !t.get(n).is("NOUN") || k >= to) {
            return null;
        }
        int e = k;
        if (isQuoteMark(t.get(k).text())) {
            e = k + 1;
            while (e < to && !isQuoteMark(t.get(e).text())) {
                e++;
            }
        } else {
            while (e + 1 < to && capitalized(t.get(e + 1).text()) && !isPunct(t.get(e + 1))) {
                e++;
            }
            if (!capitalized(t.get(k).text()) || isPunct(t.get(k))) {
                return null;
            }
        }
        int[] work = nounPhraseLeft(n, from);
        return e < to && work != null
                ? contents.make(t.get(k).start(), t.get(e).end(), work[0], work[1], c, null, true, null) : null;
    }

    /**
     * "The remark angered farmers", "the vote rattled the guild": the object of a verb of feeling feels it about
     * the subject, so the object is the source and the subject the content (not after "be": "was worried about X"
     * is the stance adjective's). A belief.
     */
    private Found stirred(int c, int from, int to) {
        int k = c - 1;
        while (k >= from && (t.get(k).is("ADV") || t.get(k).is("PART") || t.get(k).is("AUX")
                && !BE.contains(t.get(k).text().toLowerCase()))) {
            k--;
        }
        if (k >= from && BE.contains(t.get(k).text().toLowerCase())) {
            // "farmers were angered by the toll": in the passive the subject feels it about the agent
            int[] agent = c + 2 < to && t.get(c + 1).text().equals("by") ? nounPhraseRight(c + 2, to) : null;
            int[] subject = agent == null ? null : sources.leftSource(c, from);
            return subject == null || agent[0] != c + 2 ? null : contents.make(t.get(agent[0]).start(),
                    t.get(agent[1] - 1).end(), subject[0], subject[1], c, null, true, null);
        }
        int[] feeler = nounPhraseRight(c + 1, to);
        int[] cause = sources.leftSource(c, from);
        if (feeler == null || feeler[0] != c + 1 || namesNoOne(cause)) {
            return null;
        }
        return contents.make(t.get(cause[0]).start(), t.get(cause[1] - 1).end(), feeler[0], feeler[1], c, null, true, null);
    }

    /** A missing phrase, or one word that names no one ("it", "there", "this"); a relative pronoun does. */
    private boolean namesNoOne(int[] np) {
        if (np == null) {
            return true;
        }
        String w = t.get(np[0]).text().toLowerCase();
        return np[1] - np[0] == 1 && NO_SOURCE.contains(w) && !RELATIVE.contains(w);
    }

    /**
     * "Roe won the endorsement of the guild", "Roe has strong support from farmers", "drew support among voters":
     * support that the verb's subject holds or wins is the stance of those after the preposition, the source,
     * toward the subject, the content. A belief.
     */
    private Found supportReceived(int c, int from, int to) {
        String p = c + 2 < to ? t.get(c + 1).text().toLowerCase() : "";
        // ("drew criticism of the plan" says what is criticized: only "from" and "among" give who criticizes)
        boolean drawn = DRAWN_NOUNS.contains(t.get(c).text().toLowerCase());
        if (!p.equals("of") && !p.equals("from") && !p.equals("among") || drawn && p.equals("of")) {
            return null;
        }
        int v = nounStart(c, from) - 1;
        while (v >= from && (t.get(v).is("DET") || t.get(v).is("NUM"))) {
            v--;
        }
        String particle = v > from ? t.get(v).text() : "";
        if (particle.equals("up") || particle.equals("in") || particle.equals("under")) {
            v--; // "picked up the endorsement of", "locked in support among", "came under fire from"
        }
        if (v < from || !(t.get(v).is("VERB") || t.get(v).is("AUX"))) {
            return null;
        }
        String verb = t.get(v).text().toLowerCase();
        if (RECEIVING.stream().noneMatch(verb::startsWith)) {
            return null;
        }
        int[] holder = sources.leftSource(v, from);
        int[] giver = nounPhraseRight(c + 2, to);
        if (giver == null || namesNoOne(holder)) {
            return null;
        }
        return contents.make(t.get(holder[0]).start(), t.get(holder[1] - 1).end(), giver[0], giver[1], c, null, true, null);
    }

    /**
     * "Roe is a longtime supporter of X", "Vell has been a vocal critic of X", "Roe remains an advocate for X": a
     * predicative noun naming its subject by a stance reports that stance, the subject its source. A belief.
     */
    private Found agentNoun(int c, int from, int to) {
        String p = c + 2 < to ? t.get(c + 1).text().toLowerCase() : "";
        int a = p.equals("of") || p.equals("for") ? contents.complementStart(c + 1, to) : -1;
        int det = nounStart(c, from);
        while (det - 1 >= from && t.get(det - 1).is("DET")) {
            det--;
        }
        int link = det < c ? linkBefore(det, from) : -1;
        if (a < 0 || link < 0 || link != det - 1 && !t.get(link).is("AUX")) {
            return null;
        }
        int[] src = sources.leftSource(t.get(link).is("VERB") ? link : det, from);
        if (src == null || src[1] - src[0] == 1 && NO_SOURCE.contains(t.get(src[0]).text().toLowerCase())) {
            return null;
        }
        int end = contents.nounComplementEnd(a, to);
        return end > t.get(a).start() ? contents.make(t.get(a).start(), end, src[0], src[1], c, null, true, null) : null;
    }

    /**
     * The clause right after predicative adjective {@code c} ("is glad the vote passed", "became clear Roe would
     * win"): its first token, or -1. The adjective follows a form of "be" or "become", "remain", "feel" (not a
     * noun it modifies: "a clear message"), and a subject and its verb follow it before any punctuation.
     */
    private int bareClause(int c, int from, int to) {
        if (c + 2 >= to) {
            return -1;
        }
        boolean predicative = predicative(c, from);
        Token first = t.get(c + 1);
        boolean subject = first.is("PROPN") || first.is("DET") || first.is("NOUN") || first.is("NUM")
                || first.is("PRON") && !first.text().equalsIgnoreCase("that");
        if (!predicative || !subject) {
            return -1;
        }
        for (int j = c + 2; j < to && j < c + 10 && !isPunct(t.get(j)); j++) {
            if (t.get(j).is("VERB") || t.get(j).is("AUX")) {
                return c + 1;
            }
        }
        return -1;
    }

    /**
     * The source of stance noun {@code c}: the possessive before it ("her claim", "Roe's claim"), or the subject of
     * the verb that is no cue before it ("Roe expressed concern that", "Roe made the claim that"); or null.
     */
    private int[] nounSource(int c, int from) {
        int k = nounStart(c, from) - 1;
        if (k < from) {
            return null;
        }
        Token before = t.get(k);
        if (before.is("PRON") && POSSESSIVE_PRONOUNS.contains(before.text().toLowerCase())) {
            return new int[] {k, k + 1};
        }
        if (before.text().equalsIgnoreCase("with") && k > from && t.get(k - 1).text().equals(",")) {
            return sources.clauseSubject(from, k); // "Roe toured the state, with plans to return": the clause's subject
        }
        if (before.possessive()) {
            return nounPhraseLeft(k, from);
        }
        while (k >= from && t.get(k).is("DET")) {
            k--;
        }
        return k >= from && t.get(k).is("VERB") && cueWords.cueAt(k) == null ? sources.leftSource(k, from) : null;
    }

    /**
     * The subject of the verb whose object (or whose preposition's object) noun {@code c} is: "Roe expressed
     * confidence", "Roe clings to the hope"; or null.
     */
    private int[] objectOf(int c, int from) {
        int k = nounStart(c, from) - 1;
        while (k >= from && t.get(k).is("DET")) {
            k--;
        }
        if (k > from && t.get(k).is("ADP") && !t.get(k).text().equalsIgnoreCase("of")) {
            k--;
        }
        return k >= from && t.get(k).is("VERB") && !t.get(k).text().endsWith("ing") ? sources.leftSource(k, from) : null;
    }

    /**
     * "Roe stepped up her attacks on X", "the council renewed its call for X": a verb of degree, repetition or
     * direction ({@link #RENEWING}) before a possessive pronoun (starting at {@code k}) keeps the stance its
     * subject's, the source PolNeAR marks; or null.
     */
    private int[] renewedBy(int k, int from) {
        int v = k - 1;
        while (v > from && (t.get(v).is("ADP") || t.get(v).is("ADV")) && k - v < 3) {
            v--; // "ratcheted up", "expanded upon"
        }
        if (v < from || !POSSESSIVE_PRONOUNS.contains(t.get(k).text().toLowerCase()) || !t.get(v).is("VERB")) {
            return null;
        }
        String w = t.get(v).text().toLowerCase();
        return RENEWING.stream().anyMatch(w::startsWith) ? sources.leftSource(v, from) : null;
    }

    /** The first token of the adjectives and adverbs right before noun {@code c}. */
    private int nounStart(int c, int from) {
        int k = c;
        while (k - 1 >= from && (t.get(k - 1).is("ADJ") || t.get(k - 1).is("ADV") || adjectiveSlip(k - 1, from))) {
            k--;
        }
        return k;
    }

    /**
     * An adjective the tagger made a verb or a noun inside a noun phrase: "an impassioned/VERB call for", "her
     * repeated/VERB calls for" (a participle after a determiner), "Roe's harsh/NOUN attacks on" (a lowercase
     * word right after a possessive).
     */
    private boolean adjectiveSlip(int k, int from) {
        Token tok = t.get(k);
        if (k <= from || capitalized(tok.text())) {
            return false;
        }
        Token prev = t.get(k - 1);
        String p = prev.text().toLowerCase();
        boolean possessive = prev.possessive() || POSSESSIVE_PRONOUNS.contains(p);
        return tok.is("VERB") && tok.text().endsWith("ed") && (possessive || ARTICLES.contains(p))
                || tok.is("NOUN") && (possessive || ARTICLES.contains(p));
    }

    /**
     * "His call for X drew ...", "Roe's strong support for": a possessive right before the noun (over adjectives),
     * in a phrase that is no verb's object nor a preposition's, but for an adjunct's ("Roe voiced her support
     * for", "attacked Roe's plan to": there the phrase is the content of the other relation, which PolNeAR
     * annotates alone).
     */
    private boolean possessiveBefore(int c, int from) {
        int k = nounStart(c, from) - 1;
        int owner;
        if (k >= from && t.get(k).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(k).text().toLowerCase())) {
            owner = k;
        } else if (k >= from && t.get(k).possessive()) {
            int[] np = nounPhraseLeft(k, from);
            owner = np == null ? k : np[0];
        } else {
            return false;
        }
        Token before = owner > from ? t.get(owner - 1) : null;
        // "merciless in his attacks on X", "struck a chord with her call for X", "despite her call for X": after
        // these the phrase is an adjunct, and its owner the source PolNeAR marks (other prepositions: measured no)
        boolean adjunct = before != null && STANCE_ADJUNCTS.contains(before.text().toLowerCase());
        return before == null || adjunct
                || !(before.is("VERB") || before.is("ADP") || before.is("AUX") || before.is("PART"));
    }

    /**
     * "The crowd seemed to ...", "Roe appears uneasy", "Roe seemed rattled", "the plan seemed like a gamble": an
     * impression without a source, whose content is the subject with what it seems to be or do (the verb between
     * is kept). "There seems to be ..." keeps "there"; "it seems (that) ..." reports what follows the verb. A
     * preposition after the verb ("appeared on television", "appeared at the rally") is an appearance, no
     * impression.
     */
    private Found seeming(int c, int from, int to) {
        if (c + 1 >= to) {
            return null;
        }
        Token next = t.get(c + 1);
        String n = next.text().toLowerCase();
        Token second = c + 2 < to ? t.get(c + 2) : null;
        boolean complement = n.equals("to") && second != null && (second.is("VERB") || second.is("AUX"))
                || next.is("ADJ") || next.is("VERB") && !n.endsWith("ing")
                || next.is("ADV") && second != null && (second.is("ADJ") || second.is("VERB") || second.text().equals("to"))
                || n.equals("like") || n.equals("as") && second != null && (second.text().equals("if")
                || second.text().equals("though"))
                || next.is("DET") && t.get(c).text().toLowerCase().startsWith("seem");
        int k = c - 1;
        while (k >= from && (t.get(k).is("ADV") || t.get(k).is("AUX") || t.get(k).is("PART"))) {
            k--;
        }
        String before = k >= from ? t.get(k).text().toLowerCase() : "";
        if (before.equals("there") && complement) {
            return contents.make(t.get(k).start(), contents.contentEnd(c + 1, to), -1, -1, c, null, true, null);
        }
        if (before.equals("it")) {
            // "it seems the plan failed", "it appears, though, that ...": the clause after the verb
            int a = c + 1;
            while (a < to && (isPunct(t.get(a)) || t.get(a).is("ADV") || t.get(a).text().equals("that"))) {
                a++;
            }
            boolean clause = a < to && (a > c + 1 || !t.get(a).is("ADP")) && hasVerb(a, to);
            return clause ? contents.make(t.get(a).start(), contents.contentEnd(a, to), -1, -1, c, null, true, null) : null;
        }
        int[] subject = complement ? sources.leftSource(c, from) : null;
        if (subject == null || subject[1] - subject[0] == 1 && NO_SOURCE.contains(t.get(subject[0]).text().toLowerCase())
                && !RELATIVE.contains(t.get(subject[0]).text().toLowerCase())) {
            return null;
        }
        return contents.make(t.get(subject[0]).start(), contents.contentEnd(c + 1, to), -1, -1, c, null, true, null);
    }

    /**
     * "Jane Roe: Taxes Will Fall", "Roe: ‘We Will Rebuild’": a sentence opened by a name and a colon, no verb
     * before it, reports what the name holds (headline style). In an article's first sentence (its headline)
     * any capitalized words before the colon are the source ("Poll: ..."). Kept a belief, as it paraphrases,
     * unless single marks quote the words.
     */
    private Found headline(int colon, int from, int to) {
        Found turn = transcriptTurn(colon, from);
        if (turn != null) {
            return turn;
        }
        String mark = colon + 1 < to ? t.get(colon + 1).text() : "";
        // a quotation in double marks after the colon is a direct quote (pass 1); single marks quote in headlines
        boolean single = mark.equals("‘") || mark.equals("'");
        if (colon - from > 6 || colon + 3 >= to || isQuoteMark(mark) && !single) {
            return null;
        }
        // an article's first sentence is its headline, whose opening words the tagger often mistakes
        // ("Ostrander/NOUN:", "Roe/VERB:"): there the capitalized words before the colon are the source
        boolean headlineWords = t.get(from).sentence() == 0 && colon > from;
        for (int k = from; k < colon; k++) {
            Token tok = t.get(k);
            headlineWords &= capitalized(tok.text()) && !isPunct(tok) || tok.is("ADP");
            if ((tok.is("VERB") || tok.is("AUX") || isPunct(tok)) && !headlineWords) {
                return null;
            }
        }
        int[] np = nounPhraseLeft(colon - 1, from);
        boolean named = np != null && np[0] == from && (t.get(np[1] - 1).is("PROPN") || names(np, "person")
                || names(np, "organization"));
        int[] src = named ? np : headlineWords ? new int[] {from, colon} : null;
        if (src == null || rubric(src)) {
            return null;
        }
        int cs = t.get(colon + 1 + (single ? 1 : 0)).start();
        int end = t.get(to - 1).end();
        boolean quoted = false;
        for (int k = colon + 2; single && k < to; k++) {
            String w = t.get(k).text();
            if (isPunct(t.get(k)) && (w.endsWith("’") || w.endsWith("'"))) {
                // the closing mark (".’" is one token) ends the content, whatever the splitter made of the sentence
                end = t.get(k).end() - 1;
                quoted = true;
                break;
            }
        }
        int ce = contents.trimEnd(cs, end);
        return ce > cs ? contents.make(cs, ce, src[0], src[1], colon, quoted ? "direct" : null, !quoted, null) : null;
    }

    /**
     * "ROE: Well, the pier is safe. ...": a paragraph opened (after an opening mark) by a speaker's name in capitals
     * and a colon is a turn of a transcript, when another paragraph opens so too; what follows, to the
     * paragraph's end, is that speaker's words.
     */
    private Found transcriptTurn(int colon, int from) {
        int first = from;
        if (first < colon && isQuoteMark(t.get(first).text())) {
            first++;
        }
        int para = t.get(colon).paragraph();
        // (the paragraph opens at the mark, if any: "“ROE: Well, ...")
        if (from > 0 && t.get(from - 1).paragraph() == para || labelColon(first) != colon || !otherTurn(para)) {
            return null;
        }
        if (EDITORIAL_LABELS.contains(t.get(colon - 1).text().toLowerCase(Locale.ROOT))) {
            return null; // "CORRECTION: An earlier version ...": the paper's note, no one's turn
        }
        int end = colon + 1;
        while (end < t.size() && t.get(end).paragraph() == para) {
            end++;
        }
        if (end - colon < 3) {
            return null;
        }
        int last = isQuoteMark(t.get(end - 1).text()) ? end - 2 : end - 1;
        int cs = t.get(colon + 1).start();
        int ce = contents.trimEnd(cs, t.get(last).end());
        return ce > cs ? contents.make(cs, ce, first, colon, colon, "direct", false, null) : null;
    }

    /**
     * The colon after a speaker's label in capitals opening at token {@code first} ("VELL:", "JAN VELL:"), or -1.
     */
    private int labelColon(int first) {
        int k = first;
        while (k < t.size() && !t.get(k).text().equals(":")) {
            String w = t.get(k).text();
            if (k - first == 3 || w.length() < 2
                    || !w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '\'')) {
                return -1;
            }
            k++;
        }
        return k > first && k < t.size() && t.get(k).text().equals(":") ? k : -1;
    }

    /**
     * Whether the sentence of tokens {@code from} to {@code to} is a paragraph of its own, the paper's note on its
     * articles ("Editor's note: Vell has long vowed to close the pier."): a standing line, not the story's
     * reporting (a longer note, correcting the story, goes on reporting).
     */
    boolean papersNote(int from, int to) {
        int para = t.get(from).paragraph();
        if (from > 0 && t.get(from - 1).paragraph() == para || to < t.size() && t.get(to).paragraph() == para) {
            return false;
        }
        for (int j = from + 1; j < to && j <= from + 3; j++) {
            if (t.get(j).text().equals(":")) {
                return PAPERS_NOTES.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Whether a paragraph other than {@code para} opens with a speaker's label too: a transcript has turns,
     * where "BREAKING: ...", "UPDATE: ..." or "BYLINE: ..." alone is a page's rubric.
     */
    private boolean otherTurn(int para) {
        for (int p = 0; p < text.paragraphCount(); p++) {
            int k = text.tokenAtOrAfter(text.paragraph(p)[0]);
            if (k < t.size() && isQuoteMark(t.get(k).text())) {
                k++;
            }
            if (p != para && k < t.size() && t.get(k).paragraph() == p && labelColon(k) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline's label opened by "the" that names no person or organization: a column's or a series' title
     * ("The Week Ahead: ...", "The Ninth Inning: ..."), where "The Herald: ..." speaks; a page's rubric
     * ("Breaking: Vell Wins", "WOW: ..."); or a place heading a list.
     */
    private boolean rubric(int[] label) {
        String first = t.get(label[0]).text().toLowerCase(Locale.ROOT);
        if (label[1] - label[0] == 1 && EDITORIAL_LABELS.contains(first)) {
            return true;
        }
        if (names(label, "place") && !names(label, "person") && !names(label, "organization")) {
            return true; // "Iowa: Ada Roe, Jan Vell, ...": a list under a place's heading
        }
        return t.get(label[0]).text().equals("The") && !names(label, "person") && !names(label, "organization");
    }

    /**
     * A sentence opened by the frame of a view or a count: "To many voters, she is a hero", "By the council's
     * count, ...", "In Roe's view, ...". The phrase up to its comma is the source, the clause after it the
     * content, the preposition the cue. "To" frames only people and groups ("To that end, ..." frames nothing),
     * "by" only a count or an estimate, "in" only a view or an opinion. A belief: a view, not words reported.
     */
    Found frame(int c, int to) {
        String w = t.get(c).text().toLowerCase();
        if (c + 3 >= to) {
            return null;
        }
        int[] np = nounPhraseRight(c + 1, to);
        if (np == null) {
            return null;
        }
        // the phrase may go on to its comma with a relative clause or a coordination ("To Roe, who ran twice,")
        int comma = np[1];
        while (comma < to && comma < c + 30 && !t.get(comma).text().equals(",") && !isQuoteMark(t.get(comma).text())) {
            comma++;
        }
        if (comma + 2 >= to || !t.get(comma).text().equals(",")) {
            return null;
        }
        Token head = t.get(np[1] - 1);
        String h = head.text().toLowerCase();
        Set<String> heads = FRAMES.get(w);
        boolean framed = heads.isEmpty() ? peopleLike(np, head) && (comma == np[1] || goesOnAsPhrase(np[1], comma))
                : heads.contains(h) && comma == np[1];
        int a = comma + 1;
        if (!framed || !hasVerb(a, to) || t.get(a).is("VERB") || t.get(a).is("AUX")) {
            return null;
        }
        int cs = t.get(a).start();
        int ce = contents.contentEnd(a, to);
        return ce > cs ? contents.make(cs, ce, np[0], comma, c, null, true, null) : null;
    }

    /** A named person, group or place, a personal pronoun, or a quantifier or noun standing for people. */
    private boolean peopleLike(int[] np, Token head) {
        String h = head.text().toLowerCase();
        if (head.is("PRON")) {
            return PERSON_PRONOUNS.contains(h) || h.equals("them") || h.equals("us") || h.equals("me");
        }
        if (names(np, "person") || names(np, "organization") || names(np, "place")) {
            return true;
        }
        return QUANTIFIERS.contains(h) || PEOPLE.contains(h) || head.is("PROPN") && !isTimeWord(head.text())
                || head.is("NOUN") && h.length() > 5 && PEOPLE_SUFFIXES.stream().anyMatch(h::endsWith);
    }

    /** Tokens [a, comma) continue a noun phrase: a relative clause, a coordination or a prepositional phrase. */
    private boolean goesOnAsPhrase(int a, int comma) {
        String w = t.get(a).text().toLowerCase();
        return w.equals("who") || w.equals(",") || w.equals("and") || t.get(a).is("ADP") && !w.equals("to");
    }

    boolean reportedly(int c, int from, int to) {
        String w = t.get(c).text().toLowerCase();
        return (w.equals("reportedly") || w.equals("allegedly") || w.equals("purportedly")) && to - from > 4;
    }

    /**
     * "Roe reportedly met the donors": a report whose source the text does not give; the content is the
     * clause (the sentence less a leading connective). A belief-like attribution: no speaker, no quote.
     */
    Found hearsay(int c, int from, int to) {
        int a = from;
        while (a < c && (t.get(a).is("CCONJ") || isPunct(t.get(a)))) {
            a++;
        }
        int cs = t.get(a).start();
        int ce = contents.contentEnd(a, to);
        return ce > cs ? contents.make(cs, ce, -1, -1, c, null, true, null) : null;
    }

    /**
     * "according to X" (source from {@code srcFrom} = c + 2) and "in the X poll" ({@code srcFrom} = c + 1; a
     * figure reported by a poll is no quotation: kept as a belief-like attribution).
     */
    Found accordingTo(int c, int srcFrom, int from, int to) {
        int[] src = nounPhraseRight(srcFrom, to);
        if (src == null && srcFrom == c + 2) {
            src = contents.phraseToPunctuation(srcFrom, to);
        }
        if (src == null) {
            return null;
        }
        // "according to a count by the Herald", "a memo filed by Jan Roe": the work and who made it
        int by = src[1] < to && t.get(src[1]).is("VERB") && t.get(src[1]).text().endsWith("ed") ? src[1] + 1 : src[1];
        int[] maker = by + 1 < to && t.get(by).text().equals("by") ? nounPhraseRight(by + 1, to) : null;
        if (maker != null && maker[0] == by + 1) {
            src = new int[] {src[0], maker[1]};
        }
        int cs;
        int ce;
        int a = src[1];
        while (a < to && isPunct(t.get(a)) && !isQuoteMark(t.get(a).text())) {
            a++;
        }
        boolean opens = c == from || c == from + 1 && isPunct(t.get(from));
        // "According to Easton police an officer arrived ...": with no comma, an article right after the source's noun
        // opens the clause's subject (an article never follows a noun inside one noun phrase)
        int article = -1;
        for (int k = src[0] + 1; opens && a == src[1] && k < src[1]; k++) {
            if (ARTICLES.contains(t.get(k).text().toLowerCase()) && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN"))
                    && !t.get(k - 1).possessive() && hasVerb(k, to)) {
                article = k;
                break;
            }
        }
        if (article > 0) {
            src = new int[] {src[0], article};
            a = article;
        } else if (opens && a == src[1]) {
            // "According to a version of the site from 2010, X": the source's phrase goes on to the comma (at most 20
            // tokens: "According to a complaint filed by the harbor board and a second one by the guild, X")
            int comma = a;
            while (comma < to && comma < a + 20 && !t.get(comma).text().equals(",") && !t.get(comma).is("AUX")
                    && !(t.get(comma).is("VERB") && !t.get(comma).text().endsWith("ed"))) {
                comma++;
            }
            if (comma + 1 < to && t.get(comma).text().equals(",")) {
                a = comma + 1;
            }
        }
        // "In addition, according to X, Y ..." / "Roe, according to X, is ...": a clause goes on after the
        // source (a participle there is an adjunct of the clause before: ", according to X, becoming ...", and
        // so is a coordinated verb: "Roe watched it, according to X, and said ...")
        boolean goesOn = !opens && a > src[1] && a + 2 < to && t.get(src[1]).text().equals(",")
                && !(t.get(a).is("VERB") && t.get(a).text().endsWith("ing")) && !t.get(a).is("CCONJ") && hasVerb(a, to);
        Token first = t.get(from);
        boolean adverbial = first.is("ADP") || first.is("ADV") || first.is("CCONJ") || first.is("SCONJ");
        if (opens || goesOn && adverbial && c - from <= 5 && t.get(c - 1).text().equals(",")) {
            if (a >= to) {
                return null;
            }
            cs = t.get(a).start();
            ce = contents.contentEnd(a, to);
        } else if (goesOn) {
            cs = t.get(from).start();
            ce = contents.contentEnd(a, to);
        } else {
            int[] np = srcFrom == c + 1 && !hasVerb(from, c) ? nounPhraseLeft(c - 1, from) : null;
            Token head = t.get(c - 1);
            if (np != null && np[1] == c && head.is("NOUN") && Character.isLowerCase(head.text().charAt(0))
                    && peopleLike(new int[] {c - 1, c}, head)) {
                return null; // "Most voters in the poll backed Roe": the people polled, whose answer follows
            }
            cs = t.get(from).start();
            ce = contents.trimEnd(cs, t.get(c).start());
        }
        return ce > cs ? contents.make(cs, ce, src[0], src[1], c, null, srcFrom == c + 1, null) : null;
    }
}
