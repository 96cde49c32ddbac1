package org.corroborate.model;

import java.util.List;

/** A sentence taken from an article, with every article that carries it. */
public record CitedSentence(String text, List<Mention> citations, int chains) {
    public CitedSentence {
        citations = List.copyOf(citations);
    }
}
