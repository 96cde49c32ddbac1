package org.corroborate.server.store;

import java.util.List;

/**
 * What a committed batch did.
 *
 * @param accepted ids newly stored, in input order
 * @param duplicates ids refused because the same id or the same content is already stored
 */
public record IngestResult(List<String> accepted, List<Duplicate> duplicates) {
    public IngestResult {
        accepted = List.copyOf(accepted);
        duplicates = List.copyOf(duplicates);
    }

    /** A refused document and the stored article it duplicates. */
    public record Duplicate(String id, String existing, String reason) {}
}
