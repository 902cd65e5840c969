package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.np;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The two operations the book's layers need beyond Conv: the matrix product and a column sum.
 * zeroj's own {@code np.dot} (issue 4, branch gemm) and {@code NDArray.sum(axis)} (branch
 * reductions) are used as soon as they exist on the class path (found by reflection, so this module
 * builds either way); until then a clearly slow TEMPORARY fallback stands in, and
 * {@link #describe()} says so in every report.
 */
public final class Ops {
    private static final MethodHandle DOT_OUT = findDotOut();
    private static final MethodHandle DOT = findDot2();
    private static final boolean SUM = probeSum();

    private Ops() {}

    /** Which implementations are in use, for reports. */
    public static String describe() {
        String d = DOT_OUT != null ? "np.dot(a,b[,out])" : DOT != null ? "np.dot(a,b)" : "TEMPORARY naive matmul (np.dot not yet in zeroj)";
        return d + "; " + (SUM ? "NDArray.sum(0)" : "TEMPORARY column sum (reductions not yet in zeroj)");
    }

    /** Whether zeroj's own {@code np.dot} is available. */
    public static boolean hasDot() {
        return DOT_OUT != null || DOT != null;
    }

    private static MethodHandle find(String name, MethodType t) {
        try {
            return MethodHandles.publicLookup().findStatic(np.class, name, t);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    private static MethodHandle findDotOut() {
        MethodType want = MethodType.methodType(NDArray.class, NDArray.class, NDArray.class, NDArray.class);
        MethodHandle h = find("dot", want);
        if (h == null) {
            h = find("dot", MethodType.methodType(NDArray.class, Object.class, Object.class, NDArray.class));
            if (h != null) {
                h = h.asType(want);
            }
        }
        return h;
    }

    private static MethodHandle findDot2() {
        MethodHandle h = find("dot", MethodType.methodType(NDArray.class, NDArray.class, NDArray.class));
        if (h == null) {
            h = find("dot", MethodType.methodType(NDArray.class, Object.class, Object.class));
            if (h != null) {
                h = h.asType(MethodType.methodType(NDArray.class, NDArray.class, NDArray.class));
            }
        }
        return h;
    }

    private static boolean probeSum() {
        try {
            Data.randn(DType.FLOAT64, 1, 2, 2).sum(0);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * {@code a · b} for 2-D operands; written into {@code out} (C-contiguous (m, n); may be null)
     * when zeroj's {@code np.dot(a, b, out)} exists, otherwise a new array. Returns the product.
     */
    public static NDArray dot(NDArray a, NDArray b, NDArray out) {
        try {
            if (DOT_OUT != null && out != null) {
                return (NDArray) DOT_OUT.invokeExact(a, b, out);
            }
            if (DOT != null) {
                return (NDArray) DOT.invokeExact(a, b);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return tempDot(a, b);
    }

    /** {@code a.sum(axis=0)} of a 2-D array. */
    public static NDArray sum0(NDArray a) {
        if (SUM) {
            return a.sum(0);
        }
        // TEMPORARY until reductions land: row-by-row accumulation (NumPy's order for axis 0)
        int m = a.shape(0), n = a.shape(1);
        double[] v = a.toDoubleArray();
        double[] s = new double[n];
        if (a.dtype() == DType.FLOAT32) {
            float[] f = new float[n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    f[j] += (float) v[i * n + j];
                }
            }
            for (int j = 0; j < n; j++) {
                s[j] = f[j];
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    s[j] += v[i * n + j];
                }
            }
        }
        return fromDoubles(s, a.dtype(), n);
    }

    /** TEMPORARY (until np.dot lands): copies both operands and multiplies in i-k-j order. Slow; not a measurement of zeroj. */
    private static NDArray tempDot(NDArray a, NDArray b) {
        int m = a.shape(0), k = a.shape(1), n = b.shape(1);
        double[] x = a.toDoubleArray();
        double[] y = b.toDoubleArray();
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double xv = x[i * k + p];
                int yo = p * n, co = i * n;
                for (int j = 0; j < n; j++) {
                    c[co + j] += xv * y[yo + j];
                }
            }
        }
        return fromDoubles(c, a.dtype(), m, n);
    }

    private static NDArray fromDoubles(double[] v, DType dtype, int... shape) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.nativeOrder());
        b.asDoubleBuffer().put(v);
        return np.frombuffer(b, DType.FLOAT64).astype(dtype).reshape(shape);
    }
}
