package org.corroborate.output;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.InputError;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/** The terminal rendering: stories with their articles and lineage, then errors. */
public final class TextReport {
    private TextReport() {}

    public static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        out.append(analysis.articles().size()).append(" articles, ").append(analysis.stories().size())
                .append(" stories\n");
        for (Story story : analysis.stories()) {
            out.append("\n== ").append(Plain.oneLine(story.title())).append("  [").append(story.id()).append("]\n");
            out.append("   ").append(story.articles().size()).append(" articles, ")
                    .append(story.independentChains().size()).append(" independent reporting chains\n");
            for (String id : story.articles()) {
                Article a = byId.get(id);
                out.append("   - ").append(id);
                if (a != null) {
                    out.append(": ").append(Plain.oneLine(a.title()));
                    if (a.outlet() != null) {
                        out.append(" (").append(a.outlet()).append(')');
                    }
                    if (a.published() != null) {
                        out.append(", ").append(a.published()).append(a.publishedInferred() ? " (inferred)" : "");
                    }
                }
                out.append('\n');
            }
        }
        if (!analysis.reuse().isEmpty()) {
            out.append("\nCopies\n");
            for (Reuse r : analysis.reuse()) {
                out.append(String.format("   %s <- %s: %s, %.0f%% of source, %.0f%% of copy (%s)%n", r.copy(),
                        r.source(), r.kind(), 100 * r.coverageOfSource(), 100 * r.coverageOfCopy(), r.direction()));
            }
        }
        if (!analysis.errors().isEmpty()) {
            out.append("\nRejected inputs\n");
            for (InputError e : analysis.errors()) {
                out.append("   ").append(e.source()).append(": ").append(e.reason()).append('\n');
            }
        }
        return out.toString();
    }
}
