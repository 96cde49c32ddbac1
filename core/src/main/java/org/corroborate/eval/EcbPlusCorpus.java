package org.corroborate.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Span;

/**
 * The ECB+ corpus (read by {@link EcbCorpus}) as articles with their gold story: topic + sub-topic, since the
 * "ecb" and "ecbplus" files of a topic report two different real events of the same kind. Each sentence is a
 * paragraph; a first sentence without final punctuation is a headline and becomes the title.
 */
public final class EcbPlusCorpus {
    /** One document: its article and gold story label. */
    public record Doc(Article article, String story) {}

    private EcbPlusCorpus() {}

    /** Every document under {@code root} (the ecbplus folder or its ECB+ child), in topic and file order. */
    public static List<Doc> read(Path root) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (EcbCorpus.Doc d : EcbCorpus.read(root)) {
            docs.add(new Doc(article(d, root.resolve(d.topic()).resolve(d.id() + ".xml").toString(), true),
                    d.topic() + "-" + (d.event().endsWith("ecbplus") ? "ecbplus" : "ecb")));
        }
        return docs;
    }

    /**
     * The document as an article: one paragraph and one sentence per ECB+ sentence. With
     * {@code headlineAsTitle}, a first sentence without final punctuation becomes the title instead.
     */
    public static Article article(EcbCorpus.Doc doc, String source, boolean headlineAsTitle) {
        List<String> lines = new ArrayList<>(doc.sentences());
        String title = null;
        if (headlineAsTitle && lines.size() > 1 && !lines.get(0).matches(".*[.!?\"'\u201d]$")) {
            title = lines.remove(0);
        }
        StringBuilder body = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String line : lines) {
            if (body.length() > 0) {
                body.append('\n');
            }
            int start = body.codePointCount(0, body.length());
            body.append(line);
            spans.add(new Span(start, body.codePointCount(0, body.length())));
        }
        return new Article(doc.id(), source, doc.url(), null,
                List.of(), title, null, false, null, null, List.of(), "en", body.toString(), spans, spans, List.of());
    }
}
