package org.corroborate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.corroborate.model.InputError;
import org.junit.jupiter.api.BeforeAll;

/** JSON Lines articles: a bad line is reported with its line number and costs no other line. */
class JsonLinesFuzzTest {
    private static Contract contract;

    @BeforeAll
    static void setUp() {
        contract = Contract.create("jsonl");
    }

    @FuzzTest(maxDuration = "5m")
    void readLines(byte[] file) {
        Contract.Read read = contract.ingest("articles.jsonl", file);
        for (InputError e : read.errors()) {
            Contract.check(e.source().matches(".*:line [1-9][0-9]*") || e.source().equals(read.file().toString()),
                    "a line error without its line number: " + e);
        }
        read.documents().forEach(contract::clean);
    }
}
