package org.corroborate.flink;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;
import org.corroborate.story.StoryClusterer;

/**
 * How one story partition groups its articles. The job never clusters itself: it calls the engine's story
 * stage through this seam, so the streaming story index can replace the batch clusterer without touching the
 * job's topology.
 */
@FunctionalInterface
public interface StoryAssigner extends Serializable {
    /** The stories of {@code articles}, given in arrival order (as {@code analyze} orders them). */
    List<Story> stories(List<Article> articles, Map<String, ArticleFacts> facts);

    /** The engine's {@link StoryClusterer}, exactly as {@code analyze} calls it. */
    static StoryAssigner engine() {
        return (articles, facts) -> new StoryClusterer().cluster(articles, facts);
    }
}
