package org.corroborate.claim;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Readable, deterministic claim ids: a prefix and a slug of the claim's subject, numbered on collision. */
final class Ids {
    private final Map<String, Integer> used;

    Ids() {
        this(new HashMap<>());
    }

    /** Numbers after the ids already given ({@code used}: base id -> how many times), and records its own there. */
    Ids(Map<String, Integer> used) {
        this.used = used;
    }

    String next(String prefix, String subject) {
        String slug = slug(subject);
        String base = prefix + (slug.isEmpty() ? "" : "-" + slug);
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String slug(String s) {
        if (s == null) {
            return "";
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
