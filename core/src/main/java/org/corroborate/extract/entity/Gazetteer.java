package org.corroborate.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The world-knowledge lists the entity rules use: places, organizations, demonyms, titles and roles, given
 * names. All are resources written for this project (general knowledge, not taken from any evaluation text).
 *
 * <p>Phrases are keyed with their spaces removed ({@link #compact}), so a phrase matches a run of tokens
 * however the tokenizer cut it ("People's" may be one token or two).
 */
public final class Gazetteer {
    /** A known name: its canonical form and type (person, organization, place). */
    public record Known(String canonical, String type) {}

    /** An office: its kind (foreign-minister, defense-minister, ...). Kind honorific is no office. */
    public record Office(String kind) {
        public boolean honorific() {
            return kind.equals("honorific");
        }
    }

    private static final String DIR = "/org/corroborate/extract/entity/";
    private static final Gazetteer INSTANCE = new Gazetteer();

    /** Longest phrase, in tokens, of any list: bounds the look-ahead of phrase matching. */
    public static final int MAX_PHRASE_TOKENS = 7;

    /** Singular demonym nouns: "-an", "-i", "-on", "-man" ("Ukrainian", "Iraqi", "Briton", "Dutchman"). */
    private static final Pattern PERSON_DEMONYM =
            Pattern.compile("[A-Z][a-z]+(?:an|i|on|man)");

    private final Map<String, Known> names = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, Office> titles = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> organizationHeads = new HashSet<>();
    /** Lowercase short form of a given name to its lowercase formal name ("bill" -> "william"). */
    private final Map<String, String> formalNames = new HashMap<>();
    /** Normalized alias ({@link #key}) to canonical name, for resolving abbreviations and variants. */
    private final Map<String, Known> aliasKeys = new HashMap<>();

    private Gazetteer() {
        for (List<String> row : read("places.txt")) {
            addName(row, "place");
        }
        for (List<String> row : read("organizations.txt")) {
            addName(row, "organization");
        }
        for (List<String> row : read("demonyms.txt")) {
            for (String adjective : row.subList(1, row.size())) {
                demonyms.put(compact(adjective), row.get(0));
            }
        }
        for (List<String> row : read("roles.txt")) {
            Office office = new Office(row.get(0));
            for (String title : row.subList(1, row.size())) {
                titles.put(compact(title), office);
                if (title.indexOf(' ') > 0) {
                    // a title of several words is a title in any case: "the defense secretary"
                    titles.putIfAbsent(compact(title).toLowerCase(Locale.ROOT), office);
                }
            }
        }
        for (List<String> row : read("given-names.txt")) {
            givenNames.add(row.get(0));
        }
        for (List<String> row : read("organization-heads.txt")) {
            organizationHeads.add(row.get(0));
        }
        Set<String> shared = new HashSet<>();
        for (List<String> row : read("nicknames.txt")) {
            String formal = row.get(0).toLowerCase(Locale.ROOT);
            for (String form : row.subList(1, row.size())) {
                String f = form.toLowerCase(Locale.ROOT);
                if (formalNames.putIfAbsent(f, formal) != null && !formalNames.get(f).equals(formal)) {
                    shared.add(f); // "Pat": Patricia or Patrick, so neither
                }
            }
        }
        formalNames.keySet().removeAll(shared);
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    private void addName(List<String> row, String type) {
        Known known = new Known(row.get(0), type);
        for (String name : row) {
            names.putIfAbsent(compact(name), known);
            aliasKeys.putIfAbsent(key(name), known);
        }
    }

    /** The place or organization a phrase names exactly (case-sensitive), or null. */
    public Known name(String compactPhrase) {
        return names.get(compactPhrase);
    }

    /** The place or organization whose name or alias has this {@link #key}, or null. */
    public Known byKey(String key) {
        return aliasKeys.get(key);
    }

    /** The country a nationality word or country abbreviation stands for ("South Korean", "U.S."), or null. */
    public String nationality(String compactPhrase) {
        String d = demonyms.get(compactPhrase);
        if (d != null) {
            return d;
        }
        Known k = names.get(compactPhrase);
        return k != null && k.type().equals("place") ? k.canonical() : null;
    }

    /** The country of a demonym or adjective of place ("Ukrainian", "South Korean"), or null. */
    public String demonym(String compactPhrase) {
        return demonyms.get(compactPhrase);
    }

    /**
     * The country of a demonym that also names one person ("American", "Israeli", "Briton", "Frenchman"; not
     * "British", "Chinese", "Swiss", which name a people), or null.
     */
    public String personDemonym(String word) {
        return PERSON_DEMONYM.matcher(word).matches() ? demonyms.get(word) : null;
    }

    /** The office a title names: a one-word title as listed, a longer one in any case; or null. */
    public Office title(String compactPhrase) {
        Office o = titles.get(compactPhrase);
        return o != null ? o : titles.get(compactPhrase.toLowerCase(Locale.ROOT));
    }

    /** The formal given name a lowercase short form stands for ("bill" -> "william"), else the word itself. */
    public String formalName(String lowercaseWord) {
        return formalNames.getOrDefault(lowercaseWord, lowercaseWord);
    }

    public boolean givenName(String word) {
        return givenNames.contains(word);
    }

    /** True when a name ending in {@code word} names an organization ("Survey", "Ledger", "Rail"). */
    public boolean organizationHead(String word) {
        return organizationHeads.contains(word);
    }

    /** A phrase without spaces and with typographic apostrophes made straight: the lookup form of phrases. */
    public static String compact(String phrase) {
        StringBuilder b = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '’' || c == '‘') {
                b.append('\'');
            } else if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The matching form of a name: lowercase, no dots, hyphens as spaces, straight apostrophes, no leading
     * "the". "U.S." and "US" share a key, as do "Jae-won Park" and "Jae Won Park".
     */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '-' || c == '‐' || c == '–' || Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c));
        }
        String k = b.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static List<List<String>> read(String file) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + DIR + file + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> java.util.Arrays.stream(l.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }
}
