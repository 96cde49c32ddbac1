package org.corroborate.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.storage.FileSystemCheckpointStorage;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.corroborate.Engine;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Reuse;
import org.corroborate.output.Json;
import org.corroborate.reuse.ReuseDetector;

/**
 * Cost of the story and claim stage ({@link StoryStage}) alone, on the operator test harness (one thread, no
 * cluster): N ECB+-built articles ({@link FlinkThroughput#articles}) are analyzed and their reuse detected first,
 * untimed; then they are fed to the stage in batches of B (a batch per refresh, as an unbounded job refreshes
 * once per checkpoint interval), each batch with the relations whose articles have both arrived, and each
 * refresh is timed (CPU time). {@code dated} = {@code ascending}: publication dates follow input order (a live feed);
 * {@code shuffled}: the dates {@link FlinkThroughput} gives (ten days in turn), so most batches hold an article
 * older than one already assigned and the index is rebuilt from the stored terms. For comparison it also times
 * one {@link Engine#assemble} over all N (what the stage cost per refresh before it kept its index), and prints
 * the size of the stage's state (a harness snapshot: what a checkpoint writes), how many articles it holds, and
 * the CPU time per article of the parallel analyze stage (untimed part above) for scale.
 *
 * <p>Usage: {@code StoryStageCost N B ascending|shuffled}.
 */
public final class StoryStageCost {
    /** Times are CPU time of this thread: steadier than wall time on a shared machine. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoryStageCost() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int batch = Integer.parseInt(args[1]);
        boolean ascending = args[2].equals("ascending");
        Path data = SharedData.resolve("data/ecbplus").orElseThrow(() -> new IllegalStateException(
                "../shared/data/ecbplus not found (set -Dcorroborate.shared)"));
        List<String> records = FlinkThroughput.articles(EcbCorpus.read(data), n);
        if (ascending) {
            records = ascending(records);
        }
        long a0 = CPU.getCurrentThreadCpuTime();
        List<Messages.Analyzed> analyzed = analyze(records);
        long analyzeCpu = CPU.getCurrentThreadCpuTime() - a0;
        List<Article> articles = new ArrayList<>();
        Map<String, ArticleFacts> facts = new HashMap<>();
        for (Messages.Analyzed m : analyzed) {
            articles.add(Codec.read(m.article, Article.class));
            facts.put(m.id, Codec.read(m.facts, ArticleFacts.class));
        }
        List<Reuse> reuse = new ReuseDetector().detect(articles);

        StoryStage stage = new StoryStage(Duration.ofSeconds(1));
        long total = 0;
        long last = 0;
        long worst = 0;
        int outputs = 0;
        long stateBytes;
        int held;
        try (KeyedTwoInputStreamOperatorTestHarness<Integer, Messages.Analyzed, Messages.Output, Messages.Output> h =
                new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(stage),
                        a -> StoryStage.KEY, r -> StoryStage.KEY, Types.INT)) {
            // to files: the default memory storage refuses a snapshot over 5 MB
            h.setCheckpointStorage(new FileSystemCheckpointStorage(
                    Files.createTempDirectory("corroborate-stage").toUri()));
            h.open();
            Set<String> arrived = new HashSet<>();
            Set<Reuse> sent = new HashSet<>();
            for (int from = 0, refresh = 1; from < analyzed.size(); from += batch, refresh++) {
                for (Messages.Analyzed m : analyzed.subList(from, Math.min(analyzed.size(), from + batch))) {
                    arrived.add(m.id);
                    h.processElement1(new StreamRecord<>(m));
                }
                for (Reuse r : reuse) {
                    if (arrived.contains(r.copy()) && arrived.contains(r.source()) && sent.add(r)) {
                        String key = r.copy().compareTo(r.source()) < 0 ? r.copy() + "\t" + r.source()
                                : r.source() + "\t" + r.copy();
                        h.processElement2(new StreamRecord<>(new Messages.Output("reuse", key, Codec.write(r))));
                    }
                }
                long t0 = CPU.getCurrentThreadCpuTime();
                h.setProcessingTime(refresh * 1000L);
                last = CPU.getCurrentThreadCpuTime() - t0;
                worst = Math.max(worst, last);
                total += last;
                outputs += h.extractOutputValues().size();
                h.getOutput().clear();
            }
            // the stage's whole state, as a checkpoint writes it (heap backend, full snapshot)
            stateBytes = h.snapshot(1, 1).getStateSize();
            h.getOperator().setCurrentKey(StoryStage.KEY);
            held = stage.heldArticles();
        }
        long t0 = CPU.getCurrentThreadCpuTime();
        Engine.builder().threads(1).build().assemble(articles, facts, reuse, List.of(), e -> { });
        long full = CPU.getCurrentThreadCpuTime() - t0;
        System.out.printf("articles=%d batch=%d dates=%s relations=%d refreshes=%d stage total cpu ms=%d "
                + "per article ms=%.2f last refresh ms=%d worst refresh ms=%d outputs=%d full assemble cpu ms=%d "
                + "state bytes=%d held articles=%d replays=%d stories finished=%d (renumbered only: %d) "
                + "copy and settle cpu ms=%d parallel analyze stage cpu ms per article=%.1f%n",
                n, batch, args[2], reuse.size(), (n + batch - 1) / batch, total / 1_000_000, total / 1e6 / n,
                last / 1_000_000, worst / 1_000_000, outputs, full / 1_000_000, stateBytes, held, stage.work()[0],
                stage.work()[1], stage.work()[2], stage.work()[3] / 1_000_000, analyzeCpu / 1e6 / n);
    }

    /** The same records dated in input order, an hour apart. */
    private static List<String> ascending(List<String> records) throws IOException {
        List<String> out = new ArrayList<>(records.size());
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < records.size(); i++) {
            ObjectNode o = (ObjectNode) Json.mapper().readTree(records.get(i));
            o.put("published", start.plus(Duration.ofHours(i)).toString());
            out.add(o.toString());
        }
        return out;
    }

    /** The records through the parallel stage, numbered as one Kafka partition would number them. */
    private static List<Messages.Analyzed> analyze(List<String> records) throws Exception {
        try (OneInputStreamOperatorTestHarness<Messages.Input, Messages.Analyzed> h =
                ProcessFunctionTestHarnesses.forProcessFunction(new AnalyzeFunction())) {
            for (int i = 0; i < records.size(); i++) {
                Messages.Input in = new Messages.Input();
                in.value = records.get(i).getBytes(StandardCharsets.UTF_8);
                in.timestamp = i;
                in.offset = i;
                h.processElement(in, i);
            }
            return h.extractOutputValues();
        }
    }
}
