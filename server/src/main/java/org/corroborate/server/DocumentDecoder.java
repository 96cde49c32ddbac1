package org.corroborate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Metadata;
import org.corroborate.output.Json;
import org.corroborate.server.store.Store;

/**
 * Decodes a posted body (or a file of the same kinds) into documents.
 *
 * <p>Kinds: a JSON object or array of objects, JSON Lines (one object a line), an HTML page, plain text. An object
 * has {@code text} (a body kept exactly) or {@code html}, and optionally {@code id}, {@code url}, {@code outlet},
 * {@code title}, {@code published}, {@code authors}. A bad record is reported with its position and reason and
 * costs only itself. A document without an id gets {@code sha-} plus the start of its content hash, so posting the
 * same content twice is idempotent.
 */
public final class DocumentDecoder {
    /** Content after the first value is an error: without this, Jackson ignores it and an article is lost. */
    private static final ObjectReader JSON = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_ID_LENGTH = 512;

    /** The kinds of body, by media type. */
    public enum Kind {
        JSON, JSON_LINES, HTML, TEXT;

        /** The kind of a media type ({@code Content-Type} without parameters), if known. */
        public static Optional<Kind> ofMediaType(String contentType) {
            String t = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase();
            return Optional.ofNullable(switch (t) {
                case "application/json" -> JSON;
                case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> JSON_LINES;
                case "text/html", "application/xhtml+xml" -> HTML;
                case "text/plain" -> TEXT;
                default -> null;
            });
        }

        /** The kind of a file by its extension, if known. */
        public static Optional<Kind> ofFileName(String name) {
            String n = name.toLowerCase();
            if (n.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return Optional.of(JSON_LINES);
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return Optional.of(HTML);
            }
            if (n.endsWith(".txt") || n.endsWith(".text")) {
                return Optional.of(TEXT);
            }
            return Optional.empty();
        }
    }

    /** Documents and rejected records of one body. */
    public record Decoded(List<Document> documents, List<InputError> errors) {}

    private DocumentDecoder() {}

    /**
     * Decodes {@code body} from {@code source} (named in errors). For HTML and text, {@code metadata} gives the id
     * and the page's metadata ({@code id}, {@code url}, {@code outlet}, {@code title}, {@code published}).
     */
    public static Decoded decode(Kind kind, String body, String source, Map<String, String> metadata) {
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        switch (kind) {
            case JSON -> {
                JsonNode root;
                try {
                    root = JSON.readTree(body);
                } catch (JsonProcessingException e) {
                    errors.add(new InputError(source, notJson(e)));
                    break;
                }
                if (root != null && root.isArray()) {
                    for (int i = 0; i < root.size(); i++) {
                        record(root.get(i), source + "#item" + (i + 1), docs, errors);
                    }
                } else {
                    record(root, source, docs, errors);
                }
            }
            case JSON_LINES -> {
                String[] lines = body.split("\r?\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    String where = source + "#line" + (i + 1);
                    try {
                        record(JSON.readTree(lines[i]), where, docs, errors);
                    } catch (JsonProcessingException e) {
                        errors.add(new InputError(where, notJson(e)));
                    }
                }
            }
            case HTML, TEXT -> {
                DocumentFormat format = kind == Kind.HTML ? DocumentFormat.HTML : DocumentFormat.TEXT;
                if (body.isBlank()) {
                    errors.add(new InputError(source, "empty body"));
                    break;
                }
                Metadata m = new Metadata(metadata.get("url"), metadata.get("outlet"), metadata.get("title"),
                        metadata.get("published"), List.of());
                String id = metadata.get("id");
                String problem = badId(id);
                if (problem != null) {
                    errors.add(new InputError(source, problem));
                    break;
                }
                docs.add(withId(id, source, format, body, m));
            }
        }
        return new Decoded(docs, errors);
    }

    private static String notJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")) {
            return "not one JSON value: content after the first JSON value"
                    + (e.getLocation() == null ? ""
                            : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                    + " (one article a line: use application/x-ndjson; several in one body: a JSON array)";
        }
        return "not JSON: " + e.getOriginalMessage();
    }

    private static void record(JsonNode node, String where, List<Document> docs, List<InputError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new InputError(where, "expected a JSON object"));
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if ((text == null) == (html == null)) {
            errors.add(new InputError(where, "needs exactly one of \"text\" and \"html\""));
            return;
        }
        String body = text != null ? text : html;
        if (body.isBlank()) {
            errors.add(new InputError(where, "empty " + (text != null ? "text" : "html")));
            return;
        }
        String id = string(node, "id");
        String problem = badId(id);
        if (problem != null) {
            errors.add(new InputError(where, problem));
            return;
        }
        List<String> authors = new ArrayList<>();
        JsonNode a = node.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(x -> {
                if (x.isTextual()) {
                    authors.add(x.asText());
                }
            });
        }
        Metadata m = new Metadata(string(node, "url"), string(node, "outlet"), string(node, "title"),
                string(node, "published"), authors);
        docs.add(withId(id, where, text != null ? DocumentFormat.BODY : DocumentFormat.HTML, body, m));
    }

    private static Document withId(String id, String source, DocumentFormat format, String body, Metadata m) {
        if (id != null) {
            return new Document(id, source, format, body, m);
        }
        String hash = Store.hash(new Document("", source, format, body, m));
        return new Document("sha-" + hash.substring(0, 16), source, format, body, m);
    }

    private static String badId(String id) {
        if (id == null) {
            return null;
        }
        if (id.isBlank()) {
            return "\"id\" is blank";
        }
        if (id.length() > MAX_ID_LENGTH) {
            return "\"id\" is longer than " + MAX_ID_LENGTH + " characters";
        }
        return id.chars().anyMatch(Character::isISOControl) ? "\"id\" contains control characters" : null;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
