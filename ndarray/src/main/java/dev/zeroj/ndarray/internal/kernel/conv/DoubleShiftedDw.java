package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API tiles of {@link ConvLayer}'s backward pass for {@code dW} with stride 1, double half;
 * loaded only through {@link VectorConv}.
 * <p>FloatShiftedDw.java is generated from DoubleShiftedDw.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleShiftedDw.java and regenerate.
 *
 * <p>{@code dW[f][t] = Σ_o dout[f][o]·xs[toff[t] + o]} over the image's output pixels {@code o}, with the
 * input read from the forward pass's shifted planes ({@code xs}, {@code toff} as in DoubleShiftedConv).
 * The sum is kept as {@link DoubleConvLayer#LANES} partial sums ({@code acc[ao + (f·k + t)·LANES + l]}):
 * partial {@code l} is the fma chain over the pixels {@code o ≡ l (mod LANES)} in order, continued from
 * image to image, so one vector holds the partials of one (filter, tap) and every lane is used whatever
 * the filter and tap counts. Here the pixels below {@code full} (a multiple of {@code LANES}); the
 * caller does the rest, and the same partials in plain Java when there is no Vector API
 * ({@code DoubleConvLayer.dwLanes}), so the bits do not depend on the vector width. With fewer lanes per
 * vector than {@code LANES} (narrower machines) the partials are done a vector at a time, the pixels of
 * one vector in each pass.
 *
 * <p>A tile holds 4 filters × 5 taps in registers (2 × 4 with 16 vector registers): each pixel vector
 * loaded serves 4 or 5 FMAs (a GEMM over the window matrix broadcasts one element per FMA). The filters
 * and taps left over go in narrower tiles.
 */
final class DoubleShiftedDw {
    private DoubleShiftedDw() {}

    private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
    /**
     * The partials per (filter, tap), a compile-time constant: with the pixel loop's step in a variable C2
     * does not treat it as a counted loop, and the tiles ran 1.5x slower.
     */
    private static final int LANES = DoubleConvLayer.LANES;
    /**
     * Whether the vectors are 512 bits wide, which comes with 32 vector registers (AVX-512): the 4 × 5
     * tile's 20 accumulators and 6 operands fit. With 16 (AVX2) it spilled and ran 2x slower than the
     * GEMM it replaces (JDK 25 with -XX:UseAVX=2, one thread, float32 dW: deep layer 15.3 vs 8.0 ms,
     * simple 3.6 vs 1.6); there the tile is 2 × 4 (deep 7.0 ms; simple 1.7 or 3.2 ms from one JVM
     * to the next).
     */
    private static final boolean WIDE = SP.vectorBitSize() >= 512;

    /** Whether the tiles can keep the {@link #LANES} partials: a vector holds them, or a divisor of them. */
    static boolean fits() {
        return LANES % SP.length() == 0;
    }

    /**
     * One image's pixels below {@code full} into the partials: {@code dout} at {@code d[d0 + f·dsF + o]},
     * the shifted planes at {@code xs[xo + toff[t] + o]}, {@code fn} filters and {@code k} taps.
     */
    static void image(int fn, int k, int full, double[] d, int d0, int dsF, double[] xs, int xo,
            int[] toff, double[] acc, int ao) {
        for (int h = 0; h < LANES; h += SP.length()) {
            if (WIDE) {
                grid4x5(fn, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            } else {
                grid2x4(fn, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
        }
    }

    /** All filters × taps in tiles of 4 × 5, the rest in 4 × 1, 1 × 5 and 1 × 1 tiles. */
    private static void grid4x5(int fn, int k, int h, int full, double[] d, int d0, int dsF, double[] xs, int xo,
            int[] toff, double[] acc, int ao) {
        final int fr = fn - fn % 4, tr = k - k % 5;
        for (int f = 0; f < fr; f += 4) {
            for (int t = 0; t < tr; t += 5) {
                tile4x5(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
            for (int t = tr; t < k; t++) {
                tile4x1(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
        }
        for (int f = fr; f < fn; f++) {
            for (int t = 0; t < tr; t += 5) {
                tile1x5(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
            for (int t = tr; t < k; t++) {
                tile1x1(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
        }
    }

    /** All filters × taps in tiles of 2 × 4, the rest in 2 × 1, 1 × 4 and 1 × 1 tiles. */
    private static void grid2x4(int fn, int k, int h, int full, double[] d, int d0, int dsF, double[] xs, int xo,
            int[] toff, double[] acc, int ao) {
        final int fr = fn - fn % 2, tr = k - k % 4;
        for (int f = 0; f < fr; f += 2) {
            for (int t = 0; t < tr; t += 4) {
                tile2x4(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
            for (int t = tr; t < k; t++) {
                tile2x1(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
        }
        for (int f = fr; f < fn; f++) {
            for (int t = 0; t < tr; t += 4) {
                tile1x4(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
            for (int t = tr; t < k; t++) {
                tile1x1(f, t, k, h, full, d, d0, dsF, xs, xo, toff, acc, ao);
            }
        }
    }

    /** 4 filters × 5 taps from filter {@code f0} and tap {@code t0}. */
    private static void tile4x5(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int p1 = d0 + (f0 + 1) * dsF + h;
        final int p2 = d0 + (f0 + 2) * dsF + h;
        final int p3 = d0 + (f0 + 3) * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int q1 = xo + toff[t0 + 1] + h;
        final int q2 = xo + toff[t0 + 2] + h;
        final int q3 = xo + toff[t0 + 3] + h;
        final int q4 = xo + toff[t0 + 4] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        final int a1 = ao + ((f0 + 1) * k + t0) * LANES + h;
        final int a2 = ao + ((f0 + 2) * k + t0) * LANES + h;
        final int a3 = ao + ((f0 + 3) * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c0_1 = DoubleVector.fromArray(SP, acc, a0 + 1 * LANES);
        DoubleVector c0_2 = DoubleVector.fromArray(SP, acc, a0 + 2 * LANES);
        DoubleVector c0_3 = DoubleVector.fromArray(SP, acc, a0 + 3 * LANES);
        DoubleVector c0_4 = DoubleVector.fromArray(SP, acc, a0 + 4 * LANES);
        DoubleVector c1_0 = DoubleVector.fromArray(SP, acc, a1);
        DoubleVector c1_1 = DoubleVector.fromArray(SP, acc, a1 + 1 * LANES);
        DoubleVector c1_2 = DoubleVector.fromArray(SP, acc, a1 + 2 * LANES);
        DoubleVector c1_3 = DoubleVector.fromArray(SP, acc, a1 + 3 * LANES);
        DoubleVector c1_4 = DoubleVector.fromArray(SP, acc, a1 + 4 * LANES);
        DoubleVector c2_0 = DoubleVector.fromArray(SP, acc, a2);
        DoubleVector c2_1 = DoubleVector.fromArray(SP, acc, a2 + 1 * LANES);
        DoubleVector c2_2 = DoubleVector.fromArray(SP, acc, a2 + 2 * LANES);
        DoubleVector c2_3 = DoubleVector.fromArray(SP, acc, a2 + 3 * LANES);
        DoubleVector c2_4 = DoubleVector.fromArray(SP, acc, a2 + 4 * LANES);
        DoubleVector c3_0 = DoubleVector.fromArray(SP, acc, a3);
        DoubleVector c3_1 = DoubleVector.fromArray(SP, acc, a3 + 1 * LANES);
        DoubleVector c3_2 = DoubleVector.fromArray(SP, acc, a3 + 2 * LANES);
        DoubleVector c3_3 = DoubleVector.fromArray(SP, acc, a3 + 3 * LANES);
        DoubleVector c3_4 = DoubleVector.fromArray(SP, acc, a3 + 4 * LANES);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            final DoubleVector b1 = DoubleVector.fromArray(SP, xs, q1 + o);
            final DoubleVector b2 = DoubleVector.fromArray(SP, xs, q2 + o);
            final DoubleVector b3 = DoubleVector.fromArray(SP, xs, q3 + o);
            final DoubleVector b4 = DoubleVector.fromArray(SP, xs, q4 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0); c0_1 = a.fma(b1, c0_1); c0_2 = a.fma(b2, c0_2);
            c0_3 = a.fma(b3, c0_3); c0_4 = a.fma(b4, c0_4);
            a = DoubleVector.fromArray(SP, d, p1 + o);
            c1_0 = a.fma(b0, c1_0); c1_1 = a.fma(b1, c1_1); c1_2 = a.fma(b2, c1_2);
            c1_3 = a.fma(b3, c1_3); c1_4 = a.fma(b4, c1_4);
            a = DoubleVector.fromArray(SP, d, p2 + o);
            c2_0 = a.fma(b0, c2_0); c2_1 = a.fma(b1, c2_1); c2_2 = a.fma(b2, c2_2);
            c2_3 = a.fma(b3, c2_3); c2_4 = a.fma(b4, c2_4);
            a = DoubleVector.fromArray(SP, d, p3 + o);
            c3_0 = a.fma(b0, c3_0); c3_1 = a.fma(b1, c3_1); c3_2 = a.fma(b2, c3_2);
            c3_3 = a.fma(b3, c3_3); c3_4 = a.fma(b4, c3_4);
        }
        c0_0.intoArray(acc, a0);
        c0_1.intoArray(acc, a0 + 1 * LANES);
        c0_2.intoArray(acc, a0 + 2 * LANES);
        c0_3.intoArray(acc, a0 + 3 * LANES);
        c0_4.intoArray(acc, a0 + 4 * LANES);
        c1_0.intoArray(acc, a1);
        c1_1.intoArray(acc, a1 + 1 * LANES);
        c1_2.intoArray(acc, a1 + 2 * LANES);
        c1_3.intoArray(acc, a1 + 3 * LANES);
        c1_4.intoArray(acc, a1 + 4 * LANES);
        c2_0.intoArray(acc, a2);
        c2_1.intoArray(acc, a2 + 1 * LANES);
        c2_2.intoArray(acc, a2 + 2 * LANES);
        c2_3.intoArray(acc, a2 + 3 * LANES);
        c2_4.intoArray(acc, a2 + 4 * LANES);
        c3_0.intoArray(acc, a3);
        c3_1.intoArray(acc, a3 + 1 * LANES);
        c3_2.intoArray(acc, a3 + 2 * LANES);
        c3_3.intoArray(acc, a3 + 3 * LANES);
        c3_4.intoArray(acc, a3 + 4 * LANES);
    }

    /** 1 filter × 5 taps from filter {@code f0} and tap {@code t0}. */
    private static void tile1x5(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int q1 = xo + toff[t0 + 1] + h;
        final int q2 = xo + toff[t0 + 2] + h;
        final int q3 = xo + toff[t0 + 3] + h;
        final int q4 = xo + toff[t0 + 4] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c0_1 = DoubleVector.fromArray(SP, acc, a0 + 1 * LANES);
        DoubleVector c0_2 = DoubleVector.fromArray(SP, acc, a0 + 2 * LANES);
        DoubleVector c0_3 = DoubleVector.fromArray(SP, acc, a0 + 3 * LANES);
        DoubleVector c0_4 = DoubleVector.fromArray(SP, acc, a0 + 4 * LANES);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            final DoubleVector b1 = DoubleVector.fromArray(SP, xs, q1 + o);
            final DoubleVector b2 = DoubleVector.fromArray(SP, xs, q2 + o);
            final DoubleVector b3 = DoubleVector.fromArray(SP, xs, q3 + o);
            final DoubleVector b4 = DoubleVector.fromArray(SP, xs, q4 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0); c0_1 = a.fma(b1, c0_1); c0_2 = a.fma(b2, c0_2);
            c0_3 = a.fma(b3, c0_3); c0_4 = a.fma(b4, c0_4);
        }
        c0_0.intoArray(acc, a0);
        c0_1.intoArray(acc, a0 + 1 * LANES);
        c0_2.intoArray(acc, a0 + 2 * LANES);
        c0_3.intoArray(acc, a0 + 3 * LANES);
        c0_4.intoArray(acc, a0 + 4 * LANES);
    }

    /** 4 filters × 1 tap from filter {@code f0} and tap {@code t0}. */
    private static void tile4x1(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int p1 = d0 + (f0 + 1) * dsF + h;
        final int p2 = d0 + (f0 + 2) * dsF + h;
        final int p3 = d0 + (f0 + 3) * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        final int a1 = ao + ((f0 + 1) * k + t0) * LANES + h;
        final int a2 = ao + ((f0 + 2) * k + t0) * LANES + h;
        final int a3 = ao + ((f0 + 3) * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c1_0 = DoubleVector.fromArray(SP, acc, a1);
        DoubleVector c2_0 = DoubleVector.fromArray(SP, acc, a2);
        DoubleVector c3_0 = DoubleVector.fromArray(SP, acc, a3);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0);
            a = DoubleVector.fromArray(SP, d, p1 + o);
            c1_0 = a.fma(b0, c1_0);
            a = DoubleVector.fromArray(SP, d, p2 + o);
            c2_0 = a.fma(b0, c2_0);
            a = DoubleVector.fromArray(SP, d, p3 + o);
            c3_0 = a.fma(b0, c3_0);
        }
        c0_0.intoArray(acc, a0);
        c1_0.intoArray(acc, a1);
        c2_0.intoArray(acc, a2);
        c3_0.intoArray(acc, a3);
    }

    /** 2 filters × 4 taps from filter {@code f0} and tap {@code t0}. */
    private static void tile2x4(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int p1 = d0 + (f0 + 1) * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int q1 = xo + toff[t0 + 1] + h;
        final int q2 = xo + toff[t0 + 2] + h;
        final int q3 = xo + toff[t0 + 3] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        final int a1 = ao + ((f0 + 1) * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c0_1 = DoubleVector.fromArray(SP, acc, a0 + 1 * LANES);
        DoubleVector c0_2 = DoubleVector.fromArray(SP, acc, a0 + 2 * LANES);
        DoubleVector c0_3 = DoubleVector.fromArray(SP, acc, a0 + 3 * LANES);
        DoubleVector c1_0 = DoubleVector.fromArray(SP, acc, a1);
        DoubleVector c1_1 = DoubleVector.fromArray(SP, acc, a1 + 1 * LANES);
        DoubleVector c1_2 = DoubleVector.fromArray(SP, acc, a1 + 2 * LANES);
        DoubleVector c1_3 = DoubleVector.fromArray(SP, acc, a1 + 3 * LANES);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            final DoubleVector b1 = DoubleVector.fromArray(SP, xs, q1 + o);
            final DoubleVector b2 = DoubleVector.fromArray(SP, xs, q2 + o);
            final DoubleVector b3 = DoubleVector.fromArray(SP, xs, q3 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0); c0_1 = a.fma(b1, c0_1); c0_2 = a.fma(b2, c0_2);
            c0_3 = a.fma(b3, c0_3);
            a = DoubleVector.fromArray(SP, d, p1 + o);
            c1_0 = a.fma(b0, c1_0); c1_1 = a.fma(b1, c1_1); c1_2 = a.fma(b2, c1_2);
            c1_3 = a.fma(b3, c1_3);
        }
        c0_0.intoArray(acc, a0);
        c0_1.intoArray(acc, a0 + 1 * LANES);
        c0_2.intoArray(acc, a0 + 2 * LANES);
        c0_3.intoArray(acc, a0 + 3 * LANES);
        c1_0.intoArray(acc, a1);
        c1_1.intoArray(acc, a1 + 1 * LANES);
        c1_2.intoArray(acc, a1 + 2 * LANES);
        c1_3.intoArray(acc, a1 + 3 * LANES);
    }

    /** 1 filter × 4 taps from filter {@code f0} and tap {@code t0}. */
    private static void tile1x4(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int q1 = xo + toff[t0 + 1] + h;
        final int q2 = xo + toff[t0 + 2] + h;
        final int q3 = xo + toff[t0 + 3] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c0_1 = DoubleVector.fromArray(SP, acc, a0 + 1 * LANES);
        DoubleVector c0_2 = DoubleVector.fromArray(SP, acc, a0 + 2 * LANES);
        DoubleVector c0_3 = DoubleVector.fromArray(SP, acc, a0 + 3 * LANES);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            final DoubleVector b1 = DoubleVector.fromArray(SP, xs, q1 + o);
            final DoubleVector b2 = DoubleVector.fromArray(SP, xs, q2 + o);
            final DoubleVector b3 = DoubleVector.fromArray(SP, xs, q3 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0); c0_1 = a.fma(b1, c0_1); c0_2 = a.fma(b2, c0_2);
            c0_3 = a.fma(b3, c0_3);
        }
        c0_0.intoArray(acc, a0);
        c0_1.intoArray(acc, a0 + 1 * LANES);
        c0_2.intoArray(acc, a0 + 2 * LANES);
        c0_3.intoArray(acc, a0 + 3 * LANES);
    }

    /** 2 filters × 1 tap from filter {@code f0} and tap {@code t0}. */
    private static void tile2x1(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int p1 = d0 + (f0 + 1) * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        final int a1 = ao + ((f0 + 1) * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        DoubleVector c1_0 = DoubleVector.fromArray(SP, acc, a1);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0);
            a = DoubleVector.fromArray(SP, d, p1 + o);
            c1_0 = a.fma(b0, c1_0);
        }
        c0_0.intoArray(acc, a0);
        c1_0.intoArray(acc, a1);
    }

    /** 1 filter × 1 tap from filter {@code f0} and tap {@code t0}. */
    private static void tile1x1(int f0, int t0, int k, int h, int full, double[] d, int d0, int dsF,
            double[] xs, int xo, int[] toff, double[] acc, int ao) {
        final int p0 = d0 + f0 * dsF + h;
        final int q0 = xo + toff[t0] + h;
        final int a0 = ao + (f0 * k + t0) * LANES + h;
        DoubleVector c0_0 = DoubleVector.fromArray(SP, acc, a0);
        for (int o = 0; o < full; o += LANES) {
            final DoubleVector b0 = DoubleVector.fromArray(SP, xs, q0 + o);
            DoubleVector a;
            a = DoubleVector.fromArray(SP, d, p0 + o);
            c0_0 = a.fma(b0, c0_0);
        }
        c0_0.intoArray(acc, a0);
    }
}
