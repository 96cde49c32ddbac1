package org.corroborate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.text.Terms;

/**
 * Quote claims: the same speaker saying the same thing, however each outlet rendered it.
 *
 * <p>Implementation notes: two quotes are one claim when their speakers agree (or one is unknown and the
 * words agree closely) and their content terms overlap: the overlap coefficient |A∩B| / min(|A|,|B|) of
 * stemmed content words. The overlap coefficient rather than Jaccard, because one outlet quotes a fragment
 * ("out of the mountain") of what another quotes whole, and a machine translation keeps most content words of a
 * remark while changing its function words and marks. Grouping is transitive (union-find).
 */
final class QuoteClaims {
    static final double SAME_SPEAKER_OVERLAP = 0.6;
    static final double UNKNOWN_SPEAKER_OVERLAP = 0.85;
    static final int UNKNOWN_SPEAKER_MIN_TERMS = 5;

    private final Support support;
    private final Ids ids;

    QuoteClaims(Support support, Ids ids) {
        this.support = support;
        this.ids = ids;
    }

    List<Claim> build(String storyId, List<Quote> quotes) {
        List<Quote> sorted = quotes.stream()
                .sorted(Comparator.comparing(Quote::article).thenComparingInt(Quote::start)).toList();
        List<Set<String>> terms = sorted.stream().map(q -> (Set<String>) new HashSet<>(Terms.content(q.text()))).toList();
        UnionFind groups = new UnionFind(sorted.size());
        // a quote with no known speaker may join a speaker's group, but never bridge two speakers' groups
        String[] speakerOfRoot = sorted.stream().map(Quote::speaker).toArray(String[]::new);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                int ri = groups.find(i);
                int rj = groups.find(j);
                if (ri == rj || !same(sorted.get(i), terms.get(i), sorted.get(j), terms.get(j))) {
                    continue;
                }
                String si = speakerOfRoot[ri];
                String sj = speakerOfRoot[rj];
                if (si != null && sj != null && !si.equals(sj)) {
                    continue;
                }
                groups.union(i, j);
                speakerOfRoot[groups.find(i)] = si != null ? si : sj;
            }
        }
        Map<Integer, List<Quote>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(sorted.get(i));
        }
        List<Claim> claims = new ArrayList<>();
        for (List<Quote> group : byRoot.values()) {
            claims.add(claim(storyId, group));
        }
        return claims;
    }

    private static boolean same(Quote a, Set<String> ta, Quote b, Set<String> tb) {
        if (a.article().equals(b.article()) && overlaps(a, b)) {
            return false;
        }
        int small = Math.min(ta.size(), tb.size());
        if (small < 2) {
            return false;
        }
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        double overlap = (double) common / small;
        if (a.speaker() != null && b.speaker() != null) {
            return a.speaker().equals(b.speaker()) && overlap >= SAME_SPEAKER_OVERLAP;
        }
        // without a speaker to agree on, the words alone must say it: a long shared run, not a few topic words
        return small >= UNKNOWN_SPEAKER_MIN_TERMS && overlap >= UNKNOWN_SPEAKER_OVERLAP;
    }

    private static boolean overlaps(Quote a, Quote b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private Claim claim(String storyId, List<Quote> group) {
        String speaker = group.stream().map(Quote::speaker).filter(Objects::nonNull).findFirst().orElse(null);
        Map<String, List<Quote>> byText = new LinkedHashMap<>();
        for (Quote q : group) {
            byText.computeIfAbsent(String.join(" ", Terms.words(q.text())) + "|" + q.kind(), k -> new ArrayList<>()).add(q);
        }
        List<ClaimVariant> variants = new ArrayList<>();
        for (List<Quote> v : byText.values()) {
            Quote first = v.get(0);
            variants.add(new ClaimVariant(first.text(), null, first.kind(), first.speaker(),
                    v.stream().map(q -> new Mention(q.article(), q.start(), q.end())).toList()));
        }
        Quote representative = group.stream()
                .max(Comparator.comparingInt((Quote q) -> "direct".equals(q.kind()) ? 1 : 0)
                        .thenComparingInt(q -> q.text().length()))
                .orElseThrow();
        List<Mention> mentions = group.stream().map(q -> new Mention(q.article(), q.start(), q.end())).toList();
        List<String> chains = support.chains(mentions);
        String who = speaker == null ? "unknown speaker" : speaker;
        // a paraphrase is never shown in quotation marks, which would make it the speaker's own words
        String summary = Quote.verbatim(representative.kind()) ? who + ": \u201c" + representative.text().strip() + "\u201d"
                : who + " (paraphrased): " + representative.text().strip();
        return new Claim(ids.next("quote", who + " " + firstWords(representative.text())), storyId, "quote",
                chains.size() >= 2 ? "consensus" : "single-source", summary, mentions, chains, variants);
    }

    private static String firstWords(String text) {
        List<String> w = Terms.content(text);
        return String.join(" ", w.subList(0, Math.min(4, w.size())));
    }
}
