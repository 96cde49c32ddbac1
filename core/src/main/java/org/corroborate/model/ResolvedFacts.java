package org.corroborate.model;

import java.util.List;

/** Facts after names are resolved across each story: entities with aliases, speakers and actors canonical. */
public record ResolvedFacts(List<Entity> entities, List<Quantity> quantities, List<Quote> quotes) {
    public ResolvedFacts {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }
}
