package org.corroborate.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.corroborate.eval.SharedData;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.model.Story;
import org.corroborate.output.Json;

/**
 * Throughput of the job on a local MiniCluster with an embedded broker: N articles built from ECB+ documents
 * (one article per document, then republications of earlier ones with their first sentence dropped, dated over
 * ten days) pushed through with 1 or 2 task slots. Prints articles per second (net job run time, bounded
 * source) and, with {@code state}, the savepoint size once every article is in a story and the output is quiet
 * (the job's whole state).
 *
 * <p>Usage: {@code FlinkThroughput N SLOTS [state|stateonly]} ({@code stateonly}: the savepoint run alone).
 */
public final class FlinkThroughput {
    private FlinkThroughput() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int slots = Integer.parseInt(args[1]);
        String mode = args.length > 2 ? args[2] : "";
        Path data = SharedData.resolve("data/ecbplus").orElseThrow(() -> new IllegalStateException(
                "../shared/data/ecbplus not found (set -Dcorroborate.shared)"));
        List<String> records = articles(EcbCorpus.read(data), n);
        try (KafkaHarness kafka = new KafkaHarness()) {
            Configuration conf = new Configuration();
            conf.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
            // a failure ends the run with its cause instead of restarting quietly
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
            // checkpoints to files: the JobManager's memory storage refuses a task state over 5 MB
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    Files.createTempDirectory("corroborate-checkpoints").toUri().toString());
            if (!mode.equals("stateonly")) {
                JobSettings s = settings(kafka, "tp", true);
                kafka.produce(s.inputTopic(), records);
                StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(slots, conf);
                CorroborateJob.build(env, s);
                JobExecutionResult result = env.execute("throughput");
                double seconds = result.getNetRuntime() / 1000.0;
                System.out.printf("articles=%d slots=%d seconds=%.1f articles/s=%.1f reuse=%d%n", n, slots, seconds,
                        n / seconds, KafkaHarness.latest(kafka.readCommitted(s.topic("reuse"))).size());
            }
            if (mode.startsWith("state")) {
                measureState(kafka, records, slots, conf);
            }
        }
    }

    private static void measureState(KafkaHarness kafka, List<String> records, int slots, Configuration conf)
            throws Exception {
        JobSettings s = settings(kafka, "state", false);
        kafka.produce(s.inputTopic(), records);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(slots, conf);
        CorroborateJob.build(env, s);
        JobClient job = env.executeAsync("state");
        // done when every article is in a story and the output has been quiet for 5 s
        int last = -1;
        int quiet = 0;
        while (quiet < 5) {
            Thread.sleep(1000);
            Map<String, String> stories = KafkaHarness.latest(kafka.readCommitted(s.topic("stories")));
            Set<String> placed = new HashSet<>();
            stories.values().forEach(json -> placed.addAll(Codec.read(json, Story.class).articles()));
            int now = kafka.readCommitted(s.topic("stories")).size() + kafka.readCommitted(s.topic("reuse")).size();
            quiet = now == last && placed.size() >= records.size() ? quiet + 1 : 0;
            last = now;
        }
        Path dir = Files.createTempDirectory("corroborate-savepoint");
        String savepoint = job.triggerSavepoint(dir.toUri().toString(), SavepointFormatType.CANONICAL).get();
        job.cancel().get();
        long bytes;
        try (Stream<Path> files = Files.walk(Path.of(java.net.URI.create(savepoint)))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("state: savepoint bytes=%d per article=%d%n", bytes, bytes / records.size());
    }

    private static JobSettings settings(KafkaHarness kafka, String run, boolean bounded) {
        JobSettings s = new JobSettings(kafka.servers(), run + ".articles", run + ".", run, null, Duration.ofSeconds(2),
                Duration.ofDays(3), bounded);
        kafka.createTopics(s.inputTopic(), s.topic("stories"), s.topic("reuse"), s.topic("claims"), s.topic("errors"));
        return s;
    }

    static List<String> articles(List<EcbCorpus.Doc> docs, int n) {
        List<String> out = new ArrayList<>(n);
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            EcbCorpus.Doc d = docs.get(i % docs.size());
            List<String> sentences = i < docs.size() ? d.sentences() : d.sentences().subList(
                    Math.min(1, d.sentences().size() - 1), d.sentences().size());
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("id", "a" + i);
            o.put("outlet", "outlet-" + (i % 17));
            o.put("published", day.plusDays(i % 10) + "T" + String.format("%02d", i % 24) + ":00:00Z");
            o.put("text", String.join("\n", sentences));
            out.add(o.toString());
        }
        return out;
    }
}
