package org.corroborate.brief;

import org.corroborate.model.Analysis;
import org.corroborate.model.Brief;

/** Writes each story's extractive, cited brief. */
public final class BriefWriter {
    public Brief write(Analysis analysis) {
        return Brief.EMPTY;
    }
}
