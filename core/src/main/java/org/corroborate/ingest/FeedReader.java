package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.jsoup.Jsoup;

/**
 * Reads RSS (2.0, 1.0/RDF) and Atom feeds, one document per item or entry, streaming with StAX so that a feed
 * is never held whole in memory.
 *
 * <p>Implementation notes. The XML parser is the JDK's StAX parser with DTD support and external entities
 * switched off and no external access allowed: a DOCTYPE is skipped, never fetched, and any entity it declares
 * is left undeclared, so an XXE or "billion laughs" payload fails with an "entity was referenced, but not
 * declared" error instead of being resolved or expanded. Items read before such an error are kept. The parser
 * is given characters, not bytes: {@link XmlDecoder} decodes them (it says why).
 *
 * <p>Per item: title, link (Atom: the {@code alternate} link), date ({@code pubDate} in RFC 822, {@code dc:date},
 * Atom {@code published} else {@code updated}) as ISO 8601, authors ({@code author}, {@code dc:creator}, Atom
 * {@code author/name}), and the content: {@code content:encoded} else {@code description} (HTML), Atom
 * {@code content} else {@code summary} (HTML for {@code type="html"} or {@code "xhtml"}, else plain text taken
 * as the exact body).
 */
final class FeedReader {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** The JDK parser's element depth bound (its own message is replaced by one naming our limit). */
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private final Sink sink;
    private final XMLInputFactory factory;

    FeedReader(Sink sink, XMLInputFactory factory) {
        this.sink = sink;
        this.factory = factory;
    }

    /** A parser with DTDs and external entities off, and elements nested at most {@code limits}' depth. */
    static XMLInputFactory secureFactory(IngestLimits limits) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(limits.maxNestingDepth()));
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are disabled: " + systemId);
        });
        return f;
    }

    void read(InputStream in, String path, String fileName) throws IOException {
        int item = 0;
        int completed = 0;
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(XmlDecoder.open(in));
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !isItem(r)) {
                    continue;
                }
                if (item == sink.limits.maxFeedItems()) {
                    sink.error(path, "feed " + sink.limits.feedItemLimit() + "; the first " + item
                            + " were read, the rest ignored");
                    return;
                }
                item++;
                Item it = readItem(r);
                emit(it, path + "#item" + item, fileName + "#item" + item);
                completed++;
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            boolean badBytes = e.getNestedException() instanceof XmlDecoder.MalformedBytes;
            String message = badBytes ? e.getNestedException().getMessage()
                    : e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at .*?Message: ", "");
            boolean tooDeep = message.contains("maxElementDepth");
            sink.error(path, "XML error" + where + ": " + (tooDeep ? sink.limits.nestingLimit() : message)
                    + (completed > 0 ? " (the " + completed + " items before it were read)" : "")
                    + (tooDeep || badBytes ? "" : " (DTDs and external entities are disabled)"));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // closing a reader that already failed: nothing more to report
                }
            }
        }
    }

    private static boolean isItem(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (name.equals("entry")) {
            return ATOM.equals(ns) || ATOM_03.equals(ns);
        }
        return name.equals("item") && isRss(ns == null ? "" : ns);
    }

    /** No namespace (RSS 0.9x/2.0) or an RSS 0.90/1.0 namespace. */
    private static boolean isRss(String ns) {
        return ns.isEmpty() || ns.startsWith("http://purl.org/rss/") || ns.startsWith("http://my.netscape.com/rdf/");
    }

    private void emit(Item it, String source, String id) {
        String content = it.content != null ? it.content : it.summary;
        DocumentFormat format = it.content != null ? it.contentFormat : it.summaryFormat;
        if (it.tooLarge) {
            sink.error(source, "content " + sink.limits.documentLimit());
            return;
        }
        if (content == null || content.isBlank()) {
            sink.skip(source, "feed item without content or description");
            return;
        }
        sink.document(id, source, format, content,
                new Metadata(blankToNull(it.link), null, blankToNull(it.title), it.published, it.authors));
    }

    /** What one item or entry states. */
    private static final class Item {
        String title;
        String link;
        String published;
        String updated;
        final List<String> authors = new ArrayList<>();
        String content;
        DocumentFormat contentFormat;
        String summary;
        DocumentFormat summaryFormat;
        boolean tooLarge;
    }

    private Item readItem(XMLStreamReader r) throws XMLStreamException {
        Item it = new Item();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String name = r.getLocalName();
            boolean atom = ns.equals(ATOM) || ns.equals(ATOM_03);
            if (atom) {
                readAtomField(r, it, name);
            } else if (ns.equals(CONTENT) && name.equals("encoded")) {
                it.content = text(r, it);
                it.contentFormat = DocumentFormat.HTML;
            } else if (ns.equals(DC) && name.equals("creator")) {
                addAuthor(it, text(r, it));
            } else if (ns.equals(DC) && name.equals("date")) {
                it.published = it.published != null ? it.published : Dates.iso(text(r, it));
            } else if (isRss(ns)) {
                readRssField(r, it, name);
            } else {
                skipElement(r);
            }
        }
        if (it.published == null) {
            it.published = it.updated;
        }
        return it;
    }

    private void readRssField(XMLStreamReader r, Item it, String name) throws XMLStreamException {
        switch (name) {
            case "title" -> it.title = text(r, it);
            case "link" -> it.link = text(r, it);
            case "guid" -> {
                boolean permalink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                String guid = text(r, it);
                if (it.link == null && permalink && guid != null && guid.strip().matches("(?i)https?://\\S+")) {
                    it.link = guid.strip();
                }
            }
            case "pubDate" -> it.published = Dates.rfc822(text(r, it));
            case "author" -> addAuthor(it, rssAuthor(text(r, it)));
            case "description" -> {
                it.summary = text(r, it);
                it.summaryFormat = DocumentFormat.HTML;
            }
            default -> skipElement(r);
        }
    }

    private void readAtomField(XMLStreamReader r, Item it, String name) throws XMLStreamException {
        switch (name) {
            case "title" -> {
                String type = type(r);
                String title = atomText(r, it, type);
                it.title = title != null && !type.equals("text") ? Jsoup.parseBodyFragment(title).text() : title;
            }
            case "link" -> {
                String rel = r.getAttributeValue(null, "rel");
                String href = r.getAttributeValue(null, "href");
                if ((rel == null || rel.equals("alternate")) && href != null && it.link == null) {
                    it.link = href;
                }
                skipElement(r);
            }
            case "published", "issued" -> it.published = Dates.iso(text(r, it));
            case "updated", "modified" -> it.updated = Dates.iso(text(r, it));
            case "author" -> addAuthor(it, personName(r, it));
            case "content" -> {
                String type = type(r);
                it.content = r.getAttributeValue(null, "src") != null ? skipTo(r) : atomText(r, it, type);
                it.contentFormat = type.equals("text") ? DocumentFormat.BODY : DocumentFormat.HTML;
            }
            case "summary" -> {
                String type = type(r);
                it.summary = atomText(r, it, type);
                it.summaryFormat = type.equals("text") ? DocumentFormat.BODY : DocumentFormat.HTML;
            }
            default -> skipElement(r);
        }
    }

    /** Atom's {@code type} attribute: text (the default), html or xhtml; media types count as text. */
    private static String type(XMLStreamReader r) {
        String type = r.getAttributeValue(null, "type");
        if (type == null) {
            return "text";
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("html") || t.equals("text/html") ? "html"
                : t.equals("xhtml") || t.equals("application/xhtml+xml") ? "xhtml" : "text";
    }

    private String atomText(XMLStreamReader r, Item it, String type) throws XMLStreamException {
        return type.equals("xhtml") ? markup(r, it) : text(r, it);
    }

    /** The name inside an Atom person construct. */
    private String personName(XMLStreamReader r, Item it) throws XMLStreamException {
        String name = null;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return name;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("name")) {
                    name = text(r, it);
                } else {
                    skipElement(r);
                }
            }
        }
    }

    /** "jo@example.org (Jo Smith)" gives "Jo Smith"; a bare address is kept as it is. */
    private static String rssAuthor(String author) {
        if (author == null) {
            return null;
        }
        String a = author.strip();
        int open = a.indexOf('(');
        if (open > 0 && a.endsWith(")")) {
            return a.substring(open + 1, a.length() - 1).strip();
        }
        return a;
    }

    private static void addAuthor(Item it, String author) {
        if (author != null && !author.isBlank() && !it.authors.contains(author.strip())) {
            it.authors.add(author.strip());
        }
    }

    /** The text content of the current element (descendants included), bounded by the document limit. */
    private String text(XMLStreamReader r, Item it) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean over = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!over) {
                        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        over = sb.length() > sink.limits.maxDocumentBytes();
                    }
                }
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        if (over || sink.overDocumentLimit(sb.toString())) {
            it.tooLarge = true;
            return null;
        }
        return sb.toString();
    }

    /** The inner markup of an Atom xhtml construct, re-serialized with text and attributes escaped. */
    private String markup(XMLStreamReader r, Item it) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean over = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (over) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                continue;
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    sb.append('<').append(r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        sb.append(' ').append(r.getAttributeLocalName(i)).append("=\"")
                                .append(escape(r.getAttributeValue(i))).append('"');
                    }
                    sb.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        sb.append("</").append(r.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(escape(r.getText()));
                default -> {
                    // comments and processing instructions are not content
                }
            }
            over = sb.length() > sink.limits.maxDocumentBytes();
        }
        if (over || sink.overDocumentLimit(sb.toString())) {
            it.tooLarge = true;
            return null;
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Skips the current element and returns null (content given by reference, not inline). */
    private static String skipTo(XMLStreamReader r) throws XMLStreamException {
        skipElement(r);
        return null;
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
