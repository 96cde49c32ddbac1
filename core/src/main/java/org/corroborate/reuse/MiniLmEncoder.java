package org.corroborate.reuse;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (Reimers and Gurevych, Sentence-BERT, EMNLP 2019; quantized ONNX
 * weights shipped inside the langchain4j jar), run in-process by ONNX Runtime: no network, no service.
 *
 * <p>Implementation notes: the model is loaded lazily, once per JVM (holder idiom, so the first caller loads it
 * and every thread sees the same instance). The tokenizer is DJL's HuggingFace binding, whose native library is
 * extracted from its jar into {@code DJL_CACHE_DIR}; unless that is set (system property or environment) it is
 * pointed at {@code corroborate.cache.dir} or, failing that, {@code java.io.tmpdir/corroborate-djl}, never the
 * home directory, and DJL is put offline so nothing is downloaded. Each sentence is embedded on its own (no
 * batch padding), so its vector does not depend on the other sentences; vectors are mean-pooled and
 * normalized to unit length. If the model cannot be loaded (missing native library, unsupported platform) a
 * warning is logged and {@link #shared()} is empty: the engine then runs without paraphrase alignment.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    private static final System.Logger LOG = System.getLogger(MiniLmEncoder.class.getName());
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The JVM's encoder, loaded on first use; empty (after one logged warning) when loading failed. */
    public static Optional<SentenceEncoder> shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Optional<SentenceEncoder> INSTANCE = load();
    }

    private static Optional<SentenceEncoder> load() {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            String base = System.getProperty("corroborate.cache.dir");
            Path dir = base != null ? Path.of(base, "djl")
                    : Path.of(System.getProperty("java.io.tmpdir"), "corroborate-djl");
            System.setProperty("DJL_CACHE_DIR", dir.toAbsolutePath().toString());
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            MiniLmEncoder encoder = new MiniLmEncoder();
            encoder.encode(List.of("warm-up"));
            return Optional.of(encoder);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "sentence embedding model all-MiniLM-L6-v2 could not be loaded ("
                    + e + "); reuse detection runs without paraphrase alignment");
            return Optional.empty();
        }
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit(model.embed(sentences.get(i)).content().vector());
        }
        return out;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2 (quantized, ONNX Runtime)";
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = v.clone();
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= (float) norm;
            }
        }
        return out;
    }
}
