package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code np.array} from Java values. The golden part compares with what NumPy makes of the
 * corresponding Python lists (gen_creation.py, cases {@code array_*}): a boxed Java number is a
 * Python scalar, an {@code Object[]} or {@code List} a Python list, a primitive array an ndarray of
 * its type. The other tests check Java-only rules (which NumPy has no opinion on) from the literals.
 */
class ArrayFromJavaTest {
    private static final Golden G = Golden.area("creation");

    /** The Java spelling of each golden {@code np.array(...)} input, by case name. */
    private static Map<String, Supplier<NDArray>> goldenInputs() {
        Map<String, Supplier<NDArray>> m = new HashMap<>();
        m.put("array_int_float", () -> np.array(new Object[] {1L, 2.5}));
        m.put("array_bool_int", () -> np.array(new Object[] {true, 1}));
        m.put("array_bool_float", () -> np.array(new Object[] {true, 2.5}));
        m.put("array_bools", () -> np.array(new Object[] {true, false}));
        m.put("array_uint8row_pyints", () -> np.array(new Object[] {new byte[] {1, 2}, List.of(3, 4)}));
        m.put("array_int32_float32_rows", () -> np.array(new Object[] {new int[] {1, 2}, new float[] {1.5f, 2.5f}}));
        m.put("array_uint8_float32_rows", () -> np.array(new Object[] {new byte[] {1, 2}, new float[] {1.5f, 2.5f}}));
        m.put("array_int32_float16_rows", () -> np.array(new Object[] {new int[] {1, 2},
                np.array(new double[] {1.5, 2.5}, DType.FLOAT16)}));
        m.put("array_float32_pyfloat", () -> np.array(new Object[] {new float[] {1}, new Object[] {2.5}}));
        m.put("array_uint8_bool_rows", () -> np.array(new Object[] {new byte[] {7, 9}, new boolean[] {true, false}}));
        m.put("array_nested_ints", () -> np.array(List.of(List.of(1, 2, 3), List.of(4, 5, 6))));
        m.put("array_nested3", () -> np.array(new Object[] {new Object[] {new Object[] {1.5}, new Object[] {2}},
                new Object[] {new Object[] {3}, new Object[] {4}}}));
        m.put("array_empty", () -> np.array(new Object[0]));
        m.put("array_empty_rows", () -> np.array(new Object[] {new Object[0], List.of()}));
        m.put("array_0d_and_int", () -> np.array(new Object[] {np.array(1.5), 2}));
        m.put("array_scalar_float", () -> np.array(2.5));
        m.put("array_scalar_int", () -> np.array(7));
        m.put("array_scalar_bool", () -> np.array(true));
        m.put("array_dtype_trunc_uint8", () -> np.array(new Object[] {255.9, 0.5}, DType.UINT8));
        m.put("array_dtype_int64_exact", () -> np.array(new Object[] {1.5, (1L << 62) + 1}, DType.INT64));
        m.put("array_dtype_wrap_int64_array", () -> np.array(new long[] {300, -1}, DType.UINT8));
        return m;
    }

    private static Map<String, Executable> goldenErrors() {
        Map<String, Executable> m = new HashMap<>();
        m.put("array_err_ragged_rows", () -> np.array(new Object[] {List.of(1, 2), List.of(3)}));
        m.put("array_err_scalar_and_list", () -> np.array(new Object[] {1, List.of(2, 3)}));
        m.put("array_err_deep", () -> np.array(List.of(List.of(1, List.of(2)), List.of(3, 4))));
        m.put("array_err_ragged3", () -> np.array(List.of(List.of(List.of(1, 2)), List.of(List.of(3, 4), List.of(5, 6)))));
        m.put("array_err_three_rows", () -> np.array(new long[][] {{1, 2}, {3, 4}, {5}}));
        m.put("array_err_arrays", () -> np.array(new Object[] {np.zeros(2, 3), np.zeros(2, 2)}));
        m.put("array_err_array_then_scalar", () -> np.array(new Object[] {np.zeros(2, 3), 1}));
        m.put("array_err_uint8_overflow", () -> np.array(new Object[] {300}, DType.UINT8));
        m.put("array_err_int32_overflow_float", () -> np.array(new Object[] {1.0, 3e9}, DType.INT32));
        m.put("array_err_int64_too_large", () -> np.array(new Object[] {1e19}, DType.INT64));
        m.put("array_err_nan_to_int", () -> np.array(new Object[] {Double.NaN}, DType.INT64));
        m.put("array_err_inf_to_uint8", () -> np.array(Double.NEGATIVE_INFINITY, DType.UINT8));
        return m;
    }

    @Test
    void goldenPromotionAndShapes() {
        Map<String, Supplier<NDArray>> inputs = goldenInputs();
        int checked = 0;
        for (String c : G.cases("out")) {
            if (c.startsWith("array_")) {
                Supplier<NDArray> make = inputs.get(c);
                assertTrue(make != null, "no Java input for golden case " + c);
                Golden.assertSame(G.load(c, "out"), make.get(), c);
                checked++;
            }
        }
        assertEquals(inputs.size(), checked, "every Java input has a golden case");
    }

    @Test
    void goldenErrorsMatchNumPy() {
        Map<String, Executable> calls = goldenErrors();
        int checked = 0;
        for (String[] l : G.lines()) {
            if (l[0].equals("error") && l[1].startsWith("array_")) {
                Executable call = calls.get(l[1]);
                assertTrue(call != null, "no Java call for golden error case " + l[1]);
                ZerojException e = assertThrows(ZerojException.class, call, l[1]);
                assertEquals(l[2], e.pythonType(), l[1] + ": type");
                assertEquals(l[3], e.getMessage(), l[1] + ": message");
                checked++;
            }
        }
        assertEquals(calls.size(), checked, "every Java error case has a golden record");
    }

    private static void check(NDArray a, DType dtype, int[] shape) {
        assertEquals(dtype, a.dtype(), "dtype");
        assertArrayEquals(shape, a.shape(), "shape");
    }

    @Test
    void boxedScalarsAreZeroDimensional() {
        NDArray d = np.array(2.5);
        check(d, DType.FLOAT64, new int[0]);
        assertEquals(2.5, d.doubleValue());
        check(np.array(1.5f), DType.FLOAT64, new int[0]);
        NDArray l = np.array(7L);
        check(l, DType.INT64, new int[0]);
        assertEquals(7L, l.longValue());
        check(np.array(7), DType.INT64, new int[0]);
        check(np.array((short) 7), DType.INT64, new int[0]);
        check(np.array((byte) -7), DType.INT64, new int[0]);
        assertEquals(-7L, np.array((byte) -7).longValue());
        NDArray b = np.array(true);
        check(b, DType.BOOL, new int[0]);
        assertEquals(true, b.booleanValue());
    }

    @Test
    void primitiveArraysKeepTheirType() {
        NDArray d = np.array(new double[] {1.5, -2, 3});
        check(d, DType.FLOAT64, new int[] {3});
        assertArrayEquals(new double[] {1.5, -2, 3}, d.toDoubleArray());
        check(np.array(new float[] {1, 2}), DType.FLOAT32, new int[] {2});
        check(np.array(new long[] {1, 2}), DType.INT64, new int[] {2});
        check(np.array(new int[] {1, 2}), DType.INT32, new int[] {2});
        NDArray s = np.array(new short[] {-3, 300});
        check(s, DType.INT32, new int[] {2});
        assertArrayEquals(new long[] {-3, 300}, s.toLongArray());
        NDArray u = np.array(new byte[] {(byte) 200, 1});
        check(u, DType.UINT8, new int[] {2});
        assertArrayEquals(new long[] {200, 1}, u.toLongArray());
        NDArray bo = np.array(new boolean[] {true, false});
        check(bo, DType.BOOL, new int[] {2});
        assertArrayEquals(new boolean[] {true, false}, bo.toBooleanArray());
        check(np.array(new double[0]), DType.FLOAT64, new int[] {0});
        check(np.array(new int[0]), DType.INT32, new int[] {0});
    }

    @Test
    void nestedArrays() {
        NDArray a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}});
        check(a, DType.FLOAT64, new int[] {2, 3});
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toDoubleArray());
        assertEquals(6.0, a.getDouble(1, 2));
        NDArray b = np.array(new int[][][] {{{1}, {2}}, {{3}, {4}}});
        check(b, DType.INT32, new int[] {2, 2, 1});
        assertArrayEquals(new long[] {1, 2, 3, 4}, b.toLongArray());
        check(np.array(new int[2][0]), DType.INT32, new int[] {2, 0});
        check(np.array(new double[0][]), DType.FLOAT64, new int[] {0});
        check(np.array(new Object[0]), DType.FLOAT64, new int[] {0});
        check(np.array(new Object[] {new Object[0], new Object[0]}), DType.FLOAT64, new int[] {2, 0});
    }

    @Test
    void objectArraysPromoteAsNumPyLists() {
        // np.array([1, 2.5]) -> float64; np.array([True, 1]) -> int64
        NDArray a = np.array(new Object[] {1, 2.5});
        check(a, DType.FLOAT64, new int[] {2});
        assertArrayEquals(new double[] {1, 2.5}, a.toDoubleArray());
        check(np.array(new Object[] {true, 1}), DType.INT64, new int[] {2});
        check(np.array(new Object[] {true, false}), DType.BOOL, new int[] {2});
        // a uint8 row and a Python int: int64 (Python ints are not weak in np.array)
        check(np.array(new Object[] {new byte[] {1}, List.of(5)}), DType.INT64, new int[] {2, 1});
        // int32 row and float32 row -> float64; uint8 row and float32 row -> float32
        check(np.array(new Object[] {new int[] {1, 2}, new float[] {1, 2}}), DType.FLOAT64, new int[] {2, 2});
        check(np.array(new Object[] {new byte[] {1, 2}, new float[] {1, 2}}), DType.FLOAT32, new int[] {2, 2});
        NDArray m = np.array(List.of(List.of(1L, 2L), List.of(3L, 4L)));
        check(m, DType.INT64, new int[] {2, 2});
        assertArrayEquals(new long[] {1, 2, 3, 4}, m.toLongArray());
    }

    @Test
    void ndarraysAreCopiedAndStacked() {
        NDArray x = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray c = np.array(x);
        assertNotSame(x, c);
        assertEquals(x, c);
        c.setDouble(9, 0, 0);
        assertEquals(1.0, x.getDouble(0, 0));
        NDArray t = np.array(x.T());
        check(t, DType.FLOAT64, new int[] {3, 2});
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, t.toDoubleArray());
        assertEquals(null, t.base());
        NDArray s = np.array(new Object[] {x, x.astype(DType.UINT8)});
        check(s, DType.FLOAT64, new int[] {2, 2, 3});
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6}, s.toDoubleArray());
        NDArray mix = np.array(new Object[] {np.array(1.5), 2L});
        check(mix, DType.FLOAT64, new int[] {2});
    }

    @Test
    void dtypeCasts() {
        NDArray a = np.array(new double[] {1.9, -1.9}, DType.INT32);
        check(a, DType.INT32, new int[] {2});
        assertArrayEquals(new long[] {1, -1}, a.toLongArray());
        // a long[] is an int64 array: unsafe cast wraps
        assertArrayEquals(new long[] {44}, np.array(new long[] {300}, DType.UINT8).toLongArray());
        // a boxed Long is a Python int: NumPy refuses out of range values
        OverflowError e = assertThrows(OverflowError.class, () -> np.array(new Object[] {300L}, DType.UINT8));
        assertEquals("Python integer 300 out of bounds for uint8", e.getMessage());
        e = assertThrows(OverflowError.class, () -> np.array(-1L, DType.UINT8));
        assertEquals("Python integer -1 out of bounds for uint8", e.getMessage());
        e = assertThrows(OverflowError.class, () -> np.array(new Object[] {1.0, 3e9}, DType.INT32));
        assertEquals("Python integer 3000000000 out of bounds for int32", e.getMessage());
        e = assertThrows(OverflowError.class, () -> np.array(new Object[] {1e19}, DType.INT64));
        assertEquals("Python int too large to convert to C long", e.getMessage());
        e = assertThrows(OverflowError.class, () -> np.array(Double.NEGATIVE_INFINITY, DType.UINT8));
        assertEquals("cannot convert float infinity to integer", e.getMessage());
        ValueError v = assertThrows(ValueError.class, () -> np.array(Double.NaN, DType.INT64));
        assertEquals("cannot convert float NaN to integer", v.getMessage());
        assertArrayEquals(new long[] {255}, np.array(new Object[] {255.9}, DType.UINT8).toLongArray());
        // exact: np.array([1.5, 2**62 + 1], dtype=np.int64) keeps 2**62 + 1
        assertArrayEquals(new long[] {1, (1L << 62) + 1},
                np.array(new Object[] {1.5, (1L << 62) + 1}, DType.INT64).toLongArray());
        check(np.array(new Object[] {1, 2}, DType.FLOAT16), DType.FLOAT16, new int[] {2});
        check(np.array(np.array(new double[] {1, 2}), DType.FLOAT32), DType.FLOAT32, new int[] {2});
    }

    @Test
    void raggedInputFailsWithNumPysMessage() {
        ValueError e = assertThrows(ValueError.class, () -> np.array(new double[][] {{1, 2}, {3}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", e.getMessage());
        // np.array([[1, [2]], [3, 4]])
        e = assertThrows(ValueError.class, () -> np.array(new Object[] {new Object[] {1, new int[] {2}},
                new Object[] {3, 4}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.", e.getMessage());
        // np.array([1, [2, 3]])
        e = assertThrows(ValueError.class, () -> np.array(new Object[] {1, new long[] {2, 3}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", e.getMessage());
        // np.array([[[1, 2]], [[3, 4], [5, 6]]])
        e = assertThrows(ValueError.class, () -> np.array(new int[][][] {{{1, 2}}, {{3, 4}, {5, 6}}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", e.getMessage());
        // np.array([np.zeros((2, 3)), np.zeros((2, 2))])
        e = assertThrows(ValueError.class, () -> np.array(new Object[] {np.zeros(2, 3), np.zeros(2, 2)}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.", e.getMessage());
        Object[] self = new Object[1];
        self[0] = self;
        e = assertThrows(ValueError.class, () -> np.array(self));
        assertEquals("setting an array element with a sequence. The requested array would exceed the maximum "
                + "number of dimension of 64.", e.getMessage());
    }

    @Test
    void unsupportedObjectsAreTypeErrors() {
        assertThrows(TypeError.class, () -> np.array("abc"));
        assertThrows(TypeError.class, () -> np.array(null));
        assertThrows(TypeError.class, () -> np.array(new Object[] {1, "x"}));
        assertThrows(TypeError.class, () -> np.array(new char[] {'a'}));
    }
}
