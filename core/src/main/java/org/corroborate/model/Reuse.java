package org.corroborate.model;

import java.util.List;

/**
 * The relation between two articles that share text.
 *
 * @param copy the derived article (when {@code direction} is unknown: the first of the pair by id)
 * @param source the article it derives from
 * @param kind republication, partial or independent
 * @param direction how the direction was decided (publication-time, credit-line, wire-tag, containment), or
 *     unknown when the evidence does not decide it
 * @param coverageOfSource share of the source's narrative covered by the shared sentences
 * @param coverageOfCopy share of the copy's narrative covered by the shared sentences
 */
public record Reuse(
        String copy,
        String source,
        String kind,
        String direction,
        double coverageOfSource,
        double coverageOfCopy,
        List<SharedSentence> shared,
        List<Change> changes) {
    public Reuse {
        shared = List.copyOf(shared);
        changes = List.copyOf(changes);
    }
}
