package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.index.Gather;
import dev.zeroj.ndarray.internal.layout.Layout;

/** {@code np.where}, {@code np.clip}, {@code np.pad} (constant mode) and {@code np.take}. */
final class IndexFunctions {
    private IndexFunctions() {}

    /** {@link Coercion.Operand#INT} or {@code FLOAT} for a weak Java scalar, else 0 ({@code null} too). */
    private static int weakKind(Object o) {
        return o == null ? Coercion.Operand.STRONG : Coercion.operand(o).weak;
    }

    private static NDArray asArray(Object o) {
        return Coercion.asArray(o);
    }

    /** The result type of two operands with NEP 50 weak Java scalars (no overflow check). */
    static DType resultType(Object x, Object y) {
        return Coercion.resultType(Coercion.operand(x), Coercion.operand(y));
    }

    /** {@code np.where(cond, x, y)}: elements of x where cond is true, of y elsewhere; broadcast. */
    static NDArray where(Object cond, Object x, Object y) {
        NDArray c = asArray(cond);
        NDArray xa = asArray(x);
        NDArray ya = asArray(y);
        DType r = resultType(x, y);
        int[] shape = Layout.broadcastShapes(c.shape, xa.shape, ya.shape);
        if (shape == null) {
            throw new ValueError("operands could not be broadcast together with shapes " + Layout.shapeStringCompact(c.shape)
                    + " " + Layout.shapeStringCompact(xa.shape) + " " + Layout.shapeStringCompact(ya.shape) + " ");
        }
        NDArray out = NDArray.allocate(r, shape);
        Copies.assign(out, ya);
        NDArray xr = Copies.astype(Views.broadcastTo(xa, shape), r);
        boolean[] t = (boolean[]) Copies.toFlat(Views.broadcastTo(c, shape), DType.BOOL);
        int n = 0;
        int[] from = new int[t.length];
        int[] to = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i]) {
                from[n] = xr.offset + i;
                to[n++] = out.offset + i;
            }
        }
        Gather.copyElements(xr.data, from, out.data, to, n);
        return out;
    }

    /**
     * {@code np.clip(a, min, max)} ({@code null} for no bound): {@code minimum(maximum(a, min), max)}
     * with NumPy 2's promotion; a Python-int bound outside an integer dtype's range on the side
     * that cannot bind is ignored, as NumPy does.
     */
    static NDArray clip(Object a, Object min, Object max, NDArray out) {
        NDArray arr = asArray(a);
        if (min == null && max == null) {
            return positive(arr, out);
        }
        NDArray minShape = min == null ? null : asArray(min);
        NDArray maxShape = max == null ? null : asArray(max);
        if (arr.dtype.isInteger()) {
            if (weakKind(min) == Coercion.Operand.INT && ((Number) min).longValue() < Coercion.lowest(arr.dtype)) {
                min = null;
            }
            if (weakKind(max) == Coercion.Operand.INT && ((Number) max).longValue() > Coercion.highest(arr.dtype)) {
                max = null;
            }
        }
        DType r1 = min == null ? arr.dtype : resultType(arr, min);
        DType r = max == null ? r1 : resultType(NDArray.allocate(r1, new int[] {0}), max);
        if (out != null && minShape != null && maxShape != null) {
            checkClipOut(arr, minShape, maxShape, r, out);
        }
        NDArray src = arr.dtype == r ? arr : Copies.astype(arr, r);
        NDArray lo = min == null ? src : Ufuncs.binary(Ufuncs.Op.MAXIMUM, src, min, out);
        if (max == null) {
            return lo;
        }
        return Ufuncs.binary(Ufuncs.Op.MINIMUM, lo, max, out != null ? out : lo == src ? null : lo);
    }

    /** NumPy's checks of the {@code clip} ufunc's {@code out}, in its order: writeable, cast, shapes. */
    private static void checkClipOut(NDArray a, NDArray min, NDArray max, DType r, NDArray out) {
        out.checkWriteable("output array");
        if (!Ufuncs.sameKind(r, out.dtype)) {
            throw new TypeError("Cannot cast ufunc 'clip' output from dtype('" + r + "') to dtype('" + out.dtype
                    + "') with casting rule 'same_kind'");
        }
        if (Layout.broadcastShapes(a.shape, min.shape, max.shape, out.shape) == null) {
            throw new ValueError("operands could not be broadcast together with shapes " + Layout.shapeStringCompact(a.shape)
                    + " " + Layout.shapeStringCompact(min.shape) + " " + Layout.shapeStringCompact(max.shape) + " "
                    + Layout.shapeStringCompact(out.shape) + " ");
        }
    }

    /** {@code np.positive(a, out=out)}, what {@code np.clip(a, None, None)} is since NumPy 2.1. */
    private static NDArray positive(NDArray a, NDArray out) {
        if (a.dtype.isBool()) {
            throw new TypeError("ufunc 'positive' did not contain a loop with signature matching types "
                    + "<class 'numpy.dtypes.BoolDType'> -> None");
        }
        if (out == null) {
            return Copies.astypeK(a, a.dtype);
        }
        out.checkWriteable("output array");
        if (!Ufuncs.sameKind(a.dtype, out.dtype)) {
            throw new TypeError("Cannot cast ufunc 'positive' output from dtype('" + a.dtype + "') to dtype('" + out.dtype
                    + "') with casting rule 'same_kind'");
        }
        int[] full = Layout.broadcastShapes(a.shape, out.shape);
        if (full == null) {
            throw new ValueError("operands could not be broadcast together with shapes " + Layout.shapeStringCompact(a.shape)
                    + " " + Layout.shapeStringCompact(out.shape) + " ");
        }
        if (!java.util.Arrays.equals(full, out.shape)) {
            throw new ValueError("non-broadcastable output operand with shape " + Layout.shapeStringCompact(out.shape)
                    + " doesn't match the broadcast shape " + Layout.shapeStringCompact(full));
        }
        Copies.fill(out, a);
        return out;
    }

    /**
     * {@code np.pad(a, widths, 'constant', constant_values=value)}: {@code widths} has one
     * {before, after} row per axis, or one row for all axes; a row of one number pads both sides.
     */
    static NDArray pad(NDArray a, int[][] widths, Object value) {
        int nd = a.shape.length;
        if (widths == null) {
            throw new TypeError("`pad_width` must be of integral type.");
        }
        for (int[] w : widths) {
            if (w == null) {
                throw new TypeError("`pad_width` must be of integral type."); // NumPy's text for None
            }
        }
        int rows = widths.length;
        int cols = rows == 0 ? 0 : widths[0].length;
        for (int[] w : widths) {
            if (w.length != cols) {
                throw new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.");
            }
        }
        if (!(rows == 1 || rows == nd) || !(cols == 1 || cols == 2)) {
            throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: ("
                    + rows + "," + cols + ")  and requested shape (" + nd + ",2)");
        }
        int[] before = new int[nd];
        int[] after = new int[nd];
        int[] shape = new int[nd];
        for (int d = 0; d < nd; d++) {
            int[] w = widths[rows == 1 ? 0 : d];
            before[d] = w[0];
            after[d] = w[cols - 1];
            if (before[d] < 0 || after[d] < 0) {
                throw new ValueError("index can't contain negative values");
            }
            long len = (long) a.shape[d] + before[d] + after[d];
            if (len > Integer.MAX_VALUE) {
                throw new ValueError(NDArray.TOO_BIG);
            }
            shape[d] = (int) len;
        }
        NDArray out = NDArray.allocate(a.dtype, shape);
        // NumPy stores the constant as an int64/float64 NumPy scalar: uint8, bool and the float
        // dtypes take it with unsafe casting (300 -> 44 in uint8), int32 and int64 convert it as a
        // Python number (NaN, infinity and out-of-range values raise)
        boolean zero = value instanceof Long ? (Long) value == 0 : Double.doubleToRawLongBits(((Number) value).doubleValue()) == 0;
        if (zero) {
            return fillInterior(out, before, a); // a new array is zero already; 0 passes every check
        }
        if (a.dtype == DType.INT32 || a.dtype == DType.INT64) {
            Copies.assign(out, value);
        } else {
            Copies.fill(out, value);
        }
        return fillInterior(out, before, a);
    }

    /** Copies {@code a} into {@code out} at offsets {@code before}; returns {@code out}. */
    private static NDArray fillInterior(NDArray out, int[] before, NDArray a) {
        Index[] interior = new Index[before.length];
        for (int d = 0; d < before.length; d++) {
            interior[d] = Slice.of(before[d], before[d] + a.shape[d], null);
        }
        Copies.assign(Views.basicView(out, interior), a); // a view also for a 0-d array (empty index)
        return out;
    }

    /** {@code np.take(a, indices, axis)}; {@code axis == null} takes from the flattened array. A copy. */
    static NDArray take(NDArray a, Object indices, Integer axis) {
        NDArray src = a;
        int ax;
        if (axis == null) {
            src = Views.reshape(a, new int[] {a.size});
            ax = 0;
        } else {
            ax = Views.normalizeAxis(axis, a.shape.length);
        }
        NDArray idx = asArray(indices);
        if (idx.dtype.isFloat()) {
            throw new TypeError("Cannot cast array data from dtype('" + idx.dtype + "') to dtype('int64') according to the rule 'same_kind'");
        }
        if (idx.dtype.isBool()) {
            idx = Copies.astype(idx, DType.INT64);
        }
        Index[] index = new Index[ax + 1];
        for (int d = 0; d < ax; d++) {
            index[d] = Slice.all();
        }
        index[ax] = Index.of(idx);
        return Indexing.gather(Indexing.plan(src, index));
    }
}
