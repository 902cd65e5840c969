package dev.zeroj.ndarray;

/**
 * A Python slice {@code start:stop:step} for basic indexing; {@code null} bounds mean "from the
 * beginning"/"to the end" as an omitted bound does in Python. Immutable.
 *
 * <p>Create with {@link #of(Integer, Integer, Integer)} or the shorthands on {@link Index}.
 */
public final class Slice implements Index {
    private static final Slice ALL = new Slice(null, null, null);

    private final Integer start;
    private final Integer stop;
    private final Integer step;

    private Slice(Integer start, Integer stop, Integer step) {
        if (step != null && step == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /**
     * The slice {@code start:stop:step}; any argument may be {@code null} (omitted in Python).
     *
     * @throws ValueError if {@code step} is 0
     */
    public static Slice of(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /** The full slice {@code :}. */
    public static Slice all() {
        return ALL;
    }

    /** The start bound, or {@code null}. */
    public Integer start() {
        return start;
    }

    /** The stop bound, or {@code null}. */
    public Integer stop() {
        return stop;
    }

    /** The step, or {@code null} (meaning 1). */
    public Integer step() {
        return step;
    }

    /**
     * Resolves this slice against an axis of length {@code length}, as Python's
     * {@code slice.indices} does: returns {@code {start, step, count}}.
     */
    public int[] indices(int length) {
        // long arithmetic: a step near the int range (2**31 - 1, -2**31) must not overflow
        long st = step == null ? 1 : step;
        long lo;
        long hi;
        long count;
        if (st > 0) {
            lo = start == null ? 0 : clamp(start, length, 0, length);
            hi = stop == null ? length : clamp(stop, length, 0, length);
            count = hi > lo ? (hi - lo + st - 1) / st : 0;
        } else {
            lo = start == null ? length - 1 : clamp(start, length, -1, length - 1);
            hi = stop == null ? -1 : clamp(stop, length, -1, length - 1);
            count = lo > hi ? (lo - hi - st - 1) / -st : 0;
        }
        return new int[] {(int) lo, (int) st, (int) count};
    }

    private static long clamp(long v, long length, long min, long max) {
        if (v < 0) {
            v += length;
        }
        return Math.max(min, Math.min(max, v));
    }

    /** Python's spelling, e.g. {@code 1:5:2}, {@code ::-1}, {@code :}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (start != null) {
            sb.append(start);
        }
        sb.append(':');
        if (stop != null) {
            sb.append(stop);
        }
        if (step != null) {
            sb.append(':').append(step);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Slice)) {
            return false;
        }
        Slice s = (Slice) o;
        return java.util.Objects.equals(start, s.start) && java.util.Objects.equals(stop, s.stop)
                && java.util.Objects.equals(step, s.step);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(start, stop, step);
    }
}
