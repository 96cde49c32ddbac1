package org.corroborate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English models (UD tag set), loaded once from their Maven artifacts.
 *
 * <p>Models are immutable and shared; the ME wrappers around them keep per-call state, so each thread gets
 * its own. Offsets returned here are Java char indices into the given text.
 *
 * <p>Implementation notes on speed (tagging and tokenizing are most of the extraction stage's time; every
 * shortcut here gives OpenNLP's own output, see {@code NlpTest}): the UD tagging model asks for a beam of 3, but
 * its feature generator is declared cached ({@code cache="true"} in its generator.featuregen), and OpenNLP's
 * {@code CachedFeatureGenerator} keys the features of a token by its index alone, previous tags included. Every
 * beam entry at a token therefore gets the features built for the first entry scored there, the best one; all
 * entries share one distribution, so the best sequence is the best entry extended by the most probable tag at
 * each step, which is greedy decoding. {@link #tags} decodes greedily through the same context generator and
 * validator: the same tags for a third of the model evaluations (1.3 M PolNeAR tokens, 0 differences). Tags
 * depend on the tokens alone, so the last sentences' tags are remembered per thread. The tokenizer decides
 * each white-space-free piece from that piece alone, so {@link #tokens} remembers the cuts of each piece.
 */
public final class Nlp {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String LANGUAGES = "/langdetect-183.bin";

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
        static final POSModel TAGGER = load(POS, POSModel::new);
    }

    private static final class Lemmas {
        static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    private static final class Languages {
        static final LanguageDetectorModel MODEL = load(LANGUAGES, LanguageDetectorModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private static final ThreadLocal<Tokenizer> TOKENIZER = ThreadLocal.withInitial(Tokenizer::new);
    private static final ThreadLocal<Tagger> TAGGER = ThreadLocal.withInitial(Tagger::new);
    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> new LemmatizerME(Lemmas.MODEL));
    private static final ThreadLocal<LanguageDetectorME> LANGUAGE_DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Languages.MODEL));

    private Nlp() {}

    /**
     * Sentence spans (char indices) of {@code text}. The detector learned closing quotation marks as one
     * character, so a sentence closed by the typewriter double quote of some archives (a period and two
     * apostrophes, then a capital) is cut there when the detector ran on.
     */
    public static Span[] sentences(String text) {
        Span[] detected = SENTENCE_DETECTOR.get().sentPosDetect(text);
        if (text.indexOf("''") < 0) {
            return detected;
        }
        List<Span> out = new ArrayList<>(detected.length + 4);
        for (Span s : detected) {
            int start = s.getStart();
            for (int i = start; i + 4 < s.getEnd(); i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == '\'' && text.charAt(i + 2) == '\''
                        && Character.isWhitespace(text.charAt(i + 3))) {
                    int next = i + 3;
                    while (next < s.getEnd() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < s.getEnd() && Character.isUpperCase(text.charAt(next))) {
                        out.add(new Span(start, i + 3));
                        start = next;
                        i = next - 1;
                    }
                }
            }
            out.add(start == s.getStart() ? s : new Span(start, s.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Token spans (char indices) of {@code text}. OpenNLP's tokenizer cuts the text at white space, then decides
     * every split inside each piece from that piece alone (this model scores every character position, letters
     * included), so the splits of a piece are remembered per thread and a word seen before costs a lookup.
     */
    public static Span[] tokens(String text) {
        Tokenizer t = TOKENIZER.get();
        List<Span> out = new ArrayList<>();
        for (Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int from = piece.getStart();
            int[] cuts = t.cuts(text.substring(from, piece.getEnd()));
            for (int k = 0; k < cuts.length; k += 2) {
                out.add(new Span(from + cuts[k], from + cuts[k + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** The OpenNLP tokenizer with the token spans it gave each white-space-free piece of text. */
    private static final class Tokenizer {
        /** Pieces remembered per thread before the memory is cleared; news vocabulary fits many times over. */
        private static final int MAX_PIECES = 50_000;

        private final TokenizerME tokenizer = new TokenizerME(Models.TOKENIZER);
        private final Map<String, int[]> seen = new HashMap<>();

        /** Start and end pairs of the tokens of {@code piece}, relative to it. */
        int[] cuts(String piece) {
            int[] cuts = seen.get(piece);
            if (cuts == null) {
                Span[] spans = tokenizer.tokenizePos(piece);
                cuts = new int[spans.length * 2];
                for (int k = 0; k < spans.length; k++) {
                    cuts[2 * k] = spans[k].getStart();
                    cuts[2 * k + 1] = spans[k].getEnd();
                }
                if (seen.size() >= MAX_PIECES) {
                    seen.clear();
                }
                seen.put(piece, cuts);
            }
            return cuts;
        }
    }

    /** Longest run of tokens tagged at once; see {@link #tags}. */
    static final int TAG_WINDOW = 256;

    /**
     * Universal Dependencies part-of-speech tags of {@code tokens}. The decoder hands the tags so far to the
     * context generator as a fresh array at each step (as OpenNLP's beam search does), which is quadratic in
     * sentence length; a run-on "sentence" of a scraped page (a megabyte without punctuation) is therefore
     * tagged in windows of {@value #TAG_WINDOW} tokens, whose edges lose only the two tokens of context the
     * tagger's features look at.
     */
    public static String[] tags(String[] tokens) {
        Tagger tagger = TAGGER.get();
        if (tokens.length <= TAG_WINDOW) {
            List<String> key = List.of(tokens);
            String[] known = tagger.recent.get(key);
            if (known == null) {
                known = tagger.tag(tokens);
                tagger.recent.put(key, known);
            }
            return known.clone();
        }
        String[] out = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += TAG_WINDOW) {
            int to = Math.min(tokens.length, from + TAG_WINDOW);
            System.arraycopy(tagger.tag(Arrays.copyOfRange(tokens, from, to)), 0, out, from, to - from);
        }
        return out;
    }

    /**
     * Greedy decoding with the UD tagger's own context generator and validator; see the class notes. At each
     * token the most probable valid tag is taken, the first one on a tie, as OpenNLP's beam search of one does
     * (its queue keeps the first of equal scores on top).
     */
    private static final class Tagger {
        private final POSContextGenerator context = Models.TAGGER.getFactory().getPOSContextGenerator(BEAM_CACHE);
        private final SequenceValidator<String> validator = Models.TAGGER.getFactory().getSequenceValidator();
        private final MaxentModel model = Models.TAGGER.getArtifact("pos.model");
        private final double[] probs = new double[model.getNumOutcomes()];
        /**
         * The tags of the last sentences tagged on this thread: the figure extractor tokenizes sentences its own
         * way and often arrives at the tokens the entity tagger already tagged. Tags depend on the tokens alone.
         */
        private final Map<List<String>, String[]> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<String>, String[]> eldest) {
                return size() > RECENT;
            }
        };

        String[] tag(String[] tokens) {
            String[] out = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                String[] before = Arrays.copyOf(out, i);
                model.eval(context.getContext(i, tokens, before, NO_CONTEXT), probs);
                int best = -1;
                for (int o = 0; o < probs.length; o++) {
                    if ((best < 0 || probs[o] > probs[best]) && validator.validSequence(i, tokens, before,
                            model.getOutcome(o))) {
                        best = o;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("the tagger's validator allows no tag for token " + i);
                }
                out[i] = model.getOutcome(best);
            }
            return out;
        }
    }

    private static final Object[] NO_CONTEXT = new Object[0];
    /** Sentences whose tags are remembered per thread: more than a long article has. */
    private static final int RECENT = 512;

    /** Contexts cached per sentence by the tagger's context generator, as POSTaggerME sizes it (its beam). */
    private static final int BEAM_CACHE = 3;

    /** Lemmas of {@code tokens} given their tags. */
    public static String[] lemmas(String[] tokens, String[] tags) {
        return LEMMATIZER.get().lemmatize(tokens, tags);
    }

    /** ISO 639-3 code of the most likely language of {@code text}. */
    public static String language(String text) {
        return LANGUAGE_DETECTOR.get().predictLanguage(text).getLang();
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
