package org.corroborate.claim;

import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Claim;

/** Groups the figures, quotes and statements of each story into claims with their support. */
public final class ClaimBuilder {
    /** Claims of every story of {@code analysis} (whose own claims and brief are still empty). */
    public List<Claim> build(Analysis analysis) {
        return List.of();
    }
}
