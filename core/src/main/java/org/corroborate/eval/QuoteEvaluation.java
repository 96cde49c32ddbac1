package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Content F1 and speaker accuracy on PolNeAR. */
public final class QuoteEvaluation implements Evaluation {
    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String description() {
        return "content F1 and speaker accuracy on PolNeAR";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval quotes: not yet written");
    }
}
