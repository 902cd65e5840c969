package dev.zeroj.ndarray;

/**
 * One entry of an index expression, the Java spelling of what goes between NumPy's brackets.
 *
 * <p>{@code x[:, :, y:y_max:s]} is {@code x.get(all(), all(), slice(y, yMax, s))} with
 * {@code import static dev.zeroj.ndarray.Index.*}; {@code x[1, ..., None]} is
 * {@code x.get(at(1), ELLIPSIS, NEWAXIS)}. Integers and slices, new axes and the ellipsis give views
 * (basic indexing).
 */
public interface Index {
    /** NumPy's {@code np.newaxis} / {@code None}: inserts an axis of length 1. */
    Index NEWAXIS = Special.NEWAXIS;
    /** Python's {@code ...}: as many full slices as needed. */
    Index ELLIPSIS = Special.ELLIPSIS;

    /** An integer index {@code i} (negative counts from the end); removes the axis. */
    static Index at(int i) {
        return new At(i);
    }

    /** The full slice {@code :}. */
    static Slice all() {
        return Slice.all();
    }

    /** The slice {@code start:stop}. */
    static Slice slice(int start, int stop) {
        return Slice.of(start, stop, null);
    }

    /**
     * The slice {@code start:stop:step}.
     *
     * @throws ValueError if {@code step} is 0
     */
    static Slice slice(int start, int stop, int step) {
        return Slice.of(start, stop, step);
    }

    /** The slice {@code start:stop:step} with {@code null} for an omitted bound or step. */
    static Slice slice(Integer start, Integer stop, Integer step) {
        return Slice.of(start, stop, step);
    }

    /** The slice {@code start:}. */
    static Slice from(int start) {
        return Slice.of(start, null, null);
    }

    /** The slice {@code :stop}. */
    static Slice to(int stop) {
        return Slice.of(null, stop, null);
    }

    /** An integer index. */
    final class At implements Index {
        private final int index;

        At(int index) {
            this.index = index;
        }

        /** The index, possibly negative. */
        public int index() {
            return index;
        }

        @Override
        public String toString() {
            return Integer.toString(index);
        }
    }

    /** {@link #NEWAXIS} and {@link #ELLIPSIS}. */
    enum Special implements Index {
        /** {@code None}. */
        NEWAXIS,
        /** {@code ...}. */
        ELLIPSIS;

        @Override
        public String toString() {
            return this == NEWAXIS ? "None" : "...";
        }
    }
}
