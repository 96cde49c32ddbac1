package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.Metadata;
import org.corroborate.server.store.IngestResult;
import org.corroborate.server.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: concurrent batches sharing ids are stored once each, and a failing batch costs no other. */
class StoreTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @TempDir
    Path data;

    private static Document doc(String id, String text) {
        return new Document(id, "test:" + id, DocumentFormat.BODY, text, Metadata.NONE);
    }

    /** Every thread posts, each round, one id of its own and one id every thread posts in that round. */
    private static void concurrentOverlappingBatches(Supplier<Store> open) throws Exception {
        Map<String, Integer> acceptedTimes = new ConcurrentHashMap<>();
        Map<String, Integer> duplicateTimes = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Throwable> failures = new ArrayList<>();
        try (Store store = open.get()) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread th = new Thread(() -> {
                    try {
                        for (int round = 0; round < ROUNDS; round++) {
                            start.await();
                            IngestResult r = store.insert(List.of(
                                    doc("own-" + thread + "-" + round, "Lock keeper " + thread + " logged barge "
                                            + round + " at the Amberley weir."),
                                    doc("shared-" + round, "The Amberley weir gates opened at dawn in round " + round
                                            + ".")));
                            r.accepted().forEach(id -> acceptedTimes.merge(id, 1, Integer::sum));
                            r.duplicates().forEach(d -> duplicateTimes.merge(d.id(), 1, Integer::sum));
                        }
                    } catch (Exception | AssertionError e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join(60_000);
            }
            assertThat(failures).isEmpty();
            assertThat(store.articleCount()).isEqualTo((long) ROUNDS * (THREADS + 1));
        }
        Map<String, Integer> expected = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            expected.put("shared-" + round, 1);
            for (int t = 0; t < THREADS; t++) {
                expected.put("own-" + t + "-" + round, 1);
            }
        }
        assertThat(acceptedTimes).isEqualTo(expected);
        assertThat(duplicateTimes).hasSize(ROUNDS).allSatisfy((id, times) -> assertThat(times).isEqualTo(THREADS - 1));
        try (Store again = open.get()) {
            assertThat(again.articleCount()).as("committed before acknowledged").isEqualTo((long) ROUNDS * (THREADS + 1));
        }
    }

    @Test
    void sqliteConcurrentBatchesAreStoredOnceEach() throws Exception {
        concurrentOverlappingBatches(() -> Store.sqlite(data));
    }

    @Test
    void postgresqlConcurrentBatchesAndAFailingOne() throws Exception {
        Assumptions.assumeTrue(PostgresTest.available(),
                "no PostgreSQL at " + PostgresTest.URL + " (server/ci-setup.sh creates it): skipped");
        try (Store s = Store.postgresql(PostgresTest.URL)) {
            s.clear();
        }
        concurrentOverlappingBatches(() -> Store.postgresql(PostgresTest.URL));
        try (Store store = Store.postgresql(PostgresTest.URL)) {
            store.clear();
            // PostgreSQL refuses NUL in text: that batch fails whether or not it shares a transaction with others
            CyclicBarrier start = new CyclicBarrier(THREADS);
            Map<Integer, Object> outcome = new ConcurrentHashMap<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread th = new Thread(() -> {
                    String text = thread == 3 ? "Broken\u0000record from the weir." : "Clean record " + thread + ".";
                    try {
                        start.await();
                        outcome.put(thread, store.insert(List.of(doc("batch-" + thread, text))));
                    } catch (RuntimeException e) {
                        outcome.put(thread, e);
                    } catch (Exception e) {
                        outcome.put(thread, new AssertionError(e));
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join(60_000);
            }
            assertThat(outcome).hasSize(THREADS);
            assertThat(outcome.get(3)).isInstanceOf(IllegalStateException.class);
            for (int t = 0; t < THREADS; t++) {
                if (t != 3) {
                    assertThat(outcome.get(t)).as("batch " + t).isInstanceOf(IngestResult.class);
                    assertThat(((IngestResult) outcome.get(t)).accepted()).containsExactly("batch-" + t);
                }
            }
            assertThat(store.articleCount()).isEqualTo(THREADS - 1);
            store.clear();
        }
    }
}
