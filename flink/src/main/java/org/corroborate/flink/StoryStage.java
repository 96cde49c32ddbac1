package org.corroborate.flink;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.corroborate.model.Claim;
import org.corroborate.model.DateMention;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.story.ArticleTerms;
import org.corroborate.story.ReuseLinks;
import org.corroborate.story.StoryClusterer;
import org.corroborate.story.StoryIndex;
import org.corroborate.story.StorySettings;

/**
 * The story and claim stage: one logical operator (a single key, one task) keeping the streaming
 * {@link StoryIndex} that {@code analyze} streams its articles through, and finishing (reporting chains, dates,
 * resolved facts, claims: {@link Engine#assembleStories}) only the stories that changed.
 *
 * <p>Each article is assigned once, in {@link Engine#arrivalOrder} (dated by publication, then undated in
 * input order; input order is Kafka order, {@link Messages#arrival}), from the terms the parallel stage read.
 * The index lives on the heap; the state holds what rebuilds it (each retained article's terms, with its
 * article and facts JSON for finishing its story). The index is rebuilt by replaying those terms after a
 * restore and when an article arrives that sorts before one already assigned, so the index always equals the
 * batch index over the same articles, whatever order the parallel stages deliver in. At each refresh a copy
 * of the index is settled as the batch settles ({@link StoryClusterer#SETTLE_ROUNDS}), stories linked by reuse
 * are joined ({@link ReuseLinks#join}), and a story whose title, members or internal relations changed is
 * finished again, alone with its articles. Stories the index evicted (faded beyond
 * {@link StorySettings#retention()}) leave the state: their outputs stand as last emitted.
 *
 * <p>A refresh runs at the end of a bounded input (the final watermark) and, on an unbounded one, at most once
 * per {@code refresh} after new input; each output is emitted when its value changes and deleted (tombstone)
 * when it no longer exists (a story merged into another, a claim no longer made).
 */
final class StoryStage extends KeyedCoProcessFunction<Integer, Messages.Analyzed, Messages.Output, Messages.Output> {
    /** The one key of the stage. */
    static final int KEY = 0;
    private static final StorySettings SETTINGS = StorySettings.DEFAULT;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final long refreshMillis;
    /** Article id -> the article, its facts and story terms (JSON), while its story is retained. */
    private transient MapState<String, Messages.Analyzed> articles;
    /** Ids received but not yet assigned. */
    private transient MapState<String, Boolean> pending;
    /** Reuse output key -> the relation as JSON (in full: claims ask which sentences a copy shares). */
    private transient MapState<String, String> relations;
    /** Output kind and key ({@link #slot}) -> digest of the last value emitted (a digest: values are large). */
    private transient MapState<String, String> emitted;
    /** Story id -> how it was last finished ({@link Finished} as JSON). */
    private transient MapState<String, String> finished;
    /** Claim id base -> how many ids of it the claims of evicted stories took. */
    private transient MapState<String, Integer> retired;
    /** Whether a processing-time refresh is scheduled. */
    private transient ValueState<Boolean> scheduled;
    private transient Engine engine;
    /** The index over the retained articles in arrival order; null until rebuilt from the state. */
    private transient StoryIndex index;
    private transient String lastAssigned;
    /** Date mentions of the articles held ({@link Engine#dateKey}): a cache, rebuilt as needed after a restore. */
    private transient Map<String, List<DateMention>> dates;
    /** The relations of the state, parsed (a cache: filled from the state after a restore). */
    private transient Map<String, Reuse> parsed;
    /** Work done since this instance opened, for benchmarks: index rebuilds, stories finished, of which renumbered. */
    private transient long replays;
    private transient long finishes;
    private transient long renumbered;
    private transient long settleNanos;

    /** @param refresh how long an unbounded stream waits before new input is clustered; null: at end of input only */
    StoryStage(Duration refresh) {
        this.refreshMillis = refresh == null ? 0 : refresh.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        articles = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("articles", Types.STRING, Types.POJO(Messages.Analyzed.class)));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.STRING, Types.BOOLEAN));
        relations = getRuntimeContext().getMapState(new MapStateDescriptor<>("relations", Types.STRING, Types.STRING));
        emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
        finished = getRuntimeContext().getMapState(new MapStateDescriptor<>("finished", Types.STRING, Types.STRING));
        retired = getRuntimeContext().getMapState(new MapStateDescriptor<>("retired", Types.STRING, Types.INT));
        scheduled = getRuntimeContext().getState(new ValueStateDescriptor<>("scheduled", Types.BOOLEAN));
        engine = Engine.builder().threads(1).build();
        dates = new HashMap<>();
    }

    @Override
    public void processElement1(Messages.Analyzed a, Context ctx, Collector<Messages.Output> out) throws Exception {
        if (articles.contains(a.id)) {
            return; // an id seen again is the same article redelivered: the first copy stands
        }
        a.bands = new long[0];
        a.sentenceKeys = new long[0];
        articles.put(a.id, a);
        pending.put(a.id, true);
        schedule(ctx);
    }

    @Override
    public void processElement2(Messages.Output reuse, Context ctx, Collector<Messages.Output> out) throws Exception {
        relations();
        if (reuse.value == null) {
            relations.remove(reuse.key);
            parsed.remove(reuse.key);
        } else {
            relations.put(reuse.key, reuse.value);
            parsed.put(reuse.key, Codec.read(reuse.value, Reuse.class));
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
        assignPending();
        refresh(out);
    }

    /** Assigns the new articles once each, or rebuilds the index when one sorts before an assigned one. */
    private void assignPending() throws Exception {
        List<Messages.Analyzed> fresh = new ArrayList<>();
        for (String id : pending.keys()) {
            fresh.add(articles.get(id));
        }
        pending.clear();
        fresh.sort(Comparator.comparing((Messages.Analyzed m) -> m.arrival));
        if (index == null || !fresh.isEmpty() && fresh.get(0).arrival.compareTo(lastAssigned) < 0) {
            List<Messages.Analyzed> all = new ArrayList<>();
            articles.values().forEach(all::add);
            all.sort(Comparator.comparing((Messages.Analyzed m) -> m.arrival));
            index = new StoryIndex(SETTINGS);
            lastAssigned = "";
            fresh = all;
            replays++;
        }
        for (Messages.Analyzed m : fresh) {
            index.assign(Codec.read(m.terms, ArticleTerms.class));
            lastAssigned = m.arrival;
        }
    }

    private static String slot(String kind, String key) {
        return kind + "\u0000" + key;
    }

    /** Settles a copy of the index, joins by reuse, finishes the stories that changed and emits what changed. */
    private void refresh(Collector<Messages.Output> out) throws Exception {
        long t0 = CPU.getCurrentThreadCpuTime();
        StoryIndex settled = index.copy();
        settled.settle(StoryClusterer.SETTLE_ROUNDS);
        settleNanos += CPU.getCurrentThreadCpuTime() - t0;
        List<Story> live = new ArrayList<>();
        for (Story st : settled.stories()) {
            if (!settled.evicted(st.id())) {
                live.add(st);
            } else if (articles.contains(st.articles().get(0))) {
                forget(st);
            }
        }
        List<Reuse> reuse = new ArrayList<>(relations().values());
        // detect's order, so that everything downstream sees the relations as analyze does
        reuse.sort(Comparator.comparing(Reuse::copy).thenComparing(Reuse::source));
        List<Story> joined = ReuseLinks.join(live, reuse);

        Map<String, Integer> storyOf = new HashMap<>();
        for (int i = 0; i < joined.size(); i++) {
            for (String id : joined.get(i).articles()) {
                storyOf.put(id, i);
            }
        }
        List<List<Reuse>> within = new ArrayList<>();
        joined.forEach(st -> within.add(new ArrayList<>()));
        for (Reuse r : reuse) {
            Integer a = storyOf.get(r.copy());
            if (a != null && a.equals(storyOf.get(r.source()))) {
                within.get(a).add(r);
            }
        }

        Set<String> current = new HashSet<>();
        joined.forEach(st -> current.add(st.id()));
        Set<String> gone = new TreeSet<>();
        for (String id : finished.keys()) {
            if (!current.contains(id)) {
                gone.add(id);
            }
        }
        Set<String> claimedNow = new HashSet<>();
        for (String id : gone) {
            retract("stories", id, claimedNow, out);
            for (String claim : finished(id).claims) {
                retract("claims", claim, claimedNow, out);
            }
            finished.remove(id);
        }
        // claim ids are numbered across stories in story order (as one build over all would number them): a
        // story is finished again when it changed or when the ids before it that its own ids depend on did
        Map<String, Integer> idsUsed = new HashMap<>();
        retired.entries().forEach(e -> idsUsed.put(e.getKey(), e.getValue()));
        for (int i = 0; i < joined.size(); i++) {
            Story st = joined.get(i);
            String digest = digest(st, within.get(i));
            Finished before = finished.contains(st.id()) ? finished(st.id()) : null;
            if (before != null && before.digest.equals(digest) && before.prior.equals(prior(idsUsed, before.added))) {
                before.added.forEach((base, n) -> idsUsed.merge(base, n, Integer::sum));
            } else {
                finishes++;
                renumbered += before != null && before.digest.equals(digest) ? 1 : 0;
                finish(st, within.get(i), digest, before, idsUsed, claimedNow, out);
            }
        }
    }

    /** Runs {@code analyze}'s stages after clustering over {@code story} alone and emits what changed. */
    private void finish(Story story, List<Reuse> reuse, String digest, Finished before, Map<String, Integer> idsUsed,
            Set<String> claimedNow, Collector<Messages.Output> out) throws Exception {
        List<Messages.Analyzed> held = new ArrayList<>();
        for (String id : story.articles()) {
            held.add(articles.get(id));
        }
        held.sort(Comparator.comparing((Messages.Analyzed m) -> m.order));
        List<Article> inputOrder = new ArrayList<>(held.size());
        Map<String, ArticleFacts> facts = new HashMap<>();
        for (Messages.Analyzed m : held) {
            inputOrder.add(Codec.read(m.article, Article.class));
            facts.put(m.id, Codec.read(m.facts, ArticleFacts.class));
        }
        Map<String, Integer> priorAll = new HashMap<>(idsUsed);
        Analysis analysis = engine.assembleStories(List.of(story), inputOrder, facts, reuse, List.of(), e -> { },
                idsUsed, dates);
        Finished now = new Finished();
        now.digest = digest;
        idsUsed.forEach((base, n) -> {
            int added = n - priorAll.getOrDefault(base, 0);
            if (added > 0) {
                now.added.put(base, added);
            }
        });
        now.prior = prior(priorAll, now.added);
        for (Story st : analysis.stories()) {
            emit(new Messages.Output("stories", st.id(), Codec.write(st)), out);
        }
        for (Claim c : analysis.claims()) {
            now.claims.add(c.id());
            claimedNow.add(c.id());
            emit(new Messages.Output("claims", c.id(), Codec.write(c)), out);
        }
        if (before != null) {
            for (String old : before.claims) {
                retract("claims", old, claimedNow, out);
            }
        }
        finished.put(story.id(), Codec.write(now));
        // failures of the stages run here (date extraction); once reported, an error stands
        analysis.errors().forEach(err -> emit(new Messages.Output("errors", err.source(), Codec.write(err)), out));
    }

    /** The counts in {@code idsUsed} of the bases in {@code bases}: what a story's claim ids were numbered after. */
    private static Map<String, Integer> prior(Map<String, Integer> idsUsed, Map<String, Integer> bases) {
        Map<String, Integer> out = new TreeMap<>();
        bases.keySet().forEach(base -> out.put(base, idsUsed.getOrDefault(base, 0)));
        return out;
    }

    /** Drops what the state holds for a story the index evicted; its outputs stand as last emitted. */
    private void forget(Story evicted) throws Exception {
        Set<String> members = new HashSet<>(evicted.articles());
        for (String id : evicted.articles()) {
            articles.remove(id);
        }
        dates.keySet().removeIf(key -> members.contains(key.substring(0, key.indexOf('\u0000'))));
        List<String> stale = new ArrayList<>();
        relations().forEach((key, r) -> {
            if (members.contains(r.copy()) || members.contains(r.source())) {
                stale.add(key);
            }
        });
        for (String key : stale) {
            relations.remove(key);
            parsed.remove(key);
        }
        if (finished.contains(evicted.id())) {
            Finished f = finished(evicted.id());
            // its claim ids stay taken, so that no later claim overwrites them
            for (Map.Entry<String, Integer> e : f.added.entrySet()) {
                Integer n = retired.get(e.getKey());
                retired.put(e.getKey(), (n == null ? 0 : n) + e.getValue());
            }
            emitted.remove(slot("stories", evicted.id()));
            for (String claim : f.claims) {
                emitted.remove(slot("claims", claim));
            }
            finished.remove(evicted.id());
        }
    }

    private Map<String, Reuse> relations() throws Exception {
        if (parsed == null) {
            parsed = new HashMap<>();
            for (Map.Entry<String, String> r : relations.entries()) {
                parsed.put(r.getKey(), Codec.read(r.getValue(), Reuse.class));
            }
        }
        return parsed;
    }

    private Finished finished(String story) throws Exception {
        return Codec.read(finished.get(story), Finished.class);
    }

    /**
     * Index rebuilds, stories finished, of those finished only because their claim ids moved, and CPU nanoseconds
     * spent copying and settling the index (the part of a refresh that grows with the articles retained).
     */
    long[] work() {
        return new long[] {replays, finishes, renumbered, settleNanos};
    }

    /** How many articles the state holds (those of stories not evicted); for tests. */
    int heldArticles() throws Exception {
        int n = 0;
        for (String ignored : articles.keys()) {
            n++;
        }
        return n;
    }

    private void emit(Messages.Output o, Collector<Messages.Output> out) {
        try {
            String slot = slot(o.kind, o.key);
            String digest = sha256(o.value);
            if (!digest.equals(emitted.get(slot))) {
                emitted.put(slot, digest);
                out.collect(o);
            }
        } catch (Exception e) {
            throw new IllegalStateException("story stage state", e);
        }
    }

    /** Deletes an output, unless a story took its key over in this refresh. */
    private void retract(String kind, String key, Set<String> claimedNow, Collector<Messages.Output> out)
            throws Exception {
        String slot = slot(kind, key);
        if (!(kind.equals("claims") && claimedNow.contains(key)) && emitted.contains(slot)) {
            emitted.remove(slot);
            out.collect(new Messages.Output(kind, key, null));
        }
    }

    /** What a story's finished output depends on: its id, title, members in order and relations among them. */
    private static String digest(Story st, List<Reuse> within) {
        List<String> parts = new ArrayList<>();
        parts.add(Codec.write(st));
        within.forEach(r -> parts.add(Codec.write(r)));
        return sha256(String.join("\n", parts));
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** How a story was last finished: what it depended on, and the claim ids it was given. */
    public static final class Finished {
        /** Digest of the story (id, title, members) and of the relations among its members. */
        public String digest;
        /** Its claim ids, as emitted. */
        public List<String> claims = new ArrayList<>();
        /** Claim id base -> how many ids of it the story took. */
        public Map<String, Integer> added = new TreeMap<>();
        /** Claim id base (of {@code added}) -> how many ids of it stories before this one had taken. */
        public Map<String, Integer> prior = new TreeMap<>();
    }
}
