package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/** Plain text pages: encoding detection ({@code TextDecoder}), line cleaning, article splitting, segmentation. */
class TextFuzzTest {
    private static Contract contract;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("text");
    }

    @FuzzTest(maxDuration = "5m")
    void decodeCleanSegment(byte[] page) {
        contract.ingestAndClean("page.txt", page);
    }
}
