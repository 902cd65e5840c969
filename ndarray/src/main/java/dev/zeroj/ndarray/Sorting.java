package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.index.Gather;
import dev.zeroj.ndarray.internal.index.Sort;
import dev.zeroj.ndarray.internal.kernel.Convert;

/**
 * {@code np.sort} and {@code np.argsort} along one axis, every kind computed as NumPy's
 * {@code kind='stable'}: NaN sorts last and equal values keep their order, so {@code sort(x)} is
 * bit for bit {@code x[argsort(x)]} ({@code 0.0} and {@code -0.0} are equal and stay in their
 * order). argsort is a stable merge sort; sort uses the JDK's primitive sort and then restores the
 * original order of the zeros and of the NaNs, the only equal values whose bits can differ. NumPy's
 * default {@code 'quicksort'} may order ties (and so signed zeros) differently.
 */
final class Sorting {
    private Sorting() {}

    /**
     * NumPy's kind check: only the first letter counts, in either case ({@code 'q'}uick,
     * {@code 'm'}erge, {@code 'h'}eap, {@code 's'}table; {@code 'Quick'} and {@code 'qwerty'} pass).
     */
    static void checkKind(String kind) {
        if (kind == null) {
            return;
        }
        switch (kind.isEmpty() ? ' ' : Character.toLowerCase(kind.charAt(0))) {
            case 'q': case 'm': case 'h': case 's':
                return;
            default:
                throw new ValueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '" + kind + "')");
        }
    }

    /** The lanes along {@code axis}: start offsets of every lane and the lane stride and length. */
    private static int[] laneStarts(NDArray a, int axis) {
        int nd = a.shape.length;
        int[] shape = new int[nd - 1];
        int[] strides = new int[nd - 1];
        for (int d = 0, k = 0; d < nd; d++) {
            if (d != axis) {
                shape[k] = a.shape[d];
                strides[k++] = a.strides[d];
            }
        }
        return Gather.offsets(shape, strides, a.offset);
    }

    /** Sorts {@code a} in place along {@code axis} ({@code a.sort(axis)}). */
    static void sortInPlace(NDArray a, int axis) {
        a.checkWriteable("sort array");
        if (a.shape.length == 0) {
            throw new AxisError("axis " + axis + " is out of bounds for array of dimension 0");
        }
        int ax = Views.normalizeAxis(axis, a.shape.length);
        int n = a.shape[ax];
        int st = a.strides[ax];
        if (a.size == 0 || n <= 1) {
            return;
        }
        int code = a.dtype.ordinal();
        Object d = a.data;
        for (int start : laneStarts(a, ax)) {
            if (a.dtype == DType.FLOAT64 || a.dtype == DType.FLOAT32 || a.dtype == DType.FLOAT16) {
                double[] v = new double[n];
                Convert.loadDouble(d, code, start, st, v, n);
                sortStable(v, n);
                Convert.storeDouble(v, d, code, start, st, n);
            } else {
                long[] v = new long[n];
                Convert.loadLong(d, code, start, st, v, n);
                java.util.Arrays.sort(v);
                Convert.storeLong(v, d, code, start, st, n);
            }
        }
    }

    /**
     * Sorts {@code v[0..n)} ascending with NaN last, keeping equal values in their original order:
     * the JDK sort orders {@code -0.0} before {@code 0.0} and may reorder NaNs, so the run of zeros
     * and the run of NaNs are rewritten in the order they had.
     */
    private static void sortStable(double[] v, int n) {
        int zeros = 0;
        int nans = 0;
        boolean negZero = false;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x == 0.0) {
                zeros++;
                negZero |= Double.doubleToRawLongBits(x) != 0;
            } else if (x != x) {
                nans++;
            }
        }
        double[] orig = negZero || nans > 1 ? java.util.Arrays.copyOf(v, n) : null;
        java.util.Arrays.sort(v, 0, n);
        if (orig == null) {
            return;
        }
        int z = zeros > 0 && negZero ? firstZero(v, n) : -1;
        int q = nans > 1 ? n - nans : -1;
        for (int i = 0; i < n; i++) {
            double x = orig[i];
            if (z >= 0 && x == 0.0) {
                v[z++] = x;
            } else if (q >= 0 && x != x) {
                v[q++] = x;
            }
        }
    }

    /** The index of the first zero of the sorted {@code v} (which has one). */
    private static int firstZero(double[] v, int n) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < 0.0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@code np.sort(a, axis)}; {@code axis == null} sorts the flattened array. A copy. */
    static NDArray sort(NDArray a, Integer axis) {
        NDArray c = axis == null ? Copies.astype(a, a.dtype).reshape(a.size) : Copies.astype(a, a.dtype);
        sortInPlace(c, axis == null ? 0 : axis);
        return c;
    }

    /** {@code np.argsort(a, axis)}: int64 indices that sort each lane (stable); a 0-d array counts as 1-d. */
    static NDArray argsort(NDArray a, Integer axis) {
        if (axis == null) {
            a = Copies.astype(a, a.dtype).reshape(a.size);
            axis = 0;
        }
        if (a.shape.length == 0) {
            a = a.reshape(1); // NumPy argsorts a 0-d array as a 1-d one: array([0])
        }
        int ax = Views.normalizeAxis(axis, a.shape.length);
        NDArray out = NDArray.allocate(DType.INT64, a.shape);
        int n = a.shape[ax];
        if (a.size == 0) {
            return out;
        }
        int st = a.strides[ax];
        int ost = out.strides[ax];
        int[] outStarts = laneStarts(out, ax);
        int[] starts = laneStarts(a, ax);
        long[] o = (long[]) out.data;
        int code = a.dtype.ordinal();
        int[] idx = new int[n];
        double[] dk = a.dtype.isFloat() ? new double[n] : null;
        long[] lk = dk == null ? new long[n] : null;
        for (int l = 0; l < starts.length; l++) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            if (dk != null) {
                Convert.loadDouble(a.data, code, starts[l], st, dk, n);
                Sort.argsort(dk, idx, n);
            } else {
                Convert.loadLong(a.data, code, starts[l], st, lk, n);
                Sort.argsort(lk, idx, n);
            }
            for (int i = 0, p = outStarts[l]; i < n; i++, p += ost) {
                o[p] = idx[i];
            }
        }
        return out;
    }
}
