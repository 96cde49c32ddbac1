package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * A file without an extension (as an upload or a stream would be): the format is decided from its bytes alone,
 * then any reader may run, gzip'd or not.
 */
class SniffFuzzTest {
    private static Contract contract;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("sniff");
    }

    @FuzzTest(maxDuration = "5m")
    void anyFormat(byte[] file) {
        contract.ingestAndClean("upload", file);
    }
}
