package org.corroborate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English models (UD tag set), loaded once from their Maven artifacts.
 *
 * <p>Models are immutable and shared; the ME wrappers around them keep per-call state, so each thread gets
 * its own. Offsets returned here are Java char indices into the given text.
 *
 * <p>Implementation notes on tagging: the UD model asks for a beam of 3, but its feature generator is declared
 * cached ({@code cache="true"} in its generator.featuregen), and OpenNLP's {@code CachedFeatureGenerator} keys
 * the features of a token by its index alone, previous tags included. Every beam entry at a token therefore
 * gets the features built for the first entry scored there, which is the best one; all entries share one
 * distribution, so the best sequence is the best entry extended by the most probable tag at each step: greedy
 * decoding. The tagger here decodes with a beam of 1 through the same context generator and validator, which
 * gives the same tags at a third of the model evaluations (checked on 1.3 M PolNeAR tokens, 0 differences;
 * {@code NlpTest} pins it on fresh sentences).
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
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENIZER));
    private static final ThreadLocal<Tagger> TAGGER = ThreadLocal.withInitial(Tagger::new);
    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> new LemmatizerME(Lemmas.MODEL));
    private static final ThreadLocal<LanguageDetectorME> LANGUAGE_DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Languages.MODEL));

    private Nlp() {}

    /** Sentence spans (char indices) of {@code text}. */
    public static Span[] sentences(String text) {
        return SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    /** Token spans (char indices) of {@code text}. */
    public static Span[] tokens(String text) {
        return TOKENIZER.get().tokenizePos(text);
    }

    /** Longest run of tokens tagged at once; see {@link #tags}. */
    static final int TAG_WINDOW = 256;

    /**
     * Universal Dependencies part-of-speech tags of {@code tokens}. OpenNLP's beam search copies the sequence
     * so far at each step, which is quadratic in sentence length; a run-on "sentence" of a scraped page (a
     * megabyte without punctuation) is therefore tagged in windows of {@value #TAG_WINDOW} tokens, whose
     * edges lose only the two tokens of context the tagger's features look at.
     */
    public static String[] tags(String[] tokens) {
        if (tokens.length <= TAG_WINDOW) {
            return TAGGER.get().tag(tokens);
        }
        String[] out = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += TAG_WINDOW) {
            int to = Math.min(tokens.length, from + TAG_WINDOW);
            String[] window = java.util.Arrays.copyOfRange(tokens, from, to);
            System.arraycopy(TAGGER.get().tag(window), 0, out, from, to - from);
        }
        return out;
    }

    /** The UD tagger's context generator and validator with a beam of one; see the class notes. */
    private static final class Tagger {
        final POSContextGenerator context = Models.TAGGER.getFactory().getPOSContextGenerator(BEAM_CACHE);
        final SequenceValidator<String> validator = Models.TAGGER.getFactory().getSequenceValidator();
        final BeamSearch search = new BeamSearch(1, (MaxentModel) Models.TAGGER.getArtifact("pos.model"));

        String[] tag(String[] tokens) {
            return search.bestSequence(tokens, null, context, validator).getOutcomes().toArray(new String[0]);
        }
    }

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
