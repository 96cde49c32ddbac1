package org.corroborate.model;

import java.util.List;

/**
 * A story's brief. Every sentence is a sentence of some article, cited.
 *
 * @param lead sentences chosen for centrality and independent support
 * @param figures ids of the figure claims worth showing, most supported first
 * @param quotes ids of quote claims, grouped by speaker in order
 * @param singleSource sentences only one reporting chain carries
 * @param discrepancies ids of disputed, contradicted or revised claims
 * @param timeline dated events in order
 */
public record StoryBrief(
        String story,
        String headline,
        List<CitedSentence> lead,
        List<String> figures,
        List<String> quotes,
        List<CitedSentence> singleSource,
        List<String> discrepancies,
        List<TimelineEntry> timeline) {
    public StoryBrief {
        lead = List.copyOf(lead);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        singleSource = List.copyOf(singleSource);
        discrepancies = List.copyOf(discrepancies);
        timeline = List.copyOf(timeline);
    }
}
