package dev.zeroj.ndarray;

import static dev.zeroj.ndarray.Index.ELLIPSIS;
import static dev.zeroj.ndarray.Index.NEWAXIS;
import static dev.zeroj.ndarray.Index.all;
import static dev.zeroj.ndarray.Index.at;
import static dev.zeroj.ndarray.Index.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every right-hand side of the README's porting table, compiled and run, so the table cannot drift
 * from the API. The values themselves are golden-tested elsewhere; here each line is checked for
 * the shape/dtype/value the left-hand NumPy line gives.
 */
class PortingTableTest {
    @Test
    void creation() {
        assertEquals(DType.INT64, np.array(new long[][] {{1, 2}, {3, 4}}).dtype());
        assertArrayEquals(new int[] {3, 4}, np.zeros(3, 4).shape());
        NDArray x = np.zeros(2, 3);
        assertEquals(6.0, np.ones_like(x).sum().doubleValue());
        assertEquals(28.0, np.full(new int[] {2, 2}, 7.0).sum().doubleValue());
        assertEquals(60, np.arange(0, 6, 0.1).size());
        assertEquals(DType.INT64, np.arange(10).dtype());
        assertEquals(5, np.linspace(0, 1, 5).size());
        assertEquals(16, np.logspace(0, -4, 16).size());
        assertEquals(3.0, np.eye(3).sum().doubleValue());
        NDArray[] xy = np.meshgrid(np.arange(3), np.arange(2));
        assertArrayEquals(new int[] {2, 3}, xy[0].shape());
        NDArray a = np.ones(2, 2);
        NDArray b = np.zeros(2, 2);
        assertArrayEquals(new int[] {2, 4}, np.concatenate(new NDArray[] {a, b}, 1).shape());
        assertArrayEquals(new int[] {2, 2, 2}, np.stack(a, b).shape());
        assertEquals(DType.FLOAT32, x.astype(np.float32).dtype());
    }

    @Test
    void shapesAndViews() {
        NDArray x = np.arange(2 * 3 * 4 * 5).reshape(2, 3, 4, 5);
        assertEquals(4, x.ndim());
        assertEquals(120, x.size());
        assertArrayEquals(new int[] {1, 120}, x.reshape(-1, 120).shape());
        assertArrayEquals(new int[] {5, 4, 3, 2}, x.T().shape());
        assertArrayEquals(new int[] {2, 4, 5, 3}, x.transpose(0, 2, 3, 1).shape());
        assertTrue(x.transpose(0, 2, 3, 1).sharesMemoryWith(x));
        assertEquals(120, x.flatten().size());
        assertEquals(120, x.ravel().size());
        assertArrayEquals(new int[] {3}, np.zeros(1, 3).squeeze().shape());
        assertArrayEquals(new int[] {1, 3}, np.zeros(3).expandDims(0).shape());
    }

    @Test
    void arithmetic() {
        NDArray x = np.array(new double[] {1, 2, 4});
        NDArray y = np.array(new double[] {1, 1, 1});
        assertEquals(np.array(new double[] {2, 3, 5}), x.add(y));
        assertEquals(np.array(new double[] {0, 1, 3}), x.sub(1));
        assertEquals(np.array(new double[] {2.5, 5, 10}), x.mul(2.5));
        assertEquals(np.array(new double[] {0.5, 1, 2}), x.div(2));
        assertEquals(np.array(new double[] {1, 4, 16}), x.pow(2));
        assertEquals(np.array(new double[] {-1, -2, -4}), x.neg());
        assertEquals(np.array(new double[] {0, -1, -3}), np.subtract(1, x));
        assertEquals(np.array(new double[] {2, 1, 0.5}), np.divide(2.0, x));
        NDArray w = x.copy();
        w.subi(y.mul(0.5));
        assertEquals(np.array(new double[] {0.5, 1.5, 3.5}), w);
        NDArray c = np.zeros(3);
        np.add(x, y, c);
        assertEquals(x.add(y), c);
        assertEquals(np.array(new boolean[] {true, false, false}), x.eq(y));
        assertEquals(DType.BOOL, x.gt(0).dtype());
        assertEquals(np.array(new double[] {0, 1, 3}), np.maximum(0, x.sub(1)));
        assertEquals(np.array(new double[] {0, 0.5, 1.5}), np.maximum(0.0, np.subtract(x, 1).mul(0.5)));
    }

    @Test
    void reductions() {
        NDArray y = np.arange(6).reshape(2, 3).astype(np.float64);
        assertEquals(15.0, np.sum(y).doubleValue());
        assertEquals(np.array(new double[] {3, 12}), np.sum(y, 1));
        assertArrayEquals(new int[] {2, 1}, np.max(y, 1, true).shape());
        assertEquals(np.array(new double[] {1, 4}), np.mean(y.reshape(1, 2, 3), new int[] {0, 2}, false));
        assertEquals(np.array(new long[] {2, 2}), np.argmax(y, 1));
        assertEquals(6L, np.sum(y.eq(y.T().T())).longValue());
        assertEquals(15.0, y.sum().doubleValue());
    }

    @Test
    void indexing() {
        NDArray x = np.arange(2 * 3 * 6).reshape(2, 3, 6).astype(np.float64);
        assertArrayEquals(new int[] {2, 3, 2}, x.get(all(), all(), slice(1, 5, 2)).shape());
        assertEquals(x.get(all(), all(), slice(1, 5, 2)), x.get(":, :, 1:5:2"));
        assertEquals(18.0, x.get("::-1").getDouble(0, 0, 0));
        assertArrayEquals(new int[] {3, 6, 1}, x.get(at(1), ELLIPSIS, NEWAXIS).shape());
        NDArray xTrain = np.arange(20).reshape(10, 2);
        NDArray batchMask = np.array(new long[] {3, 7});
        assertEquals(np.array(new long[][] {{6, 7}, {14, 15}}), xTrain.get(batchMask));
        NDArray p = np.array(new double[][] {{0.1, 0.9}, {0.8, 0.2}});
        NDArray t = np.array(new byte[] {1, 0});
        assertEquals(np.array(new double[] {0.9, 0.8}), p.get(np.arange(2), t));
        NDArray dx = p.copy();
        dx.at(np.arange(2), t).subi(1);
        assertTrue(np.allclose(np.array(new double[][] {{0.1, -0.1}, {-0.2, 0.2}}), dx, 0, 1e-15));
        NDArray out = np.array(new double[] {-1, 2, -3});
        NDArray mask = out.le(0);
        assertEquals(np.array(new double[] {-1, -3}), out.get(mask));
        out.set(0, mask);
        assertEquals(np.array(new double[] {0, 2, 0}), out);
        NDArray a = np.zeros(3);
        np.add_at(a, np.array(new long[] {0, 0, 2}), 1.0);
        assertEquals(np.array(new double[] {2, 0, 1}), a);
        NDArray img = np.zeros(1, 1, 4, 4);
        img.at(all(), all(), slice(0, 4, 2)).addi(1.0);
        assertEquals(8.0, img.sum().doubleValue());
    }

    @Test
    void linalgAndConv() {
        NDArray x = np.ones(2, 3);
        NDArray w1 = np.ones(3, 4);
        assertEquals(np.full(new int[] {2, 4}, 3.0), np.dot(x, w1));
        assertEquals(np.dot(x, w1), x.dot(w1));
        assertEquals(np.dot(x, w1), x.matmul(w1));
        assertEquals(np.dot(x, w1), np.matmul(x, w1));
        NDArray img = np.arange(2 * 3 * 5 * 5).reshape(2, 3, 5, 5).astype(np.float64);
        NDArray col = Conv.im2col(img, 3, 3, 1, 1);
        assertArrayEquals(new int[] {2 * 5 * 5, 3 * 3 * 3}, col.shape());
        assertArrayEquals(img.shape(), Conv.col2im(col, img.shape(), 3, 3, 1, 1).shape());
        NDArray w = np.ones(4, 3, 3, 3);
        NDArray b = np.zeros(4);
        NDArray out = Conv.convForward(img, w, b, 1, 1);
        assertArrayEquals(new int[] {2, 4, 5, 5}, out.shape());
        // the book's forward: im2col -> dot -> + b -> reshape/transpose
        assertEquals(np.dot(col, w.reshape(4, -1).T()).add(b).reshape(2, 5, 5, -1).transpose(0, 3, 1, 2), out);
        Conv.ConvGradients g = Conv.convBackward(np.ones_like(out), img, w, 1, 1);
        assertArrayEquals(img.shape(), g.dx().shape());
        assertArrayEquals(w.shape(), g.dW().shape());
        assertEquals(2.0 * 5 * 5, g.db().get(0).doubleValue());
        Conv.MaxPoolResult r = Conv.maxPool(img, 2, 2, 2, 0);
        assertArrayEquals(new int[] {2, 3, 2, 2}, r.out().shape());
        assertArrayEquals(img.shape(), Conv.maxPoolBackward(r.out(), r.argmax(), img.shape(), 2, 2, 2, 0).shape());
    }

    @Test
    void helpers(@TempDir Path dir) {
        NDArray x = np.array(new double[] {-2, 0.5, 3});
        assertEquals(np.array(new double[] {0, 0.5, 1}), np.clip(x, 0, 1));
        assertEquals(np.array(new double[] {0, 0.5, 3}), np.where(x.gt(0), x, 0.0));
        assertArrayEquals(new int[] {2, 5}, np.pad(np.ones(2, 3), new int[][] {{0, 0}, {1, 1}}, 0).shape());
        assertEquals(np.array(new double[] {3, -2}), np.take(x, np.array(new long[] {2, 0})));
        assertEquals(np.array(new double[] {-2, 0.5, 3}), np.sort(np.array(new double[] {3, -2, 0.5})));
        assertEquals(np.array(new long[] {1, 2, 0}), np.argsort(np.array(new double[] {3, -2, 0.5})));
        int rows = 0;
        for (NDArray row : np.zeros(3, 2).iterAxis0()) {
            row.addi(1);
            rows++;
        }
        assertEquals(3, rows);
        NDArray g = np.zeros(2, 2);
        NDIter it = np.nditer(g);
        while (!it.finished()) {
            int[] idx = it.multiIndex();
            it.setDouble(idx[0] * 10 + idx[1]);
            it.iternext();
        }
        assertEquals(np.array(new double[][] {{0, 1}, {10, 11}}), g);
        String f = dir.resolve("a.npy").toString();
        np.save(f, g);
        assertTrue(Files.exists(Path.of(f)));
        assertEquals(g, np.load(f));
        assertEquals("(784,)", Py.str(np.zeros(784).shape()));
        assertEquals("acc:0.9352", "acc:" + Py.str(0.9352));
    }
}
