package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.reuse.PreparedArticle.Sentence;

/**
 * Aligns the sentences of two articles one to one.
 *
 * <p>Implementation notes: sentence pairs that share enough distinct words (found through a word → sentence
 * map of the second article) are compared by the longest common subsequence of their normalized words
 * (the textbook dynamic programme, O(mn) on sentences of tens of words). A pair aligns when its Dice
 * score {@code 2·LCS/(m+n)} reaches {@code minDice}, or when one sentence is almost contained in the other
 * (a trimmed or extended sentence), or when they share a passage of {@code MIN_PASSAGE} consecutive words. Pairs are then chosen greedily, best score first, each sentence used once
 * (rewrites reorder sentences, so no monotonic constraint). Normalization makes "U.S."/"US" and punctuation
 * changes free; edits cost their words. The <em>narrative evidence</em> of a pair counts matched words that lie
 * in runs of at least {@code MIN_RUN} consecutive words on both sides and are outside quotation marks on both
 * sides: chance matches of function words and shared quotes do not count.
 */
final class SentenceAligner {
    static final int MIN_RUN = 4;
    private static final double MIN_CONTAINMENT = 0.8;
    private static final int MIN_CONTAINED_WORDS = 8;
    /** A passage this long shared inside otherwise different sentences aligns them. */
    static final int MIN_PASSAGE = 10;
    private final double minDice;

    /**
     * One aligned pair: sentence {@code a} of the first article, {@code b} of the second, the matched word
     * positions (parallel arrays, ascending), the narrative evidence in words and the longest run of
     * consecutive matched words narrative on both sides.
     */
    record Alignment(int a, int b, double dice, int[] matchA, int[] matchB, int evidence, int passage) {}

    SentenceAligner(double minDice) {
        this.minDice = minDice;
    }

    List<Alignment> align(PreparedArticle first, PreparedArticle second) {
        Map<Long, List<Integer>> where = new HashMap<>();
        for (int j = 0; j < second.sentences.size(); j++) {
            Sentence s = second.sentences.get(j);
            for (long w : distinct(s.words())) {
                where.computeIfAbsent(w, k -> new ArrayList<>(2)).add(j);
            }
        }
        List<Alignment> found = new ArrayList<>();
        int[] shared = new int[second.sentences.size()];
        for (int i = 0; i < first.sentences.size(); i++) {
            Sentence a = first.sentences.get(i);
            java.util.Arrays.fill(shared, 0);
            for (long w : distinct(a.words())) {
                List<Integer> js = where.get(w);
                if (js != null) {
                    js.forEach(j -> shared[j]++);
                }
            }
            for (int j = 0; j < shared.length; j++) {
                Sentence b = second.sentences.get(j);
                int shorter = Math.min(a.size(), b.size());
                // LCS <= shared distinct words, so pairs that cannot reach either bar are skipped
                if (shared[j] < 2 || 2.0 * shared[j] / (a.size() + b.size()) < minDice
                        && shared[j] < MIN_CONTAINMENT * shorter && shared[j] < MIN_PASSAGE / 2) {
                    continue;
                }
                Alignment al = compare(i, a, j, b);
                if (al != null) {
                    found.add(al);
                }
            }
        }
        found.sort(Comparator.comparingDouble(Alignment::dice).reversed()
                .thenComparingInt(Alignment::a).thenComparingInt(Alignment::b));
        boolean[] usedA = new boolean[first.sentences.size()];
        boolean[] usedB = new boolean[second.sentences.size()];
        List<Alignment> chosen = new ArrayList<>();
        for (Alignment al : found) {
            if (!usedA[al.a()] && !usedB[al.b()]) {
                usedA[al.a()] = true;
                usedB[al.b()] = true;
                chosen.add(al);
            }
        }
        chosen.sort(Comparator.comparingInt(Alignment::a));
        return chosen;
    }

    private Alignment compare(int i, Sentence a, int j, Sentence b) {
        long[] x = a.words();
        long[] y = b.words();
        int m = x.length;
        int n = y.length;
        int[][] dp = new int[m + 1][n + 1];
        for (int p = m - 1; p >= 0; p--) {
            for (int q = n - 1; q >= 0; q--) {
                dp[p][q] = x[p] == y[q] ? dp[p + 1][q + 1] + 1 : Math.max(dp[p + 1][q], dp[p][q + 1]);
            }
        }
        int lcs = dp[0][0];
        double dice = 2.0 * lcs / (m + n);
        boolean contained = lcs >= MIN_CONTAINED_WORDS && lcs >= MIN_CONTAINMENT * Math.min(m, n);
        if (lcs < 2 || dice < minDice && !contained && lcs < MIN_PASSAGE) {
            return null;
        }
        int[] ma = new int[lcs];
        int[] mb = new int[lcs];
        int k = 0;
        for (int p = 0, q = 0; p < m && q < n; ) {
            if (x[p] == y[q] && dp[p][q] == dp[p + 1][q + 1] + 1) {
                ma[k] = p++;
                mb[k++] = q++;
            } else if (dp[p + 1][q] >= dp[p][q + 1]) {
                p++;
            } else {
                q++;
            }
        }
        if (dice < minDice && !contained && longestRun(ma, mb) < MIN_PASSAGE) {
            return null;
        }
        return new Alignment(i, j, dice, ma, mb, evidence(a, b, ma, mb), narrativePassage(a, b, ma, mb));
    }

    private static int narrativePassage(Sentence a, Sentence b, int[] ma, int[] mb) {
        int best = 0;
        int run = 0;
        for (int k = 0; k < ma.length; k++) {
            boolean narrative = !a.quoted()[ma[k]] && !b.quoted()[mb[k]];
            boolean continues = k > 0 && ma[k] == ma[k - 1] + 1 && mb[k] == mb[k - 1] + 1;
            run = !narrative ? 0 : continues ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    private static int longestRun(int[] ma, int[] mb) {
        int best = ma.length == 0 ? 0 : 1;
        for (int k = 1, run = 1; k < ma.length; k++) {
            run = ma[k] == ma[k - 1] + 1 && mb[k] == mb[k - 1] + 1 ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    /** Matched words in runs of MIN_RUN or more (consecutive on both sides), narrative on both sides. */
    private static int evidence(Sentence a, Sentence b, int[] ma, int[] mb) {
        int total = 0;
        int runStart = 0;
        for (int k = 1; k <= ma.length; k++) {
            boolean continues = k < ma.length && ma[k] == ma[k - 1] + 1 && mb[k] == mb[k - 1] + 1;
            if (!continues) {
                if (k - runStart >= MIN_RUN) {
                    for (int r = runStart; r < k; r++) {
                        if (!a.quoted()[ma[r]] && !b.quoted()[mb[r]]) {
                            total++;
                        }
                    }
                }
                runStart = k;
            }
        }
        return total;
    }

    private static long[] distinct(long[] words) {
        return java.util.Arrays.stream(words).distinct().toArray();
    }
}
