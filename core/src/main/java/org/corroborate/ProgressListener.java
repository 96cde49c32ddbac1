package org.corroborate;

/** Told how far a long run has got; called from the thread that runs the engine. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} items of {@code stage} are finished ({@code total} is -1 when unknown). */
    void update(String stage, int done, int total);
}
