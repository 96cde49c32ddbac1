package org.corroborate.flink;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.corroborate.Engine;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Reuse;
import org.corroborate.model.Story;
import org.corroborate.reuse.ReuseDetector;

/**
 * The story stage. Partitions (publication day x dominant entity, {@link Partitions}) cluster their articles
 * with the engine's story stage ({@link StoryAssigner}); an article related by reuse to an article of another
 * partition also visits that partition as a guest, so the partition of its source can place it too. The merge
 * step joins partition stories that share an article (union-find over shared members) into one story, and
 * fills in reporting chains from the reuse relations with {@link ReuseDetector#withChains}.
 */
final class StoryStages {
    private static final TypeReference<List<Story>> STORIES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> ORDERS = new TypeReference<>() { };

    private StoryStages() {}

    /** One partition's articles, re-clustered (in {@code analyze}'s arrival order) whenever one arrives. */
    static final class PartitionClusterer
            extends KeyedProcessFunction<String, Messages.Analyzed, Messages.PartitionStories> {
        private final StoryAssigner assigner;
        private transient MapState<String, Messages.Analyzed> members;

        PartitionClusterer(StoryAssigner assigner) {
            this.assigner = assigner;
        }

        @Override
        public void open(OpenContext context) {
            members = getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("members", Types.STRING, Types.POJO(Messages.Analyzed.class)));
        }

        @Override
        public void processElement(Messages.Analyzed a, Context ctx, Collector<Messages.PartitionStories> out)
                throws Exception {
            if (members.contains(a.id)) {
                return;
            }
            a.bands = new long[0];
            a.sentenceKeys = new long[0];
            members.put(a.id, a);
            List<Messages.Analyzed> all = new ArrayList<>();
            members.values().forEach(all::add);
            all.sort(Comparator.comparing((Messages.Analyzed m) -> m.order));
            List<Article> articles = new ArrayList<>(all.size());
            Map<String, ArticleFacts> facts = new HashMap<>();
            Map<String, String> orders = new TreeMap<>();
            for (Messages.Analyzed m : all) {
                articles.add(Codec.read(m.article, Article.class));
                facts.put(m.id, Codec.read(m.facts, ArticleFacts.class));
                orders.put(m.id, m.order);
            }
            Messages.PartitionStories s = new Messages.PartitionStories();
            s.partition = ctx.getCurrentKey();
            s.stories = Codec.write(assigner.stories(Engine.arrivalOrder(articles), facts));
            s.orders = Codec.write(orders);
            out.collect(s);
        }
    }

    /**
     * Joins partition stories that share an article and emits each story whenever it changes (a story id
     * that disappears is deleted). Holds ids only, never texts.
     */
    static final class Merge extends KeyedCoProcessFunction<Integer, Messages.PartitionStories, Messages.Output,
            Messages.Output> {
        private transient MapState<String, String> partitions;
        /** Article id -> partitions whose stories hold it. */
        private transient MapState<String, String> homes;
        /** Article id -> its reuse relations ({@code copy\tsource} -> relation without texts), as JSON. */
        private transient MapState<String, String> relations;
        /** Story id -> emitted JSON; article id -> emitted story id. */
        private transient MapState<String, String> emitted;
        private transient MapState<String, String> storyOf;

        @Override
        public void open(OpenContext context) {
            partitions = map("partitions");
            homes = map("homes");
            relations = map("relations");
            emitted = map("emitted");
            storyOf = map("storyOf");
        }

        private MapState<String, String> map(String name) {
            return getRuntimeContext().getMapState(new MapStateDescriptor<>(name, Types.STRING, Types.STRING));
        }

        @Override
        public void processElement1(Messages.PartitionStories p, Context ctx, Collector<Messages.Output> out)
                throws Exception {
            Set<String> touched = new HashSet<>();
            if (partitions.contains(p.partition)) {
                for (Story s : Codec.read(partitions.get(p.partition), STORIES)) {
                    touched.addAll(s.articles());
                }
            }
            partitions.put(p.partition, p.stories + "\u0000" + p.orders);
            for (Story s : Codec.read(p.stories, STORIES)) {
                for (String id : s.articles()) {
                    touched.add(id);
                    Set<String> h = homesOf(id);
                    if (h.add(p.partition)) {
                        homes.put(id, String.join("\u0000", h));
                    }
                }
            }
            refresh(touched, out);
        }

        @Override
        public void processElement2(Messages.Output reuse, Context ctx, Collector<Messages.Output> out)
                throws Exception {
            Reuse r = Codec.read(reuse.value, Reuse.class);
            String slim = Codec.write(new Reuse(r.copy(), r.source(), r.kind(), r.direction(), r.coverageOfSource(),
                    r.coverageOfCopy(), List.of(), List.of()));
            for (String id : List.of(r.copy(), r.source())) {
                Map<String, String> byPair = relationsOf(id);
                byPair.put(reuse.key, slim);
                relations.put(id, Codec.write(byPair));
            }
            refresh(Set.of(r.copy(), r.source()), out);
        }

        private Set<String> homesOf(String id) throws Exception {
            String h = homes.get(id);
            return h == null ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(h.split("\u0000")));
        }

        private Map<String, String> relationsOf(String id) throws Exception {
            String json = relations.get(id);
            return json == null ? new TreeMap<>() : new TreeMap<>(Codec.read(json, ORDERS));
        }

        /** Recomputes every merged story holding one of {@code touched} and emits what changed. */
        private void refresh(Set<String> touched, Collector<Messages.Output> out) throws Exception {
            Map<String, List<Story>> storiesOf = new HashMap<>();
            Map<String, String> order = new HashMap<>();
            Set<String> done = new HashSet<>();
            Set<String> before = new HashSet<>();
            // members of the stories emitted so far for these articles may now belong elsewhere: recompute them too
            Set<String> all = new java.util.TreeSet<>(touched);
            for (String id : touched) {
                String story = storyOf.get(id);
                if (story != null && emitted.contains(story)) {
                    all.addAll(Codec.read(emitted.get(story), Story.class).articles());
                }
            }
            for (String start : all) {
                if (done.contains(start)) {
                    continue;
                }
                // the component of partition stories linked by shared articles
                List<Story> component = new ArrayList<>();
                Set<String> seenStories = new HashSet<>();
                Deque<String> queue = new ArrayDeque<>(List.of(start));
                done.add(start);
                while (!queue.isEmpty()) {
                    String id = queue.poll();
                    if (storyOf.contains(id)) {
                        before.add(storyOf.get(id));
                    }
                    for (String partition : homesOf(id)) {
                        for (Story s : partitionStories(partition, storiesOf, order)) {
                            if (!s.articles().contains(id) || !seenStories.add(partition + "\u0000" + s.id())) {
                                continue;
                            }
                            component.add(s);
                            for (String member : s.articles()) {
                                if (done.add(member)) {
                                    queue.add(member);
                                }
                            }
                        }
                    }
                }
                if (!component.isEmpty()) {
                    Story story = merged(component, order);
                    emit(story, out);
                    before.remove(story.id());
                }
            }
            for (String gone : before) {
                if (emitted.contains(gone) && !stillEmitted(gone)) {
                    emitted.remove(gone);
                    out.collect(new Messages.Output("stories", gone, null));
                }
            }
        }

        private boolean stillEmitted(String storyId) throws Exception {
            Story s = Codec.read(emitted.get(storyId), Story.class);
            for (String id : s.articles()) {
                if (!storyId.equals(storyOf.get(id))) {
                    return false;
                }
            }
            return true;
        }

        private List<Story> partitionStories(String partition, Map<String, List<Story>> cache,
                Map<String, String> order) throws Exception {
            List<Story> cached = cache.get(partition);
            if (cached == null) {
                String[] parts = partitions.get(partition).split("\u0000", 2);
                cached = Codec.read(parts[0], STORIES);
                order.putAll(Codec.read(parts[1], ORDERS));
                cache.put(partition, cached);
            }
            return cached;
        }

        /**
         * One story from partition stories sharing articles: the id and title of the largest (ties: the one
         * whose first article arrived first), members in arrival order.
         */
        private Story merged(List<Story> component, Map<String, String> order) {
            Comparator<Story> firstArrival = Comparator.comparing(s -> order.get(s.articles().get(0)));
            Story lead = component.stream()
                    .max(Comparator.<Story>comparingInt(s -> s.articles().size())
                            .thenComparing(firstArrival.reversed()))
                    .orElseThrow();
            Set<String> members = new LinkedHashSet<>(lead.articles());
            component.stream().sorted(firstArrival).forEach(s -> members.addAll(s.articles()));
            return new Story(lead.id(), lead.title(), new ArrayList<>(members), List.of());
        }

        private void emit(Story story, Collector<Messages.Output> out) throws Exception {
            Map<String, String> pairs = new TreeMap<>();
            for (String id : story.articles()) {
                pairs.putAll(relationsOf(id));
            }
            List<Reuse> reuse = pairs.values().stream().map(j -> Codec.read(j, Reuse.class)).toList();
            Story withChains = new ReuseDetector().withChains(story, reuse);
            String json = Codec.write(withChains);
            for (String id : story.articles()) {
                storyOf.put(id, story.id());
            }
            if (!json.equals(emitted.get(story.id()))) {
                emitted.put(story.id(), json);
                out.collect(new Messages.Output("stories", story.id(), json));
            }
        }
    }
}
