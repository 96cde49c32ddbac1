package org.corroborate.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code application/ld+json} blocks, flattened ({@code @graph} and
 * arrays unrolled, iteratively so a hostile nesting cannot overflow the stack). A block that does not
 * parse is skipped: pages often carry broken JSON-LD, and it must not cost the rest of the extraction.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Types whose objects describe the article itself. */
    private static final List<String> ARTICLE_TYPES = List.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle",
            "report", "webpage", "creativework");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data().trim());
            } catch (JsonProcessingException e) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) {
                todo.push(root);
            }
            while (!todo.isEmpty()) {
                JsonNode n = todo.pop();
                if (n.isArray()) {
                    n.forEach(todo::push);
                } else if (n.isObject()) {
                    found.add(n);
                    JsonNode graph = n.get("@graph");
                    if (graph != null) {
                        todo.push(graph);
                    }
                }
            }
        }
        return new JsonLd(found);
    }

    /** The first object whose {@code @type} is an article kind (earlier types in the list preferred). */
    JsonNode article() {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode n : objects) {
            for (String type : types(n)) {
                int rank = ARTICLE_TYPES.indexOf(type.toLowerCase(java.util.Locale.ROOT));
                if (rank >= 0 && rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** The longest {@code articleBody} any object states, or null. */
    String articleBody() {
        String best = null;
        for (JsonNode n : objects) {
            String body = text(n.get("articleBody"));
            if (body != null && (best == null || body.length() > best.length())) {
                best = body;
            }
        }
        return best;
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t != null) {
            out.add(t.asText());
        }
        return out;
    }

    /** A string value, or the {@code name} of an object value; null when absent or blank. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return n.has("name") && !n.get("name").isContainerNode() ? blankToNull(n.get("name").asText()) : null;
        }
        return blankToNull(n.asText());
    }

    /** Every name a value gives: a string, an object's {@code name}, or arrays of those. */
    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                if (!x.isArray()) {
                    String s = text(x);
                    if (s != null) {
                        out.add(s);
                    }
                }
            }
        } else {
            String s = text(n);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
