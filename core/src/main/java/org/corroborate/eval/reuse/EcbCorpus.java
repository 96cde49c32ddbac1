package org.corroborate.eval.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB+ token XML files ({@code ECB+/<topic>/<topic>_<n>ecb.xml | ecbplus.xml}) back into
 * sentences of plain text.
 *
 * <p>Implementation notes: tokens are joined with a space except before closing punctuation and clitics and
 * after opening brackets; PTB quotes ({@code ``} and {@code ''}) become curly quotes, a lone straight double
 * quote opens and closes alternately within its document. Sentence 0 of an {@code ecbplus} file is the URL the
 * text was found at and is left out. The event of a document is its topic plus its sub-corpus (ecb or
 * ecbplus: two different real events of the same kind).
 */
public final class EcbCorpus {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "%", "'s",
            "'re", "'m", "'ve", "'ll", "'d", "n't", "\u201d", "\u2019", "'", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "\u201c", "\u2018");

    /** One document: {@code id} like "12_3ecbplus", its event ("12ecbplus") and its sentences. */
    public record Doc(String id, String topic, String event, List<String> sentences) {
        public Doc {
            sentences = List.copyOf(sentences);
        }
    }

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
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                    int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
                    bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(r.getElementText());
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("ECB+: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (plus) {
            bySentence.remove(0);
        }
        List<String> sentences = new ArrayList<>();
        boolean[] straightOpen = {false};
        bySentence.values().forEach(tokens -> {
            String s = detokenize(tokens, straightOpen);
            if (!s.isBlank()) {
                sentences.add(s);
            }
        });
        String topic = topicOf(file);
        return new Doc(id, topic, topic + (plus ? "ecbplus" : "ecb"), sentences);
    }

    private static String detokenize(List<String> tokens, boolean[] straightOpen) {
        StringBuilder out = new StringBuilder();
        boolean glueNext = true;
        for (String raw : tokens) {
            String t = raw.equals("``") ? "\u201c" : raw.equals("''") ? "\u201d" : raw;
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(t);
            glueNext = NO_SPACE_AFTER.contains(t);
            if (t.equals("\"")) {
                straightOpen[0] = !straightOpen[0];
                glue = glueNext || !straightOpen[0];
                glueNext = straightOpen[0];
                t = straightOpen[0] ? "\u201c" : "\u201d";
            }
            if (!glue) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString().strip();
    }
}
