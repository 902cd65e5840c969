package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Golden tests of arange, linspace, logspace, eye, meshgrid, concatenate and stack (gen_creation.py). */
class CreationTest {
    private static final Golden G = Golden.area("creation");

    private static List<String> cases(String prefix) {
        return cases(prefix, "out");
    }

    private static List<String> cases(String prefix, String key) {
        List<String> out = new ArrayList<>();
        for (String c : G.cases(key)) {
            if (c.startsWith(prefix)) {
                out.add(c);
            }
        }
        assertTrue(out.size() >= 5, "too few golden cases for " + prefix);
        return out;
    }

    private static NDArray[] inputs(String c) {
        List<NDArray> in = new ArrayList<>();
        for (int j = 0; G.has(c, "in" + j); j++) {
            in.add(G.load(c, "in" + j));
        }
        return in.toArray(new NDArray[0]);
    }

    @Test
    void arangeInt() {
        for (String c : cases("arange_int_")) {
            long[] p = G.load(c, "args").toLongArray();
            Golden.assertSame(G.load(c, "out"), np.arange(p[0], p[1], p[2]), c);
        }
    }

    @Test
    void arangeFloatIsBitIdentical() {
        for (String c : cases("arange_float_")) {
            double[] p = G.load(c, "args").toDoubleArray();
            NDArray expected = G.load(c, "out");
            NDArray actual = np.arange(p[0], p[1], p[2]);
            Golden.assertSame(expected, actual, c);
            assertArrayEquals(bits(expected), bits(actual), c + ": bits");
        }
    }

    @Test
    void arangeWithDtype() {
        for (String c : cases("arange_dtype_")) {
            double[] p = G.load(c, "args").toDoubleArray();
            DType t = DType.values()[(int) p[3]];
            NDArray expected = G.load(c, "out");
            NDArray actual = np.arange(p[0], p[1], p[2], t);
            Golden.assertSame(expected, actual, c);
            if (t.isFloat()) {
                assertArrayEquals(bits(expected), bits(actual), c + ": bits");
            }
        }
    }

    @Test
    void arangeShortForms() {
        assertEquals(np.arange(0L, 5L, 1L), np.arange(5));
        assertEquals(np.arange(2L, 5L, 1L), np.arange(2, 5));
        assertEquals(np.arange(0.0, 2.5, 1.0), np.arange(2.5));
        assertEquals(DType.FLOAT64, np.arange(1.0, 3.0).dtype());
    }

    @Test
    void linspaceIsBitIdentical() {
        for (String c : cases("linspace_")) {
            double[] p = G.load(c, "args").toDoubleArray();
            NDArray expected = G.load(c, "out");
            NDArray actual = np.linspace(p[0], p[1], (int) p[2], p[3] != 0);
            Golden.assertSame(expected, actual, c);
            assertArrayEquals(bits(expected), bits(actual), c + ": bits");
        }
        assertEquals(np.linspace(0, 1, 7, true), np.linspace(0, 1, 7));
    }

    @Test
    void logspace() {
        for (String c : cases("logspace_")) {
            double[] p = G.load(c, "args").toDoubleArray();
            // power is libm's pow in NumPy (SIMD on some CPUs), Math.pow here: allow 1 ulp.
            Golden.assertClose(G.load(c, "out"), np.logspace(p[0], p[1], (int) p[2], p[3] != 0, p[4]), 1, c);
        }
        assertEquals(np.logspace(0, 2, 5, true, 10.0), np.logspace(0, 2, 5));
    }

    @Test
    void eye() {
        for (String c : cases("eye_")) {
            long[] p = G.load(c, "args").toLongArray();
            DType t = DType.values()[(int) p[3]];
            Golden.assertSame(G.load(c, "out"), np.eye((int) p[0], (int) p[1], (int) p[2], t), c);
        }
        assertEquals(np.eye(4, 4, 0), np.eye(4));
        assertEquals(np.eye(4), np.identity(4));
    }

    @Test
    void meshgrid() {
        for (String c : cases("meshgrid_", "out0")) {
            NDArray[] in = inputs(c);
            NDArray[] out = np.meshgrid(in);
            int k = 0;
            for (; G.has(c, "out" + k); k++) {
                Golden.assertSame(G.load(c, "out" + k), out[k], c + " out" + k);
                assertTrue(out[k].isCContiguous(), c + ": a C-contiguous copy");
                assertNull(out[k].base(), c + ": owns its data");
            }
            assertEquals(k, out.length, c + ": number of outputs");
        }
        assertEquals(0, np.meshgrid().length);
    }

    @Test
    void concatenate() {
        for (String c : cases("concatenate_")) {
            NDArray[] in = inputs(c);
            int axis = (int) G.load(c, "axis").longValue();
            NDArray actual = np.concatenate(in, axis);
            Golden.assertSame(G.load(c, "out"), actual, c);
            assertArrayEquals(G.load(c, "strides").toLongArray(), actual.strides(), c + ": strides (memory order)");
            if (axis == 0) {
                Golden.assertSame(G.load(c, "out"), np.concatenate(in), c + " (default axis)");
                Golden.assertSame(G.load(c, "out"), np.concatenate(List.of(in), 0), c + " (list)");
            }
        }
    }

    @Test
    void stack() {
        for (String c : cases("stack_")) {
            NDArray[] in = inputs(c);
            int axis = (int) G.load(c, "axis").longValue();
            NDArray actual = np.stack(in, axis);
            Golden.assertSame(G.load(c, "out"), actual, c);
            assertArrayEquals(G.load(c, "strides").toLongArray(), actual.strides(), c + ": strides (memory order)");
            if (axis == 0) {
                Golden.assertSame(G.load(c, "out"), np.stack(in), c + " (default axis)");
                Golden.assertSame(G.load(c, "out"), np.stack(List.of(in), 0), c + " (list)");
            }
        }
    }

    @Test
    void joinsCopyTheirInputs() {
        NDArray a = np.arange(3.0);
        NDArray r = np.concatenate(a, a);
        r.setDouble(99, 0);
        assertEquals(0.0, a.getDouble(0));
        assertNull(r.base());
    }

    /** The error cases recorded by the generator, re-created by name. */
    private static Map<String, Executable> errorCases() {
        Map<String, Executable> m = new HashMap<>();
        m.put("arange_err_int_step0", () -> np.arange(0, 10, 0));
        m.put("arange_err_float_step0", () -> np.arange(0.0, 1.0, 0.0));
        m.put("arange_err_nan", () -> np.arange(0.0, Double.NaN, 1.0));
        m.put("arange_err_inf", () -> np.arange(0.0, Double.POSITIVE_INFINITY, 1.0));
        m.put("arange_err_neg_inf_start", () -> np.arange(Double.NEGATIVE_INFINITY, 0.0, 1.0));
        m.put("arange_err_tiny_step", () -> np.arange(0.0, 5.0, 1e-300));
        m.put("arange_err_bool_len3", () -> np.arange(0.0, 3.0, 1.0, DType.BOOL));
        m.put("arange_err_uint8_overflow", () -> np.arange(250.0, 300.0, 10.0, DType.UINT8));
        m.put("arange_err_int_nan_start", () -> np.arange(Double.NaN, 3.0, 1.0, DType.INT64));
        m.put("arange_err_int64_range", () -> np.arange(Long.MIN_VALUE, Long.MAX_VALUE, 1));
        m.put("linspace_err_negative_num", () -> np.linspace(0, 1, -1));
        m.put("eye_err_negative", () -> np.eye(-1));
        m.put("eye_err_negative_m", () -> np.eye(2, -1, 0));
        m.put("concatenate_err_empty", () -> np.concatenate());
        m.put("concatenate_err_zero_dim", () -> np.concatenate(np.array(1.0), np.array(2.0)));
        m.put("concatenate_err_ndim", () -> np.concatenate(np.zeros(2, 3), np.zeros(3)));
        m.put("concatenate_err_shape", () -> np.concatenate(new NDArray[] {np.zeros(2, 3), np.zeros(2, 2)}, 0));
        m.put("concatenate_err_axis", () -> np.concatenate(new NDArray[] {np.zeros(2, 3), np.zeros(2, 3)}, 2));
        m.put("concatenate_err_neg_axis", () -> np.concatenate(new NDArray[] {np.zeros(2, 3), np.zeros(2, 3)}, -3));
        m.put("stack_err_empty", () -> np.stack());
        m.put("stack_err_shape", () -> np.stack(np.zeros(3), np.zeros(2)));
        m.put("stack_err_axis", () -> np.stack(new NDArray[] {np.zeros(3), np.zeros(3)}, 2));
        m.put("stack_err_neg_axis", () -> np.stack(new NDArray[] {np.zeros(2, 3), np.zeros(2, 3)}, -4));
        return m;
    }

    /**
     * NumPy raises ZeroDivisionError for a zero step; zeroj has no such type and raises ValueError
     * with the same text.
     */
    private static String javaType(String pythonType) {
        return pythonType.equals("ZeroDivisionError") ? "ValueError" : pythonType;
    }

    @Test
    void errorsMatchNumPy() {
        Map<String, Executable> calls = errorCases();
        int checked = 0;
        for (String[] l : G.lines()) {
            if (!l[0].equals("error") || l[1].startsWith("array_")) {
                continue;
            }
            Executable call = calls.get(l[1]);
            if (call == null) {
                fail("no Java call for golden error case " + l[1]);
            }
            ZerojException e = assertThrows(ZerojException.class, call, l[1]);
            assertEquals(javaType(l[2]), e.pythonType(), l[1] + ": type");
            assertEquals(l[3], e.getMessage(), l[1] + ": message");
            checked++;
        }
        assertEquals(calls.size(), checked, "every Java error case has a golden record");
    }

    private static long[] bits(NDArray a) {
        double[] d = a.toDoubleArray();
        long[] b = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = Double.doubleToRawLongBits(d[i]);
        }
        return b;
    }
}
