package org.corroborate.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.text.Nlp;

/**
 * The tokens of one sentence, with their char offsets in the article body and UD part-of-speech tags.
 *
 * <p>Implementation notes: the OpenNLP statistical tokenizer splits some figures apart ("303.63" into "303.6"
 * and "3", "25k" into "25" and "k"), which the number grammar cannot repair reliably. Tokens are therefore cut by
 * one linear regular expression that keeps digit groups whole ("1,250", "1.5") and splits letters from digits
 * ("640bhp" into "640" "bhp"), hyphens and possessive "'s" (straight or curly apostrophe); a web address is one
 * token, trailing punctuation aside, so that the digits of its path and query are never read as figures; the OpenNLP UD
 * tagger then tags these tokens.
 * {@link #joined(int)} tells whether two tokens touch (no space), which the grammar uses for suffixes like "bn".
 * No-break and thin spaces ("1.5&nbsp;million", common in web copy) separate tokens like a plain space and are
 * never tokens themselves, or a scale word would be cut off from its number.
 */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i:https?://|www\\.)[^\\s\\p{Z}]*[^\\s\\p{Z}.,;:!?)\\]\"'’”]|(?:\\p{L}\\.){2,}|(?:US|USD|EUR|GBP|AU|NZ|HK|Rs|RM)(?=\\d)|(?<![\\p{L}\\d])\\.\\d+|\\d+(?:[.,]\\d+)*|['’]s(?!\\p{L})|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’](?![sS](?!\\p{L}))\\p{L}+)?|[^\\s\\p{Z}]");

    /** The text the offsets point into. */
    final String source;
    final String[] word;
    final String[] lower;
    final String[] tag;
    final int[] start;
    final int[] end;

    private Tokens(String source, List<String> words, List<int[]> offsets) {
        this.source = source;
        int n = words.size();
        word = words.toArray(new String[0]);
        lower = new String[n];
        start = new int[n];
        end = new int[n];
        for (int i = 0; i < n; i++) {
            lower[i] = word[i].toLowerCase(Locale.ROOT);
            start[i] = offsets.get(i)[0];
            end[i] = offsets.get(i)[1];
        }
        tag = n > 0 ? Nlp.tags(word) : new String[0];
    }

    /** Tokens of {@code body} between char indices {@code from} and {@code to}, tagged. */
    static Tokens of(String body, int from, int to) {
        List<String> words = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        Matcher m = TOKEN.matcher(body).region(from, to);
        while (m.find()) {
            words.add(m.group());
            offsets.add(new int[] {m.start(), m.end()});
        }
        return new Tokens(body, words, offsets);
    }

    int size() {
        return word.length;
    }

    /** True when token {@code i} and token {@code i + 1} touch, with no space between them. */
    boolean joined(int i) {
        return i >= 0 && i + 1 < word.length && end[i] == start[i + 1];
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < word.length && lower[i].equals(lowerWord);
    }

    /** The first token equal to {@code lowerWord} from {@code from} on, looking at most {@code reach} tokens; or -1. */
    int indexOf(String lowerWord, int from, int reach) {
        for (int k = from; k < word.length && k < from + reach; k++) {
            if (lower[k].equals(lowerWord)) {
                return k;
            }
        }
        return -1;
    }

    String tagAt(int i) {
        return i >= 0 && i < tag.length ? tag[i] : "";
    }

    /** Whether token {@code i} is a digit group ("1,250", "2.5", ".001"). */
    boolean isDigits(int i) {
        if (i < 0 || i >= word.length) {
            return false;
        }
        String w = word[i];
        return Character.isDigit(w.charAt(0))
                || (w.length() > 1 && w.charAt(0) == '.' && Character.isDigit(w.charAt(1)));
    }

    boolean capitalized(int i) {
        return i >= 0 && i < word.length && Character.isUpperCase(word[i].charAt(0));
    }
}
