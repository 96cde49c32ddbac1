package org.corroborate.story;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Readable story ids: "s-" and a slug of the first article's title (or lead, or id), made unique with a
 * counter. An id once given is never given again, so ids never change meaning.
 */
final class StoryIds {
    private static final int MAX_WORDS = 7;
    private static final int MAX_LENGTH = 60;
    private final Set<String> issued = new HashSet<>();

    void copyFrom(StoryIds other) {
        issued.addAll(other.issued);
    }

    String next(String title, String lead, String articleId) {
        String slug = slug(title);
        if (slug.isEmpty()) {
            slug = slug(lead);
        }
        if (slug.isEmpty()) {
            slug = slug(articleId);
        }
        if (slug.isEmpty()) {
            slug = "story";
        }
        String id = "s-" + slug;
        for (int n = 2; !issued.add(id); n++) {
            id = "s-" + slug + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (words == MAX_WORDS || b.length() + w.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(w);
            words++;
        }
        return b.toString();
    }
}
