package org.corroborate.model;

import java.util.List;

/** What extraction found in one article before story-level resolution. */
public record ArticleFacts(String article, List<EntityMention> entities, List<Quantity> quantities, List<Quote> quotes) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }
}
