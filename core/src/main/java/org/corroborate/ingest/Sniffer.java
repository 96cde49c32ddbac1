package org.corroborate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides how to read a file from its name and its first bytes together.
 *
 * <p>Implementation notes. Content wins where it is unambiguous (a {@code WARC/} version line, an
 * {@code <rss>}/{@code <feed>}/{@code <rdf:RDF>} root element, an HTML doctype or root element); the extension
 * breaks the remaining ties ({@code .txt} stays text whatever it contains, {@code .json} is read only when it
 * holds JSON Lines articles). Binary signatures are never used to refuse text: only NUL and control bytes are.
 */
final class Sniffer {
    /** How much of a file is looked at to decide its format. */
    static final int HEAD_BYTES = 16 * 1024;

    enum Kind {
        TEXT, HTML, JSON_LINES, FEED, WARC,
        /** A JSON document (not JSON Lines of articles): not an article input. */
        JSON_DOCUMENT,
        /** XML that is not a feed (a sitemap, say): not an article input. */
        XML_DOCUMENT,
        /** Named .warc but not WARC. */
        NOT_WARC,
        BINARY
    }

    private static final Set<String> JSON_LINES_EXTENSIONS = Set.of("jsonl", "ndjson", "jsonlines");
    private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml", "rdf");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "php", "asp",
            "aspx", "jsp");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf");
    /** Elements that, first in a file, make it an HTML page (fragments included). */
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "meta", "title", "link",
            "script", "style", "div", "p", "article", "section", "main", "header", "nav", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "span", "a", "img", "br", "ul", "ol", "form", "iframe", "noscript");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sniffer() {}

    /** How to read a file named {@code name} (any .gz suffix removed) whose first bytes are {@code head}. */
    static Kind detect(String name, byte[] head, int length) {
        String ext = extension(name);
        if (startsWith(head, length, "WARC/")) {
            return Kind.WARC;
        }
        if (ext.equals("warc")) {
            return Kind.NOT_WARC;
        }
        if (TextDecoder.bom(head, length) == null && TextDecoder.binaryReason(head, length) != null) {
            return Kind.BINARY;
        }
        String text = TextDecoder.sniffText(head, length);
        if (JSON_LINES_EXTENSIONS.contains(ext)) {
            return Kind.JSON_LINES;
        }
        JsonShape json = jsonShape(text, length >= HEAD_BYTES);
        if (ext.equals("json")) {
            return json == JsonShape.ARTICLE_LINES ? Kind.JSON_LINES : Kind.JSON_DOCUMENT;
        }
        String root = firstElement(text);
        if (root != null && FEED_ROOTS.contains(root)) {
            return Kind.FEED;
        }
        boolean htmlRoot = root != null && (root.equals("!doctype html") || HTML_ROOTS.contains(root));
        if (FEED_EXTENSIONS.contains(ext)) {
            return htmlRoot ? Kind.HTML : Kind.XML_DOCUMENT;
        }
        if (HTML_EXTENSIONS.contains(ext) || htmlRoot) {
            return Kind.HTML;
        }
        if (TEXT_EXTENSIONS.contains(ext)) {
            return Kind.TEXT;
        }
        return switch (json) {
            case ARTICLE_LINES, OBJECT_LINE -> Kind.JSON_LINES;
            case DOCUMENT -> Kind.JSON_DOCUMENT;
            case NONE -> Kind.TEXT;
        };
    }

    /** The lower-case extension of a file name ("" when it has none). */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int length, String ascii) {
        if (length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (head[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    enum JsonShape {
        /** First line is a JSON object with a {@code text} or {@code html} field. */
        ARTICLE_LINES,
        /** First line is a JSON object without them. */
        OBJECT_LINE,
        /** Starts like JSON but the first line is not a whole object: a pretty-printed document or an array. */
        DOCUMENT,
        NONE
    }

    static JsonShape jsonShape(String text, boolean truncated) {
        String t = text.stripLeading();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1).stripLeading();
        }
        if (t.startsWith("[")) {
            return JsonShape.DOCUMENT;
        }
        if (!t.startsWith("{")) {
            return JsonShape.NONE;
        }
        int newline = t.indexOf('\n');
        if (newline < 0 && truncated) {
            // The first line runs past what we looked at: judge it by its opening.
            boolean article = t.contains("\"text\"") || t.contains("\"html\"");
            return !t.startsWith("{\"") ? JsonShape.DOCUMENT
                    : article ? JsonShape.ARTICLE_LINES : JsonShape.OBJECT_LINE;
        }
        String line = newline < 0 ? t : t.substring(0, newline);
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return JsonShape.DOCUMENT;
            }
            return node.has("text") || node.has("html") ? JsonShape.ARTICLE_LINES : JsonShape.OBJECT_LINE;
        } catch (IOException e) {
            return JsonShape.DOCUMENT;
        }
    }

    /**
     * The lower-case name of the first element, skipping an XML declaration, processing instructions, comments
     * and a non-HTML doctype; {@code "!doctype html"} for an HTML doctype; null when the text does not start with
     * markup.
     */
    static String firstElement(String text) {
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (i >= n || text.charAt(i) != '<') {
                return null;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i, "-->");
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
                int end = text.indexOf('>', i);
                int subset = text.indexOf('[', i);
                String doctype = text.substring(i + 9, end < 0 ? n : end).trim().toLowerCase(Locale.ROOT);
                if (doctype.startsWith("html")) {
                    return "!doctype html";
                }
                i = subset >= 0 && (end < 0 || subset < end) ? after(text, subset, "]>") : after(text, i, ">");
            } else {
                int start = i + 1;
                int end = start;
                while (end < n && isNameChar(text.charAt(end))) {
                    end++;
                }
                return end == start ? null : text.substring(start, end).toLowerCase(Locale.ROOT);
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || ":_-.".indexOf(c) >= 0;
    }

    private static int after(String text, int from, String token) {
        int at = text.indexOf(token, from);
        return at < 0 ? -1 : at + token.length();
    }
}
