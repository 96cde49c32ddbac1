package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Analysis;
import org.corroborate.model.Claim;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a Flink MiniCluster (2 slots) fed by an embedded Kafka broker gives the stories, claims and reuse
 * relations {@code analyze} gives on the same input, and survives a stop and restart without losing or
 * repeating output.
 */
class CorroborateJobTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static KafkaHarness kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new KafkaHarness();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    static List<Path> examples() throws IOException {
        Path dir = Path.of(System.getProperty("corroborate.shared", "../shared")).getParent().resolve("examples");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "examples");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test
    void examplesGiveTheStoriesAndReuseOfAnalyze(@TempDir Path db) throws Exception {
        String jdbc = "jdbc:sqlite:" + db.resolve("out.db");
        JobSettings s = assertSameAsAnalyze(examples(), jdbc);
        // the upsert table holds the latest value of every output key, as a compacted topic would
        Map<String, String> table = new java.util.TreeMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc);
                java.sql.ResultSet rs = c.createStatement().executeQuery(
                        "SELECT kind, key, value FROM " + UpsertJdbcSink.TABLE + " WHERE kind <> 'errors'")) {
            while (rs.next()) {
                table.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
            }
        }
        Map<String, String> topics = new java.util.TreeMap<>();
        for (String kind : List.of("stories", "claims", "reuse")) {
            KafkaHarness.latest(kafka.readCommitted(s.topic(kind))).forEach((k, v) -> topics.put(kind + " " + k, v));
        }
        assertThat(table).isNotEmpty().isEqualTo(topics);
    }

    @Test
    void seedsGiveTheStoriesAndReuseOfAnalyze() throws Exception {
        Assumptions.assumeTrue(SharedData.resolve("seeds").isPresent(), "../shared not present: skipped");
        Path seeds = SharedData.resolve("seeds").orElseThrow();
        try (Stream<Path> files = Files.list(seeds)) {
            assertSameAsAnalyze(files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(), null);
        }
    }

    @Test
    void aStoppedJobRestartedFromItsSavepointNeitherLosesNorRepeatsOutput(@TempDir Path savepoints) throws Exception {
        List<Path> paths = examples();
        List<String> records = KafkaHarness.records(paths);
        JobSettings s = settings(false, null);
        kafka.produce(s.inputTopic(), records.subList(0, records.size() / 2));

        StreamExecutionEnvironment first = StreamExecutionEnvironment.getExecutionEnvironment();
        first.setParallelism(2);
        CorroborateJob.build(first, s);
        JobClient job = first.executeAsync("first half");
        waitFor(() -> !kafka.readCommitted(s.topic("stories")).isEmpty(), Duration.ofSeconds(60));
        String savepoint = job.stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
                .get();

        kafka.produce(s.inputTopic(), records.subList(records.size() / 2, records.size()));
        Configuration restore = new Configuration();
        restore.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        StreamExecutionEnvironment second = StreamExecutionEnvironment.getExecutionEnvironment(restore);
        second.setParallelism(2);
        CorroborateJob.build(second, s);
        JobClient restarted = second.executeAsync("second half");
        Analysis expected = analyze(paths);
        try {
            waitFor(() -> stories(s).equals(storiesOf(expected)) && reuse(s).equals(reuseOf(expected))
                    && claims(s).equals(Set.copyOf(expected.claims())), Duration.ofSeconds(90));
        } finally {
            restarted.cancel().get();
        }
        assertThat(stories(s)).isEqualTo(storiesOf(expected));
        assertThat(reuse(s)).isEqualTo(reuseOf(expected));
        assertThat(claims(s)).isEqualTo(Set.copyOf(expected.claims()));
        for (String kind : List.of("stories", "claims", "reuse")) {
            assertThat(KafkaHarness.repeats(kafka.readCommitted(s.topic(kind)))).as(kind + " written twice").isEmpty();
        }
    }

    private JobSettings assertSameAsAnalyze(List<Path> paths, String jdbcUrl) throws Exception {
        JobSettings s = settings(true, jdbcUrl);
        kafka.produce(s.inputTopic(), KafkaHarness.records(paths));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        CorroborateJob.build(env, s);
        env.execute("analyze " + paths.size() + " files");

        Analysis expected = analyze(paths);
        assertThat(storiesOf(expected)).isNotEmpty();
        assertThat(stories(s)).isEqualTo(storiesOf(expected));
        assertThat(reuse(s)).isEqualTo(reuseOf(expected));
        assertThat(claims(s)).isEqualTo(Set.copyOf(expected.claims()));
        // the same inputs are rejected (a stage not yet written on this branch fails in both)
        assertThat(kafka.readCommitted(s.topic("errors"))).hasSameSizeAs(expected.errors());
        return s;
    }

    private static JobSettings settings(boolean bounded, String jdbcUrl) {
        String run = "run" + RUNS.incrementAndGet() + ".";
        JobSettings s = new JobSettings(kafka.servers(), run + "articles", run, "test-" + run, jdbcUrl,
                Duration.ofMillis(500), Duration.ofDays(3), bounded);
        kafka.createTopics(s.inputTopic(), s.topic("stories"), s.topic("reuse"), s.topic("claims"), s.topic("errors"));
        return s;
    }

    private static Analysis analyze(List<Path> paths) {
        return Engine.builder().threads(1).build().analyzePaths(paths, e -> { }, ProgressListener.NONE);
    }

    /** Each story in full (id, title, articles in order, reporting chains). */
    private static Set<Story> storiesOf(Analysis a) {
        return Set.copyOf(a.stories());
    }

    private static Set<Story> stories(JobSettings s) {
        return KafkaHarness.latest(kafka.readCommitted(s.topic("stories"))).values().stream()
                .map(json -> Codec.read(json, Story.class)).collect(Collectors.toSet());
    }

    private static Set<Claim> claims(JobSettings s) {
        return KafkaHarness.latest(kafka.readCommitted(s.topic("claims"))).values().stream()
                .map(json -> Codec.read(json, Claim.class)).collect(Collectors.toSet());
    }

    /** Each relation in full (pair, kind, direction, coverages, shared sentences, changes). */
    private static Set<Reuse> reuseOf(Analysis a) {
        return Set.copyOf(a.reuse());
    }

    private static Set<Reuse> reuse(JobSettings s) {
        Map<String, String> latest = KafkaHarness.latest(kafka.readCommitted(s.topic("reuse")));
        return latest.values().stream().map(json -> Codec.read(json, Reuse.class)).collect(Collectors.toSet());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }
}
