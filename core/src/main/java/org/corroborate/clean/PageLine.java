package org.corroborate.clean;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.clean.Credits.Byline;
import org.corroborate.clean.PageDates.PageDate;

/**
 * One non-blank line of a text page with what it is taken to be.
 *
 * @param blankBefore the page had a blank line just before this one
 * @param date the date it carries, for {@link Kind#DATE}
 * @param byline the names it carries, for {@link Kind#BYLINE}
 * @param credits the names it credits, for {@link Kind#CREDIT}
 */
record PageLine(String text, Kind kind, boolean blankBefore, PageDate date, Byline byline, List<String> credits) {
    enum Kind { BODY, SHORT, WIDGET, COPYRIGHT, DATE, BYLINE, CREDIT, CAPTION, BULLET, MARKUP }

    /** A line shorter than this is not taken for hard-wrapped prose. */
    private static final int MIN_WRAPPED_LINE = 25;

    PageLine {
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /**
     * Splits a text page into classified lines; a labelled date running into the next line is split off first,
     * and a sentence hard-wrapped over several lines is one line again.
     */
    static List<PageLine> read(String content) {
        List<PageLine> lines = new ArrayList<>();
        boolean blank = false;
        for (String raw : unwrap(normalize(content).split("\n", -1))) {
            String text = raw.strip();
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            if (text.charAt(0) == '<' && tagEnd(text, 0) > 0) {
                // an embed's markup left in a text export ("<tweet id=...>...</tweet>"): the tags go, text between
                // them stays
                String inner = splitMarkup(text, false).strip();
                boolean empty = inner.codePoints().noneMatch(Character::isLetterOrDigit);
                lines.add(new PageLine(empty ? text : splitMarkup(text, true), Kind.MARKUP, blank, null, null, null));
                if (empty) {
                    blank = false;
                    continue;
                }
                text = inner;
            }
            PageDate prefix = PageDates.prefix(text);
            if (prefix != null) {
                lines.add(new PageLine(prefix.text(), Kind.DATE, blank, prefix, null, null));
                text = text.substring(prefix.text().length()).strip();
                blank = false;
            }
            lines.add(classify(text, blank));
            blank = false;
        }
        return listsAfterLeadIns(lines);
    }

    /**
     * The end (exclusive) of the HTML or XML start, end or empty tag opening at {@code from}, attributes included,
     * or -1. A tag's name is in lower case and anything after the name holds an attribute value ({@code =}), so an
     * angle-bracketed title ("&lt;The Harbour Diaries&gt;") is no tag. A hand-written scan, not a regular expression:
     * any {@code <} inside ends the attempt, so every character is looked at by one attempt at most and a hostile
     * line costs linear time and no stack.
     */
    static int tagEnd(String text, int from) {
        int i = from + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) < 'a' || text.charAt(i) > 'z') {
            return -1;
        }
        while (i < text.length() && isTagNameChar(text.charAt(i))) {
            i++;
        }
        int afterName = i;
        boolean value = false;
        char quote = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                return -1;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                value = true;
            } else if (c == '>') {
                boolean bare = text.substring(afterName, i).strip().replace("/", "").isEmpty();
                return value || bare ? i + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean isTagNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':';
    }

    /** The line without its tags, or its tags alone (separated by spaces). */
    private static String splitMarkup(String text, boolean keepTags) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = text.charAt(i) == '<' ? tagEnd(text, i) : -1;
            if (end > 0) {
                if (keepTags) {
                    out.append(out.length() > 0 ? " " : "").append(text, i, end);
                }
                i = end;
            } else {
                if (!keepTags) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A run of short lines right under a line of prose ending with a colon ("Here is what he must do:") is a
     * list without bullet marks, part of the article: its items are neither subheads nor prompts ("Show
     * humility"). The run ends at the next blank line after its first item.
     */
    private static List<PageLine> listsAfterLeadIns(List<PageLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            PageLine leadIn = lines.get(i - 1);
            if (leadIn.kind() != Kind.BODY || !leadIn.text().endsWith(":") || Furniture.opensLikePrompt(leadIn.text())) {
                continue; // "Sign up for our newsletter:" leads into a form, not a list
            }
            for (int j = i; j < lines.size() && (j == i || !lines.get(j).blankBefore()); j++) {
                Kind kind = lines.get(j).kind();
                if (kind == Kind.SHORT || kind == Kind.WIDGET && !Furniture.isWidgetLabel(lines.get(j).text())) {
                    lines.set(j, lines.get(j).withKind(Kind.BULLET));
                } else if (kind != Kind.BODY && kind != Kind.BULLET) {
                    break;
                }
            }
        }
        return lines;
    }

    /**
     * Joins the lines of a hard-wrapped sentence (fixed-width wire copy, e-mail): a line continues the one before
     * it when that one is long enough to be prose ({@value #MIN_WRAPPED_LINE} characters or more) and stops
     * mid-sentence, and this one starts with a lower-case letter. Titles, menus and bylines ("by ...") stay
     * apart; wrapped pieces would otherwise be taken for subheads and dropped.
     */
    private static List<String> unwrap(String[] raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            String text = line.strip();
            int last = out.size() - 1;
            if (last >= 0 && continues(out.get(last), text)) {
                out.set(last, out.get(last) + " " + text);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean continues(String previous, String next) {
        String prev = previous.strip();
        if (prev.length() < MIN_WRAPPED_LINE || next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))
                || next.startsWith("by ")) {
            return false;
        }
        int end = prev.codePointBefore(prev.length());
        return Character.isLetterOrDigit(end) || end == ',' || end == ';' || end == '-' || end == '\u2014';
    }

    /** Line breaks unified; no-break spaces and invisible characters that scrapes leave behind made plain. */
    private static String normalize(String content) {
        return content.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ')
                .replaceAll("[\u200b\u200c\u200d\u2060\ufeff]", "");
    }

    static PageLine classify(String text, boolean blankBefore) {
        PageDate date = PageDates.wholeLine(text);
        if (date != null) {
            return new PageLine(text, Kind.DATE, blankBefore, date, null, null);
        }
        if (Furniture.isWidget(text)) {
            return of(text, Kind.WIDGET, blankBefore);
        }
        if (Furniture.isCopyright(text)) {
            return of(text, Kind.COPYRIGHT, blankBefore);
        }
        Byline byline = Furniture.words(text) <= 16 ? Credits.byline(text) : null;
        if (byline != null) {
            return new PageLine(text, Kind.BYLINE, blankBefore, null, byline, null);
        }
        List<String> credits = Credits.creditLine(text);
        if (credits != null) {
            return new PageLine(text, Kind.CREDIT, blankBefore, null, null, credits);
        }
        if (Furniture.isCaption(text)) {
            return of(text, Kind.CAPTION, blankBefore);
        }
        if (Furniture.isBullet(text)) {
            return of(text, Kind.BULLET, blankBefore);
        }
        return of(text, Furniture.isHeadlineLike(text) ? Kind.SHORT : Kind.BODY, blankBefore);
    }

    private static PageLine of(String text, Kind kind, boolean blankBefore) {
        return new PageLine(text, kind, blankBefore, null, null, null);
    }

    PageLine withKind(Kind newKind) {
        return new PageLine(text, newKind, blankBefore, date, byline, credits);
    }

    /** Metadata lines that a page places under a headline. */
    boolean isHeaderFurniture() {
        return kind == Kind.DATE || kind == Kind.WIDGET || kind == Kind.BYLINE || kind == Kind.CAPTION;
    }
}
