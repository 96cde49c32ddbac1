package org.corroborate.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.claim.ClaimBuilder;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Brief;
import org.corroborate.model.Claim;
import org.corroborate.model.Mention;
import org.corroborate.model.Story;

/**
 * Statement-claim grouping against ECB+ gold cross-document event coreference.
 *
 * <p>Each gold story (topic + sub-topic) is given to the claim builder as a story whose articles are all
 * independent (ECB+ documents are separate reports). A gold link is a pair of sentences in two different
 * documents of a sub-topic that mention the same event instance (an {@code ACTION_*} markable of one
 * {@code CROSS_DOC_COREF} chain). Recall: the share of gold links whose two sentences land in one statement
 * claim. Precision: the share of predicted links (two sentences of different documents in one claim) that
 * are gold links, counted only where both sentences carry an annotated event, since ECB+ annotates only some
 * sentences of each document.
 */
public final class ClaimEvaluation implements Evaluation {
    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String description() {
        return "statement claims against ECB+ cross-document event coreference";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        List<EcbCorpus.Doc> docs = EcbCorpus.read(data);
        Map<String, List<String>> storyMembers = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        Set<String> gold = new HashSet<>();
        Set<String> annotated = new HashSet<>();
        Map<String, List<String>> sentencesOfInstance = new HashMap<>();
        for (EcbCorpus.Doc d : docs) {
            articles.add(EcbPlusCorpus.article(d, d.id(), false));
            storyMembers.computeIfAbsent(d.event(), k -> new ArrayList<>()).add(d.id());
            for (EcbCorpus.GoldMention m : d.mentions()) {
                if (m.type().startsWith("ACTION")) {
                    String key = d.id() + "#" + m.sentence();
                    annotated.add(key);
                    sentencesOfInstance.computeIfAbsent(d.event() + "|" + m.instance(), k -> new ArrayList<>()).add(key);
                }
            }
        }
        for (List<String> sentences : sentencesOfInstance.values()) {
            for (int i = 0; i < sentences.size(); i++) {
                for (int j = i + 1; j < sentences.size(); j++) {
                    if (!doc(sentences.get(i)).equals(doc(sentences.get(j)))) {
                        gold.add(pair(sentences.get(i), sentences.get(j)));
                    }
                }
            }
        }
        List<Story> stories = new ArrayList<>();
        storyMembers.forEach((event, ids) -> stories.add(new Story(event, event, ids, ids.stream().map(List::of).toList())));
        Analysis analysis = new Analysis(Analysis.FORMAT_VERSION, articles, stories, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Brief.EMPTY, List.of());
        List<Claim> claims = new ClaimBuilder().build(analysis);

        Map<String, Integer> sentenceIndex = new HashMap<>();
        for (Article a : articles) {
            for (int i = 0; i < a.sentences().size(); i++) {
                sentenceIndex.put(a.id() + "@" + a.sentences().get(i).start(), i);
            }
        }
        Set<String> predicted = new HashSet<>();
        for (Claim c : claims) {
            if (!"statement".equals(c.kind())) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (Mention m : c.mentions()) {
                keys.add(m.article() + "#" + sentenceIndex.get(m.article() + "@" + m.start()));
            }
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (!doc(keys.get(i)).equals(doc(keys.get(j)))
                            && annotated.contains(keys.get(i)) && annotated.contains(keys.get(j))) {
                        predicted.add(pair(keys.get(i), keys.get(j)));
                    }
                }
            }
        }
        int correct = 0;
        for (String p : predicted) {
            if (gold.contains(p)) {
                correct++;
            }
        }
        double precision = predicted.isEmpty() ? 0 : (double) correct / predicted.size();
        double recall = gold.isEmpty() ? 0 : (double) correct / gold.size();
        double f1 = Scores.f1(precision, recall);
        out.printf("ECB+ %s: %d documents, %d sub-topics, %d gold cross-document event links%n", data, docs.size(),
                stories.size(), gold.size());
        out.printf("statement claims: %d predicted links between annotated sentences, %d correct%n", predicted.size(),
                correct);
        out.printf("event grouping precision %.3f  recall %.3f  F1 %.3f%n", precision, recall, f1);
        out.printf("time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return new EvalReport(name(), Map.of("precision", precision, "recall", recall, "f1", f1));
    }

    private static String doc(String key) {
        return key.substring(0, key.indexOf('#'));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
