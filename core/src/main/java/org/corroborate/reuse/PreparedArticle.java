package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.corroborate.fingerprint.Fingerprint;
import org.corroborate.fingerprint.FingerprintScheme;
import org.corroborate.fingerprint.Words;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.Span;
import org.corroborate.text.Nlp;

/**
 * An article read for reuse detection: its sentences as normalized word hashes, each word marked quoted or
 * narrative, and the fingerprint of its narrative words.
 */
final class PreparedArticle {
    final Article article;
    final List<Sentence> sentences;
    final int narrativeWords;
    final Fingerprint fingerprint;
    /** Sentence embeddings computed so far (paraphrase alignment), by sentence index; guarded by itself. */
    private final float[][] embeddings;

    /** One sentence: code point span, char span, and per word its hash, char range and quotedness. */
    record Sentence(Span span, int charStart, int charEnd, long[] words, int[] starts, int[] ends,
            boolean[] quoted, int narrativeWords) {
        int size() {
            return words.length;
        }
    }

    PreparedArticle(Article article, FingerprintScheme scheme) {
        this.article = article;
        String body = article.body();
        BitSet quotes = QuoteMask.of(body);
        List<Sentence> out = new ArrayList<>();
        scheme.begin();
        int narrative = 0;
        for (int[] range : sentenceRanges(article)) {
            Sentence s = sentence(body, range[0], range[1], quotes);
            if (s.size() == 0) {
                continue;
            }
            out.add(s);
            narrative += s.narrativeWords();
            for (int w = 0; w < s.size(); w++) {
                if (!s.quoted()[w]) {
                    scheme.add(s.words()[w]);
                }
            }
        }
        this.sentences = List.copyOf(out);
        this.narrativeWords = narrative;
        this.fingerprint = scheme.finish();
        this.embeddings = new float[sentences.size()][];
    }

    /**
     * Embeddings of the narrative text of sentences {@code indices}, each computed once per article however
     * many pairs ask for it.
     */
    float[][] embeddings(int[] indices, SentenceEncoder encoder) {
        synchronized (embeddings) {
            List<Integer> missing = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i : indices) {
                if (embeddings[i] == null) {
                    missing.add(i);
                    texts.add(narrativeText(sentences.get(i)));
                }
            }
            if (!texts.isEmpty()) {
                float[][] computed = encoder.encode(texts);
                for (int k = 0; k < computed.length; k++) {
                    embeddings[missing.get(k)] = computed[k];
                }
            }
            float[][] out = new float[indices.length][];
            for (int k = 0; k < indices.length; k++) {
                out[k] = embeddings[indices[k]];
            }
            return out;
        }
    }

    /** The words of a sentence outside quotation marks, space-separated: the text that may be evidence. */
    String narrativeText(Sentence s) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < s.size(); w++) {
            if (!s.quoted()[w]) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(article.body(), s.starts()[w], s.ends()[w]);
            }
        }
        return out.toString();
    }

    String id() {
        return article.id();
    }

    String text(Sentence s) {
        return article.body().substring(s.charStart(), s.charEnd());
    }

    /** Raw text of words {@code [from, to)} of a sentence (empty when the range is empty). */
    String words(Sentence s, int from, int to) {
        return from >= to ? "" : article.body().substring(s.starts()[from], s.ends()[to - 1]);
    }

    Span wordSpan(Sentence s, int from, int to) {
        String body = article.body();
        if (from >= to) {
            int at = from < s.size() ? s.starts()[from] : s.charEnd();
            return Span.ofChars(body, at, at);
        }
        return Span.ofChars(body, s.starts()[from], s.ends()[to - 1]);
    }

    /**
     * Char ranges of the article's sentences; an article not yet segmented is split at line breaks and by the
     * OpenNLP sentence model, so reuse detection never depends on the segmenter having run.
     */
    private static List<int[]> sentenceRanges(Article article) {
        String body = article.body();
        List<int[]> ranges = new ArrayList<>();
        if (!article.sentences().isEmpty()) {
            for (Span s : article.sentences()) {
                int start = CodePoints.toChar(body, s.start());
                ranges.add(new int[] {start, body.offsetByCodePoints(start, s.length())});
            }
            return ranges;
        }
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            String line = body.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : Nlp.sentences(line)) {
                    ranges.add(new int[] {lineStart + s.getStart(), lineStart + s.getEnd()});
                }
            }
            lineStart = lineEnd + 1;
        }
        return ranges;
    }

    private static Sentence sentence(String body, int from, int to, BitSet quotes) {
        List<long[]> words = new ArrayList<>();
        Words.scan(body, from, to, (s, e, h) -> words.add(new long[] {h, s, e}));
        int n = words.size();
        long[] hashes = new long[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] quoted = new boolean[n];
        int narrative = 0;
        for (int i = 0; i < n; i++) {
            long[] w = words.get(i);
            hashes[i] = w[0];
            starts[i] = (int) w[1];
            ends[i] = (int) w[2];
            quoted[i] = quotes.get(starts[i]);
            if (!quoted[i]) {
                narrative++;
            }
        }
        return new Sentence(Span.ofChars(body, from, to), from, to, hashes, starts, ends, quoted, narrative);
    }
}
