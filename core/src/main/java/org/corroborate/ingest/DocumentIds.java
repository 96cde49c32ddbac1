package org.corroborate.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out ids unique within one run: the first document asking for an id gets it, later ones get
 * {@code id~2}, {@code id~3}, ... (the first suffix not yet taken). Input order is stable, so the renaming is too.
 */
final class DocumentIds {
    private final Set<String> taken = new HashSet<>();
    /** Where the suffix search for an id resumes, so that many copies of one id cost linear time. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    String claim(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        int n = nextSuffix.getOrDefault(wanted, 2);
        while (!taken.add(wanted + "~" + n)) {
            n++;
        }
        nextSuffix.put(wanted, n + 1);
        return wanted + "~" + n;
    }
}
