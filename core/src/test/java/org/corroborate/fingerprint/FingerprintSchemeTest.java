package org.corroborate.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintSchemeTest {
    private static final String TEXT = "The harbour authority in Port Selwyn closed the northern quay on Friday "
            + "after a crane collapsed onto a moored grain ship, injuring two dock workers and spilling part of "
            + "its cargo into the water, according to a statement issued by the port late in the evening.";

    @Test
    void wordsNormalizeHouseStyle() {
        List<String> words = new ArrayList<>();
        String text = "U.S. troops, 8,000 of them, in Russia\u2019s west-end";
        Words.scan(text, 0, text.length(), (s, e, h) -> words.add(Words.normalize(text.substring(s, e))));
        assertThat(words).containsExactly("us", "troops", "8000", "of", "them", "in", "russias", "west", "end");
        assertThat(Words.hash("U.S.")).isEqualTo(Words.hash("US"));
        assertThat(Words.hash("Russia's")).isEqualTo(Words.hash("russia\u2019s"));
    }

    @Test
    void fingerprintIsVersionedAndStable() {
        Fingerprint f = new FingerprintScheme().fingerprint(TEXT);
        assertThat(f.version()).isEqualTo(FingerprintScheme.VERSION);
        assertThat(f.minHashes()).hasSize(FingerprintScheme.BINS);
        assertThat(new FingerprintScheme().fingerprint(TEXT)).isEqualTo(f);
        // pinned: a change of these values means a new scheme version, never an edit of v1
        assertThat(java.util.Arrays.copyOf(f.minHashes(), 4)).containsExactly(97276704, 601495566, 521651948,
                1617229326);
    }

    @Test
    void similarityTracksOverlap() {
        FingerprintScheme scheme = new FingerprintScheme();
        Fingerprint a = scheme.fingerprint(TEXT);
        Fingerprint restyled = scheme.fingerprint(TEXT.replace("harbour", "Harbour").replace(",", ""));
        Fingerprint other = scheme.fingerprint("Council members in Eastfield voted to rebuild the library "
                + "with money from the regional arts fund, ending a dispute that had lasted two years.");
        assertThat(a.similarity(restyled)).isEqualTo(1.0);
        assertThat(a.similarity(other)).isLessThan(0.1);
        assertThat(scheme.fingerprint("").isEmpty()).isTrue();
        assertThat(scheme.fingerprint("Two words").isEmpty()).isFalse();
    }

    @Test
    void lshFindsNearDuplicatesOnly() {
        FingerprintScheme scheme = new FingerprintScheme();
        LshIndex index = new LshIndex(4);
        assertThat(index.add(scheme.fingerprint(TEXT))).isEmpty();
        assertThat(index.add(scheme.fingerprint("Council members in Eastfield voted to rebuild the library "
                + "with money from the regional arts fund."))).isEmpty();
        assertThat(index.add(scheme.fingerprint(TEXT.replace("two dock workers", "three dock workers"))))
                .containsExactly(0);
        for (int i = 0; i < 40; i++) {
            index.add(scheme.fingerprint("Filler text number " + i + " about nothing in particular at all here."));
        }
        assertThat(index.add(scheme.fingerprint(TEXT))).containsExactly(0, 2);
        assertThatThrownBy(() -> index.add(new Fingerprint(2, new int[FingerprintScheme.BINS])))
                .hasMessageContaining("version 2");
    }
}
