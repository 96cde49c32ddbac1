package org.corroborate.eval.reuse;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a narrative sentence the way a desk rewrites wire copy, for the paraphrase positives of the reuse
 * set.
 *
 * <p>Implementation notes: deterministic operations, applied in order, with seeded choices. (1) Reordering, the
 * first that applies: a leading adverbial moves to the end ("On Monday, police arrested ..." becomes "Police
 * arrested ... on Monday"); an attribution frame moves behind its content ("Police said the man was ..." becomes
 * "The man was ..., police said"); a clause with one of a list of transitive verbs turns passive-like ("Police
 * arrested a man" becomes "A man was arrested by police"); two clauses joined by "and", "but" or "while" swap.
 * (2) Adjunct dropping: a relative clause set off by commas (", who ..., ") or a trailing weekday ("on Tuesday")
 * is cut. (3) Function-word variation ("of the" to "of", "has been" to "was", "said that" to "said"). (4)
 * Synonym substitution from a small hand-written list of near-synonyms common in news prose (names and
 * contractions left alone). Choices in (3) and (4) are taken with probability {@code SYNONYM_RATE}. Numbers,
 * number words, negations and hedges are never touched, so a rewrite keeps the facts. A sentence counts as
 * rewritten when a reordering or drop applied, or at least two words were substituted; otherwise {@link
 * #rewrite} returns null and the caller keeps the sentence.
 */
final class Paraphraser {
    static final double SYNONYM_RATE = 0.9;
    private static final String[][] SYNONYMS = {
        {"announced", "revealed"}, {"began", "started"}, {"started", "began"}, {"arrested", "detained"},
        {"detained", "arrested"}, {"injured", "wounded"}, {"wounded", "injured"}, {"killed", "slain"},
        {"attack", "assault"}, {"after", "following"}, {"before", "prior to"}, {"company", "firm"},
        {"firm", "company"}, {"deal", "agreement"}, {"agreement", "deal"}, {"officials", "authorities"},
        {"authorities", "officials"}, {"hit", "struck"}, {"struck", "hit"}, {"blaze", "fire"},
        {"film", "movie"}, {"movie", "film"}, {"team", "squad"}, {"game", "match"}, {"largest", "biggest"},
        {"biggest", "largest"}, {"major", "significant"}, {"area", "region"}, {"region", "area"},
        {"received", "got"}, {"won", "secured"}, {"home", "residence"}, {"house", "home"}, {"car", "vehicle"},
        {"vehicle", "car"}, {"said", "stated"}, {"says", "states"}, {"reported", "stated"},
        {"quickly", "rapidly"}, {"also", "additionally"}, {"earlier", "previously"}, {"near", "close to"},
        {"buy", "purchase"}, {"bought", "purchased"}, {"acquire", "buy"}, {"acquired", "bought"},
        {"died", "perished"}, {"help", "assist"}, {"helped", "assisted"}, {"tried", "attempted"},
        {"try", "attempt"}, {"show", "display"}, {"showed", "displayed"}, {"charged", "accused"},
        {"accused", "charged"}, {"victims", "casualties"}, {"scene", "site"}, {"leader", "head"},
        {"named", "appointed"}, {"appointed", "named"}, {"replace", "succeed"}, {"role", "part"},
        {"event", "occasion"}, {"building", "structure"}, {"town", "municipality"}, {"suspect", "alleged offender"},
        {"earthquake", "quake"}, {"quake", "earthquake"},
        {"jail", "prison"}, {"prison", "jail"}, {"murder", "killing"}, {"killing", "slaying"}, {"gunman", "shooter"},
        {"shooter", "gunman"}, {"hospital", "medical centre"}, {"government", "administration"},
        {"country", "nation"}, {"nation", "country"}, {"residents", "locals"}, {"damage", "destruction"},
        {"destroyed", "wrecked"}, {"damaged", "harmed"}, {"unveiled", "introduced"}, 
        {"released", "issued"}, {"actor", "performer"},
        {"singer", "vocalist"}, {"award", "prize"}, {"planned", "intended"},
        {"told", "informed"}, {"claimed", "asserted"}, {"confirmed", "verified"}, {"during", "in the course of"},
        {"including", "among them"}, {"large", "big"}, {"big", "large"},
        {"children", "kids"}, {"captured", "seized"}, {"fight", "battle"},
        {"battle", "fight"}, {"victory", "win"}, {"defeat", "loss"}, {"beat", "defeated"}, {"coach", "manager"},
        {"fans", "supporters"}, {"resigned", "stepped down"}, {"fired", "dismissed"}, {"sacked", "dismissed"},
        {"dismissed", "fired"}, {"people", "persons"}, {"reports", "accounts"}, {"sources", "insiders"},
        {"statement", "announcement"}, {"leave", "depart"}, {"city", "metropolis"},
        {"investigation", "inquiry"}, {"investigators", "detectives"}, {"evidence", "proof"},
        {"found", "discovered"}, {"discovered", "found"}, {"went", "headed"}, {"made", "produced"},
        {"took", "seized"}, {"gave", "handed"}, {"called", "termed"}, {"held", "staged"},
        {"national", "countrywide"}, {"local", "area"}, {"recent", "latest"},
        {"only", "merely"}, {"still", "yet"}, {"later", "afterwards"}, {"then", "subsequently"},
        {"now", "currently"}, {"soon", "shortly"}, {"again", "once more"},
        {"which", "that"}, {"however", "but"}, {"but", "yet"}, {"while", "whereas"}, {"also", ""},
        {"into", "in"}, {"very", "highly"}, {"big", "large"},
        {"small", "little"}, {"important", "key"}, {"key", "central"}, {"need", "require"},
        {"needed", "required"}, {"wanted", "sought"}, {"want", "seek"}, {"get", "obtain"},
        {"used", "employed"}, {"use", "employ"}, {"end", "close"}, {"start", "beginning"},
        {"think", "believe"},
        {"shows", "indicates"}, {"show", "indicate"}, {"known", "recognised"}, {"famous", "renowned"},
        {"former", "ex"}, {"nearby", "neighbouring"}, {"entire", "whole"}, {"whole", "entire"},
        {"among", "amid"}, {"amid", "among"}, {"across", "throughout"}, {"following", "after"},
        {"since", "from"}, {"despite", "in spite of"}, {"within", "inside"}, {"outside", "beyond"},
        {"top", "leading"}, {"leading", "top"}, {"chief", "head"}, {"head", "chief"},
        {"director", "head"}, {"spokesman", "representative"}, {"spokeswoman", "representative"},
        {"attempt", "effort"}, {"effort", "attempt"}, {"move", "step"}, {"decision", "ruling"},
        {"issue", "matter"}, {"problem", "issue"}, {"series", "string"}, {"number", "count"},
    };
    private static final java.util.Map<String, String> SYNONYM = new java.util.HashMap<>();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LEADING = Pattern.compile(
            "^((?:On|In|At|After|During|Earlier|Last|Following|Before|Since|By|Early|Late)\\b[^,\"]{2,60}), "
            + "(.+?)([.!?])$");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^((?:The |A |An )?[\\p{L}'\\- ]{2,40}?) (said|says|reported|stated) (?:that )?(.{20,}?)([.!?])$");
    private static final Pattern ACTIVE = Pattern.compile("^((?:The |A |An )?[\\p{L}'\\- ]{2,40}?)"
            // a verb after an auxiliary is already passive or not the main verb
            + "(?<!\\b(?:be|been|being|was|were|is|are|have|has|had|will|would|must|could|should|may|might|can|to"
            + "|not|also|did|does|do)) (killed|arrested|detained|hit|struck|destroyed|announced|won|bought|acquired"
            + "|named|appointed|charged"
            + "|injured|wounded|shot|released|launched|unveiled|signed|sentenced|found|fired|hired|rescued|beat"
            + "|defeated|captured|confirmed|approved|rejected|evacuated|closed|opened|sued|accused) "
            + "(?!(?:it|him|her|them|himself|herself|themselves|itself|that|to|by|in|on|at|as)\\b)(.{8,}?)([.!?])$");
    /** Two clauses joined by ", and " / ", but " / ", while ", swapped when neither holds a comma or quote. */
    private static final Pattern CLAUSES = Pattern.compile("^([^,\"]{20,}), (and|but|while) ([^,\"]{20,})([.!?])$");
    private static final Pattern RELATIVE = Pattern.compile(", (?:who|which) [^,\"]{3,80}?,");
    private static final Pattern WEEKDAY = Pattern.compile(
            " on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[.!?]$)");

    static {
        for (String[] pair : SYNONYMS) {
            SYNONYM.putIfAbsent(pair[0], pair[1]);
        }
    }

    /** Phrase-level variations of function words, tried in order, each with probability {@code SYNONYM_RATE}. */
    private static final String[][] PHRASES = {
        {" in order to ", " to "}, {" as well as ", " and "}, {" a lot of ", " much "}, {" has been ", " was "},
        {" have been ", " were "}, {" had been ", " was "}, {" said that ", " said "},
        {" reported that ", " reported "}, {" of the ", " of "}, {" in the ", " in "}, {" on the ", " on "},
        {" at the ", " at "}, {" to the ", " to "}, {" for the ", " for "}, {" by the ", " by "},
        {" with the ", " with "}, {" from the ", " from "}, {" and the ", " and "}, {" is a ", " is one "},
        {" there were ", " were "}, {" there was ", " was "}, {" that was ", " "}, {" who was ", " "},
    };

    private Paraphraser() {}

    /** A rewrite of {@code sentence} that keeps its facts, or null when too little of it could be rewritten. */
    static String rewrite(String sentence, Random random) {
        String s = sentence;
        boolean structural = false;
        Matcher m = LEADING.matcher(s);
        Matcher a = ATTRIBUTION.matcher(s);
        if (m.matches()) {
            s = capitalize(m.group(2)) + " " + decapitalize(m.group(1)) + m.group(3);
            structural = true;
        } else if (a.matches() && !a.group(1).contains(",")) {
            s = capitalize(a.group(3)) + ", " + decapitalize(a.group(1)) + " " + a.group(2) + a.group(4);
            structural = true;
        } else {
            Matcher v = ACTIVE.matcher(s);
            if (v.matches() && !v.group(1).contains(",") && !v.group(3).contains(",")) {
                // the object first: "X arrested Y" becomes "Y was arrested by X" (agreement guessed from its first
                // word)
                String object = v.group(3);
                String head = object.split(" ")[0].toLowerCase(Locale.ROOT);
                boolean plural = head.endsWith("s") || head.matches("\\d.*|two|three|four|five|six|seven|eight|nine|ten"
                        + "|both|several|many|dozens|hundreds|thousands") || object.contains(" and ");
                String be = plural ? "were" : "was";
                s = capitalize(object) + " " + be + " " + v.group(2) + " by " + decapitalize(v.group(1)) + v.group(4);
                structural = true;
            }
        }
        Matcher clauses = CLAUSES.matcher(s);
        if (!structural && clauses.matches()) {
            s = capitalize(clauses.group(3)) + ", " + clauses.group(2) + " " + decapitalize(clauses.group(1))
                    + clauses.group(4);
            structural = true;
        }
        String cut = RELATIVE.matcher(s).replaceFirst("");
        if (cut.equals(s)) {
            cut = WEEKDAY.matcher(s).replaceFirst("");
        }
        structural |= !cut.equals(s);
        s = cut;
        for (String[] phrase : PHRASES) {
            if (s.contains(phrase[0]) && random.nextDouble() < SYNONYM_RATE) {
                s = s.replace(phrase[0], phrase[1]);
            }
        }
        // one left-to-right pass, so a substituted word is never substituted back
        int substituted = 0;
        StringBuilder out = new StringBuilder();
        Matcher w = WORD.matcher(s);
        int last = 0;
        while (w.find()) {
            String found = w.group();
            String synonym = SYNONYM.get(found.toLowerCase(Locale.ROOT));
            // names ("New Orleans") and contractions ("won't") are left alone
            boolean name = w.start() > 0 && Character.isUpperCase(found.charAt(0));
            boolean contraction = w.end() < s.length() && (s.charAt(w.end()) == '\'' || s.charAt(w.end()) == '\u2019');
            out.append(s, last, w.start());
            if (synonym != null && !name && !contraction && random.nextDouble() < SYNONYM_RATE) {
                boolean upper = Character.isUpperCase(found.charAt(0));
                if (synonym.isEmpty() && w.end() < s.length() && s.charAt(w.end()) == ' ') {
                    // a dropped word takes its following space with it
                    last = w.end() + 1;
                    substituted++;
                    continue;
                }
                out.append(synonym.isEmpty() ? found : upper ? capitalize(synonym) : synonym);
                substituted += synonym.isEmpty() ? 0 : 1;
            } else {
                out.append(found);
            }
            last = w.end();
        }
        s = out.append(s.substring(last)).toString();
        return structural || substituted >= 2 ? s : null;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Lower-cases the first letter unless the first word looks like a name (capitalized and not a determiner). */
    private static String decapitalize(String s) {
        String first = s.split(" ", 2)[0];
        boolean common = first.matches("(?i)the|a|an|on|in|at|after|during|earlier|last|following|before|since|by"
                + "|early|late|police|officials|authorities|witnesses|investigators|prosecutors|reports"
                + "|it|he|she|they|we|this|that|these|those|there|his|her|their|its|our");
        return common ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }
}
