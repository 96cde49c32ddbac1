package org.corroborate.clean;

import java.util.List;
import org.corroborate.model.Removed;

/**
 * One article read from a text page: its body and the metadata its furniture stated.
 *
 * @param body paragraphs separated by a blank line
 */
record CleanedText(String title, String body, String outlet, List<String> authors, String dateline, String published,
        String updated, List<String> credits, List<Removed> removed) {
    CleanedText {
        authors = List.copyOf(authors);
        credits = List.copyOf(credits);
        removed = List.copyOf(removed);
    }
}
