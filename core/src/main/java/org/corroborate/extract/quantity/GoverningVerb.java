package org.corroborate.extract.quantity;

import java.util.Locale;
import java.util.Set;

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
    /** Tags a figure's own phrase may run over on the way to its verb. */
    private static final Set<String> PHRASE = Set.of("NOUN", "PROPN", "ADJ", "ADV", "AUX", "PART", "NUM");

    private GoverningVerb() {}

    /** The lower-cased lemma of the verb governing the figure on tokens [first, last), or null. */
    static String of(Tokens t, int first, int last) {
        String[] lemmas = t.lemmas();
        if (first > 0 && isVerb(t.tag[first - 1], lemma(t, lemmas, first - 1))) {
            return lemma(t, lemmas, first - 1);
        }
        for (int i = last; i < t.size(); i++) {
            String lemma = lemma(t, lemmas, i);
            if (LINKING.contains(lemma)) {
                continue;
            }
            if (isVerb(t.tag[i], lemma)) {
                return lemma;
            }
            if (!PHRASE.contains(t.tag[i])) {
                return null;
            }
        }
        return null;
    }

    private static boolean isVerb(String tag, String lemma) {
        return "VERB".equals(tag) && !REPORTING.contains(lemma);
    }

    /** The lemma, or the word itself when the lemmatizer has none ("O"), lower-cased. */
    private static String lemma(Tokens t, String[] lemmas, int i) {
        return lemmas[i] == null || "O".equals(lemmas[i]) ? t.lower[i] : lemmas[i].toLowerCase(Locale.ROOT);
    }
}
