package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of indexing against NumPy ({@code src/test/python/gen_indexing.py}): every case in
 * {@code golden/indexing/cases.tsv} runs as one dynamic test.
 */
class IndexingTest {
    private static final Golden G = Golden.area("indexing");

    /** Builds the Java index of a spec: {@code $name} arrays, True/False, the rest as NumPy strings. */
    private static Object[] index(String c, String spec) {
        List<Object> out = new ArrayList<>();
        for (String tok : spec.split(",")) {
            String t = tok.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("$")) {
                out.add(G.load(c, t.substring(1)));
            } else if (t.equals("True") || t.equals("False")) {
                out.add(Boolean.valueOf(t));
            } else {
                out.add(t);
            }
        }
        return out.toArray();
    }

    private static boolean isPlainString(String spec) {
        return !spec.contains("$") && !spec.contains("True") && !spec.contains("False");
    }

    /** A value spec: {@code $v} an array, {@code #literal} a Java scalar as the Python one. */
    static Object value(String c, String spec) {
        if (spec.startsWith("$")) {
            return G.load(c, spec.substring(1));
        }
        return literal(spec.substring(1));
    }

    static Object literal(String s) {
        switch (s) {
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "None": return null;
            case "nan": return Double.NaN;
            default:
        }
        if (s.contains(".") || s.contains("e") || s.contains("inf")) {
            return Double.parseDouble(s);
        }
        return Long.parseLong(s);
    }

    private static String pythonType(String t) {
        return t.equals("UFuncTypeError") ? "TypeError" : t;
    }

    @TestFactory
    List<DynamicTest> golden() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, String[]> errors = new HashMap<>();
        for (String[] l : G.lines()) {
            if (l[0].equals("error")) {
                errors.put(l[1], l);
            }
        }
        for (String[] l : G.lines()) {
            String kind = l[0];
            String c = l[1];
            switch (kind) {
                case "get":
                    tests.add(DynamicTest.dynamicTest(c, () -> checkGet(c, l[2])));
                    break;
                case "set":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray x = G.load(c, "x");
                        x.set(value(c, l[3]), index(c, l[2]));
                        Golden.assertSame(G.load(c, "out"), x, c);
                        if (isPlainString(l[2])) {
                            NDArray y = G.load(c, "x");
                            y.set(value(c, l[3]), l[2]);
                            Golden.assertSame(G.load(c, "out"), y, c + " (string)");
                        }
                    }));
                    break;
                case "iop":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray x = G.load(c, "x");
                        inplace(x.at(index(c, l[2])), l[3], value(c, l[4]));
                        Golden.assertClose(G.load(c, "out"), x, 0, c);
                    }));
                    break;
                case "at":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray x = G.load(c, "x");
                        Object[] ix = index(c, l[2]);
                        Object v = value(c, l[4]);
                        switch (l[3]) {
                            case "add": np.add_at(x, ix, v); break;
                            case "subtract": np.subtract_at(x, ix, v); break;
                            case "multiply": np.multiply_at(x, ix, v); break;
                            case "maximum": np.maximum_at(x, ix, v); break;
                            case "minimum": np.minimum_at(x, ix, v); break;
                            default: fail(l[3]);
                        }
                        Golden.assertSame(G.load(c, "out"), x, c);
                    }));
                    break;
                case "errcall":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        String[] e = errors.get(c);
                        NDArray x = G.load(c, "x");
                        expectError(pythonType(e[2]), e[3], () -> {
                            Object[] ix = index(c, l[3]);
                            switch (l[2]) {
                                case "get": x.get(ix); break;
                                case "set": x.set(value(c, l[4]), ix); break;
                                default: x.at(ix).addi(value(c, l[4]));
                            }
                        });
                    }));
                    break;
                case "where1":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray[] r = np.where(G.load(c, "c"));
                        Golden.assertSame(G.load(c, "r0"), r[0], c);
                        Golden.assertSame(G.load(c, "r1"), r[1], c);
                    }));
                    break;
                case "nonzero":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray[] r = G.load(c, "a").nonzero();
                        assertEquals(Integer.parseInt(l[2]), r.length);
                        for (int i = 0; i < r.length; i++) {
                            Golden.assertSame(G.load(c, "r" + i), r[i], c);
                        }
                    }));
                    break;
                case "where3":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray r = np.where(G.load(c, "c"), value(c, l[2]), value(c, l[3]));
                        Golden.assertSame(G.load(c, "r"), r, c);
                    }));
                    break;
                case "clip":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray r = np.clip(G.load(c, "a"), bound(c, l[2]), bound(c, l[3]));
                        Golden.assertSame(G.load(c, "r"), r, c);
                    }));
                    break;
                case "errclip":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        String[] e = errors.get(c);
                        expectError(e[2], e[3], () -> np.clip(G.load(c, "a"), bound(c, l[2]), bound(c, l[3])));
                    }));
                    break;
                case "pad":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray a = G.load(c, "a");
                        int[][] w = widths(l[2]);
                        Object v = literal(l[3]);
                        NDArray r = v instanceof Double ? np.pad(a, w, (Double) v) : np.pad(a, w, (Long) v);
                        Golden.assertSame(G.load(c, "r"), r, c);
                    }));
                    break;
                case "errpad":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        String[] e = errors.get(c);
                        expectError(e[2], e[3], () -> np.pad(G.load(c, "a"), widths(l[2])));
                    }));
                    break;
                case "take":
                case "errtake":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray a = G.load(c, "a");
                        NDArray i = G.load(c, "i");
                        Runnable run = () -> {
                            NDArray r = l[2].equals("None") ? np.take(a, i) : np.take(a, i, Integer.parseInt(l[2]));
                            Golden.assertSame(G.load(c, "r"), r, c);
                        };
                        if (kind.equals("take")) {
                            run.run();
                        } else {
                            String[] e = errors.get(c);
                            expectError(e[2], e[3], run);
                        }
                    }));
                    break;
                case "sort":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray a = G.load(c, "a");
                        Integer axis = l[2].equals("None") ? null : Integer.valueOf(l[2]);
                        Golden.assertSame(G.load(c, "r"), np.sort(a, axis, l[3]), c + " sort");
                        Golden.assertSame(G.load(c, "ar"), np.argsort(a, axis, l[3]), c + " argsort");
                        Golden.assertSame(G.load(c, "a"), a, c + " input unchanged");
                        if (axis != null) {
                            NDArray b = a.copy();
                            b.sort(axis);
                            Golden.assertSame(G.load(c, "r"), b, c + " in place");
                        }
                    }));
                    break;
                case "nditer":
                    tests.add(DynamicTest.dynamicTest(c, () -> checkNditer(c)));
                    break;
                case "iteraxis0":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        NDArray x = G.load(c, "x");
                        for (NDArray row : x.iterAxis0()) {
                            row.muli(2L);
                            row.setDouble(-1, 0, 0);
                        }
                        Golden.assertSame(G.load(c, "after"), x, c);
                    }));
                    break;
                case "parse":
                    tests.add(DynamicTest.dynamicTest("parse " + l[2], () -> {
                        Golden.assertSame(G.load(c, "res"), G.load(c, "x").get(l[2]), "x[" + l[2] + "]");
                        Golden.assertSame(G.load(c, "res"), G.load(c, "x").get(Index.parse(l[2])), "x[" + l[2] + "]");
                    }));
                    break;
                case "badparse":
                    tests.add(DynamicTest.dynamicTest("bad parse '" + c + "'", () -> {
                        String src = c.equals("<empty>") ? "" : c;
                        NDArray x = NDArray.allocate(DType.FLOAT64, new int[] {4, 5, 6});
                        try {
                            x.get(src);
                            fail("Python rejects x[" + src + "]; zeroj accepted it");
                        } catch (ValueError e) {
                            assertTrue(e.getMessage().startsWith("malformed index \"" + src + "\" at column "), e.getMessage());
                        }
                    }));
                    break;
                case "api":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        java.util.function.Function<NDArray, NDArray> f = API.get(c);
                        assertTrue(f != null, "no zeroj call for api case " + c);
                        Golden.assertSame(G.load(c, "r"), f.apply(G.has(c, "a") ? G.load(c, "a") : null), c);
                    }));
                    break;
                case "errapi":
                    tests.add(DynamicTest.dynamicTest(c, () -> {
                        Runnable r = ERRORS.get(c);
                        assertTrue(r != null, "no zeroj call for error case " + c);
                        String[] e = errors.get(c);
                        expectError(pythonType(e[2]), e[3], r);
                    }));
                    break;
                case "sortbits":
                    tests.add(DynamicTest.dynamicTest(c + " bitwise", () -> {
                        NDArray a = G.load(c, "a");
                        NDArray r = G.load(c, "r");
                        String[] line = sortLine(c);
                        Integer axis = line[2].equals("None") ? null : Integer.valueOf(line[2]);
                        assertBitwise(r, np.sort(a, axis, line[3]), c + " sort");
                        NDArray b = a.copy();
                        b.sort(axis == null ? -1 : axis);
                        assertBitwise(r, b, c + " in place");
                    }));
                    break;
                case "error":
                    break;
                default:
                    fail("unknown case kind " + kind);
            }
        }
        return tests;
    }

    private static String[] sortLine(String c) {
        for (String[] l : G.lines()) {
            if (l[0].equals("sort") && l[1].equals(c)) {
                return l;
            }
        }
        throw new AssertionError("no sort line for " + c);
    }

    /** Equal dtype, shape and every element's bits (so 0.0 and -0.0 differ; NaNs compare as NaN). */
    private static void assertBitwise(NDArray expected, NDArray actual, String what) {
        Golden.assertSame(expected, actual, what);
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(Double.doubleToLongBits(e[i]), Double.doubleToLongBits(a[i]),
                    what + ": element " + i + " expected " + e[i] + " got " + a[i]);
        }
    }

    /** The zeroj call of every {@code api} case: the argument is {@code <case>.a} if saved. */
    private static final Map<String, java.util.function.Function<NDArray, NDArray>> API = new HashMap<>();
    /** The zeroj call of every {@code errapi} case, mirroring the Python lambda in gen_indexing.py. */
    private static final Map<String, Runnable> ERRORS = new HashMap<>();

    private static NDArray i32(long... v) {
        return np.array(v).astype(DType.INT32);
    }

    static {
        API.put("argsort_0d", a -> np.argsort(a));
        API.put("argsort_0d_axis0", a -> np.argsort(a, 0));
        API.put("argsort_0d_flat", a -> np.argsort(a, (Integer) null));
        API.put("sort_0d_flat", a -> np.sort(a, (Integer) null));

        int[][] one = {{1}};
        NDArray e2 = np.arange(6.0).reshape(2, 3);
        ERRORS.put("at_basic_bool_subtract", () -> np.subtract_at(np.zeros(new int[] {3}, DType.BOOL), Index.slice(0, 2), true));
        ERRORS.put("at_basic_not_broadcastable", () -> np.add_at(np.zeros(new int[] {3}, DType.INT64), Index.slice(0, 2), np.ones(3)));
        ERRORS.put("pad_int32_big", () -> np.pad(np.ones(new int[] {2}, DType.INT32), one, 1L << 40));
        ERRORS.put("pad_int32_float_big", () -> np.pad(np.ones(new int[] {2}, DType.INT32), one, 1e10));
        ERRORS.put("pad_int64_nan", () -> np.pad(np.ones(new int[] {2}, DType.INT64), one, Double.NaN));
        ERRORS.put("pad_int64_inf", () -> np.pad(np.ones(new int[] {2}, DType.INT64), one, Double.POSITIVE_INFINITY));
        ERRORS.put("pad_int64_1e30", () -> np.pad(np.ones(new int[] {2}, DType.INT64), one, 1e30));
        ERRORS.put("pad_width_none_row", () -> np.pad(np.ones(2), new int[][] {null}));
        ERRORS.put("pad_width_none", () -> np.pad(np.ones(2), (int[][]) null));
        ERRORS.put("argsort_0d_axis1", () -> np.argsort(np.array(3.0), 1));
        ERRORS.put("sort_0d", () -> np.sort(np.array(3.0)));
        ERRORS.put("nditer_readonly", () -> np.nditer(np.zeros(1).broadcastTo(3)));
        ERRORS.put("nditer_readonly_empty", () -> np.nditer(np.zeros(0).broadcastTo(0)));
        ERRORS.put("nonzero_0d", () -> np.nonzero(np.array(3L)));
        ERRORS.put("take_float_index", () -> np.take(np.arange(3L), np.array(new double[] {1.0})));
        ERRORS.put("take_float32_index", () -> np.take(np.arange(3L), np.array(new float[] {1.0f})));
        ERRORS.put("clip_out_both", () -> np.clip(i32(0, 1, 2), 0.5, 1L, np.zeros(new int[] {3}, DType.INT32)));
        ERRORS.put("clip_out_both_float", () -> np.clip(np.arange(3.0), 0L, 1L, np.zeros(new int[] {3}, DType.INT32)));
        ERRORS.put("clip_out_min", () -> np.clip(i32(0, 1, 2), 0.5, null, np.zeros(new int[] {3}, DType.INT32)));
        ERRORS.put("clip_out_max", () -> np.clip(i32(0, 1, 2), null, 1.5, np.zeros(new int[] {3}, DType.INT32)));
        ERRORS.put("clip_out_none", () -> np.clip(np.arange(3.0), null, null, np.zeros(new int[] {3}, DType.INT32)));
        ERRORS.put("clip_out_shape", () -> np.clip(np.ones(4), 0L, 1L, np.zeros(3)));
        ERRORS.put("clip_none_out_shape", () -> np.clip(np.ones(4), null, null, np.zeros(3)));
        ERRORS.put("clip_none_bool", () -> np.clip(np.array(new boolean[] {true, false}), null, null));
        ERRORS.put("oob_2p40_long", () -> np.arange(3.0).get(1L << 40));
        ERRORS.put("oob_2p40_long_axis1", () -> e2.get(1L, 1L << 40));
        ERRORS.put("sort_kind_empty", () -> np.sort(np.arange(3.0), -1, ""));
        ERRORS.put("sort_kind_x", () -> np.sort(np.arange(3.0), -1, "x"));
        ERRORS.put("argsort_kind_z", () -> np.argsort(np.arange(3.0), -1, "zap"));
    }

    private static Object bound(String c, String spec) {
        if (spec.equals("None")) {
            return null;
        }
        return value(c, spec);
    }

    private static int[][] widths(String s) {
        String[] rows = s.split(";");
        int[][] w = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(",");
            w[i] = new int[f.length];
            for (int j = 0; j < f.length; j++) {
                w[i][j] = Integer.parseInt(f[j].trim());
            }
        }
        return w;
    }

    private static void inplace(Selection s, String op, Object v) {
        switch (op) {
            case "add": s.addi(v); break;
            case "subtract": s.subi(v); break;
            case "multiply": s.muli(v); break;
            case "divide": s.divi(v); break;
            default: fail(op);
        }
    }

    private static void checkGet(String c, String spec) {
        NDArray res = G.load(c, "res");
        List<NDArray> results = new ArrayList<>();
        List<NDArray> sources = new ArrayList<>();
        NDArray x1 = G.load(c, "x");
        results.add(x1.get(index(c, spec)));
        sources.add(x1);
        NDArray x2 = G.load(c, "x");
        results.add(x2.at(index(c, spec)).get());
        sources.add(x2);
        if (isPlainString(spec)) {
            NDArray x3 = G.load(c, "x");
            results.add(x3.get(spec));
            sources.add(x3);
            NDArray x4 = G.load(c, "x");
            results.add(x4.get(Index.parse(spec)));
            sources.add(x4);
        }
        for (int k = 0; k < results.size(); k++) {
            NDArray r = results.get(k);
            Golden.assertSame(res, r, c + " form " + k);
            if (G.has(c, "xw")) {
                // views vs copies: write through the result, the source must change exactly as NumPy's
                r.assign(G.load(c, "wv"));
                Golden.assertSame(G.load(c, "xw"), sources.get(k), c + " form " + k + " after writing through the result");
            }
        }
    }

    private static void checkNditer(String c) {
        NDArray x = G.load(c, "x");
        NDArray grad = np.zeros_like(x);
        NDArray order = G.load(c, "order");
        double h = 1e-4;
        NDIter it = np.nditer(x);
        int k = 0;
        while (!it.finished()) {
            int[] idx = it.multiIndex();
            assertArrayEquals(new int[] {(int) order.getLong(k, 0), (int) order.getLong(k, 1)}, idx, "multi_index " + k);
            double tmp = x.getDouble(idx);
            it.setDouble(tmp + h);
            double f1 = sumSquares(x);
            x.setDouble(tmp - h, idx);
            double f2 = sumSquares(x);
            grad.setDouble((f1 - f2) / (2 * h), idx);
            it.setDouble(tmp);
            assertEquals(tmp, it.getDouble());
            it.iternext();
            k++;
        }
        assertEquals(x.size(), k);
        Golden.assertSame(G.load(c, "grad"), grad, c + " grad");
        Golden.assertSame(G.load(c, "after"), x, c + " x restored");
        // Java style visits the same indices
        NDIter j = np.nditer(x);
        k = 0;
        while (j.hasNext()) {
            int[] idx = j.next();
            assertEquals(order.getLong(k, 0), idx[0]);
            assertEquals(order.getLong(k, 1), idx[1]);
            k++;
        }
        assertEquals(x.size(), k);
        assertFalse(j.hasNext());
    }

    /** sum(x ** 2) in C order; for 6 elements NumPy's pairwise sum is this sequential sum. */
    private static double sumSquares(NDArray x) {
        double s = 0;
        for (double v : x.toDoubleArray()) {
            s += v * v;
        }
        return s;
    }

    static void expectError(String type, String message, Runnable r) {
        try {
            r.run();
        } catch (ZerojException e) {
            String actual = e.getClass().getSimpleName();
            assertEquals(type, actual, "exception type for: " + e.getMessage());
            assertEquals(message, e.getMessage());
            return;
        }
        fail("expected " + type + ": " + message);
    }

    /** Guards against an empty or unreadable golden folder. */
    @org.junit.jupiter.api.Test
    void goldenCasesArePresent() {
        assertTrue(G.lines().size() > 200, "golden cases.tsv too small");
    }
}
