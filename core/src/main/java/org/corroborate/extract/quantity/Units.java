package org.corroborate.extract.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unit lexicon: percent, currencies, lengths, areas, volumes, weights, temperatures, speeds, energy, power,
 * data sizes and time spans, each surface form mapped to one canonical unit name.
 *
 * <p>Implementation notes: forms are matched on {@link Tokens} (so "km/h" is written "km / h"), longest first,
 * up to {@link #MAX_FORM_TOKENS} tokens. Forms marked {@code =} are case sensitive: short symbols such as "m",
 * "g", "C" or "MW" only count with their exact case, and single-letter symbols only when they touch the number,
 * because as free-standing words they are mostly something else ("5 m" aside, "in", "a", "C" are words).
 * Two unit words are read from the words around them ({@link #moneyPound}, {@link #angleDegree}): "pounds" is
 * weight unless money words are near or pounds sterling were just spoken of, bare "degrees" a temperature unless
 * angle words are near; a veto word ("weighed", "temperature") keeps the default.
 */
final class Units {
    record Unit(String canonical, UnitKind kind) {}

    /** A unit found at a token index: how many tokens it spans. */
    record Match(int length, Unit unit) {}

    static final int MAX_FORM_TOKENS = 4;

    // canonical | kind | forms (";"-separated, tokens separated by spaces, "=" prefix: case sensitive)
    private static final String LEXICON = """
            percentage|PERCENT|%;percent;per cent;pc;pct;percentage;per - cent
            percentage point|PERCENT|percentage point;percentage points;pp;ppt;ppts;points percentage
            basis point|PERCENT|basis point;basis points;bp;bps
            dollar|CURRENCY|dollar;dollars;usd;us dollars;u.s. dollars;us dollar;buck;bucks;american dollar;american dollars
            canadian dollar|CURRENCY|canadian dollar;canadian dollars;cad
            australian dollar|CURRENCY|australian dollar;australian dollars;aud
            new zealand dollar|CURRENCY|new zealand dollar;new zealand dollars;nzd
            hong kong dollar|CURRENCY|hong kong dollar;hong kong dollars;hkd
            euro|CURRENCY|euro;euros;eur
            pound sterling|CURRENCY|pounds sterling;pound sterling;sterling;gbp;quid;british pound;british pounds
            japanese yen|CURRENCY|yen;jpy;japanese yen
            chinese yuan|CURRENCY|yuan;renminbi;rmb;cny;chinese yuan
            indian rupee|CURRENCY|rupee;rupees;inr;=Rs;indian rupee;indian rupees
            sri lankan rupee|CURRENCY|sri lankan rupee;sri lankan rupees;lkr;ரூ
            swiss franc|CURRENCY|swiss franc;swiss francs;chf;franc;francs
            french franc|CURRENCY|french franc;french francs
            belgian franc|CURRENCY|belgian franc;belgian francs
            russian ruble|CURRENCY|ruble;rubles;rouble;roubles;rub;russian ruble;russian rubles;russian rouble;russian roubles
            south korean won|CURRENCY|=won
            shekel|CURRENCY|shekel;shekels;ils;nis;israeli shekel;israeli shekels
            peso|CURRENCY|peso;pesos
            mexican peso|CURRENCY|mexican peso;mexican pesos;mxn
            philippine peso|CURRENCY|philippine peso;philippine pesos
            argentine peso|CURRENCY|argentine peso;argentine pesos;ars
            singaporean dollar|CURRENCY|singapore dollar;singapore dollars;sgd
            malaysian ringgit|CURRENCY|ringgit;ringgits;myr;=RM
            south african rand|CURRENCY|rand;zar;south african rand
            croatian kuna|CURRENCY|kuna;kunas;hrk;=kn
            turkish lira|CURRENCY|lira;liras;=TRY;turkish lira;turkish liras
            italian lira|CURRENCY|italian lira;italian lire;lire
            swedish krona|CURRENCY|krona;kronor;sek;swedish krona;swedish kronor
            norwegian krone|CURRENCY|norwegian krone;norwegian kroner;nok
            danish krone|CURRENCY|danish krone;danish kroner;dkk
            cent|CURRENCY|cent;cents
            penny|CURRENCY|penny;pence;=p
            bitcoin|CURRENCY|bitcoin;bitcoins;btc
            satoshi|CURRENCY|satoshi;satoshis
            finnish markka|CURRENCY|markka;markkaa;markkas;finnish markka;finnish markkaa;finnish markkas
            spanish peseta|CURRENCY|peseta;pesetas;spanish peseta;spanish pesetas
            dutch guilder|CURRENCY|guilder;guilders;dutch guilder;dutch guilders;netherlands guilder;netherlands guilders
            german mark|CURRENCY|deutsche mark;deutsche marks;deutschmark;deutschmarks;german mark;german marks;=DM
            portuguese escudo|CURRENCY|escudo;escudos;portuguese escudo;portuguese escudos
            austrian schilling|CURRENCY|schilling;schillings;austrian schilling;austrian schillings
            greek drachma|CURRENCY|drachma;drachmas;drachmae;greek drachma;greek drachmas
            polish zloty|CURRENCY|zloty;zlotys;zlotych;polish zloty;pln
            czech koruna|CURRENCY|koruna;korunas;czech koruna;czech korunas;czk
            hungarian forint|CURRENCY|forint;forints;hungarian forint;huf
            thai baht|CURRENCY|baht;thai baht;thb
            indonesian rupiah|CURRENCY|rupiah;rupiahs;indonesian rupiah;idr
            nigerian naira|CURRENCY|naira;nigerian naira;ngn
            ukrainian hryvnia|CURRENCY|hryvnia;hryvnias;hryvnya;ukrainian hryvnia;uah
            saudi riyal|CURRENCY|riyal;riyals;saudi riyal;saudi riyals;sar
            emirati dirham|CURRENCY|dirham;dirhams;aed
            egyptian pound|CURRENCY|egyptian pound;egyptian pounds;egp
            costa rican colon|CURRENCY|colón;colones;costa rican colón;costa rican colon
            georgian lari|CURRENCY|lari;georgian lari;=GEL
            lao kip|CURRENCY|lao kip;lak
            vietnamese dong|CURRENCY|vietnamese dong;vnd
            metre|MEASURE|metre;metres;meter;meters;=m
            decimetre|MEASURE|decimetre;decimetres;decimeter;decimeters;=dm
            kilometre|MEASURE|kilometre;kilometres;kilometer;kilometers;km;kms
            centimetre|MEASURE|centimetre;centimetres;centimeter;centimeters;cm
            millimetre|MEASURE|millimetre;millimetres;millimeter;millimeters;mm
            micrometre|MEASURE|micrometre;micrometres;micrometer;micrometers;micron;microns;μm;µm
            nanometre|MEASURE|nanometre;nanometres;nanometer;nanometers;nm
            picometre|MEASURE|picometre;picometres;picometer;picometers
            mile|MEASURE|mile;miles;=mi
            nautical mile|MEASURE|nautical mile;nautical miles
            yard|MEASURE|yard;yards;=yd;=yds
            foot|MEASURE|foot;feet;ft;='
            inch|MEASURE|inch;inches;=in.
            light year|MEASURE|light year;light years;light - year;light - years
            square metre|MEASURE|square metre;square metres;square meter;square meters;sq m;sqm;=m2;=m²
            square kilometre|MEASURE|square kilometre;square kilometres;square kilometer;square kilometers;sq km;km2;km²
            square mile|MEASURE|square mile;square miles;sq mi
            square foot|MEASURE|square foot;square feet;sq ft;sqft
            hectare|MEASURE|hectare;hectares;ha
            acre|MEASURE|acre;acres
            litre|MEASURE|litre;litres;liter;liters;=l;=L
            millilitre|MEASURE|millilitre;millilitres;milliliter;milliliters;ml
            tablespoon|MEASURE|tablespoon;tablespoons;tbsp;tbsps;tbs
            teaspoon|MEASURE|teaspoon;teaspoons;tsp;tsps
            cup|MEASURE|cup;cups
            fluid ounce|MEASURE|fluid ounce;fluid ounces;fl oz;fl . oz
            pint|MEASURE|pint;pints
            quart|MEASURE|quart;quarts
            gallon|MEASURE|gallon;gallons;gal
            barrel|MEASURE|barrel;barrels;bbl
            cubic metre|MEASURE|cubic metre;cubic metres;cubic meter;cubic meters;m3;m³
            cubic foot|MEASURE|cubic foot;cubic feet
            kilogram|MEASURE|kilogram;kilograms;kilogramme;kilogrammes;kg;kgs;kilo;kilos
            gram|MEASURE|gram;grams;gramme;grammes;=g
            milligram|MEASURE|milligram;milligrams;mg
            microgram|MEASURE|microgram;micrograms;mcg;µg;μg
            metric ton|MEASURE|tonne;tonnes;metric ton;metric tons;=t
            ton|MEASURE|ton;tons
            pound-mass|MEASURE|pound;pounds;lb;lbs
            ounce|MEASURE|ounce;ounces;oz
            celsius|MEASURE|degrees celsius;degree celsius;celsius;centigrade;° c;°c;=C;° celsius;celcius;degrees celcius;deg celsius;deg c;deg . c
            fahrenheit|MEASURE|degrees fahrenheit;degree fahrenheit;fahrenheit;° f;°f;=F;° fahrenheit;farenheit;degrees farenheit;deg fahrenheit;deg f;deg . f
            kelvin|MEASURE|kelvin;kelvins;=K
            degree|MEASURE|degree;degrees;°;deg;degree of arc;degrees of arc;arc degree;arc degrees
            radian|MEASURE|radian;radians;rad
            mile per hour|MEASURE|miles per hour;mile per hour;mph;miles an hour;mi / h
            kilometre per hour|MEASURE|kilometres per hour;kilometers per hour;kilometres an hour;kilometers an hour;km / h;kph;kmh;kmph
            metre per second|MEASURE|metres per second;meters per second;m / s
            knot|MEASURE|knot;knots
            mile per gallon|MEASURE|miles per gallon;mpg
            revolutions per minute|MEASURE|rpm;revolutions per minute
            horsepower|MEASURE|horsepower;hp;ps
            brake horsepower|MEASURE|bhp;brake horsepower
            watt|MEASURE|watt;watts;=W
            kilowatt|MEASURE|kilowatt;kilowatts;kw
            megawatt|MEASURE|megawatt;megawatts;mw
            gigawatt|MEASURE|gigawatt;gigawatts;gw
            kilowatt hour|MEASURE|kilowatt hour;kilowatt hours;kilowatt - hour;kilowatt - hours;kwh
            megawatt hour|MEASURE|megawatt hour;megawatt hours;megawatt - hours;mwh
            gigawatt hour|MEASURE|gigawatt hour;gigawatt hours;gigawatt - hours;gwh
            terawatt hour|MEASURE|terawatt hour;terawatt hours;terawatt - hours;twh
            volt|MEASURE|volt;volts;=V
            kilovolt|MEASURE|kilovolt;kilovolts;kv
            newton metre|MEASURE|newton metre;newton metres;newton meters;nm;n·m;n - m
            foot pound-force|MEASURE|lb - ft;foot - pounds;ft - lb
            pound-foot|MEASURE|pound - feet;pound - foot
            joule|MEASURE|joule;joules;=J
            calorie|MEASURE|calorie;calories;kcal
            hertz|MEASURE|hertz;hz
            kilohertz|MEASURE|kilohertz;khz
            megahertz|MEASURE|megahertz;mhz
            gigahertz|MEASURE|gigahertz;ghz
            decibel|MEASURE|decibel;decibels;db
            pascal|MEASURE|pascal;pascals;pa
            megapascal|MEASURE|megapascal;megapascals;mpa
            byte|MEASURE|byte;bytes
            kilobyte|MEASURE|kilobyte;kilobytes;=KB;=kB
            megabyte|MEASURE|megabyte;megabytes;=MB
            gigabyte|MEASURE|gigabyte;gigabytes;=GB
            terabyte|MEASURE|terabyte;terabytes;=TB
            megapixel|MEASURE|megapixel;megapixels;mp
            kilopound per square inch|MEASURE|ksi
            pound per square inch|MEASURE|psi
            part per million|MEASURE|parts per million;part per million;ppm
            point per game|MEASURE|ppg;points per game
            rebound per game|MEASURE|rpg;rebounds per game
            assist per game|MEASURE|apg;assists per game
            win above replacement|MEASURE|=WAR;wins above replacement
            count|MEASURE|times
            generation wireless|MEASURE|=G
            second|TIME|second;seconds;sec;secs;=s
            minute|TIME|minute;minutes;min;mins
            hour|TIME|hour;hours;hr;hrs;=h
            day|TIME|day;days
            week|TIME|week;weeks
            month|TIME|month;months
            year|TIME|year;years;yr;yrs
            decade|TIME|decade;decades
            century|TIME|century;centuries
            year of age|AGE|year - old;years - old;year old;years old;year of age;years of age;yo
            month of age|AGE|month - old;months - old;month old;months old;month of age;months of age
            week of age|AGE|week - old;weeks - old;week old;weeks old;week of age;weeks of age
            day of age|AGE|day - old;days - old;day old;days old;day of age;days of age
            """;

    /** Currency symbols written before the number, with the letters that may prefix them ("US$", "C$"). */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "dollar"),
            Map.entry("€", "euro"), Map.entry("£", "pound sterling"), Map.entry("¥", "japanese yen"),
            Map.entry("元", "chinese yuan"), Map.entry("₹", "indian rupee"), Map.entry("₩", "south korean won"),
            Map.entry("₽", "russian ruble"), Map.entry("₪", "shekel"), Map.entry("₺", "turkish lira"),
            Map.entry("₱", "philippine peso"), Map.entry("₦", "nigerian naira"),
            Map.entry("₴", "ukrainian hryvnia"),
            Map.entry("₡", "costa rican colon"), Map.entry("₾", "georgian lari"), Map.entry("₭", "lao kip"),
            Map.entry("₫", "vietnamese dong"), Map.entry("₿", "bitcoin"));
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of("us", "dollar", "u.s.", "dollar",
            "c", "canadian dollar", "ca", "canadian dollar", "a", "australian dollar", "au", "australian dollar",
            "nz", "new zealand dollar", "hk", "hong kong dollar", "s", "singaporean dollar");

    /**
     * Words that make "pounds" money: what a business earns, spends or is worth ("profit of 40 million pounds",
     * "paid 300 pounds").
     */
    private static final Set<String> MONEY_WORDS = Set.of("profit", "profits", "revenue", "revenues", "sales",
            "turnover", "earnings", "earn", "earns", "earned", "earning", "income", "cost", "costs", "costing",
            "paid", "pay", "pays", "paying", "payment", "payments", "worth", "price", "prices", "priced", "fee",
            "fees", "fined", "budget", "spent", "spend", "spending", "funding", "fund", "salary", "salaries", "wage",
            "wages", "bid", "debt", "debts", "tax", "taxes", "valued", "valuation", "deal", "dividend", "dividends",
            "loan", "loans", "investment", "invested", "compensation", "damages", "bonus", "rent", "prize", "raised",
            "owed", "loss", "losses", "deficit", "surplus", "bill", "sold", "bought", "buy", "sell", "transfer",
            "contract", "awarded", "donated", "donation", "grant", "jackpot", "tickets", "charged", "cash", "money",
            "sterling", "pence", "£", "gbp", "dollars", "euros", "$", "€");
    /**
     * Words that keep "pounds" a weight even among money words: a weight, or a height beside it ("6 - foot - 2,
     * 210 pounds").
     */
    private static final Set<String> WEIGHT_WORDS = Set.of("weigh", "weighs", "weighed", "weighing", "weight",
            "weights", "heavy", "heavier", "heaviest", "lighter", "overweight", "kg", "kilograms", "kilos", "ounces",
            "foot", "feet", "inches", "tall", "height");
    /** Words that make bare degrees an angle: "rotate 90 degrees", "a 45-degree slope". */
    private static final Set<String> ANGLE_WORDS = Set.of("angle", "angles", "angled", "rotate", "rotated",
            "rotates", "rotating", "rotation", "turn", "turned", "turns", "turning", "tilt", "tilted", "tilts",
            "tilting", "incline", "inclined", "slope", "sloped", "slopes", "bank", "banked", "banking", "lean",
            "leaned", "leaning", "leans", "pivot", "pivoted", "spin", "spun", "twist", "twisted", "latitude",
            "longitude", "arc", "clockwise", "counterclockwise", "anticlockwise", "steer", "steered");
    /** Words that keep degrees a temperature even among angle words ("temperatures turned 10 degrees colder"). */
    private static final Set<String> TEMPERATURE_WORDS = Set.of("temperature", "temperatures", "thermostat",
            "weather", "hot", "hotter", "cold", "colder", "warm", "warmer", "cool", "cooler", "heat", "fever",
            "freezing", "frost", "oven", "boil", "boils", "boiling", "celsius", "fahrenheit");
    /** How far around an ambiguous unit word its cue words are looked for, in tokens. */
    private static final int CUE_CONTEXT = 12;

    private static final Map<String, Unit> CASED = new HashMap<>();
    private static final Map<String, Unit> FOLDED = new HashMap<>();

    static {
        for (String line : LEXICON.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            Unit unit = new Unit(parts[0], UnitKind.valueOf(parts[1]));
            for (String form : parts[2].split(";")) {
                if (form.startsWith("=")) {
                    CASED.put(form.substring(1), unit);
                } else {
                    FOLDED.put(form, unit);
                }
            }
        }
    }

    private Units() {}

    /**
     * The currency of a code with the finance prefix "M" for millions ("MUSD", "MEUR"), or null; the caller scales
     * the figure.
     */
    static String millionCode(String word) {
        if (word.length() != 4 || word.charAt(0) != 'M' || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return null;
        }
        Unit u = FOLDED.get(word.substring(1).toLowerCase(Locale.ROOT));
        return u != null && u.kind() == UnitKind.CURRENCY ? u.canonical() : null;
    }

    /** The longest unit written at token {@code i}, or null. {@code touching}: token i touches the number. */
    static Match at(Tokens t, int i, boolean touching) {
        if (i >= t.size()) {
            return null;
        }
        String millions = millionCode(t.word[i]);
        if (millions != null) {
            return new Match(1, new Unit(millions, UnitKind.CURRENCY));
        }
        StringBuilder cased = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        Match best = null;
        for (int n = 1; n <= MAX_FORM_TOKENS && i + n <= t.size(); n++) {
            int k = i + n - 1;
            if (n > 1) {
                cased.append(' ');
                folded.append(' ');
            }
            cased.append(t.word[k]);
            folded.append(t.lower[k]);
            Unit u = FOLDED.get(folded.toString());
            if (u == null) {
                u = CASED.get(cased.toString());
                // A lone one-letter symbol is a unit only when it touches its number ("5m", "30C"), for a
                // spaced temperature not followed by a name ("highs of 12 C today", but "5 C Company" and
                // "800 F-Series pickups"), or for a measure in a product of dimensions ("3 m x 4 m").
                if (u != null && n == 1 && t.word[i].length() == 1 && !touching && !"%".equals(t.word[i])
                        && !(isTemperatureLetter(t.word[i]) && !t.capitalized(i + 1)
                                && !(t.is(i + 1, "-") && t.joined(i)))
                        && !(u.kind() == UnitKind.MEASURE && (isTimes(t, i + 1) || isTimes(t, i - 2)))) {
                    u = null;
                }
            }
            if (u != null) {
                best = new Match(n, u);
            }
        }
        return best;
    }

    /**
     * True when the word "pound" or "pounds" at token {@code i} is money rather than weight: a money word nearby, or
     * money in pounds sterling just before ({@code sterling}), and no weight word; never "pounds of" something (a
     * weight of it) or "a 300-pound bear" (an adjective). "lb" and "lbs" are always weight.
     */
    static boolean moneyPound(Tokens t, int i, boolean sterling) {
        if (!(t.is(i, "pounds") || t.is(i, "pound")) || t.is(i + 1, "of") || t.is(i - 1, "-") && t.joined(i - 1)) {
            return false;
        }
        return (sterling || near(t, i, MONEY_WORDS)) && !near(t, i, WEIGHT_WORDS);
    }

    /**
     * True when bare degrees at token {@code i} ("degrees", "°", "deg") measure an angle rather than a temperature:
     * an angle word nearby and no temperature word. Bare degrees are otherwise read as a temperature, as news mostly
     * means them.
     */
    static boolean angleDegree(Tokens t, int i) {
        return near(t, i, ANGLE_WORDS) && !near(t, i, TEMPERATURE_WORDS);
    }

    /** Whether one of {@code words} is within {@link #CUE_CONTEXT} tokens of token {@code i}. */
    private static boolean near(Tokens t, int i, Set<String> words) {
        for (int k = Math.max(0, i - CUE_CONTEXT); k < Math.min(t.size(), i + CUE_CONTEXT); k++) {
            if (words.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitals(Tokens t, int i) {
        return i >= 0 && i < t.size() && t.word[i].length() > 1 && Character.isLetter(t.word[i].charAt(0))
                && t.word[i].equals(t.word[i].toUpperCase(Locale.ROOT));
    }

    private static boolean isTimes(Tokens t, int i) {
        return t.is(i, "x") || t.is(i, "×");
    }

    static boolean isTemperatureLetter(String w) {
        return w.equals("C") || w.equals("F");
    }

    /** The currency of a symbol written after the figure ("1,200€"), or null. */
    static String symbolAfter(String word) {
        return SYMBOLS.get(word);
    }

    /** A unit named by a single word, for rates ("a day", "per barrel"), or null. */
    static Unit word(String lowerWord) {
        return FOLDED.get(lowerWord);
    }

    /**
     * The currency whose symbol ends at token {@code i} (just before a number): "$", "US$", "C$", "€", or a code
     * such as "EUR"; returns the canonical name and sets nothing else. {@code out[0]} receives the first token.
     */
    static String currencyBefore(Tokens t, int i, int[] out) {
        if (i < 0) {
            return null;
        }
        // "$US160": the country letters follow the symbol.
        if (i > 0 && t.word[i - 1].equals("$") && t.joined(i - 1) && DOLLAR_PREFIXES.containsKey(t.lower[i])
                && t.word[i].equals(t.word[i].toUpperCase(Locale.ROOT))) {
            out[0] = i - 1;
            return DOLLAR_PREFIXES.get(t.lower[i]);
        }
        String symbol = SYMBOLS.get(t.word[i]);
        if (symbol != null) {
            out[0] = i;
            // "US$5", and "C $6" as some corpora space it: upper-case country letters before "$".
            if ("dollar".equals(symbol) && i > 0 && (t.joined(i - 1) || (t.word[i - 1].length() > 1
                    || t.word[i - 1].equals("C")) && t.word[i - 1].equals(t.word[i - 1].toUpperCase(Locale.ROOT)))) {
                String prefixed = DOLLAR_PREFIXES.get(t.lower[i - 1]);
                if (prefixed != null) {
                    out[0] = i - 1;
                    return prefixed;
                }
            }
            return symbol;
        }
        String millions = millionCode(t.word[i]);
        if (millions != null) {
            out[0] = i;
            return millions;
        }
        Unit cased = CASED.get(t.word[i]);
        // Case-sensitive symbols before the digits: "RM3.06mil", "Rs 500", "DM 120"; spaced only when capitalized
        // ("won 40 games" is a verb) and not in an all-capitals run, where a symbol may be a word ("TRY 5 TIPS").
        if (cased != null && cased.kind() == UnitKind.CURRENCY && t.word[i].length() > 1 && (t.joined(i)
                || Character.isUpperCase(t.word[i].charAt(0)) && !allCapitals(t, i - 1) && !allCapitals(t, i + 2))) {
            out[0] = i;
            return cased.canonical();
        }
        Unit u = cased != null ? null : FOLDED.get(t.lower[i]);
        // Upper-case ISO codes written before the figure: "EUR 40", "USD 3.5 million".
        if (u != null && u.kind() == UnitKind.CURRENCY && t.word[i].length() == 3
                && t.word[i].equals(t.word[i].toUpperCase(Locale.ROOT))) {
            out[0] = i;
            return u.canonical();
        }
        return null;
    }
}
