package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Analysis;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Mention;
import org.corroborate.model.StoryBrief;
import org.corroborate.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The claim ledger and brief of the seed articles against gold.json (read at run time from ../shared). */
class SeedBriefTest {
    static Analysis analysis;
    static JsonNode gold;

    @BeforeAll
    static void analyze() throws Exception {
        Optional<Path> seeds = SharedData.resolve("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/seeds not present: seed brief tests skipped");
        gold = Json.mapper().readTree(Files.readString(seeds.get().resolve("gold.json")));
        analysis = Engine.builder().build().analyzePaths(List.of(seeds.get()), e -> { }, ProgressListener.NONE);
    }

    static List<Claim> claims(String kind) {
        return analysis.claims().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    static Claim figureWith(double value, String subjectWord) {
        return claims("figure").stream()
                .filter(c -> c.variants().stream().anyMatch(v -> v.value() != null && v.value() == value))
                .filter(c -> subjectWord == null || c.summary().toLowerCase(Locale.ROOT).contains(subjectWord))
                .findFirst().orElseThrow(() -> new AssertionError("no figure claim with " + value + " in "
                        + claims("figure").stream().map(Claim::summary).toList()));
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019\u201c\u201d\"']", "").replaceAll("\\s+", " ");
    }

    /** Names compare by meaning: case, hyphens and dots aside ("Kim Yong-hyun" is "Kim Yong Hyun"). */
    static String name(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[-.]", " ").replaceAll("\\s+", " ").strip();
    }

    static List<String> docs(Claim c) {
        return c.mentions().stream().map(Mention::article).map(id -> id.substring(0, 3)).distinct().sorted().toList();
    }

    @Test
    void figuresOfTheUsSeoulAndKyivAreADisputeAmongActors() {
        Claim russia = figureWith(10000, null);
        assertThat(russia.variants()).extracting(ClaimVariant::value).contains(11000.0, 12000.0);
        assertThat(russia.status()).isEqualTo("disputed");
    }

    @Test
    void troopsInKurskAreOneClaimWithHedgedVariantsFromThreeChains() {
        Claim kursk = figureWith(8000, "kursk");
        assertThat(kursk.status()).isEqualTo("hedged-variants");
        assertThat(kursk.chains()).hasSize(gold.at("/reuse/independent_chains_for_8000_in_kursk").asInt());
        assertThat(docs(kursk)).containsAll(List.of("000", "001", "002", "003", "004"));
    }

    @Test
    void everyGoldFigureIsAClaimWithItsSources() {
        List<String> missing = new ArrayList<>();
        for (JsonNode q : gold.get("quantities")) {
            double value = q.get("value").asDouble();
            boolean found = claims("figure").stream()
                    .filter(c -> c.variants().stream().anyMatch(v -> v.value() != null && v.value() == value))
                    .anyMatch(c -> {
                        List<String> d = docs(c);
                        for (JsonNode doc : q.get("docs")) {
                            if (!d.contains(doc.asText())) {
                                return false;
                            }
                        }
                        return true;
                    });
            if (!found) {
                missing.add(q.get("id").asText());
            }
        }
        assertThat(missing).as("gold figures without a claim covering all their documents").isEmpty();
    }

    @Test
    void whoSaidWhatListsTheGoldSpeakersWithTheirQuotes() {
        List<String> missing = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            if (q.path("optional").asBoolean(false)) {
                continue;
            }
            String speaker = name(q.get("speaker").asText());
            String contains = norm(q.get("contains").asText());
            boolean found = claims("quote").stream()
                    .filter(c -> c.variants().stream().anyMatch(v -> v.actor() != null && speaker.equals(name(v.actor()))))
                    .anyMatch(c -> c.variants().stream().anyMatch(v -> norm(v.text()).contains(contains)));
            if (!found) {
                missing.add(speaker + ": " + contains);
            }
        }
        assertThat(missing).as("gold quotes without a quote claim for their speaker").isEmpty();
    }

    @Test
    void briefLeadIsExtractiveAndCitedByIndependentChains() {
        StoryBrief kursk = analysis.brief().stories().stream().filter(b -> b.lead().size() >= 3).findFirst()
                .orElseThrow(() -> new AssertionError("no story brief with a lead of three sentences"));
        assertThat(kursk.lead()).hasSizeBetween(3, 6);
        for (var s : kursk.lead()) {
            assertThat(s.citations()).isNotEmpty();
            boolean extractive = s.citations().stream().anyMatch(m -> analysis.articles().stream()
                    .filter(a -> a.id().equals(m.article())).anyMatch(a -> a.body().contains(s.text())));
            assertThat(extractive).as("lead sentence taken from an article: " + s.text()).isTrue();
        }
        assertThat(kursk.lead().stream().filter(s -> s.chains() >= 2).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyOneSourceHasIncludesTheSingleChainRemarks() {
        StoryBrief kursk = analysis.brief().stories().stream()
                .max((a, b) -> Integer.compare(a.lead().size() + a.figures().size(), b.lead().size() + b.figures().size()))
                .orElseThrow();
        List<String> single = kursk.singleSource().stream().map(s -> s.citations().get(0).article().substring(0, 3)
                + ": " + s.text()).toList();
        assertThat(single).anyMatch(s -> s.startsWith("003") && s.contains("KBS"));
        assertThat(single).anyMatch(s -> s.startsWith("001") && norm(s).contains("strongly urge"));
    }
}
