package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fused Convolution layer ({@link Conv#convForward}, {@link Conv#convBackward}) against NumPy's
 * book layer (golden data from {@code gen_convlayer.py}, to rounding) and against the book's steps
 * done with zeroj's own im2col/GEMM/col2im (forward and dx bit for bit; dW and db to rounding), on
 * 1, 2 and 3 threads (identical bits) and with strided operands.
 */
class ConvLayerTest {
    private static final Golden G = Golden.area("convlayer");

    /** |a - e| <= tol * max|e| (sums in another order than NumPy's BLAS). */
    private static void assertNear(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double tol = expected.dtype() == DType.FLOAT32 ? 1e-5 : 1e-13;
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        double max = 0;
        for (double v : e) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < e.length; i++) {
            assertTrue(Math.abs(e[i] - a[i]) <= tol * max, what + ": element " + i + " expected " + e[i] + " got " + a[i]);
        }
    }

    /** The book's forward with zeroj's primitives: im2col, GEMM, + b, reshape/transpose (copied). */
    private static NDArray unfusedForward(NDArray x, NDArray w, NDArray b, int s, int p) {
        int fn = w.shape(0);
        int oh = Conv.outputSize(x.shape(2), w.shape(2), s, p), ow = Conv.outputSize(x.shape(3), w.shape(3), s, p);
        NDArray col = Conv.im2col(x, w.shape(2), w.shape(3), s, p);
        NDArray out = np.dot(col, w.reshape(fn, -1).T()).add(b);
        return out.reshape(x.shape(0), oh, ow, -1).transpose(0, 3, 1, 2).copy();
    }

    /** The book's backward with zeroj's primitives: {dx, dW, db}. */
    private static NDArray[] unfusedBackward(NDArray dout, NDArray x, NDArray w, int s, int p) {
        int fn = w.shape(0);
        NDArray col = Conv.im2col(x, w.shape(2), w.shape(3), s, p);
        NDArray colW = w.reshape(fn, -1).T();
        NDArray d = dout.transpose(0, 2, 3, 1).reshape(-1, fn);
        NDArray db = d.sum(0);
        NDArray dW = np.dot(col.T(), d).transpose(1, 0).reshape(w.shape());
        NDArray dx = Conv.col2im(np.dot(d, colW.T()), x.shape(), w.shape(2), w.shape(3), s, p);
        return new NDArray[] {dx, dW, db};
    }

    @Test
    void goldenCasesOnOneTwoAndThreeThreads() {
        int old = Parallel.threads();
        List<String[]> lines = G.lines();
        assertEquals(20, lines.size());
        try {
            for (String[] l : lines) {
                String c = l[0];
                int s = Integer.parseInt(l[1]), p = Integer.parseInt(l[2]);
                NDArray x = G.load(c, "x"), w = G.load(c, "W"), b = G.load(c, "b"), dout = G.load(c, "dout");
                Parallel.setThreads(1);
                NDArray ref = unfusedForward(x, w, b, s, p);
                NDArray[] refB = unfusedBackward(dout, x, w, s, p);
                NDArray out1 = null;
                Conv.ConvGradients g1 = null;
                for (int t = 1; t <= 3; t++) {
                    Parallel.setThreads(t);
                    NDArray out = Conv.convForward(x, w, b, s, p);
                    Conv.ConvGradients g = Conv.convBackward(dout, x, w, s, p);
                    String what = c + " threads=" + t;
                    assertNear(G.load(c, "out"), out, what + " out vs NumPy");
                    ConvTest.assertBits(ref, out, what + " out vs book steps in zeroj");
                    assertNear(G.load(c, "dx"), g.dx(), what + " dx vs NumPy");
                    ConvTest.assertBits(refB[0], g.dx(), what + " dx vs book steps in zeroj");
                    assertNear(G.load(c, "dW"), g.dW(), what + " dW vs NumPy");
                    assertNear(refB[1], g.dW(), what + " dW vs book steps in zeroj");
                    assertNear(G.load(c, "db"), g.db(), what + " db vs NumPy");
                    assertNear(refB[2], g.db(), what + " db vs book steps in zeroj");
                    if (t == 1) {
                        out1 = out;
                        g1 = g;
                    } else {
                        assertAsOneThread(out1, g1, out, g, what);
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /** The forward output and the three gradients of a run on more threads, bit for bit those of one thread. */
    private static void assertAsOneThread(NDArray out1, Conv.ConvGradients g1, NDArray out, Conv.ConvGradients g,
            String what) {
        ConvTest.assertBits(out1, out, what + " out vs 1 thread");
        ConvTest.assertBits(g1.dx(), g.dx(), what + " dx vs 1 thread");
        ConvTest.assertBits(g1.dW(), g.dW(), what + " dW vs 1 thread");
        ConvTest.assertBits(g1.db(), g.db(), what + " db vs 1 thread");
    }

    /**
     * The benchmark shapes (SimpleConvNet conv1, a DeepConvNet layer; 3 images): window matrices large
     * enough for the layer's line-aligned work buffers (the golden cases are too small for them).
     * Forward and dx bit for bit against the book's steps in zeroj, dW and db to rounding, 1 and 2
     * threads identical.
     */
    @Test
    void benchmarkShapesMatchTheBookStepsInZeroj() {
        int old = Parallel.threads();
        // n, c, h, w, fn, f, pad; the last: "same" 5×5 windows (whole-window-row copies and adds, 4 pixels
        // skipped a row)
        int[][] shapes = {{3, 1, 28, 28, 30, 5, 0}, {3, 16, 28, 28, 16, 3, 1}, {2, 3, 12, 12, 4, 5, 2}};
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                for (int[] sh : shapes) {
                    java.util.Random r = new java.util.Random(sh[1] * 31 + dt.ordinal());
                    NDArray x = filled(dt, new int[] {sh[0], sh[1], sh[2], sh[3]}, r, 1);
                    NDArray w = filled(dt, new int[] {sh[4], sh[1], sh[5], sh[5]}, r, 0.1);
                    NDArray b = filled(dt, new int[] {sh[4]}, r, 1);
                    int o = Conv.outputSize(sh[2], sh[5], 1, sh[6]);
                    NDArray dout = filled(dt, new int[] {sh[0], sh[4], o, o}, r, 1);
                    Parallel.setThreads(1);
                    NDArray ref = unfusedForward(x, w, b, 1, sh[6]);
                    NDArray[] refB = unfusedBackward(dout, x, w, 1, sh[6]);
                    NDArray out1 = null;
                    Conv.ConvGradients g1 = null;
                    for (int t = 1; t <= 2; t++) {
                        Parallel.setThreads(t);
                        String what = dt + " " + java.util.Arrays.toString(sh) + " threads=" + t;
                        NDArray out = Conv.convForward(x, w, b, 1, sh[6]);
                        Conv.ConvGradients g = Conv.convBackward(dout, x, w, 1, sh[6]);
                        ConvTest.assertBits(ref, out, what + " out");
                        ConvTest.assertBits(refB[0], g.dx(), what + " dx");
                        assertNear(refB[1], g.dW(), what + " dW");
                        assertNear(refB[2], g.db(), what + " db");
                        if (t == 1) {
                            out1 = out;
                            g1 = g;
                        } else {
                            assertAsOneThread(out1, g1, out, g, what);
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /**
     * Stride-1 layers with at least 8 filters and a tile of output pixels per image (48 float32, 24
     * float64 with AVX-512) take the shifted-planes forward pass on the SIMD runs (DoubleShiftedConv;
     * the scalar run takes im2col and the GEMM): bit for bit the book's steps in zeroj with filter and
     * pixel counts that are not multiples of the tile (the last tile starts earlier and overlaps), exactly
     * one tile, 1..4 channels, windows that are not square, 1×1 windows, padding 0..2, "same" padding
     * (source rows as far apart as the planes': one copy per plane), and inputs that are strided views:
     * every other column, transposed, flipped (negative strides), a row stride wider than the row.
     * 1 and 2 threads.
     */
    @Test
    void shiftedForwardPassShapesAndStridedInputs() {
        int old = Parallel.threads();
        // n, c, h, w, fn, fh, fw, pad; then the output pixels per image
        int[][] shapes = {
            {2, 1, 28, 28, 30, 5, 5, 0}, // SimpleConvNet conv1: 576, 30 filters (5 tiles of 6)
            {2, 1, 10, 10, 8, 3, 3, 0}, // 64, one group
            {1, 1, 8, 8, 9, 1, 1, 0}, // 64, 1×1 windows, 9 filters (tiles of 6 at 0 and 3)
            {2, 3, 9, 11, 13, 3, 5, 1}, // 9×9 = 81, windows 3×5 (tiles of 8 at 0 and 5)
            {1, 2, 8, 8, 16, 3, 3, 1}, // "same": 64
            {1, 2, 6, 8, 17, 1, 1, 0}, // 48: one float tile exactly
            {1, 1, 5, 10, 8, 1, 1, 0}, // 50
            {2, 4, 7, 7, 10, 5, 5, 2}, // "same" 5×5: 49 (float: fewer than a 6-filter tile, so tiles of 8)
            {1, 2, 12, 9, 11, 4, 2, 2}, // 13×12 = 156, windows 4×2
        };
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                for (int[] sh : shapes) {
                    java.util.Random r = new java.util.Random(java.util.Arrays.hashCode(sh) + dt.ordinal());
                    int n = sh[0], c = sh[1], h = sh[2], wd = sh[3], fn = sh[4], pad = sh[7];
                    NDArray x = filled(dt, new int[] {n, c, h, wd}, r, 1);
                    NDArray w = filled(dt, new int[] {fn, c, sh[5], sh[6]}, r, 0.5);
                    NDArray b = filled(dt, new int[] {fn}, r, 1);
                    NDArray[] inputs = {
                        x,
                        // every other column of a twice-as-wide array
                        np.stack(new NDArray[] {x, x.mul(2.0)}, 4).reshape(n, c, h, 2 * wd)
                                .get(Index.all(), Index.all(), Index.all(), Index.slice(0, 2 * wd, 2)),
                        x.transpose(0, 1, 3, 2).copy().transpose(0, 1, 3, 2),
                        x.get(Index.all(), Index.all(), Index.slice(null, null, -1), Index.slice(null, null, -1)),
                        // rows 3 wider than the image
                        np.concatenate(new NDArray[] {x, np.zeros(new int[] {n, c, h, 3}, dt)}, 3)
                                .get(Index.all(), Index.all(), Index.all(), Index.slice(0, wd)),
                    };
                    for (int v = 0; v < inputs.length; v++) {
                        NDArray xi = inputs[v];
                        assertTrue(v == 0 || !xi.isCContiguous(), "input " + v + " is a strided view");
                        Parallel.setThreads(1);
                        NDArray ref = unfusedForward(xi, w, b, 1, pad);
                        for (int t = 1; t <= 2; t++) {
                            Parallel.setThreads(t);
                            ConvTest.assertBits(ref, Conv.convForward(xi, w, b, 1, pad),
                                    dt + " " + java.util.Arrays.toString(sh) + " input " + v + " threads=" + t);
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /**
     * With stride 1, at least 4 input channels, a padding of at most {@code fh - 1} and {@code fw - 1} and
     * finite weights, the SIMD runs compute {@code dx} on register tiles over the zero-padded planes of
     * {@code dout} (DoubleShiftedDx; the scalar run takes the GEMM and col2im): bit for bit the book's
     * steps in zeroj with channel counts that are not multiples of the tile's 4 (the last group starts
     * earlier), spans that are and are not tile multiples, fewer pixels than a tile (GEMM path), square
     * and non-square windows, padding 0..fh-1 and a padding too wide for the tiles, and {@code dout} given
     * contiguous, as every other channel of a wider array, and with NaN and infinities; weights with an
     * infinity or NaN (products with the padding zeros would be NaN: GEMM path). dW and db too. 1 and 2
     * threads.
     */
    @Test
    void shiftedDxShapesAndDoutLayouts() {
        int old = Parallel.threads();
        // n, c, h, w, fn, fh, fw, pad
        int[][] shapes = {
            {2, 16, 28, 28, 16, 3, 3, 1}, // the DeepConvNet layer
            {2, 4, 12, 12, 5, 3, 3, 1}, // one group of 4
            {1, 5, 9, 11, 3, 3, 5, 2}, // 5 channels (groups at 0 and 1), windows 3×5
            {2, 7, 10, 10, 8, 5, 5, 0}, // padding 0
            {1, 6, 8, 8, 4, 2, 2, 1}, // even windows, pad = fh - 1
            {1, 4, 7, 9, 2, 1, 1, 0}, // 1×1 windows
            {1, 4, 3, 3, 2, 3, 3, 1}, // 9 pixels: fewer than a tile (GEMM path)
            {1, 4, 8, 8, 3, 1, 1, 1}, // pad 1 > fh - 1 (GEMM path)
            {1, 9, 15, 6, 7, 3, 2, 1}, // tall and narrow, windows 3×2
        };
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                for (int[] sh : shapes) {
                    java.util.Random r = new java.util.Random(java.util.Arrays.hashCode(sh) + 7L * dt.ordinal());
                    int n = sh[0], c = sh[1], h = sh[2], wd = sh[3], fn = sh[4], fh = sh[5], fw = sh[6], pad = sh[7];
                    int oh = Conv.outputSize(h, fh, 1, pad), ow = Conv.outputSize(wd, fw, 1, pad);
                    NDArray x = filled(dt, new int[] {n, c, h, wd}, r, 1);
                    NDArray w = filled(dt, new int[] {fn, c, fh, fw}, r, 0.5);
                    NDArray dout = filled(dt, new int[] {n, fn, oh, ow}, r, 1);
                    NDArray special = dout.copy();
                    special.set(Double.NaN, 0, 0, 0, 0);
                    special.set(Double.POSITIVE_INFINITY, n - 1, fn - 1, oh - 1, ow - 1);
                    special.set(Double.NEGATIVE_INFINITY, 0, fn / 2, oh / 2, 0);
                    NDArray wInf = w.copy();
                    wInf.set(Double.POSITIVE_INFINITY, fn - 1, c - 1, fh - 1, 0);
                    NDArray wNaN = w.copy();
                    wNaN.set(Double.NaN, 0, 0, 0, fw - 1);
                    NDArray[][] cases = {
                        {dout, w},
                        // every other channel of a twice-as-deep array: channel stride 2·P
                        {np.stack(new NDArray[] {dout, dout.mul(3.0)}, 2).reshape(n, 2 * fn, oh, ow)
                                .get(Index.all(), Index.slice(0, 2 * fn, 2)), w},
                        {special, w},
                        {dout, wInf},
                        {dout, wNaN},
                    };
                    for (int v = 0; v < cases.length; v++) {
                        NDArray d = cases[v][0], wv = cases[v][1];
                        assertTrue(v != 1 || !d.isCContiguous(), "dout 1 is a strided view");
                        Parallel.setThreads(1);
                        NDArray[] ref = unfusedBackward(d, x, wv, 1, pad);
                        for (int t = 1; t <= 2; t++) {
                            Parallel.setThreads(t);
                            Conv.ConvGradients g = Conv.convBackward(d, x, wv, 1, pad);
                            String what = dt + " " + java.util.Arrays.toString(sh) + " case " + v + " threads=" + t;
                            ConvTest.assertBits(ref[0], g.dx(), what + " dx");
                            if (v < 2) {
                                assertNear(ref[1], g.dW(), what + " dW");
                                assertNear(ref[2], g.db(), what + " db");
                            }
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /**
     * The bias taken as the last step of each output's fma chain ({@code fma(b, 1, s)}) keeps the bits of
     * the book's {@code + b} for special values too: signed zeros (sums that underflow to -0.0), NaN,
     * infinities, subnormals, overflow; and with no channels (K = 0: out is 0 + b). 1 and 2 threads; 6×6
     * images go through im2col and the GEMM, 8×8 ones through the shifted-planes pass on SIMD runs
     * (there the bias is the chain's last step after the tile's loop, or with zeroj.conv.shifted.biastap,
     * the JDK 17-20 default, the loop's last tap over a plane of ones: the same bits either way).
     */
    @Test
    void biasStepKeepsTheBitsOfAddingItForSpecialValues() {
        int old = Parallel.threads();
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                boolean f = dt == DType.FLOAT32;
                double[] bv = {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        f ? 1e-40 : Double.MIN_VALUE, f ? -1e-42 : -4e-320, f ? 3e38 : Double.MAX_VALUE, -1.5};
                int fn = bv.length;
                NDArray b = np.array(bv).astype(dt);
                // tiny x times tiny -W: every product underflows, the sums are -0.0; huge ones overflow
                double[][] xw = {{f ? 1e-30 : 1e-200, f ? -1e-30 : -1e-200}, {f ? 1e19 : 1e154, f ? 1e19 : 1e154},
                        {f ? -1e19 : -1e154, f ? 1e19 : 1e154}};
                for (double[] v : xw) {
                    for (int[] cs : new int[][] {{2, 6}, {0, 6}, {2, 8}, {0, 8}}) {
                        // 6×6: 36 output pixels (the GEMM path); 8×8: 64 (the shifted pass on SIMD runs)
                        int c = cs[0];
                        NDArray x = np.full(new int[] {3, c, cs[1], cs[1]}, v[0], dt);
                        NDArray w = np.full(new int[] {fn, c, 3, 3}, v[1], dt);
                        NDArray ref = unfusedForward(x, w, b, 1, 1);
                        for (int t = 1; t <= 2; t++) {
                            Parallel.setThreads(t);
                            ConvTest.assertBits(ref, Conv.convForward(x, w, b, 1, 1),
                                    dt + " x=" + v[0] + " W=" + v[1] + " c=" + c + " h=" + cs[1] + " threads=" + t);
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /** Gaussian values times {@code scale}, rounded to the dtype. */
    private static NDArray filled(DType dt, int[] shape, java.util.Random r, double scale) {
        NDArray a = NDArray.allocate(dt, shape);
        for (int i = 0; i < a.size; i++) {
            double v = scale * r.nextGaussian();
            if (dt == DType.FLOAT32) {
                ((float[]) a.data)[i] = (float) v;
            } else {
                ((double[]) a.data)[i] = v;
            }
        }
        return a;
    }

    @Test
    void outVariantsStridedOperandsAndSkippedGradients() {
        for (String c : new String[] {"c3_s2_p1_float64", "c2_n20_s1_p1_float32", "c2_s2_p2_odd_float64"}) {
            String[] l = G.lines().stream().filter(f -> f[0].equals(c)).findFirst().orElseThrow();
            int s = Integer.parseInt(l[1]), p = Integer.parseInt(l[2]);
            NDArray x = G.load(c, "x"), w = G.load(c, "W"), b = G.load(c, "b"), dout = G.load(c, "dout");
            NDArray out = Conv.convForward(x, w, b, s, p);
            Conv.ConvGradients g = Conv.convBackward(dout, x, w, s, p);
            // strided views with the same values
            NDArray xs = x.transpose(0, 1, 3, 2).copy().transpose(0, 1, 3, 2);
            NDArray ws = w.transpose(3, 2, 1, 0).copy().transpose(3, 2, 1, 0);
            NDArray ds = dout.transpose(0, 1, 3, 2).copy().transpose(0, 1, 3, 2);
            NDArray bs = np.stack(new NDArray[] {b, b}, 1).get(Index.all(), Index.at(0));
            assertTrue(!xs.isCContiguous() && !ws.isCContiguous() && !ds.isCContiguous() && !bs.isCContiguous());
            NDArray o2 = np.zeros(out.shape(), out.dtype());
            assertTrue(Conv.convForward(xs, ws, bs, s, p, o2) == o2);
            ConvTest.assertBits(out, o2, c + " strided forward into out");
            NDArray dx = np.full(x.shape(), 7.0, x.dtype()), dW = np.full(w.shape(), 7.0, x.dtype());
            NDArray db = np.full(new int[] {w.shape(0)}, 7.0, x.dtype());
            assertTrue(Conv.convBackward(ds, xs, ws, s, p, dx, dW, db) == dx);
            ConvTest.assertBits(g.dx(), dx, c + " strided dx");
            ConvTest.assertBits(g.dW(), dW, c + " strided dW");
            ConvTest.assertBits(g.db(), db, c + " strided db");
            // each gradient alone
            NDArray dx2 = np.zeros(x.shape(), x.dtype());
            assertTrue(Conv.convBackward(dout, x, w, s, p, dx2, null, null) == dx2);
            ConvTest.assertBits(g.dx(), dx2, c + " dx alone");
            NDArray dW2 = np.zeros(w.shape(), x.dtype());
            assertNull(Conv.convBackward(dout, x, w, s, p, null, dW2, null));
            ConvTest.assertBits(g.dW(), dW2, c + " dW alone");
            NDArray db2 = np.zeros(new int[] {w.shape(0)}, x.dtype());
            Conv.convBackward(dout, x, w, s, p, null, null, db2);
            ConvTest.assertBits(g.db(), db2, c + " db alone");
        }
    }

    @Test
    void errors() {
        NDArray x = np.zeros(new int[] {2, 3, 8, 8}, DType.FLOAT64);
        NDArray w = np.zeros(new int[] {4, 3, 3, 3}, DType.FLOAT64);
        NDArray b = np.zeros(new int[] {4}, DType.FLOAT64);
        TypeError te = assertThrows(TypeError.class, () -> Conv.convForward(x, w.astype(DType.FLOAT32), b, 1, 0));
        assertEquals("convForward: x, W and b must all be float32 or all float64, got float64, float32, float64",
                te.getMessage());
        assertThrows(TypeError.class, () -> Conv.convForward(x.astype(DType.INT32), w, b, 1, 0));
        ValueError ve = assertThrows(ValueError.class,
                () -> Conv.convForward(x, np.zeros(new int[] {4, 2, 3, 3}, DType.FLOAT64), b, 1, 0));
        assertEquals("convForward: x has 3 channels but W expects 2", ve.getMessage());
        ve = assertThrows(ValueError.class, () -> Conv.convForward(x, w, np.zeros(new int[] {5}, DType.FLOAT64), 1, 0));
        assertEquals("convForward: b must hold FN = 4 elements, got shape (5,)", ve.getMessage());
        assertThrows(ValueError.class, () -> Conv.convForward(x.reshape(6, 8, 8), w, b, 1, 0));
        assertThrows(ValueError.class, () -> Conv.convForward(x, w, b, 0, 0));
        assertThrows(ValueError.class, () -> Conv.convForward(x, np.zeros(new int[] {4, 3, 11, 3}, DType.FLOAT64),
                b, 1, 0));
        assertThrows(ValueError.class, () -> Conv.convForward(x, w, b, 1, 0, np.zeros(new int[] {2, 4, 6, 5}, DType.FLOAT64)));
        assertThrows(ValueError.class, () -> Conv.convForward(x, w, b, 1, 0, x));
        ve = assertThrows(ValueError.class, () -> Conv.convBackward(np.zeros(new int[] {2, 4, 6, 5}, DType.FLOAT64), x, w, 1, 0));
        assertEquals("convBackward: dout has shape (2, 4, 6, 5), expected (2, 4, 6, 6)", ve.getMessage());
        NDArray dout = np.zeros(new int[] {2, 4, 6, 6}, DType.FLOAT64);
        assertThrows(TypeError.class, () -> Conv.convBackward(dout.astype(DType.FLOAT32), x, w, 1, 0));
        assertThrows(ValueError.class, () -> Conv.convBackward(dout, x, w, 1, 0, null, null, np.zeros(new int[] {3}, DType.FLOAT64)));
        assertThrows(ValueError.class, () -> Conv.convBackward(dout, x, w, 1, 0, x, null, null));
        // empty batch: empty output, zero gradients
        NDArray x0 = np.zeros(new int[] {0, 3, 8, 8}, DType.FLOAT32);
        NDArray w0 = np.ones(new int[] {4, 3, 3, 3}, DType.FLOAT32);
        assertEquals(0, Conv.convForward(x0, w0, b.astype(DType.FLOAT32), 1, 0).size());
        Conv.ConvGradients g0 = Conv.convBackward(np.zeros(new int[] {0, 4, 6, 6}, DType.FLOAT32), x0, w0, 1, 0);
        assertEquals(0.0, ((Number) g0.dW().sum().item()).doubleValue(), 0.0);
        assertEquals(0.0, ((Number) g0.db().sum().item()).doubleValue(), 0.0);
    }
}
