package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Compute;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.kernel.ElementwiseKernels;
import dev.zeroj.ndarray.internal.kernel.UnaryOp;
import dev.zeroj.ndarray.internal.layout.Layout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Copies, casts, assignment, raw bytes and element-wise equality. */
final class Copies {
    private static final ElementwiseKernels K = ElementwiseKernels.get();

    private Copies() {}

    /**
     * The compute type that converts {@code from} to {@code to} with NumPy's results: one rounding
     * for every float target, truncation through double for float-to-integer, wrapping for integers.
     */
    static Compute castCompute(DType from, DType to) {
        if (from == DType.BOOL && to == DType.BOOL) {
            return Compute.BOOL;
        }
        if (to == DType.FLOAT64 || (from == DType.FLOAT64)) {
            return Compute.DOUBLE;
        }
        if (to.isFloat()) {
            return Compute.FLOAT;
        }
        return from.isFloat() ? Compute.DOUBLE : Compute.LONG;
    }

    /** A new C-contiguous array with {@code a}'s elements cast to {@code to} ({@code order='C'}). */
    static NDArray astype(NDArray a, DType to) {
        NDArray out = NDArray.allocate(to, a.shape);
        copyInto(out, a);
        return out;
    }

    /**
     * A new array with {@code a}'s elements cast to {@code to}, its axes in {@code a}'s memory order
     * ({@code order='K'}, NumPy's default for {@code astype} and {@code np.copy}): a transposed
     * array gives an F-ordered copy.
     */
    static NDArray astypeK(NDArray a, DType to) {
        NDArray out = NDArray.allocateInOrder(to, a.shape, Layout.strideOrder(new int[][] {a.shape}, new int[][] {a.strides}));
        copyInto(out, a);
        return out;
    }

    /** Copies {@code src} (already broadcastable to {@code dst}) into {@code dst} with unsafe casting. */
    private static void copyInto(NDArray dst, NDArray src) {
        Compute c = castCompute(src.dtype, dst.dtype);
        Ufuncs.execute(c, c, dst, src, null, (pa, ao, as, pb, bo, bs, pc, co, cs, n) ->
                c.unary(K, UnaryOp.IDENTITY, pa, ao, as, pc, co, cs, n));
    }

    /**
     * {@code dst[...] = value}: broadcast, overlap-safe, unsafe casting of arrays; a Java number is a
     * Python scalar and is checked against an integer {@code dst} as NumPy checks it (NaN, infinity
     * and out-of-range values raise).
     */
    static void assign(NDArray dst, Object value) {
        dst.checkWriteable("assignment destination");
        NDArray s = Coercion.pythonScalar(value);
        if (s != null && dst.dtype.isInteger()) {
            if (s.dtype.isFloat()) {
                Coercion.checkPythonFloatToInt(((double[]) s.data)[s.offset], dst.dtype);
            } else if (s.dtype == DType.INT64) {
                Coercion.checkPythonIntRange(((long[]) s.data)[s.offset], dst.dtype);
            }
        }
        fill(dst, s != null ? s : value);
    }

    /**
     * {@code dst[...] = value} with unsafe casting and no scalar checks: {@code np.full}'s
     * {@code copyto(casting='unsafe')} ({@code np.full(2, nan, int64)} fills the minimum int64).
     */
    static void fill(NDArray dst, Object value) {
        dst.checkWriteable("assignment destination");
        NDArray src = value instanceof NDArray ? (NDArray) value : Coercion.pythonScalar(value);
        if (src == null) {
            src = Creation.asarray(value);
        }
        src = dropLeadingOnes(src, dst.shape.length);
        if (Layout.broadcastStrides(src.shape, src.strides, dst.shape) == null) {
            throw new ValueError("could not broadcast input array from shape " + Layout.shapeStringCompact(src.shape)
                    + " into shape " + Layout.shapeStringCompact(dst.shape));
        }
        copyInto(dst, Ufuncs.separate(src, dst));
    }

    /**
     * {@code v} without the leading length-1 axes it has beyond {@code ndim} dimensions, a view (or
     * {@code v} itself): NumPy's assignment ({@code x[0:2] = ones((1, 2))}) strips them before
     * broadcasting, in-place operations do not.
     */
    static NDArray dropLeadingOnes(NDArray v, int ndim) {
        int k = 0;
        while (v.shape.length - k > ndim && v.shape[k] == 1) {
            k++;
        }
        if (k == 0) {
            return v;
        }
        int n = v.shape.length;
        return v.view(java.util.Arrays.copyOfRange(v.shape, k, n), java.util.Arrays.copyOfRange(v.strides, k, n), v.offset);
    }

    /**
     * The elements in C order as a fresh primitive array of {@code to}'s storage type, of exactly
     * {@code a.size} elements: copied (and cast) once, straight into it.
     */
    static Object toFlat(NDArray a, DType to) {
        Object out = Convert.allocate(to.ordinal(), a.size);
        if (a.dtype == to && Layout.isCContiguous(a.shape, a.strides)) {
            System.arraycopy(a.data, a.offset, out, 0, a.size);
        } else {
            copyInto(new NDArray(to, out, a.shape.clone(), Layout.cStrides(a.shape), 0, null), a);
        }
        return out;
    }

    /** Little-endian bytes in C or F order. */
    static byte[] toBytes(NDArray a, char order) {
        NDArray c;
        if (order == 'C') {
            c = astype(a, a.dtype);
        } else if (order == 'F') {
            c = astype(Views.transpose(a, null), a.dtype);
        } else {
            throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        }
        ByteBuffer bb = ByteBuffer.allocate(c.size * a.dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        Object d = c.data;
        switch (a.dtype) {
            case BOOL: for (boolean v : (boolean[]) d) bb.put((byte) (v ? 1 : 0)); break;
            case UINT8: bb.put((byte[]) d); break;
            case INT32: bb.asIntBuffer().put((int[]) d); break;
            case INT64: bb.asLongBuffer().put((long[]) d); break;
            case FLOAT16: bb.asShortBuffer().put((short[]) d); break;
            case FLOAT32: bb.asFloatBuffer().put((float[]) d, c.offset, c.size); break;
            default: bb.asDoubleBuffer().put((double[]) d, c.offset, c.size);
        }
        return bb.array();
    }

    /** Elements equal in C order, NaN equal to NaN and -0.0 to 0.0 (shapes already equal). */
    static boolean equalWithNan(NDArray a, NDArray b) {
        if (a.dtype.isFloat()) {
            double[] x = a.toDoubleArray();
            double[] y = b.toDoubleArray();
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] == y[i] || (x[i] != x[i] && y[i] != y[i]))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Arrays.equals(a.toLongArray(), b.toLongArray());
    }

    /** A hash consistent with {@link #equalWithNan}. */
    static int hash(NDArray a) {
        int h = 1;
        if (a.dtype.isFloat()) {
            for (double v : a.toDoubleArray()) {
                h = 31 * h + (v == 0.0 ? 0 : v != v ? 1 : Double.hashCode(v));
            }
        } else {
            for (long v : a.toLongArray()) {
                h = 31 * h + Long.hashCode(v);
            }
        }
        return h;
    }
}
