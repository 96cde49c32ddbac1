package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.model.CodePoints;
import org.corroborate.model.EntityMention;
import org.corroborate.text.CalendarWords;

/**
 * One article's tokens, recognized names and quotation marks, read as grammar: noun phrases to the left and right
 * of a token, finite verbs, titles with periods, datelines, names covering a token. Every stage of the quote
 * extractor extends it and shares its state (the copy constructor copies references, not tokens), so the rules read
 * "nounPhraseLeft(k, from)" rather than a prefixed call; the word lists more than one stage uses live here too.
 */
class Grammar {
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    static final Set<String> UNRESOLVED_PRONOUNS = Set.of("they", "we", "i", "it", "you", "one", "this");
    static final Set<String> FIRST_PERSON = Set.of("I", "We", "we", "my", "My", "our", "Our", "us", "me",
            "I'm", "I’m", "We're", "We’re", "We've", "We’ve", "I've", "I’ve", "I'd", "I’d", "We'd", "We’d");
    /** Words that say when or how often something was said, beside days named ({@link #isTimeWord}). */
    static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "earlier", "later",
            "recently", "again", "also", "then", "now", "previously", "publicly", "privately", "repeatedly", "once",
            "last", "this", "week",
            "month", "year", "morning", "evening", "afternoon", "night");
    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
            "Sgt", "Capt", "Prof", "St", "Jr", "Sr", "Rev", "Adm");
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    static final Set<String> OPEN_QUESTIONS = Set.of("whether", "if", "when", "how", "why", "what", "who",
            "where", "which");
    /** Quantifiers that stand for a group of people as a subject. */
    static final Set<String> QUANTIFIERS = Set.of("both", "many", "most", "some", "few", "several", "others",
            "all", "none", "neither", "another");
    /** Forms of "have", "be" and "do" that the tagger sometimes makes main verbs before a participle. */
    static final Set<String> AUXILIARY_VERBS = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "do", "does", "did");
    static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s");
    static final Set<String> ADJUNCT_OPENERS = Set.of("when", "while", "as", "after", "before", "because",
            "since", "until", "once", "during", "referring", "adding", "noting", "pointing", "citing");
    static final Set<String> WH_WORDS = Set.of("when", "where", "why", "how", "once", "while");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my", "your");
    /** Subjects that are no source: "it is clear that", "there is concern that". */
    static final Set<String> NO_SOURCE = Set.of("it", "there", "this", "that", "which", "what");
    static final Set<String> DASHES = Set.of("–", "—", "--");
    /**
     * Prepositions opening a sentence's frame ({@code frame}) with the heads their phrase must have; none listed:
     * people and groups. "For X, ..." is left out: it most often says what is at stake for X ("For Roe, the vote is
     * a chance to ..."), not X's view (a third of 57 on PolNeAR train); "Under the plan, ..." describes the plan.
     */
    static final Map<String, Set<String>> FRAMES = Map.of("to", Set.of(),
            "by", Set.of("count", "tally", "estimate", "estimates", "measure", "measures", "account", "accounts",
                    "reckoning", "calculation", "calculations", "standard", "standards", "logic", "argument"),
            "in", Set.of("view", "views", "opinion", "estimation", "judgment", "judgement", "assessment", "mind"));
    /** Prepositions and conjunctions whose gerund is done by the subject of the clause: "after backing him". */
    static final Set<String> GERUND_ADJUNCTS = Set.of("after", "before", "while", "since", "without", "in",
            "upon", "when", "despite", "besides", "until");
    /** Relative pronouns that can be the object of the verb after them: ", which Roe criticized". */
    static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom", "who");
    static final Set<String> INDEFINITE_PRONOUNS = Set.of("everyone", "everybody", "someone", "somebody",
            "anyone", "anybody", "nobody");
    /** Conjunctions opening a subordinate clause before the main clause: "While Roe agreed, the vote ...". */
    static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "because",
            "since", "if", "unless", "when", "after", "before", "once", "as");
    /** Punctuation closing a quotation before an inverted cue: "“...,” says Roe", "“...?” asks Roe". */
    static final Set<String> PAUSES = Set.of(",", "?", "!");
    /** Verbs that introduce a quotation right after them ("said “...”"), unlike "labeled “...”". */
    static final Set<String> QUOTATIVE = Set.of("say", "add", "tell", "ask", "reply", "write", "declare",
            "state", "explain", "insist");
    static final Set<String> DOCUMENTS = Set.of("statement", "statements", "speech", "speeches", "address",
            "remarks", "report", "release", "video", "ad", "letter", "memo");
    /** Participles that give a name: "a stream called Harlow Run", "the group, dubbed the Tesin Six,". */
    static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed", "labeled", "labelled",
            "titled", "nicknamed", "billed");
    /** Verbs of talking whose object, when it is no clause, is a topic, an amount or a work, not what was said. */
    static final Set<String> TALK = Set.of("speak", "talk", "write", "respond", "answer", "declare", "tell");

    final TaggedText text;
    final String body;
    final List<Token> t;
    /** Whether chars are code points in this body (no surrogate pairs), so spans need no conversion. */
    final boolean plain;
    final List<Name> names;
    /** Quotations as char ranges [open, close), from {@link QuoteMarks#find}. */
    final List<int[]> quotes;
    final Cues cues;

    Grammar(TaggedText text, List<EntityMention> mentions, Cues cues) {
        this.text = text;
        this.body = text.body();
        this.t = text.tokens();
        this.plain = body.length() == body.codePointCount(0, body.length());
        List<Name> found = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            int s = plain ? m.start() : CodePoints.toChar(body, m.start());
            int e = plain ? m.end() : body.offsetByCodePoints(s, m.end() - m.start());
            found.add(new Name(s, e, m.text(), m.type(), m.role()));
        }
        found.sort(Comparator.comparingInt(Name::start));
        this.names = List.copyOf(found);
        this.quotes = QuoteMarks.find(body, text);
        this.cues = cues;
    }

    /** A stage over the same article: shares the other's state. */
    Grammar(Grammar shared) {
        this.text = shared.text;
        this.body = shared.body;
        this.t = shared.t;
        this.plain = shared.plain;
        this.names = shared.names;
        this.quotes = shared.quotes;
        this.cues = shared.cues;
    }

    /** "he’s" -> "he": the tokenizer keeps some contracted verbs on their pronoun. */
    static String withoutContraction(String w) {
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** "Roe", "Smith-Jones": a capital first letter, a lowercase last one. */
    /** "Mr. Vell/VERB": a capitalized word tagged a verb right after a name word (not {@code a}), the name going on. */
    private boolean slippedName(int e, int a) {
        return e > a && t.get(e).is("VERB") && capitalized(t.get(e).text()) && t.get(e - 1).is("PROPN");
    }

    static boolean capitalized(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    static boolean isUpperWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return Character.isLetter(w.charAt(0));
    }

    /** Punctuation by its tag, unless a word: the tagger makes some hyphenated words punctuation ("anti-toll/PUNCT"). */
    static boolean isPunct(Token tok) {
        return (tok.is("PUNCT") || tok.is("SYM")) && !(tok.text().length() > 2 && tok.text().indexOf('-') > 0
                && Character.isLetter(tok.text().charAt(0)));
    }

    /**
     * "?”", "?''": the tokenizer keeps some closing marks, the typewriter mark too, on the stop before them ("“Will
     * you raise it?” asked Roe").
     */
    static boolean stopAndMark(String w) {
        return (w.length() == 2 || w.length() == 3) && PAUSES.contains(w.substring(0, 1)) && isQuoteMark(w.substring(1));
    }

    /** A quotation mark token; a lone apostrophe too: the tokenizer splits the typewriter mark '' in two. */
    static boolean isQuoteMark(String w) {
        return QuoteMarks.isMark(w) || w.equals("'");
    }

    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word) || CalendarWords.isWeekday(word);
    }

    /**
     * Whether tokens [a, b) are nouns, names and their modifiers joined by prepositions and "and" only: the
     * front of a source noun phrase, no finite verb or punctuation between. A noun phrase may go on with "close
     * to him", "familiar with the talks" or "briefed on the plan".
     */
    boolean nominalRun(int a, int b) {
        for (int i = a; i < b; i++) {
            Token tok = t.get(i);
            boolean objectPronoun = tok.is("PRON") && i > a && t.get(i - 1).is("ADP");
            // ("people close to/PART Roe/VERB say": the tagger read an infinitive)
            boolean to = tok.text().equals("to");
            boolean name = i > a && tok.is("VERB") && capitalized(tok.text());
            // ("Texas-based/VERB Ada Roe", "Ohio-born/VERB"): a compound modifier the tokenizer split at its hyphen
            boolean hyphened = i > a && i + 1 < b && tok.text().equals("-") && t.get(i - 1).end() == tok.start()
                    && tok.end() == t.get(i + 1).start()
                    || i > a + 1 && t.get(i - 1).text().equals("-") && t.get(i - 1).end() == tok.start();
            boolean postModifier = i > a && (tok.text().equals("close") || tok.is("VERB") && tok.text().endsWith("ed"))
                    && i + 1 < b && (t.get(i + 1).is("ADP") || t.get(i + 1).text().equals("to"));
            if (!(tok.is("NOUN") || tok.is("PROPN") || tok.is("ADJ") || tok.is("DET") || tok.is("NUM")
                    || tok.is("ADP") || tok.is("CCONJ") || tok.possessive() || objectPronoun || postModifier || to || name || hyphened
                    || POSSESSIVE_PRONOUNS.contains(tok.text().toLowerCase()))) {
                return false;
            }
        }
        return t.get(a).is("PROPN") || t.get(a).is("NOUN") || t.get(a).is("DET") || t.get(a).is("ADJ");
    }

    /**
     * Whether an infinitive follows the participle at {@code c} ("is expected to win", "was thought to have left"),
     * not the "supposed to" of duty.
     */
    boolean raisedInfinitive(int c) {
        return c + 2 < t.size() && t.get(c + 1).text().equalsIgnoreCase("to")
                && (t.get(c + 2).is("VERB") || t.get(c + 2).is("AUX")) && t.get(c + 2).sentence() == t.get(c).sentence()
                && !t.get(c).text().equalsIgnoreCase("supposed");
    }

    /** Whether adjective {@code c} follows "be", "become", "remain" or "feel" (over adverbs): "is now glad". */
    boolean predicative(int c, int from) {
        return linkBefore(c, from) >= 0;
    }

    /**
     * The verb that links adjective {@code c} to its subject (over adverbs): "be", "become", "remain", "feel";
     * or -1.
     */
    int linkBefore(int c, int from) {
        int k = c - 1;
        while (k >= from && (t.get(k).is("ADV") || t.get(k).is("PART"))) {
            k--;
        }
        if (k < from) {
            return -1;
        }
        String v = t.get(k).text().toLowerCase();
        return t.get(k).is("AUX") || v.startsWith("becam") || v.startsWith("becom")
                || v.startsWith("remain") || v.equals("feel") || v.equals("feels") || v.equals("felt") ? k : -1;
    }

    int words(int[] q) {
        int n = 0;
        for (int k = text.tokenAtOrAfter(q[0]); k < t.size() && t.get(k).start() < q[1]; k++) {
            n += isPunct(t.get(k)) ? 0 : 1;
        }
        return n;
    }

    /** A dash, or a hyphen set off by spaces that stands for one ("Ada Roe - a harbor official - told"). */
    boolean dash(int k) {
        String w = t.get(k).text();
        return DASHES.contains(w) || w.equals("-") && k > 0 && k + 1 < t.size() && t.get(k - 1).end() < t.get(k).start()
                && t.get(k).end() < t.get(k + 1).start();
    }

    /**
     * A quantifier standing for its noun at {@code k}: "Many/ADJ say ...", "None/PRON has offered ...", "while
     * another/DET says ...", "most/ADV are planning to ...", a verb's object: "leaving many to wonder ..." (not
     * one floating after its noun or auxiliary: "they all vowed", "have all but stopped").
     */
    boolean standingQuantifier(int k, int from) {
        return QUANTIFIERS.contains(t.get(k).text().toLowerCase()) && (k == from || isPunct(t.get(k - 1))
                || t.get(k - 1).is("CCONJ") || t.get(k - 1).is("SCONJ")
                || t.get(k - 1).is("VERB") && !AUXILIARY_VERBS.contains(t.get(k - 1).text().toLowerCase()));
    }

    int[] nounPhraseLeft(int k, int from) {
        if (k < from) {
            return null;
        }
        Token head = t.get(k);
        String w = withoutContraction(head.text().toLowerCase());
        if (coveringName(head.start()) != null && !head.is("PUNCT") && !contractedPronoun(head)) {
            int s = k; // a recognized name is a noun phrase whatever the tagger made of it
            while (s - 1 >= from && s > k - 10 && !openingThe(s)
                    && (inNounPhrase(s - 1) || coveringName(t.get(s - 1).start()) != null)) {
                s--;
            }
            return new int[] {s, k + 1};
        }
        if (head.is("PRON") && (w.equals("them") || w.equals("us")) && k - 2 >= from && t.get(k - 1).text().equals("of")
                && (QUANTIFIERS.contains(t.get(k - 2).text().toLowerCase()) || t.get(k - 2).is("NUM")
                || t.get(k - 2).text().equalsIgnoreCase("each"))) {
            return new int[] {k - 2, k + 1}; // "most of them said", "two of us believe"
        }
        if (head.is("PRON") || contractedPronoun(head)) {
            // ("everyone agrees ...": an indefinite pronoun is a source that names no one, like a quantifier)
            return PERSON_PRONOUNS.contains(w) || RELATIVE.contains(w) || UNRESOLVED_PRONOUNS.contains(w)
                    || INDEFINITE_PRONOUNS.contains(w) || standingQuantifier(k, from) ? new int[] {k, k + 1} : null;
        }
        if (standingQuantifier(k, from)) {
            return new int[] {k, k + 1}; // "Both/CCONJ oppose ...", "Many/ADJ say ...": a quantifier standing alone
        }
        // "the 43-year-old asked": a hyphenated compound ending in an adjective names someone
        boolean compound = head.is("ADJ") && k > from && gluedAfterHyphen(k);
        // "a company executive/ADJ": a noun the tagger made an adjective, closing a phrase opened by a determiner
        // ("are all quick to": a quantifier floating after its noun opens no phrase)
        boolean determined = head.is("ADJ") && k > from && (t.get(k - 1).is("DET")
                && !QUANTIFIERS.contains(t.get(k - 1).text().toLowerCase())
                || k - 1 > from && t.get(k - 1).is("NOUN") && t.get(k - 2).is("DET"));
        boolean percent = w.equals("%") && k > from && t.get(k - 1).is("NUM"); // "47% say ..."
        if (!(head.is("PROPN") || head.is("NOUN") || head.is("NUM") || compound || determined || percent
                || surveyNoun(k)) || isTimeWord(head.text())) {
            return null;
        }
        int s = k;
        while (s - 1 >= from && s > k - 10 && inNounPhrase(s - 1) && !openingThe(s)) {
            s--;
        }
        // "one of the engineers said", "some of his admirers say": the part of the group is the source (not a
        // verb's or preposition's object: "the pier served several of its owners")
        boolean part = s - 2 >= from && partitive(s - 2) && (s - 2 == from || !t.get(s - 3).is("VERB")
                && !t.get(s - 3).is("AUX") && !t.get(s - 3).is("ADP"));
        return part ? new int[] {s - 2, k + 1} : new int[] {s, k + 1};
    }

    /** Whether a quantifier or number and "of" open a part of a group at {@code q}: "one of", "some of", "two of". */
    boolean partitive(int q) {
        String w = t.get(q).text().toLowerCase();
        return q + 1 < t.size() && t.get(q + 1).text().equals("of")
                && (QUANTIFIERS.contains(w) || w.equals("each") || t.get(q).is("NUM") && w.chars().allMatch(Character::isLetter));
    }

    /**
     * A capitalized "The" inside a sentence opens a name ("The Harbor Ledger") or a sentence whose period is
     * missing ("... the old centers The agency said"): no noun phrase goes on to the left of it.
     */
    private boolean openingThe(int s) {
        return t.get(s).text().equals("The");
    }

    /**
     * The end of a sentence ending at {@code sentenceEnd}, joined with the next ones where the sentence splitter
     * ended it at a title's period ("a speech Mrs. | Roe gave", "whether Sen. | Roe voted").
     */
    int pastTitlePeriods(int a, int sentenceEnd) {
        int to = sentenceEnd;
        while (to < t.size() && to - 1 >= a && (titlePeriod(to - 1) || titleWithPeriod(to - 1) || splitBeforeLowercase(to))) {
            to = text.firstToken(t.get(to).sentence() + 1);
        }
        return to;
    }

    /**
     * A sentence that opens with a lowercase word in the paragraph of the one before was cut at an abbreviation
     * the splitter did not know ("Sen. Jane Roe (D-Ore.) | said ...", "the U.S. | while ...").
     */
    private boolean splitBeforeLowercase(int first) {
        String end = t.get(first - 1).text();
        return Character.isLowerCase(t.get(first).text().charAt(0))
                && (end.endsWith(".") || end.equals(")") || end.equals(","))
                && t.get(first).paragraph() == t.get(first - 1).paragraph();
    }

    /** A pronoun the tagger took for a name, its verb contracted on ("I've/PROPN"). */
    boolean contractedPronoun(Token tok) {
        if (tok.is("PRON")) {
            return false;
        }
        String w = tok.text().toLowerCase();
        String bare = withoutContraction(w);
        return bare.length() < w.length() && (PERSON_PRONOUNS.contains(bare) || UNRESOLVED_PRONOUNS.contains(bare));
    }

    /** "Maryland Gov. | Martin Roe", "Gregory W. | Roe": a title or an initial with its period, a name after it. */
    private boolean titleWithPeriod(int i) {
        String w = t.get(i).text();
        String bare = w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : "";
        boolean initial = bare.length() == 1 && Character.isUpperCase(bare.charAt(0)) && i > 0 && t.get(i - 1).is("PROPN");
        return (TITLES.contains(bare) || initial) && i + 1 < t.size() && capitalized(t.get(i + 1).text())
                && t.get(i + 1).paragraph() == t.get(i).paragraph();
    }

    /** "Mrs . Roe": the tokenizer leaves the period of some titles apart. */
    boolean titlePeriod(int i) {
        if (!t.get(i).text().equals(".") || i == 0 || i + 1 >= t.size()) {
            return false;
        }
        String before = t.get(i - 1).text();
        // (also a middle initial: "James B . Comey")
        boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0)) && i > 1 && t.get(i - 2).is("PROPN");
        return (TITLES.contains(before) || initial) && (t.get(i + 1).is("PROPN") || initial && capitalized(t.get(i + 1).text()));
    }

    boolean inNounPhrase(int i) {
        Token tok = t.get(i);
        // ("he’s/PRON the pilot": a personal pronoun ending in "’s" is a contracted verb, never a possessive)
        boolean possessive = tok.possessive()
                && !(tok.is("PRON") && PERSON_PRONOUNS.contains(withoutContraction(tok.text().toLowerCase())));
        if (tok.is("PROPN") || tok.is("NOUN") || tok.is("ADJ") || tok.is("DET") || tok.is("NUM") || possessive
                || surveyNoun(i)) {
            return !isQuoteMark(tok.text());
        }
        if (tok.is("PRON")) {
            String w = tok.text().toLowerCase();
            return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its") || w.equals("our");
        }
        if (titlePeriod(i)) {
            return true;
        }
        // "Secretary of State", "ambassador to the United Nations"
        // (a hyphen only inside a word: "ideals - critics would call" has a dash between two phrases)
        boolean joining = tok.text().equals("of") || tok.text().equals("-") && i > 0 && i + 1 < t.size()
                && t.get(i - 1).end() == tok.start() && tok.end() == t.get(i + 1).start();
        return joining && i > 0 && i + 1 < t.size()
                && (t.get(i - 1).is("NOUN") || t.get(i - 1).is("PROPN")) && !t.get(i - 1).possessive();
    }

    /**
     * "A new Ostland Herald poll/VERB found", "an exit poll/VERB shows": the tagger makes a poll a verb after
     * the words that name it; after a noun, a name, an adjective or a determiner it is the phrase's noun.
     */
    private boolean surveyNoun(int i) {
        return t.get(i).is("VERB") && Cues.SURVEYS.contains(t.get(i).text().toLowerCase()) && i > 0
                && t.get(i - 1).sentence() == t.get(i).sentence() && (t.get(i - 1).is("NOUN")
                || t.get(i - 1).is("PROPN") || t.get(i - 1).is("ADJ") || t.get(i - 1).is("DET"));
    }

    int[] nounPhraseRight(int a, int sentenceEnd) {
        if (a >= sentenceEnd) {
            return null;
        }
        int to = pastTitlePeriods(a, sentenceEnd);
        String first = t.get(a).text().toLowerCase();
        boolean determiner = POSSESSIVE_PRONOUNS.contains(first) && a + 1 < to && inNounPhrase(a + 1)
                && !t.get(a + 1).is("PRON");
        // the tagger takes some nouns used as modifiers for pronouns ("exit polls"): a noun after them decides
        // ("one Democrat familiar with ...": "one" before a noun or a capitalized word counts)
        boolean modifier = t.get(a).is("PRON") && (!PERSON_PRONOUNS.contains(first) && !UNRESOLVED_PRONOUNS.contains(first)
                && !POSSESSIVE_PRONOUNS.contains(first) && !RELATIVE.contains(first) || first.equals("one")) && a + 1 < to
                && (t.get(a + 1).is("NOUN") || t.get(a + 1).is("PROPN") || first.equals("one") && capitalized(t.get(a + 1).text()));
        if (t.get(a).is("PRON") && !determiner && !modifier) {
            // "according to him"; "according to his spokesman" goes on as a noun phrase
            return PERSON_PRONOUNS.contains(first) || UNRESOLVED_PRONOUNS.contains(first) ? new int[] {a, a + 1} : null;
        }
        int e = modifier ? a + 1 : a;
        int head = -1;
        // a participle before a noun modifies it ("an archived version"); a hyphen inside a word joins it
        // ("a 50-state poll"); a day after the head is no head ("a report Tuesday from ...")
        // ("Mr. Vell/VERB": a capitalized word the tagger made a verb goes on with the name before it)
        while (e < to && e < a + 10 && (inNounPhrase(e) || e > a && e + 1 < to && t.get(e).is("VERB")
                && t.get(e).text().endsWith("ed") && (t.get(e + 1).is("NOUN") || t.get(e + 1).is("ADJ")
                || t.get(e + 1).is("PROPN")) || innerHyphen(e, to) || e > a && gluedAfterHyphen(e) || slippedName(e, a))) {
            if ((t.get(e).is("PROPN") || t.get(e).is("NOUN") || surveyNoun(e) || slippedName(e, a))
                    && !isTimeWord(t.get(e).text())) {
                head = e;
            }
            if (t.get(e).possessive() && e + 1 < to && !inNounPhrase(e + 1)) {
                break;
            }
            e++;
        }
        if (e > a && e < to && t.get(e - 1).is("ADJ") && isPunct(t.get(e)) && !isQuoteMark(t.get(e).text())
                && t.get(a).is("DET")) {
            head = e - 1; // "the top British medical journal/ADJ.": the phrase's last word is its noun
        }
        if (head < 0 || isTimeWord(t.get(head).text())) {
            return null;
        }
        // "according to a new article in Politico": the phrase may go on with one prepositional phrase
        if (head + 1 < to && t.get(head + 1).is("ADP") && !t.get(head + 1).text().equals("of")) {
            int p = head + 2;
            while (p < to && p < head + 6 && inNounPhrase(p)) {
                p++;
            }
            if (p > head + 2 && (t.get(p - 1).is("PROPN"))) {
                return new int[] {a, p};
            }
        }
        return new int[] {a, head + 1};
    }

    /** "the union-backed council", "the conservative- | leaning Tax Foundation": a word glued after a hyphen. */
    private boolean gluedAfterHyphen(int i) {
        return t.get(i - 1).text().endsWith("-") && t.get(i - 1).end() == t.get(i).start();
    }

    /** A hyphen written inside a word between two parts of a noun phrase: "50-state", "long-term". */
    boolean innerHyphen(int i, int to) {
        return t.get(i).text().equals("-") && i > 0 && i + 1 < to && t.get(i - 1).end() == t.get(i).start()
                && t.get(i).end() == t.get(i + 1).start() && !isPunct(t.get(i - 1)) && !isPunct(t.get(i + 1));
    }

    /** A finite verb or an auxiliary at token {@code v}, no participle in "-ing". */
    boolean finiteAt(int v) {
        return t.get(v).is("AUX") || t.get(v).is("VERB") && !t.get(v).text().endsWith("ing");
    }

    /** A comma before token {@code k}, also inside a quoted phrase closing there: 'said X was "corrupt," noting'. */
    boolean commaBefore(int k) {
        return k > 0 && t.get(k - 1).text().equals(",")
                || k > 1 && isQuoteMark(t.get(k - 1).text()) && t.get(k - 2).text().equals(",");
    }

    /** A sentence whose words of four letters or more are all capitalized (a headline). */
    boolean titleCase(int sentence) {
        int words = 0;
        for (int k = text.firstToken(sentence); k < text.firstToken(sentence + 1); k++) {
            String w = t.get(k).text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    boolean hasVerb(int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.get(j).is("VERB") || t.get(j).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    boolean hasFiniteVerb(int from, int to) {
        for (int j = from; j < to; j++) {
            if (finiteAt(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after a dateline opening a sentence ("CITY (Agency) —", "CITY, Dec. 8 (Agency) —",
     * "City (Agency) –"), or {@code k}.
     */
    int skipDateline(int k, int limit) {
        int j = k;
        while (j < limit && isUpperWord(t.get(j).text())) {
            j++;
        }
        if (j == k) { // a city or a date in lower case only before its agency's one word: "New York (AFP) –",
            // "Aug 27 (Reuters) -"
            while (j < limit && j < k + 3 && (capitalized(t.get(j).text()) || j > k && t.get(j).is("NUM"))) {
                j++;
            }
            // (not a party's parenthesis after a name: "Jan Roe (D-Ost.) — ...")
            if (j == k || j + 3 >= limit || !t.get(j).text().equals("(") || !t.get(j + 2).text().equals(")")
                    || !t.get(j + 1).is("PROPN")
                    || !DASHES.contains(t.get(j + 3).text()) && !t.get(j + 3).text().equals("-")) {
                return k;
            }
        }
        // ("WASHINGTON, Dec. 8 (UPI) —", "EASTON, Ost. —": a place or date after the comma)
        for (int m = j + 1; j < limit && t.get(j).text().equals(",") && m < Math.min(limit, j + 5); m++) {
            String w = t.get(m).text();
            if (w.equals("(") || dash(m)) {
                j = m;
            } else if (!(Character.isUpperCase(w.charAt(0)) || t.get(m).is("NUM") || w.equals("."))) {
                break;
            }
        }
        if (j < limit && t.get(j).text().equals("(")) {
            while (j < limit && !t.get(j).text().equals(")")) {
                j++;
            }
            j++;
        }
        if (j < limit && (t.get(j).text().equals("—") || t.get(j).text().equals("-") || t.get(j).text().equals("–")
                || t.get(j).text().equals(":"))) {
            return j + 1 < limit ? j + 1 : k;
        }
        return k;
    }

    /** True when a recognized name of {@code type} overlaps tokens [src[0], src[1]). */
    boolean names(int[] src, String type) {
        int s = t.get(src[0]).start();
        int e = t.get(src[1] - 1).end();
        for (Name n : names) {
            if (n.start() < e && s < n.end() && n.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation mark lies among tokens [from, to). */
    boolean quoted(int from, int to) {
        for (int j = from; j < to; j++) {
            if (isQuoteMark(t.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    Name coveringName(int c) {
        for (Name n : names) {
            if (n.start() > c) {
                break;
            }
            if (c < n.end()) {
                return n;
            }
        }
        return null;
    }

    /** The quotation whose opening mark is at char {@code c}, or null (binary search: quotes are in order). */
    int[] quoteStartingAt(int c) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = quotes.get(mid)[0];
            if (start == c) {
                return quotes.get(mid);
            }
            if (start < c) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    boolean insideQuote(int c) {
        for (int[] q : quotes) {
            if (q[0] <= c && c < q[1]) {
                return true;
            }
            if (q[0] > c) {
                break;
            }
        }
        return false;
    }

    boolean startsSentence(int c) {
        int k = text.tokenAtOrAfter(c);
        if (k >= t.size()) {
            return false;
        }
        int first = text.firstToken(t.get(k).sentence());
        for (int j = first; j < k; j++) {
            if (!isPunct(t.get(j))) {
                return false;
            }
        }
        return true;
    }
}
