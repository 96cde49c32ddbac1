package org.corroborate.flink;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes the job's outputs to one table {@code corroborate_output(kind, key, value)}, upserting by
 * {@code (kind, key)} and deleting on a null value. There is no JDBC connector for Flink 2.2 yet, so this is a
 * small Sink V2 writer: it buffers the latest value per key and writes the buffer in one database transaction
 * on every checkpoint (and at the end of input). After a failure Flink replays from the last checkpoint and the
 * same upserts are written again: the table ends in the same state, so the effect is exactly once although a
 * write may repeat (idempotent upserts, not two-phase commit).
 */
final class UpsertJdbcSink implements Sink<Messages.Output> {
    static final String TABLE = "corroborate_output";
    private final String url;

    UpsertJdbcSink(String url) {
        this.url = url;
    }

    @Override
    public SinkWriter<Messages.Output> createWriter(WriterInitContext context) throws IOException {
        return new Writer(url);
    }

    private static final class Writer implements SinkWriter<Messages.Output> {
        private final Connection connection;
        private final Map<String, Messages.Output> pending = new LinkedHashMap<>();

        Writer(String url) throws IOException {
            try {
                connection = DriverManager.getConnection(url.startsWith("jdbc:") ? url : "jdbc:" + url);
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                            + " (kind VARCHAR(16) NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                            + " PRIMARY KEY (kind, key))");
                }
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IOException("jdbc sink: cannot open " + redacted(url) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void write(Messages.Output o, Context context) {
            pending.put(o.kind + "\u0000" + o.key, o);
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            if (pending.isEmpty()) {
                return;
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (kind, key, value) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value");
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + TABLE + " WHERE kind = ? AND key = ?")) {
                for (Messages.Output o : pending.values()) {
                    PreparedStatement st = o.value == null ? delete : upsert;
                    st.setString(1, o.kind);
                    st.setString(2, o.key);
                    if (o.value != null) {
                        st.setString(3, o.value);
                    }
                    st.addBatch();
                }
                upsert.executeBatch();
                delete.executeBatch();
                connection.commit();
                pending.clear();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IOException("jdbc sink: write failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }

    /** A JDBC URL without its password, for messages. */
    static String redacted(String url) {
        return url.replaceAll("(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
