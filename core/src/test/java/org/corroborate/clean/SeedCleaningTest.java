package org.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Removed;
import org.corroborate.model.Span;
import org.corroborate.text.Segmenter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test: the five seed pages cleaned and segmented against gold.json {@code documents} (read from
 * ../shared at run time, never copied here). Skips visibly when ../shared is absent.
 */
class SeedCleaningTest {
    private static Path seeds;
    private static JsonNode gold;

    @BeforeAll
    static void load() throws IOException {
        Assumptions.assumeTrue(SharedData.resolve("seeds").isPresent(), "../shared not present: seed tests skipped");
        seeds = SharedData.resolve("seeds").orElseThrow();
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    }

    private static List<Article> clean(String file) throws IOException {
        String content = Files.readString(seeds.resolve(file));
        List<Article> out = new ArrayList<>();
        Segmenter segmenter = new Segmenter();
        for (Article a : new Cleaner().clean(new Document(file, file, DocumentFormat.TEXT, content, null))) {
            out.add(segmenter.segment(a));
        }
        return out;
    }

    @Test
    void everySeedMeetsItsGoldDocumentExpectations() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> docs = gold.get("documents").fields();
        while (docs.hasNext()) {
            Map.Entry<String, JsonNode> e = docs.next();
            String file = e.getKey();
            JsonNode g = e.getValue();
            List<Article> parts = clean(file);
            Article first = parts.get(0);
            String allBodies = String.join("\n", parts.stream().map(Article::body).toList());
            String allRemoved = String.join("\n", parts.stream()
                    .flatMap(a -> a.removed().stream()).map(Removed::text).toList());

            soft.assertThat(first.outlet()).as(file + " outlet").isEqualTo(text(g, "outlet"));
            soft.assertThat(first.published()).as(file + " published").isEqualTo(text(g, "published"));
            if (g.has("title")) {
                soft.assertThat(first.title()).as(file + " title").isEqualTo(g.get("title").asText());
            }
            if (g.has("authors")) {
                soft.assertThat(first.authors()).as(file + " authors").containsExactlyInAnyOrderElementsOf(strings(g.get("authors")));
            }
            if (g.has("credits")) {
                soft.assertThat(first.credits()).as(file + " credits").containsExactlyElementsOf(strings(g.get("credits")));
            }
            for (String field : List.of("metadata_lines_not_body", "boilerplate_not_body")) {
                for (String line : g.has(field) ? strings(g.get(field)) : List.<String>of()) {
                    soft.assertThat(allBodies).as(file + " body must not contain: " + line).doesNotContain(line);
                    soft.assertThat(allRemoved).as(file + " removed[] must list: " + line).contains(line);
                }
            }
            if (g.has("appended_unrelated_article_starts_with")) {
                String start = g.get("appended_unrelated_article_starts_with").asText();
                soft.assertThat(parts).as(file + " split").extracting(Article::id)
                        .containsExactly(file + "#part1", file + "#part2");
                soft.assertThat(parts.get(parts.size() - 1).title()).as(file + " part2 title").isEqualTo(start);
                soft.assertThat(first.body()).as(file + " part1 body").doesNotContain(start);
            } else {
                soft.assertThat(parts).as(file + " not split").extracting(Article::id).containsExactly(file);
            }
            if (g.has("title_appears_once_in_body")) {
                String title = g.get("title_appears_once_in_body").asText();
                soft.assertThat(first.title()).as(file + " title").startsWith(title);
                soft.assertThat(first.body()).as(file + " title not repeated in body").doesNotContain(title);
            }
            for (Article a : parts) {
                soft.assertThat(a.language()).as(a.id() + " language").isEqualTo("en");
                soft.assertThat(a.sentences()).as(a.id() + " sentences").isNotEmpty();
                for (Span s : a.sentences()) {
                    soft.assertThat(a.paragraphs()).as(a.id() + " sentence inside a paragraph")
                            .anyMatch(p -> p.start() <= s.start() && s.end() <= p.end());
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void anAllBodyPageLosesNothing() throws IOException {
        // the gold marks this seed as an independent report whose every line is article text
        int checked = 0;
        Iterator<Map.Entry<String, JsonNode>> docs = gold.get("documents").fields();
        while (docs.hasNext()) {
            Map.Entry<String, JsonNode> e = docs.next();
            JsonNode g = e.getValue();
            boolean plain = !g.has("metadata_lines_not_body") && !g.has("boilerplate_not_body")
                    && !g.has("title") && g.get("outlet").isNull() && !g.has("credits");
            if (plain) {
                Article a = clean(e.getKey()).get(0);
                assertThat(a.removed()).as(e.getKey()).isEmpty();
                String content = Files.readString(seeds.resolve(e.getKey()));
                assertThat(a.body().replaceAll("\\s+", " ")).isEqualTo(content.strip().replaceAll("\\s+", " "));
                checked++;
            }
        }
        assertThat(checked).as("seeds without furniture in gold.json").isPositive();
    }

    @Test
    void sameEventDispatchesAreOneArticleAndTheGluedArticleIsItsOwnStory() throws IOException {
        for (JsonNode story : gold.get("stories")) {
            for (JsonNode member : story.get("members")) {
                String id = member.asText();
                String file = id.contains("#") ? id.substring(0, id.indexOf('#')) : id;
                assertThat(clean(file)).extracting(Article::id).as(id).contains(id);
            }
        }
    }

    private static String text(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
