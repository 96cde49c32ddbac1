package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Span;
import org.corroborate.text.Nlp;

/** Articles built from fictional text for extraction tests, segmented the way the engine would. */
public final class TestArticles {
    private TestArticles() {}

    /** An article whose paragraphs are the lines of {@code body} and whose sentences come from Nlp.sentences. */
    public static Article of(String id, String body) {
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int i = 0;
        for (String line : body.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(Span.ofChars(body, i, i + line.length()));
                for (opennlp.tools.util.Span s : Nlp.sentences(line)) {
                    sentences.add(Span.ofChars(body, i + s.getStart(), i + s.getEnd()));
                }
            }
            i += line.length() + 1;
        }
        return new Article(id, id, null, null, List.of(), null, null, false, null, null, List.of(), "en", body,
                paragraphs, sentences, List.of());
    }
}
