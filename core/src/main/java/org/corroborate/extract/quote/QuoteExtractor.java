package org.corroborate.extract.quote;

import static org.corroborate.extract.quote.Grammar.RELATIVE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.extract.entity.TaggedText;
import org.corroborate.model.Article;
import org.corroborate.model.CodePoints;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;
import org.corroborate.text.CalendarWords;

/**
 * Finds direct, partial, unmarked and indirect speech with its speaker and cue.
 *
 * <p>Implementation notes: a rule-based attribution extractor in the line of Pouliquen et al. (2007) and
 * Pareti's PARC work: cues are attribution verbs (cues.txt, inflected without a lemmatizer) and "according
 * to"; the source is the noun phrase next to the cue; the content is the clause the cue governs. Three passes:
 * <ol>
 *   <li>each quotation (straight or curly marks; a paragraph left open continues in the next paragraph that
 *       opens a quote) followed by "SOURCE CUE" or "CUE SOURCE" is a direct quote;</li>
 *   <li>each remaining cue in each sentence: content after the cue when a clause follows it ("X said that
 *       ..."), else the clause before the comma that precedes the source ("..., X said"). A content
 *       containing quotation marks is partial; a first-person content before the source is unmarked direct
 *       speech whose marks were lost; the rest is indirect. Beyond verbs, the same pass takes the stances
 *       PolNeAR annotates as attributions, all kept as beliefs (never quotes): any verb with a "that" clause,
 *       stance nouns with a "that" clause ("her claim that"), stance adjectives with a complement ("confident
 *       that", "critical of"), impressions ("seemed to ...", no source) and "Name: headline" sentences.
 *       Complements are found from the UD tags: "that" + verb is a relative clause, "to" + verb an infinitive
 *       (content keeps "to"), a preposition of content ("about", "of", "for", "against") opens a noun phrase.
 *       Also kept as beliefs (never quotes): passives with their agent ("opposed by X": X the source), "in the
 *       latest poll", questions without an asker ("Asked about X, ..."), "reportedly" (no source), stance nouns
 *       with a phrase complement after a possessive subject ("His call for X drew ..."), title-case headlines.
 *       A cue after "and"/"but" shares its sentence's subject; tagger slips are worked around where they are
 *       regular (cue verbs tagged as nouns after a noun phrase, names tagged as adjectives or verbs before a cue).
 *       A source and cue set off by commas inside the clause they report ("Still, he said, X"; "X, they believe,
 *       is Y") take the clause around them. A that-clause of a cue or stance noun whose source is not found is
 *       still reported, with the sentence's named subject or no source (a belief, never a quote);</li>
 *   <li>a quotation left without a cue that opens a sentence carries over the speaker of the attribution
 *       just before it (same or previous paragraph). As a quote it stands alone; as an attribution relation
 *       it extends the relation it continues (PolNeAR's discontinuous content). Before that, a quotation left
 *       without a report after a colon that closes a clause ("Roe added a caveat: “...”") is that clause subject's.</li>
 * </ol>
 * A quote's text is the attribution's content: the quotation without its outer marks for direct speech, the
 * reported clause (quoted words included) for partial and indirect speech, the clause before ", X said" for
 * unmarked speech. Speakers: a source that overlaps a recognized name is that name (a surname expands to the article's full
 * name); a pronoun goes to the most recent person who was a speaker or a sentence subject within three
 * sentences (a salience heuristic after Hobbs 1978 and Lappin and Leass 1994); a relative pronoun to the noun
 * phrase just before it; other noun phrases stay as written, for the story-level resolver to map roles onto names.
 *
 * <p>The rules are split by what they decide, each stage a class over the same {@link Grammar}: {@link CueWords}
 * (which tokens are cues), {@link Contents}, {@link Sources}, {@link NonReports} (cue verbs that report nothing),
 * {@link Quotations} (pass 1), {@link Reports} and {@link Stances} (pass 2), {@link Nesting} (pass 3 and the
 * clean-up between attributions) and {@link Speakers}. A stage calls only the stages before it in that order.
 */
public final class QuoteExtractor {
    /** Cues that put something online or send it, where the object may be a picture rather than words. */
    private static final Set<String> POSTING = Set.of("tweet", "retweet", "post", "share", "email", "publish", "text");
    /** A noun phrase naming a picture, a recording or a link: "a photo of", "the tragic image", "a link to". */
    private static final Pattern PICTURE = Pattern.compile("(?i)(a|an|the|this|that|his|her|their|its)\\s+"
            + "(\\S+\\s+){0,3}?(photo|photograph|picture|image|video|clip|chart|map|cartoon|meme|screenshot|link)s?\\b");

    private final Cues cues = new Cues();

    public List<Quote> extract(Article article, List<EntityMention> names) {
        List<Quote> out = new ArrayList<>();
        List<Attribution> said = new Pass(TaggedText.of(article), names, cues).run(false).stream()
                .filter(a -> !a.belief()).toList();
        for (Attribution a : said) {
            String text = CodePoints.slice(article.body(), a.content().start(), a.content().end());
            // ("what Roe calls “real solutions”": the relation's content is the free relative, which says nothing alone)
            if (!restatesOuter(a, said) && !RELATIVE.contains(text.toLowerCase()) && !text.equalsIgnoreCase("what")
                    && !postedPicture(a, text)) {
                out.add(new Quote(article.id(), a.content().start(), a.content().end(), text, a.speaker(), a.cueText(),
                        a.kind()));
            }
        }
        return out;
    }

    /**
     * "Roe tweeted a photo of the flooded pier", "Vell posted the clip to her page": what was posted is shown, not
     * said; the relation stays (PolNeAR annotates some), but it is no quote.
     */
    private boolean postedPicture(Attribution a, String text) {
        Cues.Cue cue = a.cueText() == null ? null : cues.of(a.cueText().toLowerCase());
        return cue != null && POSTING.contains(cue.lemma()) && PICTURE.matcher(text).lookingAt();
    }

    /**
     * "The hospital said it had admitted 37 people", "“We told them the hill was moving,” Lind said": a report
     * that is the main clause of another quote (its source opens that quote's content) and whose speaker is that
     * quote's, or nobody resolved, adds no quote of its own.
     */
    private static boolean restatesOuter(Attribution a, List<Attribution> quotes) {
        for (Attribution o : quotes) {
            if (o != a && a.source() != null && a.source().start() == o.content().start()
                    && a.content().end() <= o.content().end()
                    && (a.speaker() == null || a.speaker().equals(o.speaker()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every attribution relation of the article (speech and belief), in text order. Unlike the quotes, a
     * quotation that continues an earlier speaker's quote without a cue of its own is not a relation of its
     * own: the content of the relation it continues stretches over it (PolNeAR annotates one relation with a
     * discontinuous content there).
     */
    public List<Attribution> attributions(Article article, List<EntityMention> names) {
        return new Pass(TaggedText.of(article), names, cues).run(true);
    }

    /** One article's extraction: its stages, the attributions found so far and the cues they used. */
    private static final class Pass extends Grammar {
        private final CueWords cueWords;
        private final Speakers speakers;
        private final Stances stances;
        private final Reports reports;
        private final Quotations quotations;
        private final Nesting nesting;
        private final List<Found> found = new ArrayList<>();
        private final boolean[] usedCue;

        Pass(TaggedText text, List<EntityMention> mentions, Cues cues) {
            super(text, mentions, cues);
            this.usedCue = new boolean[t.size()];
            this.cueWords = new CueWords(this);
            Contents contents = new Contents(this, cueWords);
            Sources sources = new Sources(this, cueWords, found);
            NonReports nonReports = new NonReports(this, cueWords, contents, sources);
            this.speakers = new Speakers(this);
            this.stances = new Stances(this, cueWords, contents, sources);
            this.reports = new Reports(this, cueWords, contents, sources, nonReports, stances, found, usedCue);
            this.quotations = new Quotations(this, cueWords, contents, sources, found, usedCue);
            this.nesting = new Nesting(this, cueWords, contents, found);
        }

        /**
         * "Vell is widely seen as a front-runner" ({@link Stances#passiveAs}), where no relation found holds the cue
         * in its content or source: a description inside another relation's content is mostly not annotated.
         */
        private void passivesAs() {
            List<Found> added = new ArrayList<>();
            for (int c = 0; c < t.size(); c++) {
                if (usedCue[c]) {
                    continue;
                }
                int s = t.get(c).sentence();
                int from = text.firstToken(s);
                Found f = stances.passiveAs(c, from, text.firstToken(s + 1));
                if (f != null && !holds(t.get(c).start(), t.get(c).end())) {
                    added.add(f);
                }
            }
            found.addAll(added);
        }

        /** Whether an attribution found has chars [s, e) in its content or source, or as its cue. */
        private boolean holds(int s, int e) {
            for (Found f : found) {
                boolean cue = f.cue() >= 0 && t.get(f.cue()).start() < e && s < t.get(f.cue()).end();
                boolean source = f.srcStart() >= 0 && t.get(f.srcStart()).start() <= s && e <= t.get(f.srcEnd() - 1).end();
                if (cue || source || f.contentStart() <= s && e <= f.contentEnd()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The attributions; with {@code mergeCarried} (PolNeAR's relations rather than the quotes), carried-over
         * quotations extend the relation they continue and reports inside findings are folded into them.
         */
        List<Attribution> run(boolean mergeCarried) {
            for (int[] q : quotes) {
                quotations.quoteWithCue(q);
            }
            for (int s = 0; s < text.sentenceCount(); ) {
                int from = text.firstToken(s);
                int to = pastTitlePeriods(from, text.firstToken(s + 1));
                if (!stances.papersNote(from, to)) {
                    reports.sentenceCues(from, to);
                }
                s = to > from ? t.get(to - 1).sentence() + 1 : s + 1;
            }
            for (int[] q : quotes) {
                quotations.afterClauseColon(q);
            }
            nesting.carryOver();
            nesting.dropNestedBeliefs();
            nesting.endBeforeNextReport();
            if (!mergeCarried) {
                nesting.dropTopicsOfTalk();
            }
            nesting.foldNestedReports(mergeCarried);
            nesting.dropRestatedBeliefs();
            nesting.dropCuesInSources();
            if (mergeCarried) {
                nesting.dropAuxiliaryReportsInContents();
            }
            passivesAs();
            found.removeIf(f -> dateOnly(body.substring(f.contentStart(), f.contentEnd())));
            found.sort(Comparator.comparingInt(Found::anchor));
            List<Resolved> history = new ArrayList<>();
            for (Found f : found) {
                String speaker = f.carried() != null ? speakers.speakerOf(f.carried(), history) : speakers.speaker(f, history);
                history.add(new Resolved(f, speaker, speaker != null && speakers.personLike(f)));
            }
            if (mergeCarried) {
                // history is in anchor order, so a relation comes before the quotations that continue it
                Map<Found, Integer> index = new IdentityHashMap<>();
                Set<Found> apart = Collections.newSetFromMap(new IdentityHashMap<>());
                Map<Found, Resolved> before = new IdentityHashMap<>();
                List<Resolved> merged = new ArrayList<>(history.size());
                for (int i = 0; i < history.size(); i++) {
                    Resolved r = history.get(i);
                    Found carried = r.found().carried();
                    Integer parent = carried == null ? null : index.get(carried);
                    int[] narrator = parent == null ? null : narrator(r.found());
                    if (parent != null && !apart.contains(carried) && (carried.belief() || narrator != null)
                            && "indirect".equals(ownKind(carried))
                            && text.paragraphAt(r.found().contentStart()) > text.paragraphAt(carried.contentEnd() - 1)
                            && body.substring(carried.contentEnd(), r.found().contentStart()).indexOf(':') < 0) {
                        // "Roe sees Vell as a uniter. ¶ “...” ¶ “...”": quotations in the paragraphs after a belief
                        // that quotes nothing are a relation of their own (PolNeAR gives them their own cue, or
                        // none); after a colon they are what the belief announced ("released this statement:").
                        // After a report that quotes nothing, so is a quotation whose own sentence names a person
                        // right after it ("Roe said the pier was safe. ¶ “...,” Vell barked."): Vell's, after either.
                        apart.add(carried);
                        index.put(carried, merged.size());
                        parent = null;
                        if (narrator != null) {
                            Found q = r.found();
                            r = new Resolved(new Found(q.contentStart(), q.contentEnd(), narrator[0], narrator[1], q.cue(),
                                    q.kind(), q.belief(), q.carried(), q.anchor()),
                                    body.substring(t.get(narrator[0]).start(), t.get(narrator[1] - 1).wordEnd()), r.person());
                        }
                        Resolved next = reportAfter(r, history, i);
                        if (next != null) {
                            before.put(next.found(), r);
                            continue;
                        }
                    }
                    Resolved first = before.get(r.found());
                    if (first != null) {
                        // (the quotation set apart opens this relation's content)
                        Found f = r.found();
                        r = new Resolved(new Found(first.found().contentStart(), f.contentEnd(), f.srcStart(), f.srcEnd(), f.cue(),
                                f.kind(), f.belief(), f.carried(), f.anchor()), r.speaker(), r.person());
                    }
                    if (parent == null) {
                        index.put(r.found(), merged.size());
                        index.put(history.get(i).found(), merged.size());
                        merged.add(r);
                    } else {
                        Resolved p = merged.get(parent);
                        Found f = p.found();
                        Found wider = new Found(Math.min(f.contentStart(), r.found().contentStart()),
                                Math.max(f.contentEnd(), r.found().contentEnd()), f.srcStart(), f.srcEnd(), f.cue(), f.kind(), f.belief(),
                                f.carried(), f.anchor());
                        merged.set(parent, new Resolved(wider, p.speaker(), p.person()));
                        index.put(r.found(), parent);
                    }
                }
                history = merged;
            }
            List<Attribution> out = new ArrayList<>(history.size());
            for (Resolved r : history) {
                out.add(toAttribution(r.found(), r.speaker()));
            }
            out.sort(Comparator.comparingInt(a -> a.content().start()));
            return out;
        }

        /**
         * The person named right after a quotation that closes inside its sentence ("“...,” Vell barked", "“...,”
         * said Jan Vell"): tokens [from, to) of the name; null when the narration names no one there.
         */
        private int[] narrator(Found q) {
            int k = text.tokenAtOrAfter(q.contentEnd());
            int p = text.paragraphAt(q.contentStart());
            for (int j = k; j < t.size() && j < k + 4 && t.get(j).paragraph() == p; j++) {
                String w = t.get(j).text();
                if (w.equals(".") || w.equals("!") || w.equals("?") || isQuoteMark(w) && j > k + 1) {
                    return null;
                }
                Name n = coveringName(t.get(j).start());
                if (n != null && n.type().equals("person") && n.start() >= t.get(j).start()) {
                    int e = j;
                    while (e < t.size() && t.get(e).start() < n.end()) {
                        e++;
                    }
                    return new int[] {j, e};
                }
            }
            return null;
        }

        /**
         * "Roe sees Vell as a uniter. ¶ “We can win.” ¶ “He unites us,” Roe notes.": a quotation set apart from the
         * belief before it goes with the report of the quotation opening the next paragraph when both have one
         * speaker (PolNeAR's content runs over both quotations); that relation ({@code history} after {@code i}), or null.
         */
        private Resolved reportAfter(Resolved r, List<Resolved> history, int i) {
            int k = r.found().contentEnd();
            while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
                k++;
            }
            if (r.speaker() == null || k >= body.length() || text.paragraphAt(k) != text.paragraphAt(r.found().contentEnd() - 1) + 1) {
                return null;
            }
            for (int j = i + 1; j < history.size(); j++) {
                Found f = history.get(j).found();
                if (f.contentStart() >= k && f.contentStart() <= k + 1 && f.carried() == null && !f.belief() && f.cue() >= 0
                        && "direct".equals(f.kind()) && r.speaker().equals(history.get(j).speaker())) {
                    return history.get(j);
                }
            }
            return null;
        }

        /**
         * "Posted Oct 26, 2011 8:57 AM CDT", "PUBLISHED: THURSDAY, MAY 2, 2013": a content that is only a date or a
         * time is a page's stamp, not anything said.
         */
        private static boolean dateOnly(String content) {
            boolean calendar = false;
            boolean digit = false;
            for (String w : content.split("[\\s,:\\-/]+")) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (w.isEmpty() || lower.equals("at") || lower.matches("[ap]\\.?m\\.?") || w.matches("[A-Z]{2,3}T|UTC")) {
                    continue;
                }
                if (w.matches("\\d+(st|nd|rd|th)?\\.?")) {
                    digit = true;
                } else if (CalendarWords.isMonthOrAbbreviation(w) || CalendarWords.isWeekday(w)) {
                    calendar = true;
                } else {
                    return false;
                }
            }
            return calendar && digit;
        }

        private Attribution toAttribution(Found f, String speaker) {
            int cs = f.contentStart();
            int ce = f.contentEnd();
            String kind = f.kind();
            if (kind == null) {
                kind = kindOf(f);
            }
            if (kind.equals("direct") && ce - cs >= 4 && body.startsWith("''", cs)) {
                cs += 2;
                if (body.startsWith("''", ce - 2)) {
                    ce -= 2;
                } else if (isQuoteMark(body.substring(ce - 1, ce)) && body.charAt(ce - 1) != '\'') {
                    ce--; // ("''We won,” Roe said": typewriter marks open, a curly one closes)
                }
            } else if (kind.equals("direct") && ce - cs >= 2 && isQuoteMark(body.substring(cs, cs + 1))) {
                // (either shape at either end: pages turn marks the wrong way, "“Do you want it?“ he asked")
                cs++;
                if (isQuoteMark(body.substring(ce - 1, ce)) && body.charAt(ce - 1) != '\'') {
                    ce--;
                }
            }
            Span content = span(cs, ce);
            int[] src = f.srcStart() >= 0 ? new int[] {f.srcStart(), f.srcEnd()} : asker(f);
            Span source = src == null ? null : span(t.get(src[0]).start(), t.get(src[1] - 1).wordEnd());
            Span cue = f.cue() < 0 ? null : span(t.get(f.cue()).start(), cueEnd(f.cue()));
            String sourceText = src == null ? null : body.substring(t.get(src[0]).start(), t.get(src[1] - 1).wordEnd());
            String cueText = f.cue() < 0 ? null : body.substring(t.get(f.cue()).start(), cueEnd(f.cue()));
            return new Attribution(content, source, cue, sourceText, speaker, cueText, kind, f.belief());
        }

        /**
         * Who asked the question a sourceless "asked by X whether ..." reports: X ("When asked by a reporter if ...").
         * Named only in the output: inside the sentence rules the asker is no speaker, so the pronouns of the answer
         * after it ("..., he said") still go to the one asked.
         */
        private int[] asker(Found f) {
            if (f.cue() < 0 || f.cue() + 2 >= t.size() || !t.get(f.cue()).text().equalsIgnoreCase("asked")
                    || !t.get(f.cue() + 1).text().equals("by")) {
                return null;
            }
            int k = f.cue() + 2;
            while (k < t.size() && inNounPhrase(k) && t.get(k).sentence() == t.get(f.cue()).sentence()) {
                k++;
            }
            return k > f.cue() + 2 ? new int[] {f.cue() + 2, k} : null;
        }

        /**
         * End (char) of the cue at token {@code c}: "according to", "as reported by" and a phrasal cue's particles
         * included.
         */
        private int cueEnd(int c) {
            if (t.get(c).text().equalsIgnoreCase("according") && c + 1 < t.size()) {
                return t.get(c + 1).end();
            }
            if (cueWords.reportedBy(c, t.size())) {
                return t.get(c + 2).end();
            }
            Cues.Cue cue = cueWords.cueAt(c);
            int words = cue == null ? 0 : cue.lemma().split(" ").length - 1;
            return t.get(Math.min(t.size() - 1, c + words)).end();
        }

        /** The kind a relation was found with, or the one its content shows. */
        private String ownKind(Found f) {
            return f.kind() != null ? f.kind() : kindOf(f);
        }

        private String kindOf(Found f) {
            boolean hasQuote = false;
            for (int[] q : quotes) {
                if (q[0] >= f.contentStart() && q[1] <= f.contentEnd() + 1) {
                    if (q[0] == f.contentStart() && q[1] >= f.contentEnd()) {
                        return "direct";
                    }
                    hasQuote = true;
                }
            }
            if (hasQuote) {
                return "partial";
            }
            boolean before = f.srcStart() >= 0 && f.contentEnd() <= t.get(f.srcStart()).start();
            if (before && !f.belief()) {
                int k = text.tokenAtOrAfter(f.contentStart());
                for (int j = k; j < t.size() && t.get(j).start() < f.contentEnd(); j++) {
                    if (FIRST_PERSON.contains(t.get(j).text())) {
                        return "unmarked";
                    }
                }
            }
            return "indirect";
        }

        private Span span(int charStart, int charEnd) {
            return plain ? new Span(charStart, charEnd) : Span.ofChars(body, charStart, charEnd);
        }
    }
}
