package org.corroborate.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/**
 * Joins stories that copy each other: a republication or a partial copy reports the event of its source,
 * however far the two drifted in wording, so articles linked by reuse end in one story. The surviving story
 * is the largest of those joined (the earliest on a tie) and keeps its id and title.
 *
 * <p>A passage is not enough: an outlet repeats its editor's notes and disclaimers, and follow-ups on another
 * event repeat a background paragraph, so a copy joins stories only when the shared sentences make up at least
 * {@value #MIN_COVERAGE} of the copy or of its source (a partial rewrite of a wire story shares a fifth or more;
 * a recurring note a tenth or less of a full article).
 */
public final class ReuseLinks {
    static final double MIN_COVERAGE = 0.15;

    private ReuseLinks() {}

    public static List<Story> join(List<Story> stories, List<Reuse> reuse) {
        Map<String, Integer> storyOf = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            for (String id : stories.get(i).articles()) {
                storyOf.put(id, i);
            }
        }
        int[] parent = new int[stories.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Reuse r : reuse) {
            Integer a = storyOf.get(r.copy());
            Integer b = storyOf.get(r.source());
            if (a != null && b != null && !"independent".equals(r.kind())
                    && Math.max(r.coverageOfCopy(), r.coverageOfSource()) >= MIN_COVERAGE) {
                int ra = root(parent, a);
                int rb = root(parent, b);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Story> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Story survivor = stories.get(group.get(0));
            List<String> articles = new ArrayList<>();
            for (int i : group) {
                Story s = stories.get(i);
                if (s.articles().size() > survivor.articles().size()) {
                    survivor = s;
                }
                articles.addAll(s.articles());
            }
            out.add(new Story(survivor.id(), survivor.title(), articles, List.of()));
        }
        return out;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
