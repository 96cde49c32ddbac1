package org.corroborate.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The attribution verbs of cues.txt with their inflected forms, so cues are found without running a
 * lemmatizer: regular English inflection plus the irregular forms of the listed verbs; and the nouns ("the claim
 * that") and adjectives ("confident that") that report a stance when a complement follows them.
 */
final class Cues {
    /** An inflected cue form: its lemma and whether it reports a belief rather than speech. */
    record Cue(String lemma, boolean belief) {}

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[] {"says", "said", "saying"}),
            Map.entry("tell", new String[] {"tells", "told", "telling"}),
            Map.entry("write", new String[] {"writes", "wrote", "written", "writing"}),
            Map.entry("think", new String[] {"thinks", "thought", "thinking"}),
            Map.entry("feel", new String[] {"feels", "felt", "feeling"}),
            Map.entry("know", new String[] {"knows", "knew", "known", "knowing"}),
            Map.entry("speak", new String[] {"speaks", "spoke", "spoken", "speaking"}),
            Map.entry("admit", new String[] {"admits", "admitted", "admitting"}),
            Map.entry("quip", new String[] {"quips", "quipped", "quipping"}),
            Map.entry("brag", new String[] {"brags", "bragged", "bragging"}),
            Map.entry("retort", new String[] {"retorts", "retorted", "retorting"}),
            Map.entry("yell", new String[] {"yells", "yelled", "yelling"}),
            Map.entry("stress", new String[] {"stresses", "stressed", "stressing"}),
            Map.entry("seek", new String[] {"seeks", "sought", "seeking"}),
            Map.entry("find", new String[] {"finds", "found", "finding"}),
            Map.entry("see", new String[] {"sees", "saw", "seen", "seeing"}),
            Map.entry("show", new String[] {"shows", "showed", "shown", "showing"}),
            Map.entry("hear", new String[] {"hears", "heard", "hearing"}),
            Map.entry("understand", new String[] {"understands", "understood", "understanding"}),
            Map.entry("foresee", new String[] {"foresees", "foresaw", "foreseen", "foreseeing"}),
            Map.entry("cast", new String[] {"casts", "cast", "casting"}),
            Map.entry("bet", new String[] {"bets", "bet", "betting"}),
            Map.entry("swear", new String[] {"swears", "swore", "sworn", "swearing"}),
            Map.entry("forecast", new String[] {"forecasts", "forecast", "forecasted", "forecasting"}),
            // "states" and "state" are nouns far more often than verbs of saying; "stated" and "stating" are not
            Map.entry("state", new String[] {"stated", "stating"}),
            // verbs of the phrasal cues below
            Map.entry("go", new String[] {"goes", "went", "gone", "going"}),
            Map.entry("take", new String[] {"takes", "took", "taken", "taking"}),
            Map.entry("hit", new String[] {"hits", "hitting"}),
            Map.entry("come", new String[] {"comes", "came", "coming"}),
            Map.entry("lay", new String[] {"lays", "laid", "laying"}),
            Map.entry("put", new String[] {"puts", "putting"}));
    /**
     * Lemmas whose bare form is no cue: "state", "object", "email", "text" and "pen" are nouns far more often; "to
     * raise money", "to find a way" are acts, not stances (measured on PolNeAR train: a quarter or less of them were
     * attributions).
     */
    private static final Set<String> BARE_FORM_NO_CUE = Set.of("state", "raise", "find", "object", "email", "text",
            "pen");
    /** Verbs whose first object is the addressee, not the content: "told reporters that ...". */
    static final Set<String> OBJECT_FIRST = Set.of("tell", "ask", "warn", "urge", "remind", "assure", "inform",
            "promise", "notify", "apprise", "instruct", "exhort", "admonish");

    /**
     * Speech verbs whose content is a clause or a quotation, never a noun phrase object: with one they mean an act
     * ("could add fuel", "maintained control", "concluded the talks").
     */
    static final Set<String> CLAUSE_ONLY = Set.of("add", "maintain", "conclude", "insist", "reply", "respond",
            "counter", "contend", "joke", "quip", "retort");

    /** Verbs whose content follows a particle: "called for X", "referred to X", "warned of X". */
    static final Map<String, Set<String>> PARTICLES = Map.ofEntries(
            Map.entry("call", Set.of("for", "on")),
            Map.entry("refer", Set.of("to")),
            Map.entry("point", Set.of("to", "out")),
            Map.entry("talk", Set.of("about", "of", "up")),
            Map.entry("speak", Set.of("about", "of", "out", "up")),
            Map.entry("warn", Set.of("of", "about", "against")),
            Map.entry("complain", Set.of("about", "of")),
            Map.entry("boast", Set.of("about", "of")),
            Map.entry("push", Set.of("for")),
            Map.entry("ask", Set.of("for", "about")),
            Map.entry("agree", Set.of("with", "on")),
            Map.entry("disagree", Set.of("with")),
            Map.entry("focus", Set.of("on")),
            Map.entry("comment", Set.of("on")),
            Map.entry("side", Set.of("with")),
            Map.entry("respond", Set.of("to")),
            Map.entry("object", Set.of("to")),
            Map.entry("testify", Set.of("about", "on")),
            Map.entry("hint", Set.of("at")),
            Map.entry("rail", Set.of("against", "at")),
            Map.entry("believe", Set.of("in")));

    /** Heads of noun phrases that report like a source after "in": "in the latest poll, Roe leads". */
    static final Set<String> SURVEYS = Set.of("poll", "polls", "survey", "surveys", "study", "studies", "analysis");

    /** Heads of noun phrases that are records, whose belief cues report like speech: "..., court records show." */
    static final Set<String> RECORDS = Set.of("poll", "polls", "survey", "surveys", "records", "data", "documents",
            "filings", "reports", "figures", "numbers", "results", "study", "studies", "analysis", "estimates",
            "statistics", "tallies", "returns");

    /** Speech cues only when a quotation or a colon goes with them ("she continued: ..."), not before a verb. */
    static final Set<String> QUOTE_ONLY = Set.of("continue", "read", "scream", "whisper", "mutter", "roar", "boom",
            "beam", "gush", "snap", "bellow", "sigh", "laugh", "marvel", "chuckle", "cry");
    /** Cues whose content may be a question opened by "when", "while", "after" ("asked when the vote is"). */
    static final Set<String> WH_COMPLEMENT = Set.of("ask", "explain", "know", "wonder", "question", "reveal",
            "disclose", "specify", "detail", "predict", "decide", "remember", "forget", "understand", "learn",
            "discover", "determine", "clarify");

    /** Prepositions that introduce the content after any cue: "joked about X", "critical of X", "voted against X". */
    static final Set<String> CONTENT_PREPOSITIONS = Set.of("about", "of", "for", "against");

    private final Map<String, Cue> forms = new HashMap<>();
    /** Each form of a phrasal cue's verb, to the phrasal cues it opens (cues.txt "phrasal-" lines). */
    private final Map<String, List<Phrasal>> phrasal = new HashMap<>();

    /** A verb that reports only with the particles after it: "lash out at", "put it". */
    private record Phrasal(String verb, String[] particles, boolean belief) {}
    private final Set<String> nouns = new HashSet<>();
    private final Set<String> phraseNouns = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();

    Cues() {
        try (InputStream in = Cues.class.getResourceAsStream("/org/corroborate/extract/quote/cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("cue list /org/corroborate/extract/quote/cues.txt is not on the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(this::addLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cues.txt", e);
        }
    }

    private void addLine(String line) {
        String[] parts = line.split("\\|");
        String kind = parts[0].strip();
        if (kind.startsWith("phrasal-")) {
            for (int i = 1; i < parts.length; i++) {
                String[] words = parts[i].strip().split(" ");
                Phrasal p = new Phrasal(words[0], Arrays.copyOfRange(words, 1, words.length),
                        kind.equals("phrasal-belief"));
                String[] irregular = IRREGULAR.get(p.verb());
                phrasal.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
                for (String f : irregular != null ? irregular : regular(p.verb())) {
                    phrasal.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                }
            }
            return;
        }
        boolean belief = kind.equals("belief");
        for (int i = 1; i < parts.length; i++) {
            String lemma = parts[i].strip();
            if (kind.equals("noun") || kind.equals("phrase-noun")) {
                Set<String> into = kind.equals("noun") ? nouns : phraseNouns;
                into.add(lemma);
                into.add(lemma.endsWith("s") ? lemma + "es" : lemma + "s");
                continue;
            }
            if (kind.equals("adjective")) {
                adjectives.add(lemma);
                continue;
            }
            Cue cue = new Cue(lemma, belief);
            if (!BARE_FORM_NO_CUE.contains(lemma)) {
                forms.putIfAbsent(lemma, cue);
            }
            String[] irregular = IRREGULAR.get(lemma);
            for (String f : irregular != null ? irregular : regular(lemma)) {
                forms.putIfAbsent(f, cue);
            }
        }
    }

    /**
     * Third person, past and -ing forms. A lemma ending consonant-vowel-consonant gets both the plain and the
     * doubled past and -ing ("planned", "referring"; "visited"): which one English uses depends on stress, which a
     * list cannot see, and the wrong form never occurs in text.
     */
    private static String[] regular(String v) {
        char last = v.charAt(v.length() - 1);
        int n = v.length();
        boolean cvc = n >= 3 && "aeiouwxy".indexOf(last) < 0 && "aeiou".indexOf(v.charAt(n - 2)) >= 0
                && "aeiou".indexOf(v.charAt(n - 3)) < 0;
        boolean consonantY = last == 'y' && v.length() > 1 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
        String third = consonantY ? v.substring(0, v.length() - 1) + "ies"
                : v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o") ? v + "es"
                : v + "s";
        String past = consonantY ? v.substring(0, v.length() - 1) + "ied" : last == 'e' ? v + "d" : v + "ed";
        String ing = last == 'e' && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
        return cvc ? new String[] {third, past, ing, v + last + "ed", v + last + "ing"} : new String[] {third, past, ing};
    }

    /** True when a lowercase word is a noun that reports a stance ("claim", "criticism"), singular or plural. */
    boolean isNoun(String lowerWord) {
        return nouns.contains(lowerWord);
    }

    /** True when a lowercase word is a noun that reports a stance with a prepositional or infinitive complement ("call for"). */
    boolean isPhraseNoun(String lowerWord) {
        return phraseNouns.contains(lowerWord);
    }

    /** True when a lowercase word is an adjective that reports a stance ("confident", "critical"). */
    boolean isAdjective(String lowerWord) {
        return adjectives.contains(lowerWord);
    }

    /**
     * The phrasal cue that verb form {@code lowerWord} opens with the words after it ({@code next} gives the
     * lowercase word {@code i} places on, or null past the sentence), or null. Its lemma is the whole phrase.
     */
    Cue phrasal(String lowerWord, IntFunction<String> next) {
        for (Phrasal p : phrasal.getOrDefault(lowerWord, List.of())) {
            boolean all = true;
            for (int i = 0; i < p.particles().length && all; i++) {
                all = p.particles()[i].equals(next.apply(i + 1));
            }
            if (all) {
                return new Cue(p.verb() + " " + String.join(" ", p.particles()), p.belief());
            }
        }
        return null;
    }

    /** The cue a lowercase word form is, or null. */
    Cue of(String lowerWord) {
        return forms.get(lowerWord);
    }
}
