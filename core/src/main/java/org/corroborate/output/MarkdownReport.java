package org.corroborate.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.CitedSentence;
import org.corroborate.model.Claim;
import org.corroborate.model.InputError;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.model.TimelineEntry;

/** The Markdown rendering; article text is escaped so that it cannot add links, images or HTML. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Analysis analysis) {
        ReportModel m = new ReportModel(analysis);
        StringBuilder out = new StringBuilder("# Corroborate brief\n\n");
        out.append(analysis.articles().size()).append(" articles, ").append(analysis.stories().size()).append(" stories.\n");
        for (Story story : m.stories) {
            story(out, m, story);
        }
        out.append("\n## Sources\n\n");
        for (Article a : analysis.articles()) {
            out.append(m.number.get(a.id())).append(". **").append(escape(m.outlet(a.id()))).append("**: ")
                    .append(escape(Plain.oneLine(a.title()))).append(" (`").append(a.id().replace("`", "'")).append('`');
            if (a.published() != null) {
                out.append(", ").append(escape(a.published())).append(a.publishedInferred() ? ", inferred" : "");
            }
            out.append(")\n");
        }
        if (!analysis.errors().isEmpty()) {
            out.append("\n## Rejected inputs\n\n");
            for (InputError e : analysis.errors()) {
                out.append("- ").append(escape(e.source())).append(": ").append(escape(e.reason())).append('\n');
            }
        }
        return out.toString();
    }

    private static void story(StringBuilder out, ReportModel m, Story story) {
        StoryBrief brief = m.briefs.get(story.id());
        out.append("\n## ").append(escape(Plain.oneLine(brief != null ? brief.headline() : story.title()))).append("\n\n")
                .append(story.articles().size()).append(" articles, ").append(story.independentChains().size())
                .append(" independent reporting chains.\n");
        if (brief != null) {
            list(out, "What happened", brief.lead().stream().map(s -> cited(m, s)).toList());
            claims(out, m, "Key figures", m.claims(brief.figures()));
            claims(out, m, "Discrepancies", m.claims(brief.discrepancies()));
            Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
            m.claims(brief.quotes()).forEach(c -> bySpeaker.computeIfAbsent(ReportModel.speaker(c), k -> new ArrayList<>()).add(c));
            if (!bySpeaker.isEmpty()) {
                out.append("\n### Who said what\n");
                bySpeaker.forEach((speaker, claims) -> {
                    out.append("\n**").append(escape(speaker)).append("**\n\n");
                    claims.forEach(c -> out.append("> ").append(escape(Plain.oneLine(ReportModel.shown(c))))
                            .append(": ").append(escape(String.join(", ", m.outlets(c.mentions())))).append(' ')
                            .append(TextReport.refs(m.citations(c.mentions()))).append("\n>\n"));
                });
            }
            list(out, "Only one source has", brief.singleSource().stream().map(s -> cited(m, s)).toList());
            List<String> timeline = new ArrayList<>();
            for (TimelineEntry t : brief.timeline()) {
                timeline.add("**" + escape(t.date()) + "** " + escape(Plain.oneLine(t.text())) + " "
                        + TextReport.refs(List.of(m.number.getOrDefault(t.citation().article(), 0))));
            }
            list(out, "Timeline", timeline);
        }
        List<String> lineage = new ArrayList<>();
        for (Reuse r : m.reuse(story)) {
            lineage.add(escape(m.outlet(r.copy())) + " " + TextReport.refs(List.of(m.number.getOrDefault(r.copy(), 0)))
                    + " copies " + escape(m.outlet(r.source())) + " "
                    + TextReport.refs(List.of(m.number.getOrDefault(r.source(), 0))) + ": " + r.kind()
                    + String.format(", %.0f%% of the source", 100 * r.coverageOfSource()));
        }
        list(out, "Lineage", lineage);
    }

    private static String cited(ReportModel m, CitedSentence s) {
        return escape(Plain.oneLine(s.text())) + " " + TextReport.refs(m.citations(s.citations()))
                + (s.chains() > 1 ? " _(" + s.chains() + " chains)_" : "");
    }

    private static void claims(StringBuilder out, ReportModel m, String title, List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n| claim | status | chains | outlets |\n|---|---|---|---|\n");
        for (Claim c : claims) {
            out.append("| ").append(escape(Plain.oneLine(c.summary()))).append(" | ").append(c.status()).append(" | ")
                    .append(c.chains().size()).append(" | ").append(escape(String.join(", ", m.outlets(c.mentions()))))
                    .append(' ').append(TextReport.refs(m.citations(c.mentions()))).append(" |\n");
        }
    }

    private static void list(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n");
        lines.forEach(l -> out.append("- ").append(l).append('\n'));
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
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }
}
