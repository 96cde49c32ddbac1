package org.corroborate.model;

import java.util.List;

/** The written summary of each story. */
public record Brief(List<StoryBrief> stories) {
    public static final Brief EMPTY = new Brief(List.of());

    public Brief {
        stories = List.copyOf(stories);
    }
}
