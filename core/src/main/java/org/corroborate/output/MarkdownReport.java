package org.corroborate.output;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.InputError;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/** The Markdown rendering; article text is escaped so that it cannot add links, images or HTML. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder("# Corroborate analysis\n\n");
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        for (Story story : analysis.stories()) {
            out.append("## ").append(escape(Plain.oneLine(story.title()))).append("\n\n");
            out.append(story.articles().size()).append(" articles, ").append(story.independentChains().size())
                    .append(" independent reporting chains.\n\n");
            for (String id : story.articles()) {
                Article a = byId.get(id);
                out.append("- `").append(id.replace("`", "'")).append("`");
                if (a != null) {
                    out.append(" ").append(escape(Plain.oneLine(a.title())));
                    if (a.outlet() != null) {
                        out.append(" (").append(escape(a.outlet())).append(')');
                    }
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!analysis.reuse().isEmpty()) {
            out.append("## Copies\n\n| copy | source | kind | of source | of copy |\n|---|---|---|---|---|\n");
            for (Reuse r : analysis.reuse()) {
                out.append(String.format("| %s | %s | %s | %.0f%% | %.0f%% |%n", escape(r.copy()), escape(r.source()),
                        r.kind(), 100 * r.coverageOfSource(), 100 * r.coverageOfCopy()));
            }
            out.append('\n');
        }
        if (!analysis.errors().isEmpty()) {
            out.append("## Rejected inputs\n\n");
            for (InputError e : analysis.errors()) {
                out.append("- ").append(escape(e.source())).append(": ").append(escape(e.reason())).append('\n');
            }
        }
        return out.toString();
    }

    /** Escapes Markdown and HTML syntax in untrusted text. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '{', '}' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
