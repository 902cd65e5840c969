package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.layout.Layout;
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
            throw new ValueError(NDArray.TOO_BIG);
        }
        shape[ax] = (int) along;
        NDArray out = allocateLike(arrays, dtype, shape);
        int pos = 0;
        for (NDArray a : arrays) {
            int[] sh = shape.clone();
            sh[ax] = a.shape[ax];
            Copies.assign(out.view(sh, out.strides, out.offset + pos * out.strides[ax]), a);
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
        int[][] shapes = new int[arrays.length][];
        int[][] strides = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            shapes[i] = arrays[i].shape;
            strides[i] = arrays[i].strides;
        }
        int[] st = Layout.stridesInOrder(shape, Layout.strideOrder(shapes, strides));
        if (st == null) {
            throw new ValueError(NDArray.TOO_BIG);
        }
        return NDArray.fresh(dtype, Layout.size(shape), shape, st);
    }
}
