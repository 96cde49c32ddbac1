package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/** RSS and Atom feeds through the StAX reader with DTDs and external entities disabled. */
class FeedFuzzTest {
    private static Contract contract;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("feed");
    }

    @FuzzTest(maxDuration = "5m")
    void readFeed(byte[] file) {
        Contract.Read read = contract.ingest("feed.xml", file);
        Contract.check(read.documents().size() <= Contract.LIMITS.maxFeedItems(),
                "more items than the feed limit: " + read.documents().size());
        read.documents().forEach(contract::clean);
    }
}
