package org.corroborate.model;

import java.util.List;

/**
 * One real-world event as reported by several articles.
 *
 * @param independentChains reporting chains: each an original and the articles derived from it
 */
public record Story(String id, String title, List<String> articles, List<List<String>> independentChains) {
    public Story {
        articles = List.copyOf(articles);
        independentChains = independentChains.stream().map(List::copyOf).toList();
    }
}
