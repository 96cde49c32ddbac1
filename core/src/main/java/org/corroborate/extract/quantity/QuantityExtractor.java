package org.corroborate.extract.quantity;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Quantity;

/** Finds figures with their hedge, unit, subject and the actor who gives them. */
public final class QuantityExtractor {
    public List<Quantity> extract(Article article) {
        return List.of();
    }
}
