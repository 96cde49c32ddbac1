package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.CodePoints;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;
import org.corroborate.model.ResolvedFacts;
import org.corroborate.model.Story;

/**
 * Resolves names across each story into entities with aliases; makes speakers and actors canonical.
 *
 * <p>Implementation notes: agglomerative alias matching within a story, in the tradition of rule-based
 * cross-document name matching (e.g. Bagga and Baldwin 1998 restricted to one event, and the "precise
 * constructs first" ordering of Raghunathan et al. 2010's multi-pass sieve):
 * <ol>
 *   <li>names grouped by a normalized key (case, dots and hyphens ignored: "U.S." = "US", "Jae-won Park" =
 *       "Jae Won Park"), by the gazetteer's aliases ("UK" = "United Kingdom"), and by region suffixes
 *       ("Tesin region", "Tesin Oblast" = "Tesin");</li>
 *   <li>a person's key ignores a generational suffix ("Jr") and reads a listed short given name as its formal
 *       one (nicknames.txt: "Bill Roe" = "William Roe"); a name with a middle name joins the name without it
 *       ("Jane Quinn Roe" = "Jane Roe"); a care facility's key drops its care words ("Lakeshore Recovery Center"
 *       = "Lakeshore Recovery" = "Lakeshore"), and a person's name after a locative is the care facility named after
 *       them ("back at Jane Roe" when the story names "the Jane Roe Center");</li>
 *   <li>a lone word joins the one full name of the story that ends (or, East Asian order, starts) with it,
 *       preferring a full name in the same article, else the story's dominant one (named in at least twice as many
 *       articles as any other), and so does a surname of two words opening with a particle ("Lo Presti", "van
 *       Dijk"); an organization's last word joins it too ("Gulls" of "Harbor City Gulls"); a
 *       blended nickname joins the one person whose first and last names its two parts open ("JaRo"); a city the
 *       recognizer made a side of a game ("lost to Harbor City 70-61") joins the team named by it; two sides that
 *       beat the same opponent by the same score ("Brackwell defeated Quenby 71-58", "the Marlins beat Quenby 71-58")
 *       are one team, a school or city and its nickname (a gazetteer place among them stands for the team wherever no
 *       locative places it); a known city opening the name of the story's one team of that city ("Harlow" of "Harlow
 *       Gulls", or written right before the team's nickname: "the Harlow Red Sox") stands for the team where no
 *       locative, comma or place noun ("a Harlow native") makes it the place;</li>
 *   <li>an acronym joins the one name whose initials it spells;</li>
 *   <li>a role phrase ("the top diplomat", "the defense secretary", "the minister") joins the one person named
 *       in its own article who holds that office, or when its article names none, the one person of the story (or
 *       the dominant one, named in at least twice as many articles as any other);
 *       a nationality in the phrase rules out holders of another country, a bare title ("the minister") answers
 *       any office of its family ("Transport Minister"), and several candidates leave the role unresolved; a
 *       demonym noun ("the 40-year-old American") joins the one person of the story of that nationality, read from a
 *       demonym before the person's name ("American challenger Jo Roe") or the country of an office held.</li>
 *   <li>propagation: every form the story established (a member's text, its all-capital form, a surname or a
 *       team's last word) names its entity wherever any article of the story writes it uncovered (a gazetteer-style
 *       pass over the story's own names, in the spirit of "one sense per discourse", Gale et al. 1992).</li>
 * </ol>
 * An entity's type is a vote of its articles: each article's mentions of a type weigh the square root of their
 * number, so one article repeating a guess does not outvote several typing the name otherwise.
 * Canonical names: a place's gazetteer name; an organization's gazetteer name when the story uses it, else its
 * most used form; a person's fullest name. An entity named identically in two stories is one entity.
 */
public final class EntityResolver {
    private static final Set<String> REGION_SUFFIXES = Set.of("region", "oblast", "province", "krai", "governorate",
            "prefecture", "district", "border region");
    /** Words before a place name that keep it a place ("in Dorvale"), not its team ("beat Dorvale"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "into", "outside",
            "inside", "across", "around", "throughout", "of", "via", "toward", "towards");
    private static final Set<String> ROLE_DETERMINERS = Set.of("the", "The", "a", "A");
    /** Particles that open a surname of two words: "Lo Presti", "van Dijk", "De Luca", "bin Salman". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("lo", "la", "le", "de", "del", "della", "di", "da",
            "van", "von", "der", "den", "du", "dos", "das", "bin", "ibn", "ben", "st", "st.");
    /** The word after a name: " native", " police". */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+([a-z]+)");
    /** A win over the name that follows: "defeated ", "easily beat the ", "beat visiting ". */
    private static final java.util.regex.Pattern WIN_BEFORE_OPPONENT = java.util.regex.Pattern.compile(
            "\\s*,?\\s+(?:[a-z]+ly\\s+)?(?:beat|beats|defeated|defeats|edged|edges|downed|downs|topped|tops|routed"
            + "|routs|outlasted|outlasts|stunned|stuns|upset|upsets|crushed|crushes|blanked|blanks|overcame)"
            + "\\s+(?:the\\s+)?(?:[a-z]+\\s+)?");
    /** The score after the opponent of a win: " 65-53", ", 65 - 53". */
    private static final java.util.regex.Pattern SCORE_AFTER_OPPONENT = java.util.regex.Pattern.compile(
            "\\s*,?\\s*(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})(?![\\d-])");
    /** A win by a score before the opponent: "'s 65-53 victory over ", " to a 65-53 win against the ". */
    private static final java.util.regex.Pattern SCORE_BEFORE_OPPONENT = java.util.regex.Pattern.compile(
            "\\s*(?:['\u2019]\\s*s)?\\s+(?:to\\s+)?(?:an?\\s+)?(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})\\s+"
            + "(?:victory|win|triumph|rout)\\s+(?:over|against)\\s+(?:the\\s+)?");

    private final Gazetteer gazetteer = Gazetteer.get();

    public ResolvedFacts resolve(List<Story> stories, Map<String, Article> articles, Map<String, ArticleFacts> facts) {
        Map<String, Built> entities = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (List<String> group : groups(stories, facts)) {
            StoryNames story = new StoryNames(group, articles, facts);
            story.cluster();
            story.propagate();
            for (Cluster c : story.clusters) {
                if (c.named()) {
                    String name = c.canonical();
                    Built b = entities.computeIfAbsent(slug(name), id -> new Built(id, name, c.type()));
                    b.add(c, articles);
                }
            }
            for (String id : group) {
                ArticleFacts f = facts.get(id);
                for (Quote q : f.quotes()) {
                    quotes.add(new Quote(q.article(), q.start(), q.end(), q.text(), story.canonical(q.speaker(), q.article()),
                            q.cue(), q.kind()));
                }
                for (Quantity q : f.quantities()) {
                    quantities.add(new Quantity(q.article(), q.start(), q.end(), q.text(), q.value(), q.low(), q.high(),
                            q.hedge(), q.unit(), q.subject(), story.canonical(q.actor(), q.article()), q.verb()));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Built b : entities.values()) {
            out.add(b.entity());
        }
        out.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::id));
        return new ResolvedFacts(out, quantities, quotes);
    }

    /** The article ids of each story, then every article in no story on its own; in a stable order. */
    private static List<List<String>> groups(List<Story> stories, Map<String, ArticleFacts> facts) {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Story s : stories) {
            List<String> g = new ArrayList<>();
            for (String id : s.articles()) {
                if (facts.containsKey(id) && seen.add(id)) {
                    g.add(id);
                }
            }
            if (!g.isEmpty()) {
                out.add(g);
            }
        }
        for (String id : new TreeSet<>(facts.keySet())) {
            if (seen.add(id)) {
                out.add(List.of(id));
            }
        }
        return out;
    }

    /** "e-" and the lowercase ASCII letters and digits of a name, words joined by hyphens. */
    static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "e-" + (s.isEmpty() ? Integer.toHexString(name.hashCode()) : s);
    }

    /** An office named by a role: its kind and the country that gives it, when the role says. */
    record Office(String kind, String country) {}

    /** The office a role phrase names ("top U.S. diplomat": foreign-minister of the United States), or null. */
    Office office(String role) {
        if (role == null) {
            return null;
        }
        String[] w = role.trim().split("\\s+");
        String kind = null;
        int titleFrom = -1;
        int titleTo = -1;
        for (int i = 0; i < w.length; i++) {
            StringBuilder p = new StringBuilder();
            for (int j = i; j < Math.min(w.length, i + 5); j++) {
                p.append(Gazetteer.compact(w[j]));
                Gazetteer.Office o = gazetteer.title(p.toString());
                if (o != null && !o.honorific() && j - i + 1 > titleTo - titleFrom) {
                    kind = o.kind();
                    titleFrom = i;
                    titleTo = j + 1;
                }
            }
        }
        // "top U.S. diplomat": the title words around a nationality
        for (int i = 0; i + 2 < w.length && kind == null; i++) {
            Gazetteer.Office o = gazetteer.title(Gazetteer.compact(w[i] + w[i + 2]));
            if (o != null && gazetteer.nationality(Gazetteer.compact(w[i + 1])) != null) {
                kind = o.kind();
                titleFrom = i;
                titleTo = i + 3;
            }
        }
        if (kind == null) {
            return null;
        }
        String country = null;
        for (int i = 0; i < w.length && country == null; i++) {
            StringBuilder p = new StringBuilder();
            for (int j = i; j < Math.min(w.length, i + 3); j++) {
                p.append(Gazetteer.compact(w[j]));
                String c = gazetteer.nationality(p.toString());
                if (c != null && (j < titleFrom || i >= titleTo || titleTo - titleFrom == 3)) {
                    country = c;
                }
            }
        }
        for (String m : w) {
            String l = m.toLowerCase(Locale.ROOT);
            if (l.equals("former") || l.equals("deputy") || l.equals("assistant") || l.equals("vice")
                    || l.equals("acting") || l.equals("then")) {
                kind = l + "-" + kind;
            }
        }
        return new Office(kind, country);
    }

    /** The holders of an office of the asked country, and those whose country is not known. */
    private record Holders(List<Cluster> same, List<Cluster> unknownCountry) {
        boolean none() {
            return same.isEmpty() && unknownCountry.isEmpty();
        }

        /** The one holder of the asked country, else the one of unknown country; null when ambiguous. */
        Cluster one() {
            if (same.size() == 1) {
                return same.get(0);
            }
            return same.isEmpty() && unknownCountry.size() == 1 ? unknownCountry.get(0) : null;
        }
    }

    /** A mention with where it is. */
    private record Named(EntityMention m, int order) {}

    /** Mentions believed to name one thing. */
    private final class Cluster {
        final List<Named> members = new ArrayList<>();
        Gazetteer.Known known;
        String stripped;
        final Set<Office> offices = new LinkedHashSet<>();
        /** The articles that name this entity (role phrases aside): where a bare title may find it. */
        final Set<String> namedIn = new java.util.HashSet<>();
        /** Lone city names standing for this team ("beat Dorvale"): neither its type nor its name. */
        final Set<Named> cities = new java.util.HashSet<>();

        boolean named() {
            for (Named n : members) {
                if (!isRolePhrase(n.m)) {
                    return true;
                }
            }
            return false;
        }

        String type() {
            if (known != null) {
                return known.type();
            }
            // each article's mentions of one type weigh the square root of their count (a role three mentions):
            // an article repeating a name twenty times on one guess does not outvote several that type it otherwise
            Map<String, Map<String, Integer>> byType = new TreeMap<>();
            for (Named n : members) {
                if (!cities.contains(n)) {
                    byType.computeIfAbsent(n.m.type(), k -> new TreeMap<>()).merge(n.m.article(),
                            n.m.role() != null ? 3 : 1, Integer::sum);
                }
            }
            Map<String, Double> votes = new HashMap<>();
            byType.forEach((type, counts) -> votes.put(type,
                    counts.values().stream().mapToDouble(Math::sqrt).sum()));
            return votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        }

        String canonical() {
            if (known != null && (known.type().equals("place") || usesForm(Gazetteer.key(known.canonical())))) {
                return known.canonical();
            }
            if (stripped != null) {
                return stripped;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Named n : members) {
                if (!isRolePhrase(n.m) && !cities.contains(n)) {
                    counts.merge(n.m.text(), 1, Integer::sum);
                }
            }
            boolean person = type().equals("person");
            String most = counts.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(
                    e -> person ? Gazetteer.key(e.getKey()).split(" ").length : 0).thenComparingInt(Map.Entry::getValue))
                    .orElseThrow().getKey();
            // a bare abbreviation ("UN") reads worse than the full name the gazetteer knows
            return known != null && most.replace(".", "").length() <= 4 ? known.canonical() : most;
        }

        private boolean usesForm(String key) {
            for (Named n : members) {
                if (Gazetteer.key(n.m.text()).equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * True when a holder's office answers a role: the same kind, or a bare generic title naming the holder's
     * specific office of that family ("the minister" for a "transport-minister", a "foreign-minister"); a
     * former holder never answers a present role.
     */
    static boolean sameOffice(Office held, Office asked) {
        if (held.kind().equals(asked.kind())) {
            return true;
        }
        return asked.kind().indexOf('-') < 0 && held.kind().endsWith("-" + asked.kind())
                && !held.kind().startsWith("former-");
    }

    private static boolean isRolePhrase(EntityMention m) {
        return m.role() != null && ROLE_DETERMINERS.contains(m.text().split(" ")[0]);
    }

    /** One story's mentions and their clusters. */
    private final class StoryNames {
        final List<Named> mentions = new ArrayList<>();
        final List<Cluster> clusters = new ArrayList<>();
        private final Map<String, Cluster> fullNames = new HashMap<>();
        final Map<String, Cluster> byKey = new HashMap<>();
        final Map<String, Article> articles;
        final List<String> ids;
        /** Lone city names standing for one team of the story ("beat Dorvale"), filled by {@link #propagate}. */
        private final Map<String, Cluster> teamCities = new HashMap<>();
        /** Marks a city two teams of the story share: it stands for neither. */
        private final Cluster sharedCity = new Cluster();

        /** Keys of one-word names some article types an organization ("Zentrix"): no person's first name. */
        private final Set<String> loneOrganizations = new java.util.HashSet<>();

        StoryNames(List<String> ids, Map<String, Article> articles, Map<String, ArticleFacts> facts) {
            this.articles = articles;
            this.ids = ids;
            int order = 0;
            for (String id : ids) {
                for (EntityMention m : facts.get(id).entities()) {
                    mentions.add(new Named(m, order++));
                    if (m.type().equals("organization") && m.text().indexOf(' ') < 0) {
                        loneOrganizations.add(Gazetteer.key(m.text()));
                    }
                }
            }
        }

        void cluster() {
            List<Named> singles = new ArrayList<>();
            List<Named> roles = new ArrayList<>();
            List<Named> teamCities = new ArrayList<>();
            List<Named> particleSurnames = new ArrayList<>();
            Set<String> teamPrefixes = teamPrefixes();
            for (Named n : mentions) {
                if (isRolePhrase(n.m)) {
                    roles.add(n);
                } else if (n.m.text().indexOf(' ') < 0 && gazetteer.byKey(Gazetteer.key(n.m.text())) == null) {
                    // a lone word of any type may be a surname ("Roe" typed a team by its plural shape)
                    singles.add(n);
                } else if (particleSurname(n.m)) {
                    particleSurnames.add(n); // "Lo Presti": after the full names it may end
                } else if (n.m.type().equals("organization") && teamPrefixes.contains(Gazetteer.key(n.m.text()))) {
                    teamCities.add(n); // "beat Harlow City" typed a team: the story's "Harlow City Gulls"
                } else {
                    join(n, keyOf(n.m));
                }
            }
            for (Named n : teamCities) {
                Cluster team = fullNameFor(Gazetteer.key(n.m.text()), n.m.article(), true);
                if (team != null) {
                    team.members.add(n);
                    team.cities.add(n);
                } else {
                    join(n, keyOf(n.m));
                }
            }
            for (Named n : particleSurnames) {
                Cluster full = fullNameEndingIn(Gazetteer.key(n.m.text()), n.m.article());
                if (full != null) {
                    full.members.add(n);
                } else {
                    join(n, keyOf(n.m));
                }
            }
            for (Named n : singles) {
                Cluster full = fullNameFor(n);
                if (full == null) {
                    full = blendedNameFor(n.m.text());
                }
                if (full == null && (n.m.type().equals("organization") || !afterLocative(n.m))) {
                    // "beat Dorvale": the city for its team; not keyed, as "in Dorvale" stays the place (unless the
                    // recognizer found a side of a game there: "lost to Dorvale 70-61")
                    Cluster team = fullNameFor(Gazetteer.key(n.m.text()), n.m.article(), true);
                    if (team != null) {
                        team.members.add(n);
                        team.cities.add(n);
                        continue;
                    }
                }
                if (full != null) {
                    full.members.add(n);
                    byKey.putIfAbsent(Gazetteer.key(n.m.text()), full);
                } else {
                    join(n, keyOf(n.m));
                }
            }
            linkAcronyms();
            joinSameResults();
            citiesStandForTeams();
            facilitiesNamedForPeople();
            for (Cluster c : clusters) {
                for (Named n : c.members) {
                    Office o = office(n.m.role());
                    if (o != null) {
                        c.offices.add(o);
                    }
                    if (!isRolePhrase(n.m)) {
                        c.namedIn.add(n.m.article());
                    }
                }
            }
            for (Named n : roles) {
                String country = gazetteer.personDemonym(n.m.role());
                Cluster holder = country != null ? ofNationality(country, n.m.article())
                        : holder(office(n.m.role()), n.m.article());
                if (holder != null) {
                    holder.members.add(n); // not keyed: the same role may name another holder in another article
                }
            }
        }

        /**
         * The one person of the story of a nationality ("the American"): named in {@code article} if any such is,
         * else in any article; null when none or several.
         */
        private Cluster ofNationality(String country, String article) {
            List<Cluster> inArticle = new ArrayList<>();
            List<Cluster> anywhere = new ArrayList<>();
            for (Cluster c : clusters) {
                if (c.type().equals("person") && nationalities(c).contains(country)) {
                    anywhere.add(c);
                    if (c.namedIn.contains(article)) {
                        inArticle.add(c);
                    }
                }
            }
            List<Cluster> pick = inArticle.isEmpty() ? anywhere : inArticle;
            return pick.size() == 1 ? pick.get(0) : null;
        }

        /**
         * The countries a person's mentions give: a demonym right before a name, or before one lowercase word before
         * it ("Ukrainian Jana Roe", "American challenger Jo Roe"; not "the Ukrainian beat Jo Roe"), and the country of
         * an office held.
         */
        private Set<String> nationalities(Cluster c) {
            Set<String> out = new java.util.HashSet<>();
            for (Office o : c.offices) {
                if (o.country() != null) {
                    out.add(o.country());
                }
            }
            for (Named n : c.members) {
                Article a = articles.get(n.m.article());
                if (isRolePhrase(n.m) || a == null) {
                    continue;
                }
                String body = a.body();
                int end = body.offsetByCodePoints(0, n.m.start());
                String[] w = body.substring(Math.max(0, end - 60), end).trim().split("\\s+");
                int k = w.length - 1;
                boolean described = k > 0 && !w[k].isEmpty() && w[k].chars().allMatch(Character::isLowerCase);
                if (described) {
                    k--; // "American challenger Jo Roe"
                }
                String country = k >= 0 ? gazetteer.demonym(Gazetteer.compact(w[k])) : null;
                // "The Ukrainian beat Roe": a demonym noun with its article, then a verb, is another person
                if (country != null && !(described && k > 0 && ROLE_DETERMINERS.contains(w[k - 1]))) {
                    out.add(country);
                }
            }
            return out;
        }

        private void join(Named n, String key) {
            Cluster c = byKey.get(key);
            // "Jane Quinn Roe" is the story's "Jane Roe": a person's given name and surname without the middle name
            String[] words = key.split(" ");
            String outer = n.m.type().equals("person") && words.length > 2
                    ? words[0] + " " + words[words.length - 1] : null;
            if (c == null && outer != null) {
                c = byKey.get(outer);
            }
            if (c == null) {
                c = new Cluster();
                c.known = gazetteer.byKey(key);
                if (c.known == null && !key.equals(Gazetteer.key(n.m.text()))) {
                    c.stripped = stripRegion(n.m.text());
                }
                clusters.add(c);
                byKey.put(key, c);
            }
            c.members.add(n);
            byKey.putIfAbsent(Gazetteer.key(n.m.text()), c);
            if (outer != null) {
                byKey.putIfAbsent(outer, c);
            }
        }

        /** The matching key of a name: its gazetteer canonical name, or itself without a region suffix. */
        private String keyOf(EntityMention m) {
            String key = Gazetteer.key(m.text());
            Gazetteer.Known k = gazetteer.byKey(key);
            if (k != null) {
                return Gazetteer.key(k.canonical());
            }
            if (m.type().equals("person")) {
                // "Jane Roe Jr." and "Jane Roe", "Bill Roe" and "William Roe" name one person within a story
                String person = personKey(key);
                int space = person.indexOf(' ');
                return space > 0 ? gazetteer.formalName(person.substring(0, space)) + person.substring(space) : person;
            }
            if (m.type().equals("place")) {
                String s = Gazetteer.key(stripRegion(m.text()));
                Gazetteer.Known ks = gazetteer.byKey(s);
                return ks != null ? Gazetteer.key(ks.canonical()) : careFacilityKey(s);
            }
            return key;
        }

        /**
         * The one multi-word name of the story a lone word belongs to, preferring its own article: a person's whose
         * last (or first) name it is, an organization's whose last word it is.
         */
        private Cluster fullNameFor(Named n) {
            // memoized: only multi-word names match, and lone names joining clusters never add one
            String key = Gazetteer.key(n.m.text());
            String memoKey = key + '\u0000' + n.m.article();
            if (!fullNames.containsKey(memoKey)) {
                fullNames.put(memoKey, fullNameFor(key, n.m.article(), false));
            }
            return fullNames.get(memoKey);
        }

        /**
         * "Harlow, Vermont" (a state after a place and a comma), "a Harlow native", "Harlow police": the place itself,
         * whatever team the story names after it.
         */
        private boolean placedByNeighbours(EntityMention m) {
            Article a = articles.get(m.article());
            if (a == null) {
                return false;
            }
            String body = a.body();
            int start = CodePoints.toChar(body, m.start());
            int end = CodePoints.toChar(body, m.end());
            int k = start;
            while (k > 0 && Character.isWhitespace(body.charAt(k - 1))) {
                k--;
            }
            if (k > 0 && body.charAt(k - 1) == ',') {
                return true;
            }
            java.util.regex.Matcher next = NEXT_WORD.matcher(body).region(end, body.length());
            return next.lookingAt() && EntityRecognizer.PLACE_NOUNS_AFTER.contains(next.group(1));
        }

        /** "in Dorvale", "at Dorvale": the word before the mention places it, so it is no team's city. */
        private boolean afterLocative(EntityMention m) {
            Article a = articles.get(m.article());
            return a != null && afterLocative(a.body(), CodePoints.toChar(a.body(), m.start()));
        }

        private static boolean afterLocative(String body, int charStart) {
            int k = charStart;
            while (k > 0 && Character.isWhitespace(body.charAt(k - 1))) {
                k--;
            }
            int w = k;
            while (w > 0 && Character.isLetter(body.charAt(w - 1))) {
                w--;
            }
            return LOCATIVES.contains(body.substring(w, k).toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * Among several full names the word fits, the one its own article names, else the story's dominant one:
         * named in at least twice as many articles as any other ("Roe" is the subject Jane Roe, not the father
         * Sam Roe one article quotes); null when no name dominates.
         */
        private Cluster fullNameFor(String key, String article, boolean teamCity) {
            Map<Cluster, Set<String>> inArticle = new LinkedHashMap<>();
            Map<Cluster, Set<String>> anywhere = new LinkedHashMap<>();
            for (Cluster c : clusters) {
                for (Named o : c.members) {
                    String[] parts = personKey(Gazetteer.key(o.m.text())).split(" ");
                    // a person's last (or first) name; an organization's last word ("Gulls" of "Harbor City Gulls")
                    boolean match = teamCity
                            ? o.m.type().equals("organization") && teamName(parts, key)
                                    && !gazetteer.organizationHead(lastWord(o.m.text()))
                            // a first name (East Asian order) unless the word alone names a company elsewhere
                            // ("Zentrix" is not the "Zentrix Quill" a shape made a person)
                            : o.m.type().equals("person") && (parts[parts.length - 1].equals(key)
                                    || parts[0].equals(key) && !loneOrganizations.contains(key))
                                    || o.m.type().equals("organization") && parts[parts.length - 1].equals(key);
                    if (parts.length > 1 && match) {
                        Set<String> named = anywhere.computeIfAbsent(c, x -> new java.util.HashSet<>());
                        named.add(o.m.article());
                        if (o.m.article().equals(article)) {
                            inArticle.put(c, named);
                        }
                    }
                }
            }
            return dominant(inArticle.isEmpty() ? anywhere : inArticle);
        }

        /** A surname of two words opening with a particle: "Lo Presti", "van Dijk", "De Luca" (a person's mention). */
        private static boolean particleSurname(EntityMention m) {
            String[] words = m.text().split(" ");
            return m.type().equals("person") && words.length == 2
                    && SURNAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
        }

        /**
         * The one person whose full name of three words or more ends with {@code key} ("Gaetano Lo Presti" for "Lo
         * Presti"), preferring its own article, else the story's dominant one.
         */
        private Cluster fullNameEndingIn(String key, String article) {
            Map<Cluster, Set<String>> inArticle = new LinkedHashMap<>();
            Map<Cluster, Set<String>> anywhere = new LinkedHashMap<>();
            for (Cluster c : clusters) {
                for (Named o : c.members) {
                    String full = personKey(Gazetteer.key(o.m.text()));
                    if (o.m.type().equals("person") && full.endsWith(" " + key) && full.split(" ").length > 2) {
                        Set<String> named = anywhere.computeIfAbsent(c, x -> new java.util.HashSet<>());
                        named.add(o.m.article());
                        if (o.m.article().equals(article)) {
                            inArticle.put(c, named);
                        }
                    }
                }
            }
            return dominant(inArticle.isEmpty() ? anywhere : inArticle);
        }

        /** Keys a team's name opens with, its city or school: "harlow city" of "Harlow City Gulls". */
        private Set<String> teamPrefixes() {
            Set<String> prefixes = new java.util.HashSet<>();
            for (Named n : mentions) {
                String[] parts = Gazetteer.key(n.m.text()).split(" ");
                if (n.m.type().equals("organization") && parts.length > 1 && parts[parts.length - 1].endsWith("s")) {
                    for (int k = Math.max(1, parts.length - 2); k < parts.length; k++) {
                        prefixes.add(String.join(" ", java.util.Arrays.copyOf(parts, k)));
                    }
                }
            }
            return prefixes;
        }

        /**
         * True when the name's key words are the city {@code key} and a nickname of one or two words ending in a
         * plural: "harlow city gulls", "dorvale red herons".
         */
        private static boolean teamName(String[] parts, String key) {
            int cityWords = key.split(" ").length;
            return parts.length > cityWords && parts.length - cityWords <= 2 && parts[parts.length - 1].endsWith("s")
                    && String.join(" ", java.util.Arrays.copyOf(parts, cityWords)).equals(key);
        }

        private static Cluster dominant(Map<Cluster, Set<String>> candidates) {
            Cluster best = null;
            int first = 0;
            int second = 0;
            for (Map.Entry<Cluster, Set<String>> e : candidates.entrySet()) {
                int n = e.getValue().size();
                if (n > first) {
                    second = first;
                    first = n;
                    best = e.getKey();
                } else if (n > second) {
                    second = n;
                }
            }
            return best != null && first >= 2 * second ? best : null;
        }

        /**
         * The one person whose name a blended nickname is made of: two parts, split at an inner capital, hyphen or
         * dot, opening the first and the last name ("JaRo" or "Ja-Ro" for Jane Roe); null when none or several.
         */
        private Cluster blendedNameFor(String word) {
            int cut = -1;
            for (int k = 1; k < word.length() - 1 && cut < 0; k++) {
                char c = word.charAt(k);
                if (c == '-' || c == '.') {
                    cut = k + 1;
                } else if (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(k - 1))) {
                    cut = k;
                }
            }
            if (cut < 0 || word.length() - cut < 2) {
                return null;
            }
            String head = word.substring(0, cut).replaceAll("[-.]", "").toLowerCase(Locale.ROOT);
            String tail = word.substring(cut).toLowerCase(Locale.ROOT);
            Cluster found = null;
            for (Cluster c : clusters) {
                for (Named o : c.members) {
                    String[] parts = personKey(Gazetteer.key(o.m.text())).split(" ");
                    if (o.m.type().equals("person") && parts.length > 1 && parts[0].startsWith(head)
                            && parts[parts.length - 1].startsWith(tail) && !parts[parts.length - 1].equals(tail)) {
                        if (found != null && found != c) {
                            return null;
                        }
                        found = c;
                    }
                }
            }
            return found;
        }

        /** An all-capital name spelling the initials of exactly one other name joins it. */
        private void linkAcronyms() {
            for (Cluster a : new ArrayList<>(clusters)) {
                String text = a.members.get(0).m.text().replace(".", "");
                if (a.known != null || text.length() < 2 || text.length() > 6 || !text.equals(text.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Cluster target = null;
                int count = 0;
                for (Cluster c : clusters) {
                    if (c != a && initials(c.members.get(0).m.text()).equals(text)) {
                        target = c;
                        count++;
                    }
                }
                if (count == 1) {
                    Cluster into = target;
                    into.members.addAll(a.members);
                    clusters.remove(a);
                    byKey.replaceAll((k, v) -> v == a ? into : v);
                }
            }
        }

        /**
         * Two names of one team: sides that beat the same opponent by the same score ("Harlow defeated Quenby 65-53",
         * "the top-seeded Gulls beat Quenby 65-53", "Harlow's 65-53 victory over Quenby") are one entity, a school
         * or city and its team's nickname. People aside (a tennis player's two forms join by their surname anyway).
         */
        private void joinSameResults() {
            Map<String, List<Named>> byArticle = new HashMap<>();
            Map<Named, Cluster> clusterOf = new HashMap<>();
            for (Cluster c : clusters) {
                for (Named n : c.members) {
                    byArticle.computeIfAbsent(n.m.article(), a -> new ArrayList<>()).add(n);
                    clusterOf.put(n, c);
                }
            }
            Map<String, Set<Cluster>> winners = new LinkedHashMap<>();
            for (String id : ids) {
                Article a = articles.get(id);
                List<Named> present = byArticle.getOrDefault(id, List.of());
                if (a == null || present.isEmpty()) {
                    continue;
                }
                String body = a.body();
                Map<Integer, Named> startingAt = new HashMap<>();
                for (Named n : present) {
                    startingAt.put(CodePoints.toChar(body, n.m.start()), n);
                }
                for (Named n : present) {
                    if (isRolePhrase(n.m) || n.m.type().equals("person")) {
                        continue;
                    }
                    int afterStart = CodePoints.toChar(body, n.m.end());
                    String after = body.substring(afterStart, Math.min(body.length(), afterStart + 80));
                    String key = resultKey(after, afterStart, startingAt, clusterOf, body);
                    Cluster side = clusterOf.get(n);
                    if (key != null && !key.startsWith(clusters.indexOf(side) + "/")) {
                        winners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(side);
                    }
                }
            }
            for (Set<Cluster> same : winners.values()) {
                List<Cluster> sides = new ArrayList<>(same);
                sides.removeIf(c -> !clusters.contains(c));
                if (sides.size() < 2) {
                    continue;
                }
                // the team is the largest side the gazetteer does not know; a known place stands for it only as a side
                sides.sort(Comparator.comparing((Cluster c) -> c.known != null)
                        .thenComparingInt(c -> -c.members.size()));
                Cluster into = sides.get(0);
                if (into.known != null) {
                    continue;
                }
                for (Cluster c : sides.subList(1, sides.size())) {
                    if (c.known != null) {
                        standsFor(c, into);
                        continue;
                    }
                    into.members.addAll(c.members);
                    into.cities.addAll(c.cities);
                    clusters.remove(c);
                    byKey.replaceAll((k, v) -> v == c ? into : v);
                }
            }
        }

        /**
         * A care facility named after a person ("the Jane Roe Center"): where the story writes the person's name after
         * a locative ("checked into Jane Roe", "back at Jane Roe"), the name is the facility's short form, a place;
         * elsewhere ("Jane Roe, who founded the clinic, said") it is the person, even when the keys matched.
         */
        private void facilitiesNamedForPeople() {
            Map<String, Cluster> facilities = new HashMap<>();
            Cluster ambiguous = new Cluster(); // a bare name two facilities of the story share
            for (Cluster c : clusters) {
                for (Named n : c.members) {
                    String key = Gazetteer.key(n.m.text());
                    String bare = careFacilityKey(key);
                    if (n.m.type().equals("place") && !bare.equals(key)) {
                        facilities.merge(bare, c, (a, b) -> a == b ? a : ambiguous);
                    }
                }
            }
            facilities.values().removeIf(c -> c == ambiguous);
            if (facilities.isEmpty()) {
                return;
            }
            List<Named> places = new ArrayList<>();
            Map<Cluster, Cluster> personOf = new LinkedHashMap<>();
            for (Cluster c : new ArrayList<>(clusters)) {
                List<Named> moved = new ArrayList<>();
                for (Named n : c.members) {
                    Cluster facility = facilities.get(Gazetteer.key(n.m.text()));
                    if (facility == null || !n.m.type().equals("person") || n.m.role() != null) {
                        continue;
                    }
                    if (afterLocative(n.m)) {
                        moved.add(n);
                        places.add(new Named(new EntityMention(n.m.article(), n.m.start(), n.m.end(), n.m.text(),
                                "place", null), n.order));
                    } else if (c == facility) {
                        moved.add(n);
                        personOf.computeIfAbsent(facility, f -> new Cluster()).members.add(n);
                    }
                }
                c.members.removeAll(moved);
            }
            for (Named n : places) {
                facilities.get(Gazetteer.key(n.m.text())).members.add(n);
            }
            clusters.addAll(personOf.values());
            List<Cluster> empty = clusters.stream().filter(c -> c.members.isEmpty()).toList();
            clusters.removeAll(empty);
            byKey.values().removeIf(empty::contains);
        }

        /**
         * A known city whose name opens the name of one team of the story ("Harlow" of "Harlow Gulls") stands for that
         * team wherever no locative places it ("Harlow signed a new coach", "Harlow's head coach"; not "fans in
         * Harlow"): in a story about a team, its city written alone is mostly the team. So does a city written right
         * before a team's nickname the recognizer kept apart ("the Harlow Red Gulls": "Harlow" and "Red Gulls").
         */
        private void citiesStandForTeams() {
            Map<String, Set<Cluster>> teamsByCity = new HashMap<>();
            Map<String, Cluster> placeEndingAt = new HashMap<>();
            for (Cluster c : clusters) {
                if (c.known != null && c.known.type().equals("place")) {
                    for (Named n : c.members) {
                        Article a = articles.get(n.m.article());
                        if (a != null) {
                            placeEndingAt.put(n.m.article() + "@" + CodePoints.toChar(a.body(), n.m.end()), c);
                        }
                    }
                }
            }
            for (Cluster c : clusters) {
                if (c.known != null) {
                    continue;
                }
                for (Named n : c.members) {
                    String[] parts = Gazetteer.key(n.m.text()).split(" ");
                    if (!n.m.type().equals("organization") || parts.length < 2
                            || gazetteer.organizationHead(lastWord(n.m.text()))) {
                        continue; // "Harlow Times" is a newspaper, no team
                    }
                    for (int k = Math.max(1, parts.length - 2); k < parts.length; k++) {
                        String city = String.join(" ", java.util.Arrays.copyOf(parts, k));
                        if (teamName(parts, city)) {
                            teamsByCity.computeIfAbsent(city, x -> new LinkedHashSet<>()).add(c);
                        }
                    }
                }
                for (Named n : c.members) {
                    Cluster city = cityBefore(n.m, placeEndingAt);
                    // a nickname of one or two words, no company or newspaper ("Harlow Herald")
                    if (city != null && n.m.type().equals("organization") && n.m.text().split(" ").length <= 2
                            && !gazetteer.organizationHead(lastWord(n.m.text()))) {
                        teamsByCity.computeIfAbsent(Gazetteer.key(city.known.canonical()), x -> new LinkedHashSet<>()).add(c);
                    }
                }
            }
            for (Cluster place : new ArrayList<>(clusters)) {
                if (place.known == null || !place.known.type().equals("place")) {
                    continue;
                }
                Set<Cluster> teams = teamsByCity.getOrDefault(Gazetteer.key(place.known.canonical()), Set.of());
                if (teams.size() == 1) {
                    standsFor(place, teams.iterator().next());
                }
            }
        }

        /** The known place whose mention ends one space before {@code m} ("Harlow" of "Harlow Red Gulls"), or null. */
        private Cluster cityBefore(EntityMention m, Map<String, Cluster> placeEndingAt) {
            Article a = articles.get(m.article());
            if (a == null) {
                return null;
            }
            int start = CodePoints.toChar(a.body(), m.start());
            return start > 0 && a.body().charAt(start - 1) == ' '
                    ? placeEndingAt.get(m.article() + "@" + (start - 1)) : null;
        }

        /**
         * A known place that won like the story's team is that team wherever no locative places it ("top-ranked
         * Tarnshire beat Quenby 91-73", "Tarnshire's scoring record"; not "fans in Tarnshire"): those mentions move
         * to the team as its city, which its type ignores.
         */
        private void standsFor(Cluster place, Cluster team) {
            for (java.util.Iterator<Named> it = place.members.iterator(); it.hasNext();) {
                Named n = it.next();
                if (!afterLocative(n.m) && !placedByNeighbours(n.m)) {
                    it.remove();
                    team.members.add(n);
                    team.cities.add(n);
                }
            }
            if (place.members.isEmpty()) {
                clusters.remove(place);
                byKey.replaceAll((k, v) -> v == place ? team : v);
            }
        }

        /**
         * The opponent and score of a win written right after a side: "defeated Quenby 65-53", "'s 65-53 victory over
         * Quenby", "to a 65-53 win against Quenby"; the key is the opponent's cluster and the score, larger first.
         */
        private String resultKey(String after, int afterStart, Map<Integer, Named> startingAt,
                Map<Named, Cluster> clusterOf, String body) {
            java.util.regex.Matcher m = WIN_BEFORE_OPPONENT.matcher(after);
            if (m.lookingAt()) {
                int opponentAt = afterStart + m.end();
                int opponentEnd = nameEnd(body, opponentAt, startingAt);
                java.util.regex.Matcher score = SCORE_AFTER_OPPONENT.matcher(
                        body.substring(opponentEnd, Math.min(body.length(), opponentEnd + 20)));
                if (!score.lookingAt()) {
                    return null;
                }
                return key(opponent(body, opponentAt, opponentEnd, startingAt, clusterOf), score.group(1),
                        score.group(2));
            }
            m = SCORE_BEFORE_OPPONENT.matcher(after);
            if (m.lookingAt()) {
                int opponentAt = afterStart + m.end();
                int opponentEnd = nameEnd(body, opponentAt, startingAt);
                return key(opponent(body, opponentAt, opponentEnd, startingAt, clusterOf), m.group(1), m.group(2));
            }
            return null;
        }

        /** Where the name at {@code at} ends: its mention's end, else the end of its run of capitalized words. */
        private static int nameEnd(String body, int at, Map<Integer, Named> startingAt) {
            Named o = startingAt.get(at);
            if (o != null) {
                return CodePoints.toChar(body, o.m.end());
            }
            int k = at;
            while (k < body.length() && Character.isUpperCase(body.charAt(k))) {
                while (k < body.length() && Character.isLetter(body.charAt(k))) {
                    k++;
                }
                int next = k;
                while (next < body.length() && body.charAt(next) == ' ') {
                    next++;
                }
                if (next == k || next >= body.length() || !Character.isUpperCase(body.charAt(next))) {
                    break;
                }
                k = next;
            }
            return k;
        }

        /**
         * The cluster of the opponent's name: its mention's, else the one the story keys its text to (the article may
         * not have found it).
         */
        private Cluster opponent(String body, int at, int end, Map<Integer, Named> startingAt,
                Map<Named, Cluster> clusterOf) {
            Named o = startingAt.get(at);
            return o != null ? clusterOf.get(o) : end > at ? byKey.get(Gazetteer.key(body.substring(at, end))) : null;
        }

        private String key(Cluster opponent, String a, String b) {
            int x = Integer.parseInt(a);
            int y = Integer.parseInt(b);
            return opponent == null || x == y ? null
                    : clusters.indexOf(opponent) + "/" + Math.max(x, y) + "-" + Math.min(x, y);
        }

        /**
         * The one person holding {@code office}: among the people {@code article} names when some of them hold
         * it, else among the story's; null when none or several do.
         */
        private Cluster holder(Office office, String article) {
            if (office == null) {
                return null;
            }
            if (article != null) {
                Holders inArticle = holders(office, article);
                if (!inArticle.none()) {
                    return inArticle.one();
                }
            }
            Holders story = holders(office, null);
            Cluster one = story.one();
            if (one == null && story.same().size() > 1) {
                // several holders in the story: the dominant one, named in at least twice as many articles as any
                // other ("the president" of an article naming no one, in a story about President Roe who once
                // mentions a predecessor)
                Map<Cluster, Set<String>> named = new LinkedHashMap<>();
                for (Cluster c : story.same()) {
                    named.put(c, c.namedIn);
                }
                one = dominant(named);
            }
            return one;
        }

        /** The holders of {@code office} named in {@code article} (any article when null), split by country. */
        private Holders holders(Office office, String article) {
            List<Cluster> same = new ArrayList<>();
            List<Cluster> unknownCountry = new ArrayList<>();
            for (Cluster c : clusters) {
                if (article != null && !c.namedIn.contains(article)) {
                    continue;
                }
                String country = null;
                boolean holds = false;
                for (Office o : c.offices) {
                    if (sameOffice(o, office)) {
                        holds = true;
                        country = country != null ? country : o.country();
                    }
                }
                if (!holds) {
                    continue;
                }
                if (office.country() == null || office.country().equals(country)) {
                    same.add(c);
                } else if (country == null) {
                    unknownCountry.add(c);
                }
            }
            return new Holders(same, unknownCountry);
        }

        /**
         * Story-wide name propagation: a name the story has established (a member's exact form, its all-capital
         * form, the surname of a person's full name or the last word of an organization's) names that entity
         * (the dominant one when several share the form) wherever it is written in
         * any article of the story and no mention covers it yet ("Comeaux" at the start of a sentence in one
         * article, when another calls him "Arthur Comeaux").
         */
        void propagate() {
            teamCities.clear();
            Map<String, Map<Cluster, Set<String>>> exact = new HashMap<>();
            Map<String, Map<Cluster, Set<String>>> last = new HashMap<>();
            for (Cluster c : clusters) {
                if (!c.named()) {
                    continue;
                }
                String type = c.type();
                for (Named n : c.members) {
                    if (isRolePhrase(n.m)) {
                        continue;
                    }
                    String text = n.m.text();
                    if (c.cities.contains(n)) {
                        // a team's city propagates to the team only where no locative makes it the place
                        teamCities.merge(text, c, (a, b) -> a == b ? a : sharedCity);
                        continue;
                    }
                    addForm(exact, text, c, n.m.article());
                    addForm(exact, text.toUpperCase(Locale.ROOT), c, n.m.article());
                    // a person's surname; a team's or company's last word ("Gulls" of "Harbor City Gulls")
                    String surname = type.equals("person") ? surname(text)
                            : type.equals("organization") && !gazetteer.organizationHead(lastWord(text)) ? surname(text)
                            : null;
                    if (surname != null && gazetteer.byKey(Gazetteer.key(surname)) == null) {
                        addForm(last, surname, c, n.m.article());
                        addForm(last, surname.toUpperCase(Locale.ROOT), c, n.m.article());
                    }
                }
            }
            // a name written alone is its own entity's before it is a surname; several entities: the dominant one
            Map<String, Cluster> forms = new HashMap<>();
            for (Map<String, Map<Cluster, Set<String>>> table : List.of(exact, last)) {
                table.forEach((form, candidates) -> {
                    if (!forms.containsKey(form)) {
                        Cluster c = dominant(candidates);
                        if (c != null) {
                            forms.put(form, c);
                        }
                    }
                });
            }
            teamCities.values().removeIf(c -> c == sharedCity);
            if (forms.isEmpty() && teamCities.isEmpty()) {
                return;
            }
            // each entity's type is taken once: a vote over its members, which propagation only adds to
            Map<Cluster, String> types = new HashMap<>();
            for (Cluster c : forms.values()) {
                types.computeIfAbsent(c, Cluster::type);
            }
            for (Cluster c : teamCities.values()) {
                types.computeIfAbsent(c, Cluster::type);
            }
            Map<String, List<Named>> byArticle = new HashMap<>();
            for (Named n : mentions) {
                byArticle.computeIfAbsent(n.m.article(), a -> new ArrayList<>()).add(n);
            }
            int order = mentions.size();
            for (String id : ids) {
                Article article = articles.get(id);
                if (article != null) {
                    order = propagateIn(article, byArticle.getOrDefault(id, List.of()), forms, types, order);
                }
            }
        }

        /** Adds a mention for each uncovered occurrence of a form in {@code article}, longest form first. */
        private int propagateIn(Article article, List<Named> present, Map<String, Cluster> forms,
                Map<Cluster, String> types, int order) {
            String body = article.body();
            java.util.BitSet covered = new java.util.BitSet(body.length());
            for (Named n : present) {
                covered.set(CodePoints.toChar(body, n.m.start()), CodePoints.toChar(body, n.m.end()));
            }
            List<int[]> words = capitalWords(body);
            for (int w = 0; w < words.size(); w++) {
                for (int len = Math.min(MAX_FORM_WORDS, words.size() - w); len >= 1; len--) {
                    int start = words.get(w)[0];
                    int end = words.get(w + len - 1)[1];
                    if (!adjacent(body, words, w, len)) {
                        continue;
                    }
                    Cluster c = forms.get(body.substring(start, end));
                    Cluster team = len == 1 ? teamCities.get(body.substring(start, end)) : null;
                    boolean city = team != null && !afterLocative(body, start);
                    c = city ? team : c;
                    int set = covered.nextSetBit(start);
                    if (c == null || set >= 0 && set < end) {
                        continue;
                    }
                    covered.set(start, end);
                    Span span = Span.ofChars(body, start, end);
                    EntityMention m = new EntityMention(article.id(), span.start(), span.end(), body.substring(start, end),
                            types.get(c), null);
                    Named n = new Named(m, order++);
                    c.members.add(n);
                    if (city) {
                        c.cities.add(n);
                    }
                    w += len - 1;
                    break;
                }
            }
            return order;
        }

        /**
         * The canonical name for a speaker or actor as written in {@code article}, or the text itself when no
         * entity matches.
         */
        String canonical(String written, String article) {
            if (written == null) {
                return null;
            }
            String key = Gazetteer.key(written);
            Cluster c = byKey.get(key);
            Gazetteer.Known k = gazetteer.byKey(key);
            if (c == null && k != null) {
                c = byKey.get(Gazetteer.key(k.canonical()));
                if (c == null) {
                    return k.canonical(); // a known name the story's articles did not otherwise use
                }
            }
            if (c == null && key.indexOf(' ') < 0) {
                c = fullNameFor(key, null, false); // a surname the recognizer had no context to type
            }
            if (c == null) {
                c = holder(office(written), article);
            }
            return c != null && c.named() ? c.canonical() : written;
        }
    }

    private static final int MAX_FORM_WORDS = 4;

    private static void addForm(Map<String, Map<Cluster, Set<String>>> forms, String form, Cluster c, String article) {
        forms.computeIfAbsent(form, f -> new LinkedHashMap<>()).computeIfAbsent(c, x -> new java.util.HashSet<>())
                .add(article);
    }

    /**
     * The last word of a person's name of two or more words, a generational suffix aside ("Roe" of "Jane Roe
     * Jr."); null for one-word names and for words too short or too common to name the person alone.
     */
    static String surname(String name) {
        String[] w = name.split(" ");
        int last = w.length - 1;
        while (last > 0 && GENERATIONAL.contains(w[last].replace(".", ""))) {
            last--;
        }
        if (last < 1) {
            return null;
        }
        String s = w[last];
        return s.length() > 2 && Character.isUpperCase(s.charAt(0)) && !s.equals(s.toUpperCase(Locale.ROOT)) ? s : null;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static final Set<String> GENERATIONAL = Set.of("Jr", "Sr", "II", "III", "IV");

    /** A person's name key without a generational suffix: "jane roe jr" -> "jane roe". */
    private static String personKey(String key) {
        int space = key.lastIndexOf(' ');
        return space > 0 && GENERATIONAL_KEYS.contains(key.substring(space + 1)) ? key.substring(0, space) : key;
    }

    private static final Set<String> GENERATIONAL_KEYS = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Marks a word may hold between letters: "Ja-Ro", "O'Neil", "U.N". */
    private static final String INNER_MARKS = "-'’.";

    /** Char ranges of capitalized words (letters, inner apostrophes, hyphens and dots), a possessive ending cut. */
    private static List<int[]> capitalWords(String body) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            boolean starts = Character.isUpperCase(c) && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)));
            if (!starts) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetter(body.charAt(j))
                    || INNER_MARKS.indexOf(body.charAt(j)) >= 0 && j + 1 < n && Character.isLetter(body.charAt(j + 1)))) {
                j++;
            }
            if (j < n && Character.isLetterOrDigit(body.charAt(j))) {
                i = j; // a word running into digits is no name
                continue;
            }
            int end = j;
            if (end - i > 2 && (body.charAt(end - 1) == 's' || body.charAt(end - 1) == 'S')
                    && (body.charAt(end - 2) == '\'' || body.charAt(end - 2) == '’')) {
                end -= 2;
            }
            out.add(new int[] {i, end});
            i = j;
        }
        return out;
    }

    /** True when words {@code w .. w+len-1} are separated by single spaces only. */
    private static boolean adjacent(String body, List<int[]> words, int w, int len) {
        for (int k = w; k < w + len - 1; k++) {
            int gapFrom = words.get(k)[1];
            int gapTo = words.get(k + 1)[0];
            if (gapTo - gapFrom != 1 || body.charAt(gapFrom) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Last words of a care facility's name that its short forms drop: "Lakeshore Recovery Center" is "Lakeshore". */
    private static final Set<String> CARE_WORDS = Set.of("center", "centre", "clinic", "recovery", "rehab",
            "treatment");

    /**
     * The key of a care facility without its care words ("lakeshore recovery center" -> "lakeshore"), so that the
     * short forms an article uses ("Lakeshore", "Lakeshore Recovery") find it; unchanged when the rest is a known
     * name ("Varna Clinic" is not the city Varna).
     */
    private String careFacilityKey(String key) {
        String k = key;
        int space = k.lastIndexOf(' ');
        while (space > 0 && CARE_WORDS.contains(k.substring(space + 1))) {
            k = k.substring(0, space);
            space = k.lastIndexOf(' ');
        }
        return k.equals(key) || gazetteer.byKey(k) != null ? key : k;
    }

    private static String stripRegion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : REGION_SUFFIXES) {
            if (lower.endsWith(" " + suffix)) {
                return name.substring(0, name.length() - suffix.length() - 1).strip();
            }
        }
        return name;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replace('’', '\'').split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** An entity being assembled from the clusters of one or more stories. */
    private static final class Built {
        final String id;
        final String name;
        final String type;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Built(String id, String name, String type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        void add(Cluster c, Map<String, Article> articles) {
            List<Named> members = new ArrayList<>(c.members);
            members.sort(Comparator.comparingInt(Named::order));
            for (Named n : members) {
                EntityMention m = n.m;
                mentions.add(new Mention(m.article(), m.start(), m.end()));
                if (!m.text().equals(name)) {
                    aliases.add(m.text());
                }
                String bare = bareAfterInsertion(m, articles.get(m.article()));
                if (bare != null && !bare.equals(name)) {
                    aliases.add(bare);
                }
                String titled = titledForm(m, articles.get(m.article()));
                if (titled != null) {
                    aliases.add(titled);
                }
            }
        }

        /** "Roe" from "(President Jane) Roe": the name as the quoted speaker wrote it, before an editor's insertion. */
        private static String bareAfterInsertion(EntityMention m, Article article) {
            if (article == null) {
                return null;
            }
            String slice = CodePoints.slice(article.body(), m.start(), m.end());
            int paren = slice.lastIndexOf(')');
            return paren >= 0 && paren + 1 < slice.length() ? slice.substring(paren + 1).strip() : null;
        }

        /** "Secretary of State Jane Roe" when the role is written right before the name. */
        private static String titledForm(EntityMention m, Article article) {
            if (m.role() == null || article == null || isRolePhrase(m)) {
                return null;
            }
            String body = article.body();
            int end = CodePoints.toChar(body, m.start());
            String before = body.substring(Math.max(0, end - m.role().length() - 1), end);
            return before.equals(m.role() + " ") ? m.role() + " " + m.text() : null;
        }

        Entity entity() {
            mentions.sort(Comparator.comparing(Mention::article).thenComparingInt(Mention::start));
            return new Entity(id, name, type, List.copyOf(aliases), mentions);
        }
    }
}
