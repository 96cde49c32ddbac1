package org.corroborate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content terms of a text for comparison: lower-cased word tokens, stop words dropped, light suffix stripping.
 *
 * <p>Implementation notes: a fast regex-free scanner over letters and digits (apostrophes inside words kept,
 * so "don't" stays one token); house-style variants are folded first ("U.S." and "US" give "us"). The
 * stemmer only strips plural and common verb endings (a tiny subset of Porter's step 1), which is enough to
 * match "troops"/"troop" and "deployed"/"deploy" without the over-stemming that merges unrelated words.
 */
public final class Terms {
    private static final Set<String> STOP = load("stopwords-en.txt");

    private Terms() {}

    /** Lower-cased word and number tokens of {@code text}, in order (dotted abbreviations folded: U.S. gives us). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019' || c == '.' || c == ',') && w.length() > 0 && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (c != ',' || Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1)))) {
                // keep "don't", "10,000" and "U.S" inside one token; dots and commas vanish from the token
                if (c == '\'' || c == '\u2019') {
                    w.append('\'');
                }
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Content terms: words minus stop words, stemmed. */
    public static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOP.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
                out.add(stem(w));
            }
        }
        return out;
    }

    public static boolean isStopWord(String lowerCaseWord) {
        return STOP.contains(lowerCaseWord);
    }

    /** Strips plural and simple verb endings. */
    public static String stem(String w) {
        int n = w.length();
        if (n <= 3 || Character.isDigit(w.charAt(0))) {
            return w;
        }
        String s = strip(w, n);
        // a final e or y goes too, so that "injured", "injury" and "injuries" meet, as do "rescue" and "rescued"
        int m = s.length();
        return m > 4 && (s.charAt(m - 1) == 'e' || s.charAt(m - 1) == 'y') ? s.substring(0, m - 1) : s;
    }

    private static String strip(String w, int n) {
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ied") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ing") && n > 5) {
            return w.substring(0, n - 3);
        }
        if (w.endsWith("ed") && n > 4) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Terms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
