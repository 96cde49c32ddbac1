package org.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds test inputs: gzip files and WARC records (fictional content). */
final class Fixtures {
    private Fixtures() {}

    static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    /** A WARC/1.1 response record holding an HTTP response. */
    static byte[] response(String uri, String contentType, int status, String body) {
        String http = "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return record("response", uri, "application/http;msgtype=response", http);
    }

    static byte[] record(String type, String uri, String contentType, String block) {
        byte[] payload = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: 2024-11-02T08:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + payload.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(payload);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
