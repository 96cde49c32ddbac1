package org.corroborate.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 language codes (as the OpenNLP detector gives them) mapped to ISO 639-1 where one exists. */
final class LanguageCodes {
    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                TWO_LETTER.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code cannot be looked up by one
            }
        }
        // individual languages the detector names, whose macrolanguage has a two-letter code
        String[][] macro = {{"cmn", "zh"}, {"pes", "fa"}, {"prs", "fa"}, {"zsm", "ms"}, {"zlm", "ms"}, {"swh", "sw"},
            {"ekk", "et"}, {"lvs", "lv"}, {"azj", "az"}, {"uzn", "uz"}, {"khk", "mn"}, {"npi", "ne"}, {"ory", "or"},
            {"gug", "gn"}, {"plt", "mg"}, {"arb", "ar"}, {"pbu", "ps"}, {"ydd", "yi"}, {"als", "sq"}, {"bos", "bs"},
            {"hrv", "hr"}, {"srp", "sr"}, {"nob", "nb"}, {"nno", "nn"}};
        for (String[] m : macro) {
            TWO_LETTER.put(m[0], m[1]);
        }
    }

    private LanguageCodes() {}

    /** The ISO 639-1 code of {@code iso3}, or {@code iso3} itself when there is none. */
    static String twoLetter(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }
}
