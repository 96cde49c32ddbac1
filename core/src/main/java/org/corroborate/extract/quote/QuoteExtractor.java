package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.extract.entity.TaggedText;
import org.corroborate.extract.entity.TaggedText.Token;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;
import org.corroborate.text.CalendarWords;

/**
 * Finds direct, partial, unmarked and indirect speech with its speaker and cue.
 *
 * <p>Implementation notes: a rule-based attribution extractor in the line of Pouliquen et al. (2007) and
 * Pareti's PARC work: cues are attribution verbs (cues.txt, inflected without a lemmatizer) and "according
 * to"; the source is the noun phrase next to the cue; the content is the clause the cue governs. Three passes:
 * <ol>
 *   <li>each quotation (straight or curly marks; a paragraph left open continues in the next paragraph that
 *       opens a quote) followed by "SOURCE CUE" or "CUE SOURCE" is a direct quote;</li>
 *   <li>each remaining cue in each sentence: content after the cue when a clause follows it ("X said that
 *       ..."), else the clause before the comma that precedes the source ("..., X said"). A content
 *       containing quotation marks is partial; a first-person content before the source is unmarked direct
 *       speech whose marks were lost; the rest is indirect. Beyond verbs, the same pass takes the stances
 *       PolNeAR annotates as attributions, all kept as beliefs (never quotes): any verb with a "that" clause,
 *       stance nouns with a "that" clause ("her claim that"), stance adjectives with a complement ("confident
 *       that", "critical of"), impressions ("seemed to ...", no source) and "Name: headline" sentences.
 *       Complements are found from the UD tags: "that" + verb is a relative clause, "to" + verb an infinitive
 *       (content keeps "to"), a preposition of content ("about", "of", "for", "against") opens a noun phrase.
 *       Also kept as beliefs (never quotes): passives with their agent ("opposed by X": X the source), "in the
 *       latest poll", questions without an asker ("Asked about X, ..."), "reportedly" (no source), stance nouns
 *       with a phrase complement after a possessive subject ("His call for X drew ..."), title-case headlines.
 *       A cue after "and"/"but" shares its sentence's subject; tagger slips are worked around where they are
 *       regular (cue verbs tagged as nouns after a noun phrase, names tagged as adjectives or verbs before a cue).
 *       A source and cue set off by commas inside the clause they report ("Still, he said, X"; "X, they believe,
 *       is Y") take the clause around them. A that-clause of a cue or stance noun whose source is not found is
 *       still reported, with the sentence's named subject or no source (a belief, never a quote);</li>
 *   <li>a quotation left without a cue that opens a sentence carries over the speaker of the attribution
 *       just before it (same or previous paragraph). As a quote it stands alone; as an attribution relation
 *       it extends the relation it continues (PolNeAR's discontinuous content).</li>
 * </ol>
 * A quote's text is the attribution's content: the quotation without its outer marks for direct speech, the
 * reported clause (quoted words included) for partial and indirect speech, the clause before ", X said" for
 * unmarked speech. Speakers: a source that overlaps a recognized name is that name (a surname expands to the article's full
 * name); a pronoun goes to the most recent person who was a speaker or a sentence subject within three
 * sentences (a salience heuristic after Hobbs 1978 and Lappin and Leass 1994); a relative pronoun to the name
 * before it; other noun phrases stay as written, for the story-level resolver to map roles onto names.
 */
public final class QuoteExtractor {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "outside", "inside", "near", "during",
            "from", "after");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("they", "we", "i", "it", "you", "one", "this");
    private static final Set<String> FIRST_PERSON = Set.of("I", "We", "we", "my", "My", "our", "Our", "us", "me",
            "I'm", "I’m", "We're", "We’re", "We've", "We’ve", "I've", "I’ve", "I'd", "I’d", "We'd", "We’d");
    /** Words that say when or how often something was said, beside days named ({@link #isTimeWord}). */
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "earlier", "later",
            "recently", "again", "also", "then", "now", "previously", "publicly", "privately", "repeatedly", "once",
            "last", "this", "week",
            "month", "year", "morning", "evening", "afternoon", "night");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
            "Sgt", "Capt", "Prof", "St", "Jr", "Sr", "Rev", "Adm");
    /** Stems of verbs whose object does what the infinitive after it says ("allowed Roe to speak"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("allow", "enabl", "forc", "persuad", "convinc", "encourag",
            "invit", "order", "permit", "requir", "expect", "want", "need", "help", "get", "got", "lead", "led",
            "prompt", "inspir", "pressur", "compel", "authoriz", "hire", "elect", "appoint", "caus", "leav");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Pronouns a participle after a subordinate clause does not take as its subject ("after it rained, ..."). */
    private static final Set<String> NO_SPEAKER_PRONOUNS = Set.of("they", "it");
    /** Nouns that head a time phrase ("this week", "a few days later", "her time"), unlike the adverbs of TIME_WORDS. */
    private static final Set<String> TIME_NOUNS = Set.of("time", "week", "weeks", "month", "months", "year", "years", "day",
            "days", "morning", "evening", "afternoon", "night", "hour", "hours");
    private static final Set<String> OPEN_QUESTIONS = Set.of("whether", "if", "when", "how", "why", "what", "who",
            "where", "which");
    /** Quantifiers that stand for a group of people as a subject. */
    private static final Set<String> QUANTIFIERS = Set.of("both", "many", "most", "some", "few", "several", "others",
            "all", "none", "neither", "another");
    /** Forms of "have", "be" and "do" that the tagger sometimes makes main verbs before a participle. */
    private static final Set<String> AUXILIARY_VERBS = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "do", "does", "did");
    private static final Set<String> MODALS = Set.of("would", "could", "will", "can", "might", "may", "should", "must");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s");
    private static final Set<String> ADJUNCT_OPENERS = Set.of("when", "while", "as", "after", "before", "because",
            "since", "until", "once", "during", "referring", "adding", "noting", "pointing", "citing");
    private static final Set<String> WH_WORDS = Set.of("when", "where", "why", "how", "once", "while");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my", "your");
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
    private static final Set<String> PASSING = Set.of("pass", "passes", "passed");
    /** Heads of the bodies whose passing a bill is their vote for it. */
    private static final Set<String> LAWMAKERS = Set.of("house", "senate", "congress", "legislature", "legislators",
            "lawmakers", "council", "assembly", "parliament", "board", "committee", "states");
    /** People named by the stance they take: "a supporter of X", "a longtime critic of X". */
    private static final Set<String> AGENT_NOUNS = Set.of("supporter", "supporters", "critic", "critics", "advocate",
            "advocates", "proponent", "proponents", "defender", "defenders", "opponent", "opponents");
    /** Subjects that are no source: "it is clear that", "there is concern that". */
    private static final Set<String> NO_SOURCE = Set.of("it", "there", "this", "that", "which", "what");
    private static final Set<String> STANCE_PREPOSITIONS = Set.of("of", "for", "to", "on", "about", "against", "over",
            "with", "behind");
    /** Prepositions a stance adjective alone takes for what its stance is about: "confident in", "angry at". */
    private static final Set<String> ADJECTIVE_PREPOSITIONS = Set.of("in", "at", "by");
    /** Words that make a plural "polls" particular ones: "the latest polls", "two new surveys". */
    private static final Set<String> RECENT = Set.of("latest", "recent", "new", "newest", "last", "several", "both",
            "these", "those");
    private static final Set<String> DASHES = Set.of("–", "—", "--");
    /**
     * Prepositions opening a sentence's frame ({@code frame}) with the heads their phrase must have; none listed:
     * people and groups. "For X, ..." is left out: it most often says what is at stake for X ("For Roe, the vote is
     * a chance to ..."), not X's view (a third of 57 on PolNeAR train); "Under the plan, ..." describes the plan.
     */
    private static final Map<String, Set<String>> FRAMES = Map.of("to", Set.of(),
            "by", Set.of("count", "tally", "estimate", "estimates", "measure", "measures", "account", "accounts",
                    "reckoning", "calculation", "calculations", "standard", "standards", "logic", "argument"),
            "in", Set.of("view", "views", "opinion", "estimation", "judgment", "judgement", "assessment", "mind"));
    /** Nouns for people that no suffix gives away. */
    private static final Set<String> PEOPLE = Set.of("people", "anyone", "everyone", "someone", "those", "voters",
            "critics", "americans", "women", "men", "children", "parents", "families", "fans", "residents", "citizens");
    /** Endings of nouns for people and their groups: "supporters", "conservatives", "activists", "Democrats". */
    private static final List<String> PEOPLE_SUFFIXES = List.of("ers", "ors", "ists", "ians", "ans", "ents", "ives",
            "ats", "icans");
    /** Prepositions and conjunctions whose gerund is done by the subject of the clause: "after backing him". */
    private static final Set<String> GERUND_ADJUNCTS = Set.of("after", "before", "while", "since", "without", "in",
            "upon", "when", "despite", "besides", "until");
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

    /** Relative pronouns that can be the object of the verb after them: ", which Roe criticized". */
    private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom", "who");
    /** Pronouns for a whole that a relative clause without its pronoun can follow: "everything he said". */
    private static final Set<String> WHOLES = Set.of("everything", "something", "anything", "nothing");
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
    private static final Set<String> CORRELATIVES = Set.of("both", "either", "neither");
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("everyone", "everybody", "someone", "somebody",
            "anyone", "anybody", "nobody");
    /** Conjunctions opening a subordinate clause before the main clause: "While Roe agreed, the vote ...". */
    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "because",
            "since", "if", "unless", "when", "after", "before", "once", "as");
    /** Punctuation closing a quotation before an inverted cue: "“...,” says Roe", "“...?” asks Roe". */
    private static final Set<String> PAUSES = Set.of(",", "?", "!");
    /** Verbs that introduce a quotation right after them ("said “...”"), unlike "labeled “...”". */
    private static final Set<String> QUOTATIVE = Set.of("say", "add", "tell", "ask", "reply", "write", "declare",
            "state", "explain", "insist");
    /** A particle and a manner phrase's openers after a verb of saying ("shot back with a grin"). */
    private static final Set<String> MANNER_PARTICLES = Set.of("back", "in", "up", "out", "off", "on", "again");
    private static final Set<String> MANNER_PREPOSITIONS = Set.of("with", "without", "through", "in");
    private static final Set<String> TRIM_WORDS = Set.of("which", "and", "but", "that", "while", "as", "who", "so");

    /** Cues that put something online or send it, where the object may be a picture rather than words. */
    private static final Set<String> POSTING = Set.of("tweet", "retweet", "post", "share", "email", "publish", "text");
    /** A noun phrase naming a picture, a recording or a link: "a photo of", "the tragic image", "a link to". */
    private static final Pattern PICTURE = Pattern.compile("(?i)(a|an|the|this|that|his|her|their|its)\\s+"
            + "(\\S+\\s+){0,3}?(photo|photograph|picture|image|video|clip|chart|map|cartoon|meme|screenshot|link)s?\\b");

    /** Verbs of putting out a document or a speech: "issued a statement", "delivered a speech". */
    private static final Set<String> PUBLISHING = Set.of("release", "issue", "deliver", "sign", "publish");
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "speech", "speeches", "address",
            "remarks", "report", "release", "video", "ad", "letter", "memo");
    /**
     * Works whose maker or publisher speaks, beside {@link #DOCUMENTS} and the records of {@link Cues#RECORDS}: "an
     * article in the Ostland Herald".
     */
    private static final Set<String> WORKS = Set.of("article", "articles", "post", "tweet", "tweets", "book", "column",
            "editorial", "piece", "story", "interview", "testimony", "excerpts", "count", "footage");
    /** Prepositions that attach a phrase to the noun before them: "officials in Easton", "a study by Roe". */
    private static final Set<String> NOUN_ATTACHING = Set.of("in", "at", "with", "from", "for", "on", "near", "across",
            "inside", "outside", "among", "around", "within", "by");
    /** Participles that give a name: "a stream called Harlow Run", "the group, dubbed the Tesin Six,". */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed", "labeled", "labelled",
            "titled", "nicknamed", "billed");
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
    /** Nouns of places whose name speaks for them: "the city of Easton said". */
    private static final Set<String> GOVERNED = Set.of("city", "state", "town", "county", "village", "country",
            "province", "government", "people", "kingdom", "republic");
    /** Words after a document's name that start saying what it says: "a report on", "a letter that". */
    private static final Set<String> CONTENT_OPENERS = Set.of("of", "about", "on", "against", "for", "that", "to",
            "which", "who", "with", ":");

    /** Stance nouns whose "of" after "the" names who gives them: "the support of the unions". */
    private static final Set<String> BACKING = Set.of("support", "endorsement", "backing");
    private static final Set<String> BALLOTS = Set.of("vote", "votes", "ballot", "ballots");
    /** Particles of place after "push" that move something: "pushed up against the door". */
    private static final Set<String> SHOVED = Set.of("up", "away", "down", "off", "aside", "over", "into", "through");
    /** Words after the object of "called" that end a phone call: "called 911 when ...". */
    private static final Set<String> PHONE_AFTER = Set.of("when", "after", "before", "while", "as");
    /** What follows "accused" or "charged" right after the accused: "a man accused of", "charged with", "in". */
    private static final Set<String> ACCUSED_OF = Set.of("of", "with", "in");
    private static final Set<String> MONEY = Set.of("money", "funds", "cash", "dollars", "donations", "£", "€");

    private final Cues cues = new Cues();

    public List<Quote> extract(Article article, List<EntityMention> names) {
        List<Quote> out = new ArrayList<>();
        List<Attribution> said = new Pass(TaggedText.of(article), names).run(false).stream()
                .filter(a -> !a.belief()).toList();
        for (Attribution a : said) {
            String text = CodePoints.slice(article.body(), a.content().start(), a.content().end());
            // ("what Roe calls “real solutions”": the relation's content is the free relative, which says nothing alone)
            if (!restatesOuter(a, said) && !RELATIVE.contains(text.toLowerCase()) && !text.equalsIgnoreCase("what")
                    && !postedPicture(a, text)) {
                out.add(new Quote(article.id(), a.content().start(), a.content().end(), text, a.speaker(), a.cueText(),
                        a.kind()));
            }
        }
        return out;
    }

    /**
     * "Roe tweeted a photo of the flooded pier", "Vell posted the clip to her page": what was posted is shown, not
     * said; the relation stays (PolNeAR annotates some), but it is no quote.
     */
    private boolean postedPicture(Attribution a, String text) {
        Cues.Cue cue = a.cueText() == null ? null : cues.of(a.cueText().toLowerCase());
        return cue != null && POSTING.contains(cue.lemma()) && PICTURE.matcher(text).lookingAt();
    }

    /**
     * "The hospital said it had admitted 37 people", "“We told them the hill was moving,” Lind said": a report
     * that is the main clause of another quote (its source opens that quote's content) and whose speaker is that
     * quote's, or nobody resolved, adds no quote of its own.
     */
    private static boolean restatesOuter(Attribution a, List<Attribution> quotes) {
        for (Attribution o : quotes) {
            if (o != a && a.source() != null && a.source().start() == o.content().start()
                    && a.content().end() <= o.content().end()
                    && (a.speaker() == null || a.speaker().equals(o.speaker()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every attribution relation of the article (speech and belief), in text order. Unlike the quotes, a
     * quotation that continues an earlier speaker's quote without a cue of its own is not a relation of its
     * own: the content of the relation it continues stretches over it (PolNeAR annotates one relation with a
     * discontinuous content there).
     */
    public List<Attribution> attributions(Article article, List<EntityMention> names) {
        return new Pass(TaggedText.of(article), names).run(true);
    }

    /** The mutable state of one article's extraction. */
    private final class Pass {
        private final TaggedText text;
        private final String body;
        private final List<Token> t;
        private final boolean plain;
        private final List<Name> names = new ArrayList<>();
        private final List<int[]> quotes;
        private final boolean[] usedCue;
        private final List<Found> found = new ArrayList<>();

        Pass(TaggedText text, List<EntityMention> mentions) {
            this.text = text;
            this.body = text.body();
            this.t = text.tokens();
            this.plain = body.length() == body.codePointCount(0, body.length());
            for (EntityMention m : mentions) {
                int s = plain ? m.start() : CodePoints.toChar(body, m.start());
                int e = plain ? m.end() : body.offsetByCodePoints(s, m.end() - m.start());
                names.add(new Name(s, e, m.text(), m.type(), m.role()));
            }
            names.sort(Comparator.comparingInt(Name::start));
            this.quotes = QuoteMarks.find(body, text);
            this.usedCue = new boolean[t.size()];
        }

        /**
         * The attributions; with {@code mergeCarried} (PolNeAR's relations rather than the quotes), carried-over
         * quotations extend the relation they continue and reports inside findings are folded into them.
         */
        List<Attribution> run(boolean mergeCarried) {
            for (int[] q : quotes) {
                quoteWithCue(q);
            }
            for (int s = 0; s < text.sentenceCount(); ) {
                int from = text.firstToken(s);
                int to = pastTitlePeriods(from, text.firstToken(s + 1));
                if (!papersNote(from, to)) {
                    sentenceCues(from, to);
                }
                s = to > from ? t.get(to - 1).sentence() + 1 : s + 1;
            }
            carryOver();
            dropNestedBeliefs();
            endBeforeNextReport();
            if (!mergeCarried) {
                dropTopicsOfTalk();
            }
            foldNestedReports(mergeCarried);
            found.sort(Comparator.comparingInt(Found::anchor));
            List<Resolved> history = new ArrayList<>();
            for (Found f : found) {
                String speaker = f.carried != null ? speakerOf(f.carried, history) : speaker(f, history);
                history.add(new Resolved(f, speaker, speaker != null && personLike(f)));
            }
            if (mergeCarried) {
                // history is in anchor order, so a relation comes before the quotations that continue it
                Map<Found, Integer> index = new IdentityHashMap<>();
                List<Resolved> merged = new ArrayList<>(history.size());
                for (Resolved r : history) {
                    Integer parent = r.found.carried == null ? null : index.get(r.found.carried);
                    if (parent == null) {
                        index.put(r.found, merged.size());
                        merged.add(r);
                    } else {
                        Resolved p = merged.get(parent);
                        Found f = p.found;
                        Found wider = new Found(Math.min(f.contentStart, r.found.contentStart),
                                Math.max(f.contentEnd, r.found.contentEnd), f.srcStart, f.srcEnd, f.cue, f.kind, f.belief,
                                f.carried, f.anchor);
                        merged.set(parent, new Resolved(wider, p.speaker, p.person));
                        index.put(r.found, parent);
                    }
                }
                history = merged;
            }
            List<Attribution> out = new ArrayList<>(history.size());
            for (Resolved r : history) {
                out.add(toAttribution(r.found, r.speaker));
            }
            out.sort(Comparator.comparingInt(a -> a.content().start()));
            return out;
        }

        // ---- pass 1: "QUOTE," SOURCE CUE / "QUOTE," CUE SOURCE

        private void quoteWithCue(int[] q) {
            if (colonIntroduced(q) || quotedTitle(q) || introducedByManner(q)) {
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
            Cues.Cue cue = cueAt(k);
            if (cue != null && t.get(k).text().endsWith("ing")) {
                return; // "a defense of “harbor values,” saying ...": the participle has a content of its own
            }
            if (cue != null && !cue.belief()) {
                c = k;
                src = rightSource(c);
                if (src != null && src[1] < t.size() && (t.get(src[1]).is("AUX") || t.get(src[1]).is("VERB"))
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
                    if (isQuoteMark(tok.text()) || tok.text().equals(".") && !titlePeriod(j) || tok.text().equals(";")) {
                        break;
                    }
                    int relative = tok.text().equals(",") ? relativeClauseEnd(j, limit) : -1;
                    if (relative > j) {
                        j = relative; // "“...,” an aide, who was not authorized to speak, told ...": not the clause's verb
                        continue;
                    }
                    Cues.Cue cj = j > k ? cueAfterName(j) : cueAt(j);
                    // ("“...,” Roe, speaking at the rally, said": a participle is no quotation's cue)
                    if (cj != null && !cj.belief() && !t.get(j).text().endsWith("ing")) {
                        c = j;
                        break;
                    }
                }
                if (c < 0) {
                    return;
                }
                src = leftSource(c, k);
                int[] left = src;
                if (src != null && src[0] > k && nominalRun(k, src[0])) {
                    // "“...,” Jan Roe and Ada Doe wrote", "“...,” Roe of the Institute for Coastal Studies wrote":
                    // the source found before the cue is the end of a longer one that starts after the quotation
                    src = new int[] {k, src[1]};
                }
                if ((src == null || src[0] != k) && wordsOnly(k, c)) {
                    src = new int[] {k, c}; // "“...,” Will/AUX wrote", "“...,” super/ADV PAC spokeswoman Ada Roe said"
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
                    && after(c, next) == After.CLAUSE && clauseOpensAt(c, next)) {
                return;
            }
            // (the closing mark is one character, or two for the typewriter double quote)
            int mark = q[1] >= 2 && body.charAt(q[1] - 1) == '\'' && body.charAt(q[1] - 2) == '\'' ? 2 : 1;
            boolean closed = q[1] > mark && ".?!".indexOf(body.charAt(q[1] - mark - 1)) >= 0;
            if (closed && rest == null && src[0] < c
                    && quoteAfterPhrase(c, text.firstToken(t.get(c).sentence() + 1)) > 0) {
                return; // "“... ended.” He told the crowd, to applause: “...”": the cue opens the next quotation
            }
            if (closed && src[0] < c && t.get(c).sentence() != t.get(text.tokenAtOrAfter(q[1] - 1)).sentence()
                    && after(c, c + 1) != After.TAIL) {
                return; // "“... rebuild.” Roe posted a clip.": a new sentence whose cue has an object of its own
            }
            usedCue[c] = true;
            if (rest != null && closed && src[0] < c) {
                // "“... ended.” He added, “...”": a quotation closing its sentence is not this cue's; the next one is
                found.add(make(rest[0], rest[1], src[0], src[1], c, "direct", false, null));
                return;
            }
            int before = saidBefore(q);
            if (startsSentence(q[0])) {
                Found first = make(q[0], q[1], src[0], src[1], c, "direct", false, null);
                found.add(first);
                if (rest != null) {
                    found.add(new Found(rest[0], rest[1], src[0], src[1], -1, "direct", false, first, rest[0]));
                }
            } else if (rest != null) {
                // "Citing Roe's “deep empathy,” Doe said, “...”": a quoted phrase inside an opening phrase; the
                // quotation after the cue is what is said
                found.add(make(rest[0], rest[1], src[0], src[1], c, "direct", false, null));
            } else if (before >= 0) {
                // "Vell said “I don't know the man,” she said": the speech cue before the quotation introduces it
                // too; one direct quote, given to the source named before it
                int[] named = leftSource(before, text.firstToken(t.get(before).sentence()));
                usedCue[before] = true;
                found.add(make(q[0], q[1], named != null ? named[0] : src[0], named != null ? named[1] : src[1], c,
                        "direct", false, null));
            } else {
                // "X expects Y “in the coming days,” Jane Roe said": the quoted words end a reported clause
                int first = skipDateline(text.firstToken(t.get(text.tokenAtOrAfter(q[0])).sentence()), k);
                found.add(make(t.get(first).start(), q[1], src[0], src[1], c, "partial", false, null));
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
            Cues.Cue cue = cueAt(open - 1);
            return cue != null && QUOTATIVE.contains(cue.lemma()) ? open - 1 : -1;
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

        /**
         * Whether tokens [a, b) are nouns, names and their modifiers joined by prepositions and "and" only: the
         * front of a source noun phrase, no finite verb or punctuation between. A noun phrase may go on with "close
         * to him", "familiar with the talks" or "briefed on the plan".
         */
        private boolean nominalRun(int a, int b) {
            for (int i = a; i < b; i++) {
                Token tok = t.get(i);
                boolean objectPronoun = tok.is("PRON") && i > a && t.get(i - 1).is("ADP");
                // ("people close to/PART Roe/VERB say": the tagger read an infinitive)
                boolean to = tok.text().equals("to");
                boolean name = i > a && tok.is("VERB") && capitalized(tok.text());
                boolean postModifier = i > a && (tok.text().equals("close") || tok.is("VERB") && tok.text().endsWith("ed"))
                        && i + 1 < b && (t.get(i + 1).is("ADP") || t.get(i + 1).text().equals("to"));
                if (!(tok.is("NOUN") || tok.is("PROPN") || tok.is("ADJ") || tok.is("DET") || tok.is("NUM")
                        || tok.is("ADP") || tok.is("CCONJ") || tok.possessive() || objectPronoun || postModifier || to || name
                        || POSSESSIVE_PRONOUNS.contains(tok.text().toLowerCase()))) {
                    return false;
                }
            }
            return t.get(a).is("PROPN") || t.get(a).is("NOUN") || t.get(a).is("DET") || t.get(a).is("ADJ");
        }

        /**
         * "..., a spokesman for the agency said.", "..., a source close to him said.": the whole noun phrase between
         * the last comma and the cue {@code c}, when it is one ({@link #nominalRun}); or null.
         */
        private int[] subjectAfterComma(int c, int from) {
            int comma = c - 1;
            while (comma > from && c - comma <= 12 && !t.get(comma).text().equals(",")) {
                comma--;
            }
            return comma > from && comma + 1 < c && t.get(comma).text().equals(",") && nominalRun(comma + 1, c)
                    ? new int[] {comma + 1, c} : null;
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
            if (!verb.is("VERB") || !(w.endsWith("ed") || w.endsWith("s")) || cueAt(v) != null || usedCue[v]
                    || t.get(open).sentence() != verb.sentence() && text.paragraphAt(q[0]) != text.paragraphAt(verb.start())) {
                return false;
            }
            // the subject opens the sentence, or follows an opening phrase ("Asked which, he demurred: “...”")
            int[] np = clauseSubject(from, v);
            if (np == null || np[1] != v || !(t.get(np[1] - 1).is("PROPN") || names(np, "person")
                    || PERSON_PRONOUNS.contains(t.get(np[1] - 1).text().toLowerCase()))) {
                return false;
            }
            found.add(make(q[0], q[1], np[0], np[1], v, "direct", false, null));
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
                if (t.get(i).is("ADP") || t.get(i).is("VERB") || cueAt(i) != null) {
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

        /**
         * "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Roe said ...": a short quotation inside a
         * sentence whose words all start with a capital names a show, a book or a slogan; nobody is quoted.
         */
        private boolean quotedTitle(int[] q) {
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
         * The cue at {@code k} right after a quotation's source; the tagger makes some inflected cue verbs there
         * nouns ("“...,” Jane Roe concludes."), which only punctuation follows.
         */
        private Cues.Cue cueAfterName(int k) {
            Cues.Cue cue = cueAt(k);
            // ("“...,” the admiral/ADJ said/NOUN.": a determiner's phrase before it)
            boolean source = t.get(k - 1).is("PROPN")
                    || (t.get(k - 1).is("ADJ") || t.get(k - 1).is("NOUN")) && k >= 2 && t.get(k - 2).is("DET");
            if (cue != null || !t.get(k).is("NOUN") || !source || k + 1 >= t.size()) {
                return cue;
            }
            String w = t.get(k).text().toLowerCase();
            Cues.Cue noun = cues.of(w);
            return noun != null && !noun.belief() && !w.equals(noun.lemma()) && isPunct(t.get(k + 1))
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
            Cues.Cue cue = cueAt(c);
            int k = cue != null && Cues.OBJECT_FIRST.contains(cue.lemma()) ? pastAddressee(from, to) : from;
            while (k < to && (isTimeWord(t.get(k).text()) || t.get(k).text().equals(","))) {
                k++;
            }
            if (k >= to) {
                return false;
            }
            String w = t.get(k).text().toLowerCase();
            if (w.equals("that") || w.equals("whether") || w.equals("if") || w.equals(":")) {
                return true;
            }
            int[] np = nounPhraseRight(k, to);
            int v = np != null ? np[1] : -1;
            return v > k && v < to && (t.get(v).is("AUX") || t.get(v).is("VERB") && !t.get(v).text().endsWith("ing"));
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
        private int pastTime(int k, int to) {
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

        /** "“...,” Roe told Radio Nord on Monday when asked about X": an adjunct clause after the addressee. */
        private boolean adjunctAfterAddressee(int c, int from) {
            Cues.Cue cue = cueAt(c);
            if (from < 0 || cue == null || !Cues.OBJECT_FIRST.contains(cue.lemma())) {
                return false;
            }
            int to = text.firstToken(t.get(c).sentence() + 1);
            int k = pastTime(pastAddressee(from, to), to);
            return k > from && k + 1 < to && ADJUNCT_OPENERS.contains(t.get(k).text().toLowerCase())
                    && t.get(k + 1).is("VERB") && (t.get(k + 1).text().endsWith("ed") || t.get(k + 1).text().endsWith("ing"));
        }

        /**
         * The first token after the addressee of a cue like "tell" that starts at {@code from} (or {@code from}): one
         * noun phrase with its modifiers and phrases of place ("told a crowded hall at a hotel in Salem"); a pronoun
         * or a determiner after its head opens what follows ("told the Ostland Post he had ...", "told reporters the
         * plan ...").
         */
        private int pastAddressee(int from, int to) {
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
                if (cueAt(k) != null) {
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
            found.add(make(q[0], q[1], np[0], np[1], colon, "direct", false, null));
            usedCue[colon] = true;
            return true;
        }

        // ---- pass 2: cues inside sentences

        /** Tokens {@code from} to {@code to}: one sentence, or several the splitter cut at title periods. */
        private void sentenceCues(int from, int to) {
            int firstHere = found.size();
            for (int c = from; c < to; c++) {
                if (usedCue[c] || insideQuote(t.get(c).start())) {
                    continue;
                }
                boolean according = t.get(c).text().equalsIgnoreCase("according") && c + 1 < to
                        && t.get(c + 1).text().equals("to") || reportedBy(c, to);
                Cues.Cue cue = according ? null : cueAt(c);
                if (!according && cue == null) {
                    cue = complementVerb(c, to);
                }
                Found f = according ? accordingTo(c, reportedBy(c, to) ? c + 3 : c + 2, from, to) : cue != null ? verbCue(c, cue, from, to)
                        : inSurvey(c, to) ? accordingTo(c, c + 1, from, to) : reportedly(c, from, to) ? hearsay(c, from, to)
                        : FRAMES.containsKey(t.get(c).text().toLowerCase()) && opensSentence(c, from) ? frame(c, to)
                        : stanceWord(c, from, to);
                if (f != null) {
                    usedCue[c] = true;
                    found.add(f);
                    // "said in a statement released Tuesday that ...": the adjunct's participle reports nothing
                    for (int k = c + 1, end = thatAfterAdjunct(c + 1, to); k < end; k++) {
                        usedCue[k] = true;
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
                if ("direct".equals(a.kind)) {
                    continue;
                }
                boolean after = a.cue >= 0 && a.contentStart > t.get(a.cue).start();
                // (the later one may be a quotation's closing its sentence, found before the sentence's cues:
                // "... a “burn bag,” the Herald reported.")
                for (int j = 0; j < found.size(); j++) {
                    Found b = found.get(j);
                    // (not into "according to X": the quotation and its speaker are that report's content)
                    if (j < firstHere && (b.cue < from || b.cue >= to || after(b.cue, b.cue + 1) != After.TAIL
                            || a.cue >= 0 && t.get(a.cue).text().equalsIgnoreCase("according"))) {
                        continue;
                    }
                    // (an inverted source, "..., said an official", comes after its cue)
                    int bFirst = b.srcStart >= 0 && (b.cue < 0 || b.srcStart < b.cue) ? b.srcStart : b.cue;
                    int bStart = t.get(bFirst).start();
                    // (a content before its cue is cut only after a clause of its own: in "As a mayor, Vell raised
                    // doubts, Roe said" and "..., a state that she hoped to win, the race is close, said Roe" the
                    // later report is nested in what Roe said)
                    int aFirst = text.tokenAtOrAfter(a.contentStart);
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
                            || after && t.get(bFirst - 1).is("CCONJ") && t.get(bFirst).is("PROPN") && b.srcStart == bFirst
                            && b.cue == b.srcEnd && !b.belief);
                    if (i != j && separated && a.contentStart < bStart && bStart < a.contentEnd) {
                        found.set(i, a = a.withEnd(trimEnd(a.contentStart, bStart)));
                    }
                }
            }
            found.removeIf(f -> f.contentEnd <= f.contentStart);
        }

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
            if (namingParticiple(c, from, to)) {
                return null;
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
                return c + 2 < to ? make(t.get(c + 2).start(), end < to ? trimEnd(t.get(c + 2).start(),
                        t.get(end - 1).end()) : contentEnd(c + 2, to), -1, -1, c, null, true, null) : null;
            }
            if (cue.lemma().equals("call") && passiveWithoutAgent(c, from) && raceCalled(c, from, to)) {
                return null; // "after Ostland was called for Roe", "the race was called Tuesday": a result declared
            }
            if (passiveWithoutAgent(c, from)) {
                // "The senator was told that ...", "the plan was announced Monday": the subject of a passive speech
                // cue is no source; PolNeAR's content is the subject with what follows the cue. Kept out of the
                // product's quotes (a belief here), as nobody is named who said it
                int[] subject = leftSource(c, from);
                if (subject == null) {
                    return null;
                }
                // ("Roe was described as a loner": the subject and what it is described as)
                boolean rest = c + 1 < to && (after(c, c + 1) == After.CLAUSE || t.get(c + 1).text().equals("as"));
                int end = rest ? contentEnd(c + 1, to) : t.get(subject[1] - 1).end();
                return make(t.get(subject[0]).start(), end, -1, -1, c, null, true, null);
            }
            Found named = knownAs(c, from, to);
            if (named != null) {
                return named;
            }
            boolean participle = t.get(c).text().endsWith("ing");
            boolean inherits = participle && c > from && (commaBefore(c) || t.get(c - 1).is("CCONJ") || dash(c - 1));
            int[] src = inherits ? null : leftSource(c, from);
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
            if (participle && src != null && src[1] == c && (verbShaped(c - 1, from)
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
                src = objectsSubject(src, from);
            }
            if (src != null && !participle) {
                src = relativeAntecedent(src, from);
            }
            if (src != null && src[0] - 1 >= from && src[1] <= c && t.get(src[0] - 1).text().equalsIgnoreCase("what")) {
                // "what Roe says is the baseline": the free relative's "what" is the whole content
                return make(t.get(src[0] - 1).start(), t.get(src[0] - 1).end(), src[0], src[1], c, null, cue.belief(), null);
            }
            int[] inverted = participle ? null : invertedAtEnd(c, from, left);
            if (inverted != null) {
                // "..., the losses would outstrip the gains, said Roe.": the clause before the comma is the content
                int cs = t.get(skipDateline(from, c)).start();
                int ce = trimEnd(cs, t.get(c - 1).start());
                return ce > cs ? make(cs, ce, inverted[0], inverted[1], c, null, cue.belief(), null) : null;
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
                int[] subject = modifiedSubject(c, opener);
                src = subject != null && onlyModifiers(subject[1], c) ? subject : src;
            }
            if (src != null && src[1] < c && t.get(c - 1).text().equals("to") && src[0] - 1 > from
                    && onlyTimeOrAdverbs(src[1], c - 1)) {
                // "the council called an emergency meeting to discuss ...", "visited the port on Friday to view ..."
                src = purposeController(src, from);
            }
            if (src == null) {
                src = controllerSubject(c, from);
            }
            // "Promising that the fares would fall, Roe won the vote": a participle opening the sentence with a
            // that-clause is its subject's report, the clause ending at the comma before that subject (with an object
            // instead, "Citing costs, Roe skipped the vote", it is most often no report PolNeAR marks: measured)
            int opener = from;
            while (opener < c && (isPunct(t.get(opener)) || t.get(opener).is("CCONJ"))) {
                opener++;
            }
            int mainClause = src == null && participle && opener == c && c + 1 < to && t.get(c + 1).text().equals("that")
                    ? commaBeforeClause(c, to, true) : -1;
            if (mainClause > c + 1) {
                src = subjectAt(mainClause + 1, to);
            }
            int[] object = null;
            if (src == null && !participle) {
                src = rightSource(c);
                // ("Vell has promised to widen the pier, opposed the toll plan and ...": an object going on into the
                // clause is no inverted speaker, which a verb of saying may take on: "..., wrote Roe in her blog"; the
                // last resort still)
                if (src != null && !QUOTATIVE.contains(cue.lemma()) && src[1] < to && !isPunct(t.get(src[1]))) {
                    object = src;
                    src = null;
                }
            }
            if (src == null && (!participle || c > from && t.get(c - 1).is("AUX"))) {
                src = coordinatedSubject(c, from); // ("reviewed the permits and is considering a ban": progressive)
            }
            if (src == null && !participle && c > from && !isPunct(t.get(c - 1)) && !t.get(c - 1).is("CCONJ")) {
                src = modifiedSubject(c, from);
            }
            if (src == null && participle && c == from && c + 2 < to && t.get(c + 1).text().equals(",")
                    && isQuoteMark(t.get(c + 2).text()) && t.get(c).sentence() > 0) {
                // "Roe said X. Adding, “...”": a participle opening a sentence goes on with the last speaker
                Found prev = lastInSentence(t.get(c).sentence() - 1, c);
                if (prev != null && t.get(prev.cue).paragraph() == t.get(c).paragraph()) {
                    src = new int[] {prev.srcStart, prev.srcEnd};
                }
            }
            if (src == null && inherits && c - 1 > from && t.get(c - 1).text().equals(",")) {
                src = subordinateSubject(from, c - 1);
            }
            if (src == null && inherits) {
                // "..., adding that ...": the speaker of the main clause speaks
                Found prev = outermost(lastInSentence(t.get(c).sentence(), c));
                if (prev != null) {
                    src = new int[] {prev.srcStart, prev.srcEnd};
                }
                int clause = from; // ("It's a long shot, but Vell was in Easton, urging ...": the last clause's subject)
                for (int j = from + 2; src == null && j + 1 < c; j++) {
                    if (t.get(j).is("CCONJ") && t.get(j - 1).text().equals(",")
                            && (t.get(j + 1).is("PROPN") || SUBJECT_PRONOUNS.contains(t.get(j + 1).text().toLowerCase()))) {
                        clause = j + 1;
                    }
                }
                if (src == null) {
                    src = clauseSubject(clause, c);
                }
            }
            if (src == null) {
                src = object;
            }
            if (src != null && src[1] <= c && timeHeaded(src)) {
                // "This year, Vell rose to Roe's defense, saying ...", "Vell spent her time responding to ...": a time
                // speaks for no one; the clause's subject does
                int[] subject = clauseSubject(from, c);
                src = subject != null && subject[1] <= c && !timeHeaded(subject) ? subject : src;
            }
            if (src == null && c - 2 >= from && t.get(c - 1).text().equals("-")
                    && t.get(c - 2).text().equalsIgnoreCase("self")) {
                // "a self-described socialist": the "self" holds the view the noun phrase after it states (a belief)
                int[] np = nounPhraseRight(c + 1, to);
                return np == null ? null : make(t.get(np[0]).start(), t.get(np[1] - 1).end(), c - 2, c - 1, c, null, true,
                        null);
            }
            if (src == null) {
                // "..., with officials warning that ...", "when asked, insisted that ...": a that-clause is reported
                // even when its source is not found (PolNeAR annotates it without one); kept out of the quotes
                boolean clause = c + 2 < to && t.get(c + 1).text().equals("that") && t.get(c + 1).is("SCONJ");
                int[] subject = clause ? namedSubject(from, c) : null;
                return clause ? make(t.get(c + 2).start(), contentEnd(c + 2, to), subject == null ? -1 : subject[0],
                        subject == null ? -1 : subject[1], c, null, true, null) : null;
            }
            if (Cues.CLAUSE_ONLY.contains(cue.lemma()) && src[1] <= c && nounObject(c + 1, to)) {
                return null; // "crackdowns could add fuel to ...": an act, not a report
            }
            if (PUBLISHING.contains(cue.lemma()) && bareDocument(c + 1, to)) {
                return null; // "the mayor issued a statement Monday": an act; what it says is not given
            }
            if ((cue.lemma().equals("add") || cue.lemma().equals("post")) && countObject(c + 1, to)) {
                return null; // "Vell added 12 points", "Roe posted a 9-3 record", "added $20,000 to the fund": a tally
            }
            if (cue.lemma().equals("point") && aimedAt(c + 1, to)) {
                return null; // "Roe pointed the flare gun at the boat": aiming, no report
            }
            if (cue.belief() && src[1] <= c && !BE.contains(t.get(c - 1).text().toLowerCase())
                    && !t.get(c - 1).text().equalsIgnoreCase("to") && indefiniteObjectOnly(c + 1, to)) {
                // "Vell has not endorsed a candidate.", "Roe offers a preview.": no one and nothing named (an
                // infinitive's object is often what is hoped for: "voters should be able to expect a better pier")
                return null;
            }
            if (cue.lemma().equals("attack") && physicalTarget(c + 1, to)) {
                return null; // "pirates attacked two tankers", "crews attacked the fire from all sides": force, no words
            }
            if (cue.lemma().equals("push") && shoved(c + 1, to)) {
                return null; // "chairs pushed up against the door", "pushed her way to the pier": bodies, not views
            }
            if (cue.lemma().equals("claim") && src[1] <= c && livesTaken(c + 1, to)) {
                return null; // "the storm claimed two lives", "claimed the life of a ferryman": a death, not a claim
            }
            if (cue.lemma().equals("call") && src[1] <= c && phoned(c + 1, to)) {
                return null; // "Lind called 911 when she saw the smoke", "Roe called him again Monday": a phone call
            }
            if (cue.lemma().equals("raise") && (raisedSum(c + 1, to) || !raisedMatter(c + 1, to))) {
                return null; // "the campaign raised $4 million", "raising money for the party": funds, no concern
            }
            if (cue.lemma().equals("cast") && ballotsOnly(c + 1, to)) {
                return null; // "voters cast their ballots on Sunday": voting, for no one named
            }
            if (cue.lemma().equals("see") && c > from && t.get(c - 1).text().equals("to") && c + 1 < to
                    && sightOnly(c + 1, to)) {
                return null; // "lined up for hours to see her": going to watch someone, no view of anything
            }
            if (cue.lemma().equals("prove") && c + 1 < to && linkingComplement(c + 1, to)) {
                return null; // "the toll proved costly", "may prove to be a mistake": a linking verb, no finding
            }
            if (cue.belief() && readerQuestion(c, from, to)) {
                return null; // "Do you support Jan Vell?" opening a paragraph: the page polls its reader
            }
            if (src[1] <= c && demonstrativeObject(c, to)) {
                // "Roe knows this and ...", "50 percent believe that.", "Roe said so.": the demonstrative is the content
                // (kept out of the product's quotes, a belief here: it says nothing alone)
                return make(t.get(c + 1).start(), t.get(c + 1).end(), src[0], src[1], c, null, true, null);
            }
            if (src[0] - 2 > from && t.get(src[0] - 1).text().equals("as") && t.get(src[0] - 2).text().equals(",")
                    && !TALK.contains(cue.lemma()) && !ACTIVITIES.contains(cue.lemma()) && onlyAuxiliaries(src[1], c)
                    && nothingAfterAs(c, cue, to) && !quoted(from, src[0])) {
                // "The pier will close, as Roe said on Friday.": "as" stands for the clause before the comma, which is
                // what Roe said ("..., as she announced her bid" is a time: the cue has an object of its own; a
                // quotation before it has its own attribution; "..., as she spoke to the crowd", "as Roe campaigns
                // across the state" are times)
                int cs = t.get(skipDateline(from, src[0] - 2)).start();
                int ce = trimEnd(cs, t.get(src[0] - 2).start());
                return ce > cs && hasVerb(text.tokenAtOrAfter(cs), src[0] - 2)
                        ? make(cs, ce, src[0], src[1], c, null, cue.belief(), null) : null;
            }
            After after = after(c, c + 1);
            int[] announced = quoteAfterColon(c, to);
            if (announced != null) {
                // "Roe replied:" closing a sentence, the quotation opening the next one
                return make(announced[0], announced[1], src[0], src[1], c, "direct", cue.belief(), null);
            }
            Found aside = participle ? null : parenthetical(c, src, cue, from, to);
            if (aside != null) {
                return aside;
            }
            if (after == After.CLAUSE) {
                int a = contentStartAfter(c, to, cue);
                if (a < 0) {
                    return null;
                }
                int end = contentEnd(a, to);
                int coordinated = coordinatedClause(a, end, to);
                if (coordinated > a && !hasVerb(a, coordinated)) { // a noun phrase object, not a reported clause
                    end = trimEnd(t.get(a).start(), t.get(coordinated).start());
                }
                int resumed = src[1] - src[0] == 1 && src[0] > from && t.get(src[0] - 1).text().equals(",")
                        && RELATIVE.contains(t.get(src[0]).text().toLowerCase()) ? commaBeforeClause(a, to, false) : -1;
                if (resumed > a && t.get(resumed).start() < end) {
                    end = trimEnd(t.get(a).start(), t.get(resumed).start()); // "Roe, who said X, left": X only
                }
                int main = opensSubordinate(from, src[0]) ? commaBeforeClause(a, to, true) : src[0] > c ? mainClause : -1;
                if (main > a && t.get(main).start() < end) {
                    end = trimEnd(t.get(a).start(), t.get(main).start()); // "While Roe agreed with X, the vote ...": X
                }
                // (what someone keeps doing, "kept attacking the guild", is an act: a belief, no quote)
                return make(t.get(a).start(), end, src[0], src[1], c, null, cue.belief() || aspectualVerb(c, from) >= 0,
                        null);
            }
            // a belief cue after its content only with a record as source ("..., polls show."): after people and
            // groups it is most often no report ("..., many voters believe." is, but costs more than it finds)
            if (after == After.TAIL && !cue.belief() && src[0] > from && !t.get(src[0] - 1).text().equals(",")) {
                int[] whole = subjectAfterComma(c, from); // "..., a spokesman for the agency said."
                src = whole != null ? whole : src;
            }
            if (after == After.TAIL && src[0] - 2 >= from && objectRelative(src[0] - 1)) {
                // "the toll bill, which Roe criticized, ...": the relative pronoun stands for what the cue's subject
                // spoke of, and PolNeAR marks it as the content (the product's quotes leave such a content out)
                return make(t.get(src[0] - 1).start(), t.get(src[0] - 1).end(), src[0], src[1], c, null, cue.belief(), null);
            }
            boolean infinitive = nonFinite(c) || c + 1 < to && t.get(c + 1).text().equals("to");
            int[] antecedent = after == After.TAIL && !infinitive ? zeroRelativeHead(src, from) : null;
            if (antecedent != null) {
                // "a deal she once supported", "all the skepticism you'd expect": a relative clause without its
                // pronoun reports on the noun phrase it follows (a belief: the phrase alone says nothing)
                return make(t.get(antecedent[0]).start(), t.get(antecedent[1] - 1).end(), src[0], src[1], c, null,
                        true, null);
            }
            boolean record = Cues.RECORDS.contains(t.get(src[1] - 1).text().toLowerCase());
            // (a relative "..., who added to her lead" opens a clause of its own: nothing before it is reported)
            if (after == After.OTHER || cue.belief() && !record || src[0] <= from || !t.get(src[0] - 1).text().equals(",")
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
            int ce = trimEnd(cs, t.get(src[0] - 1).start());
            // a phrase without a verb before the source is its opener or its appositive ("His aide, Jane Roe, says")
            if (ce <= cs || !hasVerb(text.tokenAtOrAfter(cs), src[0])) {
                return null;
            }
            return make(cs, ce, src[0], src[1], c, null, cue.belief(), null);
        }

        /**
         * "He went on to say, ...", "she began by saying ...": a cue in an infinitive or a gerund after "by" is
         * spoken by the subject of the verb that governs it.
         */
        private int[] controllerSubject(int c, int from) {
            int j = c - 1;
            boolean gerund = t.get(c).text().endsWith("ing");
            while (gerund && j > from && t.get(j).is("ADV") && c - j < 3) {
                j--; // "by softly echoing"
            }
            boolean by = j > from && gerund && t.get(j).text().equals("by");
            if (gerund && j >= from && GERUND_ADJUNCTS.contains(t.get(j).text().toLowerCase())) {
                // "fired the chief after strongly backing him", "In explaining why ..., Roe blamed ...": the gerund of
                // an adjunct is the clause subject's; after a quotation opening the sentence, the speaker of its report
                // ("“...,” Roe said, while arguing ...": not a word inside the quotation)
                Found prev = j > from && isQuoteMark(t.get(from).text())
                        ? outermost(lastInSentence(t.get(c).sentence(), j)) : null;
                if (prev != null) {
                    return new int[] {prev.srcStart, prev.srcEnd};
                }
                return clauseSubject(from, j == from ? text.firstToken(t.get(c).sentence() + 1) : j);
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
            return t.get(j).is("VERB") && (cueAt(j) == null || by) ? leftSource(j, from) : null;
        }

        /**
         * The verb before gerund {@code c} (over adverbs) when its subject does what the gerund says: "Roe kept
         * attacking the guild", "began dismissing X", "has avoided directly criticizing Roe"; or -1.
         */
        private int aspectualVerb(int c, int from) {
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
         * A speech cue in the passive without an agent anywhere after it in the sentence: a past participle after a
         * form of "be" ("was told", "were admitted").
         */
        private boolean passiveWithoutAgent(int c, int from) {
            String w = t.get(c).text().toLowerCase();
            Cues.Cue cue = cueAt(c);
            // (belief participles after "be" are mostly adjectives whose subject holds the view: "is convinced that";
            // not with "as": "is seen as the favorite" is someone else's view of the subject)
            boolean as = c + 1 < t.size() && t.get(c + 1).text().equals("as");
            if (cue == null || cue.belief() && !as || w.equals(cue.lemma()) || w.endsWith("s") || w.endsWith("ing")) {
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
        private boolean raceCalled(int c, int from, int to) {
            int[] subject = leftSource(c, from);
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

        /**
         * "The council called an emergency meeting to discuss ...", "leaders used blunt language to denounce ...": an
         * infinitive after a verb's object states the purpose of the verb's subject, who speaks. Verbs whose object
         * does the infinitive ("urged Roe to say", "asked her to explain") keep the object.
         */
        private int[] purposeController(int[] object, int from) {
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
            Cues.Cue cue = cueAt(v);
            // ("had/AUX reason to know": "have" with an object is the main verb)
            boolean have = verb.is("AUX") && (w.equals("have") || w.equals("has") || w.equals("had"));
            if (!verb.is("VERB") && !have || cue != null && Cues.OBJECT_FIRST.contains(cue.lemma())
                    || OBJECT_CONTROL.stream().anyMatch(w::startsWith)) {
                return object;
            }
            int[] subject = leftSource(v, from);
            return subject != null ? subject : object;
        }

        /** Whether tokens {@code a} to {@code b} (exclusive) only say when or how: "on Friday", "this month", "here". */
        private boolean onlyTimeOrAdverbs(int a, int b) {
            for (int k = a; k < b; k++) {
                String w = t.get(k).text();
                if (!(isTimeWord(w) || t.get(k).is("ADV") || w.equals("on") && k + 1 < b && isTimeWord(t.get(k + 1).text()))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "Surety firms that had insured the loans agreed", "an official who spoke anonymously to discuss strategy
         * said": a noun phrase found before the cue that is the object of a relative clause (over an infinitive too)
         * gives way to the clause's antecedent, the subject.
         */
        private int[] relativeAntecedent(int[] src, int from) {
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

        /**
         * The source of "..., said Jane Roe." closing its sentence after a comma, or null; {@code left} is the
         * source found before the cue, if any.
         */
        /**
         * "a stream called Harlow Run", "the group, called the Tesin Fund, will ...": a participle giving a noun its
         * name, set off by commas or after an indefinite noun, reports nothing ("The group called the plan a
         * disaster" does; "the plan, called a disaster by critics," is a passive with its agent).
         */
        private boolean namingParticiple(int c, int from, int to) {
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
            int[] right = rightSource(c);
            int sentenceEnd = pastTitlePeriods(c, text.firstToken(t.get(c).sentence() + 1)); // ("said Ms. | Roe, who")
            if (right == null || right[0] != c + 1 || right[1] >= sentenceEnd) {
                return null;
            }
            // the source may end the sentence or take an appositive or a relative clause: "..., said Jane Roe, the
            // port's director.", "..., said an official who was briefed on the talks."
            if (t.get(right[1]).is("CCONJ") && right[1] + 1 < sentenceEnd) {
                int[] more = nounPhraseRight(right[1] + 1, sentenceEnd); // "said lobbyist and strategist Jane Roe"
                if (more != null && more[0] == right[1] + 1 && more[1] < sentenceEnd) {
                    right = new int[] {right[0], more[1]};
                }
            }
            // (after "told" or "asked" only the sentence's end tells a source from the addressee: "Roe, who ran,
            // told Radio Nord, “...”")
            String next = t.get(right[1]).text();
            Cues.Cue cue = cueAt(c);
            boolean addressee = cue != null && Cues.OBJECT_FIRST.contains(cue.lemma());
            boolean closes = next.equals(".") && right[1] + 1 == sentenceEnd
                    || !addressee && (next.equals(",") || RELATIVE.contains(next.toLowerCase()) && !next.equalsIgnoreCase("that"));
            boolean named = coveringName(t.get(right[1] - 1).start()) != null || t.get(right[1] - 1).is("PROPN");
            boolean phrase = t.get(right[0]).is("DET") || t.get(right[0]).is("ADJ") || t.get(right[0]).is("NOUN")
                    || t.get(right[0]).is("NUM");
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
            int k = pastTime(c + 1, to);
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
            if (a + 1 >= to || !t.get(k).text().equals(",") || isQuoteMark(t.get(a).text()) || cueAt(a) != null) {
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
            int ce = contentEnd(a, to);
            return ce > cs ? make(cs, ce, src[0], src[1], c, null, cue.belief(), null) : null;
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
                    : leftSource(c, from);
            if (agent == null || subject == null) {
                return null;
            }
            int end = by > c + 1 ? t.get(by - 1).end() : t.get(subject[1] - 1).end();
            return make(t.get(subject[0]).start(), end, by + 1, agent[1], c, null, true, null);
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
            int cs = t.get(a).start();
            int ce = e < to ? trimEnd(cs, t.get(e).start()) : contentEnd(a, to);
            // kept out of the quotes (a belief-like attribution): a topic with no speaker is no quotation
            return ce > cs ? make(cs, ce, -1, -1, c, null, true, null) : null;
        }

        /** "about", "whether", "if" and the wh-words open what someone was asked. */
        private boolean isQuestionOpener(String w) {
            return w.equals("about") || w.equals("whether") || w.equals("if") || WH_WORDS.contains(w) || w.equals("what")
                    || w.equals("who") || w.equals("whom") || w.equals("which");
        }

        /**
         * A stance noun or adjective with a complement: "her claim that ...", "his call for ...", "Roe expressed
         * concern that ...", "Roe is confident that ...", "critical of ...". The source is the possessive before a
         * noun or the subject of the clause (found as for a verb); the attribution is a belief.
         */
        private Found stanceWord(int c, int from, int to) {
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
            int a = complementStart(c + 1, to);
            if (a < 0 && adjective) {
                a = bareClause(c, from, to); // "I am glad the voters ...", "it is not clear the plan ..."
            }
            if (a < 0 && adjective && c + 2 < to && ADJECTIVE_PREPOSITIONS.contains(t.get(c + 1).text().toLowerCase())
                    && predicative(c, from)) {
                a = complementStart(c + 1, to, ADJECTIVE_PREPOSITIONS); // "Roe is confident in the plan", "angry at X"
            }
            if (a < 0 && noun && c + 2 < to && BE.contains(t.get(c + 1).text().toLowerCase())
                    && possessiveBefore(c, from)) {
                a = complementStart(c + 2, to); // "Her view is that ...": the clause predicated of the noun
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
            int[] src = noun ? nounSource(c, from) : leftSource(link >= 0 && t.get(link).is("VERB") ? link : c, from);
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
                        ? leftSource(src[0] - 1, from) : null;
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
                src = namedSubject(from, c); // "Roe veered close to an admission that ..."
            }
            int end = noun && phrase ? nounComplementEnd(a, to) : contentEnd(a, to);
            return end > t.get(a).start() ? make(t.get(a).start(), end, src == null ? -1 : src[0], src == null ? -1 : src[1],
                    c, null, true, null) : null;
        }

        /**
         * "The slogan resonated with farmers", "Roe is popular among young voters": those after "with" or "among" hold
         * the view (the source) of the subject (the content). A belief.
         */
        private Found appealing(int c, int from, int to) {
            int link = linkBefore(c, from);
            int[] subject = leftSource(link >= 0 && t.get(link).is("VERB") ? link : c, from);
            int[] audience = nounPhraseRight(c + 2, to);
            if (audience == null || namesNoOne(subject)) {
                return null;
            }
            return make(t.get(subject[0]).start(), t.get(subject[1] - 1).end(), audience[0], audience[1], c, null, true,
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
                    ? make(t.get(k).start(), t.get(e).end(), work[0], work[1], c, null, true, null) : null;
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
                int[] subject = agent == null ? null : leftSource(c, from);
                return subject == null || agent[0] != c + 2 ? null : make(t.get(agent[0]).start(),
                        t.get(agent[1] - 1).end(), subject[0], subject[1], c, null, true, null);
            }
            int[] feeler = nounPhraseRight(c + 1, to);
            int[] cause = leftSource(c, from);
            if (feeler == null || feeler[0] != c + 1 || namesNoOne(cause)) {
                return null;
            }
            return make(t.get(cause[0]).start(), t.get(cause[1] - 1).end(), feeler[0], feeler[1], c, null, true, null);
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
            int[] holder = leftSource(v, from);
            int[] giver = nounPhraseRight(c + 2, to);
            if (giver == null || namesNoOne(holder)) {
                return null;
            }
            return make(t.get(holder[0]).start(), t.get(holder[1] - 1).end(), giver[0], giver[1], c, null, true, null);
        }

        /**
         * "Roe is a longtime supporter of X", "Vell has been a vocal critic of X", "Roe remains an advocate for X": a
         * predicative noun naming its subject by a stance reports that stance, the subject its source. A belief.
         */
        private Found agentNoun(int c, int from, int to) {
            String p = c + 2 < to ? t.get(c + 1).text().toLowerCase() : "";
            int a = p.equals("of") || p.equals("for") ? complementStart(c + 1, to) : -1;
            int det = nounStart(c, from);
            while (det - 1 >= from && t.get(det - 1).is("DET")) {
                det--;
            }
            int link = det < c ? linkBefore(det, from) : -1;
            if (a < 0 || link < 0 || link != det - 1 && !t.get(link).is("AUX")) {
                return null;
            }
            int[] src = leftSource(t.get(link).is("VERB") ? link : det, from);
            if (src == null || src[1] - src[0] == 1 && NO_SOURCE.contains(t.get(src[0]).text().toLowerCase())) {
                return null;
            }
            int end = nounComplementEnd(a, to);
            return end > t.get(a).start() ? make(t.get(a).start(), end, src[0], src[1], c, null, true, null) : null;
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

        /** Whether adjective {@code c} follows "be", "become", "remain" or "feel" (over adverbs): "is now glad". */
        private boolean predicative(int c, int from) {
            return linkBefore(c, from) >= 0;
        }

        /**
         * The verb that links adjective {@code c} to its subject (over adverbs): "be", "become", "remain", "feel";
         * or -1.
         */
        private int linkBefore(int c, int from) {
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
                return clauseSubject(from, k); // "Roe toured the state, with plans to return": the clause's subject
            }
            if (before.possessive()) {
                return nounPhraseLeft(k, from);
            }
            while (k >= from && t.get(k).is("DET")) {
                k--;
            }
            return k >= from && t.get(k).is("VERB") && cueAt(k) == null ? leftSource(k, from) : null;
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
            return k >= from && t.get(k).is("VERB") && !t.get(k).text().endsWith("ing") ? leftSource(k, from) : null;
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
            return RENEWING.stream().anyMatch(w::startsWith) ? leftSource(v, from) : null;
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
         * End (char) of a noun's prepositional or infinitive complement: the noun phrase or infinitive stops at a
         * comma or dash, or at the verb of the clause the noun is the subject of ("his call for X has drawn ...").
         */
        private int nounComplementEnd(int a, int to) {
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
                return make(t.get(k).start(), contentEnd(c + 1, to), -1, -1, c, null, true, null);
            }
            if (before.equals("it")) {
                // "it seems the plan failed", "it appears, though, that ...": the clause after the verb
                int a = c + 1;
                while (a < to && (isPunct(t.get(a)) || t.get(a).is("ADV") || t.get(a).text().equals("that"))) {
                    a++;
                }
                boolean clause = a < to && (a > c + 1 || !t.get(a).is("ADP")) && hasVerb(a, to);
                return clause ? make(t.get(a).start(), contentEnd(a, to), -1, -1, c, null, true, null) : null;
            }
            int[] subject = complement ? leftSource(c, from) : null;
            if (subject == null || subject[1] - subject[0] == 1 && NO_SOURCE.contains(t.get(subject[0]).text().toLowerCase())
                    && !RELATIVE.contains(t.get(subject[0]).text().toLowerCase())) {
                return null;
            }
            return make(t.get(subject[0]).start(), contentEnd(c + 1, to), -1, -1, c, null, true, null);
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
            int ce = trimEnd(cs, end);
            return ce > cs ? make(cs, ce, src[0], src[1], colon, quoted ? "direct" : null, !quoted, null) : null;
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
            if (first > 0 && t.get(first - 1).paragraph() == para || labelColon(first) != colon || !otherTurn(para)) {
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
            int ce = trimEnd(cs, t.get(last).end());
            return ce > cs ? make(cs, ce, first, colon, colon, "direct", false, null) : null;
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
        private boolean papersNote(int from, int to) {
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
         * The first content token of the complement opening at {@code k}, or -1: a "that" clause (not a relative
         * clause: "that" followed by a verb), an infinitive ("to" kept: "vowed to repeal" has content "to repeal"),
         * or a noun phrase after a preposition of content ("criticism of", "support for", "opposition to").
         */
        private int complementStart(int k, int to) {
            return complementStart(k, to, STANCE_PREPOSITIONS);
        }

        /** As {@link #complementStart(int, int)}, a noun phrase following one of {@code prepositions}. */
        private int complementStart(int k, int to, Set<String> prepositions) {
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

        /**
         * Whether "this", "that" or "so" after cue {@code c} closes its clause: the sentence ends, a conjunction or
         * (for "this" and "so") a comma follows; "said that, if ..., X" opens a clause after an aside.
         */
        private boolean demonstrativeObject(int c, int to) {
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

        /** The quotation right after "CUE:" when the colon ends the cue's sentence, or null. */
        private int[] quoteAfterColon(int c, int to) {
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

        /** The latest attribution with a source whose cue is in sentence {@code s} before token {@code c}. */
        private Found lastInSentence(int s, int c) {
            Found best = null;
            for (Found f : found) {
                if (f.cue >= 0 && f.cue < c && f.srcStart >= 0 && t.get(f.cue).sentence() == s
                        && (best == null || f.cue > best.cue)) {
                    best = f;
                }
            }
            return best;
        }

        /**
         * The report whose content holds {@code f}'s cue, out to the outermost one with a source ("Roe urged
         * voters to back the plan, saying ...": Roe's report, not the voters'), or {@code f} itself.
         */
        private Found outermost(Found f) {
            for (boolean moved = f != null; moved; ) {
                moved = false;
                // (a report set off by a comma, "X, Roe added, saying ...", is no nested one: its content is cut there)
                int first = f.srcStart >= 0 && f.srcStart < f.cue ? f.srcStart : f.cue;
                if (first > 0 && t.get(first - 1).text().equals(",")) {
                    break;
                }
                for (Found o : found) {
                    int at = t.get(f.cue).start();
                    if (o != f && o.srcStart >= 0 && o.cue >= 0 && o.cue < f.cue && o.contentStart <= at
                            && at < o.contentEnd) {
                        f = o;
                        moved = true;
                        break;
                    }
                }
            }
            return f;
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
         * A sentence opened by the frame of a view or a count: "To many voters, she is a hero", "By the council's
         * count, ...", "In Roe's view, ...". The phrase up to its comma is the source, the clause after it the
         * content, the preposition the cue. "To" frames only people and groups ("To that end, ..." frames nothing),
         * "by" only a count or an estimate, "in" only a view or an opinion. A belief: a view, not words reported.
         */
        private Found frame(int c, int to) {
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
            int ce = contentEnd(a, to);
            return ce > cs ? make(cs, ce, np[0], comma, c, null, true, null) : null;
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

        private boolean reportedly(int c, int from, int to) {
            String w = t.get(c).text().toLowerCase();
            return (w.equals("reportedly") || w.equals("allegedly") || w.equals("purportedly")) && to - from > 4;
        }

        /**
         * "Roe reportedly met the donors": a report whose source the text does not give; the content is the
         * clause (the sentence less a leading connective). A belief-like attribution: no speaker, no quote.
         */
        private Found hearsay(int c, int from, int to) {
            int a = from;
            while (a < c && (t.get(a).is("CCONJ") || isPunct(t.get(a)))) {
                a++;
            }
            int cs = t.get(a).start();
            int ce = contentEnd(a, to);
            return ce > cs ? make(cs, ce, -1, -1, c, null, true, null) : null;
        }

        /**
         * "according to X" (source from {@code srcFrom} = c + 2) and "in the X poll" ({@code srcFrom} = c + 1; a
         * figure reported by a poll is no quotation: kept as a belief-like attribution).
         */
        private Found accordingTo(int c, int srcFrom, int from, int to) {
            int[] src = nounPhraseRight(srcFrom, to);
            if (src == null && srcFrom == c + 2) {
                src = phraseToPunctuation(srcFrom, to);
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
            if (opens && a == src[1]) {
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
                ce = contentEnd(a, to);
            } else if (goesOn) {
                cs = t.get(from).start();
                ce = contentEnd(a, to);
            } else {
                int[] np = srcFrom == c + 1 && !hasVerb(from, c) ? nounPhraseLeft(c - 1, from) : null;
                Token head = t.get(c - 1);
                if (np != null && np[1] == c && head.is("NOUN") && Character.isLowerCase(head.text().charAt(0))
                        && peopleLike(new int[] {c - 1, c}, head)) {
                    return null; // "Most voters in the poll backed Roe": the people polled, whose answer follows
                }
                cs = t.get(from).start();
                ce = trimEnd(cs, t.get(c).start());
            }
            return ce > cs ? make(cs, ce, src[0], src[1], c, null, srcFrom == c + 1, null) : null;
        }

        /**
         * "according to some on Twitter,", "according to complete but unofficial returns.": the words after
         * "according to" up to the next punctuation (at most 12, holding a noun or pronoun) when the tags give no
         * noun phrase; or null.
         */
        private int[] phraseToPunctuation(int a, int to) {
            int e = a;
            boolean nominal = false;
            while (e < to && e < a + 12 && !isPunct(t.get(e))) {
                nominal |= t.get(e).is("NOUN") || t.get(e).is("PROPN") || t.get(e).is("PRON");
                e++;
            }
            return nominal && e > a && (e == to || isPunct(t.get(e))) ? new int[] {a, e} : null;
        }

        // ---- pass 3: quotations without a cue carry over the previous speaker

        private void carryOver() {
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
                if (prev != null && !"direct".equals(prev.kind) && prev.cue >= 0) {
                    // "“...,” Roe said, referring to the plan. “...”": the quotation resumes the quoted speech, not
                    // the report in the adjunct after its cue
                    int sentence = t.get(prev.cue).sentence();
                    for (Found f : sorted) {
                        if (f.anchor() < prev.anchor() && "direct".equals(f.kind) && f.cue >= 0
                                && t.get(f.cue).sentence() == sentence) {
                            prev = f;
                        }
                    }
                }
                int para = text.paragraphAt(q[0]);
                if (prev != null && para - text.paragraphAt(prev.anchor()) <= 1) {
                    found.add(new Found(q[0], q[1], prev.srcStart, prev.srcEnd, -1, "direct", false, prev, q[0]));
                }
            }
        }

        private boolean covered(int[] q) {
            for (Found f : found) {
                if (f.contentStart < q[1] && q[0] < f.contentEnd) {
                    return true;
                }
            }
            return false;
        }

        private int words(int[] q) {
            int n = 0;
            for (int k = text.tokenAtOrAfter(q[0]); k < t.size() && t.get(k).start() < q[1]; k++) {
                n += isPunct(t.get(k)) ? 0 : 1;
            }
            return n;
        }

        // ---- sources

        /** The noun phrase ending just before cue {@code c} (over adverbs, auxiliaries, an appositive), or null. */
        private int[] leftSource(int c, int from) {
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
                int k = w.equals(",") ? before - 1 : w.equals("of") || w.equals("from")
                        ? (t.get(before - 1).text().equals(",") ? before - 2 : before - 1) : -1;
                walked = k >= from ? nounPhraseLeft(k, from) : null;
                if (walked == null) {
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

        /** A dash, or a hyphen set off by spaces that stands for one ("Ada Roe - a harbor official - told"). */
        private boolean dash(int k) {
            String w = t.get(k).text();
            return DASHES.contains(w) || w.equals("-") && k > 0 && k + 1 < t.size() && t.get(k - 1).end() < t.get(k).start()
                    && t.get(k).end() < t.get(k + 1).start();
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
         * A quantifier standing for its noun at {@code k}: "Many/ADJ say ...", "None/PRON has offered ...", "while
         * another/DET says ...", "most/ADV are planning to ...", a verb's object: "leaving many to wonder ..." (not
         * one floating after its noun or auxiliary: "they all vowed", "have all but stopped").
         */
        private boolean standingQuantifier(int k, int from) {
            return QUANTIFIERS.contains(t.get(k).text().toLowerCase()) && (k == from || isPunct(t.get(k - 1))
                    || t.get(k - 1).is("CCONJ") || t.get(k - 1).is("SCONJ")
                    || t.get(k - 1).is("VERB") && !AUXILIARY_VERBS.contains(t.get(k - 1).text().toLowerCase()));
        }

        private int[] nounPhraseLeft(int k, int from) {
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
            return new int[] {s, k + 1};
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
        private int pastTitlePeriods(int a, int sentenceEnd) {
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

        /**
         * Whether tokens {@code from} to {@code to} can modify a noun: no auxiliary, no infinitive, no finite verb
         * other than a participle ("marching through", "gathered outside"; not "came just after", "was ridiculed").
         */
        private boolean onlyModifiers(int from, int to) {
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

        /** A noun phrase object at {@code k} (a noun, or a determiner or adjective before one), not a clause. */
        /**
         * A statement, speech or report named with nothing in the object saying what it says: "issued
         * a statement Monday", "delivered her acceptance speech in Ostland" (not "a statement saying ...", "a report
         * on tolls", "a letter that ...", or one with a quotation).
         */
        private boolean bareDocument(int k, int to) {
            int j = k;
            while (j < to && j < k + 5 && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM")
                    || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase())
                    || (t.get(j).is("NOUN") || t.get(j).is("PROPN")) && !DOCUMENTS.contains(t.get(j).text().toLowerCase()))) {
                j++;
            }
            if (j == k || j >= to || !t.get(j).is("NOUN") || !DOCUMENTS.contains(t.get(j).text().toLowerCase())) {
                return false;
            }
            int end = contentEnd(k, to);
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
        private boolean indefiniteObjectOnly(int k, int to) {
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
        private boolean physicalTarget(int k, int to) {
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
        private boolean aimedAt(int k, int to) {
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
        private boolean countObject(int k, int to) {
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
        private boolean phoned(int k, int to) {
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
            // (a number is dialed; "called the plan bold." ends on its complement, as a time or "when" cannot)
            return end && (when || t.get(k).is("NUM")) || j < to && PHONE_AFTER.contains(t.get(j).text().toLowerCase());
        }

        /**
         * Whether "push" at {@code k - 1} moves a body or a thing: a particle of place ("pushed up against",
         * "pushed aside"), "back by" its agent, or a way made ("pushed her way through", "pushing a child out of the
         * way"); "pushed back on the plan" and "pushed for a vote" take a stance.
         */
        private boolean shoved(int k, int to) {
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
            return false;
        }

        /** Whether "life" or "lives" heads the noun phrase at {@code k}: "two lives", "the life of a ferryman". */
        private boolean livesTaken(int k, int to) {
            int j = k;
            while (j < to && j < k + 4 && (t.get(j).is("DET") || t.get(j).is("NUM") || t.get(j).is("ADJ")
                    || POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase()))) {
                j++;
            }
            return j < to && (t.get(j).text().equalsIgnoreCase("lives") || t.get(j).text().equalsIgnoreCase("life"));
        }

        /** A sum or money: "$4 million", "more than 300,000 dollars", "huge amounts of money", "funds". */
        private boolean raisedSum(int k, int to) {
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
        private boolean readerQuestion(int c, int from, int to) {
            return c == from + 2 && t.get(from).is("AUX") && t.get(from + 1).text().equalsIgnoreCase("you")
                    && (from == 0 || t.get(from - 1).paragraph() != t.get(from).paragraph())
                    && t.get(to - 1).text().equals("?") && !hasVerb(c + 1, to);
        }

        /** Votes or ballots ("their ballots", "42 delegate votes") with no "for" naming whom they went to. */
        private boolean ballotsOnly(int k, int to) {
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
        private boolean sightOnly(int k, int to) {
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
        private boolean raisedMatter(int k, int to) {
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
        private boolean linkingComplement(int k, int to) {
            int j = k;
            while (j < to && t.get(j).is("ADV")) {
                j++;
            }
            // ("proved costly/ADV for the town": an "-ly" adjective the tagger took for an adverb)
            boolean adverbOnly = j > k && (j == to || isPunct(t.get(j)) || t.get(j).is("ADP") || t.get(j).is("CCONJ"));
            return adverbOnly || j < to && (t.get(j).is("ADJ") || j + 1 < to && t.get(j).text().equals("to")
                    && t.get(j + 1).text().equals("be")) || nounObject(k, to);
        }

        private boolean nounObject(int k, int to) {
            int j = k;
            // ("maintained his lead", "maintained a surprisingly large lead")
            while (j < to && (t.get(j).is("DET") || t.get(j).is("ADJ") || t.get(j).is("NUM")
                    || t.get(j).is("PRON") && POSSESSIVE_PRONOUNS.contains(t.get(j).text().toLowerCase())
                    || t.get(j).is("ADV") && j + 1 < to && t.get(j + 1).is("ADJ"))
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
            }
            return true;
        }

        /**
         * A finite verb the tagger took for a noun: a bare lowercase "-s" word right after its subject (a person's
         * name, a capitalized word the tagger made a verb, or a pronoun), as in "Roe/VERB avoids/NOUN naming ...";
         * not "Republican voters saying ...".
         */
        private boolean verbShaped(int k, int from) {
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

        /** A pronoun the tagger took for a name, its verb contracted on ("I've/PROPN"). */
        private boolean contractedPronoun(Token tok) {
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
        private boolean titlePeriod(int i) {
            if (!t.get(i).text().equals(".") || i == 0 || i + 1 >= t.size()) {
                return false;
            }
            String before = t.get(i - 1).text();
            // (also a middle initial: "James B . Comey")
            boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0)) && i > 1 && t.get(i - 2).is("PROPN");
            return (TITLES.contains(before) || initial) && (t.get(i + 1).is("PROPN") || initial && capitalized(t.get(i + 1).text()));
        }

        private boolean inNounPhrase(int i) {
            Token tok = t.get(i);
            if (tok.is("PROPN") || tok.is("NOUN") || tok.is("ADJ") || tok.is("DET") || tok.is("NUM") || tok.possessive()
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

        /**
         * "..., said Jane Roe" / "“...,” said the spokesman": a noun phrase right after a cue that follows a
         * comma, a quotation mark or a colon; or null.
         */
        private int[] rightSource(int c) {
            int from = text.firstToken(t.get(c).sentence());
            boolean closing = c > from && (isQuoteMark(t.get(c - 1).text()) || stopAndMark(t.get(c - 1).text()));
            if (c > from && !(t.get(c - 1).text().equals(",") || closing || t.get(c - 1).text().equals(":"))) {
                return null;
            }
            int to = text.firstToken(t.get(c).sentence() + 1);
            int[] np = nounPhraseRight(c + 1, to);
            boolean afterQuotation = closing
                    || c - 1 > from && t.get(c - 1).text().equals(",") && isQuoteMark(t.get(c - 2).text());
            if (np == null && afterQuotation) {
                return nameRight(c + 1, to);
            }
            return np != null && (!t.get(np[0]).is("PRON") || np[1] - np[0] > 1) ? np : null; // "said one official"
        }

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
                if (!w.chars().allMatch(Character::isLetter) || tok.is("VERB") || tok.is("AUX") || tok.is("PRON")
                        || isTimeWord(w) || lastCap >= 0 && !capitalized(w)) {
                    break;
                }
                if (capitalized(w)) {
                    lastCap = e;
                }
            }
            return lastCap >= 0 ? new int[] {a, lastCap + 1} : null;
        }

        private int[] nounPhraseRight(int a, int sentenceEnd) {
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
            while (e < to && e < a + 10 && (inNounPhrase(e) || e > a && e + 1 < to && t.get(e).is("VERB")
                    && t.get(e).text().endsWith("ed") && (t.get(e + 1).is("NOUN") || t.get(e + 1).is("ADJ"))
                    || innerHyphen(e, to) || e > a && gluedAfterHyphen(e))) {
                if ((t.get(e).is("PROPN") || t.get(e).is("NOUN") || surveyNoun(e)) && !isTimeWord(t.get(e).text())) {
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
        private boolean innerHyphen(int i, int to) {
            return t.get(i).text().equals("-") && i > 0 && i + 1 < to && t.get(i - 1).end() == t.get(i).start()
                    && t.get(i).end() == t.get(i + 1).start() && !isPunct(t.get(i - 1)) && !isPunct(t.get(i + 1));
        }

        /**
         * "Roe released a statement saying ...": a participle's noun phrase that is the object of a verb is not
         * the source; the verb's subject is. Returns {@code np} when no such subject is found.
         */
        private int[] objectsSubject(int[] np, int from) {
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
        private int[] coordinatedSubject(int c, int from) {
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
            if (t.get(k - 1).is("VERB") && cueAt(k - 1) == null) {
                int[] own = leftSource(k - 1, from); // "I laughed and said": the subject of the verb just before
                // ("Roe said the vote was rigged but conceded ...": not the subject opening the last report's content)
                boolean opensContent = own != null && prev != null && prev.cue < own[0]
                        && t.get(own[0]).start() == prev.contentStart;
                if (own != null && !opensContent) {
                    return own;
                }
            }
            // ("Roe watched it, according to X, and said ...": X reported Roe's act, the verb after it is Roe's)
            boolean aside = prev != null && prev.cue >= 0 && t.get(prev.cue).text().equalsIgnoreCase("according")
                    && prev.contentEnd <= t.get(prev.cue).start();
            if (prev != null && !aside) {
                return new int[] {prev.srcStart, prev.srcEnd};
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
        private int[] subordinateSubject(int from, int comma) {
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
        private int[] modifiedSubject(int c, int from) {
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
                if (isPunct(t.get(k)) || cueAt(k) != null && !modifier) {
                    return null;
                }
            }
            return subject;
        }

        /**
         * The subject opening a sentence (over a leading conjunction or adverb) when it names someone: a proper noun
         * or a personal pronoun ("Roe, after weeks of silence, conceded that ..."); else null.
         */
        private int[] namedSubject(int from, int limit) {
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
        private int[] clauseSubject(int from, int limit) {
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
        private boolean timeHeaded(int[] np) {
            String head = t.get(np[1] - 1).text();
            // (a capital only opening the sentence, "Hours later, ...": "Ada Vell-Day" is a name)
            boolean opens = np[1] - 1 == text.firstToken(t.get(np[0]).sentence());
            return TIME_NOUNS.contains(opens ? head.toLowerCase() : head) || CalendarWords.isWeekday(head);
        }

        /** The subject noun phrase opening a sentence (after a dateline), before token {@code limit}. */
        private int[] subjectAt(int sentenceStart, int limit) {
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

        // ---- content

        /**
         * What follows cue {@code c} in its sentence: a content clause (a verb, "that", a colon, a quotation),
         * a tail of adjuncts only ("said on Thursday.", "said through an interpreter."), or something else.
         */
        private After after(int c, int from) {
            int to = text.firstToken(t.get(c).sentence() + 1);
            int k = from;
            if (t.get(c).text().equalsIgnoreCase("according")) {
                return After.OTHER;
            }
            Cues.Cue cue = cueAt(c);
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
            k = pastTime(k, to);
            // ("said both X and Y have ...": a correlative opens a coordinated subject)
            if (k < to && k == from && t.get(k).is("CCONJ") && !CORRELATIVES.contains(t.get(k).text().toLowerCase())) {
                return After.TAIL; // "she said and hung up": a second verb of the subject, no content
            }
            if (k + 1 < to && t.get(k).text().equals(",") && isQuoteMark(t.get(k + 1).text()) || quoteAfterPhrase(c, to) > 0) {
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
            if (thatAfterAdjunct(k, to) > 0) {
                return After.CLAUSE; // "said in an interview taped last week that ...", "said during the debate that"
            }
            if (next.is("SCONJ") && !next.text().equals("that") && !next.text().equals("if")
                    && !next.text().equals("whether")) {
                return After.TAIL; // "said Thursday as he pressed ...": a subordinate clause is not the content
            }
            if (ADJUNCT_OPENERS.contains(next.text().toLowerCase()) && cue != null && !Cues.WH_COMPLEMENT.contains(cue.lemma())
                    && adjunctClause(c, k, to)) {
                return After.TAIL; // "said when Roe asked him", tagged an adverb; "asked when ..." asks it
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
            if (next.text().equals("to") && k + 1 < to && t.get(k + 1).is("NOUN") && baseCue(t.get(k + 1))) {
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
                if (prepositional && w.equals("that") && participleBefore(j)) {
                    return After.OTHER; // "said at a news conference announcing/NOUN that ...": the participle's clause
                }
                if (w.equals("that") || w.equals(":") || w.equals("whether")
                        || (w.equals("if") || isQuoteMark(w)) && !prepositional) {
                    return After.CLAUSE;
                }
                if (w.equals(",") && j + 1 < to && cueAt(j + 1) != null && t.get(j + 1).text().endsWith("ing")
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

        /**
         * The comma, outside quotations, after which a clause goes on with its finite verb, or -1. Without
         * {@code withSubject} the verb follows at once ("Roe, who said the plan failed, | left the talks": the main
         * clause resumes); with it a subject comes first and no relative pronoun ("While Roe agreed with X, | the vote
         * ...": the main clause opens).
         */
        private int commaBeforeClause(int a, int to, boolean withSubject) {
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

        /** A finite verb or an auxiliary at token {@code v}, no participle in "-ing". */
        private boolean finiteAt(int v) {
            return t.get(v).is("AUX") || t.get(v).is("VERB") && !t.get(v).text().endsWith("ing");
        }

        /** A comma before token {@code k}, also inside a quoted phrase closing there: 'said X was "corrupt," noting'. */
        private boolean commaBefore(int k) {
            return k > 0 && t.get(k - 1).text().equals(",")
                    || k > 1 && isQuoteMark(t.get(k - 1).text()) && t.get(k - 2).text().equals(",");
        }

        /** Whether the sentence opens with a subordinate clause ("While ...", "Although ...") that holds token {@code k}. */
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

        private boolean opensSubordinate(int from, int k) {
            int s = from;
            while (s < k && (t.get(s).is("CCONJ") || isPunct(t.get(s)))) {
                s++;
            }
            return s < k && SUBORDINATORS.contains(t.get(s).text().toLowerCase());
        }

        /** A sentence whose words of four letters or more are all capitalized (a headline). */
        private boolean titleCase(int sentence) {
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

        /** "the rest of the party": an "of" between two parts of one noun phrase. */
        private boolean ofInNounPhrase(int k, int to) {
            return t.get(k).text().equals("of") && k > 0 && k + 1 < to && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN"))
                    && (t.get(k + 1).is("DET") || t.get(k + 1).is("NOUN") || t.get(k + 1).is("PROPN") || t.get(k + 1).is("ADJ"));
        }

        private boolean hasVerb(int from, int to) {
            for (int j = from; j < to; j++) {
                if (t.get(j).is("VERB") || t.get(j).is("AUX")) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasFiniteVerb(int from, int to) {
            for (int j = from; j < to; j++) {
                if (finiteAt(j)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasWord(int from, int to) {
            for (int j = from; j < to; j++) {
                if (!isPunct(t.get(j))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token after a dateline opening a sentence ("CITY (Agency) —", "CITY, Dec. 8 (Agency) —",
         * "City (Agency) –"), or {@code k}.
         */
        private int skipDateline(int k, int limit) {
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

        /** The first token of the content that cue {@code c} introduces, or -1. */
        private int contentStartAfter(int c, int to, Cues.Cue cue) {
            int a = c + 1;
            int adjunctThat = thatAfterAdjunct(a, to);
            if (adjunctThat > 0) {
                return adjunctThat; // "said for years that ...", "said in a statement that ..."
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
            int quote = quoteAfterPhrase(c, to);
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
         * "Roe told reporters in Salem last week, “...”" / "..., that ...": the opening mark of a quotation (or the
         * token after "that") after a comma that ends the phrases following cue {@code c} (no verb, at most 12
         * tokens), or -1.
         */
        private int quoteAfterPhrase(int c, int to) {
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
                        return title ? -1 : k + 1;
                    }
                    // "responded pointedly, with a smile: “...”": the phrases may go on past a comma
                }
            }
            return -1;
        }

        /**
         * "said in an interview taped last week that X", "argues at The Harbor Review that X": the first token of a
         * that-clause after a prepositional adjunct starting at {@code a} (its noun phrases, past participles and
         * their own phrases; no comma, quotation mark, auxiliary or finite verb between), or -1.
         */
        private int thatAfterAdjunct(int a, int to) {
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

        /**
         * Whether an "-ing" participle comes right before token {@code k} ("a conference announcing/NOUN that"), a
         * verb or a cue's form whatever its tag; "a meeting that", "at the hearing that" end in a noun.
         */
        private boolean participleBefore(int k) {
            Token prev = t.get(k - 1);
            return prev.text().endsWith("ing") && (prev.is("VERB") || cues.of(prev.text().toLowerCase()) != null);
        }

        /**
         * "favor a larger role for government, and they certainly don't mind ...": the comma before a coordinated
         * clause with a subject and a finite verb of its own, which the content (starting at token {@code a}, ending
         * at char {@code end}) does not take in; or the conjunction (with its comma) before a verb phrase of the
         * reporter's own after a noun phrase ("denounced the plan and rejected the fares", "praised the mayor, but
         * also warned ..."). -1 when there is none outside quotations.
         */
        private int coordinatedClause(int a, int end, int to) {
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
        private boolean contracted(int a, int b) {
            for (int j = a; j < b; j++) {
                String w = t.get(j).text().toLowerCase();
                if (contractedPronoun(t.get(j)) || t.get(j).is("PRON") && withoutContraction(w).length() < w.length()) {
                    return true;
                }
            }
            return false;
        }

        /** End (char) of a content starting at token {@code a}: the sentence end, or the end of a quotation opened in it. */
        private int contentEnd(int a, int sentenceEnd) {
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
        private int trimEnd(int start, int end) {
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

        // ---- speakers

        private String speaker(Found f, List<Resolved> history) {
            if (f.srcStart < 0 || f.carried != null) {
                return null;
            }
            Token head = t.get(f.srcEnd - 1);
            String w = withoutContraction(head.text().toLowerCase());
            // (a contracted pronoun is one even where the recognizer took it for a name: "I've")
            // ("both", "many": a quantifier names no one, like "they")
            if (f.srcEnd - f.srcStart == 1 && (head.is("PRON") && coveringName(head.start()) == null
                    || contractedPronoun(head) || QUANTIFIERS.contains(w))) {
                if (PERSON_PRONOUNS.contains(w)) {
                    return salient(head.start(), history);
                }
                if (w.equals("it")) {
                    return lastThingSpeaking(head.start(), history);
                }
                if (RELATIVE.contains(w)) {
                    Name before = nameBefore(head.start(), t.get(text.firstToken(head.sentence())).start());
                    return before == null ? null : fullName(before);
                }
                return null;
            }
            int s = t.get(f.srcStart).start();
            int e = t.get(f.srcEnd - 1).wordEnd();
            Name atHead = null;
            int cueAt = f.cue >= 0 ? t.get(f.cue).start() : -1;
            for (Name n : names) {
                // (a name running over the cue, "Roe Says Harbor" in a title-case headline, is the recognizer's slip)
                if (n.start < e && s < n.end && n.end >= head.start() && !(n.start <= cueAt && cueAt < n.end)) {
                    atHead = n;
                }
            }
            if (atHead != null && !atHead.type().equals("person")) {
                // "Jan Roe of the Ostland Herald", "Jan Roe from Easton": the person the phrase describes
                for (Name n : names) {
                    int after = text.tokenAtOrAfter(n.end);
                    if (n.start >= s && n.end <= atHead.start && n.type().equals("person") && after < f.srcEnd
                            && (t.get(after).text().equals("of") || t.get(after).text().equals("from"))) {
                        return fullName(n);
                    }
                }
            }
            String written = body.substring(s, e);
            String together = coordinatedNames(f.srcStart, f.srcEnd);
            if (together != null) {
                return together; // "Jan Vell and Ada Roe said": both speak, not the last named
            }
            int phraseHead = atHead != null && atHead.role() == null ? phraseHead(f.srcStart, atHead) : -1;
            if (phraseHead >= 0) {
                // "Supporters of Jan Vell said", "the Senator from Easton": the head of the phrase speaks, as written
                // unless it is a name ("the Brennan Institute for Law said"); a role names its holder with the rest
                // of the phrase ("the president of the Ostland Guild")
                Name named = coveringName(t.get(phraseHead).start());
                String n = t.get(phraseHead).text().toLowerCase(Locale.ROOT);
                if (named != null && !(named.role() != null
                        && named.text().toLowerCase(Locale.ROOT).endsWith(named.role().toLowerCase(Locale.ROOT)))) {
                    return fullName(named);
                }
                boolean work = DOCUMENTS.contains(n) || Cues.RECORDS.contains(n) || WORKS.contains(n);
                if (!work && !(atHead.type().equals("place") && GOVERNED.contains(n))) {
                    return written;
                }
            }
            if (atHead != null) {
                return fullName(atHead);
            }
            if (f.srcEnd - f.srcStart == 1 && written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
                // "ROE:" labelling a transcript's turn: the person of that surname named in the article
                for (Name n : names) {
                    if (n.type.equals("person") && n.text.toUpperCase(Locale.ROOT).endsWith(" " + written)) {
                        return fullName(n);
                    }
                }
            }
            return written;
        }

        /**
         * The names a source coordinates, in full ("Jan Vell and Ada Roe", "the U.S., Ostland and Varna" gives "U.S.,
         * Ostland and Varna"), when nothing but a determiner, commas and one "and" or "or" stands around them; else null.
         */
        private String coordinatedNames(int srcStart, int srcEnd) {
            List<Name> named = new ArrayList<>();
            String conjunction = null;
            for (int k = srcStart; k < srcEnd; k++) {
                Token tok = t.get(k);
                Name n = coveringName(tok.start());
                if (n != null && tok.possessive()) {
                    named.remove(n); // ("MSNBC's Jan Vell": the outlet is Vell's, no speaker)
                } else if (n != null) {
                    if (named.isEmpty() || named.get(named.size() - 1) != n) {
                        named.add(n);
                    }
                } else if (tok.is("CCONJ") && (tok.text().equals("and") || tok.text().equals("or")) && conjunction == null) {
                    conjunction = tok.text();
                } else if (!(tok.text().equals(",") || k == srcStart && tok.is("DET"))) {
                    return null;
                }
            }
            if (named.size() < 2 || conjunction == null) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < named.size(); i++) {
                b.append(i == 0 ? "" : i == named.size() - 1 ? " " + conjunction + " " : ", ").append(fullName(named.get(i)));
            }
            return b.toString();
        }

        /**
         * The noun before the first preposition of the source phrase that ends in {@code name}, when it heads that
         * phrase: "supporters of Jan Vell", "a group of parents with children in Easton", "a farmer from Easton";
         * else -1. What a name made speaks for it: "results compiled by the Ostland Institute", "a letter from Vell".
         * The caller keeps the name for its works and for places' governments: "an article in the Ostland Herald",
         * "the city of Easton".
         */
        private int phraseHead(int srcStart, Name name) {
            for (int k = srcStart + 1; k < t.size() && t.get(k).start() < name.start; k++) {
                String p = t.get(k).text().toLowerCase(Locale.ROOT);
                if (p.equals("by") || p.equals("from") && !name.type().equals("place")) {
                    return -1;
                }
                if (t.get(k).is("ADP")) {
                    Token noun = t.get(k - 1);
                    return noun.is("NOUN") || noun.is("PROPN") ? k - 1 : -1;
                }
            }
            return -1;
        }

        private String speakerOf(Found carried, List<Resolved> history) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).found == carried) {
                    return history.get(i).speaker;
                }
            }
            return null;
        }

        /** The most recent person who spoke or opened a sentence, within three sentences before {@code at}. */
        private String salient(int at, List<Resolved> history) {
            int sentence = t.get(text.tokenAtOrAfter(at)).sentence();
            int best = -1;
            String who = null;
            for (Resolved r : history) {
                if (r.person && r.found.srcStart >= 0 && r.found.carried == null) {
                    Token src = t.get(r.found.srcStart);
                    if (src.start() < at && sentence - src.sentence() <= 3 && src.start() > best) {
                        best = src.start();
                        who = r.speaker;
                    }
                }
            }
            for (Name n : names) {
                if (n.start >= at) {
                    break;
                }
                if (!n.type.equals("person") || n.start <= best) {
                    continue;
                }
                int k = text.tokenAtOrAfter(n.start);
                Token tok = t.get(k);
                if (sentence - tok.sentence() <= 3 && isSubject(k)) {
                    best = n.start;
                    who = fullName(n);
                }
            }
            return who;
        }

        /**
         * "“...,” the Times wrote. “...,” it further wrote.": "it" is the newspaper, agency or group that spoke
         * last, named (no pronoun) within the two sentences before {@code at}; none when a person spoke since.
         */
        private String lastThingSpeaking(int at, List<Resolved> history) {
            int sentence = t.get(text.tokenAtOrAfter(at)).sentence();
            Resolved last = null;
            for (Resolved r : history) {
                if (r.found.srcStart >= 0 && r.found.carried == null && r.speaker != null
                        && t.get(r.found.srcStart).start() < at && sentence - t.get(r.found.srcStart).sentence() <= 2) {
                    last = r;
                }
            }
            return last == null || last.person || t.get(last.found.srcEnd - 1).is("PRON") ? null : last.speaker;
        }

        /** A source that can be a "he" or "she" later: a person's name, a role, or an unknown proper name. */
        private boolean personLike(Found f) {
            if (f.srcStart < 0 || f.carried != null) {
                return false;
            }
            Token head = t.get(f.srcEnd - 1);
            if (head.is("PRON") && coveringName(head.start()) == null) {
                return PERSON_PRONOUNS.contains(head.text().toLowerCase());
            }
            int[] src = {f.srcStart, f.srcEnd};
            return names(src, "person") || head.is("PROPN") && !names(src, "organization") && !names(src, "place");
        }

        /** True when a recognized name of {@code type} overlaps tokens [src[0], src[1]). */
        private boolean names(int[] src, String type) {
            int s = t.get(src[0]).start();
            int e = t.get(src[1] - 1).end();
            for (Name n : names) {
                if (n.start < e && s < n.end && n.type.equals(type)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A verb of talking whose object is no clause reports no words: "spoke five minutes", "wrote his book",
         * "declared bankruptcy", "said it over and over" (what was talked about, or how long, is not what was said).
         */
        private void dropTopicsOfTalk() {
            found.removeIf(f -> {
                if (f.belief || f.cue < 0 || f.carried != null || f.kind != null) {
                    return false;
                }
                Cues.Cue cue = cues.of(t.get(f.cue).text().toLowerCase());
                int from = text.tokenAtOrAfter(f.contentStart);
                int to = text.tokenAtOrAfter(f.contentEnd);
                return cue != null && TALK.contains(cue.lemma()) && !hasVerb(from, to) && !quoted(from, to);
            });
        }

        /** Whether a quotation mark lies among tokens [from, to). */
        private boolean quoted(int from, int to) {
            for (int j = from; j < to; j++) {
                if (isQuoteMark(t.get(j).text())) {
                    return true;
                }
            }
            return false;
        }

        /** A belief reported inside reported speech ("she said she believes ...") is part of that speech. */
        private void dropNestedBeliefs() {
            Map<Found, Found> speechOf = new IdentityHashMap<>();
            for (Found b : found) {
                if (b.belief && b.cue >= 0) {
                    int at = t.get(b.cue).start();
                    found.stream().filter(a -> !a.belief && a != b && a.contentStart <= at && at < a.contentEnd
                            && !reporterAdds(a, b)).findFirst().ifPresent(a -> speechOf.put(b, a));
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
            int cut = a.srcStart == b.srcStart && a.srcEnd == b.srcEnd ? coordinatedCut(a, b.cue) : -1;
            Cues.Cue cue = cueAt(b.cue);
            String w = t.get(b.cue).text();
            if (cut < 0 || cue == null || w.endsWith("ing") && !commaBefore(cut) && !dash(cut - 1)
                    || !t.get(cut).is("AUX") && w.equalsIgnoreCase(cue.lemma())) {
                return false;
            }
            int first = cut;
            for (; first > 0 && t.get(first - 1).start() >= a.contentStart; first--) {
                if ((t.get(first - 1).is("VERB") || t.get(first - 1).is("AUX")) && !nonFinite(first - 1)) {
                    return false;
                }
            }
            return !contracted(first, cut); // ("says he’s proud of it and expects to win": a clause too)
        }

        /** Drops each key of {@code outerOf}; a quotation carried over from one continues the report that holds it. */
        private void mergeInto(Map<Found, Found> outerOf) {
            if (outerOf.isEmpty()) {
                return;
            }
            found.removeIf(outerOf::containsKey);
            found.replaceAll(f -> {
                Found a = f.carried == null ? null : outerOf.get(f.carried);
                return a == null ? f : new Found(f.contentStart, f.contentEnd, a.srcStart, a.srcEnd, -1, f.kind, f.belief, a,
                        f.anchor);
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
         * that opens a speech report's content ({@link #opensContent}) and a stance describing a quotation's speaker
         * ({@link #describedSpeaker}).
         */
        private void foldNestedReports(boolean inFindings) {
            Map<Found, Found> outerOf = new IdentityHashMap<>();
            for (Found b : found) {
                if (b.cue >= 0 && b.carried == null) {
                    // ("have/VERB embraced": the tagger's main verb for an auxiliary)
                    boolean nonFinite = nonFinite(b.cue) || b.belief && b.cue > 0 && t.get(b.cue).is("VERB")
                            && AUXILIARY_VERBS.contains(t.get(b.cue - 1).text().toLowerCase());
                    int at = t.get(b.cue).start();
                    found.stream().filter(a -> a != b && a.contentStart <= at && at < a.contentEnd
                            && (a.cue < 0 || t.get(a.cue).start() < b.contentStart || t.get(a.cue).start() >= b.contentEnd)
                            && (nonFinite || inFindings && (finding(a) || headlineLabel(a) || opensContent(a, b))
                            || words(new int[] {b.contentStart, b.contentEnd}) <= 2))
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
         * "“...,” said Ada Roe, a farmer from Easton, who supports Vell": a stance in a relative clause on the
         * named speaker of a report describes who is speaking, not a view the article reports (PolNeAR train: 6 of
         * 22 such beliefs matched; the speech cues there, "who added that ...", are reports and stay). Returns the
         * report whose source (after its cue, then appositives set off by commas) the relative pronoun follows, or
         * null.
         */
        private Found describedSpeaker(Found b) {
            int r = b.srcStart;
            if (!b.belief || b.cue < 0 || r < 1 || b.srcEnd != r + 1 || !t.get(r - 1).text().equals(",")
                    || !Set.of("who", "which").contains(t.get(r).text().toLowerCase())) {
                return null;
            }
            for (Found a : found) {
                if (a != b && !a.belief && a.cue >= 0 && a.srcStart > a.cue && a.srcEnd < r
                        && t.get(a.cue).sentence() == t.get(r).sentence() && appositivesOnly(a.srcEnd, r - 1)) {
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
         * told the board X": folding it costs the speaker floors), and so do reports after an adjunct or a subject of
         * their own ("said that in May Roe told ...").
         */
        private boolean opensContent(Found a, Found b) {
            int k = b.srcStart;
            if (k < 0 || a.cue < 0 || a.cue >= k || !t.get(a.cue).is("VERB")
                    || t.get(a.cue).sentence() != t.get(k).sentence()) {
                return false;
            }
            String before = t.get(k - 1).text().toLowerCase();
            boolean opener = t.get(k - 1).start() == a.contentStart;
            if (opener && (before.equals("if") || before.equals("whether"))) {
                return true;
            }
            return (!a.belief || b.belief) && a.srcStart >= 0
                    && (t.get(k).start() == a.contentStart || opener && before.equals("that"));
        }

        /**
         * "Roe: Vell says tolls will fall": a headline giving its words to a named speaker before a colon (not a
         * label as "The Latest: ...", which names no one).
         */
        private boolean headlineLabel(Found a) {
            if (a.cue < 0 || a.srcStart < 0 || !t.get(a.cue).text().equals(":")) {
                return false;
            }
            int[] src = {a.srcStart, a.srcEnd};
            return names(src, "person") || names(src, "organization");
        }

        /**
         * "according to X", "in a new poll", "a poll found", "an audit showed": a finding of a poll, a record or a
         * third party.
         */
        private boolean finding(Found a) {
            if (a.cue < 0 || a.srcStart < 0) {
                return false;
            }
            String cue = t.get(a.cue).text().toLowerCase();
            // ("an audit found that Roe said X", "the records show Roe wrote X", "the Herald reported that Roe said
            // X": what a finding shows or an outlet reports)
            Cues.Cue verb = cues.of(cue);
            boolean finds = verb != null && (verb.lemma().equals("find") || verb.lemma().equals("show") || verb.lemma().equals("report"));
            Token head = t.get(a.srcEnd - 1);
            Name named = coveringName(head.start());
            // (not a body named like one: "the Caldera Geological Survey said")
            return cue.equals("according") || cue.equals("in") || finds || Cues.RECORDS.contains(head.text().toLowerCase())
                    && (named == null || !named.type().equals("organization"));
        }

        /** A verb after "to" or a modal, or an "-ing" verb: it states no act or view of its own. */
        private boolean nonFinite(int cue) {
            Token tok = t.get(cue);
            String before = cue > 0 ? t.get(cue - 1).text().toLowerCase() : "";
            return before.equals("to") || MODALS.contains(before) || tok.is("VERB") && tok.text().endsWith("ing");
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
        private void endBeforeNextReport() {
            int[] cues = found.stream().filter(f -> f.cue >= 0 && f.contentStart > t.get(f.cue).start())
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
                found.replaceAll(f -> f.carried == null || !cut.containsKey(f.carried) ? f
                        : new Found(f.contentStart, f.contentEnd, f.srcStart, f.srcEnd, f.cue, f.kind, f.belief,
                                cut.get(f.carried), f.anchor));
            }
        }

        /** {@code a} ending before the first coordinated cue (of {@code cues}, sorted) inside its content, or {@code a}. */
        private Found beforeCoordinatedCue(Found a, int[] cues) {
            int i = Arrays.binarySearch(cues, a.cue + 1);
            for (int k = i >= 0 ? i : -i - 1; k < cues.length; k++) {
                int c = cues[k];
                if (t.get(c).start() >= a.contentEnd) {
                    break;
                }
                int cut = coordinatedCut(a, c);
                if (cut < 0) {
                    continue;
                }
                int end = trimEnd(a.contentStart, t.get(cut).start());
                return end > a.contentStart ? a.withEnd(end) : a;
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
                    && t.get(cut - 1).start() > a.contentStart) {
                cut--;
            }
            // (a participle after a dash too: "declined to claim victory - saying that ...")
            boolean participle = t.get(c).text().endsWith("ing") && cut > 0 && dash(cut - 1);
            boolean coordinated = commaBefore(cut) || participle || cut > 0 && t.get(cut - 1).is("CCONJ");
            // a reporting gerund after a subordinator is the reporter's next act too ("said X on Monday before
            // claiming Y", "praised the plan while warning that ..."); not a belief ("while seeking the presidency")
            String before = c > 0 ? t.get(c - 1).text().toLowerCase() : "";
            Cues.Cue cue = cueAt(c);
            if (!coordinated && t.get(c).text().endsWith("ing") && cue != null && !cue.belief()
                    && GERUND_ADJUNCTS.contains(before) && !before.equals("in") && !before.equals("when")
                    && t.get(c - 1).start() > a.contentStart) {
                cut = c - 1;
                coordinated = true;
            }
            return at <= a.contentStart || at >= a.contentEnd || !coordinated || insideQuote(at) ? -1 : cut;
        }

        /**
         * The noun phrase that a relative clause without its pronoun follows, when source {@code src} opens that clause:
         * "the offer the council rebuffed.", "a deal she once supported -" (a lowercase noun right before a subject
         * pronoun, a determiner or a name), or the whole it follows ("took back everything she said"); or null.
         */
        private int[] zeroRelativeHead(int[] src, int from) {
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
        private boolean objectRelative(int k) {
            String w = t.get(k).text().toLowerCase();
            Token before = t.get(k - 1);
            return OBJECT_RELATIVES.contains(w) && (before.text().equals(",") || dash(k - 1));
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
            int ce = trimEnd(cs, t.get(end - 1).end());
            return ce > cs ? make(cs, ce, -1, -1, c, null, true, null) : null;
        }

        /** Whether tokens {@code a} to {@code b} are only auxiliaries, adverbs and particles ("has sometimes"). */
        private boolean onlyAuxiliaries(int a, int b) {
            for (int k = a; k < b; k++) {
                if (!(t.get(k).is("AUX") || t.get(k).is("ADV") || t.get(k).is("PART"))) {
                    return false;
                }
            }
            return true;
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
         * Whether cue {@code c} after "as" has no object of its own and closes the sentence: only an addressee, a
         * stranded particle, adverbs, a time ("a few days later") or a prepositional phrase follow it, with no verb or
         * quotation ("..., as she called for calm" reports "calm"; "X, as Roe notes, is Y" goes on).
         */
        private boolean nothingAfterAs(int c, Cues.Cue cue, int to) {
            int k = Cues.OBJECT_FIRST.contains(cue.lemma()) ? pastAddressee(c + 1, to) : c + 1;
            if (k < to && particle(cue, t.get(k))) {
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
            k = pastTime(k, to);
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

        /** A name before any verb or preposition of its sentence is taken for its subject. */
        private boolean isSubject(int k) {
            int first = text.firstToken(t.get(k).sentence());
            for (int j = first; j < k; j++) {
                Token tok = t.get(j);
                if (tok.is("VERB") || tok.is("AUX") || tok.is("ADP") || tok.is("SCONJ")) {
                    return false;
                }
            }
            return true;
        }

        private Name coveringName(int c) {
            for (Name n : names) {
                if (n.start > c) {
                    break;
                }
                if (c < n.end) {
                    return n;
                }
            }
            return null;
        }

        private Name nameBefore(int at, int sentenceStart) {
            Name best = null;
            for (Name n : names) {
                if (n.end <= at && n.start >= sentenceStart) {
                    best = n;
                }
            }
            return best;
        }

        /** A person's fullest name in the article: "Roe" becomes "Jane Roe". */
        private String fullName(Name n) {
            if (!n.type.equals("person") || n.text.indexOf(' ') >= 0) {
                return n.text;
            }
            String best = n.text;
            for (Name m : names) {
                if (m.type.equals("person") && m.text.length() > best.length()
                        && (m.text.endsWith(" " + n.text) || m.text.startsWith(n.text + " "))) {
                    best = m.text;
                }
            }
            return best;
        }

        // ---- helpers

        /** A found attribution, anchored (for text order and salience) at its source, else its content. */
        private Found make(int cs, int ce, int ss, int se, int c, String kind, boolean belief, Found carried) {
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
            Cues.Cue cue = cueAt(c);
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

        private boolean particle(Cues.Cue cue, Token next) {
            String w = next.text().toLowerCase();
            Set<String> particles = Cues.PARTICLES.get(cue.lemma());
            // (a phrasal cue's lemma holds its particles: "lash out at")
            return particles != null && particles.contains(w) || Cues.CONTENT_PREPOSITIONS.contains(w)
                    || cue.lemma().indexOf(' ') > 0 && Arrays.asList(cue.lemma().split(" ")).contains(w);
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

        private Cues.Cue cueAt(int k) {
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
            // ("Yet another said/ADJ, “...”": "said" and "says" are never adjectives in news)
            boolean saidAdjective = tok.is("ADJ") && (tok.text().equals("said") || tok.text().equals("says"));
            if (tok.is("VERB") || unknownAfterAuxiliary || saidAdjective) {
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
                    boolean quoting = next == null || next.sentence() != tok.sentence() || next.text().equals(":")
                            || next.text().equals(",") || next.text().equals(".") || isQuoteMark(next.text()) || particle;
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
                    || inflected && Cues.PARTICLES.getOrDefault(cue.lemma(), Set.of()).contains(next); // "plan calls/NOUN for"
            boolean phrase = after.is("DET") || after.is("PROPN") || after.is("NUM")
                    || after.is("VERB") && next.endsWith("ing") || after.is("NOUN") || after.is("ADJ"); // "two-thirds support/NOUN cutting ..."
            return complement || phrase ? cue : null;
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
        private boolean baseCue(Token tok) {
            Cues.Cue cue = cues.of(tok.text().toLowerCase());
            return cue != null && cue.lemma().equals(tok.text().toLowerCase());
        }

        /** "..., Roe argues.", "..., the admiral/ADJ said/NOUN.": the name or role before {@code k} follows a comma. */
        private boolean afterCommaAndName(int k) {
            int j = k - 1;
            while (j > 0 && k - j <= 4 && capitalized(t.get(j).text()) && (t.get(j).is("PROPN") || t.get(j).is("ADJ"))) {
                j--;
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
         * "leads a program called Safe Harbor", "near a stream called Miracle Run": "called" after an object noun
         * phrase opened by "a" or "an" names the thing; nobody speaks.
         */
        private boolean namingParticiple(int k) {
            int sentenceStart = text.firstToken(t.get(k).sentence());
            int[] np = k > sentenceStart ? nounPhraseLeft(k - 1, sentenceStart) : null;
            if (np == null || np[1] != k || np[0] <= sentenceStart) {
                return false;
            }
            String first = t.get(np[0]).text().toLowerCase();
            Token before = t.get(np[0] - 1);
            return (first.equals("a") || first.equals("an")) && (before.is("VERB") || before.is("ADP"));
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

        /** The quotation whose opening mark is at char {@code c}, or null (binary search: quotes are in order). */
        private int[] quoteStartingAt(int c) {
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

        private boolean insideQuote(int c) {
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

        private boolean startsSentence(int c) {
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

        private Attribution toAttribution(Found f, String speaker) {
            int cs = f.contentStart;
            int ce = f.contentEnd;
            String kind = f.kind;
            if (kind == null) {
                kind = kindOf(f);
            }
            if (kind.equals("direct") && ce - cs >= 4 && body.startsWith("''", cs)) {
                cs += 2;
                if (body.startsWith("''", ce - 2)) {
                    ce -= 2;
                }
            } else if (kind.equals("direct") && ce - cs >= 2 && isQuoteMark(body.substring(cs, cs + 1))) {
                // (either shape at either end: pages turn marks the wrong way, "“Do you want it?“ he asked")
                cs++;
                if (isQuoteMark(body.substring(ce - 1, ce)) && body.charAt(ce - 1) != '\'') {
                    ce--;
                }
            }
            Span content = span(cs, ce);
            int[] src = f.srcStart >= 0 ? new int[] {f.srcStart, f.srcEnd} : asker(f);
            Span source = src == null ? null : span(t.get(src[0]).start(), t.get(src[1] - 1).wordEnd());
            Span cue = f.cue < 0 ? null : span(t.get(f.cue).start(), cueEnd(f.cue));
            String sourceText = src == null ? null : body.substring(t.get(src[0]).start(), t.get(src[1] - 1).wordEnd());
            String cueText = f.cue < 0 ? null : body.substring(t.get(f.cue).start(), cueEnd(f.cue));
            return new Attribution(content, source, cue, sourceText, speaker, cueText, kind, f.belief);
        }

        /**
         * Who asked the question a sourceless "asked by X whether ..." reports: X ("When asked by a reporter if ...").
         * Named only in the output: inside the sentence rules the asker is no speaker, so the pronouns of the answer
         * after it ("..., he said") still go to the one asked.
         */
        private int[] asker(Found f) {
            if (f.cue < 0 || f.cue + 2 >= t.size() || !t.get(f.cue).text().equalsIgnoreCase("asked")
                    || !t.get(f.cue + 1).text().equals("by")) {
                return null;
            }
            int k = f.cue + 2;
            while (k < t.size() && inNounPhrase(k) && t.get(k).sentence() == t.get(f.cue).sentence()) {
                k++;
            }
            return k > f.cue + 2 ? new int[] {f.cue + 2, k} : null;
        }

        /** "As reported by X, ...", "as noted by X": a passive aside that reports like "according to". */
        private boolean reportedBy(int c, int to) {
            if (!t.get(c).text().equalsIgnoreCase("as") || c + 3 >= to || !t.get(c + 2).text().equals("by")) {
                return false;
            }
            Cues.Cue cue = cueAt(c + 1);
            return cue != null && !cue.belief() && t.get(c + 1).text().endsWith("ed");
        }

        /**
         * End (char) of the cue at token {@code c}: "according to", "as reported by" and a phrasal cue's particles
         * included.
         */
        private int cueEnd(int c) {
            if (t.get(c).text().equalsIgnoreCase("according") && c + 1 < t.size()) {
                return t.get(c + 1).end();
            }
            if (reportedBy(c, t.size())) {
                return t.get(c + 2).end();
            }
            Cues.Cue cue = cueAt(c);
            int words = cue == null ? 0 : cue.lemma().split(" ").length - 1;
            return t.get(Math.min(t.size() - 1, c + words)).end();
        }

        private String kindOf(Found f) {
            boolean hasQuote = false;
            for (int[] q : quotes) {
                if (q[0] >= f.contentStart && q[1] <= f.contentEnd + 1) {
                    if (q[0] == f.contentStart && q[1] >= f.contentEnd) {
                        return "direct";
                    }
                    hasQuote = true;
                }
            }
            if (hasQuote) {
                return "partial";
            }
            boolean before = f.srcStart >= 0 && f.contentEnd <= t.get(f.srcStart).start();
            if (before && !f.belief) {
                int k = text.tokenAtOrAfter(f.contentStart);
                for (int j = k; j < t.size() && t.get(j).start() < f.contentEnd; j++) {
                    if (FIRST_PERSON.contains(t.get(j).text())) {
                        return "unmarked";
                    }
                }
            }
            return "indirect";
        }

        private Span span(int charStart, int charEnd) {
            return plain ? new Span(charStart, charEnd) : Span.ofChars(body, charStart, charEnd);
        }
    }

    /** "he’s" -> "he": the tokenizer keeps some contracted verbs on their pronoun. */
    private static String withoutContraction(String w) {
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** "Roe", "Smith-Jones": a capital first letter, a lowercase last one. */
    private static boolean capitalized(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    private static boolean isUpperWord(String w) {
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

    /** Verbs of talking whose object, when it is no clause, is a topic, an amount or a work, not what was said. */
    private static final Set<String> TALK = Set.of("speak", "talk", "write", "respond", "answer", "declare", "tell");
    /** Cues of an activity rather than a report, which "as" makes a time: "..., as Roe campaigns in Easton". */
    private static final Set<String> ACTIVITIES = Set.of("campaign", "vote", "lobby");

    /**
     * Labels a paper opens its own notes, links and headlines with ("CORRECTION: ...", "EDITOR'S NOTE: ...",
     * "Breaking: ...", "Revealed: ...").
     */
    private static final Set<String> EDITORIAL_LABELS = Set.of("correction", "corrections", "clarification", "update",
            "updated", "note", "disclosure", "disclaimer", "related", "watch", "listen", "video", "photos",
            "advertisement", "breaking", "revealed", "exclusive", "look", "boom", "wow", "developing");

    /** Labels of a paper's notes on its own article, unlike "Update:", which goes on reporting. */
    private static final Set<String> PAPERS_NOTES = Set.of("note", "correction", "corrections", "clarification");

    /** What follows a cue: its content clause, only adjuncts, or neither. */
    private enum After { CLAUSE, TAIL, OTHER }

    /** Punctuation by its tag, unless a word: the tagger makes some hyphenated words punctuation ("anti-toll/PUNCT"). */
    private static boolean isPunct(Token tok) {
        return (tok.is("PUNCT") || tok.is("SYM")) && !(tok.text().length() > 2 && tok.text().indexOf('-') > 0
                && Character.isLetter(tok.text().charAt(0)));
    }

    /** "?”": the tokenizer keeps some closing marks on the stop before them ("“Will you raise it?” asked Roe"). */
    private static boolean stopAndMark(String w) {
        return w.length() == 2 && PAUSES.contains(w.substring(0, 1)) && isQuoteMark(w.substring(1));
    }

    /** A quotation mark token; a lone apostrophe too: the tokenizer splits the typewriter mark '' in two. */
    private static boolean isQuoteMark(String w) {
        return QuoteMarks.isMark(w) || w.equals("'");
    }

    /** A recognized name in char offsets. */
    private record Name(int start, int end, String text, String type, String role) {}

    /**
     * An attribution before speaker resolution: content in chars, source and cue as token indexes (-1: none).
     * {@code carried} is the attribution whose speaker a cue-less quotation inherits.
     */
    private record Found(int contentStart, int contentEnd, int srcStart, int srcEnd, int cue, String kind,
            boolean belief, Found carried, int anchor) {
        Found withEnd(int end) {
            return new Found(contentStart, end, srcStart, srcEnd, cue, kind, belief, carried, anchor);
        }
    }

    /** A found attribution with its resolved speaker. */
    private record Resolved(Found found, String speaker, boolean person) {}

    private static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word) || CalendarWords.isWeekday(word);
    }
}
