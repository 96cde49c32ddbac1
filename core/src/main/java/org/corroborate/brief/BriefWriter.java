package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Brief;
import org.corroborate.model.CitedSentence;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.Span;
import org.corroborate.model.Story;
import org.corroborate.model.StoryBrief;
import org.corroborate.model.TimelineEntry;
import org.corroborate.text.TermVectors;
import org.corroborate.text.Terms;

/**
 * Writes each story's brief from its claims. Extractive: every sentence is a sentence of some article, cited.
 *
 * <p>Implementation notes: the lead is chosen like centroid-based summarization (Radev et al., "Centroid-based
 * summarization of multiple documents", 2004): each statement claim is scored by the TF-IDF cosine of its
 * sentence to the story centroid, weighted by its independent support (1 + ln chains) and a position prior
 * (news puts what matters first), and sentences are taken greedily while they are not redundant with those
 * already taken (maximal marginal relevance, Carbonell and Goldstein 1998). Sentences backed by two or more
 * chains are preferred; single-chain sentences fill the lead only when too few are. "Only one source" lists
 * single-chain statements and quotes that carry a name or a figure. Key figures are those two chains confirm,
 * or that a named actor gives, most supported first. The timeline places each dated sentence
 * at its normalized date.
 */
public final class BriefWriter {
    static final int LEAD_MIN = 3;
    static final int LEAD_MAX = 5;
    static final int SINGLE_SOURCE_MAX = 10;
    static final int SINGLE_SOURCE_QUOTES = 6;
    static final int FIGURES_MAX = 8;
    static final int QUOTES_PER_SPEAKER = 6;
    static final int TIMELINE_PER_DATE = 2;
    static final int TIMELINE_MAX = 12;
    static final double REDUNDANT = 0.5;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
    private static final Pattern NAME_OR_FIGURE = Pattern.compile("\\d|\\s\\p{Lu}\\p{Ll}");

    public Brief write(Analysis analysis) {
        Map<String, Article> articles = new HashMap<>();
        analysis.articles().forEach(a -> articles.put(a.id(), a));
        Set<String> originals = new HashSet<>();
        analysis.stories().forEach(s -> s.independentChains().forEach(c -> {
            if (!c.isEmpty()) {
                originals.add(c.get(0));
            }
        }));
        Map<String, List<Claim>> claimsOf = new LinkedHashMap<>();
        analysis.claims().forEach(c -> claimsOf.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
        List<StoryBrief> briefs = new ArrayList<>();
        for (Story story : analysis.stories()) {
            List<Claim> claims = claimsOf.getOrDefault(story.id(), List.of());
            briefs.add(brief(story, claims, articles, originals, analysis.dates(), analysis.entities()));
        }
        return new Brief(briefs);
    }

    private StoryBrief brief(Story story, List<Claim> claims, Map<String, Article> articles, Set<String> originals,
            List<DateMention> allDates, List<Entity> entities) {
        List<Claim> statements = claims.stream().filter(c -> "statement".equals(c.kind())).toList();
        Centroid centroid = new Centroid(statements.stream().map(Claim::summary).toList());
        Map<Claim, Double> score = new HashMap<>();
        for (Claim c : statements) {
            double position = c.mentions().stream().mapToInt(m -> sentenceIndex(articles.get(m.article()), m))
                    .min().orElse(0);
            score.put(c, centroid.similarity(c.summary()) * (1 + Math.log(Math.max(1, c.chains().size())))
                    / (1 + 0.15 * position));
        }
        Comparator<Claim> byScore = Comparator.comparingDouble((Claim c) -> -score.get(c)).thenComparing(Claim::id);
        List<Claim> ranked = statements.stream().filter(c -> leadWorthy(c.summary())).sorted(byScore).toList();

        List<Claim> lead = pick(ranked.stream().filter(c -> c.chains().size() >= 2).toList(), LEAD_MAX, List.of());
        if (lead.size() < LEAD_MIN) {
            List<Claim> more = pick(ranked.stream().filter(c -> c.chains().size() < 2).toList(),
                    LEAD_MIN - lead.size(), lead);
            lead = new ArrayList<>(lead);
            lead.addAll(more);
        }
        List<CitedSentence> leadSentences = lead.stream().map(c -> cite(c, originals)).toList();

        List<String> figures = claims.stream().filter(c -> "figure".equals(c.kind())).filter(BriefWriter::keyFigure)
                .sorted(Comparator.comparingInt((Claim c) -> -c.chains().size())
                        .thenComparingInt(c -> -c.mentions().size()).thenComparing(Claim::id))
                .limit(FIGURES_MAX).map(Claim::id).toList();

        // who said what: the speaker's own words (direct, partial or unmarked quotes), most carried first;
        // reported speech stays in the ledger
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        claims.stream().filter(c -> "quote".equals(c.kind())).filter(BriefWriter::ownWords)
                .forEach(c -> bySpeaker.computeIfAbsent(speaker(c), k -> new ArrayList<>()).add(c));
        List<String> quotes = new ArrayList<>();
        bySpeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Claim>> e) -> e.getKey().isEmpty() ? 1 : 0)
                        .thenComparingInt(e -> -e.getValue().stream().mapToInt(c -> c.mentions().size()).sum())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> e.getValue().stream()
                        .sorted(Comparator.comparingInt((Claim c) -> -c.chains().size())
                                .thenComparingInt(c -> -c.mentions().size()).thenComparing(Claim::id))
                        .limit(QUOTES_PER_SPEAKER)
                        .forEach(c -> quotes.add(c.id())));

        // only one source has: its own statements (most central first) and the remarks only it carries, one
        // per speaker, voices no other chain quotes first
        List<Claim> singleStatements = claims.stream()
                .filter(c -> "single-source".equals(c.status()) && "statement".equals(c.kind()))
                .filter(c -> NAME_OR_FIGURE.matcher(c.summary()).find() && citable(c.summary()))
                .sorted(byScore).toList();
        Set<String> people = new HashSet<>();
        entities.stream().filter(e -> "person".equals(e.type())).forEach(e -> people.add(e.name()));
        Map<String, Set<String>> chainsOfSpeaker = new HashMap<>();
        claims.stream().filter(c -> "quote".equals(c.kind()))
                .forEach(c -> chainsOfSpeaker.computeIfAbsent(speaker(c), k -> new HashSet<>()).addAll(c.chains()));
        Set<String> speakersTaken = new HashSet<>();
        List<Claim> singleQuotes = claims.stream()
                .filter(c -> "single-source".equals(c.status()) && "quote".equals(c.kind()) && ownWords(c))
                .sorted(Comparator.comparingInt((Claim c) -> voiceRank(c, chainsOfSpeaker, people))
                        .thenComparingInt(c -> -c.variants().stream().mapToInt(v -> v.text().length()).max().orElse(0))
                        .thenComparing(Claim::id))
                .filter(c -> speakersTaken.add(speaker(c)))
                .limit(SINGLE_SOURCE_QUOTES).toList();
        List<CitedSentence> singleSource = new ArrayList<>();
        pick(singleStatements, SINGLE_SOURCE_MAX - singleQuotes.size(), lead)
                .forEach(c -> singleSource.add(cite(c, originals)));
        Set<String> listed = new HashSet<>();
        singleSource.forEach(c -> listed.add(c.text()));
        singleQuotes.stream().map(c -> citeSentenceAround(c, articles))
                .filter(c -> citable(c.text()) && listed.add(c.text()))
                .forEach(singleSource::add);

        List<String> discrepancies = claims.stream()
                .filter(c -> Set.of("disputed", "contradicted", "revised").contains(c.status()))
                .map(Claim::id).toList();

        return new StoryBrief(story.id(), story.title(), leadSentences, figures, quotes, singleSource, discrepancies,
                timeline(story, allDates, articles));
    }

    /**
     * A figure worth the brief: confirmed by two chains, or given by a named actor and not a
     * small incidental count ("two diplomats", "20 years").
     */
    private static boolean keyFigure(Claim c) {
        if (c.chains().size() >= 2) {
            return true;
        }
        return c.variants().stream().anyMatch(v -> v.actor() != null && v.value() != null && v.value() >= 10);
    }

    /**
     * Order of remarks only one source carries: speakers no other chain quotes first (an unresolved speaker
     * counts as one), whole remarks (direct or unmarked) before fragments, people before institutions.
     */
    private static int voiceRank(Claim quote, Map<String, Set<String>> chainsOfSpeaker, Set<String> people) {
        String speaker = speaker(quote);
        boolean exclusive = speaker.isEmpty() || chainsOfSpeaker.get(speaker).size() <= 1;
        boolean whole = quote.variants().stream().anyMatch(v -> "direct".equals(v.hedge()) || "unmarked".equals(v.hedge()));
        return (exclusive ? 0 : 4) + (whole ? 0 : 2) + (people.contains(speaker) ? 0 : 1);
    }

    private static boolean ownWords(Claim quote) {
        return quote.variants().stream().anyMatch(v -> v.hedge() != null && !"indirect".equals(v.hedge()));
    }

    private static String speaker(Claim quote) {
        return quote.variants().stream().map(ClaimVariant::actor).filter(a -> a != null).findFirst().orElse("");
    }

    /** Greedy maximal marginal relevance: the best claims not redundant with each other or with {@code taken}. */
    private static List<Claim> pick(List<Claim> ranked, int max, List<Claim> taken) {
        List<Claim> out = new ArrayList<>();
        List<Map<String, Double>> seen = new ArrayList<>();
        taken.forEach(c -> seen.add(Centroid.vector(c.summary())));
        for (Claim c : ranked) {
            if (out.size() >= max) {
                break;
            }
            Map<String, Double> v = Centroid.vector(c.summary());
            if (seen.stream().noneMatch(s -> TermVectors.cosine(s, v) > REDUNDANT)) {
                out.add(c);
                seen.add(v);
            }
        }
        return out;
    }

    private static boolean leadWorthy(String sentence) {
        String s = sentence.strip();
        int words = Terms.words(s).size();
        return words >= 8 && words <= 60 && !s.endsWith("?") && citable(s) && Character.isUpperCase(s.charAt(0));
    }

    /** Cells of a table row as the page cleaner keeps it: two spaces or more between them. */
    private static final Pattern CELL_GAP = Pattern.compile(" {2,}");
    private static final int MIN_TABLE_CELLS = 4;
    private static final Pattern LINK = Pattern.compile("https?://|www\\.|\\[/?\\w+[^\\]]*\\]");

    /**
     * A sentence that says something on its own: not a lead-in to what follows ("He listed three demands:"),
     * not a table row, not a link or a blog shortcode.
     */
    private static boolean citable(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && !s.endsWith(":") && CELL_GAP.split(s).length < MIN_TABLE_CELLS && !LINK.matcher(s).find();
    }

    /** The claim's wording from an original report where one carries it, cited by every article that does. */
    private static CitedSentence cite(Claim c, Set<String> originals) {
        String text = c.variants().stream()
                .filter(v -> v.mentions().stream().anyMatch(m -> originals.contains(m.article())))
                .map(ClaimVariant::text).findFirst().orElse(c.summary());
        return new CitedSentence(text, c.mentions(), c.chains().size());
    }

    /**
     * For a quote: the whole sentence around its first mention, so the brief stays extractive, running on to the
     * quote's end but not past its paragraph (a quotation carried over many paragraphs, as a transcript is, would
     * otherwise fill the brief).
     */
    private static CitedSentence citeSentenceAround(Claim c, Map<String, Article> articles) {
        Mention m = c.mentions().get(0);
        Article a = articles.get(m.article());
        if (a != null) {
            for (Span s : a.sentences()) {
                if (s.start() <= m.start() && m.start() < s.end()) {
                    int paragraphEnd = a.paragraphs().stream().filter(p -> p.start() <= s.start() && s.start() < p.end())
                            .mapToInt(Span::end).findFirst().orElse(a.body().codePointCount(0, a.body().length()));
                    int end = Math.max(s.end(), Math.min(paragraphEnd, m.end()));
                    return new CitedSentence(a.text(new Span(s.start(), end)).strip(),
                            List.of(new Mention(a.id(), s.start(), end)), c.chains().size());
                }
            }
        }
        return new CitedSentence(c.summary(), c.mentions(), c.chains().size());
    }

    private static int sentenceIndex(Article a, Mention m) {
        if (a == null) {
            return 0;
        }
        List<Span> sentences = a.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).end() > m.start()) {
                return i;
            }
        }
        return sentences.size();
    }

    private static List<TimelineEntry> timeline(Story story, List<DateMention> dates, Map<String, Article> articles) {
        Set<String> members = new HashSet<>(story.articles());
        Map<String, TimelineEntry> byKey = new LinkedHashMap<>();
        for (DateMention d : dates) {
            if (!members.contains(d.article()) || !ISO_DATE.matcher(d.value()).matches()) {
                continue;
            }
            Article a = articles.get(d.article());
            String sentence = a == null ? d.text() : sentenceAround(a, d.start());
            String key = d.value() + "|" + String.join(" ", Terms.content(sentence).stream().limit(6).toList());
            byKey.putIfAbsent(key, new TimelineEntry(d.value(), sentence, new Mention(d.article(), d.start(), d.end())));
        }
        List<TimelineEntry> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(TimelineEntry::date).thenComparing(e -> e.citation().article())
                .thenComparingInt(e -> e.citation().start()));
        // a timeline shows when things happened, not every sentence that names a day: the first sentences
        // per date (articles lead with the news), and only the dates nearest the story's own
        Map<String, Integer> perDate = new HashMap<>();
        List<TimelineEntry> kept = new ArrayList<>();
        for (TimelineEntry e : out) {
            if (perDate.merge(e.date(), 1, Integer::sum) <= TIMELINE_PER_DATE) {
                kept.add(e);
            }
        }
        return kept.size() <= TIMELINE_MAX ? kept : kept.subList(kept.size() - TIMELINE_MAX, kept.size());
    }

    private static String sentenceAround(Article a, int cp) {
        for (Span s : a.sentences()) {
            if (s.start() <= cp && cp < s.end()) {
                return a.text(s).strip();
            }
        }
        return a.title() == null ? "" : a.title();
    }
}
