package org.corroborate.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;

/**
 * Reads JSON Lines articles: one JSON object per line with {@code text} (a body taken exactly), {@code html}
 * (a page) or {@code page} (a scraped text page, cleaned as a {@code .txt} file is), and optional {@code id}, {@code url}, {@code outlet}, {@code title}, {@code published} (ISO date or
 * date-time), {@code author} or {@code authors}. Other fields are ignored. Blank lines are allowed. A bad line
 * is reported with its line number and the others are kept.
 */
final class JsonLinesReader {
    private static final int MAX_ECHO = 40;

    private final Sink sink;
    private final ObjectMapper mapper;

    JsonLinesReader(Sink sink, ObjectMapper mapper) {
        this.sink = sink;
        this.mapper = mapper;
    }

    /** A JSON parser for lines within {@code limits}: strict about duplicate fields and trailing data. */
    static ObjectMapper mapper(IngestLimits limits) {
        int maxString = (int) Math.min(Integer.MAX_VALUE, limits.maxLineBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxString)
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    void read(InputStream in, String path, String fileName) throws IOException {
        LineReader lines = new LineReader(in, sink.limits.maxLineBytes());
        int number = 0;
        while (lines.next()) {
            number++;
            String source = path + ":line " + number;
            if (lines.overlong()) {
                sink.error(source, sink.limits.lineLimit());
                continue;
            }
            int start = number == 1 ? skipUtf8Bom(lines.bytes(), lines.length()) : 0;
            if (blank(lines.bytes(), start, lines.length())) {
                continue;
            }
            record(lines.bytes(), start, lines.length() - start, source, fileName + "#line" + number);
        }
    }

    /** Reads one JSON object (a line, or a message of a stream); a bad one goes to the sink's errors. */
    void record(byte[] bytes, int offset, int length, String source, String defaultId) {
        try {
            JsonNode node = mapper.readTree(bytes, offset, length);
            article(node, source, defaultId);
        } catch (StreamConstraintsException e) {
            sink.error(source, e.getMessage() != null && e.getMessage().contains("nesting depth")
                    ? sink.limits.nestingLimit() : "invalid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            sink.error(source, "invalid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (column " + e.getLocation().getColumnNr() + ")" : ""));
        } catch (Rejected e) {
            sink.error(source, e.getMessage());
        } catch (IOException e) {
            sink.error(source, "unreadable: " + e.getMessage());
        }
    }

    private void article(JsonNode node, String source, String defaultId) throws Rejected {
        if (!node.isObject()) {
            throw new Rejected("not a JSON object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        String page = string(node, "page");
        List<String> given = new ArrayList<>();
        for (String[] f : new String[][] {{"text", text}, {"html", html}, {"page", page}}) {
            if (f[1] != null) {
                given.add("\"" + f[0] + "\"");
            }
        }
        if (given.size() > 1) {
            throw new Rejected("has " + (given.size() == 2 ? "both " : "all of ") + String.join(" and ", given)
                    + ": give one");
        }
        if (given.isEmpty()) {
            throw new Rejected("has neither a \"text\" nor an \"html\" field");
        }
        String field = text != null ? "text" : html != null ? "html" : "page";
        String content = text != null ? text : html != null ? html : page;
        if (content.isBlank()) {
            throw new Rejected("field \"" + field + "\" is empty");
        }
        if (sink.overDocumentLimit(content)) {
            throw new Rejected(sink.limits.documentLimit());
        }
        Metadata meta = new Metadata(string(node, "url"), string(node, "outlet"), string(node, "title"),
                published(string(node, "published")), authors(node));
        DocumentFormat format = text != null ? DocumentFormat.BODY : html != null ? DocumentFormat.HTML
                : DocumentFormat.TEXT;
        sink.document(id(node, defaultId), source, format, content, meta);
    }

    private static String id(JsonNode node, String defaultId) throws Rejected {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return defaultId;
        }
        if (id.isIntegralNumber()) {
            return id.asText();
        }
        if (!id.isTextual()) {
            throw new Rejected("field \"id\" must be a string or an integer");
        }
        if (id.asText().isBlank()) {
            throw new Rejected("field \"id\" is empty");
        }
        return id.asText().strip();
    }

    /** A string field, null when absent or JSON null. */
    private static String string(JsonNode node, String field) throws Rejected {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Rejected("field \"" + field + "\" must be a string, was " + value.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText();
    }

    private static List<String> authors(JsonNode node) throws Rejected {
        List<String> out = new ArrayList<>();
        String single = string(node, "author");
        if (single != null && !single.isBlank()) {
            out.add(single.strip());
        }
        JsonNode many = node.get("authors");
        if (many != null && !many.isNull()) {
            if (!many.isArray()) {
                throw new Rejected("field \"authors\" must be an array of strings");
            }
            for (JsonNode a : many) {
                if (!a.isTextual()) {
                    throw new Rejected("field \"authors\" must be an array of strings");
                }
                if (!a.asText().isBlank()) {
                    out.add(a.asText().strip());
                }
            }
        }
        return out;
    }

    /** The given date, normalized, if it is an ISO date or date-time; rejects anything else. */
    private static String published(String value) throws Rejected {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = Dates.iso(value);
        if (iso == null) {
            throw new Rejected("field \"published\" is not an ISO date or date-time (like 2024-10-31 or "
                    + "2024-10-31T14:05:00Z): \"" + echo(value.strip()) + "\"");
        }
        return iso;
    }

    private static String echo(String v) {
        return v.length() <= MAX_ECHO ? v : v.substring(0, MAX_ECHO) + "...";
    }

    private static int skipUtf8Bom(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
