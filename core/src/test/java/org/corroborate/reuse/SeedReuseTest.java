package org.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' reuse (gold.json "reuse") through the whole engine. Needs the cleaner and segmenter:
 * skipped visibly while they are not written on this branch.
 */
class SeedReuseTest {
    private static final String R = "000_4f6a196983d08c4a.txt";
    private static final String AP = "001_e26b41c0ce502e0d.txt";
    private static final String REWRITE = "002_9ba2f6c223f8b60e.txt";
    private static final String INDEPENDENT = "003_0a34dde2045d7a61.txt";
    private static final String REPUBLISHED = "004_a2bf25a9fb923026.txt#part1";

    @Test
    void seedsReuseMatchesGold() {
        var seeds = SharedData.resolve("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared not present: skipped");
        Analysis analysis;
        try {
            analysis = Engine.builder().build().analyzePaths(List.of(seeds.get()), e -> { }, ProgressListener.NONE);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("cleaning/segmentation not yet merged on this branch: " + e.getMessage());
            return;
        }
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Assumptions.assumeTrue(byId.containsKey(REPUBLISHED), "seed 004 not split into parts yet: skipped");
        List<Reuse> reuse = analysis.reuse();

        Reuse republication = find(reuse, REPUBLISHED, R);
        assertThat(republication.copy()).isEqualTo(REPUBLISHED);
        assertThat(republication.kind()).isEqualTo("republication");
        assertThat(republication.coverageOfSource()).isGreaterThanOrEqualTo(0.9);

        for (String source : List.of(AP, R)) {
            Reuse partial = find(reuse, REWRITE, source);
            assertThat(partial.copy()).isEqualTo(REWRITE);
            assertThat(partial.kind()).isEqualTo("partial");
        }
        Article rewrite = byId.get(REWRITE);
        List<String> alignedWithAp = find(reuse, REWRITE, AP).shared().stream()
                .map(s -> rewrite.text(s.copy())).toList();
        for (String example : List.of("Seoul and its allies assess that the number has increased to 11,000",
                "shipping 1,000 containers of military equipment there by rail",
                "test-fired an intercontinental ballistic missile for the first time in almost a year")) {
            assertThat(alignedWithAp).anyMatch(t -> t.contains(example));
        }
        assertThat(find(reuse, REWRITE, AP).shared()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(find(reuse, REWRITE, R).shared()).hasSizeGreaterThanOrEqualTo(2);

        assertThat(reuse).noneMatch(r -> r.copy().equals(INDEPENDENT) || r.source().equals(INDEPENDENT));
        assertThat(reuse).noneMatch(r -> pair(r).equals(java.util.Set.of(R, AP)));

        Story kursk = analysis.stories().stream().filter(s -> s.articles().contains(R)).findFirst().orElseThrow();
        assertThat(kursk.independentChains()).hasSize(3);
    }

    private static java.util.Set<String> pair(Reuse r) {
        return java.util.Set.of(r.copy(), r.source());
    }

    private static Reuse find(List<Reuse> reuse, String a, String b) {
        return reuse.stream().filter(r -> pair(r).equals(java.util.Set.of(a, b))).findFirst()
                .orElseThrow(() -> new AssertionError("no reuse relation between " + a + " and " + b + ": " + reuse));
    }
}
