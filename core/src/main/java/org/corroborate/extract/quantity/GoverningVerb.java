package org.corroborate.extract.quantity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.corroborate.text.Nlp;

/**
 * What a figure says happened to the thing it counts: the verb that governs it in its clause ("pulled about 300
 * passengers", "300 people were rescued", "the hospital had admitted 37 people").
 *
 * <p>Implementation notes. Two figures of one unit can count different things even when the words around them
 * overlap ("300 people rescued from the train", "37 people from the train admitted"), and cosine or term overlap
 * does not see it. The verb is read from the part-of-speech tags of the figure's sentence, as a shallow stand-in
 * for a dependency parse: a verb right before the figure takes it as its object; otherwise the first verb after
 * it in the same clause, reached over nouns, adjectives, adverbs and auxiliaries only (a preposition, a
 * determiner or a punctuation mark ends the figure's own phrase: in "300 passengers from a train trapped", the
 * train is trapped, not the passengers; "be" and "have" link and are passed over). Reporting verbs say who gives
 * the figure, not what it counts, and are skipped.
 */
final class GoverningVerb {
    /** Verbs that report a figure rather than tell what it counts. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "announce", "state",
            "estimate", "assess", "claim", "confirm", "note", "put", "count", "accord", "give", "show", "cite");
    /** Verbs that link the counted thing to what follows and say nothing of what happened to it. */
    private static final Set<String> LINKING = Set.of("be", "have", "remain", "become");
    /** Their forms, so that only a verb worth naming needs the (costly) lemmatizer. */
    private static final Set<String> LINKING_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "have", "has", "had", "having", "remain", "remains", "remained", "remaining", "become", "becomes",
            "became", "becoming");
    /** Tags a figure's own phrase may run over on the way to its verb. */
    private static final Set<String> PHRASE = Set.of("NOUN", "PROPN", "ADJ", "ADV", "AUX", "PART", "NUM");
    private static final int LEMMA_CONTEXT = 2;

    private GoverningVerb() {}

    /** The lower-cased lemma of the verb governing the figure on tokens [first, last), or null. */
    static String of(Tokens t, int first, int last) {
        if (first > 0 && "VERB".equals(t.tag[first - 1])) {
            String lemma = lemma(t, first - 1);
            if (!REPORTING.contains(lemma)) {
                return lemma;
            }
        }
        for (int i = last; i < t.size(); i++) {
            if (LINKING_FORMS.contains(t.lower[i])) {
                continue;
            }
            if ("VERB".equals(t.tag[i])) {
                String lemma = lemma(t, i);
                if (LINKING.contains(lemma)) {
                    continue;
                }
                return REPORTING.contains(lemma) ? null : lemma;
            }
            if (!PHRASE.contains(t.tag[i])) {
                return null;
            }
        }
        return null;
    }

    /**
     * The lemma of one verb, lower-cased; the word itself when the lemmatizer has none ("O"). Only a window of two
     * tokens either side is lemmatized, not the sentence: the statistical lemmatizer costs far more than the rest
     * of figure extraction, and it needs the neighbours ("rescued" alone comes out "rescu").
     */
    private static String lemma(Tokens t, int i) {
        int from = Math.max(0, i - LEMMA_CONTEXT);
        int to = Math.min(t.size(), i + LEMMA_CONTEXT + 1);
        String lemma = Nlp.lemmas(Arrays.copyOfRange(t.word, from, to), Arrays.copyOfRange(t.tag, from, to))[i - from];
        return lemma == null || "O".equals(lemma) ? t.lower[i] : lemma.toLowerCase(Locale.ROOT);
    }
}
