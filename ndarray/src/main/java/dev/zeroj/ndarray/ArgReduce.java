package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import java.util.Arrays;

/** {@code argmax}/{@code argmin} and {@code average}, the reductions that are not one ufunc reduce. */
final class ArgReduce {
    private ArgReduce() {}

    /**
     * {@code np.argmax}/{@code np.argmin}: int64 indices of the first largest/smallest element along
     * {@code axis} (the flattened array when {@code null}); NaN counts as the extreme (first NaN).
     */
    static NDArray arg(boolean max, NDArray a, Integer axis, boolean keepdims) {
        String name = max ? "argmax" : "argmin";
        NDArray src = a;
        int ax;
        if (axis == null || a.shape.length == 0) {
            if (axis != null) {
                Views.normalizeAxis(axis, Math.max(1, a.shape.length));
            }
            src = Views.reshape(a, new int[] {a.size});
            ax = 0;
        } else {
            ax = Views.normalizeAxis(axis, a.shape.length);
        }
        int len = src.shape[ax];
        if (len == 0) {
            throw new ValueError("attempt to get " + name + " of an empty sequence");
        }
        int nd = src.shape.length;
        int[] keptShape = new int[nd - 1];
        int[] keptStrides = new int[nd - 1];
        for (int i = 0, k = 0; i < nd; i++) {
            if (i != ax) {
                keptShape[k] = src.shape[i];
                keptStrides[k++] = src.strides[i];
            }
        }
        int[] outShape;
        if (!keepdims) {
            outShape = axis == null ? new int[0] : keptShape.clone();
        } else if (axis == null) {
            outShape = new int[a.shape.length];
            Arrays.fill(outShape, 1);
        } else {
            outShape = a.shape.clone();
            outShape[ax] = 1;
        }
        NDArray out = NDArray.allocate(DType.INT64, outShape);
        long[] res = (long[]) out.data;
        int step = src.strides[ax];
        int code = src.dtype.ordinal();
        boolean isFloat = src.dtype.isFloat();
        for (int o = 0; o < res.length; o++) {
            int off = src.offset;
            for (int k = keptShape.length - 1, q = o; k >= 0; k--) {
                off += (q % keptShape[k]) * keptStrides[k];
                q /= keptShape[k];
            }
            res[o] = isFloat ? argDouble(max, src.data, code, off, step, len) : argLong(max, src.data, code, off, step, len);
        }
        return out;
    }

    private static long argDouble(boolean max, Object data, int code, int off, int step, int len) {
        double best = Convert.getDouble(data, code, off);
        long bi = 0;
        if (Double.isNaN(best)) {
            return 0;
        }
        for (int i = 1, p = off + step; i < len; i++, p += step) {
            double v = Convert.getDouble(data, code, p);
            if (Double.isNaN(v)) {
                return i;
            }
            if (max ? v > best : v < best) {
                best = v;
                bi = i;
            }
        }
        return bi;
    }

    private static long argLong(boolean max, Object data, int code, int off, int step, int len) {
        long best = Convert.getLong(data, code, off);
        long bi = 0;
        for (int i = 1, p = off + step; i < len; i++, p += step) {
            long v = Convert.getLong(data, code, p);
            if (max ? v > best : v < best) {
                best = v;
                bi = i;
            }
        }
        return bi;
    }

    /**
     * {@code np.average(a, axis, weights)} as NumPy 2.4: without weights the mean; with weights
     * {@code sum(a*w) / sum(w)} in {@code result_type(a, w)} (at least float64 for integer/bool
     * {@code a}). Weights may be 1-D along {@code axis}.
     */
    static NDArray average(NDArray a, Integer axis, NDArray weights) {
        int[] axes = axis == null ? null : new int[] {Views.normalizeAxis(axis, a.shape.length)};
        if (weights == null) {
            return Reductions.reduce(Reductions.Kind.MEAN, a, axes, false);
        }
        NDArray w = weights;
        if (!Arrays.equals(a.shape, w.shape)) {
            if (axis == null) {
                throw new TypeError("Axis must be specified when shapes of a and weights differ.");
            }
            if (w.shape.length != 1 || w.shape[0] != a.shape[axes[0]]) {
                throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
            }
            int[] sh = new int[a.shape.length];
            Arrays.fill(sh, 1);
            sh[axes[0]] = w.shape[0];
            w = Views.reshape(w, sh);
        }
        DType rt0 = DType.promote(a.dtype, w.dtype);
        DType rt = a.dtype.isFloat() ? rt0 : DType.promote(rt0, DType.FLOAT64);
        NDArray scl = Reductions.sumAs(w, axes, rt);
        if (Reductions.anyZero(scl)) {
            throw new ValueError("Weights sum to zero, can't be normalized");
        }
        NDArray prod = Reductions.inMemoryOrder(a, (x, y) -> Ufuncs.binary(Ufuncs.Op.MULTIPLY, x.astype(rt), y.astype(rt), null), w);
        NDArray num = Reductions.sumAs(prod, axes, rt);
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, num, scl, null);
    }
}
