package org.corroborate.claim;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.extract.quantity.UnitNormalizer;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.CodePoints;
import org.corroborate.text.CalendarWords;
import org.corroborate.text.Terms;

/**
 * Figure claims: the figures of a story grouped by what they count and where, then judged by value, hedge,
 * actor and time rather than by text similarity.
 *
 * <p>Implementation notes. Grouping key: the counted thing (unit, stemmed, with a small synonym table so
 * "soldiers" and "troops" meet) and the most specific place the subject names (the rightmost place entity
 * in the subject: "passengers in Caldera's Tesin region" counts Tesin, not Caldera). A figure with no place joins
 * the group of the same unit that already has its value, else the only group of that unit. Within a group
 * a vague figure ("thousands") merges into a stated value its interval contains. Then:
 * one value and several hedges is {@code hedged-variants}; several values each given by a different actor is
 * {@code disputed} (the outlets agree on who said what, and a figure nobody is named for joins the dispute); one actor with several values is {@code revised}
 * when the articles' dates order the values, else {@code contradicted}; differing values none of which has an actor are
 * {@code contradicted}; otherwise {@code consensus}, or {@code single-source} with one chain.
 */
final class FigureClaims {
    private static final Map<String, String> UNIT_SYNONYMS = Map.ofEntries(
            Map.entry("soldier", "troop"), Map.entry("force", "troop"), Map.entry("personnel", "troop"),
            Map.entry("fighter", "troop"), Map.entry("person", "people"), Map.entry("death", "dead"),
            Map.entry("fatality", "dead"), Map.entry("killed", "dead"), Map.entry("min", "minute"),
            Map.entry("injury", "injured"), Map.entry("wounded", "injured"), Map.entry("hurt", "injured"));
    private static final Pattern DIGIT = Pattern.compile("\\d");
    static final int CONTEXT_WORDS = 6;
    static final double CONTEXT_OVERLAP = 0.3;
    static final double SUBJECT_OVERLAP = 0.5;
    /** Two hedged figures are one only when the smaller stated value is at least this share of the larger. */
    static final double HEDGE_SIZE_RATIO = 0.5;
    /**
     * Names of days and months and days named relative to the article: every figure of a one-day event shares
     * them, so they say when a figure was given, not what it counts, and must not make two figures comparable.
     */
    private static final Set<String> WHEN = whenTerms();
    private static final Set<String> REPORTING = Set.of("say", "said", "tell", "told", "add", "according", "accord",
            "report", "estimat", "assess", "put", "note", "state", "announc", "claim");

    private final Support support;
    private final Ids ids;

    FigureClaims(Support support, Ids ids) {
        this.support = support;
        this.ids = ids;
    }

    List<Claim> build(String storyId, List<Quantity> quantities, List<Entity> places, Map<String, Article> articles) {
        Map<String, List<Quantity>> groups = new LinkedHashMap<>();
        Map<String, String> unitOfGroup = new HashMap<>();
        List<Quantity> placeless = new ArrayList<>();
        List<PlaceName> placeNames = placeNames(places);
        Map<String, String> units = canonicalUnits(quantities);
        for (Quantity q : quantities) {
            String unit = units.getOrDefault(unitKey(q.unit()), "");
            if (unit.isEmpty()) {
                continue;
            }
            String place = placeKey(q.subject(), q.actor(), placeNames);
            if (place == null) {
                place = placePhrase(q.subject());
            }
            if (place == null) {
                placeless.add(q);
            } else {
                String key = unit + "|" + place;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
                unitOfGroup.put(key, unit);
            }
        }
        for (Quantity q : placeless) {
            String unit = units.get(unitKey(q.unit()));
            List<String> sameUnit = unitOfGroup.entrySet().stream().filter(e -> e.getValue().equals(unit))
                    .map(Map.Entry::getKey).sorted().toList();
            String target = sameUnit.stream()
                    .filter(k -> groups.get(k).stream().anyMatch(o -> o.value() == q.value()))
                    .findFirst().orElse(sameUnit.size() == 1 ? sameUnit.get(0) : unit + "|");
            groups.computeIfAbsent(target, k -> new ArrayList<>()).add(q);
        }
        List<Claim> claims = new ArrayList<>();
        for (Map.Entry<String, List<Quantity>> g : groups.entrySet()) {
            claims.addAll(claims(storyId, g.getKey(), g.getValue(), articles));
        }
        return claims;
    }

    /**
     * The claims of one unit-and-place group: figures with the same value are one claim; figures with
     * different values are one claim (a dispute, a contradiction, a revision) only when they are said of the
     * same thing, which their contexts tell: the words around each figure and its subject, without the unit,
     * the actor and reporting verbs, must overlap ("120 people injured" and "up to 200 hurt, above the 120
     * injuries" do; "300 people rescued" does not), and the verbs that govern them must tell one event
     * ({@link FigurePredicate}: "300 people rescued from the train" and "admitted 37 people from the train" share
     * their words but not what happened to the people).
     */
    private List<Claim> claims(String storyId, String key, List<Quantity> group, Map<String, Article> articles) {
        group = group.stream().sorted(Comparator.comparing(Quantity::article).thenComparingInt(Quantity::start)).toList();
        // vague figures ("thousands") take the value of a stated figure their interval contains
        Set<Double> stated = new TreeSet<>();
        for (Quantity q : group) {
            if (!vague(q)) {
                stated.add(q.value());
            }
        }
        Map<Quantity, Double> valueOf = new LinkedHashMap<>();
        for (Quantity q : group) {
            double v = q.value();
            if (vague(q)) {
                for (double s : stated) {
                    if ((q.low() == null || s >= q.low()) && (q.high() == null || s <= q.high())) {
                        v = s;
                        break;
                    }
                }
            }
            valueOf.put(q, v);
        }
        // two hedged figures whose intervals overlap ("nearly three years", "more than two years") say the
        // same thing unless two different actors give them: they take the value of the first; an exact
        // figure keeps its own value. An open interval overlaps almost anything, so the stated values must
        // also be of one size: "more than one victim" is not "thousands of victims".
        List<Quantity> hedged = group.stream().filter(q -> !"exact".equals(hedge(q))).toList();
        for (int i = 0; i < hedged.size(); i++) {
            for (int j = 0; j < i; j++) {
                String ai = actorKey(hedged.get(i).actor());
                String aj = actorKey(hedged.get(j).actor());
                boolean actorsAgree = ai.isEmpty() || aj.isEmpty() || ai.equals(aj);
                if (actorsAgree && overlap(hedged.get(i), hedged.get(j))) {
                    valueOf.put(hedged.get(i), valueOf.get(hedged.get(j)));
                    break;
                }
            }
        }
        List<Set<String>> contexts = new ArrayList<>();
        List<Set<String>> subjects = new ArrayList<>();
        for (Quantity q : group) {
            contexts.add(context(q, articles.get(q.article())));
            subjects.add(subjectTerms(q));
        }
        // a measure ("46 percent", "$500", "five years") names no counted thing: the words around two shares
        // of a poll or two rates of a tax plan overlap, so only their subjects can say they measure one thing
        Map<String, Boolean> measureUnits = new HashMap<>();
        List<Boolean> measures = new ArrayList<>();
        for (Quantity q : group) {
            measures.add(q.unit() != null && measureUnits.computeIfAbsent(q.unit(), UnitNormalizer::isMeasure));
        }
        UnionFind same = new UnionFind(group.size());
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            members.put(i, new ArrayList<>(List.of(i)));
        }
        // figures of one value first: they are one claim whatever their words, and the in-article check below
        // then sees every figure a component already holds
        for (int i = 0; i < group.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (valueOf.get(group.get(i)).equals(valueOf.get(group.get(j)))) {
                    join(same, members, i, j);
                }
            }
        }
        for (int i = 0; i < group.size(); i++) {
            for (int j = 0; j < i; j++) {
                // a vague figure ("dozens") joins only a figure it contains: its context says nothing of a dispute
                boolean comparable = !vague(group.get(i)) && !vague(group.get(j));
                // what is counted, when both subjects say more than the unit; else the words around the figures;
                // either way, what happened to it ("rescued" is not "admitted")
                boolean sameThing = !subjects.get(i).isEmpty() && !subjects.get(j).isEmpty()
                        ? overlapCoefficient(subjects.get(i), subjects.get(j)) >= SUBJECT_OVERLAP
                        : !measures.get(i) && !measures.get(j)
                                && overlapCoefficient(contexts.get(i), contexts.get(j)) >= CONTEXT_OVERLAP;
                sameThing = sameThing && FigurePredicate.compatible(group.get(i).verb(), group.get(j).verb());
                if (comparable && sameThing && !oneArticleUnattributed(group.get(i), group.get(j))
                        && !oneArticleListsBoth(group, valueOf, members.get(same.find(i)),
                        members.get(same.find(j)))) {
                    join(same, members, i, j);
                }
            }
        }
        Map<Integer, List<Quantity>> components = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            components.computeIfAbsent(same.find(i), k -> new ArrayList<>()).add(group.get(i));
        }
        List<Claim> out = new ArrayList<>();
        for (List<Quantity> component : components.values()) {
            out.add(claim(storyId, key, component, valueOf, articles));
        }
        return out;
    }

    private static void join(UnionFind same, Map<Integer, List<Integer>> members, int i, int j) {
        int ri = same.find(i);
        int rj = same.find(j);
        if (ri != rj) {
            same.union(i, j);
            int root = same.find(i);
            List<Integer> merged = members.remove(ri == root ? rj : ri);
            members.get(root).addAll(merged);
        }
    }

    /**
     * Two figures of one article, one with an actor and one without, are not joined on their words alone: the
     * article may give a source's figure beside its own count of something else ("a 4 percent surcharge",
     * "the top 1 percent, the center estimates"). They still meet through figures of other articles, which is
     * how a figure whose actor was not found ("..., at 140") joins the dispute it belongs to.
     */
    private static boolean oneArticleUnattributed(Quantity a, Quantity b) {
        return a.article().equals(b.article()) && actorKey(a.actor()).isEmpty() != actorKey(b.actor()).isEmpty();
    }

    /**
     * True when one article states different values in the two sets from one actor, or from none: an article
     * lists different things ("46 percent to 42 percent, according to the poll", "10 judges rather than 11") or
     * tells a change; it does not contradict itself. Different actors in one article ("10,000 according to
     * Washington, 12,000 according to Kyiv") are a dispute the article reports, and so is a figure with an actor
     * beside one whose actor was not found.
     */
    private static boolean oneArticleListsBoth(List<Quantity> group, Map<Quantity, Double> valueOf, List<Integer> a,
            List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                Quantity qi = group.get(i);
                Quantity qj = group.get(j);
                if (qi.article().equals(qj.article()) && !valueOf.get(qi).equals(valueOf.get(qj))) {
                    if (actorKey(qi.actor()).equals(actorKey(qj.actor()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Claim claim(String storyId, String key, List<Quantity> group, Map<Quantity, Double> valueOf,
            Map<String, Article> articles) {
        Map<String, List<Quantity>> byVariant = new LinkedHashMap<>();
        for (Quantity q : group) {
            byVariant.computeIfAbsent(valueOf.get(q) + "|" + hedge(q) + "|" + actorKey(q.actor()), k -> new ArrayList<>())
                    .add(q);
        }
        List<ClaimVariant> variants = new ArrayList<>();
        for (List<Quantity> v : byVariant.values()) {
            Quantity first = v.get(0);
            variants.add(new ClaimVariant(first.text(), valueOf.get(first), hedge(first), first.actor(),
                    v.stream().map(FigureClaims::mention).toList()));
        }
        List<Mention> mentions = group.stream().map(FigureClaims::mention).toList();
        List<String> chains = support.chains(mentions);
        String status = status(group, valueOf, chains.size(), articles);
        String unit = group.get(0).unit();
        String place = key.substring(key.indexOf('|') + 1);
        String subject = unit + (place.isEmpty() ? "" : " in " + place);
        return new Claim(ids.next("figure", subject), storyId, "figure", status, summary(subject, variants), mentions,
                chains, variants);
    }

    private static String status(List<Quantity> group, Map<Quantity, Double> valueOf, int chains,
            Map<String, Article> articles) {
        Set<Double> values = new TreeSet<>();
        group.forEach(q -> values.add(valueOf.get(q)));
        if (values.size() == 1) {
            Set<String> hedges = new HashSet<>();
            group.forEach(q -> hedges.add(hedge(q)));
            if (hedges.size() > 1) {
                return "hedged-variants";
            }
            return chains >= 2 ? "consensus" : "single-source";
        }
        Map<String, Set<Double>> valuesByActor = new TreeMap<>();
        boolean unattributed = false;
        for (Quantity q : group) {
            String actor = actorKey(q.actor());
            if (actor.isEmpty()) {
                unattributed = true;
            } else {
                valuesByActor.computeIfAbsent(actor, k -> new TreeSet<>()).add(valueOf.get(q));
            }
        }
        for (Map.Entry<String, Set<Double>> e : valuesByActor.entrySet()) {
            if (e.getValue().size() > 1) {
                return revisedOverTime(group, e.getKey(), valueOf, articles) ? "revised" : "contradicted";
            }
        }
        // each actor gives one figure: the sources disagree, and the outlets agree on who said what; figures
        // nobody is named for cannot contradict an actor, only each other
        if (!valuesByActor.isEmpty()) {
            return "disputed";
        }
        return unattributed ? "contradicted" : "consensus";
    }

    /** True when the actor's figures change with the articles' dates and never go back. */
    private static boolean revisedOverTime(List<Quantity> group, String actor, Map<Quantity, Double> valueOf,
            Map<String, Article> articles) {
        Map<String, Set<Double>> byDate = new TreeMap<>();
        for (Quantity q : group) {
            if (!actorKey(q.actor()).equals(actor)) {
                continue;
            }
            Article a = articles.get(q.article());
            if (a == null || a.published() == null || a.publishedInferred()) {
                return false;
            }
            byDate.computeIfAbsent(a.published().substring(0, Math.min(10, a.published().length())),
                    k -> new TreeSet<>()).add(valueOf.get(q));
        }
        if (byDate.size() < 2) {
            return false;
        }
        for (Set<Double> v : byDate.values()) {
            if (v.size() > 1) {
                return false;
            }
        }
        return true;
    }

    private static String summary(String subject, List<ClaimVariant> variants) {
        StringBuilder b = new StringBuilder(subject).append(": ");
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (ClaimVariant v : variants) {
            String figure = !DIGIT.matcher(v.text()).find() ? v.text()
                    : ("exact".equals(v.hedge()) ? "" : v.hedge() + " ") + format(v.value());
            seen.computeIfAbsent(figure, k -> new TreeSet<>());
            if (v.actor() != null) {
                seen.get(figure).add(midSentence(v.actor()));
            }
        }
        List<String> parts = new ArrayList<>();
        seen.forEach((figure, actors) -> parts.add(actors.isEmpty() ? figure
                : figure + " (according to " + String.join(", ", actors) + ")"));
        return b.append(String.join("; ", parts)).toString();
    }

    /**
     * An actor as it reads inside the summary's parenthesis: the article opening a sentence ("The company said")
     * goes lowercase before a common noun ("according to the company"), not in a name ("The Tesin Herald").
     */
    static String midSentence(String actor) {
        int space = actor.indexOf(' ');
        String first = space > 0 ? actor.substring(0, space) : "";
        boolean article = first.equals("The") || first.equals("A") || first.equals("An");
        return article && space + 1 < actor.length() && Character.isLowerCase(actor.charAt(space + 1))
                ? first.toLowerCase(Locale.ROOT) + actor.substring(space) : actor;
    }

    static String format(Double value) {
        if (value == null) {
            return "?";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    /** Content terms near a figure and in its subject, without its unit, actor, numbers and reporting verbs. */
    private static Set<String> context(Quantity q, Article article) {
        Set<String> terms = new HashSet<>();
        if (article != null) {
            String body = article.body();
            int start = CodePoints.toChar(body, Math.min(q.start(), body.codePointCount(0, body.length())));
            int end = CodePoints.toChar(body, Math.min(q.end(), body.codePointCount(0, body.length())));
            int from = start;
            int to = end;
            for (Span s : article.sentences()) {
                if (s.start() <= q.start() && q.start() < s.end()) {
                    from = CodePoints.toChar(body, s.start());
                    to = CodePoints.toChar(body, s.end());
                }
            }
            List<String> before = Terms.content(body.substring(from, start));
            List<String> after = Terms.content(body.substring(Math.min(end, to), Math.max(end, to)));
            terms.addAll(before.subList(Math.max(0, before.size() - CONTEXT_WORDS), before.size()));
            terms.addAll(after.subList(0, Math.min(CONTEXT_WORDS, after.size())));
        }
        if (q.subject() != null) {
            terms.addAll(Terms.content(q.subject()));
        }
        terms.removeAll(Terms.content(q.text()));
        if (q.unit() != null) {
            terms.removeAll(Terms.content(q.unit()));
        }
        if (q.actor() != null) {
            terms.removeAll(Terms.content(q.actor()));
        }
        terms.removeIf(t -> Character.isDigit(t.charAt(0)) || REPORTING.contains(t) || WHEN.contains(t));
        return terms;
    }

    private static Set<String> whenTerms() {
        Set<String> words = new HashSet<>(CalendarWords.RELATIVE_DAYS);
        words.addAll(CalendarWords.WEEKDAYS);
        words.addAll(CalendarWords.MONTHS);
        return Set.copyOf(Terms.content(String.join(" ", words)));
    }

    /** The subject's content terms beyond the unit, the actor and numbers. */
    private static Set<String> subjectTerms(Quantity q) {
        Set<String> terms = new HashSet<>();
        if (q.subject() != null) {
            terms.addAll(Terms.content(q.subject()));
        }
        if (q.unit() != null) {
            terms.removeAll(Terms.content(q.unit()));
        }
        if (q.actor() != null) {
            terms.removeAll(Terms.content(q.actor()));
        }
        terms.removeIf(t -> Character.isDigit(t.charAt(0)));
        return terms;
    }

    private static double overlapCoefficient(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    private static boolean overlap(Quantity a, Quantity b) {
        double small = Math.min(Math.abs(a.value()), Math.abs(b.value()));
        double large = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        if (small < large * HEDGE_SIZE_RATIO) {
            return false;
        }
        double aLow = a.low() == null ? Double.NEGATIVE_INFINITY : a.low();
        double aHigh = a.high() == null ? Double.POSITIVE_INFINITY : a.high();
        double bLow = b.low() == null ? Double.NEGATIVE_INFINITY : b.low();
        double bHigh = b.high() == null ? Double.POSITIVE_INFINITY : b.high();
        return aLow <= bHigh && bLow <= aHigh;
    }

    /** A vague plural ("thousands", "dozens"): a range written without digits. A hedged number word is not. */
    private static boolean vague(Quantity q) {
        return "range".equals(q.hedge()) && !DIGIT.matcher(q.text()).find();
    }

    private static String hedge(Quantity q) {
        return q.hedge() == null || q.hedge().isBlank() ? "exact" : q.hedge();
    }

    private static String actorKey(String actor) {
        return actor == null ? "" : String.join(" ", Terms.words(actor.replaceFirst("(?i)^the\\s+", "")));
    }

    private static Mention mention(Quantity q) {
        return new Mention(q.article(), q.start(), q.end());
    }

    /**
     * Maps each unit key to the most used key it is compatible with: one's words contain the other's ("people
     * injured" and "injured"), and both or neither are rates ("casualties per day" is not "casualties").
     */
    private static Map<String, String> canonicalUnits(List<Quantity> quantities) {
        Map<String, Integer> uses = new TreeMap<>();
        for (Quantity q : quantities) {
            String u = unitKey(q.unit());
            if (!u.isEmpty()) {
                uses.merge(u, 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String u : uses.keySet()) {
            String best = u;
            for (String other : uses.keySet()) {
                if (compatible(u, other) && (uses.get(other) > uses.get(best)
                        || uses.get(other).equals(uses.get(best)) && other.length() > best.length())) {
                    best = other;
                }
            }
            out.put(u, best);
        }
        return out;
    }

    private static boolean compatible(String a, String b) {
        // a unit may repeat a word ("the ... the"): Set.of would reject it
        Set<String> wa = new HashSet<>(List.of(a.split(" ")));
        Set<String> wb = new HashSet<>(List.of(b.split(" ")));
        return rate(wa) == rate(wb) && (wa.containsAll(wb) || wb.containsAll(wa));
    }

    private static boolean rate(Set<String> words) {
        return words.contains("per") || words.contains("day") && words.size() > 1 || words.contains("hour")
                && words.size() > 1;
    }

    /** The counted thing, stemmed word by word, synonyms folded. */
    static String unitKey(String unit) {
        if (unit == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        // the currency is the unit: "$ per ton" must not meet "tons per year"
        unit.codePoints().filter(c -> Character.getType(c) == Character.CURRENCY_SYMBOL).distinct()
                .forEach(c -> out.add(Character.toString(c)));
        for (String w : Terms.words(unit)) {
            String s = Terms.stem(w);
            out.add(UNIT_SYNONYMS.getOrDefault(s, UNIT_SYNONYMS.getOrDefault(w, s)));
        }
        return String.join(" ", out);
    }

    private static final Pattern IN_PLACE = Pattern.compile(
            "\\b(?:in|at|near|from|into|across|inside)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\-]*(?:['\u2019]s)?\\s*)+)"
            + "(?:region|province|oblast|state|county|district|area)?");
    /** A place only named to situate another ("near the Caldera border", "from Braska"). */
    private static final Pattern RELATIVE_PLACE = Pattern.compile("(?i)\\b(?:near|from|toward|towards|outside|on)\\s+(?:the\\s+)?$");
    private static final Pattern GENERIC_PLACE_WORD = Pattern.compile(
            "(?i)\\s+(?:region|province|oblast|state|county|district|area|city)$");

    /**
     * Without place entities: the last capitalized name after a locative preposition in the subject, the
     * innermost of a possessive chain ("in Caldera's Tesin region" gives Tesin) and without a generic place word
     * ("Tesin Oblast" gives Tesin).
     */
    static String placePhrase(String subject) {
        if (subject == null) {
            return null;
        }
        String last = null;
        int lastRank = Integer.MAX_VALUE;
        Matcher m = IN_PLACE.matcher(subject);
        while (m.find()) {
            // "in"/"at" say where the thing is; "near"/"from" only relate it to another place
            String preposition = m.group().substring(0, m.group().indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            int rank = preposition.equals("near") || preposition.equals("from") ? 1 : 0;
            if (rank <= lastRank) {
                last = m.group(1).strip();
                lastRank = rank;
            }
        }
        if (last == null) {
            return null;
        }
        String[] chain = last.split("['\u2019]s\\s*");
        String place = GENERIC_PLACE_WORD.matcher(chain[chain.length - 1].strip()).replaceAll("").strip();
        return place.isEmpty() ? null : place;
    }

    private record PlaceName(String canonical, Pattern pattern) {}

    private static List<PlaceName> placeNames(List<Entity> places) {
        List<PlaceName> out = new ArrayList<>();
        for (Entity e : places) {
            Set<String> names = new TreeSet<>(e.aliases());
            names.add(e.name());
            for (String name : names) {
                out.add(new PlaceName(e.name(),
                        Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")));
            }
        }
        return out;
    }

    /**
     * The canonical name of the rightmost place the subject names, or null. A place that is the figure's
     * actor ("according to the United States") says who counts, not where.
     */
    static String placeKey(String subject, String actor, List<PlaceName> places) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String best = null;
        int bestAt = -1;
        for (PlaceName p : places) {
            if (actor != null && (p.pattern().matcher(actor).find() || actor.equalsIgnoreCase(p.canonical()))) {
                continue;
            }
            Matcher m = p.pattern().matcher(subject);
            while (m.find()) {
                if (RELATIVE_PLACE.matcher(subject.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue;
                }
                if (m.start() > bestAt || m.start() == bestAt && p.canonical().compareTo(best) < 0) {
                    bestAt = m.start();
                    best = p.canonical();
                }
            }
        }
        return best;
    }
}
