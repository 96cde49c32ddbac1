package org.corroborate.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference of two sentences for display: the longest common subsequence of their words
 * (Hunt and McIlroy's dynamic programme), the rest marked {@code <del>} on the left and {@code <ins>} on the
 * right. Words are escaped; the markup is ours.
 */
final class WordDiff {
    /** Sentences longer than this many words are shown unmarked: the table is quadratic. */
    static final int MAX_WORDS = 400;

    private WordDiff() {}

    static String[] mark(String left, String right) {
        String[] a = left.strip().split("\\s+");
        String[] b = right.strip().split("\\s+");
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            return new String[] {HtmlReport.escape(left), HtmlReport.escape(right)};
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> l = new ArrayList<>();
        List<String> r = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                l.add(HtmlReport.escape(a[i++]));
                r.add(HtmlReport.escape(b[j++]));
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                r.add("<ins>" + HtmlReport.escape(b[j++]) + "</ins>");
            } else {
                l.add("<del>" + HtmlReport.escape(a[i++]) + "</del>");
            }
        }
        return new String[] {String.join(" ", l), String.join(" ", r)};
    }
}
