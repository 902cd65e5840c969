package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.layout.Layout;
import java.util.Arrays;
import java.util.List;

/**
 * {@code np.array(obj)} for Java values: NumPy's array coercion (shape and dtype discovery, then a
 * fill pass).
 *
 * <p>The Java counterparts of NumPy's inputs: a boxed {@code Double}/{@code Float} is a Python
 * float, a boxed {@code Long}/{@code Integer}/{@code Short}/{@code Byte} a Python int, a
 * {@code Boolean} a Python bool; an {@code Object[]} (including {@code double[][]} and deeper) or a
 * {@link List} is a Python list; a one-dimensional primitive array is an ndarray of its type
 * ({@code double[]} float64, {@code float[]} float32, {@code long[]} int64, {@code int[]} and
 * {@code short[]} int32, {@code byte[]} uint8 read unsigned, {@code boolean[]} bool); an
 * {@link NDArray} is itself. The shape discovery follows NumPy's {@code update_shape} rules, so
 * ragged input fails with NumPy's message; the dtype is the promotion of all leaves (an empty list
 * gives float64, but an empty typed Java array keeps its type).
 */
final class Coercion {
    /** NumPy's {@code NPY_MAXDIMS}. */
    static final int MAXDIMS = 64;

    private Coercion() {}

    /** {@code np.array(obj, dtype)}: always a new C-contiguous array; {@code dtype} null = discovered. */
    static NDArray array(Object obj, DType dtype) {
        if (obj instanceof NDArray) {
            NDArray a = (NDArray) obj;
            return Copies.astype(a, dtype == null ? a.dtype : dtype);
        }
        Discovery d = new Discovery();
        int ndim = d.discover(obj, 0, MAXDIMS);
        if (d.ragged) {
            if (ndim == MAXDIMS) {
                throw new ValueError("setting an array element with a sequence. The requested array would exceed "
                        + "the maximum number of dimension of " + MAXDIMS + ".");
            }
            throw new ValueError("setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after " + ndim + " dimensions. The detected shape was "
                    + Layout.shapeString(Arrays.copyOf(d.shape, ndim)) + " + inhomogeneous part.");
        }
        DType target = dtype != null ? dtype : d.dtype != null ? d.dtype : DType.FLOAT64;
        NDArray out = NDArray.allocate(target, Arrays.copyOf(d.shape, ndim));
        new Filler(out, dtype != null).fill(obj, 0, out.offset);
        return out;
    }

    /** The dtype of a one-dimensional primitive Java array, or null if {@code o} is not one. */
    static DType primitiveDType(Object o) {
        if (o instanceof double[]) return DType.FLOAT64;
        if (o instanceof float[]) return DType.FLOAT32;
        if (o instanceof long[]) return DType.INT64;
        if (o instanceof int[] || o instanceof short[]) return DType.INT32;
        if (o instanceof byte[]) return DType.UINT8;
        if (o instanceof boolean[]) return DType.BOOL;
        return null;
    }

    /**
     * A boxed Java number or boolean as the 0-d array of the Python scalar it stands for (float64 for
     * {@code Double}/{@code Float}, int64 for the integer boxes, bool), or null for anything else.
     */
    static NDArray pythonScalar(Object o) {
        if (o instanceof Double || o instanceof Float) {
            return new NDArray(DType.FLOAT64, new double[] {((Number) o).doubleValue()}, new int[0], new int[0], 0, null);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return new NDArray(DType.INT64, new long[] {((Number) o).longValue()}, new int[0], new int[0], 0, null);
        }
        if (o instanceof Boolean) {
            return bool((Boolean) o);
        }
        return null;
    }

    /** A new 0-d bool array holding {@code b}. */
    static NDArray bool(boolean b) {
        return new NDArray(DType.BOOL, new boolean[] {b}, new int[0], new int[0], 0, null);
    }

    /** An operand of a ufunc-like function: the array and its NEP 50 weakness. */
    static final class Operand {
        /** Not weak: an array, a Java boolean or anything array-like. */
        static final int STRONG = 0;
        /** A Java integer box: a weak Python int. */
        static final int INT = 1;
        /** A {@code Double}/{@code Float}: a weak Python float. */
        static final int FLOAT = 2;

        /** The operand as an array (a 0-d int64/float64 array for a weak scalar). */
        final NDArray arr;
        /** {@link #STRONG}, {@link #INT} or {@link #FLOAT}. */
        final int weak;

        Operand(NDArray arr, int weak) {
            this.arr = arr;
            this.weak = weak;
        }
    }

    /**
     * The one conversion of a Java operand: an NDArray as is; a Java number a weak Python scalar
     * (NEP 50); a Boolean a strong 0-d bool array (Python's bool is not weak); anything else
     * through {@code np.asarray}.
     *
     * @throws TypeError if {@code x} is not array-like
     */
    static Operand operand(Object x) {
        if (x instanceof NDArray) {
            return new Operand((NDArray) x, Operand.STRONG);
        }
        NDArray s = pythonScalar(x);
        if (s != null && !s.dtype.isBool()) {
            return new Operand(s, s.dtype.isFloat() ? Operand.FLOAT : Operand.INT);
        }
        return new Operand(s != null ? s : Creation.asarray(x), Operand.STRONG);
    }

    /** {@code x} as an array: {@link #operand}'s array (Java numbers as 0-d int64/float64). */
    static NDArray asArray(Object x) {
        return operand(x).arr;
    }

    /**
     * NEP 50 promotion of two operands: a weak scalar takes the other operand's dtype if it is of
     * the same kind or higher (an int with a float, a Python int with an integer dtype), a Python
     * float makes an integer or bool float64, a Python int makes bool int64; two weak scalars give
     * int64 or float64. No range check of a weak int.
     */
    static DType resultType(Operand a, Operand b) {
        if (a.weak == Operand.STRONG && b.weak == Operand.STRONG) {
            return DType.promote(a.arr.dtype, b.arr.dtype);
        }
        if (a.weak != Operand.STRONG && b.weak != Operand.STRONG) {
            return (a.weak == Operand.FLOAT || b.weak == Operand.FLOAT) ? DType.FLOAT64 : DType.INT64;
        }
        DType s = (a.weak == Operand.STRONG ? a : b).arr.dtype;
        int w = a.weak == Operand.STRONG ? b.weak : a.weak;
        if (s.isFloat()) {
            return s;
        }
        if (w == Operand.FLOAT) {
            return DType.FLOAT64;
        }
        return s.isBool() ? DType.INT64 : s;
    }

    /** The smallest value of an integer dtype ({@code Long.MIN_VALUE} for int64). */
    static long lowest(DType t) {
        return t == DType.UINT8 ? 0 : t == DType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    }

    /** The largest value of an integer dtype ({@code Long.MAX_VALUE} for int64). */
    static long highest(DType t) {
        return t == DType.UINT8 ? 255 : t == DType.INT32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    /** The dtype of a boxed Java scalar as NumPy discovers the matching Python scalar, or null. */
    static DType scalarDType(Object o) {
        if (o instanceof Double || o instanceof Float) return DType.FLOAT64;
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) return DType.INT64;
        if (o instanceof Boolean) return DType.BOOL;
        return null;
    }

    private static TypeError notArrayLike(Object o) {
        String what = o == null ? "null" : o.getClass().getName();
        return new TypeError("cannot convert " + what + " to an array: expected a Java number or boolean, "
                + "a Java array, a List or an NDArray");
    }

    /** Shape and dtype discovery: NumPy's {@code PyArray_DiscoverDTypeAndShape_Recursive}. */
    private static final class Discovery {
        final int[] shape = new int[MAXDIMS];
        boolean maxDimsReached;
        boolean ragged;
        DType dtype;

        private void promote(DType t) {
            dtype = dtype == null ? t : DType.promote(dtype, t);
        }

        /** NumPy's {@code update_shape}; returns false when the input is ragged. {@code max} is in/out. */
        private boolean updateShape(int curr, int[] max, int[] newShape, boolean sequence) {
            boolean ok = true;
            boolean reached = maxDimsReached;
            int newNdim = newShape.length;
            if (curr + newNdim > max[0]) {
                ok = false;
                newNdim = max[0] - curr;
            } else if (!sequence && max[0] != curr + newNdim) {
                max[0] = curr + newNdim;
                if (reached) {
                    ok = false;
                }
            }
            for (int i = 0; i < newNdim; i++) {
                if (!reached) {
                    shape[curr + i] = newShape[i];
                } else if (newShape[i] != shape[curr + i]) {
                    ok = false;
                    if (!sequence) {
                        max[0] -= newNdim - i;
                    } else {
                        max[0] = curr;
                    }
                    break;
                }
            }
            if (!sequence) {
                maxDimsReached = true;
            }
            return ok;
        }

        /** Returns the new maximum number of dimensions. */
        int discover(Object obj, int curr, int maxDims) {
            int[] max = {maxDims};
            DType st = scalarDType(obj);
            if (st != null) {
                if (!updateShape(curr, max, new int[0], false)) {
                    ragged = true;
                    return max[0];
                }
                promote(st);
                return max[0];
            }
            DType pt = primitiveDType(obj);
            if (pt != null || obj instanceof NDArray) {
                int[] sh = pt != null ? new int[] {java.lang.reflect.Array.getLength(obj)} : ((NDArray) obj).shape;
                if (!updateShape(curr, max, sh, false)) {
                    ragged = true;
                    return max[0];
                }
                promote(pt != null ? pt : ((NDArray) obj).dtype);
                return max[0];
            }
            Object[] items;
            if (obj instanceof Object[]) {
                items = (Object[]) obj;
                DType leaf = leafComponentDType(obj.getClass());
                if (leaf != null) {
                    promote(leaf);
                }
            } else if (obj instanceof List) {
                items = ((List<?>) obj).toArray();
            } else {
                throw notArrayLike(obj);
            }
            if (curr == max[0]) {
                // A sequence where a scalar must be: ragged (or too deep).
                updateShape(curr, max, new int[0], false);
                ragged = true;
                return max[0];
            }
            if (!updateShape(curr, max, new int[] {items.length}, true)) {
                ragged = true;
                return max[0];
            }
            if (items.length == 0) {
                maxDimsReached = true;
                return curr + 1;
            }
            int m = max[0];
            for (Object item : items) {
                m = discover(item, curr + 1, m);
            }
            return m;
        }

        /** For {@code double[][]...}: the dtype of the primitive leaf type, else null. */
        private static DType leafComponentDType(Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c == double.class) return DType.FLOAT64;
            if (c == float.class) return DType.FLOAT32;
            if (c == long.class) return DType.INT64;
            if (c == int.class || c == short.class) return DType.INT32;
            if (c == byte.class) return DType.UINT8;
            if (c == boolean.class) return DType.BOOL;
            return null;
        }
    }

    /** Writes the (now known rectangular) input into a C-contiguous output, in C order. */
    private static final class Filler {
        private final NDArray out;
        private final int code;
        /** Whether the dtype was requested: Python-scalar conversions are then checked as NumPy does. */
        private final boolean requested;

        Filler(NDArray out, boolean requested) {
            this.out = out;
            this.code = out.dtype.ordinal();
            this.requested = requested;
        }

        /** Fills the block of the sub-array at depth {@code depth} starting at flat {@code pos}; returns its size. */
        int fill(Object obj, int depth, int pos) {
            Object data = out.data;
            if (obj instanceof Boolean) {
                Convert.setLong(data, code, pos, ((Boolean) obj) ? 1 : 0);
                return 1;
            }
            if (obj instanceof Double || obj instanceof Float) {
                double v = ((Number) obj).doubleValue();
                if (requested && out.dtype.isInteger()) {
                    checkPythonFloatToInt(v, out.dtype);
                }
                Convert.setDouble(data, code, pos, v);
                return 1;
            }
            if (obj instanceof Number) {
                long v = ((Number) obj).longValue();
                if (requested) {
                    checkPythonIntRange(v, out.dtype);
                }
                Convert.setLong(data, code, pos, v);
                return 1;
            }
            if (obj instanceof NDArray) {
                NDArray a = (NDArray) obj;
                int[] sh = Arrays.copyOfRange(out.shape, depth, out.shape.length);
                NDArray dst = out.view(sh, Layout.cStrides(sh), pos);
                Copies.assign(dst, a);
                return dst.size;
            }
            if (primitiveDType(obj) != null) {
                return fillPrimitive(obj, pos);
            }
            Object[] items = obj instanceof List ? ((List<?>) obj).toArray() : (Object[]) obj;
            int p = pos;
            for (Object item : items) {
                p += fill(item, depth + 1, p);
            }
            return p - pos;
        }

        private int fillPrimitive(Object src, int pos) {
            Object data = out.data;
            int n = java.lang.reflect.Array.getLength(src);
            if (data.getClass() == src.getClass() && !(src instanceof short[]) && out.dtype != DType.FLOAT16) {
                System.arraycopy(src, 0, data, pos, n);
                return n;
            }
            if (src instanceof double[]) {
                double[] s = (double[]) src;
                for (int i = 0; i < n; i++) Convert.setDouble(data, code, pos + i, s[i]);
            } else if (src instanceof float[]) {
                float[] s = (float[]) src;
                for (int i = 0; i < n; i++) Convert.setDouble(data, code, pos + i, s[i]);
            } else if (src instanceof long[]) {
                long[] s = (long[]) src;
                for (int i = 0; i < n; i++) Convert.setLong(data, code, pos + i, s[i]);
            } else if (src instanceof int[]) {
                int[] s = (int[]) src;
                for (int i = 0; i < n; i++) Convert.setLong(data, code, pos + i, s[i]);
            } else if (src instanceof short[]) {
                short[] s = (short[]) src;
                for (int i = 0; i < n; i++) Convert.setLong(data, code, pos + i, s[i]);
            } else if (src instanceof byte[]) {
                byte[] s = (byte[]) src;
                for (int i = 0; i < n; i++) Convert.setLong(data, code, pos + i, s[i] & 0xFF);
            } else {
                boolean[] s = (boolean[]) src;
                for (int i = 0; i < n; i++) Convert.setLong(data, code, pos + i, s[i] ? 1 : 0);
            }
            return n;
        }
    }

    /**
     * Python's {@code int(v)} and the range check NumPy applies when storing a Python float in an
     * integer dtype.
     */
    static void checkPythonFloatToInt(double v, DType to) {
        if (Double.isNaN(v)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        if (v >= 0x1p63 || v < -0x1p63) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        checkPythonIntRange((long) v, to);
    }

    /** A Python int stored in uint8/int32 must fit, else NumPy's OverflowError. */
    static void checkPythonIntRange(long v, DType to) {
        if (to != DType.UINT8 && to != DType.INT32) {
            return;
        }
        if (v < lowest(to) || v > highest(to)) {
            throw new OverflowError("Python integer " + v + " out of bounds for " + to.numpyName());
        }
    }
}
