package org.corroborate.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.clean.PageLine.Kind;
import org.corroborate.model.Removed;

/**
 * Cleans a scraped text page: takes out furniture lines, keeps what they state as metadata, and splits off a
 * glued-on second article.
 *
 * <p>Implementation notes: each line is classified on its own features ({@link PageLine}), then by its position
 * relative to the article's prose. Title-like lines before the first prose line form the header: the first
 * one of three words or more is the title, its repeats are dropped, the others are kickers, and bullets
 * there are a summary. Title-like lines between prose lines are subheads, after the last one page trailer.
 * A dateline opening a dispatch is cut from its paragraph and gives the place and, when tagged, the agency.
 */
final class TextPageCleaner {
    private TextPageCleaner() {}

    static List<CleanedText> clean(String content) {
        List<PageLine> lines = PageLine.read(content);
        List<Integer> starts = ArticleSplitter.starts(lines);
        List<CleanedText> out = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) : lines.size();
            out.add(cleanPart(lines.subList(starts.get(p), end)));
        }
        return out;
    }

    private static CleanedText cleanPart(List<PageLine> lines) {
        lines = new ArrayList<>(lines);
        markSectionLabel(lines);
        // a headline stands apart: a blank line follows it, or its one-line summary (a dek) and then a blank line
        boolean apart = lines.size() > 1
                && (lines.get(1).blankBefore() || lines.size() > 2 && lines.get(2).blankBefore());
        boolean moreProse = lines.stream().skip(1).anyMatch(l -> l.kind() == Kind.BODY);
        if (apart && moreProse && lines.get(0).kind() == Kind.BODY) {
            int deck = deckUnderShortLine(lines);
            if (deck > 0 || Furniture.isPunctuatedHeadline(lines.get(0).text()) || isShortLineAboveLongerProse(lines)) {
                lines.set(0, lines.get(0).withKind(Kind.SHORT));
            }
            if (deck > 0) {
                lines.set(deck, lines.get(deck).withKind(Kind.SHORT));
            }
        }
        // a dispatch's dateline ("HARBORTOWN - ...") opens its body: the short lines above it are its headline
        // and deck, whatever their punctuation
        int dispatch = datelineParagraph(lines);
        if (dispatch > 0) {
            for (int i = 0; i < dispatch; i++) {
                if (lines.get(i).kind() == Kind.BODY) {
                    lines.set(i, lines.get(i).withKind(Kind.SHORT));
                }
            }
        }
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BODY) {
                firstBody = firstBody < 0 ? i : firstBody;
                lastBody = i;
            }
        }
        String title = findTitle(lines, firstBody < 0 ? lines.size() : firstBody);
        String normalizedTitle = title == null ? null : Furniture.normalize(title);

        List<Removed> removed = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        String outlet = null;
        String dateline = null;
        String published = null;
        String updated = null;
        boolean titleSeen = false;

        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String text = line.text();
            switch (line.kind()) {
                case BODY -> {
                    String kept = text;
                    if (i == firstBody && Wires.startsWithKicker(kept)) {
                        String kicker = kept.substring(0, kept.indexOf(':') + 1);
                        removed.add(new Removed(kicker, "kicker"));
                        kept = kept.substring(kicker.length()).strip();
                    }
                    Wires.Dateline d = Wires.parse(kept, i != firstBody);
                    if (d != null) {
                        removed.add(new Removed(d.prefix(), "dateline"));
                        kept = kept.substring(d.prefix().length()).strip();
                        dateline = dateline == null ? d.place() : dateline;
                        outlet = outlet == null ? d.agency() : outlet;
                    }
                    paragraphs.add(kept);
                }
                case SHORT -> {
                    boolean isTitle = Furniture.normalize(text).equals(normalizedTitle);
                    String reason;
                    if (isTitle) {
                        reason = titleSeen ? "repeated headline" : "title";
                        titleSeen = true;
                    } else if (firstBody < 0 || i < firstBody) {
                        reason = titleSeen ? "deck" : "kicker";
                    } else {
                        reason = i > lastBody ? "trailer" : "subhead";
                    }
                    removed.add(new Removed(text, reason));
                }
                case BULLET -> {
                    if (firstBody >= 0 && i > firstBody) {
                        paragraphs.add(text); // a list inside the article is part of it
                    } else {
                        removed.add(new Removed(text, "summary bullets"));
                    }
                }
                case DATE -> {
                    removed.add(new Removed(text, "date"));
                    String iso = line.date().iso();
                    if (iso != null && line.date().updated()) {
                        updated = updated == null ? iso : updated;
                    } else if (iso != null) {
                        published = published == null ? iso : published;
                    }
                }
                case BYLINE -> {
                    removed.add(new Removed(text, "byline"));
                    authors.addAll(line.byline().authors());
                    outlet = outlet == null ? line.byline().agency() : outlet;
                }
                case CREDIT -> {
                    removed.add(new Removed(text, "credit"));
                    credits.addAll(line.credits());
                }
                case CAPTION -> removed.add(new Removed(text, "caption"));
                case WIDGET -> removed.add(new Removed(text, "widget"));
                case COPYRIGHT -> removed.add(new Removed(text, "copyright"));
                case MARKUP -> removed.add(new Removed(text, "markup"));
            }
        }
        // a page that only shows when it was updated was published no later than that
        String date = published != null ? published : updated;
        return new CleanedText(title == null ? null : Furniture.headlineText(title), String.join("\n\n", paragraphs),
                outlet, List.copyOf(authors), dateline, date, updated, List.copyOf(credits), removed);
    }

    /**
     * Some archives end every headline with a period ("Council approves harbour bridge."). A first line of at most
     * {@value #MAX_HEADLINE_WORDS} words is taken for one when the prose that follows is longer: a wire lede that
     * stands alone as the first paragraph runs to 20 words and more.
     */
    private static boolean isShortLineAboveLongerProse(List<PageLine> lines) {
        int words = Furniture.words(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BODY) {
                return words <= MAX_HEADLINE_WORDS && Furniture.words(lines.get(i).text()) > words * 3 / 2;
            }
        }
        return false;
    }

    /**
     * A headline and its deck, both ending with a period, over a lede ("Harbour deal collapses. / Towns protest
     * toll; council says its hands are tied."): the second line is a deck when it stands apart directly under a
     * first line of at most {@value #MAX_HEADLINE_WORDS} words, is one sentence of at most as many words, and the
     * prose under it is half as long again as either line and at least {@value #MIN_LEDE_WORDS} words. A deck is
     * written in headline style, unlike a short lede measured on the PolNeAR dev texts: it does not speak in
     * the first or second person ("I have a deal for you."), say which day ("on Monday"), or open on a word that
     * ties it to earlier text ("She", "But", "If"). Returns the deck's index, or -1.
     */
    private static int deckUnderShortLine(List<PageLine> lines) {
        if (lines.size() < 3) {
            return -1;
        }
        PageLine deck = lines.get(1);
        PageLine lede = lines.get(2);
        int headlineWords = Furniture.words(lines.get(0).text());
        int deckWords = Furniture.words(deck.text());
        int ledeWords = Furniture.words(lede.text());
        boolean shaped = deck.kind() == Kind.BODY && deck.blankBefore() && lede.kind() == Kind.BODY
                && lede.blankBefore() && headlineWords <= MAX_HEADLINE_WORDS && deckWords <= MAX_HEADLINE_WORDS
                && ledeWords >= MIN_LEDE_WORDS && ledeWords > Math.max(headlineWords, deckWords) * 3 / 2;
        if (!shaped || SECOND_SENTENCE.matcher(deck.text()).find()) {
            return -1;
        }
        String[] words = deck.text().toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        boolean headlineStyle = words.length > 0 && !words[0].isEmpty() && !NOT_A_DECK_OPENER.contains(words[0])
                && Arrays.stream(words).noneMatch(w -> PERSONAL_OR_DAY.contains(w));
        return headlineStyle ? 1 : -1;
    }

    /** A sentence end inside the line ("... election. Do you ..."), not an abbreviation's period ("Sen. Ames"). */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("\\p{Ll}{3,}[.?!]\\s+\\p{Lu}");
    /** Words that open a sentence continuing earlier text or a subordinate clause, which a deck never does. */
    private static final Set<String> NOT_A_DECK_OPENER = Set.of("he", "she", "it", "they", "his", "her", "its",
            "their", "this", "that", "these", "those", "but", "and", "so", "then", "yet", "also", "there", "if",
            "when", "although", "because", "though", "since", "unless", "while");
    private static final Set<String> PERSONAL_OR_DAY = Set.of("i", "me", "my", "we", "us", "our", "you", "your",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
            "yesterday");
    private static final int MIN_LEDE_WORDS = 20;

    /** Words of a section label under the headline ("Letters.", "World News:"). */
    private static final int MAX_LABEL_WORDS = 2;

    /**
     * A section label in mixed case under the headline ("Letters.", "Field Notes:"): within the header lines, a
     * line of at most {@value #MAX_LABEL_WORDS} capitalized words ending with a period or colon, standing apart
     * between blank lines, above more prose. A one-word paragraph of prose would need a headline over it and
     * nothing under it but a blank line, which a story almost never opens with.
     */
    private static void markSectionLabel(List<PageLine> lines) {
        for (int i = 1; i < Math.min(lines.size() - 1, MAX_HEADER_LINES); i++) {
            PageLine line = lines.get(i);
            String text = line.text();
            if (line.kind() == Kind.BODY && Furniture.words(text) > MAX_HEADLINE_WORDS) {
                return; // the prose has begun
            }
            if (line.kind() == Kind.BODY && line.blankBefore() && lines.get(i + 1).blankBefore()
                    && Furniture.words(text) <= MAX_LABEL_WORDS && (text.endsWith(".") || text.endsWith(":"))
                    && Arrays.stream(text.split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
                lines.set(i, line.withKind(Kind.SHORT));
            }
        }
    }

    private static final int MAX_HEADLINE_WORDS = 14;
    /** How far down a page a dateline may open the body with only a headline and deck lines above it. */
    private static final int MAX_HEADER_LINES = 4;
    private static final int MAX_DECK_WORDS = 30;

    /**
     * The index of a paragraph within the first lines that starts with a dateline and has only a headline and
     * short lines above it, or -1.
     */
    private static int datelineParagraph(List<PageLine> lines) {
        for (int d = 0; d < Math.min(lines.size(), MAX_HEADER_LINES + 1); d++) {
            PageLine line = lines.get(d);
            if (d > 0 && line.kind() == Kind.BODY && line.blankBefore() && Wires.parse(line.text(), false) != null) {
                return d;
            }
            int words = Furniture.words(line.text());
            if (line.kind() != Kind.BODY && line.kind() != Kind.SHORT || words > MAX_DECK_WORDS
                    || d == 0 && (words > MAX_HEADLINE_WORDS || Wires.parse(line.text(), false) != null)) {
                return -1;
            }
        }
        return -1;
    }

    /** The first title-like line of three words or more in the header, else the first title-like line there. */
    private static String findTitle(List<PageLine> lines, int headerEnd) {
        String fallback = null;
        for (int i = 0; i < headerEnd; i++) {
            PageLine line = lines.get(i);
            if (line.kind() != Kind.SHORT) {
                continue;
            }
            if (Furniture.words(line.text()) >= 3) {
                return line.text();
            }
            fallback = fallback == null ? line.text() : fallback;
        }
        return fallback;
    }
}
