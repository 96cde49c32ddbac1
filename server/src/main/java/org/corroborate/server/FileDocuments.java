package org.corroborate.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;

/**
 * Reads files for {@code --load} and {@code --watch}: JSON, JSON Lines, HTML and text the way the API decodes
 * them (a page's id is its file name), every other kind (feeds, WARC) through {@link Ingestor}.
 */
public final class FileDocuments {
    private final long maxBytes;

    public FileDocuments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The files under {@code path} (itself when a file), in name order; in a folder, hidden files and those a folder
     * scan of the engine passes over (README, .md, ...: {@link Ingestor#notAnArticle}) are left out.
     */
    public static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Ingestor.notAnArticle(p.getFileName().toString()) == null)
                    .sorted().toList();
        }
    }

    public void read(Path file, Consumer<Document> out, Consumer<InputError> errors) {
        String source = file.toString();
        DocumentDecoder.Kind kind = DocumentDecoder.Kind.ofFileName(file.getFileName().toString()).orElse(null);
        if (kind == null) {
            try {
                new Ingestor(new IngestLimits(maxBytes)).read(file, out, errors);
            } catch (UnsupportedOperationException e) {
                errors.accept(new InputError(source, "cannot read this kind of file yet: " + e.getMessage()));
            }
            return;
        }
        try {
            if (Files.size(file) > maxBytes) {
                errors.accept(new InputError(source, "larger than the limit of " + maxBytes + " bytes"));
                return;
            }
            String body = Files.readString(file, StandardCharsets.UTF_8);
            DocumentDecoder.Decoded d = DocumentDecoder.decode(kind, body, source,
                    Map.of("id", file.getFileName().toString()));
            d.documents().forEach(out);
            d.errors().forEach(errors);
        } catch (IOException e) {
            errors.accept(new InputError(source, "cannot read: " + e.getMessage()));
        }
    }

    /** Every document under {@code path}. */
    public List<Document> readAll(Path path, Consumer<InputError> errors) {
        List<Document> docs = new ArrayList<>();
        try {
            for (Path f : files(path)) {
                read(f, docs::add, errors);
            }
        } catch (IOException e) {
            errors.accept(new InputError(path.toString(), "cannot list: " + e.getMessage()));
        }
        return docs;
    }
}
