package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Conv's fast kernels on shapes larger than the golden cases (the benchmark shapes, filters wider
 * than a vector, strides, padding, odd widths, non-contiguous inputs), against a plain Java
 * restatement of the book's loops: im2col copies, col2im adds in the book's order (for y, for x,
 * over all windows), pooling takes the first maximum. Bitwise, on 1 and 2 threads.
 */
class ConvKernelsTest {
    /** n, c, h, w, fh, fw, stride, pad. */
    private static final int[][] SHAPES = {
        {3, 1, 28, 28, 5, 5, 1, 0}, {2, 16, 28, 28, 3, 3, 1, 1}, {2, 3, 17, 23, 4, 4, 2, 2},
        {2, 2, 30, 33, 7, 7, 1, 3}, {1, 2, 25, 40, 9, 11, 1, 2}, {2, 3, 24, 24, 2, 2, 2, 0},
        {2, 5, 13, 45, 3, 17, 3, 1}, {3, 4, 12, 37, 2, 2, 2, 1}, {2, 3, 9, 64, 1, 1, 1, 0},
        {1, 2, 40, 31, 3, 3, 2, 0}, {2, 3, 13, 17, 2, 2, 2, 0}, {1, 2, 7, 40, 2, 2, 2, 0},
        // rows narrower than, as wide as and a little wider than a vector (8 doubles, 16 floats); one channel
        {2, 3, 6, 5, 3, 3, 1, 1}, {1, 2, 5, 8, 3, 3, 1, 1}, {1, 2, 6, 16, 3, 3, 1, 1}, {2, 1, 9, 20, 3, 3, 1, 1},
    };

    @Test
    void im2colAndCol2imMatchTheBooksLoops() {
        eachDtypeOnOneAndTwoThreads((dt, threads) -> {
            for (int[] s : SHAPES) {
                for (int layout = 0; layout < 3; layout++) {
                    boolean t = layout == 1;
                    String what = dt + " " + java.util.Arrays.toString(s) + LAYOUTS[layout] + " threads " + threads;
                    NDArray x = layout == 2 ? flippedSlice(dt, s, 1) : input(dt, s, t, false, 1);
                    double[] col = bookIm2col(x.toDoubleArray(), s);
                    assertBits(col, Conv.im2col(x, s[4], s[5], s[6], s[7]), what + " im2col");
                    int[] cs = Conv.im2col(x, s[4], s[5], s[6], s[7]).shape();
                    NDArray dcol = random(dt, cs, 2, false);
                    if (t) {
                        dcol = random(dt, new int[] {cs[1], cs[0]}, 2, false).T();
                    } else if (layout == 2) {
                        dcol = dcol.get("::-1, :"); // rows in reverse: a negative row stride
                    }
                    double[] img = bookCol2im(dcol.toDoubleArray(), s, dt == DType.FLOAT32);
                    NDArray out = NDArray.allocate(dt, new int[] {s[0], s[1], s[2], s[3]}).assign(7.0);
                    Conv.col2im(dcol, out.shape(), s[4], s[5], s[6], s[7], out);
                    assertBits(img, out, what + " col2im");
                }
            }
        });
    }

    /**
     * Every run count of im2col's hoisted run copies (1 to 8 runs a row, stride 1 and 2) and every
     * square single-channel window with stride 1 (their own methods, the run width a constant), on
     * both dtypes and 1 and 2 threads.
     */
    @Test
    void im2colRunCopiesMatchTheBooksLoops() {
        eachDtypeOnOneAndTwoThreads((dt, threads) -> {
            for (int k = 1; k <= 8; k++) {
                int[][] shapes = {{3, 1, 11, 10 + 3 * k, k, k, 1, 0}, {2, 1, 12, 31, k, 1 + k % 4, 1, 0},
                    {2, 2, 9, 27, (k + 1) / 2, 3 + k % 3, 2, 0}, {2, 1, 10, 40, k, 9 - k, 1, 0}};
                for (int[] s : shapes) {
                    assertIm2col(dt, s, 3, threads);
                }
            }
        });
    }

    /**
     * Runs of 1 to 3 elements (the gathered ones), strides 1 to 3, padding 0 to 2, each shape large
     * enough for several parallel pieces and with rows that are not a whole number of vectors (so each
     * piece's last window goes through the spill buffer), on both dtypes and 1 and 2 threads (float64
     * is gathered in the conv-narrow run on any JDK, by default from JDK 21).
     */
    @Test
    void shortRunsMatchTheBooksLoops() {
        eachDtypeOnOneAndTwoThreads((dt, threads) -> {
            for (int fw = 1; fw <= 3; fw++) {
                for (int st = 1; st <= 3; st++) {
                    for (int p = 0; p <= 2; p++) {
                        int[] s = {6, 23, 20 * st + 11, 29 + st, 4 - fw, fw, st, p};
                        assertIm2col(dt, s, 7 + fw, threads);
                    }
                }
            }
        });
    }

    /**
     * im2col with padding where the gathered path would copy the zero-padded image first: up to 2^20
     * padded elements it does (64 channels of 128 × 128), above that the image is read in place, the
     * edge windows run by run (65 channels). Runs of at most 3 elements are gathered (float64 by default
     * from JDK 21, in the conv-narrow test run on any JDK; otherwise its runs are copied, padded or not),
     * so both dtypes and both sides of the limit, on 1 and 2 threads.
     */
    @Test
    void paddedIm2colOnBothSidesOfThePaddedCopyLimit() {
        int[][] shapes = {{1, 64, 126, 126, 1, 3, 1, 1}, {1, 65, 126, 126, 1, 3, 1, 1},
            {1, 64, 126, 126, 3, 1, 1, 1}, {1, 65, 126, 126, 3, 1, 2, 1}, {2, 65, 127, 125, 2, 3, 2, 2},
            {1, 65, 126, 126, 3, 2, 1, 1}};
        eachDtypeOnOneAndTwoThreads((dt, threads) -> {
            for (int[] s : shapes) {
                assertIm2col(dt, s, 5, threads);
            }
        });
    }

    @Test
    void maxPoolingMatchesTheBooksLoops() {
        eachDtypeOnOneAndTwoThreads((dt, threads) -> {
            for (int[] s : SHAPES) {
                for (int kind = 0; kind < 3; kind++) {
                    boolean t = kind == 1;
                    String what = dt + " " + java.util.Arrays.toString(s) + " kind " + kind + " threads " + threads;
                    NDArray x = input(dt, s, t, kind > 0, 1 + kind);
                    int[] os = {s[0], s[1], Conv.outputSize(s[2], s[4], s[6], s[7]), Conv.outputSize(s[3], s[5], s[6], s[7])};
                    double[] xv = x.toDoubleArray();
                    long[] arg = new long[os[0] * os[1] * os[2] * os[3]];
                    double[] out = bookPool(xv, s, os, arg);
                    Conv.MaxPoolResult r = Conv.maxPool(x, s[4], s[5], s[6], s[7]);
                    assertBits(out, r.out(), what + " out");
                    assertEquals(java.util.Arrays.toString(arg), java.util.Arrays.toString(r.argmax().toLongArray()), what + " argmax");
                    NDArray dout = random(dt, os, 5, false);
                    double[] dx = bookPoolBackward(dout.toDoubleArray(), arg, s, os, dt == DType.FLOAT32);
                    assertBits(dx, Conv.maxPoolBackward(dout, r.argmax(), x.shape(), s[4], s[5], s[6], s[7]), what + " dx");
                }
            }
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A check run for one dtype on one thread count. */
    private interface DtypeCase {
        void run(DType dt, int threads);
    }

    /** Runs {@code body} for float64 and float32 on 1 and then 2 threads; restores the thread count. */
    private static void eachDtypeOnOneAndTwoThreads(DtypeCase body) {
        int old = Parallel.threads();
        try {
            for (int threads = 1; threads <= 2; threads++) {
                Parallel.setThreads(threads);
                for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                    body.run(dt, threads);
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /** im2col of a C-contiguous random input of shape {@code s} against the book's loops, bit for bit. */
    private static void assertIm2col(DType dt, int[] s, long seed, int threads) {
        String what = dt + " " + java.util.Arrays.toString(s) + " threads " + threads;
        NDArray x = input(dt, s, false, false, seed);
        assertBits(bookIm2col(x.toDoubleArray(), s), Conv.im2col(x, s[4], s[5], s[6], s[7]), what);
    }

    // ---- the book's loops, element by element -------------------------------------------------

    private static double[] bookIm2col(double[] x, int[] s) {
        int n = s[0], c = s[1], h = s[2], w = s[3], fh = s[4], fw = s[5], st = s[6], p = s[7];
        int oh = Conv.outputSize(h, fh, st, p), ow = Conv.outputSize(w, fw, st, p);
        double[] col = new double[n * oh * ow * c * fh * fw];
        int k = 0;
        for (int a = 0; a < n; a++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int ch = 0; ch < c; ch++) {
                        for (int y = 0; y < fh; y++) {
                            for (int xx = 0; xx < fw; xx++) {
                                int ih = i * st + y - p, iw = j * st + xx - p;
                                col[k++] = ih >= 0 && ih < h && iw >= 0 && iw < w ? x[((a * c + ch) * h + ih) * w + iw] : 0.0;
                            }
                        }
                    }
                }
            }
        }
        return col;
    }

    /** img = zeros (padded); for y, for x: img[..., y + st*i, x + st*j] += col[...]; cropped. */
    private static double[] bookCol2im(double[] col, int[] s, boolean f32) {
        int n = s[0], c = s[1], h = s[2], w = s[3], fh = s[4], fw = s[5], st = s[6], p = s[7];
        int oh = Conv.outputSize(h, fh, st, p), ow = Conv.outputSize(w, fw, st, p);
        int hp = h + 2 * p + st - 1, wp = w + 2 * p + st - 1;
        double[] img = new double[n * c * hp * wp];
        int kk = c * fh * fw;
        for (int y = 0; y < fh; y++) {
            for (int xx = 0; xx < fw; xx++) {
                for (int a = 0; a < n; a++) {
                    for (int ch = 0; ch < c; ch++) {
                        for (int i = 0; i < oh; i++) {
                            for (int j = 0; j < ow; j++) {
                                int q = ((a * c + ch) * hp + y + st * i) * wp + xx + st * j;
                                double v = img[q] + col[((a * oh + i) * ow + j) * kk + (ch * fh + y) * fw + xx];
                                img[q] = f32 ? (float) v : v;
                            }
                        }
                    }
                }
            }
        }
        double[] out = new double[n * c * h * w];
        for (int a = 0; a < n * c; a++) {
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    out[(a * h + i) * w + j] = img[(a * hp + i + p) * wp + j + p];
                }
            }
        }
        return out;
    }

    /** Per window (y, x order, padding 0.0): the first maximum's index (first NaN), np.max's value. */
    private static double[] bookPool(double[] x, int[] s, int[] os, long[] arg) {
        int n = s[0], c = s[1], h = s[2], w = s[3], fh = s[4], fw = s[5], st = s[6], p = s[7];
        int oh = os[2], ow = os[3];
        double[] out = new double[n * c * oh * ow];
        for (int a = 0; a < n; a++) {
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        double best = 0;
                        int bi = -1;
                        boolean nan = false;
                        for (int k = 0; k < fh * fw && !nan; k++) {
                            int ih = i * st + k / fw - p, iw = j * st + k % fw - p;
                            double v = ih >= 0 && ih < h && iw >= 0 && iw < w ? x[((a * c + ch) * h + ih) * w + iw] : 0.0;
                            if (Double.isNaN(v)) {
                                best = v;
                                bi = k;
                                nan = true;
                            } else if (bi < 0 || v > best) {
                                best = v;
                                bi = k;
                            } else if (v == best) {
                                best = v; // np.max keeps the later of equal values (the sign of a zero)
                            }
                        }
                        out[((a * c + ch) * oh + i) * ow + j] = best;
                        arg[((a * oh + i) * ow + j) * c + ch] = bi;
                    }
                }
            }
        }
        return out;
    }

    private static double[] bookPoolBackward(double[] dout, long[] arg, int[] s, int[] os, boolean f32) {
        int n = s[0], c = s[1], fh = s[4], fw = s[5], oh = os[2], ow = os[3];
        int size = fh * fw;
        double[] dcol = new double[n * oh * ow * c * size];
        for (int a = 0; a < n; a++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int ch = 0; ch < c; ch++) {
                        int r = ((a * oh + i) * ow + j) * c + ch;
                        dcol[r * size + (int) arg[r]] = dout[((a * c + ch) * oh + i) * ow + j];
                    }
                }
            }
        }
        return bookCol2im(dcol, s, f32);
    }

    // ---- data ------------------------------------------------------------------------------------

    /** Input layouts of the im2col/col2im test: contiguous, a transposed (NHWC) view, a flipped slice. */
    private static final String[] LAYOUTS = {"", " nhwc", " flipped slice"};

    /**
     * Random input of shape s[0..3] as a view of a larger array: channels and rows in reverse (negative
     * strides) and columns 2..w+1 of rows w+3 long (a row stride that is not the width).
     */
    private static NDArray flippedSlice(DType dt, int[] s, long seed) {
        NDArray a = random(dt, new int[] {s[0], s[1] + 1, s[2] + 1, s[3] + 3}, seed, false);
        return a.get(":, " + s[1] + ":0:-1, " + s[2] + ":0:-1, 2:" + (s[3] + 2));
    }

    /** Random input of shape s[0..3]; nhwc: a transposed view; ties: values from a small set with ±0 and NaN. */
    private static NDArray input(DType dt, int[] s, boolean nhwc, boolean ties, long seed) {
        int[] shape = nhwc ? new int[] {s[0], s[2], s[3], s[1]} : new int[] {s[0], s[1], s[2], s[3]};
        NDArray a = random(dt, shape, seed, ties);
        return nhwc ? a.transpose(0, 3, 1, 2) : a;
    }

    private static NDArray random(DType dt, int[] shape, long seed, boolean ties) {
        NDArray a = NDArray.allocate(dt, shape);
        Random rnd = new Random(seed);
        boolean zeros = ties && shape.length == 4; // signed zeros only where the window rule applies
        double[] vals = {-1.0, 0.0, 1.0, 2.0, -0.0, Double.NaN};
        for (int i = 0; i < a.size; i++) {
            double v = ties ? vals[rnd.nextInt(zeros ? 5 : 4)] : rnd.nextGaussian();
            if (ties && rnd.nextInt(50) == 0) {
                v = Double.NaN;
            }
            if (dt == DType.FLOAT32) {
                ((float[]) a.data)[i] = (float) v;
            } else {
                ((double[]) a.data)[i] = v;
            }
        }
        return a;
    }

    private static void assertBits(double[] expected, NDArray actual, String what) {
        double[] a = actual.toDoubleArray();
        assertEquals(expected.length, a.length, what + ": size");
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(a[i])) {
                throw new AssertionError(what + ": element " + i + " expected " + expected[i] + " got " + a[i]);
            }
        }
    }
}
