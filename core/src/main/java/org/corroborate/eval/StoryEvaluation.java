package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Story clustering B-cubed and pairwise F1 on ECB+. */
public final class StoryEvaluation implements Evaluation {
    @Override
    public String name() {
        return "stories";
    }

    @Override
    public String description() {
        return "story clustering B-cubed and pairwise F1 on ECB+";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) {
        throw new UnsupportedOperationException("eval stories: not yet written");
    }
}
