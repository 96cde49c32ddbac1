package org.corroborate.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Removed;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page among its text blocks.
 *
 * <p>Implementation notes. Published ideas combined here, in our own formulation:
 * <ol>
 *   <li>Text blocks with their link density and word count, classified as content-like or not
 *       (Kohlschütter et al., "Boilerplate detection using shallow text features", WSDM 2010; jusText,
 *       Pomikálek 2011).</li>
 *   <li>Class/id/tag conventions marking navigation, comments, share bars, related links, promotions
 *       ({@link BoilerplateHints}; the heuristics popularized by Arc90 Readability). A hint is overruled
 *       when the hinted element holds most of the page's content-like text: a content wrapper that merely
 *       carries a "share-enabled" class must not vanish.</li>
 *   <li>The content area is the element whose subtree maximizes (content-like text) minus (boilerplate
 *       text): a maximum-weight subtree, in the spirit of DOM-scoring extractors (Readability propagates
 *       paragraph scores to ancestors), but taking whole subtrees so an article split by an ad slot stays
 *       whole.</li>
 *   <li>Inside the area, blocks are kept in order unless hinted, link lists, the title, credit, stamp or
 *       byline lines, headings of removed sections, or short metadata lines and closing credits at the
 *       area's edges (after jusText's context-sensitive handling of short blocks).</li>
 *   <li>The schema.org {@code articleBody} stated in JSON-LD is the fallback when the DOM yields far
 *       less text than it.</li>
 * </ol>
 */
final class ContentExtractor {
    /** Content-like blocks have at least this many words... */
    private static final int MIN_CONTENT_WORDS = 10;
    /** ...and at most this share of their characters in links. */
    private static final double MAX_CONTENT_LINK_DENSITY = 0.35;
    /** Blocks with a larger link share are link lists, whatever their length. */
    private static final double LINK_LIST_DENSITY = 0.5;
    /** A hinted element holding this share of the page's content-like text is content, not boilerplate. */
    private static final double HINT_OVERRULE_SHARE = 0.5;
    /** Removed blocks listed per page, at most (the rest are still removed). */
    private static final int MAX_REMOVED_LISTED = 40;
    private static final int REMOVED_TEXT_CHARS = 160;
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(advertisement|advertisements|ad|sponsored"
            + "|sponsored content|share|share this|share this article|share this story|share on \\w+|tweet|email"
            + "|print|read more|read next|related|related articles|related stories|related content|more from \\w+"
            + "|sign up|subscribe|subscribe now|continue reading|click here|comments?|\\d+ comments?|loading\\.*"
            + "|skip to (main )?content|image|photo|video|follow us|supported by|story continues below"
            + "|article continues below|story continues below advertisement|scroll to continue)[.:!…]*$");
    /** Photo credits and caption labels, as they end or start a caption line. */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)(\\((?:image|photo|picture|pic|credit|source)s?"
            + "(?: credit)?:[^)]*\\)\\s*$|^(?:image|photo|media|picture) (?:copyright|caption)|^(?:image|photo|picture)s?"
            + "(?: credit)?:|(?:credit|photograph|photo|image)s?(?: by)?: [^.]{2,60}$|\\b(?:getty images|ap photo"
            + "|shutterstock|istock(?:photo)?)\\b[^.]{0,40}$|^image \\d+ of \\d+$)");
    /** Publication stamps: "Updated 3:27 am, Wednesday...", "PUBLISHED: 10:48, Tue, Nov 19, 2019". */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:(?:first )?published|updated|posted|last updated"
            + "|modified|date)\\b.{0,80}\\d");
    private static final Pattern BYLINE_LINE = Pattern.compile("(?i)^(?:by|written by|posted by|reporting by|von|par|por)"
            + "\\s+\\p{L}");
    /**
     * What closes an article without being part of it: reporting credits, calls to follow or subscribe,
     * copyright and affiliate notices. Only checked on the last blocks, where these sit.
     */
    private static final Pattern TAIL_LINE = Pattern.compile("(?i)^\\(?(?:additional )?(?:reporting|writing|editing)"
            + " by|contributed to this report|^©|^copyright|all rights reserved|\\bfollow (?:us|me|him|her|them|@)"
            + "|\\bsign up\\b|\\bsubscrib|newsletter|\\bjoin (?:our|the)\\b|have a tip|affiliate commission"
            + "|\\bclick here\\b|^citation:|personal, non-commercial use|^note:");
    private static final int MAX_TAIL_WORDS = 60;
    /** Edge runs of short lines longer than this are a list of the article's own, not metadata. */
    private static final int MAX_EDGE_LINES = 3;
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    /** Blocks shorter than this (in words) may be credit, stamp or URL lines. */
    private static final int MAX_LINE_WORDS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)。！？」]$");

    record Result(String text, List<Removed> removed) {}

    private ContentExtractor() {}

    static Result extract(Element body, String title, String jsonLdBody) {
        List<Block> blocks = BlockSplitter.split(body);
        Map<Element, Double> goodChars = new IdentityHashMap<>();
        double totalGood = 0;
        for (Block b : blocks) {
            if (contentLike(b)) {
                totalGood += b.text().length();
                addUp(goodChars, b.owner(), b.text().length(), body);
            }
        }
        Set<Element> overruled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : blocks) {
            for (Block.HintChain h = b.hints(); h != null; h = h.outer()) {
                if (!h.firm() && !overruled.contains(h.element())
                        && goodChars.getOrDefault(h.element(), 0.0) >= HINT_OVERRULE_SHARE * totalGood && totalGood > 0) {
                    overruled.add(h.element());
                }
            }
        }
        Map<Element, Double> weight = new IdentityHashMap<>();
        for (Block b : blocks) {
            addUp(weight, b.owner(), weightOf(b, activeHint(b, overruled)), body);
        }
        // argmax in document order (each block's owner, then its ancestors), so ties break the same way every run
        Element area = body;
        double best = Double.NEGATIVE_INFINITY;
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double w = weight.getOrDefault(e, Double.NEGATIVE_INFINITY);
                if (w > best) {
                    best = w;
                    area = e;
                }
                if (e == body) {
                    break;
                }
            }
        }
        return select(blocks, area, overruled, title, jsonLdBody);
    }

    private static Result select(List<Block> blocks, Element area, Set<Element> overruled, String title,
            String jsonLdBody) {
        List<Block> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Set<Element> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        String normalizedTitle = title == null ? null : normalize(title);
        Block pendingHeading = null;
        for (Block b : blocks) {
            if (!isWithin(b.owner(), area)) {
                continue;
            }
            Block.HintChain hint = activeHint(b, overruled);
            String reason = hint != null ? hint.reason() : reasonToDrop(b, normalizedTitle);
            Element what = hint != null ? hint.element() : b.owner();
            if (reason == null && b.heading()) {
                if (pendingHeading != null) {
                    kept.add(pendingHeading);
                }
                pendingHeading = b;
                continue;
            }
            if (reason == null) {
                if (pendingHeading != null) {
                    kept.add(pendingHeading);
                    pendingHeading = null;
                }
                kept.add(b);
                continue;
            }
            if (pendingHeading != null && !reason.equals(BoilerplateHints.CAPTION)) {
                // a heading whose section is boilerplate ("More stories", "You may also like") goes with it
                listRemoved(removed, listed, pendingHeading.owner(), pendingHeading.text(), reason);
                pendingHeading = null;
            }
            listRemoved(removed, listed, what, what == b.owner() ? b.text() : null, reason);
        }
        if (pendingHeading != null) {
            listRemoved(removed, listed, pendingHeading.owner(), pendingHeading.text(), BoilerplateHints.RELATED);
        }
        trimEdges(kept, removed);
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (Block b : kept) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text());
            words += b.words();
        }
        if (jsonLdBody != null) {
            int ldWords = BlockSplitter.countWords(jsonLdBody);
            if (ldWords >= 50 && words < ldWords / 2) {
                return new Result(paragraphs(jsonLdBody), removed);
            }
        }
        return new Result(text.toString(), removed);
    }

    /** Why a block without boilerplate hints is still not body text, or null when it is. */
    private static String reasonToDrop(Block b, String normalizedTitle) {
        String t = b.text();
        if (b.linkDensity() > LINK_LIST_DENSITY && !(b.words() >= MIN_CONTENT_WORDS && SENTENCE_END.matcher(t).find())) {
            // a whole linked sentence inside the article is still a sentence of it
            return BoilerplateHints.LINKS;
        }
        if (b.heading() && normalizedTitle != null && normalize(t).equals(normalizedTitle)) {
            return BoilerplateHints.TITLE;
        }
        if (BOILERPLATE_LINE.matcher(t).matches()) {
            return BoilerplateHints.PROMO;
        }
        if (b.words() < MAX_LINE_WORDS && CREDIT_LINE.matcher(t).find()) {
            return BoilerplateHints.CAPTION;
        }
        if (b.words() < MAX_LINE_WORDS && (DATE_LINE.matcher(t).find() || URL_LINE.matcher(t).matches())) {
            return BoilerplateHints.BYLINE;
        }
        if (b.words() < MIN_CONTENT_WORDS && BYLINE_LINE.matcher(t).find()) {
            return BoilerplateHints.BYLINE;
        }
        return null;
    }

    /** Lists a removal once per element, up to {@link #MAX_REMOVED_LISTED}; {@code text} null = the element's. */
    private static void listRemoved(List<Removed> removed, Set<Element> listed, Element what, String text,
            String reason) {
        if (listed.add(what) && removed.size() < MAX_REMOVED_LISTED) {
            removed.add(new Removed(shorten(text != null ? text : what.text()), reason));
        }
    }

    /** Drops short non-sentence lines (bylines, dates, labels) before the first and after the last content block. */
    private static void trimEdges(List<Block> kept, List<Removed> removed) {
        int leading = 0;
        while (leading < kept.size() && metadataLine(kept.get(leading))) {
            leading++;
        }
        if (leading <= MAX_EDGE_LINES) {
            for (int i = 0; i < leading; i++) {
                note(removed, kept.remove(0), BoilerplateHints.BYLINE);
            }
        }
        int trailing = 0;
        while (trailing < kept.size() && metadataLine(kept.get(kept.size() - 1 - trailing))) {
            trailing++;
        }
        boolean trimShortLines = trailing <= MAX_EDGE_LINES;
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            if (trimShortLines && metadataLine(last)) {
                note(removed, last, BoilerplateHints.BYLINE);
            } else if (last.words() < MAX_TAIL_WORDS && TAIL_LINE.matcher(last.text()).find()) {
                note(removed, last, BoilerplateHints.PROMO);
            } else {
                break;
            }
            kept.remove(kept.size() - 1);
        }
    }

    private static boolean metadataLine(Block b) {
        return !b.heading() && b.words() < MIN_CONTENT_WORDS && !SENTENCE_END.matcher(b.text()).find();
    }

    private static void note(List<Removed> removed, Block b, String reason) {
        if (removed.size() < MAX_REMOVED_LISTED) {
            removed.add(new Removed(shorten(b.text()), reason));
        }
    }

    private static boolean contentLike(Block b) {
        // a long block may carry more links (a news digest item) than a short one and still be text
        double maxLinks = b.words() >= 2 * MIN_CONTENT_WORDS ? LINK_LIST_DENSITY : MAX_CONTENT_LINK_DENSITY;
        return b.words() >= MIN_CONTENT_WORDS && b.linkDensity() <= maxLinks;
    }

    private static double weightOf(Block b, Block.HintChain hint) {
        int chars = b.text().length();
        if (hint != null) {
            return -chars;
        }
        double ld = b.linkDensity();
        return contentLike(b) ? chars * (1 - ld) * b.boost() : -chars * Math.max(ld, 0.3);
    }

    private static Block.HintChain activeHint(Block b, Set<Element> overruled) {
        for (Block.HintChain h = b.hints(); h != null; h = h.outer()) {
            if (!overruled.contains(h.element())) {
                return h;
            }
        }
        return null;
    }

    /** Adds {@code value} to {@code from} and each ancestor up to {@code root}. */
    private static void addUp(Map<Element, Double> sums, Element from, double value, Element root) {
        for (Element e = from; e != null; e = e.parent()) {
            sums.merge(e, value, Double::sum);
            if (e == root) {
                break;
            }
        }
    }

    private static boolean isWithin(Element e, Element area) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == area) {
                return true;
            }
        }
        return false;
    }

    private static String paragraphs(String plain) {
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\\s*\\n\\s*")) {
            String l = line.strip().replaceAll("[ \\t\\u00a0]+", " ");
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= REMOVED_TEXT_CHARS ? flat : flat.substring(0, REMOVED_TEXT_CHARS - 1) + "…";
    }
}
