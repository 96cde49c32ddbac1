package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.story.Fiction.article;

import java.util.List;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
    private static final ArticleFacts FACTS = new ArticleFacts("a",
            List.of(new EntityMention("a", 0, 12, "Tessaly Brun", "PERSON", null)),
            List.of(new Quantity("a", 20, 32, "4,200 people", 4200, null, null, null, "people", null, null, null)), List.of());

    @Test
    void extractedFactsAddTermsOnlyAtAPositiveFactWeight() {
        String body = "The mayor evacuated the Orvane valley overnight.";
        ArticleTerms plain = new StoryTerms(StorySettings.DEFAULT).extract(article("a", null, body, null), FACTS);
        assertThat(plain.weights()).doesNotContainKeys("=tessaly brun").noneSatisfy((t, w) -> assertThat(t)
                .startsWith("#"));

        StorySettings weighted = StorySettings.builder().factWeight(1).build();
        ArticleTerms with = new StoryTerms(weighted).extract(article("a", null, body, null), FACTS);
        assertThat(with.weights()).containsKeys("=tessaly brun", "#4200 peopl");
        assertThat(with.weights()).containsAllEntriesOf(plain.weights());
    }
}
