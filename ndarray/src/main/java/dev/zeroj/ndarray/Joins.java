package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import java.util.Arrays;

/** Joining arrays: {@code np.concatenate} and {@code np.stack}. Results are always new arrays. */
final class Joins {
    private Joins() {}

    /**
     * {@code np.concatenate(arrays, axis)}: the result's dtype promotes all inputs; its memory order
     * follows the inputs' stride order as NumPy's does (C order unless the inputs agree otherwise).
     * Each input is copied into a slice of the result.
     *
     * @throws ValueError with NumPy's texts for no arrays, 0-d arrays, differing ranks or shapes
     * @throws AxisError if {@code axis} is out of range
     */
    static NDArray concatenate(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw new ValueError("need at least one array to concatenate");
        }
        int nd = arrays[0].shape.length;
        if (nd == 0) {
            throw new ValueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Views.normalizeAxis(axis, nd);
        int[] shape = arrays[0].shape.clone();
        long along = shape[ax];
        DType dtype = arrays[0].dtype;
        for (int i = 1; i < arrays.length; i++) {
            NDArray a = arrays[i];
            if (a.shape.length != nd) {
                throw new ValueError("all the input arrays must have same number of dimensions, but the array at "
                        + "index 0 has " + nd + " dimension(s) and the array at index " + i + " has "
                        + a.shape.length + " dimension(s)");
            }
            for (int d = 0; d < nd; d++) {
                if (d == ax) {
                    along += a.shape[d];
                } else if (shape[d] != a.shape[d]) {
                    throw new ValueError("all the input array dimensions except for the concatenation axis must "
                            + "match exactly, but along dimension " + d + ", the array at index 0 has size "
                            + shape[d] + " and the array at index " + i + " has size " + a.shape[d]);
                }
            }
            dtype = DType.promote(dtype, a.dtype);
        }
        if (along > Integer.MAX_VALUE) {
            throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
                    + "possible size.");
        }
        shape[ax] = (int) along;
        NDArray out = allocateLike(arrays, dtype, shape);
        int pos = 0;
        for (NDArray a : arrays) {
            int[] sh = shape.clone();
            sh[ax] = a.shape[ax];
            Copies.assign(out.view(sh, out.strides, pos * out.strides[ax]), a);
            pos += a.shape[ax];
        }
        return out;
    }

    /**
     * {@code np.stack(arrays, axis)}: each input gets a new axis of length 1 at {@code axis} of the
     * result ({@code -1} = last), then they are concatenated along it.
     *
     * @throws ValueError {@code need at least one array to stack} or
     *     {@code all input arrays must have the same shape}
     * @throws AxisError if {@code axis} is out of range for {@code ndim + 1} dimensions
     */
    static NDArray stack(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw new ValueError("need at least one array to stack");
        }
        for (NDArray a : arrays) {
            if (!Arrays.equals(a.shape, arrays[0].shape)) {
                throw new ValueError("all input arrays must have the same shape");
            }
        }
        int ax = Views.normalizeAxis(axis, arrays[0].shape.length + 1);
        NDArray[] expanded = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            expanded[i] = Views.expandDims(arrays[i], ax);
        }
        return concatenate(expanded, ax);
    }

    /** A new zeroed array of {@code shape} whose axes lie in memory in the inputs' stride order. */
    private static NDArray allocateLike(NDArray[] arrays, DType dtype, int[] shape) {
        int nd = shape.length;
        int[] perm = strideOrder(arrays, nd);
        int[] strides = new int[nd];
        long s = 1;
        for (int i = nd - 1; i >= 0; i--) {
            strides[perm[i]] = (int) s;
            s *= shape[perm[i]];
        }
        if (s > Integer.MAX_VALUE) {
            throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
                    + "possible size.");
        }
        if (s == 0) {
            Arrays.fill(strides, 0); // NumPy 2.4 gives empty results all-zero strides
        }
        return new NDArray(dtype, Convert.allocate(dtype.ordinal(), (int) s), shape, strides, 0, null);
    }

    /**
     * The axes from the largest to the smallest stride, agreed over all inputs (NumPy's
     * {@code PyArray_CreateMultiSortedStridePerm}): a stable insertion sort where an axis moves in
     * front of another only if, in the first input where neither has length 1, its stride is larger;
     * a later input that disagrees keeps C order.
     */
    private static int[] strideOrder(NDArray[] arrays, int nd) {
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ipos = i0;
            int ax0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                boolean ambiguous = true;
                boolean swap = false;
                int ax1 = perm[i1];
                for (NDArray a : arrays) {
                    if (a.shape[ax0] != 1 && a.shape[ax1] != 1) {
                        if (Math.abs(a.strides[ax0]) <= Math.abs(a.strides[ax1])) {
                            swap = false;
                        } else if (ambiguous) {
                            swap = true;
                        }
                        ambiguous = false;
                    }
                }
                if (!ambiguous) {
                    if (swap) {
                        ipos = i1;
                    } else {
                        break;
                    }
                }
            }
            if (ipos != i0) {
                System.arraycopy(perm, ipos, perm, ipos + 1, i0 - ipos);
                perm[ipos] = ax0;
            }
        }
        return perm;
    }
}
