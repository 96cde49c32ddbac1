package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.Span;
import org.corroborate.text.Nlp;
import org.corroborate.text.Segmenter;

/**
 * An article body cut into sentences and paragraphs, tokenized and tagged with UD part-of-speech tags.
 *
 * <p>Implementation notes: tokens come from the OpenNLP tokenizer, tags from the OpenNLP UD tagger, one
 * sentence at a time. Two repairs are made because the name rules below depend on them: a hyphen suffix the
 * tokenizer split off ("Yong" + "-hyun") is glued back, and a possessive the tokenizer kept inside a token
 * ("Russia's", tag {@code PROPN+PART}) is recorded on the token so names end before it. Curly apostrophes are made
 * straight for the tagger only (token texts and offsets stay as written): it tags "he’d" as punctuation. Tagging is the costly
 * step of extraction, and both the recognizer and the quote extractor need it, so the last article tagged on
 * each thread is kept and reused.
 */
public final class TaggedText {
    /** One token: char offsets into the body, its text, its first UD tag, and the sentence and paragraph holding it. */
    public record Token(int start, int end, String text, String tag, boolean possessive, int sentence, int paragraph) {
        /** The token's text without a possessive ending. */
        public String word() {
            if (!possessive) {
                return text;
            }
            int cut = text.length() - endingLength();
            return cut > 0 ? text.substring(0, cut) : text;
        }

        /** End (char index) of the token without its possessive ending. */
        public int wordEnd() {
            return possessive && text.length() > 2 ? end - endingLength() : end;
        }

        /** "'s" (two chars), or the apostrophe alone of a plural's possessive ("Owls'"). */
        private int endingLength() {
            char last = text.charAt(text.length() - 1);
            return last == '\'' || last == '’' ? 1 : 2;
        }

        public boolean is(String t) {
            return tag.equals(t);
        }
    }

    private static final ThreadLocal<TaggedText> LAST = new ThreadLocal<>();
    private static final Segmenter SEGMENTER = new Segmenter();

    private final String body;
    private final String article;
    private final List<Token> tokens;
    /** Char ranges [start, end) of sentences and paragraphs, and the first token of each sentence. */
    private final int[][] sentences;
    private final int[][] paragraphs;
    private final int[] sentenceFirstToken;

    private TaggedText(String article, String body, int[][] sentences, int[][] paragraphs) {
        this.article = article;
        this.body = body;
        this.sentences = sentences;
        this.paragraphs = paragraphs;
        this.sentenceFirstToken = new int[sentences.length + 1];
        List<Token> out = new ArrayList<>(body.length() / 5);
        int para = 0;
        for (int s = 0; s < sentences.length; s++) {
            sentenceFirstToken[s] = out.size();
            int from = sentences[s][0];
            String text = body.substring(from, sentences[s][1]);
            while (para < paragraphs.length - 1 && paragraphs[para][1] <= from) {
                para++;
            }
            tagSentence(text, from, s, para, out);
        }
        sentenceFirstToken[sentences.length] = out.size();
        this.tokens = List.copyOf(out);
    }

    /** The tagged text of {@code article}, reusing the last one this thread built when it is the same article. */
    public static TaggedText of(Article article) {
        TaggedText last = LAST.get();
        if (last != null && last.body == article.body() && last.article.equals(article.id())) {
            return last;
        }
        Article segmented = SEGMENTER.segmentIfBare(article);
        TaggedText built = new TaggedText(article.id(), article.body(),
                charRanges(article, segmented.sentences()), charRanges(article, segmented.paragraphs()));
        LAST.set(built);
        return built;
    }

    private static int[][] charRanges(Article article, List<Span> spans) {
        String body = article.body();
        int cps = body.codePointCount(0, body.length());
        int[][] out = new int[spans.size()][];
        for (int i = 0; i < out.length; i++) {
            Span s = spans.get(i);
            if (s.end() > cps) {
                throw new IllegalArgumentException("article " + article.id() + ": segment [" + s.start() + ", " + s.end()
                        + ") lies beyond the body (" + cps + " code points)");
            }
            int start = CodePoints.toChar(body, s.start());
            out[i] = new int[] {start, body.offsetByCodePoints(start, s.length())};
        }
        // token lookups search by position: segments must be in text order
        Arrays.sort(out, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return out;
    }

    private static void tagSentence(String text, int offset, int sentence, int paragraph, List<Token> out) {
        opennlp.tools.util.Span[] spans = Nlp.tokens(text);
        List<int[]> merged = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span sp : spans) {
            int s = sp.getStart();
            int e = sp.getEnd();
            // glue a split-off hyphen suffix back onto its word: "Yong" "-hyun" -> "Yong-hyun"
            if (!merged.isEmpty() && text.charAt(s) == '-' && e - s > 1 && Character.isLetter(text.charAt(s + 1))) {
                int[] prev = merged.get(merged.size() - 1);
                if (prev[1] == s && Character.isLetter(text.charAt(s - 1))) {
                    prev[1] = e;
                    continue;
                }
            }
            // and a split-off prefix onto the word after it: "ex-" "wife" -> "ex-wife"
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] == s && Character.isLetter(text.charAt(s))) {
                int[] prev = merged.get(merged.size() - 1);
                if (prev[1] - prev[0] > 1 && text.charAt(prev[1] - 1) == '-' && Character.isLetter(text.charAt(prev[1] - 2))) {
                    prev[1] = e;
                    continue;
                }
            }
            // glue the typewriter double quote back: "''" opening a word comes out as two apostrophes
            if (!merged.isEmpty() && e - s == 1 && text.charAt(s) == '\'' && merged.get(merged.size() - 1)[1] == s
                    && merged.get(merged.size() - 1)[0] == s - 1 && text.charAt(s - 1) == '\'') {
                merged.get(merged.size() - 1)[1] = e;
                continue;
            }
            // and a middle initial's period: "Charles B" "." "Roe" -> "Charles B." "Roe" (the tokenizer keeps some
            // initials whole, "J.", and splits others)
            if (!merged.isEmpty() && e - s == 1 && text.charAt(s) == '.' && initialBefore(text, merged.get(merged.size() - 1), s)) {
                merged.get(merged.size() - 1)[1] = e;
                continue;
            }
            merged.add(new int[] {s, e});
        }
        String[] words = new String[merged.size()];
        String[] tagged = new String[merged.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(merged.get(i)[0], merged.get(i)[1]);
            // the tagger learned contractions with straight apostrophes: "he’d" is tagged PUNCT, "he'd" PRON
            tagged[i] = words[i].replace('’', '\'');
            if (tagged[i].equals("''") || tagged[i].equals("``")) {
                tagged[i] = "\""; // and it learned quotations in straight double quotes
            }
        }
        String[] tags = Nlp.tags(tagged);
        for (int i = 1; i < words.length; i++) {
            // ("Gene/PROPN B./PROPN Sperling/VERB", "I. Charles McCullough/ADP III": the tagger reads the capitalized
            // words of a name after an initial, after a name's first word or opening the sentence, as anything)
            if (!isInitial(words[i - 1]) || i >= 2 && !tags[i - 2].startsWith("PROPN")) {
                continue;
            }
            for (int j = i; j < words.length && j < i + 3 && Character.isUpperCase(words[j].charAt(0))
                    && !(tags[j].startsWith("PRON") || tags[j].startsWith("DET") || tags[j].startsWith("AUX")
                    || tags[j].startsWith("CCONJ") || tags[j].startsWith("SCONJ") || tags[j].startsWith("PUNCT")); j++) {
                tags[j] = "PROPN";
            }
        }
        for (int i = 0; i < words.length; i++) {
            String tag = tags[i];
            int plus = tag.indexOf('+');
            // (the tagger makes some names with "’s" verbs: "Clinton’s/VERB team"; a capitalized word with "’s" that
            // is no pronoun is a name's possessive, opening a sentence too: "Roe’s/VERB aides said")
            // and some common nouns with "'s" punctuation: "party's/PUNCT split"
            boolean wordAsPunct = tag.equals("PUNCT") && Character.isLetter(words[i].charAt(0));
            boolean possessive = endsPossessive(words[i]) && (plus > 0 || tag.startsWith("PROPN") || tag.startsWith("NOUN")
                    || wordAsPunct || Character.isUpperCase(words[i].charAt(0)) && !CONTRACTING.contains(
                            words[i].substring(0, words[i].length() - 2).replace('’', '\'').toLowerCase()));
            String first = possessive && wordAsPunct ? "NOUN" : plus > 0 ? tag.substring(0, plus) : tag;
            out.add(new Token(offset + merged.get(i)[0], offset + merged.get(i)[1], words[i], first, possessive, sentence,
                    paragraph));
        }
    }

    /** "B.": one capital letter and its period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /**
     * Whether token {@code prev} is one capital letter standing alone, right before the period at {@code period},
     * and a capitalized word follows after a space: a name's initial, not a sentence's end ("Plan B.").
     */
    private static boolean initialBefore(String text, int[] prev, int period) {
        int n = period + 1;
        return prev[1] == period && prev[1] - prev[0] == 1 && Character.isUpperCase(text.charAt(prev[0]))
                && (prev[0] == 0 || Character.isWhitespace(text.charAt(prev[0] - 1)))
                && n + 1 < text.length() && text.charAt(n) == ' ' && Character.isUpperCase(text.charAt(n + 1));
    }

    /** Words whose "'s" is "is" or "has", capitalized after a quotation or in a title ("He’s", "What’s"). */
    private static final Set<String> CONTRACTING = Set.of("he", "she", "it", "that", "what",
            "there", "here", "who", "where", "how", "let", "this", "everyone", "everybody", "someone", "somebody",
            "anyone", "anybody", "nobody", "everything", "something", "nothing", "why", "when");

    /** "Roe's", "Roe’s", and a plural's "Owls'" (a quote closed after an "s" reads the same). */
    private static boolean endsPossessive(String w) {
        int n = w.length();
        return n > 2 && ((w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')
                && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')
                || (w.charAt(n - 1) == '\'' || w.charAt(n - 1) == '’') && (w.charAt(n - 2) == 's' || w.charAt(n - 2) == 'S'));
    }

    public String body() {
        return body;
    }

    public String article() {
        return article;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int sentenceCount() {
        return sentences.length;
    }

    public int paragraphCount() {
        return paragraphs.length;
    }

    /** Char range [start, end) of sentence {@code s}. */
    public int[] sentence(int s) {
        return sentences[s];
    }

    /** Char range [start, end) of paragraph {@code p}. */
    public int[] paragraph(int p) {
        return paragraphs[p];
    }

    /** Index of the first token of sentence {@code s}; {@code sentenceCount()} gives the token count. */
    public int firstToken(int s) {
        return sentenceFirstToken[s];
    }

    /** The paragraph holding char index {@code c}, or -1. */
    public int paragraphAt(int c) {
        int lo = 0;
        int hi = paragraphs.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs[mid][1] <= c) {
                lo = mid + 1;
            } else if (paragraphs[mid][0] > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Index of the first token starting at or after char index {@code c}. */
    public int tokenAtOrAfter(int c) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
