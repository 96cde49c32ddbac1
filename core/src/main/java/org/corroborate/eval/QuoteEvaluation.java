package org.corroborate.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.Gazetteer;
import org.corroborate.extract.quote.Attribution;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Span;

/**
 * Content F1 and speaker accuracy on PolNeAR (train and dev, reported separately).
 *
 * <p>Matching, attribution by attribution: a predicted content matches a gold content when they overlap by at
 * least half of the shorter one (code points; a discontinuous gold content counts its fragments only).
 * Pairs are made one to one, greedily by Jaccard overlap (ties: earlier gold, then earlier prediction).
 * Content precision = matched / predicted, recall = matched / gold, F1 their harmonic mean. Speaker accuracy:
 * among matched pairs whose gold attribution has a source, the share whose predicted source span overlaps the
 * gold source span. A looser "any overlap" content F1 and the mean Jaccard of matched contents are printed
 * too, so the strictness of the match can be judged. Each text is scored against one annotation (the first
 * annotator's file by name; some train texts have several). On the texts annotated twice the second annotator
 * is scored against the first the same way: the ceiling of this matching, beside our figure on those texts.
 */
public final class QuoteEvaluation implements Evaluation {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String description() {
        return "content F1 and speaker accuracy on PolNeAR";
    }

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String split : List.of("train", "dev")) {
            Path dir = data.resolve(split);
            if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
                throw new IllegalArgumentException("eval quotes: " + dir + " has no text/ and attributions/ folders;"
                        + " give the PolNeAR folder (holding train/ and dev/)");
            }
            Tally t = evaluate(dir, Integer.MAX_VALUE);
            t.print(split, out);
            t.into(split, scores);
            Agreement a = agreement(dir);
            if (a.texts() > 0) {
                out.printf(Locale.ROOT, "  on the %d texts annotated twice: second annotator against the first F1 %.3f,"
                        + " speaker %.3f; ours against the first F1 %.3f, speaker %.3f%n", a.texts(), a.annotators().f1(),
                        a.annotators().speakerAccuracy(), a.ours().f1(), a.ours().speakerAccuracy());
                scores.put(split + ".annotators_f1", a.annotators().f1());
                scores.put(split + ".same_texts_f1", a.ours().f1());
            }
        }
        return new EvalReport(name(), scores);
    }

    /** Annotator agreement and our figure on the same texts, {@code texts} of them. */
    public record Agreement(int texts, Tally annotators, Tally ours) {}

    /**
     * The ceiling of this matching: on the texts of a split that two annotators annotated, the second one's relations
     * scored as predictions against the first one's (a discontinuous content taken as its whole extent, as the
     * extractor gives one span), beside the extractor's own figure against the first annotator on those texts.
     */
    public Agreement agreement(Path split) throws IOException {
        Tally annotators = new Tally();
        Tally ours = new Tally();
        int texts = 0;
        for (Map.Entry<String, List<Path>> e : annotationsByText(split).entrySet()) {
            Path text = split.resolve("text").resolve(e.getKey() + ".txt");
            if (e.getValue().size() < 2 || !Files.isRegularFile(text)) {
                continue;
            }
            texts++;
            Path first = e.getValue().get(0);
            Path second = e.getValue().get(1);
            List<Gold> gold = readGold(Files.readAllLines(first, StandardCharsets.UTF_8), first);
            List<Attribution> other = new ArrayList<>();
            for (Gold g : readGold(Files.readAllLines(second, StandardCharsets.UTF_8), second)) {
                other.add(new Attribution(extent(g.content()), g.source().isEmpty() ? null : extent(g.source()), null,
                        g.sourceText(), null, null, g.speech() ? "indirect" : "belief", !g.speech()));
            }
            annotators.add(match(gold, other));
            ours.add(score(text, first));
        }
        return new Agreement(texts, annotators, ours);
    }

    private static Span extent(List<Span> fragments) {
        int start = fragments.stream().mapToInt(Span::start).min().orElseThrow();
        int end = fragments.stream().mapToInt(Span::end).max().orElseThrow();
        return new Span(start, end);
    }

    /** The annotation files of each text of a split, by text name, in file-name order. */
    private static Map<String, List<Path>> annotationsByText(Path split) throws IOException {
        Map<String, List<Path>> annotations = new TreeMap<>();
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                annotations.computeIfAbsent(n.substring(0, n.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            });
        }
        return annotations;
    }

    /** Scores the first {@code maxDocs} texts (by file name) of one PolNeAR split folder. */
    public Tally evaluate(Path split, int maxDocs) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(maxDocs).toList();
        }
        Map<String, List<Path>> annotations = annotationsByText(split);
        List<Tally> parts = texts.parallelStream().map(p -> {
            String base = p.getFileName().toString().replaceFirst("\\.txt$", "");
            List<Path> ann = annotations.get(base);
            return ann == null ? new Tally() : score(p, ann.get(0));
        }).toList();
        Tally total = new Tally();
        parts.forEach(total::add);
        return total;
    }

    private Tally score(Path textFile, Path annFile) {
        String body;
        List<Gold> gold;
        try {
            body = Files.readString(textFile, StandardCharsets.UTF_8);
            gold = readGold(Files.readAllLines(annFile, StandardCharsets.UTF_8), annFile);
        } catch (IOException e) {
            throw new UncheckedIOException("eval quotes: cannot read " + textFile + " or " + annFile, e);
        }
        String id = textFile.getFileName().toString();
        Article article = new Article(id, textFile.toString(), null, null, List.of(), null, null, false, null, null,
                List.of(), "en", body, List.of(), List.of(), List.of());
        List<EntityMention> names = recognizer.recognize(article);
        List<Attribution> predicted = extractor.attributions(article, names);
        Tally all = match(gold, predicted);
        // the speech view: quotes only (no beliefs) against every gold attribution, recall over speech ones
        Tally speech = match(gold, predicted.stream().filter(a -> !a.belief()).toList());
        all.speechPredicted = speech.predicted;
        all.speechPredictedMatched = speech.matched;
        for (int g = 0; g < gold.size(); g++) {
            if (gold.get(g).speech()) {
                all.speechGold++;
                all.speechGoldMatched += speech.goldMatched[g] ? 1 : 0;
            }
        }
        return all;
    }

    /** Verbs of saying that make a gold attribution speech, whatever cue list the extractor uses. */
    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "says", "said", "saying", "tell",
            "tells", "told", "telling", "add", "adds", "added", "adding", "write", "writes", "wrote", "ask", "asks",
            "asked", "state", "states", "stated", "claim", "claims", "claimed", "announce", "announced", "report",
            "reported", "reports", "note", "noted", "notes", "explain", "explained", "argue", "argued", "argues",
            "according");

    /** One gold attribution: content fragments and source fragments (code points), source text. */
    record Gold(List<Span> content, List<Span> source, String sourceText, boolean speech) {}

    static List<Gold> readGold(List<String> lines, Path file) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            if (!line.startsWith("T") || p.length < 2) {
                continue;
            }
            String[] typeAndRange = p[1].split(" ", 2);
            if (typeAndRange.length < 2) {
                continue;
            }
            List<Span> fragments = new ArrayList<>();
            for (String frag : typeAndRange[1].split(";")) {
                String[] se = frag.trim().split(" ");
                try {
                    fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("eval quotes: " + file + ": bad span in line '" + line + "'", e);
                }
            }
            spans.put(p[0], fragments);
            texts.put(p[0], p.length > 2 ? p[2] : "");
        }
        List<Gold> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("E")) {
                continue;
            }
            String[] p = line.split("\t");
            if (p.length < 2) {
                continue;
            }
            String content = null;
            String source = null;
            String cue = null;
            for (String arg : p[1].split(" ")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                if (role.equals("Content")) {
                    content = arg.substring(colon + 1);
                } else if (role.equals("Source")) {
                    source = arg.substring(colon + 1);
                } else if (role.equals("Cue")) {
                    cue = arg.substring(colon + 1);
                }
            }
            if (content != null && spans.containsKey(content)) {
                String contentText = texts.getOrDefault(content, "");
                String cueWord = cue == null ? "" : texts.getOrDefault(cue, "").strip().toLowerCase(Locale.ROOT)
                        .split("\\s+")[0];
                boolean speech = SAYING.contains(cueWord) || contentText.indexOf('“') >= 0 || contentText.indexOf('"') >= 0
                        || contentText.contains("''");
                out.add(new Gold(spans.get(content), source != null ? spans.getOrDefault(source, List.of()) : List.of(),
                        source != null ? texts.get(source) : null, speech));
            }
        }
        return out;
    }

    static Tally match(List<Gold> gold, List<Attribution> predicted) {
        Tally t = new Tally();
        t.goldMatched = new boolean[gold.size()];
        t.gold = gold.size();
        t.predicted = predicted.size();
        record Pair(int g, int p, double jaccard) {}
        List<Pair> pairs = new ArrayList<>();
        boolean[] anyG = new boolean[gold.size()];
        boolean[] anyP = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            int gLen = length(gold.get(g).content());
            for (int p = 0; p < predicted.size(); p++) {
                Span c = predicted.get(p).content();
                int overlap = overlap(gold.get(g).content(), c);
                if (overlap == 0) {
                    continue;
                }
                anyG[g] = true;
                anyP[p] = true;
                if (overlap * 2 >= Math.min(gLen, c.length())) {
                    pairs.add(new Pair(g, p, overlap / (double) (gLen + c.length() - overlap)));
                }
            }
        }
        pairs.sort((a, b) -> a.jaccard != b.jaccard ? Double.compare(b.jaccard, a.jaccard)
                : a.g != b.g ? Integer.compare(a.g, b.g) : Integer.compare(a.p, b.p));
        boolean[] usedG = new boolean[gold.size()];
        boolean[] usedP = new boolean[predicted.size()];
        for (Pair pair : pairs) {
            if (usedG[pair.g] || usedP[pair.p]) {
                continue;
            }
            usedG[pair.g] = true;
            usedP[pair.p] = true;
            t.goldMatched[pair.g] = true;
            t.matched++;
            t.jaccardSum += pair.jaccard;
            Gold g = gold.get(pair.g);
            Attribution a = predicted.get(pair.p);
            if (!g.source().isEmpty()) {
                t.withSource++;
                if (a.source() != null && overlap(g.source(), a.source()) > 0) {
                    t.sourceRight++;
                } else if (a.speaker() != null && g.sourceText() != null
                        && Gazetteer.key(g.sourceText()).contains(Gazetteer.key(a.speaker()))) {
                    t.sourceNamed++;
                }
            }
        }
        for (boolean b : anyG) {
            t.goldAny += b ? 1 : 0;
        }
        for (boolean b : anyP) {
            t.predictedAny += b ? 1 : 0;
        }
        return t;
    }

    private static int length(List<Span> fragments) {
        int n = 0;
        for (Span s : fragments) {
            n += s.length();
        }
        return n;
    }

    private static int overlap(List<Span> fragments, Span s) {
        int n = 0;
        for (Span f : fragments) {
            n += Math.max(0, Math.min(f.end(), s.end()) - Math.max(f.start(), s.start()));
        }
        return n;
    }

    /** Counts of one run; figures derive from them. */
    public static final class Tally {
        int gold;
        int predicted;
        int matched;
        double jaccardSum;
        int withSource;
        int sourceRight;
        int sourceNamed;
        int goldAny;
        int predictedAny;
        int speechGold;
        int speechGoldMatched;
        int speechPredicted;
        int speechPredictedMatched;
        boolean[] goldMatched = new boolean[0];

        void add(Tally o) {
            gold += o.gold;
            predicted += o.predicted;
            matched += o.matched;
            jaccardSum += o.jaccardSum;
            withSource += o.withSource;
            sourceRight += o.sourceRight;
            sourceNamed += o.sourceNamed;
            goldAny += o.goldAny;
            predictedAny += o.predictedAny;
            speechGold += o.speechGold;
            speechGoldMatched += o.speechGoldMatched;
            speechPredicted += o.speechPredicted;
            speechPredictedMatched += o.speechPredictedMatched;
        }

        /** Quotes (speech attributions) only: precision against all gold, recall over gold speech attributions. */
        public double speechF1() {
            double p = speechPredicted == 0 ? 0 : speechPredictedMatched / (double) speechPredicted;
            double r = speechGold == 0 ? 0 : speechGoldMatched / (double) speechGold;
            return Scores.f1(p, r);
        }

        public double precision() {
            return predicted == 0 ? 0 : matched / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Scores.f1(p, r);
        }

        /** F1 when any overlap counts: recall over gold touched, precision over predictions touching gold. */
        public double anyOverlapF1() {
            double p = predicted == 0 ? 0 : predictedAny / (double) predicted;
            double r = gold == 0 ? 0 : goldAny / (double) gold;
            return Scores.f1(p, r);
        }

        /** Share of matched attributions with a gold source whose predicted source span overlaps it. */
        public double speakerAccuracy() {
            return withSource == 0 ? 0 : sourceRight / (double) withSource;
        }

        /** As {@link #speakerAccuracy()}, also crediting a resolved speaker name found in the gold source text. */
        public double speakerAccuracyByName() {
            return withSource == 0 ? 0 : (sourceRight + sourceNamed) / (double) withSource;
        }

        public double meanJaccard() {
            return matched == 0 ? 0 : jaccardSum / matched;
        }

        void print(String split, PrintStream out) {
            out.printf(Locale.ROOT, "%s: gold %d, predicted %d, matched %d%n", split, gold, predicted, matched);
            out.printf(Locale.ROOT, "  content P %.3f R %.3f F1 %.3f (any-overlap F1 %.3f, mean Jaccard %.3f)%n",
                    precision(), recall(), f1(), anyOverlapF1(), meanJaccard());
            out.printf(Locale.ROOT, "  speaker accuracy %.3f on %d matched with a source (%.3f crediting names)%n",
                    speakerAccuracy(), withSource, speakerAccuracyByName());
            out.printf(Locale.ROOT, "  speech only (%d of %d gold): P %.3f R %.3f F1 %.3f%n", speechGold, gold,
                    speechPredicted == 0 ? 0 : speechPredictedMatched / (double) speechPredicted,
                    speechGold == 0 ? 0 : speechGoldMatched / (double) speechGold, speechF1());
        }

        void into(String split, Map<String, Double> scores) {
            scores.put(split + ".content_precision", precision());
            scores.put(split + ".content_recall", recall());
            scores.put(split + ".content_f1", f1());
            scores.put(split + ".content_f1_any_overlap", anyOverlapF1());
            scores.put(split + ".speaker_accuracy", speakerAccuracy());
            scores.put(split + ".speaker_accuracy_by_name", speakerAccuracyByName());
            scores.put(split + ".speech_content_f1", speechF1());
        }
    }
}
