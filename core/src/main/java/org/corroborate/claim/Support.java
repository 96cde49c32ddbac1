package org.corroborate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.model.Analysis;
import org.corroborate.model.Mention;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Story;

/**
 * Which independent reporting chain stands behind a mention.
 *
 * <p>A chain is named by its original article (the first id of each of the story's
 * {@code independent_chains}). A mention in an original belongs to that original's chain. A mention in a
 * derived article belongs to the chain of the source it was copied from when its span lies in a sentence the
 * copy shares with that source (followed back to the original); otherwise to the article's primary chain,
 * the chain of the source that covers most of it. So a figure repeated by five articles of two wires counts
 * as two confirmations, not five.
 */
final class Support {
    private final Map<String, List<String>> chainsOfArticle = new HashMap<>();
    private final Map<String, List<Reuse>> reuseByCopy = new HashMap<>();

    Support(Analysis analysis) {
        for (Story story : analysis.stories()) {
            for (List<String> chain : story.independentChains()) {
                if (chain.isEmpty()) {
                    continue;
                }
                for (String id : chain) {
                    chainsOfArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(chain.get(0));
                }
            }
        }
        for (Reuse r : analysis.reuse()) {
            if (!"independent".equals(r.kind()) && !"unknown".equals(r.direction())) {
                reuseByCopy.computeIfAbsent(r.copy(), k -> new ArrayList<>()).add(r);
            }
        }
        reuseByCopy.values().forEach(l -> l.sort(Comparator.comparingDouble(Reuse::coverageOfCopy).reversed()
                .thenComparing(Reuse::source)));
    }

    /** The chain (its original's id) that supports {@code mention}. */
    String chainOf(Mention mention) {
        return chainOf(mention.article(), mention.start(), mention.end(), 0);
    }

    private String chainOf(String article, int start, int end, int depth) {
        List<String> chains = chainsOfArticle.getOrDefault(article, List.of(article));
        if (chains.contains(article) || depth > 8) {
            return article;
        }
        List<Reuse> sources = reuseByCopy.getOrDefault(article, List.of());
        for (Reuse r : sources) {
            for (SharedSentence s : r.shared()) {
                if (contains(s.copy(), start, end)) {
                    int offset = Math.max(0, start - s.copy().start());
                    int srcStart = Math.min(s.source().end(), s.source().start() + offset);
                    return chainOf(r.source(), srcStart, Math.max(srcStart, Math.min(s.source().end(),
                            srcStart + (end - start))), depth + 1);
                }
            }
        }
        if (!sources.isEmpty()) {
            return chainOf(sources.get(0).source(), -1, -1, depth + 1);
        }
        return chains.get(0);
    }

    private static boolean contains(Span sentence, int start, int end) {
        return start >= 0 && start < sentence.end() && end > sentence.start();
    }

    /** Distinct supporting chains of {@code mentions}, sorted. */
    List<String> chains(List<Mention> mentions) {
        Set<String> out = new TreeSet<>();
        for (Mention m : mentions) {
            out.add(chainOf(m));
        }
        return List.copyOf(out);
    }

    /** Distinct articles of {@code mentions}, in first-mention order. */
    static Set<String> articles(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.article()));
        return out;
    }
}
