package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Copy detection on a reuse set generated from ECB+. */
public final class ReuseEvaluation implements Evaluation {
    @Override
    public String name() {
        return "reuse";
    }

    @Override
    public String description() {
        return "copy detection on a reuse set generated from ECB+";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval reuse: not yet written");
    }
}
