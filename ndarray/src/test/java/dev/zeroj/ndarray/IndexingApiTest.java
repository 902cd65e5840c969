package dev.zeroj.ndarray;

import static dev.zeroj.ndarray.Index.all;
import static dev.zeroj.ndarray.Index.at;
import static dev.zeroj.ndarray.Index.of;
import static dev.zeroj.ndarray.Index.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Java spellings of the index API (the NumPy results themselves are golden-tested in
 * {@link IndexingTest}): each form must mean the same as its NumPy line.
 */
class IndexingApiTest {

    private static NDArray range(int n, DType t) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return np.array(v).astype(t);
    }

    @Test
    void integerOnEveryAxisReadsACopyButWritesThrough() {
        NDArray x = range(12, DType.FLOAT64).reshape(3, 4);
        NDArray t = x.get(at(1), at(2));          // t = x[1, 2]: a scalar in NumPy
        x.set(100.0, at(1), at(2));               // x[1, 2] = 100
        assertEquals(6.0, t.doubleValue());
        assertEquals(100.0, x.getDouble(1, 2));
        x.at(at(1), at(2)).subi(1L);              // x[1, 2] -= 1
        assertEquals(99.0, x.getDouble(1, 2));
        x.at("2, 3").addi(0.5);                   // x[2, 3] += 0.5
        assertEquals(11.5, x.getDouble(2, 3));
        assertFalse(x.get("1, 2").sharesMemoryWith(x));
        assertTrue(x.get("1, ...").sharesMemoryWith(x));
    }

    @Test
    void javaValuesInAnIndex() {
        NDArray x = range(12, DType.FLOAT64).reshape(3, 4);
        // x[[2, 0]] from int[], long[], Index.of and an NDArray all agree
        NDArray expected = x.get(np.array(new long[] {2, 0}));
        assertEquals(expected, x.get(new int[] {2, 0}));
        assertEquals(expected, x.get(new long[] {2, 0}));
        assertEquals(expected, x.get(of(2, 0)));
        // x[1, None] : null is None
        assertArrayEquals(new int[] {1, 4}, x.get(1, null).shape());
        // x[True] adds an axis
        assertArrayEquals(new int[] {1, 3, 4}, x.get(true).shape());
        // a boolean[] is a mask
        assertArrayEquals(new double[] {0, 1, 2, 3, 8, 9, 10, 11}, x.get(new boolean[] {true, false, true}).toDoubleArray());
        // strings splice in: x[1:, [3, 0]]
        assertEquals(x.get(slice(1, 3), of(3, 0)), x.get("1:", new int[] {3, 0}));
        assertEquals(x.get(slice(1, 3), of(3, 0)), x.get("1:, ", of(3, 0)));
        // a Long index
        assertEquals(x.get(at(2)), x.get(2L));
    }

    @Test
    void floatIndicesAreRejected() {
        NDArray x = range(6, DType.FLOAT64);
        IndexError e = assertThrows(IndexError.class, () -> x.get(1.5));
        assertTrue(e.getMessage().startsWith("only integers, slices"));
        assertThrows(IndexError.class, () -> x.get(of(range(2, DType.FLOAT32))));
    }

    @Test
    void basicIsAViewArraysAreCopies() {
        NDArray x = range(12, DType.FLOAT64).reshape(3, 4);
        NDArray v = x.get(all(), 1);
        assertTrue(v.sharesMemoryWith(x));
        NDArray c = x.get(all(), of(1));
        assertFalse(c.sharesMemoryWith(x));
        c.assign(-1.0);
        assertEquals(1.0, x.getDouble(0, 1));
        v.assign(-1.0);
        assertEquals(-1.0, x.getDouble(0, 1));
    }

    @Test
    void setAndInPlaceReturnTheArray() {
        NDArray x = range(6, DType.FLOAT64);
        assertSame(x, x.set(0, new int[] {1, 2}));
        assertSame(x, x.set(9.5, "4:"));
        assertSame(x, x.at(of(0, 0)).addi(1));
        assertArrayEquals(new double[] {1, 0, 0, 3, 9.5, 9.5}, x.toDoubleArray());
        // basic in place through the view: img[:, 1::2] += 10
        NDArray img = NDArray.allocate(DType.FLOAT32, new int[] {2, 4});
        img.at(all(), slice(1, null, 2)).addi(10.0);
        assertArrayEquals(new float[] {0, 10, 0, 10, 0, 10, 0, 10}, img.toFloatArray());
        img.at(":, ::2").subi(1.0);
        assertArrayEquals(new float[] {-1, 10, -1, 10, -1, 10, -1, 10}, img.toFloatArray());
    }

    @Test
    void bookHotPaths() {
        // x_train[batch_mask] on float32
        NDArray xTrain = range(50 * 7, DType.FLOAT32).reshape(50, 7);
        NDArray mask = np.array(new long[] {49, 3, 3, 0});
        NDArray batch = xTrain.get(mask);
        assertEquals(DType.FLOAT32, batch.dtype());
        assertArrayEquals(new int[] {4, 7}, batch.shape());
        assertEquals(49 * 7 + 6, batch.getDouble(0, 6));
        assertEquals(3 * 7, batch.getDouble(2, 0));
        // y[np.arange(n), t] and dx[np.arange(n), t] -= 1 with uint8 labels
        NDArray y = range(12, DType.FLOAT64).reshape(4, 3);
        NDArray rows = np.array(new long[] {0, 1, 2, 3});
        NDArray t = np.array(new byte[] {2, 0, 1, 2});
        assertArrayEquals(new double[] {2, 3, 7, 11}, y.get(rows, t).toDoubleArray());
        y.at(rows, t).subi(1);
        assertArrayEquals(new double[] {1, 2, 6, 10}, y.get(rows, t).toDoubleArray());
    }

    @Test
    void addAtAccumulatesWhileInPlaceDoesNot() {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {3});
        NDArray b = NDArray.allocate(DType.FLOAT64, new int[] {3});
        np.add_at(a, new int[] {0, 0, 2}, 1.0);
        b.at(new int[] {0, 0, 2}).addi(1.0);
        assertArrayEquals(new double[] {2, 0, 1}, a.toDoubleArray());
        assertArrayEquals(new double[] {1, 0, 1}, b.toDoubleArray());
        // a tuple index: np.add.at(m, (rows, cols), 1)
        NDArray m = NDArray.allocate(DType.INT64, new int[] {2, 2});
        np.add_at(m, new Object[] {new int[] {0, 0, 1}, new int[] {1, 1, 0}}, 1L);
        assertArrayEquals(new long[] {0, 2, 1, 0}, m.toLongArray());
    }

    @Test
    void iterationOverAxis0YieldsWritableViews() {
        NDArray x = range(6, DType.INT64).reshape(3, 2);
        int n = 0;
        for (NDArray row : x.iterAxis0()) {
            assertArrayEquals(new int[] {2}, row.shape());
            row.setLong(-n, 0);
            n++;
        }
        assertEquals(3, n);
        assertArrayEquals(new long[] {0, 1, -1, 3, -2, 5}, x.toLongArray());
        TypeError e = assertThrows(TypeError.class, () -> np.array(1.0).iterAxis0());
        assertEquals("iteration over a 0-d array", e.getMessage());
    }

    @Test
    void nditerVisitsCOrderOfAViewAndWrites() {
        NDArray x = range(12, DType.FLOAT64).reshape(3, 4);
        NDArray v = x.get("::2, 1::2"); // elements 1, 3, 9, 11
        NDIter it = np.nditer(v);
        double[] seen = new double[4];
        int k = 0;
        while (it.hasNext()) {
            int[] idx = it.next();
            seen[k++] = it.getDouble();
            it.setDouble(-it.getDouble());
            assertEquals(idx.length, 2);
        }
        assertArrayEquals(new double[] {1, 3, 9, 11}, seen);
        assertEquals(-11.0, x.getDouble(2, 3));
        it.reset();
        assertFalse(it.finished());
        assertArrayEquals(new int[] {0, 0}, it.multiIndex());
        ValueError e = assertThrows(ValueError.class, () -> np.nditer(NDArray.allocate(DType.FLOAT64, new int[] {0})));
        assertEquals("Iteration of zero-sized operands is not enabled", e.getMessage());
        NDIter z = np.nditer(np.array(2.0));
        assertArrayEquals(new int[0], z.multiIndex());
        assertFalse(z.iternext());
        assertTrue(z.finished());
    }

    @Test
    void helperErrors() {
        assertEquals("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.",
                assertThrows(ValueError.class, () -> np.where(np.array(true))).getMessage());
        assertThrows(ValueError.class, () -> np.argsort(range(3, DType.INT64), -1, "bogus"));
        assertThrows(AxisError.class, () -> np.sort(range(3, DType.INT64), 1));
    }

    /** Widths whose padded axis exceeds Java's int range: NumPy would try to allocate; zeroj says too big. */
    @Test
    void padTooBigIsAValueError() {
        ValueError e = assertThrows(ValueError.class, () -> np.pad(np.ones(2), new int[][] {{Integer.MAX_VALUE}}));
        assertEquals(NDArray.TOO_BIG, e.getMessage());
        e = assertThrows(ValueError.class, () -> np.pad(np.ones(2), new int[][] {{Integer.MAX_VALUE - 1, 0}}));
        assertEquals(NDArray.TOO_BIG, e.getMessage());
    }
}
