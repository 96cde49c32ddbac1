package org.corroborate.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;

/** What one ingest run produced, for assertions. */
final class Ingested {
    final List<Document> documents = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    static Ingested read(Path path) {
        return read(IngestLimits.DEFAULT, path);
    }

    static Ingested read(IngestLimits limits, Path... paths) {
        Ingested result = new Ingested();
        Ingestor ingestor = new Ingestor(limits);
        for (Path p : paths) {
            ingestor.read(p, result.documents::add, result.errors::add, result.skipped::add);
        }
        return result;
    }

    Document only() {
        if (documents.size() != 1 || !errors.isEmpty()) {
            throw new AssertionError("expected one document and no errors, got " + documents + " " + errors);
        }
        return documents.get(0);
    }

    InputError onlyError() {
        if (errors.size() != 1 || !documents.isEmpty()) {
            throw new AssertionError("expected one error and no documents, got " + documents + " " + errors);
        }
        return errors.get(0);
    }

    List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }
}
