package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed pages must give exactly the stories of gold.json. */
class SeedStoriesTest {
    private static Path seeds() {
        Assumptions.assumeTrue(SharedData.resolve("seeds").isPresent(), "../shared not present: skipped");
        return SharedData.resolve("seeds").orElseThrow();
    }

    private static Set<Set<String>> goldStories(Path seeds) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        Set<Set<String>> stories = new HashSet<>();
        for (JsonNode story : gold.get("stories")) {
            Set<String> members = new HashSet<>();
            story.get("members").forEach(m -> members.add(m.asText()));
            stories.add(members);
        }
        return stories;
    }

    /** The whole engine (cleaning splits 004 into its two articles; needs the cleaning stage merged). */
    @Test
    void engineFindsTheGoldStories() throws IOException {
        Path seeds = seeds();
        Analysis analysis = Engine.builder().build().analyzePaths(List.of(seeds), e -> {}, ProgressListener.NONE);
        Set<Set<String>> found = new HashSet<>();
        for (Story s : analysis.stories()) {
            found.add(Set.copyOf(s.articles()));
        }
        assertThat(found).isEqualTo(goldStories(seeds));
    }

    /**
     * The clusterer alone on seed-like input built here: each page's first line as title, the rest as body, and
     * 004 cut where the glued-on article's headline (named in gold.json's note) starts.
     */
    @Test
    void clustererSeparatesTheGluedOnArticle() throws IOException {
        Path seeds = seeds();
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        String note = gold.get("stories").get(1).get("note").asText();
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(note);
        assertThat(quoted.find()).as("gold note names the headline").isTrue();
        String headline = quoted.group(1);

        List<Article> articles = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString();
            int cut = lines.indexOf(headline);
            if (cut < 0) {
                articles.add(page(name, lines));
            } else {
                articles.add(page(name + "#part1", lines.subList(0, cut)));
                articles.add(page(name + "#part2", lines.subList(cut, lines.size())));
            }
        }
        assertThat(articles).hasSize(6);
        List<Story> stories = new StoryClusterer().cluster(articles, Map.of());
        Set<Set<String>> found = new HashSet<>();
        stories.forEach(s -> found.add(Set.copyOf(s.articles())));
        assertThat(found).isEqualTo(goldStories(seeds));
    }

    private static Article page(String id, List<String> lines) {
        String title = lines.get(0).strip();
        String body = String.join("\n", lines.subList(1, lines.size()));
        return Fiction.article(id, title, body, null);
    }
}
