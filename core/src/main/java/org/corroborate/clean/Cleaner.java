package org.corroborate.clean;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.clean.html.ExtractedPage;
import org.corroborate.clean.html.HtmlExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.Metadata;
import org.corroborate.model.Removed;

/**
 * Turns a document into one or more articles: main content, metadata, and the list of what was removed.
 *
 * <p>A page carrying a second, unrelated article glued on by a scrape gives two articles,
 * {@code <id>#part1} and {@code <id>#part2}. Paragraphs and sentences are left empty for the segmenter.
 *
 * <p>Metadata precedence: what the input states ({@link Document#given()}) wins over what an HTML page's markup
 * states, which wins over what the page text's furniture states. Of the given metadata, the address and the
 * outlet describe the whole page and go to every part; title, date and authors describe its first article.
 * A page that states no date at all takes the date its file is named with, marked inferred.
 */
public final class Cleaner {
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    public List<Article> clean(Document document) {
        return switch (document.format()) {
            case BODY -> List.of(body(document));
            case TEXT -> assemble(document, TextPageCleaner.clean(document.content()), null);
            case HTML -> {
                ExtractedPage page;
                try {
                    page = htmlExtractor.extract(document.content(), document.given().url());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(document.id() + ": " + e.getMessage(), e);
                }
                yield assemble(document, TextPageCleaner.clean(page.text()), page);
            }
        };
    }

    /** A body given exactly: kept as is so that offsets are those of the input. */
    private static Article body(Document document) {
        if (document.content().isBlank()) {
            throw new IllegalArgumentException(document.id() + ": no article text (the given body is empty)");
        }
        Metadata given = document.given();
        return new Article(document.id(), document.source(), given.url(), given.outlet(), given.authors(),
                given.title(), given.published(), false, null, null, List.of(), null, document.content(), List.of(),
                List.of(), List.of());
    }

    /**
     * One article per part with text. A part that cleaning emptied (a run of furniture the splitter took for an
     * article) is no article: its removed lines go to the first article, and the page is rejected only when no
     * part has text.
     */
    private static List<Article> assemble(Document document, List<CleanedText> allParts, ExtractedPage page) {
        List<CleanedText> parts = allParts.stream().filter(p -> !p.body().isBlank()).toList();
        if (parts.isEmpty()) {
            int removedLines = allParts.stream().mapToInt(p -> p.removed().size()).sum();
            throw new IllegalArgumentException(document.id() + ": no article text after cleaning (" + removedLines
                    + " lines removed as page furniture)");
        }
        List<Article> articles = new ArrayList<>(parts.size());
        Metadata given = document.given();
        for (int i = 0; i < parts.size(); i++) {
            CleanedText part = parts.get(i);
            String id = parts.size() == 1 ? document.id() : document.id() + "#part" + (i + 1);
            boolean first = i == 0;
            ExtractedPage markup = first ? page : null;
            List<Removed> removed = new ArrayList<>();
            if (markup != null) {
                removed.addAll(markup.removed());
            }
            if (first) {
                allParts.stream().filter(p -> p.body().isBlank()).forEach(p -> removed.addAll(p.removed()));
            }
            removed.addAll(part.removed());
            String outlet = firstNonNull(given.outlet(), page == null ? null : page.siteName(), part.outlet());
            String title = firstNonNull(first ? given.title() : null, markup == null ? null : markup.title(),
                    part.title());
            String published = firstNonNull(first ? given.published() : null,
                    markup == null ? null : markup.published(), part.published());
            String named = published == null ? FileNameDates.of(document.id()) : null;
            List<String> authors = first && !given.authors().isEmpty() ? given.authors()
                    : markup != null && !markup.authors().isEmpty() ? markup.authors() : part.authors();
            articles.add(new Article(id, document.source(), given.url(), outlet, authors, title,
                    named != null ? named : published, named != null,
                    part.updated(), part.dateline(), part.credits(), null, part.body(), List.of(), List.of(),
                    removed));
        }
        return articles;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
