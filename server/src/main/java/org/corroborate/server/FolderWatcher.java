package org.corroborate.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;

/**
 * Ingests files that appear in (or change in) a folder, by polling: a scan compares each file's size and
 * modification time with the last scan, which also works on network and container file systems where watch
 * events are not delivered. A file is read once it has stayed the same for one scan, so half-written files are
 * not taken.
 */
public final class FolderWatcher {
    private record Seen(long size, long modified) {}

    private final Path folder;
    private final FileDocuments reader;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Map<Path, Seen> done = new HashMap<>();

    public FolderWatcher(Path folder, FileDocuments reader) {
        this.folder = folder;
        this.reader = reader;
    }

    /** One scan: documents of files that are new or changed and now stable. */
    public List<Document> scan(Consumer<InputError> errors) {
        List<Document> out = new ArrayList<>();
        List<Path> files;
        try {
            files = Files.isDirectory(folder) ? FileDocuments.files(folder) : List.of();
        } catch (IOException e) {
            errors.accept(new InputError(folder.toString(), "cannot list: " + e.getMessage()));
            return out;
        }
        for (Path f : files) {
            Seen now;
            try {
                now = new Seen(Files.size(f), Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                continue; // removed between listing and reading
            }
            if (now.equals(done.get(f))) {
                continue;
            }
            if (now.equals(pending.get(f))) {
                pending.remove(f);
                done.put(f, now);
                reader.read(f, out::add, errors);
            } else {
                pending.put(f, now);
            }
        }
        return out;
    }
}
