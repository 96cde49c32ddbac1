package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one document into text, or says why they are not text.
 *
 * <p>Implementation notes. The order of decisions, each step trusting stronger evidence first:
 * <ol>
 *   <li>A byte-order mark (UTF-8, UTF-16, UTF-32) decides outright.
 *   <li>Without one, NUL bytes or a large share of other control bytes mean binary content. No magic numbers are
 *       consulted to decide this (a text may well begin with "Blink" or "PK"); they only name the kind of
 *       binary file in the message once the content is judged binary.
 *   <li>Strictly valid UTF-8 is taken as UTF-8, even when a page declares another charset: multi-byte UTF-8
 *       sequences almost never arise by accident in other encodings, while stale declarations are common in
 *       scraped pages (the same argument as the WHATWG encoding sniffing and ICU's detectors make).
 *   <li>A charset the page declares (HTML meta, HTTP header), if Java knows it; Latin-1 and ASCII labels mean
 *       Windows-1252, as in the WHATWG Encoding Standard.
 *   <li>Windows-1252 when it is plausible: no byte it leaves undefined, and non-ASCII bytes a minority of the
 *       visible bytes (accented letters and "smart" punctuation in a Latin-script text). Text in a
 *       Cyrillic, Greek or CJK single- or double-byte charset has mostly high bytes and is rejected
 *       rather than turned into mojibake.
 * </ol>
 */
final class TextDecoder {
    static final Charset CP1252 = Charset.forName("windows-1252");
    /** Above this share of control bytes (other than whitespace) content is binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Above this share of high bytes among visible bytes, Windows-1252 is implausible. */
    private static final double MAX_HIGH_SHARE_CP1252 = 0.25;
    private static final int DECLARATION_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private TextDecoder() {}

    /** A byte-order mark at the start of {@code bytes}. */
    record Bom(Charset charset, int length) {}

    /** The text of {@code bytes[0, length)}; {@code declared} is a charset label the input states, or null. */
    static String decode(byte[] bytes, int length, String declared) throws Rejected {
        Bom bom = bom(bytes, length);
        if (bom != null) {
            Attempt a = strict(bytes, bom.length(), length - bom.length(), bom.charset());
            if (a.text == null) {
                throw new Rejected("invalid " + bom.charset().name() + " at byte " + (bom.length() + a.badOffset)
                        + " (after a byte-order mark)");
            }
            return a.text;
        }
        String binary = binaryReason(bytes, length);
        if (binary != null) {
            throw new Rejected(binary);
        }
        Attempt utf8 = strict(bytes, 0, length, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return utf8.text;
        }
        Charset stated = supported(declared);
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            Attempt a = strict(bytes, 0, length, stated);
            if (a.text != null) {
                return a.text;
            }
        }
        if (plausibleCp1252(bytes, length)) {
            Attempt a = strict(bytes, 0, length, CP1252);
            if (a.text != null) {
                return a.text;
            }
        }
        throw new Rejected("not valid UTF-8 (bad byte at offset " + utf8.badOffset
                + ") and not plausible Windows-1252/Latin-1 text: convert it to UTF-8");
    }

    static Bom bom(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new Bom(Charset.forName("UTF-32LE"), 4);
        }
        if (length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new Bom(Charset.forName("UTF-32BE"), 4);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** Why {@code bytes} (without a byte-order mark) are binary, or null when they may be text. */
    static String binaryReason(byte[] b, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "binary content (NUL bytes at offset " + i + kind(b, length) + ")";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B)
                    || c == 0x7F) {
                controls++;
            }
        }
        if (length > 0 && controls > MAX_CONTROL_SHARE * length) {
            return "binary content (" + Math.round(100.0 * controls / length) + "% control bytes" + kind(b, length)
                    + ")";
        }
        return null;
    }

    /** Names a binary file's kind from its signature; consulted only once content is judged binary. */
    private static String kind(byte[] b, int length) {
        String head = new String(b, 0, Math.min(length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return "; a PDF file: convert it to text first";
        }
        if (head.startsWith("PK\u0003\u0004")) {
            return "; a ZIP archive (or an office document): unpack or convert it first";
        }
        if (head.startsWith("\u0089PNG") || head.startsWith("GIF8") || head.startsWith("\u00FF\u00D8\u00FF")) {
            return "; an image";
        }
        return "";
    }

    /** The first bytes as text, good enough to look for markup: BOM charset, else Latin-1 (one char per byte). */
    static String sniffText(byte[] head, int length) {
        Bom bom = bom(head, length);
        if (bom == null) {
            return new String(head, 0, length, StandardCharsets.ISO_8859_1);
        }
        return new String(head, bom.length(), length - bom.length(), bom.charset());
    }

    /** The charset an HTML page or XML document declares in its first bytes, or null. */
    static String declaredCharset(byte[] head, int length) {
        String xml = xmlDeclaredCharset(head, length);
        if (xml != null) {
            return xml;
        }
        String text = new String(head, 0, Math.min(length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(text);
        return meta.find() ? meta.group(1) : null;
    }

    /** The encoding an XML declaration in the first bytes states, or null. */
    static String xmlDeclaredCharset(byte[] head, int length) {
        Matcher xml = XML_ENCODING.matcher(
                new String(head, 0, Math.min(length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1));
        return xml.find() ? xml.group(1) : null;
    }

    /** The charset a label names, with Latin-1/ASCII read as Windows-1252; null if unknown or absent. */
    private static Charset supported(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("l1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("iso8859-1") || l.equals("iso_8859-1")) {
            return CP1252;
        }
        if (l.startsWith("utf-16") || l.startsWith("utf-32")) {
            // A page whose bytes were readable as ASCII to find this label is not UTF-16 (WHATWG: use UTF-8).
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean plausibleCp1252(byte[] b, int length) {
        int high = 0;
        int visible = 0;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                return false;
            }
            if (c >= 0x80) {
                high++;
                visible++;
            } else if (c > 0x20) {
                visible++;
            }
        }
        return high <= MAX_HIGH_SHARE_CP1252 * visible;
    }

    private record Attempt(String text, int badOffset) {}

    private static Attempt strict(byte[] b, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Attempt(null, in.position() - offset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Attempt(null, in.position() - offset);
        }
        out.flip();
        return new Attempt(out.toString(), -1);
    }
}
