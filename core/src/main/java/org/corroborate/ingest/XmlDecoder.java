package org.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;

/**
 * The characters of an XML document, decoded before the XML parser sees them.
 *
 * <p>Implementation notes. The JDK's StAX parser, given bytes, reports an invalid byte sequence through the
 * parser's default error handler, which prints "[Fatal Error] ..." to standard error, and StAX offers no setting
 * to replace that handler (an {@code XMLReporter} is not consulted for it). So feeds are decoded here, with the
 * encoding found as XML 1.0 appendix F finds it (byte-order mark, UTF-16 without one from the first bytes
 * of {@code <?xml}, else the {@code encoding} of the XML declaration, else UTF-8), and an invalid sequence is an
 * {@link MalformedBytes} naming the encoding and the byte offset, which the parser passes on as an
 * {@code XMLStreamException} without printing anything.
 */
final class XmlDecoder extends Reader {
    /** Bytes searched for the XML declaration; it must come first, so a few hundred would do. */
    private static final int HEAD = 1024;
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    /** Offset in the document of {@code bytes}' first byte. */
    private long offset;
    private boolean eof;

    private XmlDecoder(InputStream in, Charset charset, long offset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.offset = offset;
    }

    /** A reader of the document {@code in}; an encoding declared but unknown to the JDK is an XML error. */
    static Reader open(InputStream in) throws IOException, XMLStreamException {
        InputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        int n = head.length;
        TextDecoder.Bom bom = TextDecoder.bom(head, n);
        if (bom != null) {
            buffered.skipNBytes(bom.length());
            return new XmlDecoder(buffered, bom.charset(), bom.length());
        }
        if (n >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            return new XmlDecoder(buffered, StandardCharsets.UTF_16LE, 0);
        }
        if (n >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            return new XmlDecoder(buffered, StandardCharsets.UTF_16BE, 0);
        }
        String label = TextDecoder.xmlDeclaredCharset(head, n);
        return new XmlDecoder(buffered, label == null ? StandardCharsets.UTF_8 : charset(label), 0);
    }

    private static Charset charset(String label) throws XMLStreamException {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("utf-16") || l.startsWith("utf-32") || l.startsWith("ucs")) {
            // the declaration was readable one byte a character, so these bytes are not UTF-16 whatever it says
            return StandardCharsets.UTF_8;
        }
        try {
            if (Charset.isSupported(l)) {
                return Charset.forName(l);
            }
        } catch (IllegalCharsetNameException e) {
            // reported below like an unknown one
        }
        throw new XMLStreamException("the declared encoding \"" + label + "\" is not supported");
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buffer.length);
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buffer, off, n);
        return n;
    }

    /** Decodes the next characters; false at the end of the document. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    if (chars.position() > 0) {
                        return true; // the characters before the bad bytes first; the next call fails here again
                    }
                    throw new MalformedBytes("not valid " + decoder.charset().name() + ": bad byte 0x"
                            + Integer.toHexString(bytes.get(bytes.position()) & 0xFF) + " at byte offset "
                            + (offset + bytes.position()));
                }
                if (chars.position() > 0) {
                    return true;
                }
                if (eof) {
                    decoder.flush(chars);
                    return chars.position() > 0;
                }
                offset += bytes.position();
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
        }
    }

    /** The stream belongs to the caller, as with the parser's own input. */
    @Override
    public void close() {
    }

    /** A byte sequence invalid in the document's encoding; the message names the encoding and the offset. */
    static final class MalformedBytes extends IOException {
        MalformedBytes(String message) {
            super(message);
        }
    }
}
