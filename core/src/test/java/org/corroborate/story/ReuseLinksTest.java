package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Reuse;
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import org.junit.jupiter.api.Test;

class ReuseLinksTest {
    private static final List<Story> STORIES = List.of(
            new Story("s-dam", "Dam holds", List.of("a", "b"), List.of()),
            new Story("s-vote", "Council votes", List.of("c"), List.of()));

    private static Reuse copy(int sentences, double coverageOfCopy) {
        return copy(sentences, coverageOfCopy, 0.05);
    }

    private static Reuse copy(int sentences, double coverageOfCopy, double coverageOfSource) {
        List<SharedSentence> shared = java.util.stream.IntStream.range(0, sentences)
                .mapToObj(i -> new SharedSentence(new Span(i * 10, i * 10 + 9), new Span(i * 10, i * 10 + 9),
                        "verbatim", 1.0))
                .toList();
        return new Reuse("c", "a", "partial", "unknown", coverageOfSource, coverageOfCopy, shared, List.of());
    }

    @Test
    void aRecurringPassageSuchAsAnEditorsNoteDoesNotJoinStories() {
        assertThat(ReuseLinks.join(STORIES, List.of(copy(1, 0.12)))).hasSize(2);
        // a note wrapped over several lines is several "sentences", still a tenth of the article
        assertThat(ReuseLinks.join(STORIES, List.of(copy(4, 0.11, 0.09)))).hasSize(2);
    }

    @Test
    void aCopyOfSeveralSentencesJoinsItsSourcesStory() {
        List<Story> joined = ReuseLinks.join(STORIES, List.of(copy(3, 0.12, 0.25)));
        assertThat(joined).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s-dam");
            assertThat(s.articles()).containsExactlyInAnyOrder("a", "b", "c");
        });
    }

    @Test
    void aRepublishedOneSentenceBriefJoinsItsSourcesStory() {
        assertThat(ReuseLinks.join(STORIES, List.of(copy(1, 1.0)))).hasSize(1);
    }
}
