package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summation order of the conv layer's {@code dW} with stride 1, bit for bit against a plain
 * reference written from its description (ConvLayer, DoubleConvLayer.dwLanes): per piece of images and
 * per (filter, tap), 64 bytes' worth of partial sums ({@code LANES}: 8 float64, 16 float32), partial
 * {@code l} the fma chain over the pixels {@code o ≡ l (mod LANES)} image after image, halved pairwise
 * at the end of the piece; the pieces added in order. The SIMD run (Vector API tiles for the whole
 * vectors, then the remaining pixels) and the scalar run (all pixels in plain Java) must both give
 * these bits, so dW does not depend on the machine. Pixel counts that are and are not multiples of
 * the lanes, fewer pixels than lanes, filter and tap counts that are not tile multiples (4 × 5),
 * strided inputs, several pieces; 1 and 2 threads. {@code db} in the same order, as one more tap over
 * a plane of ones ({@code fma(d, 1, s)} is {@code s + d}): the same bits with and without {@code dW}.
 */
class DwLaneOrderTest {
    // n, c, h, w, fn, fh, fw, pad
    private static final int[][] SHAPES = {
        {3, 1, 28, 28, 30, 5, 5, 0}, // the simple layer: 576 pixels, 30 filters, 25 taps
        {2, 16, 12, 12, 16, 3, 3, 1}, // 144 taps, "same"
        {20, 2, 7, 9, 5, 3, 2, 1}, // 7 x 10 = 70 pixels (a tail), 10 pieces of 2 images
        {5, 3, 4, 4, 7, 3, 3, 0}, // 4 pixels: fewer than the lanes
        {17, 1, 9, 9, 4, 1, 1, 0}, // 1x1 windows, 81 pixels, 9 pieces
    };

    @Test
    void float64() {
        int old = Parallel.threads();
        try {
            for (int[] s : SHAPES) {
                Geometry g = new Geometry(s[0], s[1], s[2], s[3], s[5], s[6], 1, s[7]);
                int fn = s[4], k = (int) g.k(), p = g.oh * g.ow, img = g.c * g.h * g.w;
                Random r = new Random(java.util.Arrays.hashCode(s));
                // the input as every other element of a wider array: strides (2·img, 2·h·w, 2·w, 2)
                double[] x = gauss(r, 2 * g.n * img);
                double[] d = gauss(r, g.n * fn * p);
                double[] w = gauss(r, fn * k);
                double[] expected = referenceDouble(g, fn, d, x);
                for (int t = 1; t <= 2; t++) {
                    Parallel.setThreads(t);
                    for (int ask = 0; ask < 3; ask++) { // dW alone, dW and db, db alone
                        double[] dw = ask < 2 ? new double[fn * k] : null;
                        double[] db = ask > 0 ? new double[fn] : null;
                        ConvLayer.backward(g, fn, d, 0, fn * p, p, x, 0, 2 * img, 2 * g.h * g.w, 2 * g.w, 2, w, 0,
                                null, 0, dw, 0, db, 0);
                        String what = java.util.Arrays.toString(s) + " threads=" + t + " ask=" + ask;
                        for (int f = 0; f < fn; f++) {
                            for (int j = 0; dw != null && j < k; j++) {
                                assertEquals(Double.doubleToLongBits(expected[f * (k + 1) + j]), Double.doubleToLongBits(dw[f * k + j]),
                                        what + " dW[" + f + ", " + j + "]");
                            }
                            if (db != null) {
                                assertEquals(Double.doubleToLongBits(expected[f * (k + 1) + k]), Double.doubleToLongBits(db[f]), what + " db[" + f + "]");
                            }
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    @Test
    void float32() {
        int old = Parallel.threads();
        try {
            for (int[] s : SHAPES) {
                Geometry g = new Geometry(s[0], s[1], s[2], s[3], s[5], s[6], 1, s[7]);
                int fn = s[4], k = (int) g.k(), p = g.oh * g.ow, img = g.c * g.h * g.w;
                Random r = new Random(31 * java.util.Arrays.hashCode(s));
                float[] x = toFloat(gauss(r, 2 * g.n * img));
                float[] d = toFloat(gauss(r, g.n * fn * p));
                float[] w = toFloat(gauss(r, fn * k));
                float[] expected = referenceFloat(g, fn, d, x);
                for (int t = 1; t <= 2; t++) {
                    Parallel.setThreads(t);
                    for (int ask = 0; ask < 3; ask++) { // dW alone, dW and db, db alone
                        float[] dw = ask < 2 ? new float[fn * k] : null;
                        float[] db = ask > 0 ? new float[fn] : null;
                        ConvLayer.backward(g, fn, d, 0, fn * p, p, x, 0, 2 * img, 2 * g.h * g.w, 2 * g.w, 2, w, 0,
                                null, 0, dw, 0, db, 0);
                        String what = java.util.Arrays.toString(s) + " threads=" + t + " ask=" + ask;
                        for (int f = 0; f < fn; f++) {
                            for (int j = 0; dw != null && j < k; j++) {
                                assertEquals(Float.floatToIntBits(expected[f * (k + 1) + j]), Float.floatToIntBits(dw[f * k + j]),
                                        what + " dW[" + f + ", " + j + "]");
                            }
                            if (db != null) {
                                assertEquals(Float.floatToIntBits(expected[f * (k + 1) + k]), Float.floatToIntBits(db[f]), what + " db[" + f + "]");
                            }
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(old);
        }
    }

    /** The input element tap (c, ky, kx) of output pixel o reads (0 on the padding); x has doubled strides. */
    private static int source(Geometry g, int n, int c, int ky, int kx, int o) {
        int iy = o / g.ow + ky - g.pad, ix = o % g.ow + kx - g.pad;
        if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w) {
            return -1;
        }
        return 2 * (((n * g.c + c) * g.h + iy) * g.w + ix);
    }

    private static double[] referenceDouble(Geometry g, int fn, double[] d, double[] x) {
        final int lanes = 8, k = (int) g.k(), p = g.oh * g.ow, per = ConvLayer.imagesPerPiece(g.n);
        double[] dw = new double[fn * (k + 1)]; // dW's k taps, then db as a tap over ones
        for (int f = 0; f < fn; f++) {
            for (int t = 0; t <= k; t++) {
                int c = t / (g.fh * g.fw), ky = t / g.fw % g.fh, kx = t % g.fw;
                double total = 0;
                for (int q = 0; q * per < g.n; q++) {
                    double[] part = new double[lanes];
                    for (int n = q * per; n < Math.min(g.n, (q + 1) * per); n++) {
                        for (int o = 0; o < p; o++) {
                            int src = t == k ? -2 : source(g, n, c, ky, kx, o);
                            double v = src == -2 ? 1 : src < 0 ? 0 : x[src];
                            part[o % lanes] = Math.fma(d[(n * fn + f) * p + o], v, part[o % lanes]);
                        }
                    }
                    for (int half = lanes / 2; half > 0; half /= 2) {
                        for (int i = 0; i < half; i++) {
                            part[i] += part[i + half];
                        }
                    }
                    total = q == 0 ? part[0] : total + part[0];
                }
                dw[f * (k + 1) + t] = total;
            }
        }
        return dw;
    }

    private static float[] referenceFloat(Geometry g, int fn, float[] d, float[] x) {
        final int lanes = 16, k = (int) g.k(), p = g.oh * g.ow, per = ConvLayer.imagesPerPiece(g.n);
        float[] dw = new float[fn * (k + 1)]; // dW's k taps, then db as a tap over ones
        for (int f = 0; f < fn; f++) {
            for (int t = 0; t <= k; t++) {
                int c = t / (g.fh * g.fw), ky = t / g.fw % g.fh, kx = t % g.fw;
                float total = 0;
                for (int q = 0; q * per < g.n; q++) {
                    float[] part = new float[lanes];
                    for (int n = q * per; n < Math.min(g.n, (q + 1) * per); n++) {
                        for (int o = 0; o < p; o++) {
                            int src = t == k ? -2 : source(g, n, c, ky, kx, o);
                            float v = src == -2 ? 1 : src < 0 ? 0f : x[src];
                            part[o % lanes] = Math.fma(d[(n * fn + f) * p + o], v, part[o % lanes]);
                        }
                    }
                    for (int half = lanes / 2; half > 0; half /= 2) {
                        for (int i = 0; i < half; i++) {
                            part[i] += part[i + half];
                        }
                    }
                    total = q == 0 ? part[0] : total + part[0];
                }
                dw[f * (k + 1) + t] = total;
            }
        }
        return dw;
    }

    private static double[] gauss(Random r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}
