package org.corroborate.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Change;
import org.corroborate.model.CitedSentence;
import org.corroborate.model.Claim;
import org.corroborate.model.InputError;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.model.TimelineEntry;

/**
 * The terminal rendering: each story's brief, then the numbered sources and rejected inputs. Article text
 * is printed with control characters removed, so a page cannot send escape sequences to the terminal.
 */
public final class TextReport {
    private TextReport() {}

    public static String render(Analysis analysis) {
        ReportModel m = new ReportModel(analysis);
        StringBuilder out = new StringBuilder();
        out.append("Corroborate: ").append(analysis.articles().size()).append(" articles, ")
                .append(analysis.stories().size()).append(" stories");
        if (!analysis.errors().isEmpty()) {
            out.append(", ").append(analysis.errors().size()).append(" rejected inputs");
        }
        out.append('\n');
        for (Story story : m.stories) {
            story(out, m, story);
        }
        out.append("\nSources\n");
        for (Article a : analysis.articles()) {
            out.append(String.format("  [%d] %s: %s", m.number.get(a.id()), a.id(), Plain.oneLine(a.title())));
            if (a.outlet() != null) {
                out.append(", ").append(Plain.oneLine(a.outlet()));
            }
            if (a.published() != null) {
                out.append(", ").append(a.published()).append(a.publishedInferred() ? " (inferred)" : "");
            }
            out.append('\n');
        }
        if (!analysis.errors().isEmpty()) {
            out.append("\nRejected inputs\n");
            for (InputError e : analysis.errors()) {
                out.append("  ").append(Plain.oneLine(e.source())).append(": ").append(Plain.oneLine(e.reason()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void story(StringBuilder out, ReportModel m, Story story) {
        StoryBrief brief = m.briefs.get(story.id());
        out.append("\n== ").append(Plain.oneLine(brief != null ? brief.headline() : story.title())).append('\n');
        long outlets = story.articles().stream().map(m::outlet).distinct().count();
        out.append("   ").append(story.articles().size()).append(" articles from ").append(outlets)
                .append(outlets == 1 ? " outlet, " : " outlets, ").append(story.independentChains().size())
                .append(story.independentChains().size() == 1 ? " independent reporting chain" : " independent reporting chains")
                .append("  [").append(story.id()).append("]\n");
        if (brief != null) {
            section(out, "What happened", brief.lead().stream().map(s -> cited(m, s)).toList());
            section(out, "Key figures", m.claims(brief.figures()).stream().map(c -> claimLine(m, c)).toList());
            section(out, "Discrepancies", m.claims(brief.discrepancies()).stream().map(c -> claimLine(m, c)).toList());
            whoSaidWhat(out, m, brief);
            section(out, "Only one source has", brief.singleSource().stream().map(s -> cited(m, s)).toList());
            section(out, "Timeline", brief.timeline().stream().map(t -> timeline(m, t)).toList());
        }
        List<String> lineage = m.reuse(story).stream().map(r -> copyLine(m, r)).collect(Collectors.toList());
        story.independentChains().forEach(c -> lineage.add("chain: " + c.stream()
                .map(id -> "[" + m.number.getOrDefault(id, 0) + "] " + m.outlet(id)).collect(Collectors.joining(" <- "))));
        section(out, "Lineage", lineage);
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n   ").append(title).append('\n');
        lines.forEach(l -> out.append("   - ").append(l).append('\n'));
    }

    private static String cited(ReportModel m, CitedSentence s) {
        return Plain.oneLine(s.text()) + " " + refs(m.citations(s.citations()))
                + (s.chains() > 1 ? " (" + s.chains() + " chains)" : "");
    }

    static String refs(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String claimLine(ReportModel m, Claim c) {
        return Plain.oneLine(c.summary()) + " | " + c.status() + ", " + c.chains().size()
                + (c.chains().size() == 1 ? " chain " : " chains ") + refs(m.citations(c.mentions()));
    }

    private static void whoSaidWhat(StringBuilder out, ReportModel m, StoryBrief brief) {
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        m.claims(brief.quotes()).forEach(c -> bySpeaker.computeIfAbsent(ReportModel.speaker(c),
                k -> new java.util.ArrayList<>()).add(c));
        if (bySpeaker.isEmpty()) {
            return;
        }
        out.append("\n   Who said what\n");
        bySpeaker.forEach((speaker, claims) -> {
            out.append("   ").append(Plain.oneLine(speaker)).append('\n');
            for (Claim c : claims) {
                out.append("     ").append(Plain.oneLine(ReportModel.shown(c))).append("  ")
                        .append(String.join(", ", m.outlets(c.mentions()).stream().map(Plain::oneLine).toList()))
                        .append(' ').append(refs(m.citations(c.mentions()))).append('\n');
            }
        });
    }

    private static String timeline(ReportModel m, TimelineEntry t) {
        return t.date() + "  " + Plain.oneLine(t.text()) + " " + refs(List.of(m.number.getOrDefault(t.citation().article(), 0)));
    }

    private static String copyLine(ReportModel m, Reuse r) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(m.number.getOrDefault(r.copy(), 0)).append("] ").append(Plain.oneLine(m.outlet(r.copy())))
                .append(" copies [").append(m.number.getOrDefault(r.source(), 0)).append("] ")
                .append(Plain.oneLine(m.outlet(r.source()))).append(": ").append(r.kind())
                .append(String.format(", %.0f%% of the source", 100 * r.coverageOfSource()));
        if (!"unknown".equals(r.direction())) {
            b.append(" (direction from ").append(r.direction()).append(')');
        } else {
            b.append(" (direction unknown)");
        }
        List<String> altered = r.changes().stream()
                .filter(c -> c.kind().endsWith("-altered") || c.kind().equals("attribution-removed"))
                .map(TextReport::change).toList();
        if (!altered.isEmpty()) {
            b.append("; changed: ").append(String.join("; ", altered));
        }
        return b.toString();
    }

    private static String change(Change c) {
        return c.kind() + " " + quoted(c.before()) + " -> " + quoted(c.after());
    }

    private static String quoted(String s) {
        return s == null || s.isBlank() ? "(nothing)" : "\u201c" + Plain.oneLine(s) + "\u201d";
    }
}
