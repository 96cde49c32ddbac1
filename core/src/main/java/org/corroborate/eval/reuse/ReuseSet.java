package org.corroborate.eval.reuse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Article;

/**
 * A labelled reuse evaluation set.
 *
 * @param articles every article, real and generated
 * @param positives pairs that share prose, keyed by {@link #key}
 * @param ignored same-event pairs left out of scoring (ambiguous shared passages)
 * @param sameEvent keys of every pair of real articles about the same event (the hard negatives unless positive)
 * @param naturalPositives how many same-event real pairs were found to share prose and labelled positive
 */
public record ReuseSet(List<Article> articles, Map<String, Positive> positives, Set<String> ignored,
        Set<String> sameEvent, int naturalPositives) {

    /**
     * A pair that shares prose.
     *
     * @param copy the derived article, or the smaller id when the pair is natural (direction not known)
     * @param transform how it was made: natural, republication, trim, merge, figures or paraphrase
     * @param directionKnowable true when the copy's metadata or the merge structure gives evidence
     * @param coverageOfSource the share of the source's narrative words the copy took (NaN when natural)
     * @param alteredFigures source number → copy number, for figure transforms
     * @param origins copy sentence index → the index of the source sentence it was made from (empty when natural)
     * @param rewritten indices of the copy's sentences that are paraphrases of their origin ({@link Paraphraser})
     */
    public record Positive(String copy, String source, String transform, boolean directionKnowable,
            double coverageOfSource, Map<String, String> alteredFigures, Map<Integer, Integer> origins,
            Set<Integer> rewritten) {}

    public static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
