package org.corroborate.clean.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Names a block's boilerplate role from its tag, {@code role}, hidden state and from common web conventions
 * in its {@code class} and {@code id} tokens (the class/id heuristics of readability-style extractors:
 * "nav", "comment", "related", "share", "footer", "sidebar", "promo", "newsletter", "caption"...).
 * Returns null when nothing marks it. One instance serves one page: it caches its verdicts by class/id string,
 * as a page repeats the same few names on thousands of elements (regex matching was the extractor's hotspot).
 */
final class BoilerplateHints {
    /** Reasons, also used as {@link org.corroborate.model.Removed#reason()}. */
    static final String NAVIGATION = "navigation";
    static final String RELATED = "related links";
    static final String COMMENTS = "comments";
    static final String SHARE = "share widget";
    static final String PROMO = "promotion";
    static final String ADVERTISEMENT = "advertisement";
    static final String CAPTION = "caption";
    static final String FOOTER = "footer";
    static final String SIDEBAR = "sidebar";
    static final String BYLINE = "byline";
    static final String HIDDEN = "hidden";
    static final String LINKS = "link list";
    static final String TITLE = "title";
    static final String STANDFIRST = "standfirst";

    // Matched against one lowercased class/id token; B and E are word-ish boundaries: token edge, "-" or "_"
    private static final String B = "(?:^|[\\s_-])";
    private static final String E = "(?:$|[\\s_-])";
    private static final Pattern NAV_P = Pattern.compile(B + "(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager"
            + "|skip-?link|site-?header|masthead|topbar|toolbar|jump-?links?)" + E);
    private static final Pattern RELATED_P = Pattern.compile("related|recommend|more-?stories|more-?articles|read-?more"
            + "|also-?read|outbrain|taboola|trending|most-?(?:read|popular|viewed)|popular-?(?:posts|stories)"
            + "|next-?(?:article|story|post)|prev-?(?:article|story)|you-?may-?like|further-?reading|see-?also|upnext"
            + "|up-next");
    private static final Pattern COMMENTS_P = Pattern.compile("comment(?!ary)|disqus|discussion|respond(?!ive)|reply|replies"
            + "|livefyre|coral-?talk|viafoura");
    private static final Pattern SHARE_P = Pattern.compile("share|sharing|social|sharethis|addthis|follow-?us|print-?button"
            + "|tools-?bar|article-?tools");
    private static final Pattern PROMO_P = Pattern.compile("promo|newsletter|subscri|signup|sign-?up|marketing"
            + "|donate|membership|cta-|inline-?cta|call-?to-?action|app-?download|cookie|consent|gdpr|modal|popup|overlay");
    private static final Pattern AD_P = Pattern.compile(B + "(?:ad|ads|advert|adunit|ad-?slot|ad-?container|ad-?wrapper"
            + "|dfp|gpt-?ad|dfp-?ad|sponsor(?:ed)?|advertisement|commercial)" + E + "|advertis|adsbygoogle|adslot"
            + "|ad-unit|google-?ad");
    private static final Pattern CAPTION_P = Pattern.compile("caption|credit|photo-?credit|image-?credit|wp-caption");
    private static final Pattern FOOTER_P = Pattern.compile(B + "(?:footer|site-?footer|copyright|colophon)" + E);
    private static final Pattern SIDEBAR_P = Pattern.compile("sidebar|side-?bar|(?:^|[\\s_-])(?:rail|right-?rail|aside"
            + "|widget|widgets)" + E);
    private static final Pattern BYLINE_P = Pattern.compile("byline|by-?line|author-?(?:bio|info|box|card|details)"
            + "|about-?the-?author|dateline|timestamp|publish-?date|post-?meta|entry-?meta|article-?meta|(?:^|[\\s_-])"
            + "(?:tags|tag-?list|topics|keywords|meta)" + E);
    // "hidden-xs", "hide-mobile" count too: device-specific blocks usually have a twin for the other devices
    private static final Pattern HIDDEN_P = Pattern.compile("sr-?only|screen-?reader|visually-?hidden|(?:^|[\\s_-])"
            + "(?:hidden|hide|invisible|offscreen)" + E);
    private static final Pattern STANDFIRST_P = Pattern.compile("(?:^|[_-])(?:dek|standfirst|sub-?title|strapline"
            + "|kicker)(?:$|[_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Names that say "the article's text". */
    private static final Pattern ARTICLE_P = Pattern.compile("article-?body|story-?body|post-?body|entry-?content"
            + "|post-?content|article-?content|article-?text|story-?text|story-?content|post-?entry|article-?main");
    /** Names that say "the page's main column", which may also hold listings. */
    private static final Pattern MAIN_P = Pattern.compile("main-?content|body-?text|content-?body|rich-?text");
    /** The boost of article-specific markup: inside it, lists are the article's own. */
    static final double ARTICLE_BOOST = 1.5;

    private record Rule(Pattern pattern, String reason) {}

    /** Checked in this order: the first match names the role (a "hidden comments-list" is hidden). */
    private static final List<Rule> RULES = List.of(new Rule(HIDDEN_P, HIDDEN), new Rule(COMMENTS_P, COMMENTS),
            new Rule(RELATED_P, RELATED), new Rule(SHARE_P, SHARE), new Rule(AD_P, ADVERTISEMENT),
            new Rule(PROMO_P, PROMO), new Rule(NAV_P, NAVIGATION), new Rule(FOOTER_P, FOOTER),
            new Rule(SIDEBAR_P, SIDEBAR), new Rule(CAPTION_P, CAPTION), new Rule(BYLINE_P, BYLINE),
            new Rule(STANDFIRST_P, STANDFIRST));

    private static final Pattern EMBED_P = Pattern.compile("embed|tweet|instagram-media|tiktok");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Map<String, String> reasonByNames = new HashMap<>();
    private final Map<String, Integer> rankByToken = new HashMap<>();
    private final Map<String, Double> boostByNames = new HashMap<>();

    /**
     * How strongly the markup marks an element as the article: schema.org microdata {@code articleBody}
     * most, then the {@code <article>} tag and common body class names; 1 when unmarked.
     */
    double contentBoost(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 2.0;
        }
        if (e.normalName().equals("article")) {
            return ARTICLE_BOOST;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return 1;
        }
        return boostByNames.computeIfAbsent(names,
                n -> ARTICLE_P.matcher(n).find() ? ARTICLE_BOOST : MAIN_P.matcher(n).find() ? 1.2 : 1);
    }

    private static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }

    /** The boilerplate role an element's tag or names give it, or null. */
    String of(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "nav":
                return NAVIGATION;
            case "aside":
                return SIDEBAR;
            case "footer":
                return FOOTER;
            case "figure":
            case "figcaption":
                return CAPTION;
            default:
                break;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return HIDDEN;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
            return NAVIGATION;
        }
        if (role.equals("complementary")) {
            return SIDEBAR;
        }
        if (role.equals("contentinfo")) {
            return FOOTER;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return null;
        }
        String reason = reasonByNames.computeIfAbsent(names, n -> {
            // "" stands for "no role" so that the absence is cached too
            String r = ofNames(n);
            return r == null ? "" : r;
        });
        return reason.isEmpty() ? null : reason;
    }

    /** The reason of the first rule any class/id token matches, rules in {@link #RULES} order. */
    private String ofNames(String names) {
        int best = RULES.size();
        for (String token : names.split("\\s+")) {
            // "post-7816", "menu-item-81577": numbered names share the verdict of their stem
            String stem = DIGITS.matcher(token).replaceAll("0");
            best = Math.min(best, rankByToken.computeIfAbsent(stem, BoilerplateHints::rank));
        }
        return best < RULES.size() ? RULES.get(best).reason() : null;
    }

    private static int rank(String token) {
        if (EMBED_P.matcher(token).find()) {
            // an embedded post ("social-media-embed", "twitter-tweet") is quoted content, not a share widget
            return RULES.size();
        }
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).pattern().matcher(token).find()) {
                return i;
            }
        }
        return RULES.size();
    }
}
