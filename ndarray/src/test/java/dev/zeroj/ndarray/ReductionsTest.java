package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reductions against NumPy's golden results ({@code gen_reductions.py}): every result compared bit
 * for bit (dtype, shape, values; NaN equal NaN), every error by exception type and message.
 */
class ReductionsTest {
    private static final Golden G = Golden.area("reductions");

    private static NDArray view(NDArray a, String v) {
        switch (v) {
            case "c": return a;
            case "T": return a.T();
            case "s2": return a.get(Index.ELLIPSIS, Slice.of(null, null, 2));
            case "rev": return a.get(Slice.of(null, null, -1));
            case "rev2": return a.get(Index.ELLIPSIS, Slice.of(null, null, -2));
            default: throw new IllegalArgumentException(v);
        }
    }

    private static int[] axes(String s) {
        if (s.equals("None")) {
            return null;
        }
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }

    private static NDArray call(String fn, NDArray x, int[] ax, boolean kd, NDArray w) {
        switch (fn) {
            case "argmax":
            case "argmin":
                return Reductions.arg(fn.equals("argmax"), x, ax == null ? null : ax[0], kd);
            case "average":
                return Reductions.average(x, ax == null ? null : ax[0], w);
            default:
                return Reductions.reduce(Reductions.Kind.valueOf(fn.toUpperCase()), x, ax, kd);
        }
    }

    private static Class<? extends Throwable> type(String numpyName) {
        switch (numpyName) {
            case "ValueError": return ValueError.class;
            case "AxisError": return AxisError.class;
            case "TypeError": return TypeError.class;
            case "ZeroDivisionError": return ValueError.class; // zeroj has no ZeroDivisionError (see np.average)
            default: throw new IllegalArgumentException(numpyName);
        }
    }

    private static int[] shape(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }

    /** The expected result: elements [offset, offset + size) of the dtype's pack, reshaped. */
    private static NDArray expected(Map<String, NDArray> packs, String dtype, String shape, String offset) {
        NDArray pack = packs.computeIfAbsent(dtype, d -> G.load("out_" + d, "x"));
        int[] sh = shape(shape);
        int n = 1;
        for (int d : sh) {
            n *= d;
        }
        int off = Integer.parseInt(offset);
        return pack.get(Slice.of(off, off + n, null)).reshape(sh);
    }

    /** Float results must also agree in the sign of zero (NaN payloads are not compared). */
    private static void assertBits(NDArray e, NDArray a, String what) {
        Golden.assertSame(e, a, what);
        if (!e.dtype().isFloat()) {
            return;
        }
        double[] ev = e.toDoubleArray();
        double[] av = a.toDoubleArray();
        for (int i = 0; i < ev.length; i++) {
            if (!Double.isNaN(ev[i]) && Double.doubleToRawLongBits(ev[i]) != Double.doubleToRawLongBits(av[i])) {
                fail(what + ": element " + i + " expected " + ev[i] + " got " + av[i]);
            }
        }
    }

    @Test
    void goldenCases() {
        Map<String, String> weights = new HashMap<>();
        Map<String, String[]> errors = new HashMap<>();
        Map<String, String[]> derived = new HashMap<>();
        List<String[]> cases = new ArrayList<>();
        for (String[] l : G.lines()) {
            switch (l[0]) {
                case "case": cases.add(l); break;
                case "weights": weights.put(l[1], l[2]); break;
                case "error": errors.put(l[1], l); break;
                case "input": derived.put(l[1], l); break;
                default: fail("unknown line " + l[0]);
            }
        }
        Map<String, NDArray> inputs = new HashMap<>();
        Map<String, NDArray> packs = new HashMap<>();
        Map<String, NDArray> bases = new HashMap<>();
        java.util.function.Function<String, NDArray> input = k -> {
            String[] d = derived.get(k);
            if (d == null) {
                return G.load(k, "x");
            }
            NDArray base = bases.computeIfAbsent(d[2], b -> G.load(b, "x"));
            return base.get(Slice.of(0, Integer.parseInt(d[3]), null)).reshape(shape(d[4]));
        };
        int values = 0;
        int errs = 0;
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            String name = c[1];
            String fn = c[2];
            NDArray x = view(inputs.computeIfAbsent(c[3], input), c[4]);
            int[] ax = axes(c[5]);
            boolean kd = Boolean.parseBoolean(c[6].toLowerCase());
            NDArray w = weights.containsKey(name) ? G.load(weights.get(name), "x") : null;
            String what = name + " " + fn + "(" + c[3] + "." + c[4] + ", axis=" + c[5] + ", keepdims=" + kd + ")";
            try {
                if (errors.containsKey(name)) {
                    String[] e = errors.get(name);
                    Throwable t = assertThrows(type(e[2]), () -> call(fn, x, ax, kd, w), what);
                    assertEquals(e[3], t.getMessage(), what);
                    errs++;
                } else {
                    assertEquals(10, c.length, what + ": case line without a result");
                    assertBits(expected(packs, c[7], c[8], c[9]), call(fn, x, ax, kd, w), what);
                    values++;
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(what + ": " + String.valueOf(e.getMessage()).split("\n")[0]);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases failed:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertTrue(values > 6000 && errs > 100, values + " value cases, " + errs + " error cases");
    }

    private static NDArray random(DType t, int seed, int... shape) {
        Random r = new Random(seed);
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return np.array(v).reshape(shape).astype(t);
    }

    private static void sameForThreads(String what, Supplier<NDArray> f) {
        int saved = Parallel.threads();
        try {
            Parallel.setThreads(1);
            NDArray one = f.get();
            for (int t : new int[] {2, 3}) {
                Parallel.setThreads(t);
                NDArray many = f.get();
                assertTrue(java.util.Arrays.equals(one.tobytes(), many.tobytes()), what + ": " + t + " threads differ from 1");
            }
        } finally {
            Parallel.setThreads(saved);
        }
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        NDArray f32 = random(DType.FLOAT32, 1, 400_003);
        NDArray f64 = random(DType.FLOAT64, 2, 300, 1001);
        NDArray f16 = random(DType.FLOAT16, 3, 200_000);
        NDArray i64 = random(DType.FLOAT64, 4, 250_000).mul(1e12).astype(DType.INT64);
        sameForThreads("f32 sum", () -> f32.sum());
        sameForThreads("f32 mean", () -> f32.mean());
        sameForThreads("f32 strided sum", () -> f32.get(Slice.of(null, null, 3)).sum());
        sameForThreads("f64 sum", () -> f64.sum());
        sameForThreads("f64 sum axis 0", () -> f64.sum(0));
        sameForThreads("f64 sum axis 1", () -> f64.sum(1));
        sameForThreads("f64 T sum", () -> f64.T().sum());
        sameForThreads("f64 var", () -> f64.var());
        sameForThreads("f16 sum", () -> f16.sum());
        sameForThreads("f16 mean", () -> f16.mean());
        sameForThreads("i64 sum", () -> i64.sum());
        sameForThreads("i64 mean", () -> i64.mean());
        sameForThreads("i64 max", () -> i64.max());
        sameForThreads("f32 max", () -> f32.max());
        NDArray f32m = random(DType.FLOAT32, 5, 700, 300);
        NDArray i64m = random(DType.FLOAT64, 6, 500, 300).mul(1e6).astype(DType.INT64);
        sameForThreads("f32 sum axis 0", () -> f32m.sum(0));
        sameForThreads("f32 max axis 0", () -> f32m.max(0));
        sameForThreads("f32 mean axis 0", () -> f32m.mean(0));
        sameForThreads("f64 var axis 0", () -> f64.var(0));
        sameForThreads("f32 argmax axis 0", () -> f32m.argmax(0));
        sameForThreads("f32 argmax axis 1", () -> f32m.argmax(1));
        sameForThreads("f32 argmin", () -> f32.argmin());
        sameForThreads("f64 argmax", () -> f64.argmax());
        sameForThreads("i64 argmax axis 0", () -> i64m.argmax(0));
        sameForThreads("i64 argmin", () -> i64.argmin());
        NDArray wide = random(DType.FLOAT64, 7, 200, 2100);
        sameForThreads("f64 sum axis 0, several row pieces", () -> wide.sum(0));
        sameForThreads("f64 max axis 0, several row pieces", () -> wide.max(0));
        sameForThreads("f64 argmin axis 0, several row pieces", () -> wide.argmin(0));
    }

    @Test
    void publicApi() {
        NDArray x = np.array(new double[] {1, 2, 3, 4, 5, 6}).reshape(2, 3);
        assertEquals(21.0, x.sum().doubleValue());
        assertEquals(0, x.sum().ndim());
        Golden.assertSame(np.array(new double[] {6, 15}), x.sum(1), "sum(1)");
        Golden.assertSame(np.array(new double[] {5, 7, 9}).reshape(1, 3), x.sum(new int[] {0}, true), "sum keepdims");
        Golden.assertSame(np.sum(x, -1), x.sum(1), "np.sum");
        assertEquals(2L, x.argmax(1).getLong(0));
        assertEquals(5L, np.argmax(x).longValue());
        assertEquals(3.5, np.mean(x).doubleValue());
        assertEquals(6.0, np.max(x).doubleValue());
        assertEquals(1.0, np.min(x).doubleValue());
        assertEquals(720.0, np.prod(x).doubleValue());
        assertEquals(true, np.all(x).booleanValue());
        NDArray b = np.array(new boolean[] {true, false, true});
        assertEquals(DType.INT64, b.sum().dtype());
        assertEquals(2L, b.sum().longValue());
        assertThrows(ValueError.class, () -> x.sum(new int[] {1, 1}, false));
        assertThrows(AxisError.class, () -> x.sum(2));
    }
}
