package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Entity grouping on ECB+ cross-document coreference. */
public final class EntityEvaluation implements Evaluation {
    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String description() {
        return "entity grouping on ECB+ cross-document coreference";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval entities: not yet written");
    }
}
