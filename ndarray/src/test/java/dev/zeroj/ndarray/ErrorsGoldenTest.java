package dev.zeroj.ndarray;

import static dev.zeroj.ndarray.Index.ELLIPSIS;
import static dev.zeroj.ndarray.Index.all;
import static dev.zeroj.ndarray.Index.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The core's error texts against NumPy ({@code gen_errors.py}): each named case runs the zeroj call
 * that mirrors the Python one, and must throw the zeroj exception whose {@code pythonType()} is
 * NumPy's exception (UFuncTypeError is a TypeError) with NumPy's exact message.
 */
class ErrorsGoldenTest {
    private static NDArray f(int... shape) {
        return np.ones(shape);
    }

    private static NDArray range(int n, DType t) {
        NDArray a = np.zeros(new int[] {n}, t);
        for (int i = 0; i < n; i++) {
            a.setLong(i, i);
        }
        return a;
    }

    private static NDArray of(DType t, long... v) {
        NDArray a = np.zeros(new int[] {v.length}, t);
        for (int i = 0; i < v.length; i++) {
            a.setLong(v[i], i);
        }
        return a;
    }

    static Map<String, Runnable> cases() {
        NDArray a46 = range(24, DType.FLOAT64).reshape(4, 6);
        NDArray c6 = range(6, DType.FLOAT64);
        NDArray d131 = np.zeros(1, 3, 1);
        NDArray u8 = of(DType.UINT8, 1, 2);
        NDArray i4 = of(DType.INT32, 1, 2);
        NDArray i8 = of(DType.INT64, 1, 2);
        NDArray b = of(DType.BOOL, 1, 0);
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("bc_32_3", () -> f(3, 2).add(f(3)));
        m.put("bc_4_5", () -> f(4).mul(f(5)));
        m.put("bc_3d", () -> np.less(f(2, 3, 4), f(3, 1, 5)));
        m.put("bc_out_shape", () -> np.add(f(3), f(3), np.zeros(4)));
        m.put("bc_out_scalar", () -> np.add(f(2, 3), 1.0, np.zeros(3, 3)));
        m.put("bc_unary_out", () -> np.sqrt(f(3), np.zeros(4)));
        m.put("nonbc_out", () -> np.add(f(2, 3), f(3), np.zeros(2, 1)));
        m.put("nonbc_inplace", () -> f(3).addi(f(2, 3)));
        m.put("assign_bc", () -> np.zeros(4, 6).assign(f(5)));
        m.put("broadcast_to", () -> f(3).broadcastTo(2, 4));
        m.put("cast_out_f8_i8", () -> np.add(f(3), f(3), np.zeros(new int[] {3}, DType.INT64)));
        m.put("cast_inplace_i8_float", () -> range(3, DType.INT64).addi(1.5));
        m.put("cast_inplace_i4_f4", () -> range(3, DType.INT32).addi(np.ones(new int[] {3}, DType.FLOAT32)));
        m.put("cast_out_first", () -> np.add(f(3, 2), f(3), np.zeros(new int[] {3, 2}, DType.INT32)));
        m.put("cast_divide_int_out", () -> np.divide(i4, i4, np.zeros(new int[] {2}, DType.INT32)));
        m.put("cast_inplace_u1_bool_out", () -> np.add(u8, u8, np.zeros(new int[] {2}, DType.BOOL)));
        m.put("bool_subtract", () -> b.sub(b));
        m.put("bool_negative", () -> b.neg());
        m.put("bool_sign", () -> np.sign(b));
        m.put("pyint_300_u8", () -> u8.add(300L));
        m.put("pyint_m1_u8", () -> u8.mul(-1L));
        m.put("pyint_big_i4", () -> i4.sub(1L << 40));
        m.put("pyint_300_u8_left", () -> np.maximum(300L, u8));
        m.put("int_negative_power", () -> i8.pow(of(DType.INT64, 1, -1)));
        m.put("int_negative_power_scalar", () -> i8.pow(-2L));
        m.put("reshape_6_4", () -> c6.reshape(4));
        m.put("reshape_6_4_2", () -> c6.reshape(4, 2));
        m.put("reshape_6_m1_4", () -> c6.reshape(-1, 4));
        m.put("reshape_two_unknown", () -> c6.reshape(-1, -1));
        m.put("reshape_m2_4", () -> c6.reshape(-2, 4));
        m.put("reshape_m1_m3", () -> c6.reshape(-1, -3));
        m.put("reshape_0_m1", () -> np.zeros(0, 3).reshape(0, -1));
        m.put("squeeze_axis_2_of_1", () -> c6.squeeze(2));
        m.put("squeeze_not_one", () -> d131.squeeze(1));
        m.put("squeeze_dup", () -> d131.squeeze(0, 0));
        m.put("expand_dims_3", () -> c6.expandDims(3));
        m.put("expand_dims_m3", () -> c6.expandDims(-3));
        m.put("swapaxes_2", () -> a46.swapaxes(0, 2));
        m.put("swapaxes_m3", () -> a46.swapaxes(-3, 1));
        m.put("transpose_len", () -> a46.transpose(0, 1, 2));
        m.put("transpose_axis", () -> a46.transpose(0, 2));
        m.put("transpose_repeat", () -> a46.transpose(1, 1));
        m.put("index_4_of_4", () -> a46.get(at(4)));
        m.put("index_m7", () -> a46.get(all(), at(-7)));
        m.put("index_too_many", () -> a46.get(at(1), at(2), at(3)));
        m.put("index_two_ellipses", () -> a46.get(ELLIPSIS, at(1), ELLIPSIS));
        m.put("slice_step_zero", () -> a46.get(Slice.of(null, null, 0)));
        m.put("assign_nan_i8", () -> np.zeros(new int[] {2}, DType.INT64).assign(Double.NaN));
        m.put("assign_inf_i4", () -> np.zeros(new int[] {2}, DType.INT32).assign(Double.POSITIVE_INFINITY));
        m.put("assign_minf_u8", () -> np.zeros(new int[] {2}, DType.UINT8).assign(Double.NEGATIVE_INFINITY));
        m.put("assign_300_u8", () -> np.zeros(new int[] {2}, DType.UINT8).assign(300L));
        m.put("assign_m1_u8", () -> np.zeros(new int[] {2, 2}, DType.UINT8).get(all(), at(0)).assign(-1L));
        m.put("assign_2p40_i4", () -> np.zeros(new int[] {2}, DType.INT32).assign(1L << 40));
        m.put("assign_1e10_i4", () -> np.zeros(new int[] {2}, DType.INT32).assign(1e10));
        m.put("assign_1e20_i8", () -> np.zeros(new int[] {2}, DType.INT64).assign(1e20));
        m.put("assign_m3p7_u8", () -> np.zeros(new int[] {2}, DType.UINT8).assign(-3.7));
        m.put("assign_300p5_u8", () -> np.zeros(new int[] {2}, DType.UINT8).assign(300.5));
        m.put("fill_nan_i4", () -> np.zeros(new int[] {2}, DType.INT32).assign(Double.NaN));
        m.put("set_nan_u8", () -> np.zeros(new int[] {3}, DType.UINT8).set(Double.NaN, 0));
        m.put("set_fancy_nan_u8", () -> np.zeros(new int[] {3}, DType.UINT8).set(Double.NaN, new int[] {0, 1}));
        m.put("set_fancy_m3p7_u8", () -> np.zeros(new int[] {3}, DType.UINT8).set(-3.7, new int[] {0}));
        m.put("ro_out", () -> np.add(np.arange(5L), 1L, np.zeros(1).broadcastTo(5)));
        m.put("ro_out_before_shape", () -> np.add(f(3), f(3), np.zeros(1).broadcastTo(4)));
        m.put("ro_out_before_cast", () -> np.add(f(4), f(4), np.zeros(new int[] {1}, DType.INT64).broadcastTo(4)));
        m.put("ro_unary_out", () -> np.sqrt(f(4), np.zeros(1).broadcastTo(4)));
        m.put("ro_clip_out", () -> np.clip(f(4), 0.0, 1.0, np.zeros(1).broadcastTo(4)));
        m.put("ro_inplace", () -> np.zeros(1).broadcastTo(5).addi(1L));
        m.put("ro_inplace_big", () -> np.zeros(1).broadcastTo(100000).addi(1.0));
        m.put("ro_assign", () -> np.zeros(1).broadcastTo(5).assign(1.0));
        m.put("ro_assign_view", () -> np.zeros(3).broadcastTo(2, 3).T().get(Slice.of(1, null, null)).assign(f(2, 2)));
        m.put("ro_set", () -> np.zeros(1).broadcastTo(5).set(1.0, 0));
        m.put("ro_set_fancy", () -> np.zeros(1).broadcastTo(5).set(1.0, new int[] {0, 1}));
        m.put("ro_set_mask", () -> np.zeros(1).broadcastTo(5).set(1.0, new boolean[] {true, true, true, true, true}));
        m.put("ro_inplace_fancy", () -> np.zeros(1).broadcastTo(5).at(new int[] {0, 1}).addi(1L));
        m.put("ro_sort", () -> np.arange(3.0).get(Slice.of(null, null, -1)).broadcastTo(2, 3).sort());
        m.put("int_nan", () -> np.array(Double.NaN).longValue());
        m.put("int_inf", () -> np.array(Double.POSITIVE_INFINITY).longValue());
        m.put("int_minf_0d", () -> np.array(Double.NEGATIVE_INFINITY).longValue());
        m.put("int_f32_nan", () -> np.array(Double.NaN).astype(DType.FLOAT32).longValue());
        m.put("int_f2_inf", () -> np.array(Double.POSITIVE_INFINITY).astype(DType.FLOAT16).longValue());
        m.put("par_int_negative_power", () -> np.power(np.arange(100000L), -1L));
        return m;
    }

    /** Every case with 2 threads, so errors thrown inside parallel pieces are checked too. */
    @Test
    void numpysTypesAndTexts() {
        int before = Parallel.threads();
        Parallel.setThreads(2);
        try {
            check();
        } finally {
            Parallel.setThreads(before);
        }
    }

    private static void check() {
        Map<String, Runnable> cases = cases();
        CoreGolden.Failures fails = new CoreGolden.Failures();
        TreeSet<String> seen = new TreeSet<>();
        for (String[] l : Golden.area("errors").lines()) {
            String name = l[1];
            String type = l[2].equals("UFuncTypeError") ? "TypeError" : l[2];
            seen.add(name);
            Runnable r = cases.get(name);
            if (r == null) {
                fails.check(name, "no Java case");
                continue;
            }
            String bad;
            try {
                r.run();
                bad = "nothing thrown, expected " + type + ": " + l[3];
            } catch (RuntimeException e) {
                bad = CoreGolden.matchError(e, type, l[3]);
            }
            fails.check(name, bad);
        }
        assertEquals(new TreeSet<>(cases.keySet()), seen, "Java and golden case names");
        fails.assertNone();
    }
}
