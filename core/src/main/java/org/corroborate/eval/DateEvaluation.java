package org.corroborate.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.extract.date.DateExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.DateMention;

/**
 * TIMEX3 value accuracy and F1 on TempEval-3 (TimeML files: TBAQ-cleaned, or the platinum test set).
 *
 * <p>Scoring follows the TempEval-3 task A definitions (UzZaman et al., 2013): an extracted expression
 * matches a gold TIMEX3 when their extents overlap (relaxed match; strict match needs equal extents, reported
 * too); each gold and extracted expression is matched at most once. Value F1 counts a match as correct when
 * the normalized values are equal, with precision over all extracted expressions and recall over all gold
 * ones; value accuracy is the share of relaxed matches with the right value. The reference date is the
 * document's creation time ({@code <DCT>}); the text is the content of {@code <TEXT>} with its tags removed.
 * All TIMEX3 types count (DATE, TIME, DURATION, SET). A second value F1 keeps only DATE and TIME gold
 * expressions: extracted expressions matched to a DURATION or SET gold are then left out of precision too.
 * The figures are also given per sub-corpus (the folder a file is in: TimeBank, AQUAINT) and per fold of a
 * two-fold document split (alternate files in name order), with the errors by kind, to show whether what works
 * on one part of the data carries to the other.
 */
public final class DateEvaluation implements Evaluation {
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("type=\"([^\"]*)\"");

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String description() {
        return "TIMEX3 value accuracy and F1 on TempEval-3";
    }

    /** A gold TIMEX3: code point span in the stripped text, and its value. */
    record Gold(int start, int end, String value, String type) {
        boolean dateOrTime() {
            return type.equals("DATE") || type.equals("TIME");
        }
    }

    /** One TimeML document: stripped text, reference date, gold expressions. */
    record Doc(String id, String text, String dct, List<Gold> gold) {}

    @Override
    public EvalReport run(Path data, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(data + ": no TimeML (.tml) files");
        }
        boolean verbose = Boolean.getBoolean("corroborate.eval.verbose");
        DateExtractor extractor = new DateExtractor();
        Tally all = new Tally("all");
        Map<String, Tally> parts = new TreeMap<>();
        Tally[] folds = {new Tally("fold 1"), new Tally("fold 2")};
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Doc doc = read(file);
            Article article = new Article(doc.id(), "eval", null, null, List.of(), null, doc.dct(), false, null,
                    null, List.of(), "en", doc.text(), List.of(), List.of(), List.of());
            List<DateMention> got = extractor.extract(article);
            Path parent = data.relativize(file).getParent();
            String part = parent == null ? "." : parent.getFileName().toString();
            Tally one = new Tally(doc.id());
            score(doc, got, one, verbose ? out : null);
            all.add(one);
            parts.computeIfAbsent(part, Tally::new).add(one);
            folds[i % 2].add(one);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] extent = all.relaxedPrf();
        double[] strictPrf = QuantityEvaluation.prf(all.strict, all.gold, all.predicted);
        double[] value = all.valuePrf();
        double accuracy = all.relaxed == 0 ? 0 : (double) all.correct / all.relaxed;
        double[] dateTime = QuantityEvaluation.prf(all.dtCorrect, all.dtGold, all.dtPredicted);
        out.printf(Locale.ROOT, "TempEval-3: %d documents, %d gold TIMEX3, %d extracted (%.1f s)%n", files.size(),
                all.gold, all.predicted, seconds);
        out.printf(Locale.ROOT, "extent relaxed  P %.3f  R %.3f  F1 %.3f%n", extent[0], extent[1], extent[2]);
        out.printf(Locale.ROOT, "extent strict   P %.3f  R %.3f  F1 %.3f%n", strictPrf[0], strictPrf[1],
                strictPrf[2]);
        out.printf(Locale.ROOT, "value           P %.3f  R %.3f  F1 %.3f  accuracy %.3f%n", value[0], value[1],
                value[2], accuracy);
        out.printf(Locale.ROOT, "value, DATE/TIME gold only  P %.3f  R %.3f  F1 %.3f  (%d gold)%n", dateTime[0],
                dateTime[1], dateTime[2], all.dtGold);
        out.println("by sub-corpus, then two folds (alternate files in name order):");
        for (Tally t : parts.values()) {
            t.print(out);
        }
        for (Tally t : folds) {
            t.print(out);
        }
        out.println("anchor: HeidelTime value F1 about 0.776 (TempEval-3 platinum test set)");
        Map<String, Double> scores = new TreeMap<>(Map.of("relaxed_f1", extent[2], "strict_f1", strictPrf[2],
                "value_p", value[0], "value_r", value[1], "value_f1", value[2], "value_accuracy", accuracy,
                "date_time_value_f1", dateTime[2]));
        for (Tally t : parts.values()) {
            scores.put("value_f1_" + t.name, t.valuePrf()[2]);
        }
        return new EvalReport(name(), scores);
    }

    /** Matches one document's extracted expressions to its gold ones; prints each error when out is given. */
    private static void score(Doc doc, List<DateMention> got, Tally t, PrintStream out) {
        t.documents++;
        t.gold += doc.gold().size();
        t.predicted += got.size();
        boolean[] used = new boolean[got.size()];
        boolean[] otherType = new boolean[got.size()];
        for (Gold g : doc.gold()) {
            int best = -1;
            for (int p = 0; p < got.size(); p++) {
                DateMention m = got.get(p);
                if (!used[p] && m.start() < g.end() && g.start() < m.end()) {
                    best = p;
                    break;
                }
            }
            if (best < 0) {
                if (out != null) {
                    out.println("MISS " + doc.id() + " '" + CodePoints.slice(doc.text(), g.start(), g.end())
                            + "' " + g.value());
                }
                continue;
            }
            used[best] = true;
            DateMention m = got.get(best);
            otherType[best] = !g.dateOrTime();
            if (g.dateOrTime() && m.value().equals(g.value())) {
                t.dtCorrect++;
            }
            t.relaxed++;
            if (m.start() == g.start() && m.end() == g.end()) {
                t.strict++;
            }
            if (m.value().equals(g.value())) {
                t.correct++;
            } else if (out != null) {
                out.println("VALUE " + doc.id() + " '" + m.text() + "' got " + m.value() + " gold '"
                        + CodePoints.slice(doc.text(), g.start(), g.end()) + "' " + g.value() + " dct " + doc.dct());
            }
        }
        t.dtGold += (int) doc.gold().stream().filter(Gold::dateOrTime).count();
        for (int p = 0; p < got.size(); p++) {
            t.dtPredicted += otherType[p] ? 0 : 1;
            if (!used[p] && out != null) {
                out.println("EXTRA " + doc.id() + " '" + got.get(p).text() + "' " + got.get(p).value());
            }
        }
    }

    /** Match counts of a set of documents (the whole set, a sub-corpus, a fold). */
    private static final class Tally {
        final String name;
        int documents;
        int gold;
        int predicted;
        int relaxed;
        int strict;
        int correct;
        int dtGold;
        int dtPredicted;
        int dtCorrect;

        Tally(String name) {
            this.name = name;
        }

        void add(Tally o) {
            documents += o.documents;
            gold += o.gold;
            predicted += o.predicted;
            relaxed += o.relaxed;
            strict += o.strict;
            correct += o.correct;
            dtGold += o.dtGold;
            dtPredicted += o.dtPredicted;
            dtCorrect += o.dtCorrect;
        }

        double[] valuePrf() {
            return QuantityEvaluation.prf(correct, gold, predicted);
        }

        double[] relaxedPrf() {
            return QuantityEvaluation.prf(relaxed, gold, predicted);
        }

        /** One line: value P/R/F1, relaxed F1, and the errors by kind (missed, wrong value, extra). */
        void print(PrintStream out) {
            double[] v = valuePrf();
            out.printf(Locale.ROOT, "  %-9s %3d docs %4d gold  value P %.3f  R %.3f  F1 %.3f  relaxed F1 %.3f"
                    + "  (miss %d, value %d, extra %d)%n", name, documents, gold, v[0], v[1], v[2], relaxedPrf()[2],
                    gold - relaxed, relaxed - correct, predicted - relaxed);
        }
    }

    static Doc read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        Matcher text = TEXT.matcher(xml);
        if (!dct.find() || !text.find()) {
            throw new IOException(file + ": not TimeML with <DCT> and <TEXT>");
        }
        String raw = text.group(1);
        StringBuilder plain = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(raw);
        int last = 0;
        int openStart = -1;
        String openValue = null;
        String openType = null;
        while (tag.find()) {
            plain.append(unescape(raw.substring(last, tag.start())));
            last = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                Matcher v = VALUE.matcher(tag.group(3));
                openValue = v.find() ? v.group(1) : "";
                Matcher ty = TYPE.matcher(tag.group(3));
                openType = ty.find() ? ty.group(1) : "";
                openStart = plain.length();
            } else if (openStart >= 0) {
                String s = plain.toString();
                gold.add(new Gold(CodePoints.ofChar(s, openStart), CodePoints.ofChar(s, s.length()), openValue,
                        openType));
                openStart = -1;
            }
        }
        plain.append(unescape(raw.substring(last)));
        String id = file.getFileName().toString().replace(".tml", "");
        return new Doc(id, plain.toString(), dct.group(1), gold);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
