package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Share of Recognizers-Text Number and NumberWithUnit cases passed. */
public final class NumberEvaluation implements Evaluation {
    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public String description() {
        return "share of Recognizers-Text Number and NumberWithUnit cases passed";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval numbers: not yet written");
    }
}
