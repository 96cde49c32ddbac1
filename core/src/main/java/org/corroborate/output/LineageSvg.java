package org.corroborate.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;

/**
 * The lineage graph of a story as inline SVG: one column per independent reporting chain, the original at
 * the top, copies below it, an arrow from each copy to its source (solid for a republication, dashed for
 * partial reuse). Labels are escaped text; nothing is fetched.
 */
final class LineageSvg {
    private static final int COLUMN = 220;
    private static final int ROW = 74;
    private static final int BOX_W = 190;
    private static final int BOX_H = 42;
    private static final int MARGIN = 16;

    private LineageSvg() {}

    static String render(ReportModel m, Story story, List<Reuse> copies) {
        Map<String, int[]> place = new LinkedHashMap<>();
        List<Integer> rows = new ArrayList<>();
        int column = 0;
        for (List<String> chain : story.independentChains()) {
            rows.add(0);
            for (String id : chain) {
                if (!place.containsKey(id)) {
                    place.put(id, new int[] {column, rows.get(column)});
                    rows.set(column, rows.get(column) + 1);
                }
            }
            column++;
        }
        for (String id : story.articles()) {
            if (!place.containsKey(id)) {
                rows.add(1);
                place.put(id, new int[] {column++, 0});
            }
        }
        int height = MARGIN * 2 + rows.stream().mapToInt(Integer::intValue).max().orElse(1) * ROW;
        int width = MARGIN * 2 + Math.max(1, column) * COLUMN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"lineage graph\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">\n<defs><marker id=\"arrow-").append(HtmlReport.escape(story.id()))
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5f6b76\"/></marker></defs>\n");
        Map<String, Integer> drawn = new HashMap<>();
        for (Reuse r : copies) {
            int[] from = place.get(r.copy());
            int[] to = place.get(r.source());
            if (from == null || to == null) {
                continue;
            }
            int offset = drawn.merge(r.copy(), 1, Integer::sum) - 1;
            double x1 = x(from) + BOX_W / 2.0 + offset * 14;
            double y1 = y(from);
            double x2 = x(to) + BOX_W / 2.0;
            double y2 = y(to) + BOX_H;
            if (from[1] <= to[1]) {
                y1 = y(from) + BOX_H / 2.0;
                x1 = x(from) + (from[0] < to[0] ? BOX_W : 0);
                y2 = y(to) + BOX_H / 2.0;
                x2 = x(to) + (from[0] < to[0] ? 0 : BOX_W);
            }
            svg.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#5f6b76\" stroke-width=\"1.6\"%s marker-end=\"url(#arrow-%s)\"><title>%s</title></line>%n",
                    x1, y1, x2, y2, "republication".equals(r.kind()) ? "" : " stroke-dasharray=\"5 4\"",
                    HtmlReport.escape(story.id()), HtmlReport.escape(m.outlet(r.copy()) + " copies " + m.outlet(r.source())
                            + " (" + r.kind() + ")")));
        }
        for (Map.Entry<String, int[]> e : place.entrySet()) {
            int[] p = e.getValue();
            boolean original = p[1] == 0;
            svg.append("<g><rect x=\"").append(x(p)).append("\" y=\"").append(y(p)).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"").append(original ? "#e7f0f7" : "#fff")
                    .append("\" stroke=\"").append(original ? "#1f5f8b" : "#9aa5ae").append("\"/>")
                    .append("<text x=\"").append(x(p) + 10).append("\" y=\"").append(y(p) + 18)
                    .append("\" font-family=\"Arial,sans-serif\" font-size=\"13\" font-weight=\"600\" fill=\"#1d232a\">[")
                    .append(m.number.getOrDefault(e.getKey(), 0)).append("] ").append(HtmlReport.escape(clip(m.outlet(e.getKey()), 22)))
                    .append("</text><text x=\"").append(x(p) + 10).append("\" y=\"").append(y(p) + 34)
                    .append("\" font-family=\"Arial,sans-serif\" font-size=\"11\" fill=\"#5f6b76\">")
                    .append(original ? "original" : "derived").append("</text><title>")
                    .append(HtmlReport.escape(e.getKey())).append("</title></g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static int x(int[] p) {
        return MARGIN + p[0] * COLUMN;
    }

    private static int y(int[] p) {
        return MARGIN + p[1] * ROW;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
