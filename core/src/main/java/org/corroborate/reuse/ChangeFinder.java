package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.Change;
import org.corroborate.reuse.PreparedArticle.Sentence;
import org.corroborate.reuse.SentenceAligner.Alignment;

/**
 * What a copy changed against its source.
 *
 * <p>Implementation notes: inside each aligned sentence pair the word-level LCS leaves gaps (source words not
 * matched, copy words not matched, between two matches). Because words are normalized first, house-style and
 * punctuation changes leave no gap and are not reported. Each gap is classified: a number changed on one side
 * or both ({@code figure-altered}); a hedge word changed next to a number or a modal/hedging adverb changed
 * ({@code hedge-altered}, the text extended over the number it qualifies); an attribution verb or "according
 * to" present in the source gap and absent from the copy ({@code attribution-removed}); a whole clause cut or
 * added (more than {@code WHOLE_CLAUSE} words on one side, none on the other) and anything else makes the
 * pair a {@code sentence-edited}. Paraphrased sentences (aligned by meaning) are shared, not changed. Unaligned
 * sentences with narrative words become {@code sentence-dropped} / {@code sentence-added} for republications only
 * (for partial reuse most of either text is unrelated); for republications, a source sentence rewritten in the
 * copy with different facts (aligned by meaning, numbers or negations not the same) is a {@code sentence-edited}
 * instead of a drop and an addition.
 */
final class ChangeFinder {
    /** A gap with more words than this on one side and none on the other is a clause, not a figure or hedge. */
    static final int WHOLE_CLAUSE = 6;
    /** Words that qualify a figure ("as many as", "nearly", "at least"). */
    private static final Set<String> QUANTITY_HEDGES = Set.of("about", "around", "approximately", "roughly",
            "nearly", "almost", "some", "over", "more", "than", "less", "fewer", "up", "to", "at", "least", "most",
            "as", "many", "much", "estimated", "an", "just", "under", "below", "above", "close", "exceeding",
            "upwards");
    /** Words that qualify a statement's certainty. */
    private static final Set<String> MODAL_HEDGES = Set.of("possibly", "probably", "likely", "perhaps", "may",
            "might", "could", "reportedly", "allegedly",
            "apparently", "suspected", "unconfirmed", "believed", "expected");
    private static final Set<String> ATTRIBUTIONS = Set.of("said", "says", "say", "told", "according",
            "reported", "reports", "stated", "states", "announced", "added", "adds", "claimed", "claims",
            "confirmed", "confirms", "noted", "explained", "insisted", "warned", "declared");

    private ChangeFinder() {}

    static List<Change> changes(PreparedArticle copy, PreparedArticle source, List<Alignment> pairs,
            ParaphraseAligner.Result paraphrased, boolean copyIsFirst, boolean republication) {
        List<Change> out = new ArrayList<>();
        boolean[] copyAligned = new boolean[copy.sentences.size()];
        boolean[] sourceAligned = new boolean[source.sentences.size()];
        for (Alignment al : pairs) {
            int c = copyIsFirst ? al.a() : al.b();
            int s = copyIsFirst ? al.b() : al.a();
            int[] mc = copyIsFirst ? al.matchA() : al.matchB();
            int[] ms = copyIsFirst ? al.matchB() : al.matchA();
            copyAligned[c] = true;
            sourceAligned[s] = true;
            edits(copy, copy.sentences.get(c), source, source.sentences.get(s), mc, ms, out);
        }
        for (Alignment al : paraphrased.paraphrases()) {
            copyAligned[copyIsFirst ? al.a() : al.b()] = true;
            sourceAligned[copyIsFirst ? al.b() : al.a()] = true;
        }
        if (republication) {
            for (Alignment al : paraphrased.altered()) {
                Sentence c = copy.sentences.get(copyIsFirst ? al.a() : al.b());
                Sentence s = source.sentences.get(copyIsFirst ? al.b() : al.a());
                copyAligned[copyIsFirst ? al.a() : al.b()] = true;
                sourceAligned[copyIsFirst ? al.b() : al.a()] = true;
                out.add(new Change("sentence-edited", c.span(), s.span(), source.text(s), copy.text(c)));
            }
            for (int s = 0; s < sourceAligned.length; s++) {
                Sentence sent = source.sentences.get(s);
                if (!sourceAligned[s] && sent.narrativeWords() > 0) {
                    out.add(new Change("sentence-dropped", null, sent.span(), source.text(sent), null));
                }
            }
            for (int c = 0; c < copyAligned.length; c++) {
                Sentence sent = copy.sentences.get(c);
                if (!copyAligned[c] && sent.narrativeWords() > 0) {
                    out.add(new Change("sentence-added", sent.span(), null, null, copy.text(sent)));
                }
            }
        }
        List<String> dropped = DirectionEvidence.droppedCredits(source.article, copy.article);
        if (!dropped.isEmpty()) {
            out.add(new Change("credits-dropped", null, null, String.join("; ", dropped), null));
        }
        return out;
    }

    private static void edits(PreparedArticle copy, Sentence c, PreparedArticle source, Sentence s, int[] mc,
            int[] ms, List<Change> out) {
        boolean edited = false;
        int pc = 0;
        int ps = 0;
        for (int k = 0; k <= mc.length; k++) {
            int ec = k < mc.length ? mc[k] : c.size();
            int es = k < ms.length ? ms[k] : s.size();
            if (ec > pc || es > ps) {
                boolean beforeNumber = k < mc.length && isNumber(copy.words(c, ec, ec + 1));
                String kind = classify(copy.words(c, pc, ec), source.words(s, ps, es), beforeNumber);
                if (kind == null) {
                    edited = true;
                } else {
                    // a hedge or figure is reported together with the number that follows it
                    int tc = ec;
                    int ts = es;
                    if (beforeNumber) {
                        tc = ec + 1;
                        ts = es + 1;
                    }
                    out.add(new Change(kind, copy.wordSpan(c, pc, tc), source.wordSpan(s, ps, ts),
                            source.words(s, ps, ts), copy.words(c, pc, tc)));
                }
            }
            pc = ec + 1;
            ps = es + 1;
        }
        if (edited) {
            out.add(new Change("sentence-edited", c.span(), s.span(), source.text(s), copy.text(c)));
        }
    }

    /** The kind of one gap, or null when it is an ordinary edit. */
    private static String classify(String copyText, String sourceText, boolean beforeNumber) {
        List<String> cw = words(copyText);
        List<String> sw = words(sourceText);
        if (cw.isEmpty() && sw.size() > WHOLE_CLAUSE || sw.isEmpty() && cw.size() > WHOLE_CLAUSE) {
            return null; // a whole clause cut or added: an edit of the sentence, not a change of its figure
        }
        if (cw.stream().anyMatch(ChangeFinder::isNumber) || sw.stream().anyMatch(ChangeFinder::isNumber)) {
            return "figure-altered";
        }
        if (beforeNumber && (QUANTITY_HEDGES.containsAll(cw) && QUANTITY_HEDGES.containsAll(sw))
                || (cw.isEmpty() || MODAL_HEDGES.containsAll(cw)) && (sw.isEmpty() || MODAL_HEDGES.containsAll(sw))) {
            return "hedge-altered";
        }
        if (sw.stream().anyMatch(ATTRIBUTIONS::contains) && cw.stream().noneMatch(ATTRIBUTIONS::contains)) {
            return "attribution-removed";
        }
        return null;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.,]+")) {
            String t = w.replaceAll("^[.,]+|[.,]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().anyMatch(Character::isDigit);
    }
}
