package org.corroborate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;
import org.corroborate.text.TermVectors;
import org.corroborate.text.Terms;

/**
 * Statement claims: sentences of a story's articles that assert the same thing.
 *
 * <p>Implementation notes: sentences are compared by TF-IDF cosine over stemmed content words, the IDF taken
 * over the story's own sentences so that the story's ubiquitous words ("tunnel", "Tesin") weigh little.
 * Candidates come from an inverted index over terms rarer than half the sentences, so a story costs about
 * the number of sentence pairs that share a rare word. Similar sentences are one claim only when their
 * numbers agree and their negation agrees (cosine similarity is blind to both): a very similar sentence that
 * negates the other or changes its number is grouped but marks the claim {@code contradicted}. Sentences
 * that are mostly direct speech (quoted, or unmarked) belong to quote claims and are left out; reported speech
 * with a quoted fragment is narrative and stays.
 */
final class StatementClaims {
    static final double SAME = 0.45;
    static final double SAME_WITH_FIGURE = 0.3;
    static final double CONFLICT = 0.7;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "without", "neither", "nor",
            "none", "nobody", "nothing", "deny", "deni", "denied", "refus", "refuse", "reject");

    private record Sentence(String article, Span span, String text, Map<String, Double> vector, Set<String> numbers,
            boolean negated) {}

    private final Support support;
    private final Ids ids;

    StatementClaims(Support support, Ids ids) {
        this.support = support;
        this.ids = ids;
    }

    List<Claim> build(String storyId, List<Article> articles, List<Quote> quotes) {
        List<Sentence> sentences = sentences(articles, quotes);
        int n = sentences.size();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : sentences.get(i).vector().keySet()) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        UnionFind groups = new UnionFind(n);
        Set<Integer> conflicted = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Sentence a = sentences.get(i);
            Set<Integer> candidates = new TreeSet<>();
            for (String t : a.vector().keySet()) {
                List<Integer> posting = index.get(t);
                if (posting.size() * 2 <= n || n < 8) {
                    for (int j : posting) {
                        if (j > i) {
                            candidates.add(j);
                        }
                    }
                }
            }
            for (int j : candidates) {
                Sentence b = sentences.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                double cos = TermVectors.cosine(a.vector(), b.vector());
                // a number only one side has is detail left out; a number each side lacks is a changed figure
                boolean numbersAgree = a.numbers().containsAll(b.numbers()) || b.numbers().containsAll(a.numbers());
                boolean negationAgrees = a.negated() == b.negated();
                // a shared figure is strong evidence that two differently worded sentences state one fact
                boolean sharedFigure = a.numbers().stream().anyMatch(b.numbers()::contains);
                if (cos >= (sharedFigure ? SAME_WITH_FIGURE : SAME) && numbersAgree && negationAgrees) {
                    groups.union(i, j);
                } else if (cos >= CONFLICT) {
                    groups.union(i, j);
                    // within one reporting chain a change is an edit of the copy (reuse lists it), not a conflict
                    if (!support.chainOf(mention(a)).equals(support.chainOf(mention(b)))) {
                        conflicted.add(i);
                        conflicted.add(j);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Claim> claims = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            boolean conflict = members.stream().anyMatch(conflicted::contains);
            claims.add(claim(storyId, members.stream().map(sentences::get).toList(), conflict));
        }
        return claims;
    }

    private static Mention mention(Sentence s) {
        return new Mention(s.article(), s.span().start(), s.span().end());
    }

    private Claim claim(String storyId, List<Sentence> group, boolean conflict) {
        List<Mention> mentions = group.stream().map(StatementClaims::mention).toList();
        List<String> chains = support.chains(mentions);
        Map<String, List<Sentence>> byText = new LinkedHashMap<>();
        for (Sentence s : group) {
            byText.computeIfAbsent(String.join(" ", Terms.words(s.text())), k -> new ArrayList<>()).add(s);
        }
        List<ClaimVariant> variants = new ArrayList<>();
        for (List<Sentence> v : byText.values()) {
            variants.add(new ClaimVariant(v.get(0).text(), null, null, null, v.stream()
                    .map(s -> new Mention(s.article(), s.span().start(), s.span().end())).toList()));
        }
        String status = conflict ? "contradicted" : chains.size() >= 2 ? "consensus" : "single-source";
        String summary = group.get(0).text();
        return new Claim(ids.next("statement", String.join(" ", Terms.content(summary).stream().limit(5).toList())),
                storyId, "statement", status, summary, mentions, chains, variants);
    }

    private static List<Sentence> sentences(List<Article> articles, List<Quote> quotes) {
        Map<String, List<Quote>> quotesOf = new HashMap<>();
        for (Quote q : quotes) {
            if ("direct".equals(q.kind()) || "unmarked".equals(q.kind())) {
                quotesOf.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
            }
        }
        List<String[]> raw = new ArrayList<>();
        List<Sentence> shells = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles.stream().sorted(Comparator.comparing(Article::id)).toList()) {
            for (Span span : a.sentences()) {
                if (quoted(span, quotesOf.getOrDefault(a.id(), List.of()))) {
                    continue;
                }
                String text = a.text(span).strip();
                List<String> terms = Terms.content(text);
                if (terms.size() < 3) {
                    continue;
                }
                Set<String> numbers = new TreeSet<>();
                boolean negated = false;
                for (String w : Terms.words(text)) {
                    if (Character.isDigit(w.charAt(0))) {
                        numbers.add(w);
                    }
                    if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                        negated = !negated;
                    }
                }
                raw.add(terms.toArray(String[]::new));
                new HashSet<>(terms).forEach(t -> df.merge(t, 1, Integer::sum));
                shells.add(new Sentence(a.id(), span, text, Map.of(), numbers, negated));
            }
        }
        List<Sentence> out = new ArrayList<>(shells.size());
        int n = shells.size();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            for (String t : raw.get(i)) {
                v.merge(t, 1.0, Double::sum);
            }
            v.replaceAll((t, tf) -> (1 + Math.log(tf)) * Math.log(1.0 + (double) n / df.get(t)));
            TermVectors.normalize(v);
            Sentence s = shells.get(i);
            out.add(new Sentence(s.article(), s.span(), s.text(), v, s.numbers(), s.negated()));
        }
        return out;
    }

    /** True when quotations cover most of the sentence. */
    private static boolean quoted(Span sentence, List<Quote> quotes) {
        int covered = 0;
        for (Quote q : quotes) {
            int s = Math.max(sentence.start(), q.start());
            int e = Math.min(sentence.end(), q.end());
            if (e > s) {
                covered += e - s;
            }
        }
        return covered * 10 >= sentence.length() * 6;
    }
}
