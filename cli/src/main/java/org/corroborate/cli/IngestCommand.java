package org.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.output.Json;
import org.corroborate.server.DocumentDecoder;
import org.corroborate.server.FileDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code corroborate ingest}: posts files to a running story desk. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Post articles (JSON, JSON Lines, HTML, text; files or folders) to a running 'corroborate serve'.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was accepted (or already stored)", "1:some files or records were refused",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {
    private static final int LINES_PER_REQUEST = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "the server (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "data/token",
            description = "file holding the server's access token (default: ${DEFAULT-VALUE})")
    Path tokenFile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (read recursively)")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isReadable(tokenFile)) {
            throw new ParameterException(spec.commandLine(), tokenFile + ": cannot read the token file");
        }
        String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int accepted = 0;
        int duplicates = 0;
        int problems = 0;
        for (Path root : paths) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), root + ": no such file or folder");
            }
            for (Path file : FileDocuments.files(root)) {
                Optional<DocumentDecoder.Kind> kind = DocumentDecoder.Kind.ofFileName(file.getFileName().toString());
                if (kind.isEmpty()) {
                    System.err.println("corroborate: " + file + ": not JSON, JSON Lines, HTML or text: skipped");
                    problems++;
                    continue;
                }
                for (String body : requests(file, kind.get())) {
                    String query = kind.get() == DocumentDecoder.Kind.HTML || kind.get() == DocumentDecoder.Kind.TEXT
                            ? "?id=" + java.net.URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                            : "";
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles" + query))
                            .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", mediaType(kind.get()))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 && r.statusCode() != 201 && r.statusCode() != 400) {
                        System.err.println("corroborate: " + file + ": HTTP " + r.statusCode() + " " + r.body().strip());
                        problems++;
                        continue;
                    }
                    JsonNode result = Json.mapper().readTree(r.body());
                    accepted += result.path("accepted").size();
                    duplicates += result.path("duplicates").size();
                    for (JsonNode e : result.path("errors")) {
                        System.err.println("corroborate: " + file + ": " + e.path("source").asText() + ": "
                                + e.path("reason").asText());
                        problems++;
                    }
                }
            }
        }
        System.err.println("corroborate: " + accepted + " accepted, " + duplicates + " already stored, " + problems
                + " refused");
        return problems == 0 ? 0 : 1;
    }

    /** The request bodies of a file: JSON Lines in slices, so a large file never exceeds the server's limit. */
    private static List<String> requests(Path file, DocumentDecoder.Kind kind) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (kind != DocumentDecoder.Kind.JSON_LINES) {
            return List.of(content);
        }
        List<String> lines = content.lines().filter(l -> !l.isBlank()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_REQUEST) {
            out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_PER_REQUEST))));
        }
        return out;
    }

    private static String mediaType(DocumentDecoder.Kind kind) {
        return switch (kind) {
            case JSON -> "application/json";
            case JSON_LINES -> "application/x-ndjson";
            case HTML -> "text/html; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        };
    }
}
