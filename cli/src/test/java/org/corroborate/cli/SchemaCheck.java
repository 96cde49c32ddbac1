package org.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.corroborate.output.Json;

/**
 * Checks output against docs/output-format.schema.json for the keywords the schema uses: required, type,
 * enum, const, items, properties, $ref and oneOf. Enough to catch a renamed, missing or mistyped field.
 */
final class SchemaCheck {
    private SchemaCheck() {}

    static List<String> violations(JsonNode document) {
        try {
            JsonNode schema = Json.mapper().readTree(Files.readString(Path.of("..", "docs", "output-format.schema.json")));
            List<String> out = new ArrayList<>();
            check(schema, schema, document, "$", out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> out) {
        if (out.size() > 20) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root, root.at(ref.substring(1)), value, path, out);
            return;
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(root, option, value, path, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                out.add(path + ": matches " + matches + " of oneOf");
            }
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    out.add(path + ": missing " + r.asText());
                }
            }
            Iterator<String> names = schema.path("properties").fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (value.has(n)) {
                    check(root, schema.get("properties").get(n), value.get(n), path + "." + n, out);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
