package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API conv kernels (loaded only when SIMD is on; see {@link ConvKernels}).
 *
 * <p><b>im2col</b> (unit width stride, non-negative strides, {@code fw} at most one vector): a row
 * block (n, oh) is written in passes, one per (c, y) filter row; pass (c, y) copies the run of
 * {@code fw} input elements of every window j into its row with one vector (the narrowest that
 * holds it). A vector store may run past the end of its run
 * into the runs of later passes of the same row, which then overwrite it; a run whose vector would
 * pass the end of its row uses a masked store, so nothing outside the row is touched. Windows that
 * hang over the left or right padding are copied element by element.
 *
 * <p><b>2x2 max pooling, stride 2</b> (unit width stride): a vector holds the input pairs of L/2
 * windows of the top row and another those of the bottom row; swapping neighbour lanes puts each
 * window's four values side by side in its even lane, where {@link MaxPool#window2x2}'s tournament
 * runs lane-wise (compare and blend, no branches). A step with a NaN falls back to that method.
 */
public final class VectorConv implements ConvKernels {
    // im2col copies a run with the narrowest vector that holds it (fewer line-splitting stores)
    private static final VectorSpecies<Double> D2 = DoubleVector.SPECIES_128;
    private static final VectorSpecies<Double> D4 = narrow(DoubleVector.SPECIES_256, DoubleVector.SPECIES_PREFERRED);
    private static final VectorSpecies<Double> DP = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;
    private static final VectorSpecies<Float> F8 = narrow(FloatVector.SPECIES_256, FloatVector.SPECIES_PREFERRED);
    private static final VectorSpecies<Float> FP = FloatVector.SPECIES_PREFERRED;

    private static <E> VectorSpecies<E> narrow(VectorSpecies<E> a, VectorSpecies<E> b) {
        return a.vectorBitSize() <= b.vectorBitSize() ? a : b;
    }

    // 2x2 pooling: a vector holds the pairs of L/2 windows (four with these sizes)
    private static final VectorSpecies<Double> PD = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> PF = narrow(FloatVector.SPECIES_256, FloatVector.SPECIES_PREFERRED);

    /** Written only to keep {@code touch}'s loads alive. */
    private static int touched;

    /** Creates the provider (only when the Vector API module is readable). */
    public VectorConv() {}

    @Override
    public boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst, int dstOff,
            int u0, int u1) {
        if (sW != 1 || sN < 0 || sC < 0 || sH < 0 || g.fw > DP.length()) {
            return false;
        }
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OH = g.oh, OW = g.ow;
        final int K = C * fh * fw;
        // windows jlo..jhi lie inside the width; the others hang over the padding
        final int jlo = Math.min(OW, (p + s - 1) / s);
        final int jhi = W - fw + p < 0 ? -1 : Math.min(OW - 1, (W - fw + p) / s);
        final int kind = fw <= D2.length() ? 0 : fw <= D4.length() ? 1 : 2;
        final int L = kind == 0 ? D2.length() : kind == 1 ? D4.length() : DP.length();
        final VectorMask<Double> m2 = D2.indexInRange(0, fw), m4 = D4.indexInRange(0, fw), mp = DP.indexInRange(0, fw);
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int dBlock = dstOff + u * OW * K;
            touch(dst, dBlock, OW * K);
            for (int c = 0; c < C; c++) {
                for (int y = 0; y < fh; y++) {
                    final int q = (c * fh + y) * fw; // the run's place in its row
                    final int d = dBlock + q;
                    final int ih = i * s + y - p;
                    // a whole vector may spill into later runs of the row, never past its end
                    final boolean whole = q + L <= K;
                    if (ih < 0 || ih >= H) {
                        if (kind == 0) {
                            zeroD2(whole ? null : m2, dst, d, K, 0, OW - 1);
                        } else if (kind == 1) {
                            zeroD4(whole ? null : m4, dst, d, K, 0, OW - 1);
                        } else {
                            zeroDP(whole ? null : mp, dst, d, K, 0, OW - 1);
                        }
                        continue;
                    }
                    final int b = off + n * sN + c * sC + ih * sH - p; // input index of window 0's run
                    for (int j = 0; j < jlo; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                    if (jlo <= jhi) {
                        final boolean plain = whole && b + jhi * s + L <= src.length;
                        if (kind == 0) {
                            copyD2(plain ? null : m2, src, b, s, dst, d, K, jlo, jhi);
                        } else if (kind == 1) {
                            copyD4(plain ? null : m4, src, b, s, dst, d, K, jlo, jhi);
                        } else {
                            copyDP(plain ? null : mp, src, b, s, dst, d, K, jlo, jhi);
                        }
                    }
                    for (int j = Math.max(jlo, jhi + 1); j < OW; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                }
            }
        }
        return true;
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one D2 vector each (masked when m is set). */
    private static void copyD2(VectorMask<Double> m, double[] src, int b, int s, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(D2, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(D2, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one D2 vector each (masked when m is set). */
    private static void zeroD2(VectorMask<Double> m, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(D2).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(D2).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one D4 vector each (masked when m is set). */
    private static void copyD4(VectorMask<Double> m, double[] src, int b, int s, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(D4, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(D4, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one D4 vector each (masked when m is set). */
    private static void zeroD4(VectorMask<Double> m, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(D4).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(D4).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one DP vector each (masked when m is set). */
    private static void copyDP(VectorMask<Double> m, double[] src, int b, int s, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(DP, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.fromArray(DP, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one DP vector each (masked when m is set). */
    private static void zeroDP(VectorMask<Double> m, double[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(DP).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                DoubleVector.zero(DP).intoArray(dst, d + j * K, m);
            }
        }
    }

    /**
     * Reads one element per cache line of {@code a[from, from + len)}, front to back: the passes
     * then store into cached lines instead of missing on many interleaved rows at once (a pattern
     * the hardware prefetcher does not follow).
     */
    private static void touch(double[] a, int from, int len) {
        double acc = 0.0;
        final int end = Math.min(a.length, from + len);
        for (int i = from; i < end; i += 8) {
            acc += a[i];
        }
        if (acc == 1.0e-30) {
            touched++; // keeps the loads
        }
    }

    /** One run of a window that hangs over the padding: element by element, zeros outside. */
    private static void edgeRun(double[] src, int b, int w0, int W, int fw, double[] dst, int d) {
        for (int x = 0; x < fw; x++) {
            final int iw = w0 + x;
            dst[d + x] = iw >= 0 && iw < W ? src[b + x] : 0.0;
        }
    }

    @Override
    public boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] dst, int dstOff,
            int u0, int u1) {
        if (sW != 1 || sN < 0 || sC < 0 || sH < 0 || g.fw > FP.length()) {
            return false;
        }
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OH = g.oh, OW = g.ow;
        final int K = C * fh * fw;
        // windows jlo..jhi lie inside the width; the others hang over the padding
        final int jlo = Math.min(OW, (p + s - 1) / s);
        final int jhi = W - fw + p < 0 ? -1 : Math.min(OW - 1, (W - fw + p) / s);
        final int kind = fw <= F4.length() ? 0 : fw <= F8.length() ? 1 : 2;
        final int L = kind == 0 ? F4.length() : kind == 1 ? F8.length() : FP.length();
        final VectorMask<Float> m2 = F4.indexInRange(0, fw), m4 = F8.indexInRange(0, fw), mp = FP.indexInRange(0, fw);
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int dBlock = dstOff + u * OW * K;
            touch(dst, dBlock, OW * K);
            for (int c = 0; c < C; c++) {
                for (int y = 0; y < fh; y++) {
                    final int q = (c * fh + y) * fw; // the run's place in its row
                    final int d = dBlock + q;
                    final int ih = i * s + y - p;
                    // a whole vector may spill into later runs of the row, never past its end
                    final boolean whole = q + L <= K;
                    if (ih < 0 || ih >= H) {
                        if (kind == 0) {
                            zeroF4(whole ? null : m2, dst, d, K, 0, OW - 1);
                        } else if (kind == 1) {
                            zeroF8(whole ? null : m4, dst, d, K, 0, OW - 1);
                        } else {
                            zeroFP(whole ? null : mp, dst, d, K, 0, OW - 1);
                        }
                        continue;
                    }
                    final int b = off + n * sN + c * sC + ih * sH - p; // input index of window 0's run
                    for (int j = 0; j < jlo; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                    if (jlo <= jhi) {
                        final boolean plain = whole && b + jhi * s + L <= src.length;
                        if (kind == 0) {
                            copyF4(plain ? null : m2, src, b, s, dst, d, K, jlo, jhi);
                        } else if (kind == 1) {
                            copyF8(plain ? null : m4, src, b, s, dst, d, K, jlo, jhi);
                        } else {
                            copyFP(plain ? null : mp, src, b, s, dst, d, K, jlo, jhi);
                        }
                    }
                    for (int j = Math.max(jlo, jhi + 1); j < OW; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                }
            }
        }
        return true;
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one F4 vector each (masked when m is set). */
    private static void copyF4(VectorMask<Float> m, float[] src, int b, int s, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(F4, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(F4, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one F4 vector each (masked when m is set). */
    private static void zeroF4(VectorMask<Float> m, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(F4).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(F4).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one F8 vector each (masked when m is set). */
    private static void copyF8(VectorMask<Float> m, float[] src, int b, int s, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(F8, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(F8, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one F8 vector each (masked when m is set). */
    private static void zeroF8(VectorMask<Float> m, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(F8).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(F8).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = src[b + j*s ...]} for j in jlo..jhi, one FP vector each (masked when m is set). */
    private static void copyFP(VectorMask<Float> m, float[] src, int b, int s, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(FP, src, b + j * s).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.fromArray(FP, src, b + j * s, m).intoArray(dst, d + j * K, m);
            }
        }
    }

    /** {@code dst[d + j*K ...] = 0} for j in jlo..jhi, one FP vector each (masked when m is set). */
    private static void zeroFP(VectorMask<Float> m, float[] dst, int d, int K, int jlo, int jhi) {
        if (m == null) {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(FP).intoArray(dst, d + j * K);
            }
        } else {
            for (int j = jlo; j <= jhi; j++) {
                FloatVector.zero(FP).intoArray(dst, d + j * K, m);
            }
        }
    }

    /**
     * Reads one element per cache line of {@code a[from, from + len)}, front to back: the passes
     * then store into cached lines instead of missing on many interleaved rows at once (a pattern
     * the hardware prefetcher does not follow).
     */
    private static void touch(float[] a, int from, int len) {
        float acc = 0.0f;
        final int end = Math.min(a.length, from + len);
        for (int i = from; i < end; i += 16) {
            acc += a[i];
        }
        if (acc == 1.0e-30f) {
            touched++; // keeps the loads
        }
    }

    /** One run of a window that hangs over the padding: element by element, zeros outside. */
    private static void edgeRun(float[] src, int b, int w0, int W, int fw, float[] dst, int d) {
        for (int x = 0; x < fw; x++) {
            final int iw = w0 + x;
            dst[d + x] = iw >= 0 && iw < W ? src[b + x] : 0.0f;
        }
    }

    // ---- 2x2 max pooling, stride 2 -------------------------------------------------------------

    @Override
    public boolean maxPool2x2(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] out,
            int outOff, long[] argmax, int argOff, int u0, int u1) {
        if (sW != 1) {
            return false;
        }
        final int L = PD.length(), win = L / 2; // windows per step: a vector holds their pairs
        final int C = g.c, OH = g.oh, OW = g.ow, ohw = OH * OW;
        final VectorShuffle<Double> swap = VectorShuffle.fromOp(PD, i -> i ^ 1);
        final DoubleVector one = DoubleVector.broadcast(PD, 1.0), two = DoubleVector.broadcast(PD, 2.0);
        final double[] best = new double[L], idx = new double[L];
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int rowBase = off + n * sN + 2 * i * sH;
            for (int c = 0; c < C; c++) {
                final int b0 = rowBase + c * sC;
                final int o = outOff + (n * C + c) * ohw + i * OW;
                final int a = argOff + u * OW * C + c;
                int j = 0;
                for (; j + win <= OW && b0 + sH + 2 * j + L <= src.length; j += win) {
                    final int b = b0 + 2 * j;
                    // even lanes: top-left v0 (x) and top-right v1 (xs), bottom v2 / v3 likewise
                    final DoubleVector x = DoubleVector.fromArray(PD, src, b), xs = x.rearrange(swap);
                    final DoubleVector y = DoubleVector.fromArray(PD, src, b + sH), ys = y.rearrange(swap);
                    if (x.test(VectorOperators.IS_NAN).or(y.test(VectorOperators.IS_NAN)).anyTrue()) {
                        for (int k = 0; k < win; k++) {
                            MaxPool.window2x2(src, b + 2 * k, 1, sH, out, o + j + k, argmax, a + (j + k) * C);
                        }
                        continue;
                    }
                    // the tournament of MaxPool.window2x2, lane-wise
                    final DoubleVector m01 = x.blend(xs, xs.compare(VectorOperators.GE, x));
                    final DoubleVector m23 = y.blend(ys, ys.compare(VectorOperators.GE, y));
                    final DoubleVector i01 = DoubleVector.zero(PD).blend(one, xs.compare(VectorOperators.GT, x));
                    final DoubleVector i23 = two.blend(two.add(one), ys.compare(VectorOperators.GT, y));
                    m01.blend(m23, m23.compare(VectorOperators.GE, m01)).intoArray(best, 0);
                    i01.blend(i23, m23.compare(VectorOperators.GT, m01)).intoArray(idx, 0);
                    for (int k = 0; k < win; k++) {
                        out[o + j + k] = best[2 * k];
                        argmax[a + (j + k) * C] = (long) idx[2 * k];
                    }
                }
                for (; j < OW; j++) {
                    MaxPool.window2x2(src, b0 + 2 * j, 1, sH, out, o + j, argmax, a + j * C);
                }
            }
        }
        return true;
    }

    @Override
    public boolean maxPool2x2(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] out,
            int outOff, long[] argmax, int argOff, int u0, int u1) {
        if (sW != 1) {
            return false;
        }
        final int L = PF.length(), win = L / 2; // windows per step: a vector holds their pairs
        final int C = g.c, OH = g.oh, OW = g.ow, ohw = OH * OW;
        final VectorShuffle<Float> swap = VectorShuffle.fromOp(PF, i -> i ^ 1);
        final FloatVector one = FloatVector.broadcast(PF, 1.0f), two = FloatVector.broadcast(PF, 2.0f);
        final float[] best = new float[L], idx = new float[L];
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int rowBase = off + n * sN + 2 * i * sH;
            for (int c = 0; c < C; c++) {
                final int b0 = rowBase + c * sC;
                final int o = outOff + (n * C + c) * ohw + i * OW;
                final int a = argOff + u * OW * C + c;
                int j = 0;
                for (; j + win <= OW && b0 + sH + 2 * j + L <= src.length; j += win) {
                    final int b = b0 + 2 * j;
                    // even lanes: top-left v0 (x) and top-right v1 (xs), bottom v2 / v3 likewise
                    final FloatVector x = FloatVector.fromArray(PF, src, b), xs = x.rearrange(swap);
                    final FloatVector y = FloatVector.fromArray(PF, src, b + sH), ys = y.rearrange(swap);
                    if (x.test(VectorOperators.IS_NAN).or(y.test(VectorOperators.IS_NAN)).anyTrue()) {
                        for (int k = 0; k < win; k++) {
                            MaxPool.window2x2(src, b + 2 * k, 1, sH, out, o + j + k, argmax, a + (j + k) * C);
                        }
                        continue;
                    }
                    // the tournament of MaxPool.window2x2, lane-wise
                    final FloatVector m01 = x.blend(xs, xs.compare(VectorOperators.GE, x));
                    final FloatVector m23 = y.blend(ys, ys.compare(VectorOperators.GE, y));
                    final FloatVector i01 = FloatVector.zero(PF).blend(one, xs.compare(VectorOperators.GT, x));
                    final FloatVector i23 = two.blend(two.add(one), ys.compare(VectorOperators.GT, y));
                    m01.blend(m23, m23.compare(VectorOperators.GE, m01)).intoArray(best, 0);
                    i01.blend(i23, m23.compare(VectorOperators.GT, m01)).intoArray(idx, 0);
                    for (int k = 0; k < win; k++) {
                        out[o + j + k] = best[2 * k];
                        argmax[a + (j + k) * C] = (long) idx[2 * k];
                    }
                }
                for (; j < OW; j++) {
                    MaxPool.window2x2(src, b0 + 2 * j, 1, sH, out, o + j, argmax, a + j * C);
                }
            }
        }
        return true;
    }
}
