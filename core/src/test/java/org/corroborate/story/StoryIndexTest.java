package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corroborate.story.Fiction.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corroborate.eval.ClusterScores;
import org.corroborate.model.Article;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    private static final String DAM_1 = "Engineers at the Keltbridge dam on the Orvane river warned of cracks in the "
            + "spillway. Mayor Tessaly Brun ordered 4,200 residents of the valley evacuated.";
    private static final String DAM_2 = "The Keltbridge dam breach sent a torrent down the Orvane valley. Mayor "
            + "Tessaly Brun said the 4,200 evacuated residents would stay in shelters.";
    private static final String FERRY_1 = "Fire broke out in the engine room of a Marlowe Bay ferry. Captain Idris "
            + "Vell ordered passengers into lifeboats and the coastguard rescued 312 people.";
    private static final String FERRY_2 = "The coastguard said all 312 passengers of the Marlowe Bay ferry were "
            + "rescued after the blaze. Captain Idris Vell praised the crew.";

    @Test
    void emptyInputGivesNoStories() {
        assertThat(new StoryClusterer().cluster(List.of(), Map.of())).isEmpty();
        assertThat(new StoryIndex(StorySettings.DEFAULT).stories()).isEmpty();
    }

    @Test
    void articlesOnOneEventShareAStoryAndOtherEventsGetTheirOwn() {
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        StoryAssignment d1 = index.assign(article("d1", "Keltbridge dam cracks force evacuation", DAM_1, null), null);
        StoryAssignment f1 = index.assign(article("f1", "Marlowe Bay ferry fire", FERRY_1, null), null);
        StoryAssignment d2 = index.assign(article("d2", "Keltbridge dam breaches", DAM_2, null), null);
        StoryAssignment f2 = index.assign(article("f2", "All ferry passengers rescued", FERRY_2, null), null);

        assertThat(d1.opened()).isTrue();
        assertThat(f1.opened()).isTrue();
        assertThat(d2.story()).isEqualTo(d1.story());
        assertThat(f2.story()).isEqualTo(f1.story());
        assertThat(d1.story()).isEqualTo("s-keltbridge-dam-cracks-force-evacuation");
        assertThat(index.stories()).extracting(Story::articles)
                .containsExactly(List.of("d1", "d2"), List.of("f1", "f2"));
        assertThat(index.stories()).extracting(Story::title).allMatch(t -> !t.isBlank());
    }

    @Test
    void aFadedStoryRevivesOnlyOnCloseEvidence() {
        StorySettings strict = StorySettings.builder().window(Duration.ofDays(2)).retention(Duration.ofDays(60))
                .reviveThreshold(0.99).build();
        StorySettings lenient = strict.toBuilder().reviveThreshold(0.3).build();
        for (StorySettings settings : List.of(strict, lenient)) {
            StoryIndex index = new StoryIndex(settings);
            StoryAssignment first = index.assign(article("d1", "Keltbridge dam cracks", DAM_1, "2030-03-01"), null);
            StoryAssignment sameWeek = index.assign(article("d2", "Keltbridge dam breach", DAM_2,
                    "2030-03-02T10:00:00Z"), null);
            assertThat(sameWeek.story()).isEqualTo(first.story());
            StoryAssignment later = index.assign(article("d3", "Keltbridge dam breach inquiry", DAM_2 + " " + DAM_1,
                    "2030-03-20"), null);
            if (settings == strict) {
                assertThat(later.opened()).as("faded story, evidence below revive threshold").isTrue();
                assertThat(index.stories()).hasSize(2);
            } else {
                assertThat(later.story()).isEqualTo(first.story());
                assertThat(later.revived()).isTrue();
            }
        }
    }

    @Test
    void storiesPastRetentionLeaveTheIndexButTheirIdsStillResolve() {
        StorySettings settings = StorySettings.builder().window(Duration.ofDays(1)).retention(Duration.ofDays(5))
                .reviveThreshold(0.2).build();
        StoryIndex index = new StoryIndex(settings);
        StoryAssignment old = index.assign(article("d1", "Keltbridge dam cracks", DAM_1, "2030-03-01"), null);
        index.assign(article("f1", "Marlowe Bay ferry fire", FERRY_1, "2030-03-20"), null);
        StoryAssignment again = index.assign(article("d2", "Keltbridge dam breach", DAM_2, "2030-03-21"), null);
        assertThat(again.opened()).isTrue();
        assertThat(index.resolve(old.story())).contains(old.story());
        assertThat(index.stories()).hasSize(3);
        assertThat(index.liveStories()).isEqualTo(2);
    }

    @Test
    void evictedTellsWhichStoriesLeftTheIndex() {
        StorySettings settings = StorySettings.builder().window(Duration.ofDays(1)).retention(Duration.ofDays(5))
                .build();
        StoryIndex index = new StoryIndex(settings);
        String dam = index.assign(article("d1", "Keltbridge dam cracks", DAM_1, "2030-03-01"), null).story();
        String ferry = index.assign(article("f1", "Marlowe Bay ferry fire", FERRY_1, "2030-03-02"), null).story();
        assertThat(index.evicted(dam)).isFalse();
        index.assign(article("f2", "Marlowe Bay ferry rescue", FERRY_2, "2030-03-07"), null);
        assertThat(index.evicted(dam)).isTrue();
        assertThat(index.evicted(ferry)).isFalse();
        assertThat(index.evicted("s-never-issued")).isFalse();
    }

    @Test
    void aSettledCopyEqualsTheBatchAndLeavesTheIndexAsItWas() {
        List<Article> all = Fiction.corpus(6, 11);
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        List<Article> half = all.subList(0, all.size() / 2);
        half.forEach(a -> index.assign(a, null));
        List<Story> before = index.stories();

        StoryIndex copy = index.copy();
        copy.settle(StoryClusterer.SETTLE_ROUNDS);
        assertThat(copy.stories()).isEqualTo(new StoryClusterer().cluster(half, null));
        assertThat(index.stories()).isEqualTo(before);

        // the original goes on as if no copy had been made: the rest assigned, then settled, is the batch result
        all.subList(all.size() / 2, all.size()).forEach(a -> index.assign(a, null));
        index.settle(StoryClusterer.SETTLE_ROUNDS);
        assertThat(index.stories()).isEqualTo(new StoryClusterer().cluster(all, null));
    }

    @Test
    void storiesJoinedByABridgingArticleMergeAndTheAbsorbedIdResolvesToTheSurvivor() {
        StorySettings settings = StorySettings.builder().joinThreshold(0.5).reviveThreshold(0.5)
                .mergeThreshold(0.45).fragmentMergeThreshold(0.45).splitThreshold(0.1).build();
        StoryIndex index = new StoryIndex(settings);
        String a = "Keltbridge dam spillway cracks Orvane engineers inspection";
        String b = "Mayor Tessaly Brun evacuated 4,200 residents valley shelters";
        StoryAssignment first = index.assign(article("a", null, a, null), null);
        StoryAssignment second = index.assign(article("b", null, b, null), null);
        assertThat(second.opened()).isTrue();
        StoryAssignment bridge = index.assign(article("c", null, a + ". " + b, null), null);

        assertThat(bridge.story()).isEqualTo(first.story());
        assertThat(bridge.absorbed()).containsExactly(second.story());
        assertThat(index.resolve(second.story())).contains(first.story());
        assertThat(index.storyOf("b")).contains(first.story());
        assertThat(index.resolve("s-never-issued")).isEmpty();
        assertThat(index.stories()).singleElement().extracting(Story::articles).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void storiesThatAreLikeOnlyRelativeToTheirLooseSelvesDoNotMergeBelowTheFloor() {
        String a = "Keltbridge dam spillway cracks Orvane engineers inspection";
        String b = "Mayor Tessaly Brun evacuated 4,200 residents valley shelters";
        for (double floor : new double[] {0.0, 0.9}) {
            StorySettings settings = StorySettings.builder().joinThreshold(0.5).reviveThreshold(0.5)
                    .mergeThreshold(0.45).fragmentMergeThreshold(0.45).splitThreshold(0.1).mergeFloor(floor).build();
            StoryIndex index = new StoryIndex(settings);
            index.assign(article("a", null, a, null), null);
            index.assign(article("b", null, b, null), null);
            StoryAssignment bridge = index.assign(article("c", null, a + ". " + b, null), null);
            // across {a, c} and {b}: c is about half like b, a not at all, a mean cosine far under 0.9
            assertThat(bridge.absorbed()).as("floor " + floor).hasSize(floor == 0 ? 1 : 0);
            assertThat(index.stories()).as("floor " + floor).hasSize(floor == 0 ? 1 : 2);
        }
    }

    @Test
    void aStoryThatDriftedOntoTwoEventsSplitsAndKeepsItsIdWithItsFirstArticle() {
        // every term is a query term, so the shared sentence is enough to find the first story
        StorySettings settings = StorySettings.builder().joinThreshold(0.01).minSplitSize(3).queryTerms(64).build();
        StoryIndex index = new StoryIndex(settings);
        List<StoryAssignment> assignments = new ArrayList<>();
        String shared = " Regional officials gave a statement.";
        for (int i = 0; i < 4; i++) {
            assignments.add(index.assign(article("d" + i, null, DAM_1 + shared, null), null));
            assignments.add(index.assign(article("f" + i, null, FERRY_1 + shared, null), null));
        }
        String firstId = assignments.get(0).story();
        assertThat(assignments.get(1).story()).as("drifted: joined at the low threshold").isEqualTo(firstId);
        assertThat(assignments).anyMatch(x -> !x.splitOff().isEmpty());
        assertThat(index.storyOf("d3")).contains(firstId);
        assertThat(index.storyOf("f3")).isPresent().get().isNotEqualTo(firstId);
        assertThat(index.stories()).extracting(Story::articles).containsExactlyInAnyOrder(
                List.of("d0", "d1", "d2", "d3"), List.of("f0", "f1", "f2", "f3"));
    }

    @Test
    void twoArrestsOfOneKindInterleavedEndAsTwoStories() {
        // two players of one club arrested for drunk driving in the same week: the topical words are shared, the
        // players, roads, cars and officers are not; interleaved, the second event first joins the first story
        String[][] events = {
            {"Keltbridge Rovers striker Tomas Varga", "Orvane Road", "sergeant Hale", "silver Corvane", "Varga"},
            {"Keltbridge Rovers goalkeeper Ilse Marren", "Dunmoor Bridge", "constable Petrov", "red Lexmoor",
                "Marren"}};
        String[] extras = {"before the derby", "after a late dinner", "near the stadium", "on a quiet night",
            "the club said", "his lawyer said", "a hearing is set", "fans were stunned", "the coach declined comment",
            "sponsors were told", "the league is watching", "police released a statement"};
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int e = 0; e < 2; e++) {
                String[] ev = events[e];
                String body = ev[0] + " was arrested on suspicion of drunk driving early Sunday, Keltbridge police"
                        + " said. " + ev[4] + " was stopped on " + ev[1] + " by " + ev[2] + " driving a " + ev[3]
                        + ", " + extras[i] + ". " + ev[4] + " failed a sobriety test, " + extras[(i + 5) % 12] + ".";
                String id = (e == 0 ? "v" : "m") + i;
                (e == 0 ? a : b).add(id);
                index.assign(article(id, null, body, null), null);
            }
        }
        index.settle(8);
        assertThat(index.stories()).extracting(Story::articles).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void theRightStoryIsFoundAmongMoreCandidatesThanAreScored() {
        // 60 stories share a word, so the last query touches more stories than maxCandidates and must keep the best
        StorySettings settings = StorySettings.builder().maxCandidates(4).build();
        StoryIndex index = new StoryIndex(settings);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            opened.add(index.assign(article("o" + i, null, harbourNews(i), null), null).story());
        }
        assertThat(new HashSet<>(opened)).hasSize(60);
        StoryAssignment follow = index.assign(article("f", null, harbourNews(37), null), null);
        assertThat(follow.opened()).isFalse();
        assertThat(follow.story()).isEqualTo(opened.get(37));
    }

    private static String harbourNews(int i) {
        String words = pseudoWord(i) + " " + pseudoWord(i + 100) + " " + pseudoWord(i + 200);
        return "Harbour: " + words + ". " + words + ".";
    }

    /** A distinct made-up word per number (letters only). */
    private static String pseudoWord(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        int x = n + 7;
        for (int i = 0; i < 4; i++) {
            b.append(consonants.charAt(x % consonants.length())).append(vowels.charAt((x / 3) % vowels.length()));
            x = x / consonants.length() + 11 * i + 1;
        }
        return b.toString();
    }

    @Test
    void sameOrderGivesSameStoriesWhateverTheThreadCount() {
        List<Article> articles = Fiction.corpus(8, 7);
        List<Story> one = new StoryClusterer(StorySettings.DEFAULT, 1).cluster(articles, Map.of());
        List<Story> four = new StoryClusterer(StorySettings.DEFAULT, 4).cluster(articles, Map.of());
        assertThat(four).isEqualTo(one);
        assertThat(new StoryClusterer(StorySettings.DEFAULT, 1).cluster(articles, Map.of())).isEqualTo(one);
    }

    @Test
    void shuffledOrdersGiveNearlyTheSameStories() {
        List<Article> articles = Fiction.corpus(8, 11);
        Map<String, String> gold = new HashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.id().substring(0, a.id().indexOf('-'))));
        for (int seed = 1; seed <= 5; seed++) {
            List<Article> order = new ArrayList<>(articles);
            Collections.shuffle(order, new Random(seed));
            List<Story> stories = new StoryClusterer().cluster(order, Map.of());
            ClusterScores s = ClusterScores.of(stories.stream().map(Story::articles).toList(), gold);
            assertThat(s.bcubedF1()).as("shuffle %d", seed).isGreaterThan(0.95);
        }
    }

    @Test
    void idsAreReadableUniqueAndNeverReissued() {
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        Set<String> ids = new HashSet<>();
        for (Article a : Fiction.corpus(3, 5)) {
            String id = index.assign(a, null).story();
            assertThat(id).matches("s-[a-z0-9-]+");
            ids.add(id);
        }
        assertThat(index.stories()).extracting(Story::id).allMatch(ids::contains).doesNotHaveDuplicates();
    }

    @Test
    void assigningAnArticleTwiceIsAnErrorNamingIt() {
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        index.assign(article("d1", "Dam", DAM_1, null), null);
        assertThatThrownBy(() -> index.assign(article("d1", "Dam", DAM_2, null), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d1");
    }

    @Test
    void unreadableDatesCountAsUndated() {
        StoryIndex index = new StoryIndex(StorySettings.DEFAULT);
        StoryAssignment a = index.assign(article("d1", "Dam", DAM_1, "sometime in spring"), null);
        StoryAssignment b = index.assign(article("d2", "Dam breach", DAM_2, "2031-01-01"), null);
        assertThat(b.story()).isEqualTo(a.story());
    }

    @Test
    void settingsFailFastNamingTheParameter() {
        assertThatThrownBy(() -> StorySettings.builder().window(Duration.ZERO))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> StorySettings.builder().joinThreshold(1.5)).hasMessageContaining("joinThreshold");
        assertThatThrownBy(() -> StorySettings.builder().joinThreshold(0.5).reviveThreshold(0.4).build())
                .hasMessageContaining("reviveThreshold");
        assertThatThrownBy(() -> StorySettings.builder().mergeThreshold(0.5).splitThreshold(0.6).build())
                .hasMessageContaining("splitThreshold");
        assertThatThrownBy(() -> StorySettings.builder().mergeThreshold(0.75).fragmentMergeThreshold(0.78).build())
                .hasMessageContaining("fragmentMergeThreshold");
        assertThatThrownBy(() -> StorySettings.builder().factWeight(-1)).hasMessageContaining("factWeight");
        assertThatThrownBy(() -> StorySettings.builder().mergeFloor(1.5)).hasMessageContaining("mergeFloor");
        assertThatThrownBy(() -> StorySettings.builder().fragmentMergeThreshold(-0.1))
                .hasMessageContaining("fragmentMergeThreshold");
        assertThatThrownBy(() -> StorySettings.builder().window(Duration.ofDays(9)).retention(Duration.ofDays(2))
                .build()).hasMessageContaining("retention");
        assertThatThrownBy(() -> new StoryClusterer(StorySettings.DEFAULT, 0)).hasMessageContaining("threads");
    }
}
