package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Claim grouping precision and recall on ECB+. */
public final class ClaimEvaluation implements Evaluation {
    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String description() {
        return "claim grouping precision and recall on ECB+";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval claims: not yet written");
    }
}
