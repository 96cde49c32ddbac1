package org.corroborate.server;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The HTTP ingest path of {@code serve}: raw requests to {@code POST /api/articles} on a started server (Jetty,
 * Javalin, the token check, the size limit, {@link DocumentDecoder}, the store).
 *
 * <p>An input is a readable request: an optional first line {@code ?query}, header lines up to a blank line, then
 * the body, sent as it is (bytes) with the token and a correct {@code Content-Length}. The property: every request
 * is answered within {@link #ANSWER_MILLIS} (plus {@link #WAIT_MILLIS} with {@code wait=true}), with a 2xx that
 * lists what it stored, or a 4xx whose body says why (record errors name {@code POST /api/articles} and their
 * position); never a 5xx; no accepted article is ever lost; the analysis queue keeps moving. Analysis uses {@link SimpleAnalyzer}: the engine's own parsers are fuzzed
 * in core, and the real engine would make each input cost a re-analysis of its story.
 */
class IngestFuzzTest {
    private static final String SOURCE = "POST /api/articles";
    private static final int ANSWER_MILLIS = 30_000;
    /** How long {@code wait=true} may hold a request for analysis (the server's own bound, 120 s), on top. */
    private static final int WAIT_MILLIS = 120_000;
    /** Small, so that fuzz-sized inputs reach the size limit as well. */
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    /** The store and its stories grow with every accepted input: a fresh server now and then keeps inputs cheap. */
    private static final int ACCEPTED_PER_SERVER = 2_000;
    /** A reason that is a runtime failure passed on as it is, not a reason written for the client. */
    private static final Pattern RAW_EXCEPTION = Pattern.compile(
            "^(\\w*(Exception|Error)$|Cannot (invoke|read|store|load) |Index -?\\d+ out of bounds|begin -?\\d+, end)"
                    + "|^[\\w.$]+(Exception|Error)\\b|^null$");

    private static Path root;
    private static StoryServer server;
    private static List<String> accepted;
    private static int checked;

    @BeforeAll
    static void createRoot() throws IOException {
        root = Files.createTempDirectory("corroborate-ingest-fuzz");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            try {
                checkQueueMoves();
            } finally {
                server.close();
            }
        }
    }

    private static void startServer() throws IOException {
        server = StoryServer.start(ServerConfig.builder().dataDir(Files.createTempDirectory(root, "data")).port(0)
                .maxRequestBytes(MAX_REQUEST_BYTES).analyzer(new SimpleAnalyzer()).build(), System.out);
        accepted = new ArrayList<>();
        checked = 0;
    }

    @FuzzTest(maxDuration = "5m")
    void postArticles(byte[] input) throws IOException {
        if (server == null) {
            // started here, not before all: when fuzzing, Jazzer instruments only the classes loaded after this
            startServer();
        }
        // Jazzer flags every connection as SSRF unless allowed, and resets what is allowed once fuzzing starts
        BugDetectors.allowNetworkConnections(IngestFuzzTest::ownServer);
        Response r = send(Request.parse(input));
        check(r.status < 500, "HTTP " + r.status + " " + r.body);
        if (r.status < 300) {
            JsonNode body = json(r);
            List<String> ids = new ArrayList<>();
            body.path("accepted").forEach(id -> ids.add(id.asText()));
            check(!ids.isEmpty() || body.path("duplicates").size() > 0,
                    "HTTP " + r.status + " without an accepted or duplicate article: " + r.body);
            for (String id : ids) {
                check(server.store().article(id).isPresent(), "accepted " + id + " is not stored");
            }
            checkErrors(body.path("errors"), r);
            accepted.addAll(ids);
        } else {
            check(r.status != 401 && r.status != 404 && r.status != 405,
                    "HTTP " + r.status + " for a request with the token to the ingest path: " + r.body);
            check(!r.body.isBlank(), "HTTP " + r.status + " without a reason");
            check(!RAW_EXCEPTION.matcher(r.body).find() && !r.body.contains("\"error\":\"null\""),
                    "HTTP " + r.status + " reason is an unexpected failure: " + r.body);
            if (r.body.startsWith("{") && r.body.contains("\"errors\"")) {
                JsonNode errors = json(r).path("errors");
                check(errors.size() > 0, "HTTP " + r.status + " with an empty error list");
                checkErrors(errors, r);
            }
        }
        // nothing lost: each input checks one article accepted earlier, round robin
        if (!accepted.isEmpty()) {
            String id = accepted.get(checked++ % accepted.size());
            check(server.store().article(id).isPresent(), "article " + id + " accepted earlier is lost");
        }
        if (accepted.size() >= ACCEPTED_PER_SERVER) {
            checkQueueMoves();
            server.close();
            startServer();
        }
    }

    /** The harness's own requests to the server it started. */
    private static boolean ownServer(String host, int port) {
        return port == server.port() && (host.equals("127.0.0.1") || host.equals("localhost"));
    }

    private static void checkErrors(JsonNode errors, Response r) {
        for (JsonNode e : errors) {
            String source = e.path("source").asText("");
            String reason = e.path("reason").asText("");
            check(source.startsWith(SOURCE), "error does not name the input: " + e + " in " + r.body);
            check(!reason.isBlank() && !RAW_EXCEPTION.matcher(reason).find(),
                    "error reason is an unexpected failure: " + e);
        }
    }

    /** An article posted with {@code wait=true} is analyzed into a story: nothing before it stopped the queue. */
    private static void checkQueueMoves() {
        String id = "queue-check-" + accepted.size();
        String body = "{\"id\":\"" + id + "\",\"text\":\"The quarry road reopened on Friday after 12 days.\"}";
        Response r = send(new Request("?wait=true", List.of("Content-Type: application/json"),
                body.getBytes(StandardCharsets.UTF_8)));
        check(r.status == 201 && !r.headers.contains("x-analysis: pending"),
                "analysis queue stuck: " + r.status + " " + r.headers + " " + r.body);
        check(server.store().article(id).map(a -> a.storyId() != null).orElse(false),
                "article " + id + " analyzed but in no story");
    }

    private static JsonNode json(Response r) {
        try {
            return Http.parse(r.body);
        } catch (AssertionError e) {
            throw new AssertionError("HTTP " + r.status + " body is not JSON: " + r.body, e);
        }
    }

    private static void check(boolean ok, String failure) {
        if (!ok) {
            throw new AssertionError(failure);
        }
    }

    /** A request as a fuzz input describes it. */
    record Request(String query, List<String> headers, byte[] body) {
        private static final List<String> FRAMING = List.of("host", "content-length", "connection");

        static Request parse(byte[] input) {
            int start = 0;
            String query = "";
            List<String> headers = new ArrayList<>();
            while (start < input.length) {
                int end = start;
                while (end < input.length && input[end] != '\n') {
                    end++;
                }
                String line = new String(input, start, end - start, StandardCharsets.ISO_8859_1);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                start = Math.min(end + 1, input.length);
                if (line.isEmpty()) {
                    break;
                }
                if (line.startsWith("?") && query.isEmpty() && headers.isEmpty()) {
                    query = line;
                } else if (line.indexOf(':') > 0 && !FRAMING.contains(
                        line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT))) {
                    // the harness frames the request: a fuzzed Content-Length would only make the server wait
                    headers.add(line);
                }
            }
            byte[] body = new byte[input.length - start];
            System.arraycopy(input, start, body, 0, body.length);
            return new Request(query, headers, body);
        }
    }

    /** Status, headers (lower case) and body of an answer. */
    record Response(int status, String headers, String body) {}

    /** Sends a request on a fresh connection; a missing or malformed answer is a failure. */
    private static Response send(Request request) {
        StringBuilder head = new StringBuilder("POST /api/articles")
                .append(request.query().replace(' ', '+').replace('#', '_')).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Authorization: Bearer ").append(server.token().value()).append("\r\n");
        request.headers().forEach(h -> head.append(h).append("\r\n"));
        head.append("Content-Length: ").append(request.body().length).append("\r\nConnection: close\r\n\r\n");
        long start = System.nanoTime();
        int limit = ANSWER_MILLIS + (request.query().contains("wait=true") ? WAIT_MILLIS : 0);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), ANSWER_MILLIS);
            socket.setSoTimeout(limit);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(request.body());
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer (413, 400) and close before reading the whole body: its answer counts
            }
            byte[] answer = readAll(socket.getInputStream(), start, limit);
            return parseResponse(answer);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + limit + " ms", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the server", e);
        }
    }

    private static byte[] readAll(InputStream in, long start, int limit) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
                check((System.nanoTime() - start) / 1_000_000 < limit, "answer took over " + limit + " ms");
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException reset) {
            // a reset after the answer was written (the server closing on an unread body) keeps the answer
            if (answer.size() == 0) {
                throw reset;
            }
        }
        return answer.toByteArray();
    }

    private static Response parseResponse(byte[] raw) {
        int headEnd = indexOf(raw, "\r\n\r\n", 0);
        String head = new String(raw, 0, Math.max(headEnd, 0), StandardCharsets.ISO_8859_1);
        check(head.startsWith("HTTP/1.1 ") && headEnd > 0,
                "malformed answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        int status = Integer.parseInt(head.substring(9, 12));
        String headers = head.toLowerCase(Locale.ROOT);
        int bodyStart = headEnd + 4;
        byte[] body = headers.contains("transfer-encoding: chunked") ? unchunk(raw, bodyStart)
                : Arrays.copyOfRange(raw, bodyStart, raw.length);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] raw, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int lineEnd = indexOf(raw, "\r\n", at);
            check(lineEnd > at, "malformed chunked answer");
            int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            check(lineEnd + 2 + size <= raw.length, "truncated chunked answer");
            out.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, String ascii, int from) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
