package dev.zeroj.ndarray.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The thread-count setting, piece coverage, error propagation, nesting and concurrency of {@link Parallel}. */
class ParallelTest {
    /** Runs {@code body} with the thread count {@code t}, restoring the previous one after. */
    private static void withThreads(int t, Runnable body) {
        int before = Parallel.threads();
        Parallel.setThreads(t);
        try {
            body.run();
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void everyPieceRunsExactlyOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int t : new int[] {1, 2, 3, 4, 7}) {
                withThreads(t, () -> {
                    for (int n : new int[] {0, 1, 2, 3, 5, 16, 100, 1000}) {
                        for (int rep = 0; rep < 20; rep++) {
                            AtomicIntegerArray count = new AtomicIntegerArray(Math.max(n, 1));
                            Parallel.forEach(n, i -> count.incrementAndGet(i));
                            for (int i = 0; i < n; i++) {
                                assertEquals(1, count.get(i), "t=" + t + " n=" + n + " piece " + i);
                            }
                        }
                    }
                });
            }
        });
    }

    @Test
    void piecesRunOnSeveralThreadsIncludingTheCaller() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> withThreads(2, () -> {
            // each piece waits until both workers have arrived: only passes if two threads run pieces
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            CyclicBarrier both = new CyclicBarrier(2);
            Parallel.forEach(2, i -> {
                seen.add(Thread.currentThread());
                try {
                    both.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(2, seen.size());
            assertTrue(seen.contains(Thread.currentThread()), "the caller takes part");
            for (Thread th : seen) {
                assertTrue(th == Thread.currentThread() || th.isDaemon(), "helpers never keep the JVM alive");
            }
        }));
    }

    @Test
    void nestedCallsFromInsidePiecesDoNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> withThreads(4, () -> {
            int outer = 8;
            int inner = 50;
            AtomicIntegerArray count = new AtomicIntegerArray(outer * inner);
            Parallel.forEach(outer, i -> Parallel.forEach(inner, j -> Parallel.forEach(3,
                    q -> {
                        if (q == 0) {
                            count.incrementAndGet(i * inner + j);
                        }
                    })));
            for (int i = 0; i < outer * inner; i++) {
                assertEquals(1, count.get(i), "piece " + i);
            }
        }));
    }

    @Test
    void concurrentCallsFromUserThreadsAreCorrect() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int t : new int[] {2, 3}) {
                withThreads(t, () -> {
                    int users = 6;
                    int calls = 300;
                    List<Thread> ts = new ArrayList<>();
                    AtomicReference<Throwable> bad = new AtomicReference<>();
                    CountDownLatch start = new CountDownLatch(1);
                    for (int u = 0; u < users; u++) {
                        int uu = u;
                        Thread th = new Thread(() -> {
                            try {
                                start.await();
                                for (int c = 0; c < calls; c++) {
                                    int n = 1 + (uu * 7 + c) % 37;
                                    long[] out = new long[n];
                                    Parallel.forEach(n, i -> out[i] = (long) i * i + uu);
                                    long[] want = new long[n];
                                    for (int i = 0; i < n; i++) {
                                        want[i] = (long) i * i + uu;
                                    }
                                    assertArrayEquals(want, out);
                                    if (c % 50 == 0) {
                                        IllegalStateException boom = new IllegalStateException("user " + uu);
                                        Throwable e = assertThrows(IllegalStateException.class,
                                                () -> Parallel.forEach(8, i -> {
                                                    if (i == 3) {
                                                        throw boom;
                                                    }
                                                }));
                                        assertSame(boom, e);
                                    }
                                }
                            } catch (Throwable e) {
                                bad.compareAndSet(null, e);
                            }
                        });
                        ts.add(th);
                        th.start();
                    }
                    start.countDown();
                    for (Thread th : ts) {
                        try {
                            th.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    if (bad.get() != null) {
                        throw new AssertionError(bad.get());
                    }
                });
            }
        });
    }

    @Test
    void setThreadsIsHonoured() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int t : new int[] {1, 3, 2, 5, 1}) {
                withThreads(t, () -> {
                    // pieces that wait for each other at a barrier of t parties: they all must run at once
                    Set<Thread> seen = ConcurrentHashMap.newKeySet();
                    CyclicBarrier all = new CyclicBarrier(t);
                    Parallel.forEach(t, i -> {
                        seen.add(Thread.currentThread());
                        try {
                            all.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    assertEquals(t, seen.size(), "threads=" + t);
                    // and no more than t threads take part even with many pieces
                    Set<Thread> many = ConcurrentHashMap.newKeySet();
                    Parallel.forEach(200, i -> {
                        many.add(Thread.currentThread());
                        spin(20_000);
                    });
                    assertTrue(many.size() <= t, "threads=" + t + " used " + many.size());
                });
            }
        });
    }

    @Test
    void afterAFailureTheRestIsSkippedAndTheTeamStillWorks() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> withThreads(2, () -> {
            RuntimeException boom = new RuntimeException("first");
            AtomicIntegerArray ran = new AtomicIntegerArray(1000);
            RuntimeException e = assertThrows(RuntimeException.class, () -> Parallel.forEach(1000, i -> {
                ran.incrementAndGet(i);
                if (i == 0) {
                    throw boom;
                }
                spin(10_000);
            }));
            assertSame(boom, e);
            int count = 0;
            for (int i = 0; i < 1000; i++) {
                count += ran.get(i);
            }
            assertTrue(count < 1000, "pieces after a failure are skipped, ran " + count);
            Error err = new AssertionError("an Error is rethrown as is");
            assertSame(err, assertThrows(AssertionError.class, () -> Parallel.forEach(4, i -> {
                if (i == 2) {
                    throw err;
                }
            })));
            int[] out = new int[100];
            Parallel.forEach(100, i -> out[i] = i + 1);
            for (int i = 0; i < 100; i++) {
                assertEquals(i + 1, out[i]);
            }
        }));
    }

    /**
     * After a call, an idle helper stays awake (runnable, yielding) for {@code zeroj.parallel.linger}
     * (100 ms by default) and then parks: without the lingering it would be parked 20 ms after the
     * call, and without the parking it would stay runnable for good.
     */
    @Test
    void anIdleHelperLingersAwakeThenParks() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "helpers spin and linger only with 2+ CPUs");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> withThreads(2, () -> {
            boolean seenAwake = false;
            // looked at within 60 ms of the call (a busy machine may oversleep the 20 ms: then again)
            for (int attempt = 0; attempt < 20 && !seenAwake; attempt++) {
                Parallel.forEach(2, i -> { });
                long t0 = System.nanoTime();
                sleep(20);
                Thread.State state = helper("zeroj-worker-1").getState();
                if (System.nanoTime() - t0 < 60_000_000L) {
                    assertEquals(Thread.State.RUNNABLE, state, "the helper 20 ms after a call");
                    seenAwake = true;
                }
            }
            assertTrue(seenAwake, "never looked within 60 ms of a call");
            long t0 = System.nanoTime();
            while (helper("zeroj-worker-1").getState() != Thread.State.WAITING) {
                assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the idle helper never parked");
                sleep(10);
            }
        }));
    }

    private static Thread helper(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no thread " + name);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void threadsPropertyIsValidated() {
        assertEquals(8, Parallel.parseThreads(null, 8));
        assertEquals(8, Parallel.parseThreads(" ", 8));
        assertEquals(64, Parallel.parseThreads(null, 200), "the default is capped at 64");
        assertEquals(3, Parallel.parseThreads(" 3 ", 8));
        assertEquals(64, Parallel.parseThreads("64", 8));
        for (String bad : new String[] {"0", "-1", "65", "100", "two"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.parseThreads(bad, 8));
            assertEquals("zeroj.threads must be an integer in 1..64, got '" + bad + "'", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(65));
        assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
    }

    @Test
    void aPiecesExceptionIsRethrownAsIs() {
        int before = Parallel.threads();
        Parallel.setThreads(2);
        try {
            IllegalStateException boom = new IllegalStateException("piece 5 failed");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(16, i -> {
                if (i == 5) {
                    throw boom;
                }
            }));
            assertSame(boom, e);
        } finally {
            Parallel.setThreads(before);
        }
    }
}
