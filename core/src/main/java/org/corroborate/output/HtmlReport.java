package org.corroborate.output;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.InputError;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/** One standalone HTML file: inline CSS, no scripts, no network requests, all article text escaped. */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>Corroborate analysis</title><style>")
                .append("body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append("h1,h2,h3{font-family:Helvetica,Arial,sans-serif}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}.meta{color:#666}")
                .append("</style></head><body>\n<h1>Corroborate analysis</h1>\n");
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        for (Story story : analysis.stories()) {
            out.append("<h2>").append(escape(Plain.oneLine(story.title()))).append("</h2>\n<p class=\"meta\">")
                    .append(story.articles().size()).append(" articles, ").append(story.independentChains().size())
                    .append(" independent reporting chains</p>\n<ul>\n");
            for (String id : story.articles()) {
                Article a = byId.get(id);
                out.append("<li><code>").append(escape(id)).append("</code> ");
                if (a != null) {
                    out.append(escape(Plain.oneLine(a.title())));
                    if (a.outlet() != null) {
                        out.append(" <span class=\"meta\">(").append(escape(a.outlet())).append(")</span>");
                    }
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!analysis.reuse().isEmpty()) {
            out.append("<h2>Copies</h2>\n<table><tr><th>copy</th><th>source</th><th>kind</th><th>of source</th><th>of copy</th></tr>\n");
            for (Reuse r : analysis.reuse()) {
                out.append(String.format("<tr><td>%s</td><td>%s</td><td>%s</td><td>%.0f%%</td><td>%.0f%%</td></tr>%n",
                        escape(r.copy()), escape(r.source()), escape(r.kind()), 100 * r.coverageOfSource(),
                        100 * r.coverageOfCopy()));
            }
            out.append("</table>\n");
        }
        if (!analysis.errors().isEmpty()) {
            out.append("<h2>Rejected inputs</h2>\n<ul>\n");
            for (InputError e : analysis.errors()) {
                out.append("<li>").append(escape(e.source())).append(": ").append(escape(e.reason())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
