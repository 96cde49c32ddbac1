package org.corroborate.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Reuse;

/**
 * Reporting chains of a story: each an original and every article derived from it, original first.
 *
 * <p>Implementation notes: the chains partition the story's articles, so counting support by chains never
 * counts one article twice. A copy joins the chain of its primary source — among the relations where its
 * direction is known, the source covering the largest share of it (ties: earlier in story order); chains
 * follow copies of copies transitively. A relation of unknown direction joins its two articles only when
 * neither already derives from something else: they are not independent, but which one is original is not
 * known, so the earlier in story order (the story lists articles by publication time) is listed first. Chains
 * are ordered by their first article's place in the story.
 */
final class ReportingChains {
    private ReportingChains() {}

    static List<List<String>> of(List<String> storyArticles, List<Reuse> reuse) {
        Map<String, Integer> order = new HashMap<>();
        for (String id : storyArticles) {
            order.putIfAbsent(id, order.size());
        }
        Map<String, Reuse> primary = new HashMap<>();
        for (Reuse r : reuse) {
            if (!order.containsKey(r.copy()) || !order.containsKey(r.source()) || r.copy().equals(r.source())
                    || DirectionEvidence.UNKNOWN.equals(r.direction())) {
                continue;
            }
            Reuse current = primary.get(r.copy());
            if (current == null || r.coverageOfCopy() > current.coverageOfCopy()
                    || r.coverageOfCopy() == current.coverageOfCopy()
                            && order.get(r.source()) < order.get(current.source())) {
                primary.put(r.copy(), r);
            }
        }
        int[] parent = new int[order.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        primary.forEach((copy, r) -> union(parent, order.get(copy), order.get(r.source())));
        for (Reuse r : reuse) {
            if (DirectionEvidence.UNKNOWN.equals(r.direction()) && order.containsKey(r.copy())
                    && order.containsKey(r.source()) && !primary.containsKey(r.copy())
                    && !primary.containsKey(r.source())) {
                union(parent, order.get(r.copy()), order.get(r.source()));
            }
        }
        Map<Integer, List<String>> chains = new LinkedHashMap<>();
        for (String id : order.keySet().stream().sorted((x, y) -> order.get(x) - order.get(y)).toList()) {
            chains.computeIfAbsent(find(parent, order.get(id)), k -> new ArrayList<>()).add(id);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> chain : chains.values()) {
            // the original: the first member (story order) that derives from nothing known
            String original = chain.stream().filter(id -> !primary.containsKey(id)).findFirst().orElse(chain.get(0));
            List<String> ordered = new ArrayList<>();
            ordered.add(original);
            chain.stream().filter(id -> !id.equals(original)).forEach(ordered::add);
            out.add(ordered);
        }
        out.sort((x, y) -> Integer.compare(order.get(x.get(0)), order.get(y.get(0))));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
