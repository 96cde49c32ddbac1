package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.extract.entity.TaggedText.Token;

/**
 * Resolves a source to a speaker: a name it overlaps (a surname expands to the article's full name), the names of a
 * coordinated source, a pronoun to the most salient person within three sentences (after Hobbs 1978 and Lappin and
 * Leass 1994), a relative pronoun to the name before it; other noun phrases stay as written.
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
                return salient(head.start(), history);
            }
            if (w.equals("it")) {
                return lastThingSpeaking(head.start(), history);
            }
            if (RELATIVE.contains(w)) {
                // ("drove to Easton, where he met a woman who says ...": "who" stands for a person, never a place)
                Name before = nameBefore(head.start(), t.get(text.firstToken(head.sentence())).start(), w.equals("who"));
                return before == null ? null : fullName(before);
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

    /** The most recent person who spoke or opened a sentence, within three sentences before {@code at}. */
    private String salient(int at, List<Resolved> history) {
        int sentence = t.get(text.tokenAtOrAfter(at)).sentence();
        int best = -1;
        String who = null;
        for (Resolved r : history) {
            if (r.person() && r.found().srcStart() >= 0 && r.found().carried() == null) {
                Token src = t.get(r.found().srcStart());
                if (src.start() < at && sentence - src.sentence() <= 3 && src.start() > best) {
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

    private Name nameBefore(int at, int sentenceStart, boolean person) {
        Name best = null;
        for (Name n : names) {
            // (a place only right before "who", where the recognizer may have typed a person's name: "Nixon, who")
            boolean adjacent = n.end() <= at && body.substring(n.end(), at).matches("[\\s,]*");
            if (n.end() <= at && n.start() >= sentenceStart && !(person && n.type().equals("place") && !adjacent)) {
                best = n;
            }
        }
        return best;
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
