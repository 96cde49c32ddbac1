package org.corroborate.model;

import java.util.List;

/** Metadata an input states outright (JSON Lines fields, feed items, WARC headers); it wins over inferred metadata. */
public record Metadata(String url, String outlet, String title, String published, List<String> authors) {
    public static final Metadata NONE = new Metadata(null, null, null, null, List.of());

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
