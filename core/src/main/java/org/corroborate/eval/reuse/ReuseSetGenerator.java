package org.corroborate.eval.reuse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.eval.EcbCorpus;
import org.corroborate.fingerprint.Words;
import org.corroborate.model.Article;
import org.corroborate.model.Span;
import org.corroborate.reuse.QuoteMask;

/**
 * Builds a reuse evaluation set from ECB+ (seeded, deterministic).
 *
 * <p>Implementation notes. Real ECB+ documents about the same event come from different outlets; each such
 * pair is screened for genuinely shared prose before it may serve as a hard negative: the longest run of
 * consecutive words outside quotation marks that the two share decides — {@code NATURAL_RUN} words or more is
 * shared prose (labelled positive, direction unknown), {@code AMBIGUOUS_RUN} to one less is left out of
 * scoring, shorter is an independent pair. Positives are then made from real documents that share prose with
 * nothing, each used once, by documented transformations: republication (new outlet wrapper, house style
 * U.S.→US, percent, Mr., light edits: a word dropped, "said" → "says", a comma removed), trim (the first 50 to 80
 * per cent of sentences, one more dropped inside), merge (the leading sentences of two independent reports of
 * the same event), figures (a republication with one to three numbers and possibly a hedge changed) and
 * paraphrase (a republication in which {@code PARAPHRASE_RATE} of the quote-free sentences of eight words or more
 * are rewritten by {@link Paraphraser}: clauses reordered, adjuncts dropped, synonyms substituted). Copies
 * get metadata the way real republications do, drawn at random: a credit line naming the source outlet and a
 * later time, a later time only, a credit only, or nothing (their direction is then not knowable; a merge's
 * direction is knowable from its structure).
 */
public final class ReuseSetGenerator {
    public static final long DEFAULT_SEED = 20241031L;
    static final int NATURAL_RUN = 15;
    static final int AMBIGUOUS_RUN = 8;
    static final int MAX_PARAGRAPH = 3;
    /** Share of a paraphrase copy's quote-free sentences of eight words or more that are rewritten. */
    static final double PARAPHRASE_RATE = 0.9;
    private static final String[][] HOUSE_STYLE = {{"U.S.", "US"}, {"U.N.", "UN"}, {"U.K.", "UK"},
            {" per cent", " percent"}, {"Mr. ", "Mr "}, {"Mrs. ", "Mrs "}, {"Dr. ", "Dr "}, {"%", " percent"}};
    private static final String[] WRAPPERS = {"This story was republished under a syndication agreement.",
            "Read more stories like this in our daily newsletter.", "Sign up for breaking news alerts from us.",
            "Share this article with your friends and family."};
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d{1,3}(,\\d{3})+(?![\\w,])|(?<![\\w.,])\\d+(?![\\w.,]\\d)");

    private final long seed;

    public ReuseSetGenerator(long seed) {
        this.seed = seed;
    }

    public ReuseSet generate(List<EcbCorpus.Doc> docs) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        Map<String, EcbCorpus.Doc> byId = new LinkedHashMap<>();
        for (EcbCorpus.Doc d : docs) {
            if (d.sentences().size() < 2) {
                continue;
            }
            byId.put(d.id(), d);
            String published = String.format("2013-%02d-%02dT%02d:00:00Z", 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24));
            articles.add(article(d.id(), "Desk " + d.id(), published, List.of(), d.sentences()));
        }
        Map<String, Article> articleById = new HashMap<>();
        articles.forEach(a -> articleById.put(a.id(), a));

        Map<String, ReuseSet.Positive> positives = new LinkedHashMap<>();
        Set<String> ignored = new HashSet<>();
        Set<String> sameEvent = new HashSet<>();
        Set<String> sharing = new HashSet<>();
        List<Article> real = List.copyOf(articles);
        for (int x = 0; x < real.size(); x++) {
            for (int y = x + 1; y < real.size(); y++) {
                Article a = real.get(x);
                Article b = real.get(y);
                if (!byId.get(a.id()).event().equals(byId.get(b.id()).event())) {
                    continue;
                }
                String key = ReuseSet.key(a.id(), b.id());
                sameEvent.add(key);
                int run = longestNarrativeRun(a.body(), b.body());
                if (run >= NATURAL_RUN) {
                    String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
                    positives.put(key, new ReuseSet.Positive(first, first.equals(a.id()) ? b.id() : a.id(),
                            "natural", false, Double.NaN, Map.of(), Map.of(), Set.of()));
                }
                if (run >= AMBIGUOUS_RUN && run < NATURAL_RUN) {
                    ignored.add(key);
                }
                if (run >= AMBIGUOUS_RUN) {
                    sharing.add(a.id());
                    sharing.add(b.id());
                }
            }
        }
        int natural = positives.size();

        // sources: real documents that share prose with nothing, long enough to transform, in a seeded order
        List<EcbCorpus.Doc> pool = new ArrayList<>(byId.values().stream()
                .filter(d -> !sharing.contains(d.id()) && d.sentences().size() >= 6).toList());
        java.util.Collections.shuffle(pool, random);
        int next = 0;
        int made = 0;
        // paraphrase twice per round: word matching aligns most rewritten sentences, so the few it misses (what
        // paraphrase alignment is scored on) need the larger sample
        String[] kinds = {"republication", "paraphrase", "trim", "figures", "merge", "paraphrase"};
        while (next < pool.size() && made < 400) {
            String kind = kinds[made % kinds.length];
            EcbCorpus.Doc src = pool.get(next++);
            String copyId = "copy-" + made + "-" + src.id();
            if (kind.equals("merge")) {
                int partner = next;
                while (partner < pool.size() && !pool.get(partner).event().equals(src.event())) {
                    partner++;
                }
                if (partner == pool.size()) {
                    continue;
                }
                EcbCorpus.Doc other = pool.remove(partner);
                // the leading body sentences of each: headline and date lines are skipped
                Set<Integer> fromA = leading(src, 2 + random.nextInt(3));
                Set<Integer> fromB = leading(other, 2 + random.nextInt(3));
                if (fromA.size() < 2 || fromB.size() < 2) {
                    continue;
                }
                List<String> sentences = new ArrayList<>();
                fromA.forEach(i -> sentences.add(src.sentences().get(i)));
                fromB.forEach(i -> sentences.add(other.sentences().get(i)));
                boolean credits = random.nextBoolean();
                Article merged = article(copyId, "Desk " + copyId, null,
                        credits ? List.of("Desk " + src.id(), "Desk " + other.id()) : List.of(), sentences);
                articles.add(merged);
                Map<Integer, Integer> originsA = new LinkedHashMap<>();
                fromA.forEach(i -> originsA.put(originsA.size(), i));
                Map<Integer, Integer> originsB = new LinkedHashMap<>();
                fromB.forEach(i -> originsB.put(fromA.size() + originsB.size(), i));
                positives.put(ReuseSet.key(copyId, src.id()), new ReuseSet.Positive(copyId, src.id(), "merge",
                        true, coverage(articleById.get(src.id()), fromA), Map.of(), originsA, Set.of()));
                positives.put(ReuseSet.key(copyId, other.id()), new ReuseSet.Positive(copyId, other.id(), "merge",
                        true, coverage(articleById.get(other.id()), fromB), Map.of(), originsB, Set.of()));
                made++;
                continue;
            }
            List<String> kept = new ArrayList<>(src.sentences());
            Set<Integer> keptIndex = new HashSet<>();
            for (int i = 0; i < kept.size(); i++) {
                keptIndex.add(i);
            }
            if (kind.equals("trim")) {
                int keep = Math.max(3, (int) Math.round(kept.size() * (0.5 + 0.3 * random.nextDouble())));
                for (int i = kept.size() - 1; i >= keep; i--) {
                    keptIndex.remove(i);
                }
                int inner = 1 + random.nextInt(keep - 1);
                keptIndex.remove(inner);
            }
            List<String> body = new ArrayList<>();
            Map<Integer, Integer> origins = new LinkedHashMap<>();
            Set<Integer> rewritten = new java.util.TreeSet<>();
            Map<String, String> figures = new LinkedHashMap<>();
            int figureBudget = kind.equals("figures") ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < kept.size(); i++) {
                if (!keptIndex.contains(i)) {
                    continue;
                }
                String s = restyle(kept.get(i), random);
                if (figureBudget > 0) {
                    String changed = alterFigure(s, random, figures);
                    if (!changed.equals(s)) {
                        figureBudget--;
                        s = changed;
                    }
                }
                if (kind.equals("paraphrase") && random.nextDouble() < PARAPHRASE_RATE
                        && QuoteMask.of(s).isEmpty() && s.split(" ").length >= 8) {
                    String p = Paraphraser.rewrite(s, random);
                    if (p != null) {
                        rewritten.add(body.size());
                        s = p;
                    }
                }
                origins.put(body.size(), i);
                body.add(s);
            }
            if (kind.equals("figures") && figures.isEmpty() || kind.equals("paraphrase") && rewritten.isEmpty()) {
                continue;
            }
            body.add(WRAPPERS[random.nextInt(WRAPPERS.length)]);
            Article source = articleById.get(src.id());
            int meta = random.nextInt(4);
            String published = meta <= 1 ? later(source.published(), random) : null;
            List<String> credits = meta == 0 || meta == 2 ? List.of(source.outlet()) : List.of();
            articles.add(article(copyId, "Desk " + copyId, published, credits, body));
            positives.put(ReuseSet.key(copyId, src.id()), new ReuseSet.Positive(copyId, src.id(), kind, meta < 3,
                    coverage(source, keptIndex), figures, origins, rewritten));
            made++;
        }
        return new ReuseSet(articles, positives, ignored, sameEvent, natural);
    }

    /**
     * An article of the given sentences. ECB+ keeps no paragraph breaks: a paragraph ends after a sentence
     * where no quotation is left open, or after {@code MAX_PARAGRAPH} sentences, so a stray quotation mark in
     * the source text cannot swallow the rest of the document.
     */
    static Article article(String id, String outlet, String published, List<String> credits, List<String> sentences) {
        StringBuilder body = new StringBuilder();
        int[][] at = new int[sentences.size()][];
        int inParagraph = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                String sofar = body.substring(body.lastIndexOf("\n") + 1);
                boolean open = QuoteMask.of(sofar).get(Math.max(0, sofar.length() - 1));
                boolean newParagraph = !open || inParagraph >= MAX_PARAGRAPH;
                body.append(newParagraph ? '\n' : ' ');
                inParagraph = newParagraph ? 0 : inParagraph;
            }
            at[i] = new int[] {body.length(), body.length() + sentences.get(i).length()};
            body.append(sentences.get(i));
            inParagraph++;
        }
        String text = body.toString();
        List<Span> spans = new ArrayList<>();
        for (int[] r : at) {
            spans.add(Span.ofChars(text, r[0], r[1]));
        }
        return new Article(id, id, null, outlet, List.of(), null, published, false, null, null, credits, "eng",
                text, List.of(), spans, List.of());
    }

    private static String restyle(String sentence, Random random) {
        String s = sentence;
        for (String[] rule : HOUSE_STYLE) {
            s = s.replace(rule[0], rule[1]);
        }
        double edit = random.nextDouble();
        if (edit < 0.1) {
            s = s.replaceFirst(" said ", " says ");
        } else if (edit < 0.2) {
            s = s.replaceFirst(", ", " ");
        } else if (edit < 0.3) {
            // drop one short word (not a number) from the middle
            String[] w = s.split(" ");
            if (w.length > 8) {
                int i = 2 + random.nextInt(w.length - 4);
                if (!w[i].matches(".*\\d.*") && w[i].matches("\\p{L}{2,6}")) {
                    List<String> l = new ArrayList<>(List.of(w));
                    l.remove(i);
                    s = String.join(" ", l);
                }
            }
        }
        return s;
    }

    private static String alterFigure(String sentence, Random random, Map<String, String> figures) {
        BitSet quoted = QuoteMask.of(sentence);
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String n = m.group();
            if (quoted.get(m.start()) || figures.containsKey(n)) {
                continue;
            }
            long value = Long.parseLong(n.replace(",", ""));
            if (value >= 1900 && value <= 2030 && !n.contains(",")) {
                continue; // a year, not a figure
            }
            long changed = value + 1 + random.nextInt((int) Math.max(2, value / 4));
            String out = n.contains(",") ? String.format("%,d", changed) : Long.toString(changed);
            figures.put(n, out);
            return sentence.substring(0, m.start()) + out + sentence.substring(m.end());
        }
        return sentence;
    }

    private static String later(String published, Random random) {
        return java.time.OffsetDateTime.parse(published).plusHours(1 + random.nextInt(30)).toString();
    }

    /** Indices of the first {@code n} sentences of eight words or more (in order). */
    private static Set<Integer> leading(EcbCorpus.Doc d, int n) {
        Set<Integer> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < d.sentences().size() && out.size() < n; i++) {
            if (d.sentences().get(i).split(" ").length >= 8) {
                out.add(i);
            }
        }
        return out;
    }

    /** The share of an article's narrative words that lie in the sentences {@code kept}. */
    static double coverage(Article a, Set<Integer> kept) {
        BitSet quoted = QuoteMask.of(a.body());
        int total = 0;
        int covered = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            Span s = a.sentences().get(i);
            int[] n = {0};
            int from = a.body().offsetByCodePoints(0, s.start());
            int to = a.body().offsetByCodePoints(from, s.length());
            Words.scan(a.body(), from, to, (st, e, h) -> {
                if (!quoted.get(st)) {
                    n[0]++;
                }
            });
            total += n[0];
            if (kept.contains(i)) {
                covered += n[0];
            }
        }
        return total == 0 ? 0 : covered / (double) total;
    }

    /** The longest run of consecutive words, outside quotes in both texts, that the two texts share. */
    static int longestNarrativeRun(String a, String b) {
        long[] x = narrativeWords(a);
        long[] y = narrativeWords(b);
        int best = 0;
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                cur[j] = x[i - 1] == y[j - 1] && x[i - 1] != 0 ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    /** Word hashes of a text, a quoted word replaced by 0 (which never matches). */
    private static long[] narrativeWords(String text) {
        BitSet quoted = QuoteMask.of(text);
        List<Long> out = new ArrayList<>();
        Words.scan(text, 0, text.length(), (s, e, h) -> out.add(quoted.get(s) ? 0L : h));
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
