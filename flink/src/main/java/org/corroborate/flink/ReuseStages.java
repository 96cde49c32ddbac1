package org.corroborate.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.corroborate.model.Article;
import org.corroborate.model.Reuse;
import org.corroborate.reuse.ReuseDetector;
import org.corroborate.reuse.ReuseDetector.PairRelation;

/**
 * The reuse stage as keyed operators. Candidate pairs come from postings keyed by LSH band and sentence key;
 * each pair is aligned once by {@link ReuseDetector#relate}; the containment rule, which needs a relation's
 * neighbours, is resolved by three operators without a cycle: {@link Neighbours} asks, for every two partners
 * of an article over relations of unknown direction, whether they are related; {@link PairLinks} answers (and
 * answers again when a relation appears later); {@link Apex} applies {@link ReuseDetector#containmentMerges}
 * whenever its inputs change; {@link PairOutput} emits the pair's relation whenever its resolved value changes.
 * The last value per pair equals what {@link ReuseDetector#detect} gives on the same articles.
 */
final class ReuseStages {
    private ReuseStages() {}

    static StateTtlConfig ttl(Duration retention) {
        return StateTtlConfig.newBuilder(retention).build();
    }

    /** Postings of one candidate key: each new article pairs with every earlier one. */
    static final class Candidates extends KeyedProcessFunction<Long, Messages.Posting, Messages.Fetch> {
        private final int maxPosting;
        private final Duration retention;
        private transient ListState<String> ids;
        private transient ValueState<Integer> count;

        Candidates(int maxPosting, Duration retention) {
            this.maxPosting = maxPosting;
            this.retention = retention;
        }

        @Override
        public void open(OpenContext context) {
            ListStateDescriptor<String> idsDescriptor = new ListStateDescriptor<>("postings", Types.STRING);
            idsDescriptor.enableTimeToLive(ttl(retention));
            ids = getRuntimeContext().getListState(idsDescriptor);
            ValueStateDescriptor<Integer> countDescriptor = new ValueStateDescriptor<>("count", Types.INT);
            countDescriptor.enableTimeToLive(ttl(retention));
            count = getRuntimeContext().getState(countDescriptor);
        }

        @Override
        public void processElement(Messages.Posting p, Context ctx, Collector<Messages.Fetch> out) throws Exception {
            int n = count.value() == null ? 0 : count.value();
            // a sentence key held by more than maxPosting articles is boilerplate, as in ReuseDetector.detect
            if (p.sentence && n >= maxPosting) {
                count.update(n + 1);
                return;
            }
            List<String> earlier = new ArrayList<>();
            for (String id : ids.get()) {
                if (id.equals(p.id)) {
                    return;
                }
                earlier.add(id);
            }
            for (String id : earlier) {
                String first = id.compareTo(p.id) < 0 ? id : p.id;
                String second = id.compareTo(p.id) < 0 ? p.id : id;
                out.collect(new Messages.Fetch(first, second, null));
            }
            ids.add(p.id);
            count.update(n + 1);
        }
    }

    /** A pair found under several keys is aligned once: the first request sends for both articles. */
    static final class PairDedupe extends KeyedProcessFunction<String, Messages.Fetch, Messages.Fetch> {
        private final Duration retention;
        private transient ValueState<Boolean> seen;

        PairDedupe(Duration retention) {
            this.retention = retention;
        }

        @Override
        public void open(OpenContext context) {
            ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
            d.enableTimeToLive(ttl(retention));
            seen = getRuntimeContext().getState(d);
        }

        @Override
        public void processElement(Messages.Fetch f, Context ctx, Collector<Messages.Fetch> out) throws Exception {
            if (seen.value() != null) {
                return;
            }
            seen.update(true);
            out.collect(new Messages.Fetch(f.first, f.second, f.first));
            out.collect(new Messages.Fetch(f.first, f.second, f.second));
        }
    }

    /** Each article once, keyed by id; a request arriving before its article waits for it. */
    static final class ArticleStore
            extends KeyedCoProcessFunction<String, Messages.Analyzed, Messages.Fetch, Messages.Fetch> {
        private final Duration retention;
        private transient ValueState<Messages.Analyzed> article;
        private transient ListState<Messages.Fetch> waiting;

        ArticleStore(Duration retention) {
            this.retention = retention;
        }

        @Override
        public void open(OpenContext context) {
            ValueStateDescriptor<Messages.Analyzed> d = new ValueStateDescriptor<>("article", Messages.Analyzed.class);
            d.enableTimeToLive(ttl(retention));
            article = getRuntimeContext().getState(d);
            waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", Messages.Fetch.class));
        }

        @Override
        public void processElement1(Messages.Analyzed a, Context ctx, Collector<Messages.Fetch> out) throws Exception {
            if (article.value() != null) {
                return; // an id seen again is the same article redelivered: the first copy stands
            }
            a.bands = new long[0];
            a.sentenceKeys = new long[0];
            article.update(a);
            for (Messages.Fetch f : waiting.get()) {
                out.collect(filled(f, a));
            }
            waiting.clear();
        }

        @Override
        public void processElement2(Messages.Fetch f, Context ctx, Collector<Messages.Fetch> out) throws Exception {
            Messages.Analyzed a = article.value();
            if (a == null) {
                waiting.add(f);
            } else {
                out.collect(filled(f, a));
            }
        }

        private static Messages.Fetch filled(Messages.Fetch f, Messages.Analyzed a) {
            Messages.Fetch r = new Messages.Fetch(f.first, f.second, f.wanted);
            r.article = a.article;
            return r;
        }
    }

    /** Aligns a pair once both articles are in. */
    static final class Align extends KeyedProcessFunction<String, Messages.Fetch, Messages.Relation> {
        private transient ValueState<Messages.Fetch> half;
        private transient ReuseDetector detector;

        @Override
        public void open(OpenContext context) {
            half = getRuntimeContext().getState(new ValueStateDescriptor<>("half", Messages.Fetch.class));
            detector = new ReuseDetector();
        }

        @Override
        public void processElement(Messages.Fetch f, Context ctx, Collector<Messages.Relation> out) throws Exception {
            Messages.Fetch other = half.value();
            if (other == null) {
                half.update(f);
                return;
            }
            half.clear();
            Messages.Fetch first = f.wanted.equals(f.first) ? f : other;
            Messages.Fetch second = first == f ? other : f;
            PairRelation r = detector.relate(Codec.read(first.article, Article.class),
                    Codec.read(second.article, Article.class))
                    .orElse(null);
            if (r == null) {
                return;
            }
            Messages.Relation m = new Messages.Relation();
            m.first = r.first();
            m.second = r.second();
            m.directionKnown = r.directionKnown();
            m.firstSentences = r.firstSentences();
            m.secondSentences = r.secondSentences();
            m.json = Codec.write(r);
            out.collect(m);
        }
    }

    /** The relations of unknown direction of one article, seen from it. */
    static List<Messages.Edge> edges(Messages.Relation r) {
        if (r.directionKnown) {
            return List.of();
        }
        return List.of(new Messages.Edge(r.first, r.second, r.firstSentences),
                new Messages.Edge(r.second, r.first, r.secondSentences));
    }

    /** For every two partners of an article over undecided relations, asks whether they are related. */
    static final class Neighbours extends KeyedProcessFunction<String, Messages.Edge, Messages.Wedge> {
        private transient MapState<String, Boolean> partners;

        @Override
        public void open(OpenContext context) {
            partners = getRuntimeContext().getMapState(new MapStateDescriptor<>("partners", Types.STRING, Types.BOOLEAN));
        }

        @Override
        public void processElement(Messages.Edge e, Context ctx, Collector<Messages.Wedge> out) throws Exception {
            if (partners.contains(e.partner)) {
                return;
            }
            for (String c : partners.keys()) {
                out.collect(new Messages.Wedge(e.apex, e.partner, c, false));
            }
            partners.put(e.partner, true);
        }
    }

    /** Answers whether a pair is related, to every apex that asked, now and when the relation appears. */
    static final class PairLinks
            extends KeyedCoProcessFunction<String, Messages.Relation, Messages.Wedge, Messages.Wedge> {
        private transient ValueState<Boolean> related;
        private transient ListState<Messages.Wedge> asked;

        @Override
        public void open(OpenContext context) {
            related = getRuntimeContext().getState(new ValueStateDescriptor<>("related", Types.BOOLEAN));
            asked = getRuntimeContext().getListState(new ListStateDescriptor<>("asked", Messages.Wedge.class));
        }

        @Override
        public void processElement1(Messages.Relation r, Context ctx, Collector<Messages.Wedge> out) throws Exception {
            if (related.value() != null) {
                return;
            }
            related.update(true);
            for (Messages.Wedge w : asked.get()) {
                out.collect(new Messages.Wedge(w.apex, w.b, w.c, true));
            }
            asked.clear();
        }

        @Override
        public void processElement2(Messages.Wedge w, Context ctx, Collector<Messages.Wedge> out) throws Exception {
            boolean isRelated = related.value() != null;
            if (!isRelated) {
                asked.add(w);
            }
            out.collect(new Messages.Wedge(w.apex, w.b, w.c, isRelated));
        }
    }

    /** Applies the containment rule at one article whenever its relations or their links change. */
    static final class Apex extends KeyedCoProcessFunction<String, Messages.Edge, Messages.Wedge, Messages.Verdict> {
        private transient MapState<String, int[]> edges;
        /** Pair of partners -> related; a pair not yet answered counts as related (no verdict on a guess). */
        private transient MapState<String, Boolean> links;
        private transient MapState<String, Boolean> verdicts;

        @Override
        public void open(OpenContext context) {
            edges = getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("edges", String.class, int[].class));
            links = getRuntimeContext().getMapState(new MapStateDescriptor<>("links", Types.STRING, Types.BOOLEAN));
            verdicts = getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("verdicts", Types.STRING, Types.BOOLEAN));
        }

        @Override
        public void processElement1(Messages.Edge e, Context ctx, Collector<Messages.Verdict> out) throws Exception {
            edges.put(e.partner, e.sentences);
            decide(e.apex, out);
        }

        @Override
        public void processElement2(Messages.Wedge w, Context ctx, Collector<Messages.Verdict> out) throws Exception {
            links.put(w.pair(), w.related);
            decide(w.apex, out);
        }

        private void decide(String apex, Collector<Messages.Verdict> out) throws Exception {
            Map<String, int[]> undecided = new HashMap<>();
            for (Map.Entry<String, int[]> e : edges.entries()) {
                undecided.put(e.getKey(), e.getValue());
            }
            Map<String, Boolean> known = new HashMap<>();
            for (Map.Entry<String, Boolean> e : links.entries()) {
                known.put(e.getKey(), e.getValue());
            }
            Set<String> merges = ReuseDetector.containmentMerges(undecided,
                    (b, c) -> known.getOrDefault(Messages.pair(b, c), true));
            for (String partner : undecided.keySet()) {
                boolean contained = merges.contains(partner);
                Boolean before = verdicts.get(partner);
                if (before == null ? contained : before != contained) {
                    verdicts.put(partner, contained);
                    out.collect(new Messages.Verdict(apex, partner, contained));
                }
            }
        }
    }

    /** A pair's relation as output: emitted whenever the containment verdicts change its resolved value. */
    static final class PairOutput
            extends KeyedCoProcessFunction<String, Messages.Relation, Messages.Verdict, Messages.Output> {
        private transient ValueState<String> relation;
        private transient MapState<String, Boolean> merges;
        private transient ValueState<String> emitted;

        @Override
        public void open(OpenContext context) {
            relation = getRuntimeContext().getState(new ValueStateDescriptor<>("relation", Types.STRING));
            merges = getRuntimeContext().getMapState(new MapStateDescriptor<>("merges", Types.STRING, Types.BOOLEAN));
            emitted = getRuntimeContext().getState(new ValueStateDescriptor<>("emitted", Types.STRING));
        }

        @Override
        public void processElement1(Messages.Relation r, Context ctx, Collector<Messages.Output> out) throws Exception {
            relation.update(r.json);
            emit(ctx.getCurrentKey(), out);
        }

        @Override
        public void processElement2(Messages.Verdict v, Context ctx, Collector<Messages.Output> out) throws Exception {
            merges.put(v.merge, v.contained);
            emit(ctx.getCurrentKey(), out);
        }

        private void emit(String pair, Collector<Messages.Output> out) throws Exception {
            if (relation.value() == null) {
                return; // a verdict can overtake its relation; the relation's arrival emits
            }
            PairRelation r = Codec.read(relation.value(), PairRelation.class);
            Reuse resolved = r.resolved(Boolean.TRUE.equals(merges.get(r.first())),
                    Boolean.TRUE.equals(merges.get(r.second())));
            String json = Codec.write(resolved);
            if (!json.equals(emitted.value())) {
                emitted.update(json);
                out.collect(new Messages.Output("reuse", pair.replace('\u0000', '\t'), json));
            }
        }
    }
}
