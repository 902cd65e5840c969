package dev.zeroj.ndarray;

/**
 * One entry of an index expression, the Java spelling of what goes between NumPy's brackets.
 *
 * <p>{@code x[:, :, y:y_max:s]} is {@code x.get(all(), all(), slice(y, yMax, s))} with
 * {@code import static dev.zeroj.ndarray.Index.*}; {@code x[1, ..., None]} is
 * {@code x.get(at(1), ELLIPSIS, NEWAXIS)}. Integers and slices, new axes and the ellipsis give views
 * (basic indexing).
 *
 * <p>Arrays are <em>advanced</em> indices and give copies, as in NumPy: {@code x[perm, :]} is
 * {@code x.get(of(perm), all())}, {@code y[np.arange(n), t]} is
 * {@code y.get(of(np.arange(n)), of(t))}, {@code x[mask]} is {@code x.get(of(mask))} for a bool
 * {@code mask}. {@link NDArray#get(Object...)} also takes arrays, ints and Java arrays directly
 * ({@code y.get(np.arange(n), t)}), and {@link NDArray#get(String)} parses NumPy's own spelling
 * ({@code x.get(":, :, 1:5:2")}).
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

    /**
     * An array index: an integer array (int64, int32 or uint8; negative entries count from the end)
     * gathers along one axis, several broadcast together, and a bool array is a mask selecting the
     * positions where it is true ({@code x[mask]}). Advanced indexing: the result is a copy.
     *
     * @throws IndexError if {@code array}'s dtype is a float type ({@code arrays used as indices
     *     must be of integer (or boolean) type}); checked when the index is used
     */
    static Index of(NDArray array) {
        return new Arr(java.util.Objects.requireNonNull(array, "array"));
    }

    /** An int64 index array from Java ints, as the Python list {@code [i, j, ...]} in an index. */
    static Index of(int... indices) {
        long[] v = new long[indices.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = indices[i];
        }
        return of(v);
    }

    /** An int64 index array from Java longs, as the Python list {@code [i, j, ...]} in an index. */
    static Index of(long... indices) {
        return new Arr(new NDArray(DType.INT64, indices.clone(), new int[] {indices.length}, new int[] {1}, 0, null));
    }

    /** A 1-D bool mask from Java booleans, as the Python list {@code [True, False, ...]} in an index. */
    static Index of(boolean... mask) {
        return new Arr(new NDArray(DType.BOOL, mask.clone(), new int[] {mask.length}, new int[] {1}, 0, null));
    }

    /**
     * Parses NumPy's index spelling, e.g. {@code ":, :, 1:5:2"}, {@code "..., None"},
     * {@code "::-1, 0"} (see {@link NDArray#get(String)} for the grammar).
     *
     * @throws ValueError if the string is malformed (the message points at the bad token)
     */
    static Index[] parse(String index) {
        return IndexParser.parse(index);
    }

    /** An array index (integer array or bool mask); see {@link #of(NDArray)}. */
    final class Arr implements Index {
        private final NDArray array;

        Arr(NDArray array) {
            this.array = array;
        }

        /** The index array. */
        public NDArray array() {
            return array;
        }

        @Override
        public String toString() {
            return "array" + dev.zeroj.ndarray.internal.layout.Layout.shapeString(array.shape);
        }
    }

    /**
     * An integer index. It holds a long, as Python's int, so that an index beyond every axis length
     * fails with NumPy's {@code index ... is out of bounds for axis ... with size ...}.
     */
    final class At implements Index {
        private final long index;

        At(long index) {
            this.index = index;
        }

        /** The index, possibly negative. */
        public long index() {
            return index;
        }

        @Override
        public String toString() {
            return Long.toString(index);
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
