package org.corroborate.fuzz;

import static org.corroborate.fuzz.Contract.check;
import static org.corroborate.fuzz.Contract.now;
import static org.corroborate.fuzz.Contract.within;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.corroborate.extract.Extractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.CodePoints;
import org.corroborate.model.DateMention;
import org.corroborate.model.EntityMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Quote;
import org.junit.jupiter.api.BeforeAll;

/**
 * The extraction stage on whatever cleaning lets through: entities, figures, quotes and dates are found without
 * a throw, within the time bound, each with a span inside the body whose text is the body's text there.
 */
class ExtractionFuzzTest {
    private static Contract contract;
    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("extract");
        extractor = new Extractor();
        // loads the tagger and the cue lists before the first input is timed
        for (Article a : contract.ingestAndClean("warm.txt", "Warm-up\n\n“It works,” Jan Roe said on May 2.\n"
                .getBytes(StandardCharsets.UTF_8))) {
            extractor.extract(a);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void extractFacts(byte[] page) {
        for (Article a : contract.ingestAndClean("page.txt", page)) {
            long start = now();
            ArticleFacts facts = extractor.extract(a);
            var dates = extractor.dates(a);
            within(start, "extraction from " + a.body().length() + " chars");
            for (EntityMention m : facts.entities()) {
                // a name is its words: "Ostland\tGuild" is written "Ostland Guild"
                checkSpan(a, m.start(), m.end(), m.text(), "entity", true);
            }
            for (Quantity q : facts.quantities()) {
                checkSpan(a, q.start(), q.end(), q.text(), "quantity", false);
            }
            for (Quote q : facts.quotes()) {
                checkSpan(a, q.start(), q.end(), q.text(), "quote", false);
                check(q.kind() != null, a.id() + ": quote without a kind " + q);
            }
            for (DateMention d : dates) {
                checkSpan(a, d.start(), d.end(), d.text(), "date", false);
            }
        }
    }

    /**
     * A non-empty code point span inside the body; its text is the body's text there, as written or, with
     * {@code words}, with each run of white space (as Java tells it, separators included) as one space.
     */
    private static void checkSpan(Article a, int start, int end, String text, String what, boolean words) {
        int length = a.body().codePointCount(0, a.body().length());
        check(0 <= start && start < end && end <= length, a.id() + ": " + what + " span [" + start + ", " + end
                + ") outside the body of " + length + " code points");
        String written = CodePoints.slice(a.body(), start, end);
        String expected = words ? written.replaceAll("[\\p{javaWhitespace}\\p{Z}]+", " ") : written;
        check(expected.equals(text), a.id() + ": " + what + " text '" + text
                + "' is not the body's text at [" + start + ", " + end + ")");
    }
}
