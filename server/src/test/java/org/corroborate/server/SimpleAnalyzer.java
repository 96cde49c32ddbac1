package org.corroborate.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Brief;
import org.corroborate.model.Change;
import org.corroborate.model.CitedSentence;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Document;
import org.corroborate.model.Mention;
import org.corroborate.model.Quote;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.server.search.SearchIndex;

/**
 * A small, fully predictable stand-in for the engine, producing the same output shape: articles sharing a sentence
 * form a story, the later one a copy of the earlier, figures "N things" become claims keyed by the counted thing,
 * the capitalized word before "said" is the actor. Used where a test pins the desk's own behaviour (story versions,
 * alerts from claim changes, crash recovery under load) and must not move when the engine's judgement improves;
 * the browser tests run the real engine.
 */
final class SimpleAnalyzer implements DocumentAnalyzer {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
    private static final Pattern FIGURE = Pattern.compile("(\\d+) ([a-z]+)");
    private static final Pattern ACTOR = Pattern.compile("([A-Z][a-z]+) said");

    @Override
    public Analysis analyze(List<Document> documents) {
        List<Article> articles = new ArrayList<>();
        for (Document d : documents) {
            String body = SearchIndex.plainText(d).strip();
            List<Span> sentences = new ArrayList<>();
            Matcher m = SENTENCE.matcher(body);
            while (m.find()) {
                int s = m.start();
                while (s < m.end() && Character.isWhitespace(body.charAt(s))) {
                    s++;
                }
                if (s < m.end()) {
                    sentences.add(Span.ofChars(body, s, m.end()));
                }
            }
            articles.add(new Article(d.id(), d.source(), d.given().url(), d.given().outlet(), List.of(),
                    d.given().title(), d.given().published(), false, null, null, List.of(), "en", body,
                    List.of(new Span(0, body.codePointCount(0, body.length()))), sentences, List.of()));
        }
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Reuse> reuse = new ArrayList<>();
        for (int j = 0; j < articles.size(); j++) {
            for (int i = 0; i < j; i++) {
                Reuse r = reuse(articles.get(j), articles.get(i));
                if (r != null) {
                    reuse.add(r);
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Article>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        List<Story> stories = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<StoryBrief> briefs = new ArrayList<>();
        for (List<Article> g : groups.values()) {
            String id = "story-" + g.get(0).id();
            List<String> ids = g.stream().map(Article::id).toList();
            stories.add(new Story(id, g.get(0).title(), ids, List.of(List.of(ids.get(0)))));
            claims.addAll(figures(id, g));
            Article first = g.get(0);
            Span lead = first.sentences().isEmpty() ? new Span(0, 0) : first.sentences().get(0);
            briefs.add(new StoryBrief(id, first.title(), List.of(new CitedSentence(first.text(lead),
                    List.of(new Mention(first.id(), lead.start(), lead.end())), 1)),
                    claims.stream().filter(c -> c.story().equals(id)).map(Claim::id).toList(),
                    List.of(), List.of(), List.of(), List.of()));
            for (Article a : g) {
                for (Span s : a.sentences()) {
                    Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(a.text(s));
                    if (q.find()) {
                        quotes.add(new Quote(a.id(), s.start(), s.end(), q.group(1), null, "said", "direct"));
                    }
                }
            }
        }
        return new Analysis(Analysis.FORMAT_VERSION, articles, stories, reuse, List.of(), List.of(), List.of(),
                quotes, claims, new Brief(briefs), List.of());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static Reuse reuse(Article copy, Article source) {
        Map<String, Span> bySentence = new HashMap<>();
        source.sentences().forEach(s -> bySentence.putIfAbsent(source.text(s), s));
        List<SharedSentence> shared = new ArrayList<>();
        Set<String> inCopy = new TreeSet<>();
        for (Span s : copy.sentences()) {
            String text = copy.text(s);
            inCopy.add(text);
            Span match = text.length() >= 20 ? bySentence.get(text) : null;
            if (match != null) {
                shared.add(new SharedSentence(s, match, "verbatim", 1.0));
            }
        }
        if (shared.isEmpty()) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (Span s : source.sentences()) {
            String text = source.text(s);
            if (!inCopy.contains(text) && ACTOR.matcher(text).find()) {
                changes.add(new Change("attribution-removed", null, s, text, null));
            }
        }
        double share = (double) shared.size();
        return new Reuse(copy.id(), source.id(), "partial", "publication-time",
                share / Math.max(1, source.sentences().size()), share / Math.max(1, copy.sentences().size()),
                shared, changes);
    }

    private static List<Claim> figures(String story, List<Article> group) {
        Map<String, Map<String, List<Mention>>> byThing = new LinkedHashMap<>();
        Map<String, String> actorOf = new HashMap<>();
        for (Article a : group) {
            for (Span s : a.sentences()) {
                String text = a.text(s);
                Matcher actor = ACTOR.matcher(text);
                String who = actor.find() ? actor.group(1) : null;
                Matcher f = FIGURE.matcher(text);
                while (f.find()) {
                    String key = f.group(1) + "|" + who;
                    actorOf.put(key, who);
                    byThing.computeIfAbsent(f.group(2), k -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Mention(a.id(), s.start(), s.end()));
                }
            }
        }
        List<Claim> out = new ArrayList<>();
        byThing.forEach((thing, values) -> {
            List<ClaimVariant> variants = new ArrayList<>();
            List<Mention> all = new ArrayList<>();
            values.forEach((key, mentions) -> {
                String value = key.split("\\|")[0];
                variants.add(new ClaimVariant(value + " " + thing, Double.valueOf(value), "exact", actorOf.get(key),
                        mentions));
                all.addAll(mentions);
            });
            String status = variants.size() > 1 ? "disputed" : "single-source";
            out.add(new Claim(story + "-" + thing, story, "figure", status, "number of " + thing, all,
                    List.of(group.get(0).id()), variants));
        });
        return out;
    }
}
