package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import java.util.NoSuchElementException;

/**
 * A read/write iterator over every element of an array in C order that knows the multi-index of the
 * current element: NumPy's {@code np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])}.
 * Made by {@link np#nditer(NDArray)}. Writes go to the array itself (also through a view); like
 * NumPy's {@code op_flags=['readwrite']} it refuses a read-only array (a broadcast view) when made.
 *
 * <p>NumPy style, starting on the first element:
 * <pre>
 * NDIter it = np.nditer(x);                  it = np.nditer(x, flags=['multi_index'], ...)
 * while (!it.finished()) {                   while not it.finished:
 *     int[] idx = it.multiIndex();               idx = it.multi_index
 *     double tmp = it.getDouble();               tmp_val = x[idx]
 *     it.setDouble(tmp + h);                     x[idx] = float(tmp_val) + h
 *     it.iternext();                             it.iternext()
 * }
 * </pre>
 * or Java style: {@code while (it.hasNext()) { int[] idx = it.next(); ... }}, where the first
 * {@code next()} moves onto the first element. Not thread-safe.
 */
public final class NDIter implements java.util.Iterator<int[]> {
    private final NDArray a;
    private final int[] idx;
    private int pos;
    private int flat;
    private boolean started;

    NDIter(NDArray a) {
        if (!a.writeable) {
            throw new ValueError("operand array with iterator write flag set is read-only");
        }
        if (a.size == 0) {
            throw new ValueError("Iteration of zero-sized operands is not enabled");
        }
        this.a = a;
        this.idx = new int[a.shape.length];
        this.pos = a.offset;
    }

    /** Whether the iterator has moved past the last element ({@code it.finished}). */
    public boolean finished() {
        return flat >= a.size;
    }

    /**
     * Moves to the next element in C order ({@code it.iternext()}); returns {@code false} when
     * that moves past the last one.
     */
    public boolean iternext() {
        started = true;
        if (flat >= a.size) {
            return false;
        }
        flat++;
        for (int d = idx.length - 1; d >= 0; d--) {
            idx[d]++;
            pos += a.strides[d];
            if (idx[d] < a.shape[d]) {
                break;
            }
            pos -= idx[d] * a.strides[d];
            idx[d] = 0;
        }
        return flat < a.size;
    }

    /** Whether {@link #next()} has an element to move onto. */
    @Override
    public boolean hasNext() {
        return started ? flat + 1 < a.size : a.size > 0;
    }

    /**
     * Moves onto the next element (the first one on the first call) and returns its multi-index
     * (a fresh array).
     *
     * @throws NoSuchElementException after the last element
     */
    @Override
    public int[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (started) {
            iternext();
        }
        started = true;
        return multiIndex();
    }

    private void check() {
        if (flat >= a.size) {
            throw new ValueError("Iterator is past the end");
        }
    }

    /** The multi-index of the current element ({@code it.multi_index}), a fresh array. */
    public int[] multiIndex() {
        check();
        return idx.clone();
    }

    /** The C-order flat index of the current element ({@code it.iterindex}). */
    public int index() {
        return flat;
    }

    /** The current element as a double. */
    public double getDouble() {
        check();
        return Convert.getDouble(a.data, a.dtype.ordinal(), pos);
    }

    /** The current element as a long (floats truncate toward zero). */
    public long getLong() {
        check();
        return Convert.getLong(a.data, a.dtype.ordinal(), pos);
    }

    /** Writes {@code v} to the current element, cast to the array's dtype. */
    public void setDouble(double v) {
        check();
        Convert.setDouble(a.data, a.dtype.ordinal(), pos, v);
    }

    /** Writes {@code v} to the current element, cast to the array's dtype. */
    public void setLong(long v) {
        check();
        Convert.setLong(a.data, a.dtype.ordinal(), pos, v);
    }

    /** Back to the first element ({@code it.reset()}). */
    public void reset() {
        java.util.Arrays.fill(idx, 0);
        pos = a.offset;
        flat = 0;
        started = false;
    }
}
