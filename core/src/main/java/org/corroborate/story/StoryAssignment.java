package org.corroborate.story;

import java.util.List;

/**
 * Where one article went.
 *
 * @param story the id of the story now holding the article (already resolved through any merge)
 * @param opened true when the article opened a new story
 * @param revived true when it joined a story that had faded out of the window
 * @param similarity cosine to the story it joined (1 for a new story)
 * @param absorbed ids of stories merged into {@code story} as a result (they keep resolving to it)
 * @param splitOff ids of stories split off {@code story} as a result
 */
public record StoryAssignment(String article, String story, boolean opened, boolean revived, double similarity,
        List<String> absorbed, List<String> splitOff) {
    public StoryAssignment {
        absorbed = List.copyOf(absorbed);
        splitOff = List.copyOf(splitOff);
    }
}
