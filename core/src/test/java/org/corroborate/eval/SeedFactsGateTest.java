package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.extract.TestArticles;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.EntityResolver;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quote;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the seed articles: every required quote of gold.json is found with its speaker, and every
 * gold entity with its aliases. The seed pages are read from ../shared at test time (never copied here); the
 * unrelated article glued to the end of 004 is cut off where gold.json says it starts.
 */
class SeedFactsGateTest {
    private static JsonNode gold;
    private static ResolvedFacts facts;

    @BeforeAll
    static void analyze() throws Exception {
        Assumptions.assumeTrue(SharedData.resolve("seeds/gold.json").isPresent(), "../shared not present: skipped");
        Path seeds = SharedData.resolve("seeds").orElseThrow();
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        String cut = gold.path("documents").path("004_a2bf25a9fb923026.txt")
                .path("appended_unrelated_article_starts_with").asText();
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, ArticleFacts> extracted = new LinkedHashMap<>();
        EntityRecognizer recognizer = new EntityRecognizer();
        QuoteExtractor quotes = new QuoteExtractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String body = Files.readString(f);
            int end = cut.isEmpty() ? -1 : body.indexOf(cut);
            String id = f.getFileName().toString().substring(0, 3);
            Article a = TestArticles.of(id, end > 0 ? body.substring(0, end) : body);
            List<EntityMention> names = recognizer.recognize(a);
            articles.put(id, a);
            extracted.put(id, new ArticleFacts(id, names, List.of(), quotes.extract(a, names)));
        }
        Story story = new Story("kursk", "", List.copyOf(articles.keySet()), List.of());
        facts = new EntityResolver().resolve(List.of(story), articles, extracted);
    }

    private static String norm(String s) {
        return s.replaceAll("[“”„\"]", "\"").replaceAll("[‘’`']", "'").toLowerCase(Locale.ROOT);
    }

    @Test
    void everyRequiredQuoteHasItsSpeaker() {
        List<String> missing = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            if (q.path("optional").asBoolean(false)) {
                continue;
            }
            List<String> docs = new ArrayList<>();
            q.path("direct_in").forEach(d -> docs.add(d.asText()));
            q.path("unmarked_in").forEach(d -> docs.add(d.asText()));
            String contains = norm(q.path("contains").asText());
            for (String doc : docs) {
                boolean found = facts.quotes().stream().anyMatch(x -> x.article().equals(doc)
                        && norm(x.text()).contains(contains) && q.path("speaker").asText().equals(x.speaker()));
                if (!found) {
                    missing.add(doc + ": " + q.path("contains").asText() + " (" + q.path("speaker").asText() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyGoldEntityWithItsAliases() {
        List<String> missing = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            String name = e.path("name").asText();
            Entity found = facts.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                missing.add(name);
                continue;
            }
            if (!found.type().equals(e.path("type").asText())) {
                missing.add(name + " typed " + found.type());
            }
            for (JsonNode alias : e.path("aliases")) {
                String a = alias.asText();
                if (a.contains("(optional")) {
                    continue;
                }
                // sentence case and typographic apostrophes do not make another alias
                if (found.aliases().stream().noneMatch(x -> norm(x).equals(norm(a)))) {
                    missing.add(name + " alias " + a);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void quotesWithoutSpeakerAreRare() {
        long unresolved = facts.quotes().stream().filter(q -> q.speaker() == null).count();
        assertThat(unresolved).isLessThanOrEqualTo(facts.quotes().size() / 10);
        assertThat(facts.quotes()).extracting(Quote::kind).contains("direct", "partial", "unmarked", "indirect");
    }
}
