package org.corroborate.server.store;

import java.util.List;

/**
 * One story as last analyzed, with the searchable facets of its list entry.
 *
 * @param json the story's slice of the analysis ({@link org.corroborate.server.StoryView}) as JSON
 * @param updated when the story last changed (ISO instant)
 * @param version incremented on every update of the story
 */
public record StoryRecord(String id, String title, List<String> articles, List<String> outlets,
        List<String> entities, String firstPublished, String lastPublished, String updated, long version,
        String json) {
    public StoryRecord {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
    }
}
