package org.corroborate.claim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.Quantity;
import org.corroborate.text.Nlp;

/**
 * What a figure says happened to the thing it counts: the verb that governs it in its clause ("pulled about 300
 * passengers", "300 people were rescued", "the hospital had admitted 37 people").
 *
 * <p>Implementation notes. Two figures of one unit can count different things even when the words around them
 * overlap ("300 people rescued from the train", "37 people from the train admitted"), and cosine or term overlap
 * does not see it. The predicate is read from the part-of-speech tags of the figure's sentence, as a shallow
 * stand-in for a dependency parse: a verb right before the figure takes it as its object; otherwise the first
 * verb after it in the same clause, reached over nouns, adjectives, adverbs and auxiliaries only (a preposition,
 * a determiner or a punctuation mark ends the figure's own phrase: in "300 passengers from a train trapped", the
 * train is trapped, not the passengers; "be" and "have" link and are passed over). Reporting verbs say who gives the figure, not what it counts, and are
 * skipped. Verbs are compared by lemma, folded through a small table of verbs that news uses for one event
 * ("sent" and "deployed" troops, "injured" and "hurt" people).
 */
final class FigurePredicate {
    /** Verbs that report a figure rather than tell what it counts. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "announce", "state",
            "estimate", "assess", "claim", "confirm", "note", "put", "count", "accord", "give", "show", "cite");
    /** Verbs that link the counted thing to what follows and say nothing of what happened to it. */
    private static final Set<String> LINKING = Set.of("be", "have", "remain", "become");
    /** Tags a figure's own phrase may run over on the way to its verb. */
    private static final Set<String> PHRASE = Set.of("NOUN", "PROPN", "ADJ", "ADV", "AUX", "PART", "NUM");
    /** Verbs one event is told with, folded to one member of their class. */
    private static final Map<String, String> SAME_EVENT = sameEvent(
            "rescue save pull free evacuate extract lift airlift",
            "injure hurt wound",
            "kill die",
            "send deploy dispatch station move transfer",
            "arrest detain hold",
            "admit hospitalize hospitalise treat",
            "displace flee",
            "strand trap");

    private FigurePredicate() {}

    /** The lemma of the verb governing {@code q} in its sentence, or null when none is found. */
    static String of(Quantity q, Article article) {
        if (article == null) {
            return null;
        }
        String body = article.body();
        int length = body.codePointCount(0, body.length());
        org.corroborate.model.Span sentence = null;
        for (org.corroborate.model.Span s : article.sentences()) {
            if (s.start() <= q.start() && q.start() < s.end()) {
                sentence = s;
                break;
            }
        }
        if (sentence == null || q.end() > length) {
            return null;
        }
        int from = CodePoints.toChar(body, sentence.start());
        String text = body.substring(from, CodePoints.toChar(body, Math.min(sentence.end(), length)));
        int figureStart = CodePoints.toChar(body, q.start()) - from;
        int figureEnd = CodePoints.toChar(body, q.end()) - from;
        Span[] spans = Nlp.tokens(text);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = Nlp.tags(words);
        int first = -1;
        int last = -1;
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].getEnd() > figureStart && spans[i].getStart() < figureEnd) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        String[] lemmas = Nlp.lemmas(words, tags);
        if (first > 0 && isVerb(tags[first - 1], lemmas[first - 1])) {
            return lemma(lemmas[first - 1], words[first - 1]);
        }
        for (int i = last + 1; i < spans.length; i++) {
            if (LINKING.contains(lemmas[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (isVerb(tags[i], lemmas[i])) {
                return lemma(lemmas[i], words[i]);
            }
            if (!PHRASE.contains(tags[i])) {
                return null;
            }
        }
        return null;
    }

    /** True when two figures' verbs tell one event: either is unknown, the lemmas match or share a class. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return SAME_EVENT.getOrDefault(a, a).equals(SAME_EVENT.getOrDefault(b, b));
    }

    private static boolean isVerb(String tag, String lemma) {
        return "VERB".equals(tag) && !REPORTING.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The lemma, or the word itself when the lemmatizer has none ("O"). */
    private static String lemma(String lemma, String word) {
        return ("O".equals(lemma) ? word : lemma).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> sameEvent(String... classes) {
        Map<String, String> out = new HashMap<>();
        for (String c : classes) {
            String[] verbs = c.split(" ");
            for (String v : verbs) {
                out.put(v, verbs[0]);
            }
        }
        return Map.copyOf(out);
    }
}
