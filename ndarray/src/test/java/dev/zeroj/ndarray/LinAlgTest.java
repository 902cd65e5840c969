package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * np.dot / np.matmul against NumPy's golden results (gen_linalg.py): every rank combination, batched
 * broadcasting, dtypes and promotion, transposed / strided / reversed operands, error texts.
 *
 * <p>Floats compare with a tolerance: NumPy's OpenBLAS sums in a different order than zeroj's fused
 * multiply-add chain, so each element may differ by up to {@code 2·eps·k·(|a|·|b|)} (the product of
 * absolute values comes from NumPy as {@code scale}). Integers and bool compare exactly; float16
 * within one half ulp.
 */
class LinAlgTest {
    private static final Golden G = Golden.area("linalg");

    private static NDArray view(NDArray x, String v) {
        switch (v) {
            case "T":
                return x.T();
            case "step": {
                int[] shape = x.shape();
                int[] st = x.strides.clone();
                shape[shape.length - 1] = (shape[shape.length - 1] + 1) / 2;
                st[st.length - 1] *= 2;
                return x.view(shape, st, x.offset);
            }
            case "rev": {
                int[] st = x.strides.clone();
                int off = x.offset + (x.shape[0] - 1) * st[0];
                st[0] = -st[0];
                return x.view(x.shape(), st, off);
            }
            default:
                return x;
        }
    }

    @Test
    void goldenProducts() {
        int n = 0;
        for (String[] l : G.lines()) {
            if (!l[0].equals("case")) {
                continue;
            }
            String name = l[1];
            NDArray a = view(G.load(name, "a"), l[3]);
            NDArray b = view(G.load(name, "b"), l[4]);
            NDArray expected = G.load(name, "out");
            NDArray got = l[2].equals("dot") ? np.dot(a, b) : np.matmul(a, b);
            String what = name + " " + l[2] + " " + a.dtype() + Arrays.toString(a.shape()) + " " + l[3] + " · "
                    + b.dtype() + Arrays.toString(b.shape()) + " " + l[4];
            compare(expected, got, G.has(name, "scale") ? G.load(name, "scale") : null, a, what);
            // the instance methods and the out= forms give the same bits
            NDArray again = l[2].equals("dot") ? a.dot(b) : a.matmul(b);
            assertTrue(again.equals(got), what + ": instance method differs");
            NDArray out = NDArray.allocate(got.dtype, got.shape);
            NDArray r = l[2].equals("dot") ? np.dot(a, b, out) : np.matmul(a, b, out);
            assertSame(out, r);
            assertTrue(out.equals(got), what + ": out= differs");
            n++;
        }
        assertTrue(n > 100, "golden cases read: " + n);
    }

    private static void compare(NDArray expected, NDArray got, NDArray scale, NDArray a, String what) {
        assertEquals(expected.dtype(), got.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), got.shape(), what + ": shape");
        if (!expected.dtype().isFloat()) {
            Golden.assertSame(expected, got, what);
            return;
        }
        if (expected.dtype() == DType.FLOAT16) {
            Golden.assertClose(expected, got, 1, what);
            return;
        }
        double eps = expected.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        int k = a.ndim() == 0 ? 1 : a.shape(-1);
        double[] e = expected.toDoubleArray();
        double[] g = got.toDoubleArray();
        double[] s = scale.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            double tol = 2 * eps * Math.max(k, 1) * s[i];
            if (!(Math.abs(e[i] - g[i]) <= tol)) {
                fail(what + ": element " + i + " expected " + e[i] + " got " + g[i] + " (tolerance " + tol + ")");
            }
        }
    }

    private static int[] shape(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void goldenErrors() {
        int n = 0;
        for (String[] l : G.lines()) {
            if (!l[0].equals("error")) {
                continue;
            }
            String[] p = l[1].split(";", -1);
            NDArray a = np.ones(shape(p[1]));
            NDArray b = np.ones(shape(p[2]));
            NDArray out = null;
            if (p.length > 3) {
                int[] os = shape(p[4]);
                out = NDArray.allocate(DType.of(p[3]), os);
                if (p.length > 5) {
                    int[] wide = os.clone();
                    wide[wide.length - 1] *= 2;
                    out = view(NDArray.allocate(DType.of(p[3]), wide), "step");
                }
            }
            NDArray o = out;
            Class<? extends ZerojException> type = l[2].equals("ValueError") ? ValueError.class : TypeError.class;
            ZerojException ex = assertThrows(type, () -> {
                if (p[0].equals("dot")) {
                    np.dot(a, b, o);
                } else {
                    np.matmul(a, b, o);
                }
            }, l[1]);
            assertEquals(l[3], ex.getMessage(), l[1]);
            n++;
        }
        assertTrue(n >= 20, "error cases: " + n);
    }

    @Test
    void bookShapesAndScalars() {
        // the book's 1x2 · 2x3
        NDArray x = np.array(new double[][] {{1.0, 0.5}});
        NDArray w = np.array(new double[][] {{0.1, 0.3, 0.5}, {0.2, 0.4, 0.6}});
        NDArray y = np.dot(x, w);
        assertArrayEquals(new int[] {1, 3}, y.shape());
        assertEquals(Math.fma(0.5, 0.2, Math.fma(1.0, 0.1, 0.0)), y.getDouble(0, 0));
        // a Java scalar is a strong float64 operand for dot (not a weak NEP 50 scalar)
        NDArray f = np.ones(new int[] {3}, DType.FLOAT32);
        assertEquals(DType.FLOAT64, np.dot(2.0, f).dtype());
        assertEquals(3.0, np.dot(f, f).doubleValue());
        assertEquals(DType.FLOAT32, np.dot(f, f).dtype());
        assertEquals(0, np.dot(f, f).ndim());
        NDArray m = np.dot(np.ones(new int[] {2, 0}), np.ones(new int[] {0, 3}));
        assertTrue(m.equals(np.zeros(2, 3)));
    }

    @Test
    void outOverlappingAnInputIsComputedFirst() {
        NDArray x = np.arange(4.0).reshape(2, 2);
        NDArray expected = np.dot(x, x);
        NDArray r = np.dot(x, x, x);
        assertSame(x, r);
        assertTrue(x.equals(expected));
        NDArray z = np.arange(4.0).reshape(2, 2);
        np.matmul(z, z, z);
        assertTrue(z.equals(expected));
    }

    @Test
    void matmulOutCastsAndBroadcasts() {
        NDArray a = np.ones(new int[] {2, 3});
        NDArray out32 = np.zeros(new int[] {2, 2}, DType.FLOAT32);
        np.matmul(a, a.T(), out32);
        assertTrue(out32.equals(np.full(new int[] {2, 2}, 3.0).astype(DType.FLOAT32)));
        NDArray out3 = np.zeros(3, 2, 2);
        np.matmul(a, a.T(), out3);
        assertTrue(out3.equals(np.full(new int[] {3, 2, 2}, 3.0)));
        // a strided (non-contiguous) out
        NDArray wide = np.zeros(2, 4);
        NDArray sub = view(wide, "step");
        np.matmul(a, a.T(), sub);
        assertEquals(3.0, wide.getDouble(1, 2));
        assertEquals(0.0, wide.getDouble(1, 1));
    }

    @Test
    void threadCountDoesNotChangeABit() {
        int before = np.getNumThreads();
        try {
            NDArray a = np.sin(np.arange(300.0 * 170).reshape(300, 170));
            NDArray b = np.cos(np.arange(170.0 * 90).reshape(90, 170)).T();
            List<NDArray> results = new java.util.ArrayList<>();
            for (int t : new int[] {1, 2, 3, 4}) {
                np.setNumThreads(t);
                results.add(np.dot(a, b));
                results.add(np.dot(a.astype(DType.FLOAT32), b.astype(DType.FLOAT32)));
            }
            for (int i = 2; i < results.size(); i++) {
                assertTrue(Arrays.equals(results.get(i).tobytes(), results.get(i % 2).tobytes()), "threads differ at " + i);
            }
        } finally {
            np.setNumThreads(before);
        }
    }
}
