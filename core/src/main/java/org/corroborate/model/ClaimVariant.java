package org.corroborate.model;

import java.util.List;

/** One version of a claim: the figure or wording, the hedge, who gives it, and where. */
public record ClaimVariant(String text, Double value, String hedge, String actor, List<Mention> mentions) {
    public ClaimVariant {
        mentions = List.copyOf(mentions);
    }
}
