package dev.zeroj.ndarray.internal.parallel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The one worker team of zeroj, and the rule that makes results independent of its size.
 *
 * <p>Callers cut their work into {@code n} pieces whose boundaries depend only on the problem size
 * (never on {@link #threads()}), and each output element must be produced by exactly one piece.
 * {@link #forEach(int, IntConsumer)} then runs the pieces on up to {@link #threads()} threads; the
 * order in which pieces run does not matter because no two pieces write the same element. Partial
 * results that must be combined (reduction chunks) are stored per piece and combined by the caller in
 * piece order. That is what makes 1 and N threads bitwise identical.
 *
 * <p>The team: the calling thread is one worker, and up to 63 daemon helper threads (started on first
 * use) are the others. Every worker claims the next unclaimed piece from a shared counter until none
 * is left, so a helper that wakes late simply finds less to do. Between calls a helper spins for a
 * short while ({@code zeroj.parallel.spin}, microseconds, default 100) so that back-to-back calls
 * reach it at once, then keeps yielding its CPU until {@code zeroj.parallel.linger} (milliseconds,
 * default 100) have passed since its last piece (see {@link #LINGER_NS}), and then parks, so an idle
 * JVM uses no CPU. One call uses the team at a time: a
 * call made while it is busy (from inside a piece, or from another thread) runs its pieces on its own
 * thread, so calls never wait for each other and never deadlock.
 *
 * <p>The thread count defaults to the number of available processors and is set with the system
 * property {@code zeroj.threads} (an integer in 1..64; anything else fails the first parallel call
 * with an {@link IllegalArgumentException} naming the property) or, at run time,
 * {@link #setThreads(int)}.
 */
public final class Parallel {
    /** The largest thread count (of the property, {@link #setThreads} and the default). */
    private static final int LIMIT = 64;
    private static final int CPUS = Runtime.getRuntime().availableProcessors();
    /**
     * How long an idle worker busy-spins, in nanoseconds: a helper between calls (then it lingers, see
     * {@link #LINGER_NS}, and parks), the caller waiting for the last pieces (then it parks).
     */
    private static final long SPIN_NS = 1000L * Math.max(0, Integer.getInteger("zeroj.parallel.spin", 100));
    /**
     * How long after its last piece an idle helper stays awake (spinning, then yielding its CPU with
     * {@link Thread#yield()}) before it parks, in nanoseconds ({@code zeroj.parallel.linger}, in ms).
     * A helper that has been parked for a while is, on some kernels, woken onto the caller's CPU: this
     * machine's KVM guest kernel (booted with {@code sched_vcpu_pack}) then runs both on one virtual
     * CPU while the other idles, for whole batches of calls. The caller takes the helper's pieces
     * too, so a call takes its one-thread time (measured: {@code np.dot} 100x784 · 784x50 float32 on
     * two threads, batches of 40 calls 0.3 s apart, the median batch 60 µs as on one thread, against
     * 35 µs with the helper on its own CPU; with 100 µs of spinning and no lingering 25-27 of 30 batches
     * were slow, with 30 ms of lingering 17, with 100 ms none). NumPy's OpenBLAS
     * does the same: its idle threads stay busy for about 0.1 s after a call (measured: 0.1 s of CPU
     * time in the 0.15 s after a two-thread {@code a @ b}, none later).
     */
    private static final long LINGER_NS = 1_000_000L * Math.max(0, Integer.getInteger("zeroj.parallel.linger", 100));

    private static volatile int threads = parseThreads(System.getProperty("zeroj.threads"), CPUS);

    /** Set while a call uses the helpers; a call that finds it set runs its pieces on its own thread. */
    private static final AtomicBoolean BUSY = new AtomicBoolean();
    /** The helper threads started so far (grows with the largest thread count used). */
    private static volatile Helper[] helpers = new Helper[0];
    /** The latest call handed to the helpers; each helper runs each job at most once. */
    private static volatile Job current;

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
     * Sets the number of threads parallel work may use (at least 1, at most 64). Calls that start
     * afterwards use it; helper threads beyond it stay parked.
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
     * thread is allowed, and returns when all have finished. The calling thread runs pieces too. Called
     * from inside a piece, or while another thread's call holds the team, it runs the pieces on the
     * calling thread, so nesting and concurrent calls never deadlock.
     *
     * @throws RuntimeException whatever a piece threw: the same object, message and stack intact (the
     *     first one when several fail; the pieces not yet started are then skipped)
     */
    public static void forEach(int n, IntConsumer task) {
        int t = threads;
        if (n <= 0) {
            return;
        }
        if (n == 1 || t == 1 || !BUSY.compareAndSet(false, true)) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        Job job;
        try {
            int h = Math.min(t, n) - 1;
            Helper[] team = team(h);
            job = new Job(task, n, h, Thread.currentThread());
            current = job;
            for (int i = 0; i < h; i++) {
                Helper w = team[i];
                if (w.parked) {
                    LockSupport.unpark(w);
                }
            }
            job.work();
            job.awaitDone();
        } finally {
            BUSY.set(false);
        }
        Throwable f = job.failure.get();
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
        if (f != null) {
            throw new IllegalStateException(f); // a checked exception thrown sneakily; not expected
        }
    }

    /** The helpers, at least {@code h} of them started. */
    private static Helper[] team(int h) {
        Helper[] team = helpers;
        if (team.length >= h) {
            return team;
        }
        synchronized (Parallel.class) {
            team = helpers;
            if (team.length < h) {
                Helper[] grown = java.util.Arrays.copyOf(team, h);
                for (int i = team.length; i < h; i++) {
                    grown[i] = new Helper(i);
                    grown[i].start();
                }
                helpers = grown;
                team = grown;
            }
            return team;
        }
    }

    /** Spins for at most {@link #SPIN_NS} until {@code done} holds; whether it did. */
    private static boolean spinUntil(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + SPIN_NS;
        for (int i = 1;; i++) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
            if ((i & 63) == 0 && System.nanoTime() - deadline > 0) {
                return false;
            }
        }
    }

    /**
     * Until {@code done} holds or {@link #LINGER_NS} have passed since {@code since}: checks it,
     * yielding the CPU between checks; whether it held.
     */
    private static boolean lingerUntil(long since, java.util.function.BooleanSupplier done) {
        while (System.nanoTime() - since - LINGER_NS < 0) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.yield();
        }
        return done.getAsBoolean();
    }

    /** One call of {@link #forEach}: its pieces, the claim counter and the completion count. */
    private static final class Job {
        /** Cleared when the call is over, so that an idle team keeps no user data reachable. */
        IntConsumer task;
        final int n;
        /** The helpers that take part: those with an index below this. */
        final int helpers;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger remaining;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean callerParked;

        Job(IntConsumer task, int n, int helpers, Thread caller) {
            this.task = task;
            this.n = n;
            this.helpers = helpers;
            this.caller = caller;
            this.remaining = new AtomicInteger(n);
        }

        /** Claims and runs pieces until none is left. */
        void work() {
            int done = 0;
            for (int i; (i = next.getAndIncrement()) < n;) {
                if (failure.get() == null) {
                    try {
                        task.accept(i);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
                done++;
            }
            if (done > 0 && remaining.addAndGet(-done) == 0 && Thread.currentThread() != caller && callerParked) {
                LockSupport.unpark(caller);
            }
        }

        /** Waits (spinning, then parked) until every piece has finished. */
        void awaitDone() {
            boolean spin = helpers < CPUS && SPIN_NS > 0; // oversubscribed: leave the cores to the helpers
            if (remaining.get() != 0 && !(spin && spinUntil(() -> remaining.get() == 0))) {
                while (remaining.get() != 0) {
                    callerParked = true;
                    if (remaining.get() != 0) {
                        LockSupport.park(this);
                    }
                    callerParked = false;
                }
            }
            task = null;
        }
    }

    /** A daemon thread that runs the pieces of the jobs it is part of. */
    private static final class Helper extends Thread {
        private final int index;
        volatile boolean parked;

        Helper(int index) {
            super("zeroj-worker-" + (index + 1));
            this.index = index;
            setDaemon(true);
        }

        @Override
        public void run() {
            Job seen = null;
            boolean spin = false;
            while (true) {
                Job job = next(seen, spin);
                seen = job;
                spin = index < job.helpers && job.helpers < CPUS;
                if (index < job.helpers) {
                    job.work();
                }
            }
        }

        /**
         * The next job after {@code seen}: when {@code spin}, spins a while first and then lingers
         * (yielding) until {@link #LINGER_NS} after its last piece; then parks.
         */
        private Job next(Job seen, boolean spin) {
            final long idle = System.nanoTime();
            if (spin && SPIN_NS > 0 && spinUntil(() -> current != seen)) {
                return current;
            }
            if (spin && LINGER_NS > 0 && lingerUntil(idle, () -> current != seen)) {
                return current;
            }
            while (true) {
                parked = true;
                Job job = current;
                if (job != seen) {
                    parked = false;
                    return job;
                }
                LockSupport.park(this);
                parked = false;
            }
        }
    }
}
