package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.corroborate.Engine;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.output.Json;
import org.junit.jupiter.api.Test;

/**
 * The story stage alone (operator test harness, no cluster): after each refresh its outputs equal
 * {@link Engine#assemble} on the articles received so far, whatever order they arrive in, and stories that faded
 * beyond the retention leave its state.
 */
class StoryStageTest {
    private static final String DAM = "Engineers at the Keltbridge dam on the Orvane river reported cracks in the "
            + "spillway on Monday. Mayor Tessaly Brun ordered 4,200 residents of the valley to leave. \"We will not "
            + "wait for the water,\" Brun said.";
    private static final String DAM_2 = "The Keltbridge dam breach sent a torrent down the Orvane valley. Mayor "
            + "Tessaly Brun said 4,200 residents had been evacuated before the spillway failed.";
    private static final String DAM_3 = "Residents of the Orvane valley returned to flooded homes after the "
            + "Keltbridge dam failure. Officials said 4,300 people had been moved by Mayor Tessaly Brun.";
    private static final String FERRY = "Fire broke out in the engine room of a Marlowe Bay ferry on Sunday. "
            + "Captain Idris Vell ordered 312 passengers into lifeboats. \"The crew saved everyone,\" Vell said.";
    private static final String FERRY_2 = "The coastguard said all 312 passengers of the Marlowe Bay ferry were "
            + "rescued after the engine room blaze. Captain Idris Vell praised his crew.";
    private static final String QUAKE = "A magnitude 6.4 earthquake struck the Dravo hills near Sarnholt, "
            + "injuring 87 people. Seismologist Nera Osk said aftershocks would continue for days.";

    @Test
    void eachRefreshEqualsAnalyzeOnTheArticlesSoFarWhateverTheirOrder() throws Exception {
        List<Messages.Analyzed> analyzed = analyzed(List.of(
                record("dam-2", "Keltbridge dam breach floods valley", DAM_2, "2030-05-03"),
                record("ferry-1", "Fire on Marlowe Bay ferry", FERRY, "2030-05-04"),
                record("dam-1", "Cracks found at Keltbridge dam", DAM, "2030-05-02"),
                record("quake-1", "Earthquake shakes Sarnholt", QUAKE, null),
                // earlier than everything assigned so far, and dated after an undated one: both force a replay
                record("dam-0", "Keltbridge valley residents return", DAM_3, "2030-05-01"),
                record("ferry-2", "All Marlowe Bay ferry passengers rescued", FERRY_2, "2030-05-05")));
        try (Stage stage = new Stage()) {
            stage.feed(analyzed.subList(0, 3));
            assertThat(stage.outputs()).isEqualTo(expected(analyzed.subList(0, 3)));
            stage.feed(analyzed.subList(3, 4));
            assertThat(stage.outputs()).isEqualTo(expected(analyzed.subList(0, 4)));
            stage.feed(analyzed.subList(4, 6));
            assertThat(stage.outputs()).isEqualTo(expected(analyzed));
            assertThat(stage.outputs().keySet()).anyMatch(k -> k.startsWith("claims "));
        }
    }

    @Test
    void storiesFadedBeyondTheRetentionLeaveTheStateAndTheirOutputStands() throws Exception {
        // the default retention is 30 days: the dam story fades out of the index when the quake arrives
        List<Messages.Analyzed> analyzed = analyzed(List.of(
                record("dam-1", "Cracks found at Keltbridge dam", DAM, "2030-05-02"),
                record("dam-2", "Keltbridge dam breach floods valley", DAM_2, "2030-05-03"),
                record("quake-1", "Earthquake shakes Sarnholt", QUAKE, "2030-07-01")));
        try (Stage stage = new Stage()) {
            stage.feed(analyzed.subList(0, 2));
            Map<String, String> damOutputs = stage.outputs();
            assertThat(stage.held()).isEqualTo(2);
            stage.feed(analyzed.subList(2, 3));
            assertThat(stage.held()).isEqualTo(1);
            assertThat(stage.outputs()).containsAllEntriesOf(damOutputs)
                    .containsAllEntriesOf(expected(analyzed.subList(2, 3)));
        }
    }

    /** Outputs (kind and key -> value) {@code assemble} gives on these articles in this order, no reuse. */
    private static Map<String, String> expected(List<Messages.Analyzed> in) {
        List<Article> articles = new ArrayList<>();
        Map<String, ArticleFacts> facts = new HashMap<>();
        for (Messages.Analyzed m : in) {
            articles.add(Codec.read(m.article, Article.class));
            facts.put(m.id, Codec.read(m.facts, ArticleFacts.class));
        }
        Analysis a = Engine.builder().threads(1).build().assemble(articles, facts, List.of(), List.of(), e -> { });
        Map<String, String> out = new TreeMap<>();
        a.stories().forEach(s -> out.put("stories " + s.id(), Codec.write(s)));
        a.claims().forEach(c -> out.put("claims " + c.id(), Codec.write(c)));
        return out;
    }

    private static String record(String id, String title, String text, String published) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id);
        o.put("title", title);
        o.put("text", text);
        if (published != null) {
            o.put("published", published);
        }
        return o.toString();
    }

    /** The records through the parallel stage, as Kafka would number them (one partition, in order). */
    private static List<Messages.Analyzed> analyzed(List<String> records) throws Exception {
        try (OneInputStreamOperatorTestHarness<Messages.Input, Messages.Analyzed> h =
                ProcessFunctionTestHarnesses.forProcessFunction(new AnalyzeFunction())) {
            for (int i = 0; i < records.size(); i++) {
                Messages.Input in = new Messages.Input();
                in.value = records.get(i).getBytes(StandardCharsets.UTF_8);
                in.timestamp = 1000 + i;
                in.offset = i;
                h.processElement(in, in.timestamp);
            }
            return h.extractOutputValues();
        }
    }

    /** The stage on an unbounded input (refresh 1 s after new input), driven by processing time. */
    private static final class Stage implements AutoCloseable {
        private final StoryStage function = new StoryStage(Duration.ofSeconds(1));
        private final KeyedTwoInputStreamOperatorTestHarness<Integer, Messages.Analyzed, Messages.Output,
                Messages.Output> harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                        new KeyedCoProcessOperator<>(function), a -> StoryStage.KEY, r -> StoryStage.KEY, Types.INT);
        private final Map<String, String> latest = new TreeMap<>();
        private long now;

        Stage() throws Exception {
            harness.open();
        }

        void feed(List<Messages.Analyzed> articles) throws Exception {
            for (Messages.Analyzed m : articles) {
                harness.processElement1(new StreamRecord<>(m));
            }
            now += 1000;
            harness.setProcessingTime(now);
            for (Messages.Output o : harness.extractOutputValues()) {
                if (o.value == null) {
                    latest.remove(o.kind + " " + o.key);
                } else {
                    latest.put(o.kind + " " + o.key, o.value);
                }
            }
            harness.getOutput().clear();
        }

        Map<String, String> outputs() {
            Map<String, String> out = new TreeMap<>(latest);
            out.keySet().removeIf(k -> k.startsWith("errors "));
            return out;
        }

        int held() throws Exception {
            harness.getOperator().setCurrentKey(StoryStage.KEY);
            return function.heldArticles();
        }

        @Override
        public void close() throws Exception {
            harness.close();
        }
    }
}
