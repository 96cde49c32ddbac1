package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/** WARC files (jwarc), plain or gzip'd: damaged records are reported, pages before the damage kept. */
class WarcFuzzTest {
    private static Contract contract;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("warc");
    }

    @FuzzTest(maxDuration = "5m")
    void readWarc(byte[] file) {
        // Only the records' HTML pages are checked here; HtmlFuzzTest cleans HTML.
        contract.ingest("crawl.warc", file);
    }
}
