package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.kernel.Half;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Array creation: from Java values ({@link Coercion}), ranges ({@code arange}, {@code linspace},
 * {@code logspace}), {@code eye}, {@code meshgrid}; the joins live in {@link Joins}.
 *
 * <p>Ranges reproduce NumPy's arithmetic step by step, so the values are bit-identical to NumPy's.
 */
final class Creation {
    private Creation() {}

    static NDArray asarray(Object obj) {
        if (obj instanceof NDArray) {
            return (NDArray) obj;
        }
        return array(obj, null);
    }

    /** {@code np.array(obj, dtype)}: see {@link Coercion}. Always a copy; {@code dtype} null = discovered. */
    static NDArray array(Object obj, DType dtype) {
        return Coercion.array(obj, dtype);
    }

    static NDArray frombuffer(java.nio.ByteBuffer buffer, DType dtype) {
        java.nio.ByteBuffer b = buffer.duplicate().order(buffer.order());
        int bytes = b.remaining();
        int item = dtype.itemSize();
        if (bytes % item != 0) {
            throw new ValueError("buffer size must be a multiple of element size");
        }
        int n = bytes / item;
        NDArray out = NDArray.allocate(dtype, new int[] {n});
        Object d = out.data;
        switch (dtype) {
            case BOOL: {
                boolean[] v = (boolean[]) d;
                for (int i = 0; i < n; i++) {
                    v[i] = b.get() != 0;
                }
                break;
            }
            case UINT8: b.get((byte[]) d); break;
            case INT32: b.asIntBuffer().get((int[]) d); break;
            case INT64: b.asLongBuffer().get((long[]) d); break;
            case FLOAT16: b.asShortBuffer().get((short[]) d); break;
            case FLOAT32: b.asFloatBuffer().get((float[]) d, out.offset, n); break;
            default: b.asDoubleBuffer().get((double[]) d, out.offset, n);
        }
        return out;
    }


    /**
     * {@code np.arange(start, stop, step)} for Python ints: int64. The length is
     * {@code ceil((stop - start) / step)} with Python's correctly rounded true division; the values
     * are {@code start + i*(next - start)} with {@code next = start + step}, as NumPy's fill computes them.
     */
    static NDArray arange(long start, long stop, long step) {
        if (step == 0) {
            throw new ValueError("division by zero");
        }
        double q = trueDivide(start, stop, step);
        int n = arangeLength(q, stop != start);
        NDArray out = NDArray.allocate(DType.INT64, new int[] {n});
        long[] v = (long[]) out.data;
        if (n > 0) {
            v[0] = start;
        }
        if (n > 1) {
            long delta = (start + step) - start;
            for (int i = 1; i < n; i++) {
                v[i] = start + i * delta;
            }
        }
        return out;
    }

    /** Python's {@code (stop - start) / step} for ints: the exact quotient rounded once to double. */
    private static double trueDivide(long start, long stop, long step) {
        long diff = stop - start;
        boolean diffExact = ((stop ^ start) & (stop ^ diff)) >= 0; // no overflow
        if (diffExact && Math.abs(diff) < (1L << 53) && Math.abs(step) < (1L << 53)) {
            return (double) diff / (double) step; // both exact: IEEE division rounds once
        }
        BigDecimal d = BigDecimal.valueOf(stop).subtract(BigDecimal.valueOf(start));
        return d.divide(BigDecimal.valueOf(step), new MathContext(60)).doubleValue();
    }

    /**
     * NumPy's length rule for {@code q = (stop - start) / step}: an underflowed quotient of a
     * non-empty interval counts as 1 (or 0 if negative), otherwise {@code ceil(q)}, clamped at 0.
     */
    private static int arangeLength(double q, boolean deltaNonzero) {
        double len;
        if (q == 0.0 && deltaNonzero) {
            len = (Double.doubleToRawLongBits(q) < 0) ? 0 : 1;
        } else {
            len = Math.ceil(q);
            if (Double.isNaN(len)) {
                throw new ValueError("arange: cannot compute length");
            }
            if (!(-0x1p63 <= len && len <= 0x1p63)) {
                throw new ValueError("Maximum allowed size exceeded");
            }
        }
        if (len <= 0) {
            return 0;
        }
        if (len > Integer.MAX_VALUE - 8) {
            throw new ValueError(NDArray.TOO_BIG);
        }
        return (int) len;
    }

    /** {@code np.arange(start, stop, step)} for Python floats: float64. */
    static NDArray arange(double start, double stop, double step) {
        return arange(start, stop, step, DType.FLOAT64);
    }

    /**
     * {@code np.arange(start, stop, step, dtype)} for Python floats: {@code start} and
     * {@code start + step} are stored in {@code dtype} (as NumPy stores Python floats, with its
     * overflow errors for integer types), then the rest is filled as {@code first + i*delta} in
     * {@code dtype}'s arithmetic, {@code delta} being the difference of the two stored values.
     *
     * @throws ValueError for step 0 ({@code float division by zero}; ZeroDivisionError in NumPy),
     *     a NaN length or a length beyond the index range
     * @throws TypeError for bool with more than 2 values
     */
    static NDArray arange(double start, double stop, double step, DType dtype) {
        double delta = stop - start;
        if (step == 0.0) {
            throw new ValueError("float division by zero");
        }
        int n = arangeLength(delta / step, delta != 0.0);
        NDArray out = NDArray.allocate(dtype, new int[] {n});
        if (n == 0) {
            return out;
        }
        if (dtype == DType.BOOL && n > 2) {
            throw new TypeError("arange() is only supported for booleans when the result has at most length 2.");
        }
        storePythonFloat(out, 0, start);
        if (n == 1) {
            return out;
        }
        storePythonFloat(out, 1, start + step);
        if (n > 2) {
            fill(out, n);
        }
        return out;
    }

    /** NumPy's {@code setitem} of a Python float into element {@code i}. */
    private static void storePythonFloat(NDArray out, int i, double v) {
        if (out.dtype.isInteger()) {
            Coercion.checkPythonFloatToInt(v, out.dtype);
        }
        Convert.setDouble(out.data, out.dtype.ordinal(), out.offset + i, v);
    }

    /** NumPy's per-dtype {@code fill}: {@code buf[i] = buf[0] + i*(buf[1] - buf[0])} in the dtype's C arithmetic. */
    private static void fill(NDArray out, int n) {
        final int o = out.offset;
        switch (out.dtype) {
            case FLOAT64: {
                double[] v = (double[]) out.data;
                double s = v[o];
                double d = v[o + 1] - s;
                for (int i = 2; i < n; i++) {
                    v[o + i] = s + i * d;
                }
                break;
            }
            case FLOAT32: {
                float[] v = (float[]) out.data;
                float s = v[o];
                float d = v[o + 1] - s;
                for (int i = 2; i < n; i++) {
                    v[o + i] = s + (float) i * d;
                }
                break;
            }
            case FLOAT16: {
                short[] v = (short[]) out.data;
                float s = Half.toFloat(v[o]);
                float d = Half.toFloat(v[o + 1]) - s;
                for (int i = 2; i < n; i++) {
                    v[o + i] = Half.fromFloat(s + (float) i * d);
                }
                break;
            }
            case INT64: {
                long[] v = (long[]) out.data;
                long s = v[o];
                long d = v[o + 1] - s;
                for (int i = 2; i < n; i++) {
                    v[o + i] = s + i * d;
                }
                break;
            }
            case INT32: {
                int[] v = (int[]) out.data;
                int s = v[o];
                int d = v[o + 1] - s;
                for (int i = 2; i < n; i++) {
                    v[o + i] = (int) (s + (long) i * d);
                }
                break;
            }
            case UINT8: {
                byte[] v = (byte[]) out.data;
                int s = v[o] & 0xFF;
                int d = (v[o + 1] - v[o]) & 0xFF;
                for (int i = 2; i < n; i++) {
                    v[o + i] = (byte) (s + (long) i * d);
                }
                break;
            }
            default:
                throw new AssertionError(out.dtype); // bool never needs more than two values
        }
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint)}, NumPy's float64 algorithm:
     * {@code step = (stop - start) / div}; {@code y = i * step + start} (or {@code i / div * delta}
     * when the step underflows to 0, or {@code i * delta} when {@code div <= 0}); the last value is
     * {@code stop} when {@code endpoint} and {@code num > 1}.
     *
     * @throws ValueError if {@code num} is negative
     */
    static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) {
            throw new ValueError("Number of samples, " + num + ", must be non-negative.");
        }
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {num});
        double[] y = (double[]) out.data;
        final int o = out.offset;
        if (div > 0) {
            double step = delta / div;
            if (step == 0.0) {
                for (int i = 0; i < num; i++) {
                    y[o + i] = ((double) i / div) * delta;
                }
            } else {
                for (int i = 0; i < num; i++) {
                    y[o + i] = i * step;
                }
            }
        } else {
            for (int i = 0; i < num; i++) {
                y[o + i] = i * delta;
            }
        }
        for (int i = 0; i < num; i++) {
            y[o + i] += start;
        }
        if (endpoint && num > 1) {
            y[o + num - 1] = stop;
        }
        return out;
    }

    /** {@code np.logspace}: {@code np.power(base, linspace(start, stop, num, endpoint))}. */
    static NDArray logspace(double start, double stop, int num, boolean endpoint, double base) {
        return np.power(base, linspace(start, stop, num, endpoint));
    }

    /**
     * {@code np.eye(n, m, k, dtype)}: ones on the diagonal {@code k} (above the main one for
     * {@code k > 0}), zeros elsewhere; a diagonal outside the array gives all zeros.
     *
     * @throws ValueError {@code negative dimensions are not allowed}
     */
    static NDArray eye(int n, int m, int k, DType dtype) {
        NDArray out = NDArray.allocate(dtype, new int[] {n, m});
        int code = dtype.ordinal();
        for (int i = Math.max(0, -k); i < n && (long) i + k < m; i++) {
            Convert.setLong(out.data, code, out.offset + i * m + i + k, 1);
        }
        return out;
    }

    /**
     * {@code np.meshgrid(*xi)} with {@code indexing='xy'}, {@code copy=True}: each input flattened,
     * broadcast to shape {@code (len(x1), len(x0), len(x2), ...)} (for one input, its own length) and
     * copied to a new C-contiguous array of its own dtype.
     */
    static NDArray[] meshgrid(NDArray[] xi) {
        int nd = xi.length;
        NDArray[] flat = new NDArray[nd];
        int[] shape = new int[nd];
        int[] axisOf = new int[nd];
        for (int i = 0; i < nd; i++) {
            flat[i] = Views.reshape(xi[i], new int[] {-1});
            axisOf[i] = nd > 1 && i < 2 ? 1 - i : i;
            shape[axisOf[i]] = flat[i].size;
        }
        NDArray[] out = new NDArray[nd];
        for (int i = 0; i < nd; i++) {
            int[] st = new int[nd];
            st[axisOf[i]] = flat[i].strides[0];
            out[i] = Copies.astype(flat[i].view(shape.clone(), st, flat[i].offset), flat[i].dtype);
        }
        return out;
    }

    /** {@code np.concatenate}: see {@link Joins#concatenate}. */
    static NDArray concatenate(NDArray[] arrays, int axis) {
        return Joins.concatenate(arrays, axis);
    }

    /** {@code np.stack}: see {@link Joins#stack}. */
    static NDArray stack(NDArray[] arrays, int axis) {
        return Joins.stack(arrays, axis);
    }
}
