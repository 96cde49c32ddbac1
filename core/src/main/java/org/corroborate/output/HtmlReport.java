package org.corroborate.output;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.corroborate.model.SharedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.model.TimelineEntry;

/**
 * One standalone HTML file for an editor: each story's brief with citations, figures, quotes, what only one
 * source has, a timeline, the lineage graph (inline SVG) and each copy beside its source. Inline CSS, no
 * scripts, no network requests (the Content-Security-Policy forbids them), and every piece of article text
 * escaped.
 */
public final class HtmlReport {
    private static final String CSS = """
            :root{--ink:#1d232a;--muted:#5f6b76;--line:#d9dee3;--accent:#1f5f8b;--bg:#fbfaf7}
            *{box-sizing:border-box}body{font:17px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg);
            max-width:64rem;margin:0 auto;padding:2rem 1.25rem 4rem}
            h1,h2,h3,h4,.meta,table,.badge,nav,summary{font-family:'Helvetica Neue',Arial,sans-serif}
            h1{font-size:1.35rem;letter-spacing:.02em;text-transform:uppercase;color:var(--muted);margin:0 0 1.5rem}
            h2{font-size:1.7rem;line-height:1.25;margin:2.5rem 0 .25rem;border-top:3px solid var(--ink);padding-top:.75rem}
            h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.08em;color:var(--accent);margin:1.75rem 0 .5rem}
            .meta{color:var(--muted);font-size:.85rem}
            .lead p{margin:.4rem 0 .6rem;font-size:1.08rem}
            sup.cite{font:600 .7rem Arial,sans-serif;color:var(--accent);margin-left:.15rem}
            .chains{font:.72rem Arial,sans-serif;color:#fff;background:#3b7d4f;border-radius:.6rem;padding:.05rem .45rem;margin-left:.3rem;white-space:nowrap}
            .chains.one{background:#a0a8b0}
            table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.25rem 0}
            td,th{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.05em}
            .badge{display:inline-block;font-size:.72rem;border-radius:.25rem;padding:.05rem .4rem;border:1px solid}
            .consensus{color:#2c6e3f;border-color:#2c6e3f}.hedged-variants{color:#7a5a00;border-color:#b08400}
            .disputed{color:#8a3b00;border-color:#c25400}.contradicted{color:#9b1c1c;border-color:#9b1c1c}
            .revised{color:#4b3d8f;border-color:#4b3d8f}.single-source{color:var(--muted);border-color:#a0a8b0}
            .speaker{font-family:'Helvetica Neue',Arial,sans-serif;font-weight:600;margin:.8rem 0 .2rem}
            blockquote{margin:.2rem 0 .5rem 1rem;padding-left:.75rem;border-left:3px solid var(--line)}
            blockquote .meta{display:block}
            ul.plain{padding-left:1.1rem}ul.plain li{margin:.3rem 0}
            .timeline td:first-child{white-space:nowrap;font-family:Menlo,monospace;font-size:.8rem}
            svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:.3rem}
            details{margin:.5rem 0;border:1px solid var(--line);border-radius:.3rem;background:#fff}
            summary{cursor:pointer;padding:.45rem .7rem;font-size:.9rem}
            .sbs td{width:50%;font-size:.85rem;line-height:1.45}
            .sbs tr.verbatim td{background:#eef6ef}.sbs tr.near-verbatim td{background:#fbf5e3}
            .sbs tr.paraphrase td{background:#eef2fb}.sbs tr.dropped td:first-child{color:#8a939b;text-decoration:line-through}
            .sbs tr.added td:last-child{background:#e8f1fa}
            del{background:#f6d5d5;text-decoration:line-through}ins{background:#cfe8d3;text-decoration:none}
            .legend span{margin-right:1rem;font-size:.78rem}
            ol.sources{font-size:.88rem}ol.sources li{margin:.2rem 0}
            .errors li{color:#9b1c1c;font-size:.88rem}
            """;

    private HtmlReport() {}

    public static String render(Analysis analysis) {
        ReportModel m = new ReportModel(analysis);
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title(m))).append(" | Corroborate brief</title>\n<style>").append(CSS)
                .append("</style></head><body>\n<h1>Corroborate brief</h1>\n<p class=\"meta\">")
                .append(analysis.articles().size()).append(" articles, ").append(analysis.stories().size())
                .append(" stories").append(analysis.errors().isEmpty() ? "" : ", " + analysis.errors().size() + " rejected inputs")
                .append("</p>\n");
        for (Story story : m.stories) {
            story(out, m, story);
        }
        out.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
        for (Article a : analysis.articles()) {
            out.append("<li id=\"src-").append(m.number.get(a.id())).append("\"><strong>").append(escape(m.outlet(a.id())))
                    .append("</strong>: ").append(escape(Plain.oneLine(a.title()))).append(" <span class=\"meta\">")
                    .append(escape(a.id()));
            if (a.published() != null) {
                out.append(", ").append(escape(a.published())).append(a.publishedInferred() ? " (inferred)" : "");
            }
            out.append("</span></li>\n");
        }
        out.append("</ol>\n");
        if (!analysis.errors().isEmpty()) {
            out.append("<h2>Rejected inputs</h2>\n<ul class=\"errors\">\n");
            for (InputError e : analysis.errors()) {
                out.append("<li>").append(escape(e.source())).append(": ").append(escape(e.reason())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String title(ReportModel m) {
        return m.stories.isEmpty() ? "No stories" : Plain.oneLine(m.stories.get(0).title());
    }

    private static void story(StringBuilder out, ReportModel m, Story story) {
        StoryBrief brief = m.briefs.get(story.id());
        long outlets = story.articles().stream().map(m::outlet).distinct().count();
        out.append("<section id=\"").append(escape(story.id())).append("\">\n<h2>")
                .append(escape(Plain.oneLine(brief != null ? brief.headline() : story.title()))).append("</h2>\n")
                .append("<p class=\"meta\">").append(story.articles().size()).append(" articles from ").append(outlets)
                .append(outlets == 1 ? " outlet" : " outlets").append(" &middot; ").append(story.independentChains().size())
                .append(" independent reporting ").append(story.independentChains().size() == 1 ? "chain" : "chains")
                .append("</p>\n");
        if (brief != null) {
            if (!brief.lead().isEmpty()) {
                out.append("<h3>What happened</h3>\n<div class=\"lead\">\n");
                brief.lead().forEach(s -> out.append("<p>").append(cited(m, s)).append("</p>\n"));
                out.append("</div>\n");
            }
            claimTable(out, m, "Key figures", m.claims(brief.figures()));
            claimTable(out, m, "Discrepancies", m.claims(brief.discrepancies()));
            quotes(out, m, m.claims(brief.quotes()));
            if (!brief.singleSource().isEmpty()) {
                out.append("<h3>Only one source has</h3>\n<ul class=\"plain\">\n");
                brief.singleSource().forEach(s -> out.append("<li>").append(cited(m, s)).append("</li>\n"));
                out.append("</ul>\n");
            }
            if (!brief.timeline().isEmpty()) {
                out.append("<h3>Timeline</h3>\n<table class=\"timeline\">\n");
                for (TimelineEntry t : brief.timeline()) {
                    out.append("<tr><td>").append(escape(t.date())).append("</td><td>").append(escape(t.text()))
                            .append(cite(List.of(m.number.getOrDefault(t.citation().article(), 0)))).append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
        }
        List<Reuse> copies = m.reuse(story);
        if (story.articles().size() > 1) {
            out.append("<h3>Lineage</h3>\n").append(LineageSvg.render(m, story, copies));
        }
        for (Reuse r : copies) {
            sideBySide(out, m, r);
        }
        out.append("</section>\n");
    }

    private static String cited(ReportModel m, CitedSentence s) {
        return escape(s.text()) + cite(m.citations(s.citations())) + chains(s.chains());
    }

    private static String chains(int n) {
        return "<span class=\"chains" + (n <= 1 ? " one" : "") + "\">" + n + (n == 1 ? " chain" : " chains") + "</span>";
    }

    private static String cite(List<Integer> numbers) {
        return numbers.stream().map(n -> "<a href=\"#src-" + n + "\">" + n + "</a>")
                .collect(Collectors.joining(",", "<sup class=\"cite\">[", "]</sup>"));
    }

    private static void claimTable(StringBuilder out, ReportModel m, String title, List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3>\n<table><tr><th>claim</th><th>status</th><th>support</th><th>outlets</th></tr>\n");
        for (Claim c : claims) {
            out.append("<tr><td>").append(escape(c.summary())).append("</td><td><span class=\"badge ")
                    .append(escape(c.status())).append("\">").append(escape(c.status().replace('-', ' ')))
                    .append("</span></td><td>").append(chains(c.chains().size())).append("</td><td>")
                    .append(escape(String.join(", ", m.outlets(c.mentions())))).append(cite(m.citations(c.mentions())))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void quotes(StringBuilder out, ReportModel m, List<Claim> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        quotes.forEach(c -> bySpeaker.computeIfAbsent(ReportModel.speaker(c), k -> new ArrayList<>()).add(c));
        out.append("<h3>Who said what</h3>\n");
        bySpeaker.forEach((speaker, claims) -> {
            out.append("<div class=\"speaker\">").append(escape(speaker)).append("</div>\n");
            for (Claim c : claims) {
                String kinds = c.variants().stream().map(v -> v.hedge()).filter(k -> k != null).distinct()
                        .collect(Collectors.joining(", "));
                out.append("<blockquote>").append(escape(ReportModel.shown(c)))
                        .append("<span class=\"meta\">").append(escape(String.join(", ", m.outlets(c.mentions()))))
                        .append(cite(m.citations(c.mentions()))).append(" &middot; ").append(escape(kinds))
                        .append(chains(c.chains().size())).append("</span></blockquote>\n");
            }
        });
    }

    /** A copy beside its source, sentence by sentence: shared, edited (word-level diff), added and dropped. */
    private static void sideBySide(StringBuilder out, ReportModel m, Reuse r) {
        Article copy = m.articles.get(r.copy());
        Article source = m.articles.get(r.source());
        if (copy == null || source == null) {
            return;
        }
        out.append("<details><summary>[").append(m.number.get(r.copy())).append("] ").append(escape(m.outlet(r.copy())))
                .append(" beside its source [").append(m.number.get(r.source())).append("] ")
                .append(escape(m.outlet(r.source()))).append(": ").append(escape(r.kind()))
                .append(String.format(", %.0f%% of the source", 100 * r.coverageOfSource())).append("</summary>\n");
        List<Change> altered = r.changes().stream()
                .filter(c -> c.kind().endsWith("-altered") || c.kind().equals("attribution-removed")
                        || c.kind().equals("credits-dropped"))
                .toList();
        if (!altered.isEmpty()) {
            out.append("<ul class=\"plain\">\n");
            for (Change c : altered) {
                out.append("<li><span class=\"badge contradicted\">").append(escape(c.kind().replace('-', ' ')))
                        .append("</span> ").append(c.before() == null ? "" : "<del>" + escape(c.before()) + "</del> ")
                        .append(c.after() == null ? "" : "<ins>" + escape(c.after()) + "</ins>").append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<p class=\"legend meta\"><span>green: verbatim</span><span>yellow: edited</span>")
                .append("<span>blue: paraphrase or added</span><span>struck: dropped</span></p>\n")
                .append("<table class=\"sbs\"><tr><th>source: ").append(escape(m.outlet(r.source())))
                .append("</th><th>copy: ").append(escape(m.outlet(r.copy()))).append("</th></tr>\n");
        Map<Integer, SharedSentence> byCopyStart = new HashMap<>();
        Map<Integer, Integer> sourceIndex = new HashMap<>();
        for (SharedSentence s : r.shared()) {
            byCopyStart.put(s.copy().start(), s);
        }
        List<Span> sourceSentences = source.sentences();
        for (int i = 0; i < sourceSentences.size(); i++) {
            sourceIndex.put(sourceSentences.get(i).start(), i);
        }
        java.util.Set<Integer> sharedSource = r.shared().stream().map(s -> s.source().start())
                .collect(Collectors.toSet());
        int next = 0;
        for (Span cs : copy.sentences()) {
            SharedSentence s = byCopyStart.get(cs.start());
            if (s == null) {
                row(out, "added", "", escape(copy.text(cs)));
                continue;
            }
            int k = sourceIndex.getOrDefault(s.source().start(), -1);
            for (; k >= 0 && next < k; next++) {
                Span dropped = sourceSentences.get(next);
                if (!sharedSource.contains(dropped.start())) {
                    row(out, "dropped", escape(source.text(dropped)), "");
                }
            }
            next = Math.max(next, k + 1);
            String left = source.text(s.source());
            String right = copy.text(s.copy());
            if ("verbatim".equals(s.match())) {
                row(out, "verbatim", escape(left), escape(right));
            } else {
                String[] diff = WordDiff.mark(left, right);
                row(out, escape(s.match()), diff[0], diff[1]);
            }
        }
        for (; next < sourceSentences.size(); next++) {
            Span dropped = sourceSentences.get(next);
            if (!sharedSource.contains(dropped.start())) {
                row(out, "dropped", escape(source.text(dropped)), "");
            }
        }
        out.append("</table></details>\n");
    }

    private static void row(StringBuilder out, String kind, String left, String right) {
        out.append("<tr class=\"").append(kind).append("\"><td>").append(left).append("</td><td>").append(right)
                .append("</td></tr>\n");
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
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
