package org.corroborate.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quantity;
import org.corroborate.text.CalendarWords;

/**
 * Reads the evidence an article gives about which event it reports: weighted terms.
 *
 * <p>Implementation notes. A bag of Porter-stemmed words (Porter 1980) with field weights, as in classic
 * topic detection and tracking (Allan et al., 1998): title words and the lead count more than the rest of the
 * body because news puts the event up front. Capitalised words inside a sentence are taken as names and count
 * more, and runs of them also give a phrase term ("=tara reid"), because two events of the same kind (two
 * celebrities entering rehab) differ mostly in their names, places and figures. Entities and quantities from
 * {@link ArticleFacts} can add name terms ("=") and figure terms ("#value unit") at {@code factWeight}, 0 by
 * default because the text's own names and figures already hold them. Counts are made
 * sublinear (log(1 + count)) so a long article does not drown a short one. Idf is applied later, by the index,
 * because it depends on the stream.
 */
public final class StoryTerms {
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say", "told", "according",
            "one", "two", "new", "last", "first", "year", "years", "today", "yesterday", "week", "s", "t", "mr", "mrs",
            "ms", "may", "might",
            "must", "shall", "us", "yet", "still", "however", "since", "around", "among", "many", "much", "another",
            "per", "via", "within", "without", "upon", "whether", "though", "although", "get", "got", "like", "even",
            "well", "back", "made", "make", "including", "people", "time", "day", "http", "www", "com", "html");

    private final StorySettings settings;

    public StoryTerms(StorySettings settings) {
        this.settings = settings;
    }

    /** The terms of {@code article}; {@code facts} may be null or empty. */
    public ArticleTerms extract(Article article, ArticleFacts facts) {
        Map<String, Float> counts = new LinkedHashMap<>();
        PorterStemmer stemmer = new PorterStemmer();
        String title = article.title() == null ? "" : article.title().strip();
        addText(title, settings.titleWeight(), false, counts, stemmer, 0);
        String body = article.body() == null ? "" : article.body();
        addText(body, 1f, true, counts, stemmer, settings.leadLength());
        float factWeight = settings.factWeight();
        if (facts != null && factWeight > 0) {
            for (EntityMention m : facts.entities()) {
                String name = normalizeName(m.text());
                if (!name.isEmpty()) {
                    counts.merge("=" + name, factWeight * settings.nameWeight(), Float::sum);
                }
            }
            for (Quantity q : facts.quantities()) {
                counts.merge("#" + figure(q.value()) + (q.unit() == null ? "" : " " + stem(stemmer,
                        q.unit().toLowerCase(Locale.ROOT))), factWeight * settings.figureWeight(), Float::sum);
            }
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        counts.forEach((t, c) -> weights.put(t, (float) Math.log1p(c)));
        return new ArticleTerms(article.id(), title.isEmpty() ? null : title, lead(body), time(article.published()),
                weights);
    }

    /**
     * Adds the words of {@code text}. With {@code names}, capitalised words that do not open a sentence weigh
     * {@code nameWeight} more and runs of them add a phrase term. Words before code point {@code leadEnd} get
     * the lead weight.
     */
    private void addText(String text, float weight, boolean names, Map<String, Float> counts, PorterStemmer stemmer,
            int leadEnd) {
        StringBuilder phrase = new StringBuilder();
        int phraseWords = 0;
        boolean sentenceStart = true;
        int i = 0;
        int cp = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201c') {
                    sentenceStart = true;
                }
                if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '\u2019' || c == '\n') {
                    phraseWords = flushPhrase(phrase, phraseWords, counts);
                }
                i += Character.charCount(c);
                cp++;
                continue;
            }
            int start = i;
            int startCp = cp;
            boolean digits = true;
            while (i < text.length()) {
                int d = text.codePointAt(i);
                boolean joins = Character.isLetterOrDigit(d)
                        || (d == ',' || d == '.') && digits && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i + 1)) && i > start;
                if (!joins) {
                    break;
                }
                if (Character.isLetter(d)) {
                    digits = false;
                }
                i += Character.charCount(d);
                cp++;
            }
            String word = text.substring(start, i);
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            boolean name = names && capital && !sentenceStart;
            sentenceStart = false;
            String lower = word.toLowerCase(Locale.ROOT);
            if (digits) {
                lower = lower.replace(",", "");
            }
            float w = weight * (startCp < leadEnd ? settings.leadWeight() : 1f);
            if (name) {
                w *= settings.nameWeight();
            } else if (digits) {
                w *= settings.figureWeight();
            }
            if (STOPWORDS.contains(lower) || CalendarWords.isWeekday(lower) || lower.length() < 2 && !digits) {
                phraseWords = flushPhrase(phrase, phraseWords, counts);
                continue;
            }
            counts.merge(digits ? lower : stem(stemmer, lower), w, Float::sum);
            if (name) {
                if (phraseWords > 0) {
                    phrase.append(' ');
                }
                phrase.append(lower);
                phraseWords++;
            } else {
                phraseWords = flushPhrase(phrase, phraseWords, counts);
            }
        }
        flushPhrase(phrase, phraseWords, counts);
    }

    private int flushPhrase(StringBuilder phrase, int words, Map<String, Float> counts) {
        if (words >= 2) {
            counts.merge("=" + phrase, settings.nameWeight(), Float::sum);
        }
        phrase.setLength(0);
        return 0;
    }

    private static String stem(PorterStemmer stemmer, String word) {
        return stemmer.stem(word).toString();
    }

    private static String normalizeName(String text) {
        StringBuilder b = new StringBuilder();
        for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    private static String figure(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** The first sentence of the body (up to 160 characters, cut at a word). */
    static String lead(String body) {
        String text = body.strip();
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && i > 20) {
                end = c == '\n' ? i : i + 1;
                break;
            }
        }
        String first = text.substring(0, end).strip();
        if (first.length() > 160) {
            int cut = first.lastIndexOf(' ', 157);
            first = first.substring(0, cut > 40 ? cut : 157) + "...";
        }
        return first.isEmpty() ? null : first;
    }

    /** Epoch milliseconds of an ISO date or date-time; {@link StoryIndex#NO_TIME} when absent or unreadable. */
    static long time(String published) {
        if (published == null || published.isBlank()) {
            return StoryIndex.NO_TIME;
        }
        String p = published.strip();
        try {
            return OffsetDateTime.parse(p).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the other ISO shapes below
        }
        try {
            return Instant.parse(p).toEpochMilli();
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return StoryIndex.NO_TIME;
        }
    }
}
