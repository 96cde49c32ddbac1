package org.corroborate.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.corroborate.Engine;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Reuse;

/**
 * The story and claim stage: one logical operator (a single key, one task) that runs {@link Engine#assemble},
 * the very code {@code analyze} runs after reuse detection, over every article it holds and the reuse relations
 * among them, and emits the stories and claims.
 *
 * <p>Story assignment is sequential and order-dependent (a story index fed in arrival order, then settled), and
 * claims are built per story, so neither partitions. Articles are buffered and, at each refresh, taken in Kafka
 * order ({@link Messages#order}: the stream's input order) and handed to the engine, which sorts them with
 * {@link Engine#arrivalOrder} (dated by publication, then undated in input order), clusters them, joins stories
 * linked by reuse, fills in reporting chains, resolves facts and builds claims. The result therefore equals
 * {@code analyze} on the same input in the same order, whatever order the parallel stages deliver in. A refresh
 * runs at the end of a bounded input (the final watermark) and, on an unbounded one, at most once per
 * {@code refresh} after new input; each output is emitted when its value changes and deleted (tombstone) when it
 * no longer exists.
 */
final class StoryStage extends KeyedCoProcessFunction<Integer, Messages.Analyzed, Messages.Output, Messages.Output> {
    /** The one key of the stage. */
    static final int KEY = 0;

    private final long refreshMillis;
    private transient MapState<String, Messages.Analyzed> articles;
    /** Reuse output key -> the relation as JSON (in full: claims ask which sentences a copy shares). */
    private transient MapState<String, String> relations;
    /** Output kind and key ({@link #slot}) -> the last value emitted. */
    private transient MapState<String, String> emitted;
    /** Whether a processing-time refresh is scheduled. */
    private transient ValueState<Boolean> scheduled;
    private transient Engine engine;

    /** @param refresh how long an unbounded stream waits before new input is clustered; null: at end of input only */
    StoryStage(Duration refresh) {
        this.refreshMillis = refresh == null ? 0 : refresh.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        articles = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("articles", Types.STRING, Types.POJO(Messages.Analyzed.class)));
        relations = getRuntimeContext().getMapState(new MapStateDescriptor<>("relations", Types.STRING, Types.STRING));
        emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
        scheduled = getRuntimeContext().getState(new ValueStateDescriptor<>("scheduled", Types.BOOLEAN));
        engine = Engine.builder().threads(1).build();
    }

    @Override
    public void processElement1(Messages.Analyzed a, Context ctx, Collector<Messages.Output> out) throws Exception {
        if (articles.contains(a.id)) {
            return; // an id seen again is the same article redelivered: the first copy stands
        }
        a.bands = new long[0];
        a.sentenceKeys = new long[0];
        articles.put(a.id, a);
        schedule(ctx);
    }

    @Override
    public void processElement2(Messages.Output reuse, Context ctx, Collector<Messages.Output> out) throws Exception {
        if (reuse.value == null) {
            relations.remove(reuse.key);
        } else {
            relations.put(reuse.key, reuse.value);
        }
        schedule(ctx);
    }

    private void schedule(Context ctx) throws Exception {
        // fires once the final watermark of a bounded input arrives (timers of one time are kept once)
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        if (refreshMillis > 0 && scheduled.value() == null) {
            ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime() + refreshMillis);
            scheduled.update(true);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Messages.Output> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            scheduled.clear();
        }
        refresh(out);
    }

    private static void put(Map<String, Messages.Output> outputs, Messages.Output o) {
        outputs.put(slot(o.kind, o.key), o);
    }

    private static String slot(String kind, String key) {
        return kind + "\u0000" + key;
    }

    /** Runs {@code analyze}'s later stages over every article held and emits the outputs that changed. */
    private void refresh(Collector<Messages.Output> out) throws Exception {
        List<Messages.Analyzed> held = new ArrayList<>();
        articles.values().forEach(held::add);
        held.sort(Comparator.comparing((Messages.Analyzed m) -> m.order));
        List<Article> inputOrder = new ArrayList<>(held.size());
        Map<String, ArticleFacts> facts = new HashMap<>();
        for (Messages.Analyzed m : held) {
            inputOrder.add(Codec.read(m.article, Article.class));
            facts.put(m.id, Codec.read(m.facts, ArticleFacts.class));
        }
        List<Reuse> reuse = new ArrayList<>();
        relations.values().forEach(json -> reuse.add(Codec.read(json, Reuse.class)));
        // detect's order, so that everything downstream sees the relations as analyze does
        reuse.sort(Comparator.comparing(Reuse::copy).thenComparing(Reuse::source));

        Analysis analysis = engine.assemble(inputOrder, facts, reuse, List.of(), e -> { });
        Map<String, Messages.Output> now = new LinkedHashMap<>();
        analysis.stories().forEach(st -> put(now, new Messages.Output("stories", st.id(), Codec.write(st))));
        analysis.claims().forEach(c -> put(now, new Messages.Output("claims", c.id(), Codec.write(c))));
        // failures of the stages run here (date extraction); the parallel stages report their own
        analysis.errors().forEach(e -> put(now, new Messages.Output("errors", e.source(), Codec.write(e))));
        for (Messages.Output o : now.values()) {
            String slot = slot(o.kind, o.key);
            if (!o.value.equals(emitted.get(slot))) {
                emitted.put(slot, o.value);
                out.collect(o);
            }
        }
        // a story merged away or a claim renumbered is deleted; an error once reported stands
        Set<String> gone = new TreeSet<>();
        for (String slot : emitted.keys()) {
            if (!now.containsKey(slot) && !slot.startsWith("errors\u0000")) {
                gone.add(slot);
            }
        }
        for (String slot : gone) {
            emitted.remove(slot);
            String[] kindKey = slot.split("\u0000", 2);
            out.collect(new Messages.Output(kindKey[0], kindKey[1], null));
        }
    }
}
