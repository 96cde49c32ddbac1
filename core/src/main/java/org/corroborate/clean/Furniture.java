package org.corroborate.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-level rules telling page furniture (widgets, prompts, captions, copyright notices, bullets) and
 * headline-like lines from article prose.
 *
 * <p>Implementation notes: the features are those of boilerplate-detection work on web pages (Kohlschütter et
 * al., "Boilerplate Detection using Shallow Text Features", WSDM 2010): line length in words, whether the line
 * ends like a sentence, and a lexicon of the short phrases sites put around articles. The lexicon is matched
 * against the whole normalized line, never inside prose; prompts are recognized as short imperative lines
 * without sentence punctuation.
 */
final class Furniture {
    /** Whole-line widget labels, lower case, punctuation and emphasis stripped. */
    private static final Set<String> WIDGETS = Set.of(
            "comments", "comment", "show comments", "view comments", "hide comments", "leave a comment",
            "add a comment", "post a comment", "comments are closed", "no comments", "join the conversation",
            "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
            "share on x", "share via email", "share article", "tweet", "email", "e-mail", "print", "print this article",
            "copy link", "link copied", "copy url", "short url", "short link", "permalink", "follow", "follow us",
            "following", "unfollow", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "register",
            "newsletter", "newsletters", "advertisement", "advertising", "sponsored", "sponsored content", "ad",
            "story continues below advertisement", "article continues below", "continue reading",
            "continue reading below", "read more", "read more below", "read full story", "read next", "up next",
            "more", "more stories", "more news", "more from this author", "related", "related articles",
            "related stories", "related content", "related coverage", "related topics", "recommended",
            "recommended for you", "you may also like", "you might also like", "most read", "most popular",
            "most viewed", "trending", "trending now", "top stories", "latest news", "latest", "editor's picks",
            "listen", "listen to this article", "listen to article", "watch", "watch video", "video", "play video",
            "photos", "gallery", "view gallery", "open gallery", "enlarge", "enlarge image", "expand", "close",
            "menu", "search", "skip to content", "skip to main content", "back to top", "home", "facebook", "twitter",
            "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "flipboard", "messenger", "text size",
            "font size", "a a a", "bookmark", "save", "saved", "save article", "gift this article", "report an error",
            "report a correction", "corrections", "feedback", "send feedback", "contact us", "topics", "tags",
            "reprints", "licensing", "reprints and permissions", "min read", "audio", "loading");

    /** Opening words of sign-up, subscription and navigation prompts. */
    private static final Set<String> PROMPT_VERBS = Set.of("get", "sign", "subscribe", "follow", "share", "read",
            "watch", "listen", "download", "click", "join", "register", "log", "tap", "view", "see", "explore",
            "discover", "support", "donate", "send", "email", "print", "save", "bookmark", "comment", "load", "show",
            "hide", "like", "visit", "try", "unlock", "start", "continue");

    private static final Pattern MIN_READ = Pattern.compile("^\\d+\\s*(?:min|minute|mins|minutes)(?: read| listen)?$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:\u00a9|\\(c\\)|copyright\\b)|all rights reserved", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25e6\u25aa\u25cf\u2023\u2043\u00b7\u25a0\u25ba\u27a4*\u2013\u2014-]\\s+\\S");
    /** Cells of a table row as the HTML extractor writes them: three or more, two spaces or more between. */
    private static final Pattern TABLE_ROW = Pattern.compile("\\S {2,}\\S.*?\\S {2,}\\S");
    private static final Pattern DASHED_SUBHEAD = Pattern.compile("^[-\u2013\u2014]\\s+.{2,120}\\s+[-\u2013\u2014]$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\(([^()]{2,100})\\)\\s*$|(?:^|[|\u00b7]\\s*|\\s)(?:photo|photograph|image|picture|credit|photo credit)s?\\s*:\\s*\\S[^.]{1,80}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_INSIDE = Pattern.compile(
            "\\b(?:photos?|photograph|image|picture|pic|file|getty|images|handout|courtesy|pool|via|shutterstock|epa|afp|ap|reuters)\\b|/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_OPENER = Pattern.compile(
            "^(?:this (?:handout )?(?:picture|photo|photograph|image|screen ?grab|still|video grab)"
                    + " (?:taken|released|provided|made|obtained|shows|distributed|from|courtesy|posted|supplied)\\b"
                    + "|in this (?:file )?(?:photo|picture|image|photograph)\\b|a (?:file|handout) (?:photo|picture|image)\\b"
                    + "|file (?:photo|picture|image)\\b|file\\s*[-:\u2013\u2014]|pictured\\s*:|photo\\s*:|image\\s*:|caption\\s*:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOWS_CAPTION = Pattern.compile(
            "\\b(?:taken on|released (?:by|from|on)|handout|distributed by)\\b.*\\bshows\\b", Pattern.CASE_INSENSITIVE);

    private Furniture() {}

    /** Lower case, emphasis and edge punctuation stripped, whitespace collapsed. */
    static String normalize(String line) {
        return line.toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019]", "'")
                .replaceAll("^[\\p{Punct}\\p{IsPunctuation}\\p{So}\\s]+|[\\p{Punct}\\p{IsPunctuation}\\p{So}\\s]+$", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A widget label or a sign-up/share/navigation prompt. */
    static boolean isWidget(String line) {
        String n = normalize(line);
        if (isWidgetLabel(line)) {
            return true;
        }
        String[] words = n.split(" ");
        return words.length <= 7 && opensLikePrompt(line) && !endsLikeSentence(line)
                && !line.strip().endsWith(",");
    }

    /** One of the labels sites put around articles ("Share this", "5 min read"), not merely prompt-shaped. */
    static boolean isWidgetLabel(String line) {
        String n = normalize(line);
        return n.isEmpty() || WIDGETS.contains(n) || MIN_READ.matcher(n).matches();
    }

    /** Opens with a verb of the sign-up, sharing and navigation prompts ("Sign up", "Read more"). */
    static boolean opensLikePrompt(String line) {
        return PROMPT_VERBS.contains(normalize(line).split(" ")[0]);
    }

    static boolean isCopyright(String line) {
        return words(line) <= 30 && COPYRIGHT.matcher(line.strip()).find();
    }

    /** A photo caption: opens like one, or ends with a photo credit. */
    static boolean isCaption(String line) {
        String s = line.strip();
        if (CAPTION_OPENER.matcher(s).find() || SHOWS_CAPTION.matcher(s).find() && words(s) <= 80) {
            return true;
        }
        var m = PHOTO_CREDIT.matcher(s);
        if (!m.find()) {
            return false;
        }
        String inside = m.group(1);
        // a parenthesis closing a line is a credit only when it names a photo source, not "(see chart)"
        return inside == null || CREDIT_INSIDE.matcher(inside).find() && !inside.contains(" said");
    }

    /** A list bullet: "• text", "- text" (but not a dashed subhead "- Text -"). */
    static boolean isBullet(String line) {
        String s = line.strip();
        return BULLET.matcher(s).find() && !DASHED_SUBHEAD.matcher(s).matches();
    }

    /**
     * Short, title-like, without sentence-final punctuation: a headline, kicker or subhead. Long enough for a long
     * headline, but prose lines end with punctuation.
     */
    static boolean isHeadlineLike(String line) {
        String s = line.strip();
        if (DASHED_SUBHEAD.matcher(s).matches()) {
            return true;
        }
        if (TABLE_ROW.matcher(s).find()) {
            return false; // a table's header row ("Team  Won  Lost") heads its rows, never an article
        }
        int w = words(s);
        if (w > 0 && w <= MAX_LABEL_WORDS && isCapitalsLabel(s)) {
            return true; // a section label with its period, "LETTERS.", "FULL TEXT.": no sentence is in capitals only
        }
        if (w == 0 || w > 30 || s.length() > 220 || endsLikeSentence(s)) {
            return false;
        }
        int first = s.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"\u201c'\u2018".indexOf(first) >= 0;
    }

    /**
     * A first line that is a headline although it ends with punctuation: in headline case ("Council Approves
     * Bridge Plan."; most words of four letters or more capitalized) or cut off by a semicolon, which never ends
     * a paragraph of prose. Only asked of a page's first line when a blank line follows it.
     */
    static boolean isPunctuatedHeadline(String line) {
        String s = line.strip();
        int w = words(s);
        if (w < 3 || w > 20) {
            return false;
        }
        if (s.endsWith(";")) {
            return true;
        }
        String[] tokens = s.split("\\s+");
        int long_ = 0;
        int capitalized = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i].replaceAll("^[^\\p{L}]+", "");
            if (t.codePointCount(0, t.length()) >= 4 && Character.isLetter(t.codePointAt(0))) {
                long_++;
                capitalized += Character.isUpperCase(t.codePointAt(0)) ? 1 : 0;
            }
        }
        return long_ >= 3 && capitalized * 4 >= long_ * 3;
    }

    private static final int MAX_LABEL_WORDS = 3;
    private static final int MIN_LABEL_LETTERS = 4;

    /** Letters only in capitals, at least a few of them, with at most a final period or colon after them. */
    private static boolean isCapitalsLabel(String s) {
        String label = s.endsWith(".") || s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        int letters = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != ' ' && c != '&' && c != '-') {
                return false;
            }
        }
        return letters >= MIN_LABEL_LETTERS;
    }

    /** The line's last word is an abbreviation whose period is its own: "U.S.", "Jr.", "Inc.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:(?:\\p{L}\\.){2,}|\\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Mt|Ft|No|vs)\\.)$");

    /**
     * A headline without the period or semicolon a plain-text page put after it ("Rules Face Key Test in
     * Court."): headlines carry no final period, and the title is shown and matched without it.
     */
    static String headlineText(String line) {
        String s = line.strip();
        if (s.endsWith(";") || s.endsWith(".") && !s.endsWith("..") && !ABBREVIATION_END.matcher(s).find()) {
            return s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Ends with sentence punctuation, or a closing quote or parenthesis after it. */
    static boolean endsLikeSentence(String line) {
        String s = line.strip().replaceAll("[\"\u201d\u2019')\\]]+$", "");
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?:;,\u2026".indexOf(last) >= 0;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
