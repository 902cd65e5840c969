package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Conv against golden data from {@code gen_conv.py} (the book's im2col/col2im/Pooling in NumPy):
 * every result must be bitwise the book's (signed zeros and NaN included), for contiguous and
 * non-contiguous inputs, and bitwise the same on 1 and 2 threads.
 */
class ConvTest {
    private static final Path DIR = Golden.ROOT.resolve("conv");

    @Test
    void im2colAndCol2imMatchTheBook() {
        int cases = 0;
        for (String[] l : lines("im2col")) {
            String name = l[1];
            int[] p = ints(l);
            int fh = p[4], fw = p[5], stride = p[6], pad = p[7];
            boolean t = l[10].equals("t");
            NDArray x = t ? load(name, "xnhwc").transpose(0, 3, 1, 2) : load(name, "x");
            NDArray dcol = t ? load(name, "dcolT").T() : load(name, "dcol");
            if (t && x.shape()[1] > 1) {
                assertFalse(x.isCContiguous(), name);
            }
            NDArray col = Conv.im2col(x, fh, fw, stride, pad);
            assertBits(load(name, "col"), col, name + " im2col");
            NDArray img = Conv.col2im(dcol, x.shape(), fh, fw, stride, pad);
            assertBits(load(name, "img"), img, name + " col2im");
            // the out variants write the same bits into caller buffers, overwriting old contents
            NDArray colOut = NDArray.allocate(col.dtype, col.shape).assign(7.0);
            assertSame(colOut, Conv.im2col(x, fh, fw, stride, pad, colOut));
            assertBits(col, colOut, name + " im2col out");
            NDArray imgOut = NDArray.allocate(img.dtype, img.shape).assign(7.0);
            assertSame(imgOut, Conv.col2im(dcol, x.shape(), fh, fw, stride, pad, imgOut));
            assertBits(img, imgOut, name + " col2im out");
            cases++;
        }
        assertEquals(120, cases);
    }

    @Test
    void maxPoolingMatchesTheBook() {
        int cases = 0;
        for (String[] l : lines("pool")) {
            String name = l[1];
            int[] p = ints(l);
            int ph = p[4], pw = p[5], stride = p[6], pad = p[7];
            boolean t = l[10].equals("t");
            NDArray x = t ? load(name, "xnhwc").transpose(0, 3, 1, 2) : load(name, "x");
            NDArray dout = t ? load(name, "doutnhwc").transpose(0, 3, 1, 2) : load(name, "dout");
            Conv.MaxPoolResult r = Conv.maxPool(x, ph, pw, stride, pad);
            assertBits(load(name, "out"), r.out(), name + " out");
            assertBits(load(name, "arg"), r.argmax(), name + " argmax");
            NDArray dx = Conv.maxPoolBackward(dout, r.argmax(), x.shape(), ph, pw, stride, pad);
            assertBits(load(name, "dx"), dx, name + " dx");
            NDArray out2 = NDArray.allocate(r.out().dtype, r.out().shape).assign(7.0);
            NDArray arg2 = NDArray.allocate(DType.INT64, r.argmax().shape).assign(7L);
            assertSame(out2, Conv.maxPool(x, ph, pw, stride, pad, out2, arg2));
            assertBits(r.out(), out2, name + " out (out variant)");
            assertBits(r.argmax(), arg2, name + " argmax (out variant)");
            NDArray dx2 = NDArray.allocate(dx.dtype, dx.shape).assign(7.0);
            assertSame(dx2, Conv.maxPoolBackward(dout, arg2, x.shape(), ph, pw, stride, pad, dx2));
            assertBits(dx, dx2, name + " dx (out variant)");
            cases++;
        }
        assertEquals(80, cases);
    }

    @Test
    void nonFloatInputBecomesFloat64LikeTheBook() {
        NDArray x = load("int_input", "x");
        assertEquals(DType.INT32, x.dtype());
        assertBits(load("int_input", "col"), Conv.im2col(x, 3, 3, 1, 1), "int im2col");
    }

    @Test
    void errorsHaveTheBooksMessages() {
        int n = 0;
        for (String[] l : lines("error")) {
            String name = l[1];
            Class<? extends Throwable> type = l[2].equals("IndexError") ? IndexError.class : ValueError.class;
            Throwable e;
            switch (name) {
                case "col2im_bad_size":
                    e = assertThrows(type, () -> Conv.col2im(NDArray.allocate(DType.FLOAT64, new int[] {10}),
                            new int[] {1, 1, 3, 3}, 2, 2, 1, 0));
                    break;
                case "im2col_3d":
                    e = assertThrows(type, () -> Conv.im2col(NDArray.allocate(DType.FLOAT64, new int[] {2, 3, 3}), 2, 2, 1, 0));
                    break;
                case "im2col_5d":
                    e = assertThrows(type, () -> Conv.im2col(NDArray.allocate(DType.FLOAT64, new int[] {1, 2, 2, 3, 3}), 2, 2, 1, 0));
                    break;
                case "im2col_too_big_filter":
                    e = assertThrows(type, () -> Conv.im2col(NDArray.allocate(DType.FLOAT64, new int[] {1, 1, 3, 3}), 6, 2, 1, 0));
                    break;
                case "pool_bad_index":
                    e = assertThrows(type, () -> Conv.maxPoolBackward(NDArray.allocate(DType.FLOAT64, new int[] {1, 1, 1, 1}),
                            NDArray.allocate(DType.INT64, new int[] {1}).assign(4L), new int[] {1, 1, 2, 2}, 2, 2, 2, 0));
                    break;
                default:
                    throw new AssertionError("unknown error case " + name);
            }
            assertEquals(l[3], e.getMessage(), name);
            n++;
        }
        assertEquals(5, n);
    }

    @Test
    void badArgumentsAndOutputsAreRejected() {
        NDArray x = NDArray.allocate(DType.FLOAT32, new int[] {2, 3, 5, 5});
        assertThrows(ValueError.class, () -> Conv.im2col(x, 0, 2, 1, 0));
        assertThrows(ValueError.class, () -> Conv.im2col(x, 2, 2, 0, 0));
        assertThrows(ValueError.class, () -> Conv.im2col(x, 2, 2, 1, -1));
        // wrong dtype, shape, layout of out
        assertThrows(ValueError.class, () -> Conv.im2col(x, 2, 2, 1, 0, NDArray.allocate(DType.FLOAT64, new int[] {32, 12})));
        assertThrows(ValueError.class, () -> Conv.im2col(x, 2, 2, 1, 0, NDArray.allocate(DType.FLOAT32, new int[] {32, 13})));
        assertThrows(ValueError.class, () -> Conv.im2col(x, 2, 2, 1, 0, NDArray.allocate(DType.FLOAT32, new int[] {12, 32}).T()));
        assertThrows(ValueError.class, () -> Conv.col2im(NDArray.allocate(DType.FLOAT32, new int[] {32, 12}), x.shape(), 2, 2, 1, 0,
                NDArray.allocate(DType.FLOAT32, new int[] {2, 3, 5, 4})));
        assertThrows(ValueError.class, () -> Conv.col2im(NDArray.allocate(DType.FLOAT32, new int[] {32, 12}), new int[] {2, 3, 5}, 2, 2, 1, 0));
        // an output aliasing the input
        NDArray big = NDArray.allocate(DType.FLOAT64, new int[] {4, 1, 2, 2});
        assertThrows(ValueError.class, () -> Conv.im2col(big, 1, 1, 1, 0, big.reshape(16, 1)));
        // pooling backward: dout of the wrong shape, float argmax
        Conv.MaxPoolResult r = Conv.maxPool(x, 2, 2, 2, 0);
        assertThrows(ValueError.class, () -> Conv.maxPoolBackward(x, r.argmax(), x.shape(), 2, 2, 2, 0));
        assertThrows(IndexError.class, () -> Conv.maxPoolBackward(r.out(), r.argmax().astype(DType.FLOAT64), x.shape(), 2, 2, 2, 0));
        assertEquals(12, Conv.outputSize(28, 5, 2, 0));
        assertEquals(28, Conv.outputSize(28, 3, 1, 1));
    }

    @Test
    void emptyResultsForAFilterThatJustDoesNotFit() {
        NDArray x = NDArray.allocate(DType.FLOAT64, new int[] {2, 3, 4, 4});
        NDArray col = Conv.im2col(x, 5, 2, 2, 0); // out_h = (4 - 5) // 2 + 1 = 0
        assertArrayEquals(new int[] {0, 30}, col.shape());
        NDArray img = Conv.col2im(col, x.shape(), 5, 2, 2, 0);
        assertArrayEquals(x.shape(), img.shape());
        assertTrue(img.equals(x));
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBits() {
        int old = Parallel.threads();
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                NDArray x = random(dt, new int[] {8, 6, 21, 19}, 1);
                NDArray[] one = runAll(x, 1);
                NDArray[] two = runAll(x, 2);
                for (int i = 0; i < one.length; i++) {
                    assertBits(one[i], two[i], dt + " result " + i);
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    private static NDArray[] runAll(NDArray x, int threads) {
        Parallel.setThreads(threads);
        NDArray col = Conv.im2col(x, 3, 3, 1, 1);
        NDArray dcol = random(x.dtype(), col.shape(), 2);
        NDArray img = Conv.col2im(dcol, x.shape(), 3, 3, 1, 1);
        NDArray img2 = Conv.col2im(random(x.dtype(), new int[] {8 * 11 * 10, 6 * 25}, 3), x.shape(), 5, 5, 2, 2);
        Conv.MaxPoolResult r = Conv.maxPool(x, 3, 3, 2, 0);
        NDArray dx = Conv.maxPoolBackward(random(x.dtype(), r.out().shape(), 4), r.argmax(), x.shape(), 3, 3, 2, 0);
        return new NDArray[] {col, img, img2, r.out(), r.argmax(), dx};
    }

    // ---------------------------------------------------------------------------------------------

    private static NDArray random(DType dt, int[] shape, long seed) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        Random rnd = new Random(seed);
        ByteBuffer b = ByteBuffer.allocate(n * 8).order(ByteOrder.nativeOrder());
        for (int i = 0; i < n; i++) {
            b.putDouble(rnd.nextGaussian());
        }
        b.flip();
        return np.frombuffer(b, DType.FLOAT64).astype(dt).reshape(shape);
    }

    /** Same dtype and shape, and every element with the same bits (NaNs compared as NaN). */
    static void assertBits(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        if (expected.dtype() == DType.INT64) {
            assertArrayEquals(expected.toLongArray(), actual.toLongArray(), what);
            return;
        }
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                throw new AssertionError(what + ": element " + i + " expected " + e[i] + " got " + a[i]);
            }
        }
        assertFalse(e.length == 0 && a.length != 0);
    }

    private static List<String[]> lines(String kind) {
        try {
            return Files.readAllLines(DIR.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                    .map(s -> s.split("\t", -1)).filter(f -> f[0].equals(kind)).collect(java.util.stream.Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] ints(String[] l) {
        int[] p = new int[8];
        for (int i = 0; i < 8; i++) {
            p[i] = Integer.parseInt(l[2 + i]);
        }
        return p;
    }

    private static final Golden GOLDEN = Golden.area("conv");

    static NDArray load(String caseName, String key) {
        return GOLDEN.load(caseName, key);
    }
}
