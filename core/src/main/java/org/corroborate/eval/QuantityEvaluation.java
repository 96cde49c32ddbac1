package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Value and value+unit F1 on NewsQuant. */
public final class QuantityEvaluation implements Evaluation {
    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public String description() {
        return "value and value+unit F1 on NewsQuant";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval quantities: not yet written");
    }
}
