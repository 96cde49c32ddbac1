package org.corroborate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.util.Validate;

/** Settings of a {@link StoryServer}; the builder fails fast on bad values, naming the setting. */
public final class ServerConfig {
    final Path dataDir;
    final String host;
    final int port;
    final String database;
    final long maxRequestBytes;
    final List<Path> load;
    final List<Path> watch;
    final List<String> feeds;
    final Duration feedInterval;
    final Duration watchInterval;
    final DocumentAnalyzer analyzer;

    private ServerConfig(Builder b) {
        dataDir = b.dataDir;
        host = b.host;
        port = b.port;
        database = b.database;
        maxRequestBytes = b.maxRequestBytes;
        load = List.copyOf(b.load);
        watch = List.copyOf(b.watch);
        feeds = List.copyOf(b.feeds);
        feedInterval = b.feedInterval;
        watchInterval = b.watchInterval;
        analyzer = b.analyzer;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path dataDir() {
        return dataDir;
    }

    public static final class Builder {
        private Path dataDir = Path.of("data");
        private String host = "127.0.0.1";
        private int port = 8080;
        private String database;
        private long maxRequestBytes = 10L * 1024 * 1024;
        private final List<Path> load = new ArrayList<>();
        private final List<Path> watch = new ArrayList<>();
        private final List<String> feeds = new ArrayList<>();
        private Duration feedInterval = Duration.ofMinutes(10);
        private Duration watchInterval = Duration.ofSeconds(2);
        private DocumentAnalyzer analyzer;

        private Builder() {}

        /** Folder for the SQLite store, the search index and the access token. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Validate.notNull(dataDir, "dataDir");
            return this;
        }

        public Builder host(String host) {
            this.host = Validate.notNull(host, "host");
            return this;
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            Validate.isTrue(port >= 0 && port <= 65535, "port must be in [0, 65535], was " + port);
            this.port = port;
            return this;
        }

        /** {@code postgresql://user:password@host:port/db}; null for the embedded SQLite store. */
        public Builder database(String database) {
            Validate.isTrue(database == null || database.startsWith("postgresql://")
                    || database.startsWith("postgres://"),
                    "database must be a postgresql://user:password@host:port/database URL, was " + database);
            this.database = database;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = Validate.positive(maxRequestBytes, "maxRequestBytes");
            return this;
        }

        /** Files or folders ingested at start. */
        public Builder load(Path path) {
            load.add(Validate.notNull(path, "load"));
            return this;
        }

        /** A folder whose new and changed files are ingested while the server runs. */
        public Builder watch(Path folder) {
            watch.add(Validate.notNull(folder, "watch"));
            return this;
        }

        /** An RSS or Atom feed polled every {@link #feedInterval}. */
        public Builder feed(String url) {
            Validate.isTrue(url != null && (url.startsWith("http://") || url.startsWith("https://")),
                    "feed must be an http(s) URL, was " + url);
            feeds.add(url);
            return this;
        }

        public Builder feedInterval(Duration interval) {
            Validate.isTrue(interval != null && !interval.isNegative() && !interval.isZero(),
                    "feedInterval must be positive, was " + interval);
            this.feedInterval = interval;
            return this;
        }

        public Builder watchInterval(Duration interval) {
            Validate.isTrue(interval != null && !interval.isNegative() && !interval.isZero(),
                    "watchInterval must be positive, was " + interval);
            this.watchInterval = interval;
            return this;
        }

        /** The analyzer stories are built with; default the full {@link org.corroborate.Engine}. */
        public Builder analyzer(DocumentAnalyzer analyzer) {
            this.analyzer = Validate.notNull(analyzer, "analyzer");
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
