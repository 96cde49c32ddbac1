package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML pages of a WARC file (jwarc): {@code response} records whose HTTP status is 2xx and whose
 * content type is HTML, and {@code resource} records of an HTML type. Each becomes one document with the
 * record's target URI as its URL. WARC-Date is the crawl time, not the publication date, so it is not used.
 *
 * <p>Other records (requests, metadata, images, redirects...) are counted and reported in one skip note per
 * file. A truncated or corrupt file is reported once; the pages read before the damage are kept.
 */
final class WarcInput {
    private final Sink sink;

    WarcInput(Sink sink) {
        this.sink = sink;
    }

    /** {@code in} is the uncompressed WARC (the caller undoes gzip, so its size limit also covers jwarc). */
    void read(InputStream in, String path, String fileName) {
        Map<String, Integer> other = new TreeMap<>();
        int item = 0;
        long position = 0;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                position = reader.position();
                Page page = page(record, other);
                if (page == null) {
                    continue;
                }
                item++;
                String source = path + "#item" + item;
                try {
                    byte[] bytes = payload(page);
                    String declared = page.type().parameters().get("charset");
                    if (declared == null) {
                        declared = TextDecoder.declaredCharset(bytes, bytes.length);
                    }
                    String html = TextDecoder.decode(bytes, bytes.length, declared);
                    if (html.isBlank()) {
                        sink.error(source, "empty HTML payload");
                        continue;
                    }
                    sink.document(fileName + "#item" + item, source, DocumentFormat.HTML, html,
                            new Metadata(((WarcTargetRecord) record).target(), null, null, null, List.of()));
                } catch (IOException e) {
                    if (e instanceof Rejected r && r.endsFile()) {
                        throw e;
                    }
                    sink.error(source, Sink.describe(e));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.error(path, "WARC reading stopped at byte " + position + ", after page " + item + ": "
                    + Sink.describe(e));
        }
        if (!other.isEmpty()) {
            StringBuilder sb = new StringBuilder("records that are not HTML pages: ");
            other.forEach((kind, n) -> sb.append(n).append(' ').append(kind).append(", "));
            sink.skip(path, sb.substring(0, sb.length() - 2));
        }
    }

    /** A page's decoded payload, the raw body it is read from (to notice truncation) and its media type. */
    private record Page(MessageBody decoded, MessageBody raw, MediaType type) {}

    /** The HTML page a record holds, or null (counted in {@code other} by kind). */
    private static Page page(WarcRecord record, Map<String, Integer> other) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                other.merge("non-HTTP response", 1, Integer::sum);
                return null;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (!isHtml(type)) {
                other.merge("response " + type.base(), 1, Integer::sum);
                return null;
            }
            if (http.status() < 200 || http.status() > 299) {
                other.merge("HTTP status " + http.status(), 1, Integer::sum);
                return null;
            }
            return new Page(http.bodyDecoded(), http.body(), type);
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return new Page(resource.body(), resource.body(), resource.contentType());
        }
        other.merge(record.type() + (record instanceof WarcResource ? " " + record.contentType().base() : ""), 1,
                Integer::sum);
        return null;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The page bytes, bounded by the document limit; a record cut short is refused, not read as a page. */
    private byte[] payload(Page page) throws IOException {
        long max = sink.limits.maxDocumentBytes();
        byte[] bytes;
        try (InputStream s = page.decoded().stream()) {
            bytes = s.readNBytes((int) max + 1);
        }
        if (bytes.length > max) {
            throw new Rejected(sink.limits.documentLimit());
        }
        MessageBody raw = page.raw();
        if (raw.position() < raw.size()) {
            throw new Rejected("record truncated: " + raw.position() + " of " + raw.size() + " payload bytes");
        }
        return bytes;
    }
}
