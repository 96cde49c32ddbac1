package org.corroborate.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB+ token XML files ({@code ECB+/<topic>/<topic>_<n>ecb.xml | ecbplus.xml}) back into
 * sentences of plain text, with the gold cross-document coreference of their markables. The one reader of
 * ECB+ for every evaluation that uses it.
 *
 * <p>Implementation notes: tokens are joined with a space except before closing punctuation and clitics and
 * after opening brackets; PTB quotes ({@code ``} and {@code ''}) become curly quotes, a lone straight double
 * quote opens and closes alternately within its document, and one glued to a word opens before it or closes after
 * it; a mark opening a sentence opens, one after a stop closes, one after a comma closes an open quotation. Sentence 0 of an {@code ecbplus} file is the URL the text was found at and is kept as {@code url}. The event
 * of a document is its topic plus its sub-corpus (ecb or ecbplus: two different real events of the same kind). A markable linked by a {@code CROSS_DOC_COREF}
 * relation becomes a {@link GoldMention} of the relation's instance (the {@code note}), in the sentence of its
 * first token.
 */
public final class EcbCorpus {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "%", "'s",
            "'re", "'m", "'ve", "'ll", "'d", "n't", "\u201d", "\u2019", "'", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "\u201c", "\u2018");
    /** Words that open a phrase after a dash, never the second half of a hyphenated word ("outside - where a"). */
    private static final Set<String> DASH_FOLLOWERS = Set.of("the", "a", "an", "and", "but", "or", "where", "when",
            "who", "which", "that", "as", "in", "on", "at", "for", "with", "to", "of", "from", "he", "she", "it", "they",
            "we", "i", "you", "this", "not", "just", "including", "most", "all");

    /**
     * One document: {@code id} like "12_3ecbplus", its event ("12ecbplus"), its sentences, and the gold
     * mentions that cross-document coreference links.
     */
    public record Doc(String id, String topic, String event, String url, List<String> sentences,
            List<GoldMention> mentions) {
        public Doc {
            sentences = List.copyOf(sentences);
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * A markable in sentence {@code sentence} (an index into {@link Doc#sentences()}) of type {@code type}
     * (ACTION_OCCURRENCE, HUMAN_PART_PER, LOC_GEO, ...) that refers to the cross-document instance {@code instance}.
     */
    public record GoldMention(int sentence, String type, String instance) {}

    private EcbCorpus() {}

    /** Every document under {@code root} (the folder holding {@code ECB+}), sorted by topic then file name. */
    public static List<Doc> read(Path root) throws IOException {
        Path base = Files.isDirectory(root.resolve("ECB+")) ? root.resolve("ECB+") : root;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml"))
                    .sorted(Comparator.comparing((Path p) -> Integer.parseInt(topicOf(p)))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("ECB+: no <topic>_<n>ecb.xml files under " + base);
        }
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(readDoc(f));
        }
        return docs;
    }

    private static String topicOf(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }

    private static Doc readDoc(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".xml".length());
        boolean plus = id.endsWith("ecbplus");
        TreeMap<Integer, List<String>> bySentence = new TreeMap<>();
        Map<String, Integer> sentenceOfToken = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        Map<String, String> firstTokenOf = new HashMap<>();
        Map<String, String> instanceOf = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(in);
            boolean inMarkables = false;
            String markable = null;
            String relation = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Markables")) {
                    inMarkables = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = r.getLocalName();
                if (element.equals("token")) {
                    int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
                    sentenceOfToken.put(r.getAttributeValue(null, "t_id"), sentence);
                    bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(r.getElementText());
                } else if (element.equals("Markables")) {
                    inMarkables = true;
                } else if (inMarkables && element.equals("token_anchor")) {
                    if (markable != null) {
                        firstTokenOf.putIfAbsent(markable, r.getAttributeValue(null, "t_id"));
                    }
                } else if (inMarkables) {
                    markable = r.getAttributeValue(null, "m_id");
                    if (markable != null) {
                        typeOf.put(markable, element);
                    }
                } else if (element.equals("CROSS_DOC_COREF")) {
                    relation = r.getAttributeValue(null, "note");
                } else if (element.equals("source") && relation != null) {
                    instanceOf.put(r.getAttributeValue(null, "m_id"), relation);
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("ECB+: cannot read " + file + ": " + e.getMessage(), e);
        }
        String url = null;
        if (plus && bySentence.containsKey(0)) {
            url = String.join("", bySentence.remove(0));
        }
        List<String> sentences = new ArrayList<>();
        Map<Integer, Integer> indexOf = new HashMap<>();
        boolean[] straightOpen = {false};
        bySentence.forEach((number, tokens) -> {
            String s = detokenize(tokens, straightOpen);
            if (!s.isBlank()) {
                indexOf.put(number, sentences.size());
                sentences.add(s);
            }
        });
        List<GoldMention> mentions = new ArrayList<>();
        instanceOf.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String token = firstTokenOf.get(e.getKey());
            Integer sentence = token == null ? null : indexOf.get(sentenceOfToken.get(token));
            if (sentence != null) {
                mentions.add(new GoldMention(sentence, typeOf.get(e.getKey()), e.getValue()));
            }
        });
        String topic = topicOf(file);
        return new Doc(id, topic, topic + (plus ? "ecbplus" : "ecb"), url, sentences, mentions);
    }

    static String detokenize(List<String> tokens, boolean[] straightOpen) {
        StringBuilder out = new StringBuilder();
        boolean glueNext = true;
        String previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            String raw = tokens.get(i);
            String t = raw;
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(t);
            glueNext = NO_SPACE_AFTER.contains(t);
            if (inWord(previous, t, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                glue = true;
                glueNext = true;
            }
            if (raw.equals("``") || raw.equals("''") || raw.equals("\"")) {
                // the place decides before the shape: a mark opening the sentence opens, one after a stop closes, an
                // opening one after a comma closes an open quotation ("decision , `` a friend said" in the corpus) and
                // opens otherwise ("said , `` We"); one unbalanced mark would otherwise turn later quotations inside out
                char before = previous == null || previous.length() != 1 ? ' ' : previous.charAt(0);
                straightOpen[0] = previous == null || before != '.' && before != '?' && before != '!'
                        && !raw.equals("''") && (before == ',' || raw.equals("\"") ? !straightOpen[0] : true);
                glue = glueNext || !straightOpen[0];
                glueNext = straightOpen[0];
                t = straightOpen[0] ? "\u201c" : "\u201d";
            } else if (t.length() > 1 && t.startsWith("\"")) {
                straightOpen[0] = true; // a mark the corpus left glued to its word: '"Most' opens, 'Wanted"' closes
                t = "\u201c" + t.substring(1);
            } else if (t.length() > 1 && t.endsWith("\"")) {
                straightOpen[0] = false;
                t = t.substring(0, t.length() - 1) + "\u201d";
            }
            if (!glue) {
                out.append(' ');
            }
            out.append(t);
            previous = t;
        }
        return out.toString().strip();
    }

    /**
     * The corpus splits "Strauss-Kahn", "anti-piracy" and "200,000" into three tokens. A hyphen between two words
     * joins them unless a function word follows (a dash: "outside - where"); a comma between digits and three
     * digits is a thousands separator.
     */
    private static boolean inWord(String before, String mark, String after) {
        if (before == null || after == null || before.isEmpty() || after.isEmpty()) {
            return false;
        }
        if (mark.equals("-")) {
            return Character.isLetterOrDigit(before.charAt(before.length() - 1)) && Character.isLetterOrDigit(after.charAt(0))
                    && !DASH_FOLLOWERS.contains(after.toLowerCase(Locale.ROOT));
        }
        return mark.equals(",") && before.chars().allMatch(Character::isDigit) && after.length() == 3
                && after.chars().allMatch(Character::isDigit);
    }
}
