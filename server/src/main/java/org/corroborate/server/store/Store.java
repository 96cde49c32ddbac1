package org.corroborate.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.corroborate.output.Json;

/**
 * The durable record of the desk: every accepted article as received, and every story as last analyzed.
 *
 * <p>Two back ends behind the same SQL: embedded SQLite (WAL journal, {@code synchronous=FULL}, so a commit is on
 * disk before the caller acknowledges it) and PostgreSQL. Idempotence is enforced by the database itself: unique
 * keys on the article id and on the content hash, inserted with {@code ON CONFLICT DO NOTHING}, so a retried or
 * concurrent batch can never store an article twice.
 *
 * <p>Two connections: one for writes, one for reads (WAL lets SQLite readers run beside the writer), each used by
 * one thread at a time. Writes are group-committed: concurrent {@link #insert} calls queue their batches, and
 * whichever caller takes the write connection next stores every queued batch in one transaction, so a burst of
 * requests costs one fsync instead of one each. Every caller returns only after the commit that holds its batch.
 * If the shared transaction fails, each batch is retried in a transaction of its own, so one bad batch never
 * costs the others.
 */
public final class Store implements AutoCloseable {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final ObjectMapper JSON = Json.mapper();

    private final Connection db;
    private final Connection reader;
    private final Object writeLock = new Object();
    private final BlockingQueue<QueuedInsert> queued = new LinkedBlockingQueue<>();
    private final String description;

    private record QueuedInsert(List<Document> batch, CompletableFuture<IngestResult> done) {}

    private Store(Connection db, Connection reader, String description) {
        this.db = db;
        this.reader = reader;
        this.description = description;
    }

    /** Opens (creating when new) the SQLite store {@code corroborate.db} in {@code dataDir}. */
    public static Store sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("corroborate.db");
            String jdbc = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection c = DriverManager.getConnection(jdbc);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=10000");
            }
            Store store = new Store(c, DriverManager.getConnection(jdbc), "sqlite:" + file);
            try (Statement s = store.reader.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
            store.createSchema("INTEGER PRIMARY KEY AUTOINCREMENT");
            return store;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("store: cannot create data folder " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot open SQLite database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens a PostgreSQL store from {@code postgresql://user:password@host:port/database}. */
    public static Store postgresql(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--db: not a URL: " + url, e);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--db: expected postgresql://user:password@host:port/database, got " + url);
        }
        Properties props = new Properties();
        if (uri.getRawUserInfo() != null) {
            String[] userInfo = uri.getRawUserInfo().split(":", 2);
            props.setProperty("user", URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8));
            if (userInfo.length > 1) {
                props.setProperty("password", URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8));
            }
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + host + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            Connection c = DriverManager.getConnection(jdbc, props);
            Store store = new Store(c, DriverManager.getConnection(jdbc, props),
                    "postgresql://" + host + ":" + port + uri.getRawPath());
            store.createSchema("BIGSERIAL PRIMARY KEY");
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot connect to " + host + ":" + port + uri.getRawPath() + ": "
                    + e.getMessage(), e);
        }
    }

    private void createSchema(String serialKey) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS articles (seq " + serialKey + ", id TEXT NOT NULL UNIQUE,"
                    + " hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, format TEXT NOT NULL, content TEXT NOT NULL,"
                    + " url TEXT, outlet TEXT, title TEXT, published TEXT, authors TEXT NOT NULL,"
                    + " received_at TEXT NOT NULL, state TEXT NOT NULL, story_id TEXT, error TEXT)");
            s.execute("CREATE INDEX IF NOT EXISTS articles_state ON articles(state)");
            s.execute("CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id)");
            s.execute("CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT, articles TEXT NOT NULL,"
                    + " outlets TEXT NOT NULL, entities TEXT NOT NULL, first_published TEXT, last_published TEXT,"
                    + " updated TEXT NOT NULL, version BIGINT NOT NULL, json TEXT NOT NULL)");
        }
    }

    public String description() {
        return description;
    }

    /** SHA-256 of a document's format and content: the key for "same content, other id". */
    public static String hash(Document d) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(d.format().name().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(d.content().strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Stores a batch; returns only after the commit, so every id it reports as accepted is durable. Documents whose
     * id or content is already stored (or appears earlier in the batch, or in a batch committed with it) are
     * refused as duplicates.
     */
    public IngestResult insert(List<Document> batch) {
        QueuedInsert mine = new QueuedInsert(List.copyOf(batch), new CompletableFuture<>());
        queued.add(mine);
        synchronized (writeLock) {
            // a caller that held the lock before us may have committed our batch with its own
            if (!mine.done().isDone()) {
                List<QueuedInsert> group = new ArrayList<>();
                queued.drainTo(group);
                commitGroup(group);
            }
        }
        try {
            return mine.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void commitGroup(List<QueuedInsert> group) {
        try {
            List<IngestResult> results = insertAll(group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException shared) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(shared);
                return;
            }
            for (QueuedInsert q : group) {
                try {
                    q.done().complete(insertAll(List.of(q)).get(0));
                } catch (RuntimeException alone) {
                    q.done().completeExceptionally(alone);
                }
            }
        }
    }

    /** Inserts the batches in one transaction and commits; the caller holds the write lock. */
    private List<IngestResult> insertAll(List<QueuedInsert> group) {
        String now = Instant.now().toString();
        List<IngestResult> results = new ArrayList<>();
        try {
            db.setAutoCommit(false);
            try (PreparedStatement ins = db.prepareStatement("INSERT INTO articles (id, hash, source, format, content,"
                    + " url, outlet, title, published, authors, received_at, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,"
                    + "'pending') ON CONFLICT DO NOTHING")) {
                for (QueuedInsert q : group) {
                    List<String> accepted = new ArrayList<>();
                    List<IngestResult.Duplicate> duplicates = new ArrayList<>();
                    for (Document d : q.batch()) {
                        String hash = hash(d);
                        Metadata m = d.given();
                        ins.setString(1, d.id());
                        ins.setString(2, hash);
                        ins.setString(3, d.source());
                        ins.setString(4, d.format().name());
                        ins.setString(5, d.content());
                        ins.setString(6, m.url());
                        ins.setString(7, m.outlet());
                        ins.setString(8, m.title());
                        ins.setString(9, m.published());
                        ins.setString(10, write(m.authors()));
                        ins.setString(11, now);
                        if (ins.executeUpdate() == 1) {
                            accepted.add(d.id());
                        } else {
                            duplicates.add(duplicateOf(d.id(), hash));
                        }
                    }
                    results.add(new IngestResult(accepted, duplicates));
                }
            }
            db.commit();
            return results;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("store: batch not stored: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    private IngestResult.Duplicate duplicateOf(String id, String hash) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM articles WHERE id = ? OR hash = ?")) {
            q.setString(1, id);
            q.setString(2, hash);
            try (ResultSet rs = q.executeQuery()) {
                String existing = rs.next() ? rs.getString(1) : id;
                return new IngestResult.Duplicate(id, existing, existing.equals(id) ? "same id" : "same content");
            }
        }
    }

    private static final String ARTICLE_COLUMNS = "seq, id, hash, source, format, content, url, outlet, title,"
            + " published, authors, received_at, story_id FROM articles";

    public synchronized Optional<StoredArticle> article(String id) {
        List<StoredArticle> found = articlesWhere("id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Articles of the given ids that exist, in arrival order. */
    public synchronized List<StoredArticle> articles(Collection<String> ids) {
        List<StoredArticle> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(articlesWhere("id = ?", id));
        }
        out.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return out;
    }

    public synchronized List<StoredArticle> articlesOfStory(String storyId) {
        return articlesWhere("story_id = ? ORDER BY seq", storyId);
    }

    /** Articles committed but not yet analyzed (after a crash between commit and analysis), in arrival order. */
    public synchronized List<StoredArticle> pending() {
        return articlesWhere("state = ? ORDER BY seq", "pending");
    }

    public synchronized List<StoredArticle> allArticles() {
        return articlesWhere("1 = 1 ORDER BY seq");
    }

    public synchronized long articleCount() {
        try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count articles", e);
        }
    }

    /** Why the engine rejected an article, or empty. */
    public synchronized Optional<String> error(String articleId) {
        try (PreparedStatement q = reader.prepareStatement("SELECT error FROM articles WHERE id = ?")) {
            q.setString(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read article " + articleId, e);
        }
    }

    private List<StoredArticle> articlesWhere(String where, String... args) {
        try (PreparedStatement q = reader.prepareStatement("SELECT " + ARTICLE_COLUMNS + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            List<StoredArticle> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Metadata m = new Metadata(rs.getString("url"), rs.getString("outlet"), rs.getString("title"),
                            rs.getString("published"), read(rs.getString("authors")));
                    Document d = new Document(rs.getString("id"), rs.getString("source"),
                            DocumentFormat.valueOf(rs.getString("format")), rs.getString("content"), m);
                    out.add(new StoredArticle(rs.getLong("seq"), d, rs.getString("hash"), rs.getString("received_at"),
                            rs.getString("story_id")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read articles", e);
        }
    }

    /**
     * Replaces stories after a re-analysis, in one transaction: {@code removed} stories are deleted, {@code stories}
     * written, each article of {@code storyOf} pointed at its new story and each of {@code rejected} marked with the
     * engine's reason.
     */
    public void replaceStories(Collection<String> removed, List<StoryRecord> stories,
            Map<String, String> storyOf, Map<String, String> rejected) {
        synchronized (writeLock) {
            replaceStoriesLocked(removed, stories, storyOf, rejected);
        }
    }

    private void replaceStoriesLocked(Collection<String> removed, List<StoryRecord> stories,
            Map<String, String> storyOf, Map<String, String> rejected) {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement del = db.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                for (String id : removed) {
                    del.setString(1, id);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement del = db.prepareStatement("DELETE FROM stories WHERE id = ?");
                    PreparedStatement ins = db.prepareStatement("INSERT INTO stories (id, title, articles, outlets,"
                            + " entities, first_published, last_published, updated, version, json)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (StoryRecord s : stories) {
                    del.setString(1, s.id());
                    del.executeUpdate();
                    ins.setString(1, s.id());
                    ins.setString(2, s.title());
                    ins.setString(3, write(s.articles()));
                    ins.setString(4, write(s.outlets()));
                    ins.setString(5, write(s.entities()));
                    ins.setString(6, s.firstPublished());
                    ins.setString(7, s.lastPublished());
                    ins.setString(8, s.updated());
                    ins.setLong(9, s.version());
                    ins.setString(10, s.json());
                    ins.executeUpdate();
                }
            }
            try (PreparedStatement up = db.prepareStatement(
                    "UPDATE articles SET state = 'analyzed', story_id = ?, error = NULL WHERE id = ?")) {
                for (Map.Entry<String, String> e : storyOf.entrySet()) {
                    up.setString(1, e.getValue());
                    up.setString(2, e.getKey());
                    up.executeUpdate();
                }
            }
            try (PreparedStatement up = db.prepareStatement(
                    "UPDATE articles SET state = 'rejected', story_id = NULL, error = ? WHERE id = ?")) {
                for (Map.Entry<String, String> e : rejected.entrySet()) {
                    up.setString(1, e.getValue());
                    up.setString(2, e.getKey());
                    up.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("update stories", e);
        } finally {
            autoCommit();
        }
    }

    public synchronized Optional<StoryRecord> story(String id) {
        List<StoryRecord> found = storiesWhere("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every story, most recently updated first. */
    public synchronized List<StoryRecord> stories() {
        return storiesWhere("ORDER BY updated DESC, id");
    }

    private List<StoryRecord> storiesWhere(String where, String... args) {
        try (PreparedStatement q = reader.prepareStatement("SELECT id, title, articles, outlets, entities,"
                + " first_published, last_published, updated, version, json FROM stories " + where)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            List<StoryRecord> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoryRecord(rs.getString(1), rs.getString(2), read(rs.getString(3)),
                            read(rs.getString(4)), read(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getLong(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read stories", e);
        }
    }

    /** Empties both tables (tests and benchmarks against a shared PostgreSQL database). */
    public void clear() {
        synchronized (writeLock) {
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM stories");
                s.execute("DELETE FROM articles");
            } catch (SQLException e) {
                throw failure("clear", e);
            }
        }
    }

    private static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the next call reports it
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("store (" + description + "): cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        synchronized (writeLock) {
            try {
                reader.close();
                db.close();
            } catch (SQLException e) {
                throw failure("close", e);
            }
        }
    }
}
