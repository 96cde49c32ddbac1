package org.corroborate.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.EntityResolver;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Span;
import org.corroborate.model.Story;

/**
 * Entity grouping on ECB+ cross-document coreference.
 *
 * <p>Each ECB+ sub-topic (topic number plus ecb or ecbplus: one real event) is resolved as one story. Gold:
 * the cross-document chains of people and places (markables HUMAN_* and LOC_*) that reach at least two
 * documents of the sub-topic. A gold markable is "found" when a mention of a resolved entity overlaps it.
 * Pairwise scores over the gold markables of each sub-topic: precision = pairs put in one entity that share a
 * gold chain / pairs put in one entity; recall = pairs sharing a gold chain that were put in one entity /
 * pairs sharing a gold chain. Reported for all gold markables (pronouns and common nouns included, which this
 * name resolver does not attempt) and for named ones (first word capitalized, not a pronoun).
 *
 * <p>Type accuracy: ECB+ types every markable, in or out of a chain. Gold types map to ours as HUMAN_PART_PER
 * = person, HUMAN_PART_ORG = organization, LOC_GEO / LOC_FAC / LOC_OTHER (any LOC_*) = place; other gold types
 * (HUMAN_PART_GPE, HUMAN_PART_GENERIC, HUMAN_PART_MET, HUMAN_PART_VEH, ...) do not map and are skipped. Every
 * mention of a resolved entity that overlaps a mapped gold markable is scored once, against the overlapping
 * markable sharing the most characters with it (the shorter one on a tie): accuracy = mentions whose entity type
 * equals the mapped gold type / mentions scored. The confusion counts (gold type -> our type) are printed too.
 */
public final class EntityEvaluation implements Evaluation {
    private static final Pattern TOKEN = Pattern.compile("<token t_id=\"(\\d+)\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern MARKABLE = Pattern.compile(
            "<((?:HUMAN|LOC)[A-Z_]*) m_id=\"(\\d+)\"[^/>]*>((?:\\s*<token_anchor t_id=\"\\d+\"\\s*/>)+)\\s*</\\1>");
    private static final Pattern ANCHOR = Pattern.compile("t_id=\"(\\d+)\"");
    private static final Pattern CHAIN = Pattern.compile("<CROSS_DOC_COREF r_id=\"\\d+\" note=\"([^\"]*)\"\\s*>(.*?)</CROSS_DOC_COREF>",
            Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("<source m_id=\"(\\d+)\"");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("He", "She", "It", "They", "We", "I",
            "His", "Her", "Their", "Its", "Our", "You", "The", "A", "An", "This", "That", "These", "Those");

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String description() {
        return "entity grouping on ECB+ cross-document coreference";
    }

    /** One gold markable: document, char span in the rebuilt text, chain, whether it is a name. */
    private record Markable(String doc, Span span, String chain, boolean named) {}

    /** A markable whose ECB+ type maps to one of ours (see the class comment). */
    private record Typed(Span span, String type) {}

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        Path root = Files.isDirectory(data.resolve("ECB+")) ? data.resolve("ECB+") : data;
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("eval entities: " + data + " is not the ECB+ folder");
        }
        Map<String, List<Path>> subtopics = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String name = p.getFileName().toString();
                String topic = name.substring(0, name.indexOf('_'));
                subtopics.computeIfAbsent(topic + (name.contains("ecbplus") ? "+" : ""), k -> new ArrayList<>()).add(p);
            }
        }
        long[] all = new long[3];
        long[] named = new long[3];
        long found = 0;
        long markables = 0;
        Map<String, Long> confusion = new TreeMap<>();
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityResolver resolver = new EntityResolver();
        for (List<Path> files : subtopics.values()) {
            Map<String, Article> articles = new LinkedHashMap<>();
            Map<String, ArticleFacts> facts = new LinkedHashMap<>();
            List<Markable> gold = new ArrayList<>();
            Map<String, List<Typed>> typed = new HashMap<>();
            for (Path f : files) {
                read(f, articles, gold, typed);
            }
            for (Article a : articles.values()) {
                facts.put(a.id(), new ArticleFacts(a.id(), recognizer.recognize(a), List.of(), List.of()));
            }
            ResolvedFacts r = resolver.resolve(List.of(new Story("s", "", List.copyOf(articles.keySet()), List.of())),
                    articles, facts);
            gold = keepCrossDocument(gold);
            String[] system = new String[gold.size()];
            for (int i = 0; i < gold.size(); i++) {
                system[i] = entityAt(r.entities(), gold.get(i));
                found += system[i] != null ? 1 : 0;
            }
            markables += gold.size();
            countTypes(r.entities(), typed, confusion);
            count(gold, system, all, false);
            count(gold, system, named, true);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        report("all markables", all, out, "", scores);
        report("named markables", named, out, "named_", scores);
        out.printf(Locale.ROOT, "gold markables in cross-document chains: %d, overlapped by a resolved mention: %d%n",
                markables, found);
        long agree = 0;
        long scored = 0;
        for (Map.Entry<String, Long> e : confusion.entrySet()) {
            String[] gs = e.getKey().split(" -> ");
            agree += gs[0].equals(gs[1]) ? e.getValue() : 0;
            scored += e.getValue();
        }
        double accuracy = scored == 0 ? 0 : agree / (double) scored;
        out.printf(Locale.ROOT, "type accuracy: %.3f (%d of %d mentions overlapping a typed gold markable)%n",
                accuracy, agree, scored);
        confusion.forEach((k, v) -> out.printf(Locale.ROOT, "  gold %s: %d%n", k, v));
        scores.put("type_accuracy", accuracy);
        return new EvalReport(name(), scores);
    }

    private static void read(Path file, Map<String, Article> articles, List<Markable> gold,
            Map<String, List<Typed>> typed) throws IOException {
        String xml = Files.readString(file);
        String doc = file.getFileName().toString();
        StringBuilder body = new StringBuilder();
        Map<String, int[]> tokenSpans = new HashMap<>();
        Map<String, String> tokenText = new HashMap<>();
        String sentence = null;
        Matcher m = TOKEN.matcher(xml);
        while (m.find()) {
            if (sentence != null) {
                body.append(sentence.equals(m.group(2)) ? " " : "\n");
            }
            sentence = m.group(2);
            String text = unescape(m.group(3));
            tokenSpans.put(m.group(1), new int[] {body.length(), body.length() + text.length()});
            tokenText.put(m.group(1), text);
            body.append(text);
        }
        String text = body.toString();
        articles.put(doc, new Article(doc, file.toString(), null, null, List.of(), null, null, false, null, null,
                List.of(), "en", text, List.of(), List.of(), List.of()));
        Map<String, Span> spans = new HashMap<>();
        Map<String, Boolean> isNamed = new HashMap<>();
        Matcher mk = MARKABLE.matcher(xml);
        while (mk.find()) {
            Matcher a = ANCHOR.matcher(mk.group(3));
            int start = Integer.MAX_VALUE;
            int end = -1;
            String first = null;
            while (a.find()) {
                int[] s = tokenSpans.get(a.group(1));
                if (s != null) {
                    start = Math.min(start, s[0]);
                    end = Math.max(end, s[1]);
                    first = first == null ? tokenText.get(a.group(1)) : first;
                }
            }
            if (end > start) {
                spans.put(mk.group(2), Span.ofChars(text, start, end));
                isNamed.put(mk.group(2), first != null && !first.isEmpty() && Character.isUpperCase(first.charAt(0))
                        && !PRONOUNS.contains(first));
                String type = ourType(mk.group(1));
                if (type != null) {
                    typed.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Typed(spans.get(mk.group(2)), type));
                }
            }
        }
        Matcher c = CHAIN.matcher(xml);
        while (c.find()) {
            Matcher s = SOURCE.matcher(c.group(2));
            while (s.find()) {
                Span span = spans.get(s.group(1));
                if (span != null) {
                    gold.add(new Markable(doc, span, c.group(1), isNamed.get(s.group(1))));
                }
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The ECB+ markable type as person, organization or place; null when it does not map. */
    private static String ourType(String ecbType) {
        return switch (ecbType) {
            case "HUMAN_PART_PER" -> "person";
            case "HUMAN_PART_ORG" -> "organization";
            default -> ecbType.startsWith("LOC_") ? "place" : null;
        };
    }

    /** Adds "gold type -> our type" counts for every resolved mention overlapping a typed gold markable. */
    private static void countTypes(List<Entity> entities, Map<String, List<Typed>> typed, Map<String, Long> into) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                Typed best = null;
                int bestOverlap = 0;
                for (Typed g : typed.getOrDefault(m.article(), List.of())) {
                    int overlap = Math.min(m.end(), g.span().end()) - Math.max(m.start(), g.span().start());
                    if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap
                            && g.span().end() - g.span().start() < best.span().end() - best.span().start()) {
                        best = g;
                        bestOverlap = overlap;
                    }
                }
                if (best != null) {
                    into.merge(best.type() + " -> " + e.type(), 1L, Long::sum);
                }
            }
        }
    }

    private static List<Markable> keepCrossDocument(List<Markable> gold) {
        Map<String, java.util.Set<String>> docs = new HashMap<>();
        for (Markable m : gold) {
            docs.computeIfAbsent(m.chain(), k -> new java.util.HashSet<>()).add(m.doc());
        }
        return gold.stream().filter(m -> docs.get(m.chain()).size() >= 2).toList();
    }

    private static String entityAt(List<Entity> entities, Markable g) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.article().equals(g.doc()) && m.start() < g.span().end() && g.span().start() < m.end()) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** Adds [pairs grouped and co-referent, pairs grouped, pairs co-referent] over the sub-topic's markables. */
    private static void count(List<Markable> gold, String[] system, long[] into, boolean namedOnly) {
        for (int i = 0; i < gold.size(); i++) {
            if (namedOnly && !gold.get(i).named()) {
                continue;
            }
            for (int j = i + 1; j < gold.size(); j++) {
                if (namedOnly && !gold.get(j).named()) {
                    continue;
                }
                boolean same = gold.get(i).chain().equals(gold.get(j).chain());
                boolean grouped = system[i] != null && system[i].equals(system[j]);
                into[0] += same && grouped ? 1 : 0;
                into[1] += grouped ? 1 : 0;
                into[2] += same ? 1 : 0;
            }
        }
    }

    private static void report(String what, long[] c, PrintStream out, String prefix, Map<String, Double> scores) {
        double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
        double f = Scores.f1(p, r);
        out.printf(Locale.ROOT, "%s: pairwise P %.3f R %.3f F1 %.3f (%d gold pairs)%n", what, p, r, f, c[2]);
        scores.put(prefix + "pairwise_precision", p);
        scores.put(prefix + "pairwise_recall", r);
        scores.put(prefix + "pairwise_f1", f);
    }
}
