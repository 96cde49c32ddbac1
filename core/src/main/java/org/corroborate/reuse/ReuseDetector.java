package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.corroborate.fingerprint.FingerprintScheme;
import org.corroborate.fingerprint.LshIndex;
import org.corroborate.model.Article;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Story;
import org.corroborate.reuse.DirectionEvidence.Decision;
import org.corroborate.reuse.PreparedArticle.Sentence;
import org.corroborate.reuse.SentenceAligner.Alignment;
import org.corroborate.util.Validate;

/**
 * Finds which articles copy which, sentence by sentence, and the reporting chains they form.
 *
 * <p>Implementation notes. (1) Candidates: MinHash LSH over each article's narrative words (text outside
 * quotation marks; {@link FingerprintScheme} v1) finds near-duplicates among any number of articles; an index
 * of sentence hashes (the whole narrative word sequence of a sentence, and winnowed word 6-shingles
 * within it) adds pairs that share one sentence, or ten consecutive narrative words of one, which whole-text
 * similarity misses for partial reuse. Keys shared by more than {@code maxPosting}
 * articles are boilerplate and skipped. (2) Each candidate pair is aligned sentence by sentence
 * ({@link SentenceAligner}); it is a reuse relation only when it shares narrative prose: at least
 * {@code minEvidenceSentences} aligned sentences each with {@code minSentenceEvidence} narrative words in
 * common runs, or one passage of {@code minPassage} consecutive narrative words, or (a copy of a text that is all
 * quotation) aligned sentences holding most words of both texts. Pairs that share only quotes or loose
 * wording are independent and are not emitted (the story stage treats every pair without a relation as
 * independent), so {@code kind} is republication or partial. (3) Direction from {@link DirectionEvidence};
 * then a containment rule: an article sharing disjoint sentences with two articles that share nothing with
 * each other is a merge of both, so it is the copy in both relations. Otherwise {@code unknown}, and the pair
 * is listed with the smaller id as {@code copy}. (4) Paraphrases: in a pair that is a relation by (2), the
 * sentences word matching left unaligned are aligned by meaning ({@link ParaphraseAligner}, sentence embeddings);
 * they add to coverage and {@code shared[]} (match {@code paraphrase}) but never decide whether a pair is a
 * relation, and the containment rule sees word-matched sentences only. Without an encoder (the model failed to
 * load) this step is skipped. (5) Changes from {@link ChangeFinder}, in the listed orientation. Output is sorted
 * by copy then source id, the same for any thread count.
 */
public final class ReuseDetector {
    static final int SENTENCE_KEY_WORDS = 6;
    static final int WINNOW_WINDOW = 5;
    static final int NEAR_DUPLICATE_SENTENCES = 3;
    /**
     * Embedding cosine from which two unaligned narrative sentences of a copy pair are paraphrases (chosen on the
     * ECB+ reuse set, docs/benchmarks/reuse.md).
     */
    public static final double DEFAULT_MIN_PARAPHRASE_COSINE = 0.85;
    private static final ThreadLocal<FingerprintScheme> SCHEME = ThreadLocal.withInitial(FingerprintScheme::new);
    private final Settings settings;
    private final SentenceAligner aligner;
    /** The sentence encoder, asked for only when a relation needs it (loading the model takes a second). */
    private final java.util.function.Supplier<java.util.Optional<SentenceEncoder>> encoder;
    private final double minParaphraseCosine;

    /**
     * Thresholds of reuse detection.
     *
     * @param minDice Dice score of normalized words at which two sentences align
     * @param minSentenceEvidence narrative words in common runs for a sentence pair to count as shared prose
     * @param minEvidenceSentences how many such sentence pairs make a relation
     * @param minPassage consecutive narrative words shared in one sentence that make a relation on their own
     * @param republicationCoverage coverage of the copy by the source from which a relation is a republication
     * @param republicationSourceCoverage coverage of the source a republication keeps at least (trims allowed)
     * @param maxPosting a sentence key shared by more articles than this is boilerplate and not a candidate
     */
    public record Settings(double minDice, int minSentenceEvidence, int minEvidenceSentences,
            int minPassage, double republicationCoverage, double republicationSourceCoverage,
            int maxPosting) {
        public static final Settings DEFAULT = new Settings(0.6, 8, 2, 15, 0.8, 0.5, 200);

        public Settings {
            Validate.inRange(minDice, 0.1, 1, "minDice");
            Validate.positive(minSentenceEvidence, "minSentenceEvidence");
            Validate.positive(minEvidenceSentences, "minEvidenceSentences");
            Validate.positive(minPassage, "minPassage");
            Validate.inRange(republicationCoverage, 0, 1, "republicationCoverage");
            Validate.inRange(republicationSourceCoverage, 0, 1, "republicationSourceCoverage");
            Validate.positive(maxPosting, "maxPosting");
        }
    }

    public ReuseDetector() {
        this(Settings.DEFAULT);
    }

    /** Paraphrase alignment with the JVM's shared MiniLM encoder ({@link MiniLmEncoder#shared()}), if it loads. */
    public ReuseDetector(Settings settings) {
        this(settings, MiniLmEncoder::shared, DEFAULT_MIN_PARAPHRASE_COSINE);
    }

    /**
     * @param encoder the sentence encoder of paraphrase alignment; null for none (verbatim and near-verbatim only)
     * @param minParaphraseCosine embedding cosine from which two unaligned narrative sentences are paraphrases
     */
    public ReuseDetector(Settings settings, SentenceEncoder encoder, double minParaphraseCosine) {
        this(settings, () -> java.util.Optional.ofNullable(encoder), minParaphraseCosine);
    }

    private ReuseDetector(Settings settings, java.util.function.Supplier<java.util.Optional<SentenceEncoder>> encoder,
            double minParaphraseCosine) {
        this.settings = Validate.notNull(settings, "settings");
        this.aligner = new SentenceAligner(settings.minDice());
        this.encoder = encoder;
        this.minParaphraseCosine = Validate.inRange(minParaphraseCosine, 0, 1, "minParaphraseCosine");
    }

    /** Relations between every pair of articles that share narrative text. */
    public List<Reuse> detect(List<Article> articles) {
        Validate.notNull(articles, "articles");
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            Validate.isTrue(ids.add(a.id()), "reuse: article id " + a.id() + " appears twice");
        }
        List<PreparedArticle> prepared = articles.parallelStream()
                .map(a -> new PreparedArticle(a, SCHEME.get())).toList();
        long[] candidates = candidates(prepared);
        List<Relation> relations = Arrays.stream(candidates).parallel()
                .mapToObj(p -> relate(prepared.get((int) (p >>> 32)), prepared.get((int) p)))
                .filter(r -> r != null).toList();
        relations = withContainment(relations);
        return relations.stream().map(this::toReuse)
                .sorted(Comparator.comparing(Reuse::copy).thenComparing(Reuse::source)).toList();
    }

    /**
     * The relations that make the lineage, for display: every pair sharing prose stays in {@code reuse[]},
     * but these add no lineage and are left out: an undirected relation between two copies of one source (X and Y
     * both derive, with known direction, from the same Z: what they share is Z's text), and X copying Y where
     * Y republishes Z and X copies Z as well.
     */
    public static List<Reuse> lineage(List<Reuse> reuse) {
        Map<String, Set<String>> sourcesOf = new HashMap<>();
        for (Reuse r : reuse) {
            if (!DirectionEvidence.UNKNOWN.equals(r.direction())) {
                sourcesOf.computeIfAbsent(r.copy(), k -> new HashSet<>()).add(r.source());
            }
        }
        Map<String, Set<String>> republished = new HashMap<>();
        for (Reuse r : reuse) {
            if ("republication".equals(r.kind()) && !DirectionEvidence.UNKNOWN.equals(r.direction())) {
                republished.computeIfAbsent(r.copy(), k -> new HashSet<>()).add(r.source());
            }
        }
        return reuse.stream().filter(r -> {
            if (!DirectionEvidence.UNKNOWN.equals(r.direction())) {
                // X took Y's text, but Y republishes Z and X took from Z too: the text is Z's
                Set<String> originals = republished.getOrDefault(r.source(), Set.of());
                return originals.stream().noneMatch(sourcesOf.getOrDefault(r.copy(), Set.of())::contains);
            }
            Set<String> a = sourcesOf.getOrDefault(r.copy(), Set.of());
            Set<String> b = sourcesOf.getOrDefault(r.source(), Set.of());
            return a.stream().noneMatch(b::contains) && !a.contains(r.source()) && !b.contains(r.copy());
        }).toList();
    }

    /** A story with its independent reporting chains filled in from {@code reuse}. */
    public Story withChains(Story story, List<Reuse> reuse) {
        return new Story(story.id(), story.title(), story.articles(), ReportingChains.of(story.articles(), reuse));
    }

    /**
     * The keys under which {@link #detect} looks for candidate partners of {@code article}: its LSH band keys
     * (any shared band makes a candidate pair) and its sentence keys (a shared key makes a candidate pair unless
     * more than {@link Settings#maxPosting} articles hold it). For a stream, where the articles are never all in
     * one place: two articles sharing a key of the same kind are the candidate pairs of {@code detect}.
     */
    public CandidateKeys candidateKeys(Article article) {
        PreparedArticle p = new PreparedArticle(Validate.notNull(article, "article"), SCHEME.get());
        long[] bands = new long[p.fingerprint.isEmpty() ? 0 : FingerprintScheme.BANDS];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = FingerprintScheme.bandKey(p.fingerprint, b);
        }
        Set<Long> keys = new HashSet<>();
        for (Sentence s : p.sentences) {
            sentenceKeys(s, keys);
        }
        return new CandidateKeys(bands, keys.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    /** Candidate keys of one article: LSH band keys (band {@code i} at index {@code i}) and sentence keys. */
    public record CandidateKeys(long[] bands, long[] sentences) {
        public CandidateKeys {
            bands = bands.clone();
            sentences = sentences.clone();
        }
    }

    /**
     * The relation of one candidate pair, as {@link #detect} finds it before the containment rule (which needs
     * the pair's neighbours: see {@link #containmentMerges}); empty when the pair shares no narrative prose.
     * For a stream: every {@link Reuse} {@code detect} can give the pair is precomputed, so that a later
     * containment verdict needs neither article again.
     */
    public java.util.Optional<PairRelation> relate(Article a, Article b) {
        Validate.notNull(a, "a");
        Validate.notNull(b, "b");
        Validate.isTrue(!a.id().equals(b.id()), "reuse: cannot relate article " + a.id() + " to itself");
        Relation r = relate(new PreparedArticle(a, SCHEME.get()), new PreparedArticle(b, SCHEME.get()));
        if (r == null) {
            return java.util.Optional.empty();
        }
        boolean known = r.decision().known();
        return java.util.Optional.of(new PairRelation(r.first().id(), r.second().id(), known,
                sentencesOf(r, r.first().id()).stream().mapToInt(Integer::intValue).sorted().toArray(),
                sentencesOf(r, r.second().id()).stream().mapToInt(Integer::intValue).sorted().toArray(),
                toReuse(r),
                known ? null : toReuse(r.directed(new Decision(DirectionEvidence.CONTAINMENT, true))),
                known ? null : toReuse(r.directed(new Decision(DirectionEvidence.CONTAINMENT, false)))));
    }

    /**
     * One related pair, {@code first} the smaller id.
     *
     * @param directionKnown whether the pair's own evidence decided the direction (else the containment rule may)
     * @param firstSentences indices of {@code first}'s sentences aligned with {@code second}
     * @param secondSentences indices of {@code second}'s sentences aligned with {@code first}
     * @param reuse the relation when the containment rule does not apply
     * @param firstContains the relation when {@code first} is a merge (the copy) by containment; null when known
     * @param secondContains the relation when {@code second} is a merge by containment; null when known
     */
    public record PairRelation(String first, String second, boolean directionKnown, int[] firstSentences,
            int[] secondSentences, Reuse reuse, Reuse firstContains, Reuse secondContains) {
        public PairRelation {
            firstSentences = firstSentences.clone();
            secondSentences = secondSentences.clone();
        }

        /** The relation given which ends the containment rule makes a merge (the first end wins a tie). */
        public Reuse resolved(boolean firstIsMerge, boolean secondIsMerge) {
            if (directionKnown) {
                return reuse;
            }
            return firstIsMerge ? firstContains : secondIsMerge ? secondContains : reuse;
        }
    }

    /**
     * The containment rule at one article: among its relations of unknown direction, those it is the merge of.
     * An article sharing disjoint sentences with two articles that share nothing with each other is a merge of
     * both, so it is the copy in both relations.
     *
     * @param undecided each partner of {@code merge} over a relation of unknown direction, with the indices of
     *     {@code merge}'s sentences aligned in that relation
     * @param related whether two partners have a relation of their own (of any direction)
     * @return the partners whose relation the rule directs, {@code merge} being the copy
     */
    public static Set<String> containmentMerges(Map<String, int[]> undecided, java.util.function.BiPredicate<String,
            String> related) {
        List<String> partners = new ArrayList<>(undecided.keySet());
        partners.sort(null);
        Set<String> out = new java.util.TreeSet<>();
        for (int x = 0; x < partners.size(); x++) {
            for (int y = x + 1; y < partners.size(); y++) {
                String b = partners.get(x);
                String c = partners.get(y);
                if (related.test(b, c) || !disjoint(undecided.get(b), undecided.get(c))) {
                    continue;
                }
                out.add(b);
                out.add(c);
            }
        }
        return out;
    }

    /** Candidate pairs {@code (i << 32) | j}, i < j, ascending. */
    private long[] candidates(List<PreparedArticle> prepared) {
        Set<Long> pairs = new HashSet<>();
        LshIndex lsh = new LshIndex(prepared.size());
        for (int j = 0; j < prepared.size(); j++) {
            for (int i : lsh.add(prepared.get(j).fingerprint)) {
                pairs.add(((long) i << 32) | j);
            }
        }
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < prepared.size(); d++) {
            Set<Long> keys = new HashSet<>();
            for (Sentence s : prepared.get(d).sentences) {
                sentenceKeys(s, keys);
            }
            for (long k : keys) {
                postings.computeIfAbsent(k, x -> new ArrayList<>(2)).add(d);
            }
        }
        for (List<Integer> docs : postings.values()) {
            if (docs.size() < 2 || docs.size() > settings.maxPosting()) {
                continue;
            }
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    pairs.add(((long) docs.get(x) << 32) | docs.get(y));
                }
            }
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * Keys of a sentence's narrative words: the hash of all of them, and the winnowed hashes of its
     * {@code SENTENCE_KEY_WORDS}-word shingles (the minimum of every window of {@code WINNOW_WINDOW}
     * consecutive shingle hashes; Schleimer, Wilkerson and Aiken, SIGMOD 2003), so that any run of
     * {@code SENTENCE_KEY_WORDS + WINNOW_WINDOW - 1} narrative words two sentences share gives a common key.
     */
    private static void sentenceKeys(Sentence s, Set<Long> keys) {
        if (s.narrativeWords() < SENTENCE_KEY_WORDS) {
            return;
        }
        long[] narrative = new long[s.narrativeWords()];
        for (int w = 0, n = 0; w < s.size(); w++) {
            if (!s.quoted()[w]) {
                narrative[n++] = s.words()[w];
            }
        }
        keys.add(hash(narrative, 0, narrative.length, 1));
        int shingles = narrative.length - SENTENCE_KEY_WORDS + 1;
        long[] h = new long[shingles];
        for (int i = 0; i < shingles; i++) {
            h[i] = hash(narrative, i, i + SENTENCE_KEY_WORDS, 2);
        }
        for (int i = 0; i + WINNOW_WINDOW <= shingles; i++) {
            long min = Long.MAX_VALUE;
            for (int j = i; j < i + WINNOW_WINDOW; j++) {
                min = Math.min(min, h[j]);
            }
            keys.add(min);
        }
    }

    private static long hash(long[] words, int from, int to, long seed) {
        long h = seed;
        for (int i = from; i < to; i++) {
            h = Long.rotateLeft(h * 0x9e3779b97f4a7c15L, 17) ^ words[i];
        }
        return h;
    }

    /** An aligned pair with shared narrative, before output. */
    private record Relation(PreparedArticle first, PreparedArticle second, List<Alignment> pairs,
            ParaphraseAligner.Result paraphrased, Decision decision) {
        Relation directed(Decision d) {
            return new Relation(first, second, pairs, paraphrased, d);
        }
    }

    private Relation relate(PreparedArticle first, PreparedArticle second) {
        if (first.id().compareTo(second.id()) > 0) {
            PreparedArticle t = first;
            first = second;
            second = t;
        }
        List<Alignment> pairs = aligner.align(first, second);
        int strong = 0;
        int best = 0;
        for (Alignment al : pairs) {
            if (al.evidence() >= settings.minSentenceEvidence()) {
                strong++;
            }
            best = Math.max(best, al.passage());
        }
        if (strong < settings.minEvidenceSentences() && best < settings.minPassage()
                && !nearDuplicate(first, second, pairs)) {
            return null;
        }
        java.util.Optional<SentenceEncoder> enc = encoder.get();
        ParaphraseAligner.Result paraphrased = enc.isEmpty() ? ParaphraseAligner.Result.NONE
                : new ParaphraseAligner(enc.get(), minParaphraseCosine).align(first, second, pairs);
        return new Relation(first, second, pairs, paraphrased,
                DirectionEvidence.decide(first.article, second.article));
    }

    /**
     * A text made almost entirely of the other's sentences, quotes included (a copy of a text that is all
     * quotation): the aligned sentences hold most words of both.
     */
    private boolean nearDuplicate(PreparedArticle first, PreparedArticle second, List<Alignment> pairs) {
        if (pairs.size() < NEAR_DUPLICATE_SENTENCES) {
            return false;
        }
        double a = wordShare(first, pairs.stream().mapToInt(Alignment::a));
        double b = wordShare(second, pairs.stream().mapToInt(Alignment::b));
        return Math.max(a, b) >= settings.republicationCoverage()
                && Math.min(a, b) >= settings.republicationSourceCoverage();
    }

    private static double wordShare(PreparedArticle p, IntStream aligned) {
        int all = p.sentences.stream().mapToInt(Sentence::size).sum();
        return all == 0 ? 0 : aligned.map(i -> p.sentences.get(i).size()).sum() / (double) all;
    }

    /**
     * Applies the merge rule ({@link #containmentMerges}) to relations whose direction is still unknown; when
     * both ends of a relation qualify as the merge, the first (smaller id) is taken.
     */
    private static List<Relation> withContainment(List<Relation> relations) {
        Set<String> related = new HashSet<>();
        Map<String, Map<String, int[]>> undecided = new HashMap<>();
        for (Relation r : relations) {
            related.add(pairKey(r.first().id(), r.second().id()));
            if (!r.decision().known()) {
                for (String end : List.of(r.first().id(), r.second().id())) {
                    undecided.computeIfAbsent(end, k -> new HashMap<>()).put(other(r, end),
                            sentencesOf(r, end).stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
        }
        Map<String, Set<String>> merges = new HashMap<>();
        undecided.forEach((merge, partners) -> merges.put(merge,
                containmentMerges(partners, (b, c) -> related.contains(pairKey(b, c)))));
        return relations.stream().map(r -> {
            if (r.decision().known()) {
                return r;
            }
            String first = r.first().id();
            String second = r.second().id();
            if (merges.getOrDefault(first, Set.of()).contains(second)) {
                return r.directed(new Decision(DirectionEvidence.CONTAINMENT, true));
            }
            if (merges.getOrDefault(second, Set.of()).contains(first)) {
                return r.directed(new Decision(DirectionEvidence.CONTAINMENT, false));
            }
            return r;
        }).toList();
    }

    private static String pairKey(String b, String c) {
        return b.compareTo(c) < 0 ? b + "\u0000" + c : c + "\u0000" + b;
    }

    private static String other(Relation r, String id) {
        return r.first().id().equals(id) ? r.second().id() : r.first().id();
    }

    private static Set<Integer> sentencesOf(Relation r, String id) {
        boolean first = r.first().id().equals(id);
        Set<Integer> out = new HashSet<>();
        r.pairs().forEach(al -> out.add(first ? al.a() : al.b()));
        return out;
    }

    /** Two aligned sentence sets (ascending indices) of one article that overlap in at most a fifth of the smaller. */
    private static boolean disjoint(int[] x, int[] y) {
        long common = Arrays.stream(x).filter(i -> Arrays.binarySearch(y, i) >= 0).count();
        return common * 5 <= Math.min(x.length, y.length);
    }

    private Reuse toReuse(Relation r) {
        boolean firstIsCopy = !r.decision().known() || r.decision().firstIsCopy();
        PreparedArticle copy = firstIsCopy ? r.first() : r.second();
        PreparedArticle source = firstIsCopy ? r.second() : r.first();
        List<Alignment> matched = new ArrayList<>(r.pairs());
        matched.addAll(r.paraphrased().paraphrases());
        double covFirst = coverage(r.first(), matched.stream().mapToInt(Alignment::a));
        double covSecond = coverage(r.second(), matched.stream().mapToInt(Alignment::b));
        double covCopy = firstIsCopy ? covFirst : covSecond;
        double covSource = firstIsCopy ? covSecond : covFirst;
        boolean republication = r.decision().known()
                ? covCopy >= settings.republicationCoverage() && covSource >= settings.republicationSourceCoverage()
                : Math.max(covCopy, covSource) >= settings.republicationCoverage()
                        && Math.min(covCopy, covSource) >= settings.republicationSourceCoverage();
        List<SharedSentence> shared = new ArrayList<>();
        for (Alignment al : r.pairs()) {
            Sentence a = r.first().sentences.get(al.a());
            Sentence b = r.second().sentences.get(al.b());
            Sentence c = firstIsCopy ? a : b;
            Sentence s = firstIsCopy ? b : a;
            boolean verbatim = collapse(r.first().text(a)).equals(collapse(r.second().text(b)));
            shared.add(new SharedSentence(c.span(), s.span(), verbatim ? "verbatim" : "near-verbatim",
                    Math.round(al.dice() * 1000) / 1000.0));
        }
        for (Alignment al : r.paraphrased().paraphrases()) {
            Sentence a = r.first().sentences.get(al.a());
            Sentence b = r.second().sentences.get(al.b());
            shared.add(new SharedSentence((firstIsCopy ? a : b).span(), (firstIsCopy ? b : a).span(), "paraphrase",
                    Math.round(al.dice() * 1000) / 1000.0));
        }
        shared.sort(Comparator.comparingInt((SharedSentence s) -> s.copy().start()));
        return new Reuse(copy.id(), source.id(), republication ? "republication" : "partial", r.decision().how(),
                round(covSource), round(covCopy), shared,
                ChangeFinder.changes(copy, source, r.pairs(), r.paraphrased(), firstIsCopy, republication));
    }

    /** Share of an article's narrative words that lie in its aligned sentences. */
    private static double coverage(PreparedArticle p, IntStream aligned) {
        if (p.narrativeWords == 0) {
            return 0;
        }
        int covered = aligned.map(i -> p.sentences.get(i).narrativeWords()).sum();
        return covered / (double) p.narrativeWords;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
