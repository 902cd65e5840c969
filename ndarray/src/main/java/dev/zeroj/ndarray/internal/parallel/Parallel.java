package dev.zeroj.ndarray.internal.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The one thread pool of zeroj, and the rule that makes results independent of its size.
 *
 * <p>Callers cut their work into {@code n} pieces whose boundaries depend only on the problem size
 * (never on {@link #threads()}), and each output element must be produced by exactly one piece.
 * {@link #forEach(int, IntConsumer)} then runs the pieces on up to {@link #threads()} threads; the
 * order in which pieces run does not matter because no two pieces write the same element. Partial
 * results that must be combined (reduction chunks) are stored per piece and combined by the caller in
 * piece order. That is what makes 1 and N threads bitwise identical.
 *
 * <p>The thread count defaults to the number of available processors and is set with the system
 * property {@code zeroj.threads} (an integer in 1..64; anything else fails the first parallel call
 * with an {@link IllegalArgumentException} naming the property) or, at run time,
 * {@link #setThreads(int)}.
 */
public final class Parallel {
    /** The largest thread count (of the property, {@link #setThreads} and the default). */
    private static final int LIMIT = 64;
    private static final ForkJoinPool[] POOLS = new ForkJoinPool[LIMIT + 1];
    private static volatile int threads = parseThreads(System.getProperty("zeroj.threads"),
            Runtime.getRuntime().availableProcessors());

    private Parallel() {}

    /**
     * The thread count for the property value {@code p}: the available processors (at most 64) when
     * it is unset or blank, else an integer in 1..64.
     *
     * @throws IllegalArgumentException if {@code p} is not an integer in 1..64
     */
    static int parseThreads(String p, int available) {
        if (p == null || p.isBlank()) {
            return Math.max(1, Math.min(LIMIT, available));
        }
        int n;
        try {
            n = Integer.parseInt(p.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > LIMIT) {
            throw new IllegalArgumentException("zeroj.threads must be an integer in 1..64, got '" + p + "'");
        }
        return n;
    }

    /** The number of threads parallel work may use. */
    public static int threads() {
        return threads;
    }

    /**
     * Sets the number of threads parallel work may use (at least 1, at most 64).
     *
     * @throws IllegalArgumentException if {@code n} is outside 1..64
     */
    public static void setThreads(int n) {
        if (n < 1 || n > LIMIT) {
            throw new IllegalArgumentException("thread count must be in 1..64, got " + n);
        }
        threads = n;
    }

    /**
     * Runs {@code task.accept(i)} for every {@code i} in {@code [0, n)}, in parallel when more than one
     * thread is allowed, and returns when all have finished. Called from inside a piece it runs the
     * nested pieces on the same pool (work stealing), so nesting never deadlocks.
     *
     * @throws RuntimeException whatever a piece threw: the same object, message and stack intact (the
     *     first one when several fail; the remaining pieces are then skipped)
     */
    public static void forEach(int n, IntConsumer task) {
        int t = threads;
        if (n <= 0) {
            return;
        }
        if (n == 1 || t == 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        ForkJoinPool pool = pool(t);
        // the first throwable of any piece, rethrown as the same object: ForkJoinTask would re-create
        // an exception thrown on another thread through reflection and lose its message
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Range root = new Range(task, 0, n, failure);
        if (inPool(pool)) {
            root.invoke();
        } else {
            pool.invoke(root);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
    }

    private static boolean inPool(ForkJoinPool pool) {
        Thread th = Thread.currentThread();
        return th instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) th).getPool() == pool;
    }

    private static synchronized ForkJoinPool pool(int t) {
        ForkJoinPool p = POOLS[t];
        if (p == null) {
            p = new ForkJoinPool(t, pool -> {
                ForkJoinWorkerThread w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                w.setDaemon(true);
                w.setName("zeroj-" + t + "-" + w.getPoolIndex());
                return w;
            }, null, false);
            POOLS[t] = p;
        }
        return p;
    }

    /** Splits [lo, hi) in halves down to single pieces. */
    private static final class Range extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient IntConsumer task;
        private final int lo;
        private final int hi;
        private final transient AtomicReference<Throwable> failure;

        Range(IntConsumer task, int lo, int hi, AtomicReference<Throwable> failure) {
            this.task = task;
            this.lo = lo;
            this.hi = hi;
            this.failure = failure;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                if (failure.get() != null) {
                    return; // an earlier piece failed: the whole call fails, skip the rest
                }
                try {
                    task.accept(lo);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Range(task, lo, mid, failure), new Range(task, mid, hi, failure));
        }
    }
}
