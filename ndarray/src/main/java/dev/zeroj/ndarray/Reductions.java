package dev.zeroj.ndarray;

import dev.zeroj.ndarray.ReduceEngine.Op;
import dev.zeroj.ndarray.internal.iter.ReducePlan;
import dev.zeroj.ndarray.internal.kernel.Half;

/**
 * Reductions over all axes, one axis or several, with keepdims: NumPy's result dtypes, identities,
 * errors and, for float sums, NumPy's summation order (see {@link ReducePlan}), so results match
 * NumPy bit for bit.
 *
 * <p>Result dtypes: sum/prod of bool, uint8, int32, int64 are int64 (NumPy gives uint64 for uint8;
 * zeroj has no uint64); floats keep their dtype (float16 adds in float32 within one inner-loop call
 * and rounds to half after it, as NumPy). mean/var/std of integers and bool are float64, of floats
 * their dtype (float16 mean sums in float32). max/min keep the dtype; all/any are bool; argmax/argmin
 * int64. Every result is an array; a full reduction gives a 0-d array.
 *
 * <p>Signed zeros: float32/float64 max/min let the later of equal elements win, as NumPy's
 * {@code maximum} does ({@code [-0.0, 0.0].max()} is {@code 0.0}); float16 keeps the earlier one, as
 * NumPy's half loops. Known difference: NumPy's SIMD reduction of one contiguous run takes the first
 * element, folds the rest a vector at a time and ends with a horizontal reduction of the lanes and a
 * scalar tail; when the run's length minus one is a non-zero multiple of the vector width (9, 17, ...
 * float64 or 17, 33, ... float32 on AVX-512; 5, 9, ... float64 on AVX2) there is no tail, the lane
 * reduction decides which of the equal zeros is returned, and the sign depends on the CPU (also when
 * the tail holds no zero). zeroj keeps the later-wins rule there; rows folded one by one
 * ({@code max(axis=0)}) and strided runs match NumPy on every CPU.
 *
 * <p>The schedules and the parallel cut are in {@link ReduceEngine}: every output gets NumPy's
 * sequence of operations, so results are identical for every thread count.
 */
final class Reductions {
    /** The reductions. */
    enum Kind { SUM, MEAN, MAX, MIN, PROD, VAR, STD, ALL, ANY }

    private Reductions() {}

    static NDArray reduce(Kind kind, NDArray a, int[] axes, boolean keepdims) {
        if (a.shape.length == 0 && axes != null) {
            for (int x : axes) {
                if (x < -1 || x > 0) {
                    throw new AxisError(x, 0);
                }
            }
            Views.normalizeAxes(axes, 1); // NumPy accepts axis 0 / -1 on a 0-d array
            axes = null;
        }
        boolean[] red = flags(axes, a.shape.length);
        DType t = a.dtype;
        switch (kind) {
            case SUM: return run(Op.SUM, a, red, keepdims, t.isFloat() ? t : DType.INT64, t.isFloat() ? t : DType.INT64);
            case PROD: return run(Op.PROD, a, red, keepdims, t.isFloat() ? t : DType.INT64, t.isFloat() ? t : DType.INT64);
            case MAX: return run(Op.MAX, a, red, keepdims, t, t);
            case MIN: return run(Op.MIN, a, red, keepdims, t, t);
            case ALL: return run(Op.ALL, a, red, keepdims, DType.BOOL, DType.BOOL);
            case ANY: return run(Op.ANY, a, red, keepdims, DType.BOOL, DType.BOOL);
            case MEAN: return mean(a, red, keepdims);
            case VAR: return var(a, red, keepdims);
            case STD: {
                NDArray v = var(a, red, keepdims);
                return Ufuncs.unary(Ufuncs.Op.SQRT, v, v);
            }
            default: throw new AssertionError(kind);
        }
    }

    /**
     * The reduced-axis flags of an {@code ndim}-d array for {@code axes} (all when {@code null}).
     *
     * @throws AxisError for an axis out of range
     * @throws ValueError for a repeated axis
     */
    private static boolean[] flags(int[] axes, int ndim) {
        boolean[] red = new boolean[ndim];
        for (int x : Views.normalizeAxes(axes, ndim)) {
            red[x] = true;
        }
        return red;
    }

    private static NDArray run(Op op, NDArray a, boolean[] red, boolean keepdims, DType acc, DType result) {
        return ReduceEngine.run(op, a, red, keepdims, acc, result);
    }

    /** The number of elements reduced into each output. */
    private static long count(NDArray a, boolean[] red) {
        long n = 1;
        for (int i = 0; i < red.length; i++) {
            if (red[i]) {
                n *= a.shape[i];
            }
        }
        return n;
    }

    /**
     * {@code np.mean}: the sum in float64 (integers, bool), float32 (float16, float32) or float64,
     * divided by the count as {@code numpy/_core/_methods.py _mean} does.
     */
    private static NDArray mean(NDArray a, boolean[] red, boolean keepdims) {
        DType t = a.dtype;
        DType acc = t.isFloat() ? (t == DType.FLOAT16 ? DType.FLOAT32 : t) : DType.FLOAT64;
        NDArray s = run(Op.SUM, a, red, keepdims, acc, acc);
        double n = count(a, red);
        boolean scalar = s.shape.length == 0;
        if (t == DType.FLOAT16) {
            NDArray r = NDArray.allocate(DType.FLOAT16, s.shape);
            float[] src = (float[]) s.data;
            short[] dst = (short[]) r.data;
            for (int i = 0; i < s.size; i++) {
                double q = src[s.offset + i] / n;
                // a 0-d sum is a NumPy scalar: float16(sum / n); an array is divided in place in float32 first
                dst[r.offset + i] = scalar ? Half.fromDouble(q) : Half.fromFloat((float) q);
            }
            return r;
        }
        divideInPlace(s, n);
        return s;
    }

    /** {@code s /= n} as {@code np.true_divide(s, np.intp(n), out=s, casting='unsafe')}. */
    private static void divideInPlace(NDArray s, double n) {
        if (s.dtype == DType.FLOAT64) {
            double[] d = (double[]) s.data;
            for (int i = s.offset; i < s.offset + s.size; i++) {
                d[i] = d[i] / n;
            }
        } else if (s.dtype == DType.FLOAT32) {
            float[] d = (float[]) s.data;
            for (int i = s.offset; i < s.offset + s.size; i++) {
                d[i] = (float) (d[i] / n);
            }
        } else {
            short[] d = (short[]) s.data;
            for (int i = s.offset; i < s.offset + s.size; i++) {
                d[i] = Half.fromDouble(Half.toFloat(d[i]) / n);
            }
        }
    }

    /** {@code np.var} following {@code _methods._var}: mean(abs(x - x.mean())**2), ddof 0. */
    private static NDArray var(NDArray a, boolean[] red, boolean keepdims) {
        DType t = a.dtype;
        DType acc = t.isFloat() ? t : DType.FLOAT64;
        double n = count(a, red);
        NDArray m = run(Op.SUM, a, red, true, acc, acc);
        divideInPlace(m, n);
        // NumPy allocates arr - arrmean in arr's memory order, which decides the order of the second sum
        NDArray x = inMemoryOrder(a, (p, q) -> Ufuncs.binary(Ufuncs.Op.SUBTRACT, p, q, null), m);
        x = Ufuncs.binary(Ufuncs.Op.MULTIPLY, x, x, x);
        NDArray r = run(Op.SUM, x, red, keepdims, acc, acc);
        divideInPlace(r, n);
        return r;
    }

    /** {@code np.argmax}/{@code np.argmin}; see {@link ArgReduce#arg}. */
    static NDArray arg(boolean max, NDArray a, Integer axis, boolean keepdims) {
        return ArgReduce.arg(max, a, axis, keepdims);
    }

    /** {@code np.average}; see {@link ArgReduce#average}. */
    static NDArray average(NDArray a, Integer axis, NDArray weights) {
        return ArgReduce.average(a, axis, weights);
    }

    /** {@code x.sum(axes, dtype=acc)}: the sum computed and returned in {@code acc} (a float type). */
    static NDArray sumAs(NDArray x, int[] axes, DType acc) {
        return run(Op.SUM, x, flags(axes, x.shape.length), false, acc, acc);
    }

    /** Whether any element is zero. */
    static boolean anyZero(NDArray x) {
        for (double v : x.toDoubleArray()) {
            if (v == 0.0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code f(a, b)} for an elementwise {@code f} whose result is C-contiguous, laid out instead in
     * {@code a}'s memory order as NumPy allocates ufunc outputs ({@code order='K'}): both operands are
     * permuted so that {@code a} is in stride order, and the result is permuted back (a view).
     */
    static NDArray inMemoryOrder(NDArray a, java.util.function.BinaryOperator<NDArray> f, NDArray b) {
        int nd = a.shape.length;
        int[] order = ReducePlan.axisOrder(a.shape, a.strides);
        boolean identity = true;
        for (int i = 0; i < nd; i++) {
            identity &= order[i] == i;
        }
        if (identity || b.shape.length != nd) {
            return f.apply(a, b);
        }
        NDArray r = f.apply(Views.transpose(a, order), Views.transpose(b, order));
        int[] inv = new int[nd];
        for (int i = 0; i < nd; i++) {
            inv[order[i]] = i;
        }
        return Views.transpose(r, inv);
    }
}
