package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Span;

/**
 * Fills in an article's language, paragraphs and sentences (code point spans of its body).
 *
 * <p>Implementation notes: paragraphs are the blocks between blank lines, and within a block each line is its
 * own paragraph (pages that put one paragraph on each line), unless the block is hard-wrapped: when most of its
 * inner line ends fall mid-sentence, the block is one paragraph. Sentences come from the OpenNLP detector run
 * on each paragraph alone, so none crosses a paragraph, then {@link SentenceRepair} fixes abbreviation errors.
 * The language is detected on the whole body; texts too short to tell get "und".
 */
public final class Segmenter {
    /** Fewer letters than this and the language detector is guessing. */
    static final int MIN_LETTERS_FOR_LANGUAGE = 40;
    /** Chars of the body the language detector reads; see {@link #language}. */
    static final int LANGUAGE_SAMPLE = 1_000;

    /**
     * {@code article} as it is when it already has sentences and paragraphs, else segmented here as the pipeline
     * would: for extractors handed an article that skipped {@link #segment} (evaluations, tests).
     */
    public Article segmentIfBare(Article article) {
        return article.sentences().isEmpty() || article.paragraphs().isEmpty() ? segment(article) : article;
    }

    public Article segment(Article article) {
        String body = article.body();
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        Offsets offsets = new Offsets(body);
        for (int[] p : paragraphs(body)) {
            paragraphs.add(offsets.span(p[0], p[1]));
            String text = body.substring(p[0], p[1]);
            List<int[]> detected = new ArrayList<>();
            for (opennlp.tools.util.Span s : Nlp.sentences(text)) {
                detected.add(new int[] {s.getStart(), s.getEnd()});
            }
            for (int[] s : SentenceRepair.repair(text, detected)) {
                int[] t = trim(text, s[0], s[1]);
                if (t[1] > t[0]) {
                    sentences.add(offsets.span(p[0] + t[0], p[0] + t[1]));
                }
            }
        }
        return article.withSegments(language(body), paragraphs, sentences);
    }

    /**
     * Char-to-code-point conversion for spans that start in increasing order: each start is counted from the
     * previous one, so a body with many sentences costs linear time ({@link Span#ofChars} counts from the start
     * of the text every time, which is quadratic over a long non-Latin-1 body).
     */
    private static final class Offsets {
        private final String text;
        private int lastChar;
        private int lastCodePoint;

        Offsets(String text) {
            this.text = text;
        }

        Span span(int charStart, int charEnd) {
            if (charStart < lastChar) {
                lastChar = 0;
                lastCodePoint = 0;
            }
            lastCodePoint += text.codePointCount(lastChar, charStart);
            lastChar = charStart;
            return new Span(lastCodePoint, lastCodePoint + text.codePointCount(charStart, charEnd));
        }
    }

    /**
     * ISO 639-1 code where one exists (else ISO 639-3), or "und" for text too short to tell. The detector reads
     * the first {@value #LANGUAGE_SAMPLE} chars: its cost grows with the text (it was a fifth of the extraction
     * stage on news articles) while its answer no longer changes (the same language as the whole text for all
     * 1,186 evaluation texts; see docs/benchmarks/extraction-speed.md).
     */
    static String language(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS_FOR_LANGUAGE) {
            return "und";
        }
        int end = text.length();
        if (end > LANGUAGE_SAMPLE) {
            end = Character.isHighSurrogate(text.charAt(LANGUAGE_SAMPLE - 1)) ? LANGUAGE_SAMPLE - 1 : LANGUAGE_SAMPLE;
        }
        return LanguageCodes.twoLetter(Nlp.language(text.substring(0, end)));
    }

    /** Paragraph bounds, {start, end} char pairs into {@code body}, trimmed of surrounding white space. */
    static List<int[]> paragraphs(String body) {
        List<int[]> lines = new ArrayList<>(); // non-blank lines
        List<Boolean> blankBefore = new ArrayList<>();
        int pos = 0;
        boolean blank = false;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            int[] t = trim(body, pos, end);
            if (t[1] > t[0]) {
                lines.add(t);
                blankBefore.add(blank || lines.size() == 1);
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && !blankBefore.get(j)) {
                j++;
            }
            List<int[]> block = lines.subList(i, j);
            if (isHardWrapped(body, block)) {
                out.add(new int[] {block.get(0)[0], block.get(block.size() - 1)[1]});
            } else {
                out.addAll(block);
            }
            i = j;
        }
        return out;
    }

    /**
     * Most inner line ends of the block fall where no sentence ends: no closing punctuation, and the next line
     * goes on in lower case (a list of title-case lines, "Roe Explains Why She Ran", is no wrapped paragraph).
     */
    private static boolean isHardWrapped(String body, List<int[]> block) {
        if (block.size() < 2) {
            return false;
        }
        int midSentence = 0;
        for (int k = 0; k < block.size() - 1; k++) {
            char last = body.charAt(block.get(k)[1] - 1);
            if (".!?:\"\u201d')\u2019".indexOf(last) < 0 && !Character.isUpperCase(body.codePointAt(block.get(k + 1)[0]))) {
                midSentence++;
            }
        }
        return midSentence * 2 > block.size() - 1;
    }

    private static int[] trim(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
