package org.corroborate.clean.html;

import java.util.List;
import org.corroborate.model.Removed;

/**
 * What HTML extraction found on a page.
 *
 * @param text main content, paragraphs separated by a blank line
 * @param published ISO date or date-time from the page's metadata, or null
 * @param siteName the outlet as the page names itself, or null
 * @param removed blocks left out of {@code text}, with the reason
 */
public record ExtractedPage(String title, String text, List<String> authors, String published, String siteName,
        String language, List<Removed> removed) {
    public ExtractedPage {
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }
}
