package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.extract.entity.TaggedText.Token;

/**
 * Resolves a source to a speaker: a name it overlaps (a surname expands to the article's full name), the names of a
 * coordinated source, a pronoun to the most salient person within three sentences (after Hobbs 1978 and Lappin and
 * Leass 1994), a relative pronoun to the noun phrase just before it; other noun phrases stay as written.
 */
final class Speakers extends Grammar {
    /**
     * Works whose maker or publisher speaks, beside {@link #DOCUMENTS} and the records of {@link Cues#RECORDS}: "an
     * article in the Ostland Herald".
     */
    private static final Set<String> WORKS = Set.of("article", "articles", "post", "tweet", "tweets", "book", "column",
            "editorial", "piece", "story", "interview", "testimony", "excerpts", "count", "footage");
    /** Nouns of places whose name speaks for them: "the city of Easton said". */
    private static final Set<String> GOVERNED = Set.of("city", "state", "town", "county", "village", "country",
            "province", "government", "people", "kingdom", "republic");

    Speakers(Grammar grammar) {
        super(grammar);
    }

    String speaker(Found f, List<Resolved> history) {
        if (f.srcStart() < 0 || f.carried() != null) {
            return null;
        }
        Token head = t.get(f.srcEnd() - 1);
        String w = withoutContraction(head.text().toLowerCase());
        // (a contracted pronoun is one even where the recognizer took it for a name: "I've")
        // ("both", "many": a quantifier names no one, like "they")
        if (f.srcEnd() - f.srcStart() == 1 && (head.is("PRON") && coveringName(head.start()) == null
                || contractedPronoun(head) || QUANTIFIERS.contains(w))) {
            if (PERSON_PRONOUNS.contains(w)) {
                String who = salient(head.start(), history);
                return who != null && otherGender(w, who) ? null : who;
            }
            if (w.equals("it")) {
                return lastThingSpeaking(head.start(), history);
            }
            if (RELATIVE.contains(w)) {
                return relativeSpeaker(f.srcStart(), w.startsWith("who"));
            }
            return null;
        }
        int s = t.get(f.srcStart()).start();
        int e = t.get(f.srcEnd() - 1).wordEnd();
        Name atHead = null;
        int cueAt = f.cue() >= 0 ? t.get(f.cue()).start() : -1;
        for (Name n : names) {
            // (a name running over the cue, "Roe Says Harbor" in a title-case headline, is the recognizer's slip)
            if (n.start() < e && s < n.end() && n.end() >= head.start() && !(n.start() <= cueAt && cueAt < n.end())) {
                atHead = n;
            }
        }
        if (atHead != null && !atHead.type().equals("person")) {
            // "Jan Roe of the Ostland Herald", "Jan Roe from Easton": the person the phrase describes
            for (Name n : names) {
                int after = text.tokenAtOrAfter(n.end());
                if (n.start() >= s && n.end() <= atHead.start() && n.type().equals("person") && after < f.srcEnd()
                        && (t.get(after).text().equals("of") || t.get(after).text().equals("from"))) {
                    return fullName(n);
                }
            }
        }
        String written = body.substring(s, e);
        String together = coordinatedNames(f.srcStart(), f.srcEnd());
        if (together != null) {
            return together; // "Jan Vell and Ada Roe said": both speak, not the last named
        }
        int phraseHead = atHead != null && atHead.role() == null ? phraseHead(f.srcStart(), atHead) : -1;
        if (phraseHead >= 0) {
            // "Supporters of Jan Vell said", "the Senator from Easton": the head of the phrase speaks, as written
            // unless it is a name ("the Brennan Institute for Law said"); a role names its holder with the rest
            // of the phrase ("the president of the Ostland Guild")
            Name named = coveringName(t.get(phraseHead).start());
            String n = t.get(phraseHead).text().toLowerCase(Locale.ROOT);
            if (named != null && !(named.role() != null
                    && named.text().toLowerCase(Locale.ROOT).endsWith(named.role().toLowerCase(Locale.ROOT)))) {
                return fullName(named);
            }
            boolean work = DOCUMENTS.contains(n) || Cues.RECORDS.contains(n) || WORKS.contains(n);
            if (!work && !(atHead.type().equals("place") && GOVERNED.contains(n))) {
                return written;
            }
        }
        if (atHead != null) {
            return fullName(atHead);
        }
        if (f.srcEnd() - f.srcStart() == 1 && written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            // "ROE:" labelling a transcript's turn: the person of that surname named in the article
            for (Name n : names) {
                if (n.type().equals("person") && n.text().toUpperCase(Locale.ROOT).endsWith(" " + written)) {
                    return fullName(n);
                }
            }
        }
        return written;
    }

    /**
     * The names a source coordinates, in full ("Jan Vell and Ada Roe", "the U.S., Ostland and Varna" gives "U.S.,
     * Ostland and Varna"), when nothing but a determiner, commas and one "and" or "or" stands around them; else null.
     */
    private String coordinatedNames(int srcStart, int srcEnd) {
        List<Name> named = new ArrayList<>();
        String conjunction = null;
        for (int k = srcStart; k < srcEnd; k++) {
            Token tok = t.get(k);
            Name n = coveringName(tok.start());
            if (n != null && tok.possessive()) {
                named.remove(n); // ("MSNBC's Jan Vell": the outlet is Vell's, no speaker)
            } else if (n != null) {
                if (named.isEmpty() || named.get(named.size() - 1) != n) {
                    named.add(n);
                }
            } else if (tok.is("CCONJ") && (tok.text().equals("and") || tok.text().equals("or")) && conjunction == null) {
                conjunction = tok.text();
            } else if (!(tok.text().equals(",") || k == srcStart && tok.is("DET"))) {
                return null;
            }
        }
        if (named.size() < 2 || conjunction == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < named.size(); i++) {
            b.append(i == 0 ? "" : i == named.size() - 1 ? " " + conjunction + " " : ", ").append(fullName(named.get(i)));
        }
        return b.toString();
    }

    /**
     * The noun before the first preposition of the source phrase that ends in {@code name}, when it heads that
     * phrase: "supporters of Jan Vell", "a group of parents with children in Easton", "a farmer from Easton";
     * else -1. What a name made speaks for it: "results compiled by the Ostland Institute", "a letter from Vell".
     * The caller keeps the name for its works and for places' governments: "an article in the Ostland Herald",
     * "the city of Easton".
     */
    private int phraseHead(int srcStart, Name name) {
        for (int k = srcStart + 1; k < t.size() && t.get(k).start() < name.start(); k++) {
            String p = t.get(k).text().toLowerCase(Locale.ROOT);
            if (p.equals("by") || p.equals("from") && !name.type().equals("place")) {
                return -1;
            }
            if (t.get(k).is("ADP")) {
                Token noun = t.get(k - 1);
                return noun.is("NOUN") || noun.is("PROPN") ? k - 1 : -1;
            }
        }
        return -1;
    }

    String speakerOf(Found carried, List<Resolved> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).found() == carried) {
                return history.get(i).speaker();
            }
        }
        return null;
    }

    /** Per sentence, the number of narrative sentences (see {@link #narrative}) up to and including it; lazily. */
    private int[] told;

    /**
     * Sentences of narration from sentence {@code from} to {@code to}: a sentence wholly inside a quotation does not
     * count, so "Roe said, “We won. The pier held. The harbor is safe.” ¶ She added" still reaches Roe.
     */
    private int narrative(int from, int to) {
        if (told == null) {
            told = new int[text.sentenceCount()];
            int n = 0;
            for (int s = 0; s < told.length; s++) {
                int end = s + 1 < told.length ? text.firstToken(s + 1) : t.size();
                for (int k = text.firstToken(s); k < end; k++) {
                    if (!isPunct(t.get(k)) && !insideQuote(t.get(k).start())) {
                        n++;
                        break;
                    }
                }
                told[s] = n;
            }
        }
        return told[to] - told[from];
    }

    /** Per person (full name), the text's titles: positive for "Mr.", negative for "Ms." or "Mrs."; lazily. */
    private Map<String, Integer> titles;
    /** A title and the surname after it: "Mr. Roe", "Ms. Vell". */
    private static final Pattern TITLE = Pattern.compile(
            "\\b(Mr|Mrs|Ms)\\.? ([A-Z][\\p{L}-]+(?:['’][A-Z][\\p{L}-]+)?)");

    /**
     * Whether the text titles {@code who} for the other gender than {@code pronoun}: "Mr. Roe said the pier held.
     * ¶ Ms. Vell agrees. ¶ “We will rebuild,” she said" is not Roe's, whoever else she is.
     */
    private boolean otherGender(String pronoun, String who) {
        if (titles == null) {
            titles = new HashMap<>();
            Matcher m = TITLE.matcher(body);
            while (m.find()) {
                // (the surname of one person only: "Mr. Khan" says nothing of Ada Khan)
                Set<String> full = new HashSet<>();
                for (Name n : names) {
                    if (n.type().equals("person") && (n.text().equals(m.group(2)) || n.text().endsWith(" " + m.group(2)))) {
                        full.add(fullName(n));
                    }
                }
                if (full.size() == 1) {
                    titles.merge(full.iterator().next(), m.group(1).equals("Mr") ? 1 : -1, Integer::sum);
                }
            }
        }
        int vote = titles.getOrDefault(who, 0);
        return pronoun.equals("she") || pronoun.equals("her") ? vote > 0 : vote < 0;
    }

    /** Whether a person other than {@code who} is named outside quotations between chars {@code from} and {@code to}. */
    private boolean otherPersonNarrated(int from, int to, String who) {
        for (Name n : names) {
            if (n.start() >= to) {
                break;
            }
            if (n.start() >= from && n.type().equals("person") && !insideQuote(n.start()) && !fullName(n).equals(who)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most recent person who spoke or opened a sentence, within three sentences before {@code at}; a speaker also
     * within three sentences of narration when no other person is named in the narration since.
     */
    private String salient(int at, List<Resolved> history) {
        int sentence = t.get(text.tokenAtOrAfter(at)).sentence();
        int best = -1;
        String who = null;
        for (Resolved r : history) {
            if (r.person() && r.found().srcStart() >= 0 && r.found().carried() == null) {
                Token src = t.get(r.found().srcStart());
                // (further back over quoted sentences only while no one else is named in the narration between)
                boolean near = sentence - src.sentence() <= 3 || narrative(src.sentence(), sentence) <= 3
                        && !otherPersonNarrated(t.get(r.found().srcEnd() - 1).end(), at, r.speaker());
                if (src.start() < at && near && src.start() > best) {
                    best = src.start();
                    who = r.speaker();
                }
            }
        }
        for (Name n : names) {
            if (n.start() >= at) {
                break;
            }
            if (!n.type().equals("person") || n.start() <= best) {
                continue;
            }
            int k = text.tokenAtOrAfter(n.start());
            Token tok = t.get(k);
            if (sentence - tok.sentence() <= 3 && isSubject(k)) {
                best = n.start();
                who = fullName(n);
            }
        }
        return who;
    }

    /**
     * "“...,” the Times wrote. “...,” it further wrote.": "it" is the newspaper, agency or group that spoke
     * last, named (no pronoun) within the two sentences before {@code at}; none when a person spoke since.
     */
    private String lastThingSpeaking(int at, List<Resolved> history) {
        int sentence = t.get(text.tokenAtOrAfter(at)).sentence();
        Resolved last = null;
        for (Resolved r : history) {
            if (r.found().srcStart() >= 0 && r.found().carried() == null && r.speaker() != null
                    && t.get(r.found().srcStart()).start() < at && sentence - t.get(r.found().srcStart()).sentence() <= 2) {
                last = r;
            }
        }
        return last == null || last.person() || t.get(last.found().srcEnd() - 1).is("PRON") ? null : last.speaker();
    }

    /** A source that can be a "he" or "she" later: a person's name, a role, or an unknown proper name. */
    boolean personLike(Found f) {
        if (f.srcStart() < 0 || f.carried() != null) {
            return false;
        }
        Token head = t.get(f.srcEnd() - 1);
        if (head.is("PRON") && coveringName(head.start()) == null) {
            return PERSON_PRONOUNS.contains(head.text().toLowerCase());
        }
        int[] src = {f.srcStart(), f.srcEnd()};
        return names(src, "person") || head.is("PROPN") && !names(src, "organization") && !names(src, "place");
    }

    /** A name before any verb or preposition of its sentence is taken for its subject. */
    private boolean isSubject(int k) {
        int first = text.firstToken(t.get(k).sentence());
        for (int j = first; j < k; j++) {
            Token tok = t.get(j);
            if (tok.is("VERB") || tok.is("AUX") || tok.is("ADP") || tok.is("SCONJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Hal Vesk, an analyst at Ostbank, who said", "the rise of Jan Roe, who said", "harbor experts, who said": the
     * antecedent of the relative pronoun at {@code k} is the noun phrase just before it (over one comma). For "who",
     * a group or place named there after a preposition gives way to the noun its phrase attaches to ("an analyst");
     * a common noun set off after a person's name is that person; else it speaks as written. A pronoun ("those
     * who") names no one.
     */
    private String relativeSpeaker(int k, boolean person) {
        int from = text.firstToken(t.get(k).sentence());
        int end = k - 1 >= from && t.get(k - 1).text().equals(",") ? k - 2 : k - 1;
        int[] np = nounPhraseLeft(end, from);
        if (np == null) {
            return null;
        }
        Name name = coveringName(t.get(end).start());
        while (person && name != null && !name.type().equals("person") && np[0] - 2 >= from
                && t.get(np[0] - 1).is("ADP")) {
            int[] attached = nounPhraseLeft(np[0] - 2, from);
            if (attached == null) {
                break;
            }
            np = attached;
            name = coveringName(t.get(np[1] - 1).start());
        }
        if (name != null) {
            return fullName(name);
        }
        if (t.get(np[1] - 1).is("PRON")) {
            return null;
        }
        Name before = np[0] - 2 >= from && t.get(np[0] - 1).text().equals(",")
                ? coveringName(t.get(np[0] - 2).start()) : null;
        if (before != null && before.type().equals("person")) {
            return fullName(before); // "Hal Vesk, an analyst at Ostbank, who"
        }
        return body.substring(t.get(np[0]).start(), t.get(end).wordEnd());
    }

    /** A person's fullest name in the article: "Roe" becomes "Jane Roe". */
    private String fullName(Name n) {
        if (!n.type().equals("person") || n.text().indexOf(' ') >= 0) {
            return n.text();
        }
        String best = n.text();
        for (Name m : names) {
            if (m.type().equals("person") && m.text().length() > best.length()
                    && (m.text().endsWith(" " + n.text()) || m.text().startsWith(n.text() + " "))) {
                best = m.text();
            }
        }
        return best;
    }
}
