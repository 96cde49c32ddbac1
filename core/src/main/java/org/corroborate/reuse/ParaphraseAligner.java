package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.reuse.PreparedArticle.Sentence;
import org.corroborate.reuse.SentenceAligner.Alignment;
import org.corroborate.util.Validate;

/**
 * Aligns the narrative sentences of a copy pair that word matching left unaligned, by meaning.
 *
 * <p>Implementation notes: runs only on pairs that already share narrative prose (the caller decides that from
 * word runs), so embeddings never create a relation. Candidates are the unaligned sentences with at least
 * {@code MIN_WORDS} narrative words of which at most {@code MAX_QUOTED_SHARE} are quoted: quoted speech is
 * shared by independent reports of one press conference, so only narrative text is embedded (quoted words are
 * left out of the embedded string). A pair of candidates is compared only when the two share at least
 * {@code MIN_SHARED} of the content words (four letters or more, narrative) of the shorter one: a rewrite keeps
 * names, numbers and most content words, and only sentences in such a pair are embedded, which keeps the cost of
 * the model to a fraction of the unaligned sentences. Compared pairs are scored by the cosine of the two
 * sentence embeddings ({@link SentenceEncoder}, Sentence-BERT style); pairs at or above {@code minCosine} are chosen
 * greedily, best first, each sentence used once (rewrites reorder sentences, as in {@link SentenceAligner}).
 * A chosen pair whose facts differ (the numbers, including number words, the negations or the modal hedges
 * are not the same multiset) is not a paraphrase: the sentence was rewritten with a different claim, which is
 * an edit, not a match; it is returned apart.
 */
final class ParaphraseAligner {
    static final int MIN_WORDS = 8;
    static final double MAX_QUOTED_SHARE = 0.25;
    static final double MIN_SHARED = 0.3;
    private static final int CONTENT_WORD = 4;
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens",
            "half", "first", "second", "third", "fourth", "fifth", "once", "twice", "several", "few", "many");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "werent", "wont", "wouldnt", "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt");
    private static final Set<String> MODAL_HEDGES = Set.of("possibly", "probably", "likely", "unlikely", "perhaps",
            "may", "might", "could", "reportedly", "allegedly", "apparently", "suspected", "unconfirmed", "believed");

    private final SentenceEncoder encoder;
    private final double minCosine;

    /** Paraphrase pairs and pairs of the same sentence rewritten with different facts. */
    record Result(List<Alignment> paraphrases, List<Alignment> altered) {
        static final Result NONE = new Result(List.of(), List.of());
    }

    ParaphraseAligner(SentenceEncoder encoder, double minCosine) {
        this.encoder = Validate.notNull(encoder, "encoder");
        this.minCosine = Validate.inRange(minCosine, 0, 1, "minCosine");
    }

    Result align(PreparedArticle first, PreparedArticle second, List<Alignment> lexical) {
        int[] as = candidates(first, lexical.stream().mapToInt(Alignment::a).toArray());
        int[] bs = candidates(second, lexical.stream().mapToInt(Alignment::b).toArray());
        if (as.length == 0 || bs.length == 0) {
            return Result.NONE;
        }
        long[][] wa = contentWords(first, as);
        long[][] wb = contentWords(second, bs);
        boolean[][] compared = new boolean[as.length][bs.length];
        boolean[] needA = new boolean[as.length];
        boolean[] needB = new boolean[bs.length];
        for (int x = 0; x < as.length; x++) {
            for (int y = 0; y < bs.length; y++) {
                int shorter = Math.min(wa[x].length, wb[y].length);
                if (shorter > 0 && common(wa[x], wb[y]) >= MIN_SHARED * shorter) {
                    compared[x][y] = needA[x] = needB[y] = true;
                }
            }
        }
        as = selected(as, needA);
        bs = selected(bs, needB);
        compared = selected(compared, needA, needB);
        if (as.length == 0) {
            return Result.NONE;
        }
        float[][] ea = first.embeddings(as, encoder);
        float[][] eb = second.embeddings(bs, encoder);
        List<Alignment> found = new ArrayList<>();
        for (int x = 0; x < as.length; x++) {
            for (int y = 0; y < bs.length; y++) {
                if (!compared[x][y]) {
                    continue;
                }
                double cos = SentenceEncoder.cosine(ea[x], eb[y]);
                if (cos >= minCosine) {
                    // an alignment by meaning: the score is the cosine, no words are matched
                    found.add(new Alignment(as[x], bs[y], Math.min(1, cos), new int[0], new int[0], 0, 0));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Alignment::dice).reversed()
                .thenComparingInt(Alignment::a).thenComparingInt(Alignment::b));
        boolean[] usedA = new boolean[first.sentences.size()];
        boolean[] usedB = new boolean[second.sentences.size()];
        List<Alignment> paraphrases = new ArrayList<>();
        List<Alignment> altered = new ArrayList<>();
        for (Alignment al : found) {
            if (usedA[al.a()] || usedB[al.b()]) {
                continue;
            }
            usedA[al.a()] = true;
            usedB[al.b()] = true;
            boolean same = facts(first.narrativeText(first.sentences.get(al.a())))
                    .equals(facts(second.narrativeText(second.sentences.get(al.b()))));
            (same ? paraphrases : altered).add(al);
        }
        paraphrases.sort(Comparator.comparingInt(Alignment::a));
        altered.sort(Comparator.comparingInt(Alignment::a));
        return new Result(List.copyOf(paraphrases), List.copyOf(altered));
    }

    /** Indices of the unaligned sentences that are narrative enough to compare, ascending. */
    private static int[] candidates(PreparedArticle p, int[] aligned) {
        boolean[] taken = new boolean[p.sentences.size()];
        Arrays.stream(aligned).forEach(i -> taken[i] = true);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            Sentence s = p.sentences.get(i);
            if (!taken[i] && s.narrativeWords() >= MIN_WORDS
                    && s.size() - s.narrativeWords() <= MAX_QUOTED_SHARE * s.size()) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Distinct hashes of the narrative words of four letters or more of each sentence, sorted. */
    private static long[][] contentWords(PreparedArticle p, int[] indices) {
        long[][] out = new long[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            Sentence s = p.sentences.get(indices[k]);
            out[k] = java.util.stream.IntStream.range(0, s.size())
                    .filter(w -> !s.quoted()[w] && s.ends()[w] - s.starts()[w] >= CONTENT_WORD)
                    .mapToLong(w -> s.words()[w]).distinct().sorted().toArray();
        }
        return out;
    }

    private static int common(long[] x, long[] y) {
        int n = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                n++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static int[] selected(int[] values, boolean[] keep) {
        return java.util.stream.IntStream.range(0, values.length).filter(i -> keep[i]).map(i -> values[i]).toArray();
    }

    private static boolean[][] selected(boolean[][] m, boolean[] rows, boolean[] columns) {
        int[] r = java.util.stream.IntStream.range(0, rows.length).filter(i -> rows[i]).toArray();
        int[] c = java.util.stream.IntStream.range(0, columns.length).filter(i -> columns[i]).toArray();
        boolean[][] out = new boolean[r.length][c.length];
        for (int x = 0; x < r.length; x++) {
            for (int y = 0; y < c.length; y++) {
                out[x][y] = m[r[x]][c[y]];
            }
        }
        return out;
    }

    /** The sorted numbers, number words, negations and modal hedges of a text: what a paraphrase keeps. */
    static List<String> facts(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^\\p{L}\\p{N}.,]+")) {
            String t = w.replaceAll("^[.,]+|[.,]+$", "");
            if (t.chars().anyMatch(Character::isDigit)) {
                out.add(t.replace(",", ""));
            } else if (NEGATIONS.contains(t)) {
                out.add("not"); // "did not" and "didn't" say the same
            } else if (NUMBER_WORDS.contains(t) || MODAL_HEDGES.contains(t)) {
                out.add(t);
            }
        }
        out.sort(null);
        return out;
    }
}
