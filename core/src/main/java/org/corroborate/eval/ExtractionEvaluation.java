package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Article body extraction F1 on article-extraction. */
public final class ExtractionEvaluation implements Evaluation {
    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public String description() {
        return "article body extraction F1 on article-extraction";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval extraction: not yet written");
    }
}
