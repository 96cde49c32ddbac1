package org.corroborate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared evaluation data lives: {@code ../shared} beside the project, or the system property
 * {@code corroborate.shared}. Absent on a user's fresh clone, present in CI.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> root() {
        String configured = System.getProperty("corroborate.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (Files.isDirectory(p)) {
            return Optional.of(p.toAbsolutePath().normalize());
        }
        Path up = Path.of("..", "..", "shared");
        return Files.isDirectory(up) ? Optional.of(up.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** A folder under the shared root, if present. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
