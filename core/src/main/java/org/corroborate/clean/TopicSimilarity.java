package org.corroborate.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.text.CalendarWords;

/**
 * How much two stretches of text share their vocabulary: the cosine of their content-word vectors.
 *
 * <p>Implementation notes: the classic vector-space measure (Salton, Wong and Yang 1975) with sublinear term
 * frequency (1 + ln tf), as used for topic segmentation by TextTiling (Hearst 1997). Two vectors are compared
 * and their cosines averaged: all content words (lower-cased letter runs of three or more letters, minus a
 * short list of English function words), and names alone (capitalized words not opening a sentence). Names
 * weigh in twice because news on different events shares much common vocabulary ("officials", "country",
 * the capital's name) but few people and places, while two dispatches on one event share most of them.
 */
final class TopicSimilarity {
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "that", "with", "was", "were", "are",
            "has", "have", "had", "his", "her", "its", "their", "they", "them", "this", "these", "those", "from",
            "but", "not", "who", "which", "what", "when", "where", "will", "would", "could", "should", "said",
            "says", "say", "been", "being", "also", "than", "then", "there", "into", "over", "about", "after",
            "before", "more", "most", "some", "such", "only", "other", "any", "all", "can", "may", "might", "our",
            "out", "one", "two", "new", "year", "years", "while", "she", "him", "you", "your", "did", "does", "just",
            "very", "because", "between", "both", "each", "how", "own", "same", "so", "until", "upon", "under",
            "again", "against", "during", "through", "why", "whom", "whose", "here", "off", "too", "yet", "still",
            "told", "week", "day");

    /** Compiled once: these run on every token of both sides of each boundary candidate. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”’')]*$");

    private TopicSimilarity() {}

    /** Cosine similarity in [0, 1] of the content words of {@code a} and {@code b}; 0 when either has none. */
    static double between(List<String> a, List<String> b) {
        return betweenCounted(a.stream().map(TopicSimilarity::count).toList(),
                b.stream().map(TopicSimilarity::count).toList());
    }

    /** The content words of one text, counted once so that a text compared many times is read once. */
    record Counts(Map<String, Integer> words, Map<String, Integer> names) {}

    static Counts count(String text) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        boolean sentenceStart = true;
        for (String token : SPACES.split(text)) {
            String w = EDGE_NON_LETTERS.matcher(token).replaceAll("");
            boolean opensSentence = sentenceStart;
            sentenceStart = ENDS_SENTENCE.matcher(token).find();
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.codePointCount(0, lower.length()) >= 3 && !STOPWORDS.contains(lower)
                    && !CalendarWords.isWeekday(lower)) {
                words.merge(lower, 1, Integer::sum);
                if (!opensSentence && Character.isUpperCase(w.codePointAt(0))) {
                    names.merge(lower, 1, Integer::sum);
                }
            }
        }
        return new Counts(words, names);
    }

    /** {@link #between} of texts already counted. */
    static double betweenCounted(List<Counts> a, List<Counts> b) {
        return (cosine(vector(a, false), vector(b, false)) + cosine(vector(a, true), vector(b, true))) / 2;
    }

    private static double cosine(Map<String, Double> va, Map<String, Double> vb) {
        double dot = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double w = vb.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double na = norm(va);
        double nb = norm(vb);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static Map<String, Double> vector(List<Counts> texts, boolean namesOnly) {
        Map<String, Integer> counts = new HashMap<>();
        for (Counts t : texts) {
            (namesOnly ? t.names() : t.words()).forEach((w, c) -> counts.merge(w, c, Integer::sum));
        }
        Map<String, Double> v = new HashMap<>();
        counts.forEach((w, c) -> v.put(w, 1 + Math.log(c)));
        return v;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
