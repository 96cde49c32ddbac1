package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** One evaluation against a public data set: reads it from {@code data}, prints its figures. */
public interface Evaluation {
    /** The name used on the command line: {@code corroborate eval NAME PATH}. */
    String name();

    /** What it measures, one line. */
    String description();

    /** Runs on {@code data} and prints the figures to {@code out}; returns the scores by name. */
    EvalReport run(Path data, PrintStream out) throws Exception;
}
