package org.corroborate.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Story;
import org.corroborate.util.Validate;

/**
 * Streaming story clustering: articles arrive one at a time and each joins the most similar story or opens a
 * new one. Not thread-safe: one writer; {@link StoryClusterer} reads texts in parallel and feeds it in order.
 *
 * <p>Implementation notes. Single-pass centroid clustering as in topic detection and tracking (Allan, Papka and
 * Lavrenko, SIGIR 1998; Yang, Pierce and Carbonell, SIGIR 1998), with these parts:
 * <ul>
 * <li>Similarity is the cosine of tf-idf vectors, idf estimated online from the articles seen so far (refreshed
 * whenever the count grows by 5%, so the cost stays linear). A story's centroid is the sum of its members' unit
 * vectors, cut to its heaviest terms.
 * <li>Candidates come from an inverted index over each story's heaviest centroid terms: the article's heaviest
 * terms are looked up, stories are ranked by the summed weight of the terms they share, and only the best few
 * are scored exactly. Postings are cleaned lazily (a story re-indexed under other terms, merged or evicted is
 * dropped from a list when the list is next read), so an update never scans a list.
 * <li>Time: a story is live while the article's date is within {@code window} of the story's date span;
 * undated articles take the stream's latest date. A faded story can still take an article at the stricter
 * {@code reviveThreshold}; after {@code retention} it leaves the index (its id still resolves).
 * <li>Merge: once an article joins a story, that story's centroid is matched against the index; a story at
 * {@code mergeThreshold} or more is merged, the older one surviving. The absorbed id resolves to the survivor.
 * A fragment (fewer articles than a split may cut off) merges at the lower {@code fragmentMergeThreshold}: it is
 * left over by the arrival order, not found by a split, and a shuffled stream leaves many such fragments.
 * Either way the mean cosine across the two stories must reach {@code mergeFloor}: the ratio is relative, and two
 * loose stories of one theme (opinion pieces on taxes) have a high ratio at a low absolute similarity.
 * <li>Split: when a story has grown by half since its last check, its members are bisected by 2-means from
 * several starting points (a member spread over the arrival order and the member least like it), each refined
 * by leave-one-out moves (a member moves when it is more like the other half than like its own half without
 * itself); of the bisections with both halves of at least {@code minSplitSize}, the one with the lowest
 * cohesion ratio is kept, and if that ratio is below {@code splitThreshold}, the half without the first article
 * becomes a new story. One 2-means run from the first article mostly cut off outliers; the best of several
 * starts finds two events of one kind (two arrests of different players of one team) when a story has drifted
 * onto both.
 * </ul>
 * Ties are broken by story age, so the same input order always gives the same stories.
 */
public final class StoryIndex {
    /** The time of an undated article or story. */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** How many starting points the bisection of a story tries (members spread evenly over its arrival order). */
    private static final int SPLIT_SEEDS = 16;

    private final StorySettings settings;
    private final StoryTerms reader;
    private final StoryIds ids = new StoryIds();
    private final long windowMillis;
    private final long retentionMillis;

    private final Map<String, Integer> termIds = new HashMap<>();
    private int[] df = new int[1024];
    private float[] idf = new float[1024];
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    private int documents;
    private int idfRefreshedAt;

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, Node> byArticle = new HashMap<>();
    private final PriorityQueue<long[]> expiry = new PriorityQueue<>(
            Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
    private long clock = NO_TIME;
    private int queryStamp;
    private int arrivals;

    public StoryIndex(StorySettings settings) {
        this.settings = Validate.notNull(settings, "settings");
        this.reader = new StoryTerms(settings);
        this.windowMillis = settings.window().toMillis();
        this.retentionMillis = settings.retention().toMillis();
    }

    /** A deep copy of {@code other}: the copy and the original then evolve independently. */
    private StoryIndex(StoryIndex other) {
        this(other.settings);
        ids.copyFrom(other.ids);
        termIds.putAll(other.termIds);
        df = other.df.clone();
        idf = other.idf.clone();
        postings = new int[other.postings.length][];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = other.postings[t] == null ? null : other.postings[t].clone();
        }
        postingSizes = other.postingSizes.clone();
        documents = other.documents;
        idfRefreshedAt = other.idfRefreshedAt;
        for (Node n : other.nodes) {
            Node c = new Node(n.seq, n.id);
            c.members.addAll(n.members);
            c.centroid = n.centroid;
            c.indexed = n.indexed;
            c.first = n.first;
            c.last = n.last;
            c.evicted = n.evicted;
            c.frozenTitle = n.frozenTitle;
            c.checkedSize = n.checkedSize;
            nodes.add(c);
            byId.put(c.id, c);
        }
        for (Node n : other.nodes) {
            if (n.absorbedInto != null) {
                nodes.get(n.seq).absorbedInto = nodes.get(n.absorbedInto.seq);
            }
        }
        other.byArticle.forEach((article, n) -> byArticle.put(article, nodes.get(n.seq)));
        expiry.addAll(other.expiry);
        clock = other.clock;
        arrivals = other.arrivals;
    }

    /**
     * An independent copy (vectors are shared, they never change). A streaming caller settles a copy to show
     * settled stories while the index itself goes on taking articles exactly as a batch run would.
     */
    public StoryIndex copy() {
        return new StoryIndex(this);
    }

    public StorySettings settings() {
        return settings;
    }

    /** Reads {@code article} and assigns it; {@code facts} may be null. */
    public StoryAssignment assign(Article article, ArticleFacts facts) {
        Validate.notNull(article, "article");
        return assign(reader.extract(article, facts));
    }

    /** Assigns an article already read by {@link StoryTerms} (the same path as {@link #assign(Article, ArticleFacts)}). */
    public StoryAssignment assign(ArticleTerms terms) {
        Validate.notNull(terms, "terms");
        Validate.notNull(terms.article(), "article id");
        if (byArticle.containsKey(terms.article())) {
            throw new IllegalArgumentException("article " + terms.article() + " was already assigned to a story");
        }
        if (terms.time() != NO_TIME) {
            clock = clock == NO_TIME ? terms.time() : Math.max(clock, terms.time());
        }
        long now = terms.time() != NO_TIME ? terms.time() : clock;
        Member member = new Member(terms.article(), terms.title(), readable(terms.title()) ? null : terms.lead(),
                vectorOf(terms), terms.time(), arrivals++);

        Node best = null;
        double bestSim = -1;
        boolean bestFaded = false;
        for (Node c : candidates(member.vector, null)) {
            double sim = member.vector.cosine(c.centroid, idf);
            boolean faded = gap(c, now) > windowMillis;
            if (sim >= (faded ? settings.reviveThreshold() : settings.joinThreshold())
                    && (sim > bestSim || sim == bestSim && c.seq < best.seq)) {
                best = c;
                bestSim = sim;
                bestFaded = faded;
            }
        }
        List<String> absorbed = new ArrayList<>();
        List<String> splitOff = new ArrayList<>();
        Node home;
        if (best == null) {
            home = open(List.of(member));
        } else {
            home = best;
            add(home, member);
            Node split = maybeSplit(home);
            if (split != null) {
                splitOff.add(split.id);
            }
            Node holder = byArticle.get(member.article);
            Node merged = maybeMerge(holder);
            if (merged != null) {
                absorbed.add(merged.id);
            }
        }
        evict();
        Node holder = resolveNode(byArticle.get(member.article));
        return new StoryAssignment(member.article, holder.id, best == null, bestFaded,
                best == null ? 1 : bestSim, absorbed, splitOff);
    }

    /** The live id for a story id (itself, or the story it was merged into); empty when never issued. */
    public Optional<String> resolve(String storyId) {
        Node n = byId.get(storyId);
        return n == null ? Optional.empty() : Optional.of(resolveNode(n).id);
    }

    /** The id of the story now holding {@code articleId}; empty when never assigned. */
    public Optional<String> storyOf(String articleId) {
        Node n = byArticle.get(articleId);
        return n == null ? Optional.empty() : Optional.of(resolveNode(n).id);
    }

    /** True when {@code storyId} (resolved through merges) faded beyond the retention and left the index. */
    public boolean evicted(String storyId) {
        Node n = byId.get(storyId);
        return n != null && resolveNode(n).evicted;
    }

    /** Stories not yet evicted whose latest article is within the window of the stream's latest date. */
    public int liveStories() {
        int live = 0;
        for (Node n : nodes) {
            if (n.absorbedInto == null && !n.evicted && !n.members.isEmpty()
                    && (clock == NO_TIME || n.last == NO_TIME || clock - n.last <= windowMillis)) {
                live++;
            }
        }
        return live;
    }

    /** Every story so far (evicted ones too), oldest first, articles in arrival order. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.absorbedInto == null && !n.members.isEmpty()) {
                out.add(new Story(n.id, title(n), n.members.stream().map(Member::article).toList(), List.of()));
            }
        }
        return out;
    }

    // ---- vocabulary and idf

    private SparseVector vectorOf(ArticleTerms terms) {
        documents++;
        int n = terms.weights().size();
        int[] t = new int[n];
        float[] w = new float[n];
        int i = 0;
        for (Map.Entry<String, Float> e : terms.weights().entrySet()) {
            int id = termId(e.getKey());
            df[id]++;
            idf[id] = idfOf(df[id]);
            t[i] = id;
            w[i++] = e.getValue();
        }
        if (documents > idfRefreshedAt + Math.max(1, idfRefreshedAt / 20)) {
            for (int k = 0; k < termIds.size(); k++) {
                idf[k] = idfOf(df[k]);
            }
            idfRefreshedAt = documents;
        }
        return SparseVector.of(t, w, n).truncate(settings.memberTerms(), idf).unit();
    }

    private float idfOf(int docFreq) {
        return (float) Math.pow(Math.log(1 + (double) documents / docFreq), settings.idfExponent());
    }

    private int termId(String term) {
        Integer id = termIds.get(term);
        if (id != null) {
            return id;
        }
        int next = termIds.size();
        if (next == df.length) {
            int cap = next * 2;
            df = Arrays.copyOf(df, cap);
            idf = Arrays.copyOf(idf, cap);
            postings = Arrays.copyOf(postings, cap);
            postingSizes = Arrays.copyOf(postingSizes, cap);
        }
        termIds.put(term, next);
        return next;
    }

    // ---- candidates from the inverted index

    /** Stories sharing the heaviest terms of {@code v}, best first (by shared weight, then age). */
    private List<Node> candidates(SparseVector v, Node exclude) {
        int stamp = ++queryStamp;
        List<Node> touched = new ArrayList<>();
        for (int t : v.topTerms(settings.queryTerms(), idf)) {
            int size = postingSizes[t];
            if (size == 0 || size > settings.maxPostings()) {
                continue;
            }
            float weight = v.weights[Arrays.binarySearch(v.terms, t)] * idf[t];
            int[] list = postings[t];
            int keep = 0;
            for (int i = 0; i < size; i++) {
                Node n = nodes.get(list[i]);
                boolean valid = n.absorbedInto == null && !n.evicted && Arrays.binarySearch(n.indexed, t) >= 0
                        && !(n.stamp == stamp && n.stampTerm == t);
                if (!valid) {
                    continue;
                }
                list[keep++] = list[i];
                if (n == exclude) {
                    continue;
                }
                if (n.stamp != stamp) {
                    n.stamp = stamp;
                    n.shared = 0;
                    touched.add(n);
                }
                n.stampTerm = t;
                n.shared += weight;
            }
            postingSizes[t] = keep;
        }
        return best(touched, settings.maxCandidates());
    }

    /** Orders candidates: more shared weight first, then the older story. */
    private static final Comparator<Node> BY_SHARED = Comparator.<Node>comparingDouble(n -> -n.shared)
            .thenComparingInt(n -> n.seq);

    /**
     * The {@code k} best of {@code touched}, best first, by one pass keeping a sorted top list: with 100,000
     * stories a query touches thousands, and sorting them all was most of the assignment's cost.
     */
    private static List<Node> best(List<Node> touched, int k) {
        if (touched.size() <= k) {
            touched.sort(BY_SHARED);
            return touched;
        }
        Node[] top = new Node[k];
        int size = 0;
        for (Node n : touched) {
            if (size == k && BY_SHARED.compare(n, top[k - 1]) >= 0) {
                continue;
            }
            int at = size == k ? k - 1 : size++;
            while (at > 0 && BY_SHARED.compare(n, top[at - 1]) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = n;
        }
        return Arrays.asList(top);
    }

    private void reindex(Node n) {
        int[] top = n.centroid.topTerms(settings.indexTerms(), idf);
        for (int t : top) {
            if (Arrays.binarySearch(n.indexed, t) < 0) {
                int size = postingSizes[t];
                if (postings[t] == null) {
                    postings[t] = new int[4];
                } else if (size == postings[t].length) {
                    postings[t] = Arrays.copyOf(postings[t], size * 2);
                }
                postings[t][size] = n.seq;
                postingSizes[t] = size + 1;
            }
        }
        n.indexed = top;
    }

    // ---- story updates

    private Node open(List<Member> members) {
        Member first = members.get(0);
        Node n = new Node(nodes.size(), ids.next(first.title, first.lead, first.article));
        nodes.add(n);
        byId.put(n.id, n);
        rebuild(n, members);
        return n;
    }

    private void add(Node n, Member m) {
        n.members.add(m);
        n.edits++;
        byArticle.put(m.article, n);
        n.centroid = n.centroid.combine(1, m.vector, unitScale(m.vector)).truncate(settings.centroidTerms(), idf);
        widen(n, m.time);
        reindex(n);
    }

    private void widen(Node n, long time) {
        if (time == NO_TIME) {
            return;
        }
        n.first = n.first == NO_TIME ? time : Math.min(n.first, time);
        if (n.last == NO_TIME || time > n.last) {
            n.last = time;
            expiry.add(new long[] {time, n.seq});
        }
    }

    /** Milliseconds between {@code time} and the story's date span (0 inside it or when either is undated). */
    private static long gap(Node n, long time) {
        if (time == NO_TIME || n.first == NO_TIME) {
            return 0;
        }
        return time < n.first ? n.first - time : Math.max(0, time - n.last);
    }

    /**
     * Merges into {@code n} (or {@code n} into) the candidate whose members are, on average, nearly as similar
     * to {@code n}'s members as the members of each story are to each other; returns the absorbed story.
     */
    private Node maybeMerge(Node n) {
        Node best = null;
        double bestRatio = -1;
        for (Node c : candidates(n.centroid, n)) {
            if (spanGap(n, c) > windowMillis && n.centroid.cosine(c.centroid, idf) < settings.reviveThreshold()) {
                continue;
            }
            double across = across(n.centroid, n.members.size(), c.centroid, c.members.size());
            if (across < settings.mergeFloor()) {
                continue;
            }
            double ratio = cohesionRatio(across, n.centroid, n.members.size(), c.centroid, c.members.size());
            double need = Math.min(n.members.size(), c.members.size()) < settings.minSplitSize()
                    ? settings.fragmentMergeThreshold() : settings.mergeThreshold();
            if (ratio >= need && (ratio > bestRatio || ratio == bestRatio && c.seq < best.seq)) {
                best = c;
                bestRatio = ratio;
            }
        }
        if (best == null) {
            return null;
        }
        Node survivor = best.seq < n.seq ? best : n;
        Node absorbed = survivor == best ? n : best;
        List<Member> all = new ArrayList<>(survivor.members);
        all.addAll(absorbed.members);
        all.sort(Comparator.comparingInt(Member::order));
        survivor.members.clear();
        survivor.members.addAll(all);
        survivor.edits++;
        for (Member m : absorbed.members) {
            byArticle.put(m.article, survivor);
        }
        survivor.centroid = survivor.centroid.combine(1, absorbed.centroid, 1)
                .truncate(settings.centroidTerms(), idf);
        widen(survivor, absorbed.first);
        widen(survivor, absorbed.last);
        absorbed.absorbedInto = survivor;
        absorbed.members.clear();
        absorbed.centroid = SparseVector.EMPTY;
        absorbed.indexed = new int[0];
        reindex(survivor);
        return absorbed;
    }

    /** The factor that makes {@code v} a unit vector under idf weighting (centroids sum such vectors). */
    private float unitScale(SparseVector v) {
        double norm = v.norm(idf);
        return norm == 0 ? 0 : (float) (1 / norm);
    }

    /**
     * Group-average similarity between two groups relative to within them: the mean cosine across the groups
     * over the mean of their mean cosines within (Voorhees 1986's group average, made size-free by the ratio).
     * {@code a} and {@code b} are sums of idf-unit member vectors. A singleton has no within-similarity, so only
     * the other group's counts; two singletons give the plain cosine.
     */
    private double cohesionRatio(SparseVector a, int na, SparseVector b, int nb) {
        return cohesionRatio(across(a, na, b, nb), a, na, b, nb);
    }

    /** {@link #cohesionRatio(SparseVector, int, SparseVector, int)} given {@code across}, computed by the caller. */
    private double cohesionRatio(double across, SparseVector a, int na, SparseVector b, int nb) {
        double within = 0;
        int groups = 0;
        if (na > 1) {
            within += (a.dot(a, idf) - na) / ((double) na * (na - 1));
            groups++;
        }
        if (nb > 1) {
            within += (b.dot(b, idf) - nb) / ((double) nb * (nb - 1));
            groups++;
        }
        if (groups == 0) {
            return across;
        }
        within /= groups;
        return within <= 0 ? 0 : across / within;
    }

    /** The mean cosine between the members of two groups, given as sums of idf-unit member vectors. */
    private double across(SparseVector a, int na, SparseVector b, int nb) {
        return a.dot(b, idf) / ((double) na * nb);
    }

    private static long spanGap(Node a, Node b) {
        if (a.first == NO_TIME || b.first == NO_TIME) {
            return 0;
        }
        return Math.max(0, Math.max(a.first - b.last, b.first - a.last));
    }

    /** Bisects {@code n} when it has grown enough since the last check; returns the new story split off. */
    private Node maybeSplit(Node n) {
        int size = n.members.size();
        int min = settings.minSplitSize();
        if (size < 2 * min || size < n.checkedSize + Math.max(min, n.checkedSize / 2)) {
            return null;
        }
        n.checkedSize = size;
        return split(n);
    }

    /** Bisects {@code n} if its halves are unlike enough; returns the new story split off, or null. */
    private Node split(Node n) {
        n.splitCheckedAt = n.edits;
        int size = n.members.size();
        int min = settings.minSplitSize();
        List<SparseVector> vectors = new ArrayList<>(size);
        float[] scales = new float[size];
        for (int i = 0; i < size; i++) {
            vectors.add(n.members.get(i).vector);
            scales[i] = unitScale(vectors.get(i));
        }
        boolean[] best = null;
        double bestRatio = settings.splitThreshold();
        int seeds = Math.min(size, SPLIT_SEEDS);
        for (int k = 0; k < seeds; k++) {
            int seed = (int) ((long) k * size / seeds);
            boolean[] inB = bisect(vectors, scales, seed);
            int sizeB = 0;
            for (boolean b : inB) {
                sizeB += b ? 1 : 0;
            }
            if (sizeB < min || size - sizeB < min) {
                continue;
            }
            double ratio = cohesionRatio(SparseVector.sum(vectors, scales, inB, false), size - sizeB,
                    SparseVector.sum(vectors, scales, inB, true), sizeB);
            if (ratio < bestRatio) {
                best = inB;
                bestRatio = ratio;
            }
        }
        if (best == null) {
            return null;
        }
        List<Member> keep = new ArrayList<>();
        List<Member> leave = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            (best[i] == best[0] ? keep : leave).add(n.members.get(i));
        }
        rebuild(n, keep);
        n.edits++;
        return open(leave);
    }

    /**
     * Two-means of the members seeded by member {@code seed} and the member least like it, then refined by
     * leave-one-out moves: a member moves when it is more like the other half than like its own half without
     * itself. The refinement matters for small stories, where a member's own weight holds it in its half.
     */
    private boolean[] bisect(List<SparseVector> vectors, float[] scales, int seed) {
        int size = vectors.size();
        int far = seed;
        double farSim = 2;
        for (int i = 0; i < size; i++) {
            double s = vectors.get(i).cosine(vectors.get(seed), idf);
            if (s < farSim) {
                farSim = s;
                far = i;
            }
        }
        boolean[] inB = new boolean[size];
        SparseVector ca = vectors.get(seed);
        SparseVector cb = vectors.get(far);
        for (int iteration = 0; iteration < 10; iteration++) {
            boolean changed = false;
            for (int i = 0; i < size; i++) {
                SparseVector v = vectors.get(i);
                boolean b = v.cosine(cb, idf) > v.cosine(ca, idf);
                changed |= b != inB[i];
                inB[i] = b;
            }
            ca = SparseVector.sum(vectors, scales, inB, false).truncate(settings.centroidTerms(), idf);
            cb = SparseVector.sum(vectors, scales, inB, true).truncate(settings.centroidTerms(), idf);
            if (!changed && iteration > 0) {
                break;
            }
        }
        for (int pass = 0; pass < 5; pass++) {
            boolean changed = false;
            for (int i = 0; i < size; i++) {
                SparseVector v = vectors.get(i);
                SparseVector own = (inB[i] ? cb : ca).combine(1, v, -scales[i]);
                SparseVector other = inB[i] ? ca : cb;
                if (v.cosine(other, idf) > v.cosine(own, idf)) {
                    if (inB[i]) {
                        cb = own;
                        ca = ca.combine(1, v, scales[i]).truncate(settings.centroidTerms(), idf);
                    } else {
                        ca = own;
                        cb = cb.combine(1, v, scales[i]).truncate(settings.centroidTerms(), idf);
                    }
                    inB[i] = !inB[i];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return inB;
    }

    /** Replaces the members of {@code n}, recomputing its centroid (at the current idf), dates and postings. */
    private void rebuild(Node n, List<Member> members) {
        List<Member> copy = new ArrayList<>(members);
        n.members.clear();
        n.centroid = SparseVector.EMPTY;
        n.first = NO_TIME;
        n.last = NO_TIME;
        for (Member m : copy) {
            n.members.add(m);
            byArticle.put(m.article, n);
            n.centroid = n.centroid.combine(1, m.vector, unitScale(m.vector));
            widen(n, m.time);
        }
        n.centroid = n.centroid.truncate(settings.centroidTerms(), idf);
        n.checkedSize = n.members.size();
        reindex(n);
    }

    /**
     * Revisits the stories in the index with everything seen so far: each article moves to the story it is now
     * closest to (a k-means step, Lloyd 1982, over candidates from the index), then stories merge and split by
     * the same rules as during assignment; repeated until nothing changes (at most {@code rounds} times).
     * Streaming callers run it when they want settled stories (the batch {@link StoryClusterer} runs it at the
     * end); ids keep resolving as during assignment.
     *
     * @return how many articles moved, stories merged or split
     */
    public int settle(int rounds) {
        Validate.positive(rounds, "rounds");
        for (int k = 0; k < termIds.size(); k++) {
            idf[k] = idfOf(df[k]);
        }
        idfRefreshedAt = documents;
        for (Node n : nodes) {
            n.splitCheckedAt = -1;
        }
        int total = 0;
        for (int round = 0; round < rounds; round++) {
            List<Node> live = new ArrayList<>();
            for (Node n : nodes) {
                if (n.absorbedInto == null && !n.evicted && !n.members.isEmpty()) {
                    live.add(n);
                }
            }
            for (Node n : live) {
                rebuild(n, n.members);
            }
            int changes = 0;
            for (Node n : live) {
                for (Member m : List.copyOf(n.members)) {
                    changes += reconsider(m) ? 1 : 0;
                }
            }
            for (Node n : live) {
                if (n.absorbedInto == null && !n.members.isEmpty() && maybeMerge(n) != null) {
                    changes++;
                }
            }
            for (Node n : live) {
                if (n.absorbedInto == null && n.members.size() >= 2 * settings.minSplitSize()
                        && n.splitCheckedAt != n.edits && split(n) != null) {
                    changes++;
                }
            }
            total += changes;
            if (changes == 0) {
                break;
            }
        }
        return total;
    }

    /** Moves {@code m} to the story it is closest to, if that is not its own; true when it moved. */
    private boolean reconsider(Member m) {
        Node own = byArticle.get(m.article);
        float scale = unitScale(m.vector);
        SparseVector rest = own.centroid.combine(1, m.vector, -scale);
        double ownSim = own.members.size() > 1 ? m.vector.cosine(rest, idf) : 0;
        Node best = null;
        double bestSim = Math.max(ownSim, settings.joinThreshold());
        for (Node c : candidates(m.vector, own)) {
            double sim = m.vector.cosine(c.centroid, idf);
            double need = gap(c, m.time) > windowMillis ? Math.max(bestSim, settings.reviveThreshold()) : bestSim;
            if (sim > need || sim == need && best != null && c.seq < best.seq) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) {
            return false;
        }
        own.members.remove(m);
        own.edits++;
        if (own.members.isEmpty()) {
            own.absorbedInto = best;
            own.centroid = SparseVector.EMPTY;
            own.indexed = new int[0];
        } else {
            own.centroid = rest;
            own.first = NO_TIME;
            own.last = NO_TIME;
            own.members.forEach(o -> widen(own, o.time));
            reindex(own);
        }
        int at = 0;
        while (at < best.members.size() && best.members.get(at).order < m.order) {
            at++;
        }
        best.members.add(at, m);
        best.edits++;
        byArticle.put(m.article, best);
        best.centroid = best.centroid.combine(1, m.vector, scale).truncate(settings.centroidTerms(), idf);
        widen(best, m.time);
        reindex(best);
        return true;
    }

    /** Drops from the index the stories whose latest article is older than the retention. */
    private void evict() {
        while (!expiry.isEmpty() && clock - expiry.peek()[0] > retentionMillis) {
            long[] e = expiry.poll();
            Node n = nodes.get((int) e[1]);
            if (n.last != e[0] || n.evicted || n.absorbedInto != null) {
                continue;
            }
            n.frozenTitle = title(n);
            n.evicted = true;
            n.centroid = SparseVector.EMPTY;
            n.indexed = new int[0];
            n.members.replaceAll(m -> new Member(m.article, null, null, SparseVector.EMPTY, m.time, m.order));
        }
    }

    private static Node resolveNode(Node n) {
        while (n.absorbedInto != null) {
            n = n.absorbedInto;
        }
        return n;
    }

    /** The readable title of the member closest to the centroid (the earliest on a tie), else its lead or id. */
    private String title(Node n) {
        if (n.frozenTitle != null) {
            return n.frozenTitle;
        }
        Member best = null;
        double bestSim = -1;
        boolean bestReadable = false;
        for (Member m : n.members) {
            double s = m.vector.cosine(n.centroid, idf);
            boolean readable = readable(m.title) || readable(m.lead);
            if (best == null || readable && !bestReadable || readable == bestReadable && s > bestSim) {
                best = m;
                bestSim = s;
                bestReadable = readable;
            }
        }
        return readable(best.title) ? best.title : best.lead != null ? best.lead
                : best.title != null ? best.title : best.article;
    }

    /** A headline rather than a date line or page furniture: at least three words of letters. */
    private static boolean readable(String text) {
        if (text == null) {
            return false;
        }
        int words = 0;
        for (String w : text.split("\\s+")) {
            if (w.codePoints().filter(Character::isLetter).count() >= 2) {
                words++;
            }
        }
        return words >= 3;
    }

    private record Member(String article, String title, String lead, SparseVector vector, long time, int order) {}

    /** A story's mutable state inside the index. */
    private static final class Node {
        final int seq;
        final String id;
        final List<Member> members = new ArrayList<>(2);
        SparseVector centroid = SparseVector.EMPTY;
        int[] indexed = new int[0];
        long first = NO_TIME;
        long last = NO_TIME;
        Node absorbedInto;
        boolean evicted;
        String frozenTitle;
        int checkedSize;
        /** Membership changes so far; a settle round bisects again only a story changed since its last bisection. */
        int edits;
        int splitCheckedAt = -1;
        int stamp;
        int stampTerm = -1;
        double shared;

        Node(int seq, String id) {
            this.seq = seq;
            this.id = id;
        }
    }
}
