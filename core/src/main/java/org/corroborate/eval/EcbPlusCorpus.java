package org.corroborate.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.model.Article;
import org.corroborate.model.Span;

/**
 * The ECB+ corpus as articles with their gold story (topic + sub-topic: "ecb" and "ecbplus" files of a topic
 * report two different real events of the same kind). Text is rebuilt from the token XML: sentence 0 of an
 * "ecbplus" file is the page URL (kept as the article's URL, not its text); a first sentence without final
 * punctuation is a headline and becomes the title.
 */
public final class EcbPlusCorpus {
    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
            "'s", "'S", "n't", "''", "'", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");

    /** One document: its article and gold story label. */
    public record Doc(Article article, String story) {}

    private EcbPlusCorpus() {}

    /**
     * Reads every {@code <topic>/<topic>_<n>ecb[plus].xml} under {@code root} (the ecbplus folder or its ECB+
     * child), in topic, number, kind order.
     */
    public static List<Doc> read(Path root) throws IOException {
        Path dir = Files.isDirectory(root.resolve("ECB+")) ? root.resolve("ECB+") : root;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted(
                    Comparator.comparingInt((Path p) -> part(p, 1)).thenComparingInt(p -> part(p, 2))
                            .thenComparing(p -> part3(p))).toList();
        }
        if (files.isEmpty()) {
            throw new IOException(root + ": no ECB+ files (<topic>/<topic>_<n>ecb.xml) found");
        }
        List<Doc> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            Matcher m = FILE.matcher(f.getFileName().toString());
            m.matches();
            docs.add(new Doc(article(f), m.group(1) + "-" + m.group(3)));
        }
        return docs;
    }

    private static int part(Path p, int group) {
        Matcher m = FILE.matcher(p.getFileName().toString());
        m.matches();
        return Integer.parseInt(m.group(group));
    }

    private static String part3(Path p) {
        Matcher m = FILE.matcher(p.getFileName().toString());
        m.matches();
        return m.group(3);
    }

    private static Article article(Path file) throws IOException {
        TreeMap<Integer, List<String>> sentences = new TreeMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                    String s = r.getAttributeValue(null, "sentence");
                    int sentence = s == null ? 0 : Integer.parseInt(s);
                    sentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(r.getElementText());
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException(file + ": not ECB+ token XML: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> lines = new ArrayList<>();
        String url = null;
        for (List<String> tokens : sentences.values()) {
            if (url == null && lines.isEmpty() && tokens.get(0).startsWith("http")) {
                url = String.join("", tokens);
            } else {
                lines.add(detokenize(tokens));
            }
        }
        String title = null;
        if (lines.size() > 1 && !lines.get(0).matches(".*[.!?\"']$")) {
            title = lines.remove(0);
        }
        StringBuilder body = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String line : lines) {
            if (body.length() > 0) {
                body.append('\n');
            }
            int start = body.codePointCount(0, body.length());
            body.append(line);
            spans.add(new Span(start, body.codePointCount(0, body.length())));
        }
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return new Article(id, file.toString(), url, null, List.of(), title, null, false, null, null, List.of(),
                "en", body.toString(), spans, spans, List.of());
    }

    private static String detokenize(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean glue = true;
        for (String t : tokens) {
            String tok = t.equals("``") || t.equals("''") ? "\"" : t;
            if (!glue && !NO_SPACE_BEFORE.contains(t)) {
                b.append(' ');
            }
            b.append(tok);
            glue = NO_SPACE_AFTER.contains(t);
        }
        return b.toString();
    }
}
