package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API conv kernels (loaded only when SIMD is on; see {@link ConvKernels}).
 *
 * <p><b>im2col</b> (unit width stride, non-negative strides): a row block (n, oh) is written in
 * passes, one per (c, y) filter row; pass (c, y) copies the run of {@code fw} input elements of
 * every window j into its row with whole vectors. A vector store may run past the end of its run
 * into the runs of later passes of the same row, which then overwrite it; a run whose vector would
 * pass the end of its row uses a masked store, so nothing outside the row is touched. Windows that
 * hang over the left or right padding are copied element by element.
 */
public final class VectorConv implements ConvKernels {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.length() > 8
            ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

    /** Creates the provider (only when the Vector API module is readable). */
    public VectorConv() {}

    @Override
    public boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst, int dstOff,
            int u0, int u1) {
        if (sW != 1 || sN < 0 || sC < 0 || sH < 0 || g.fw > 4 * D.length()) {
            return false;
        }
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OH = g.oh, OW = g.ow;
        final int L = D.length();
        final int K = C * fh * fw;
        // windows jlo..jhi lie inside the width; the others hang over the padding
        final int jlo = Math.min(OW, (p + s - 1) / s);
        final int jhi = W - fw + p < 0 ? -1 : Math.min(OW - 1, (W - fw + p) / s);
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int dBlock = dstOff + u * OW * K;
            for (int c = 0; c < C; c++) {
                for (int y = 0; y < fh; y++) {
                    final int q = (c * fh + y) * fw; // the run's place in its row
                    final int d = dBlock + q;
                    final int ih = i * s + y - p;
                    if (ih < 0 || ih >= H) {
                        for (int x = 0; x < fw; x += L) {
                            if (q + x + L <= K) {
                                for (int j = 0, e = d + x; j < OW; j++, e += K) {
                                    DoubleVector.zero(D).intoArray(dst, e);
                                }
                            } else {
                                VectorMask<Double> m = D.indexInRange(0, fw - x);
                                for (int j = 0, e = d + x; j < OW; j++, e += K) {
                                    DoubleVector.zero(D).intoArray(dst, e, m);
                                }
                            }
                        }
                        continue;
                    }
                    final int b = off + n * sN + c * sC + ih * sH - p; // input index of window 0's run
                    for (int j = 0; j < jlo; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                    if (jlo <= jhi) {
                        final boolean srcSafe = b + jhi * s + ((fw - 1) / L) * L + L <= src.length;
                        for (int x = 0; x < fw; x += L) {
                            final int bx = b + x, dx = d + x;
                            if (q + x + L <= K && srcSafe) {
                                for (int j = jlo; j <= jhi; j++) {
                                    DoubleVector.fromArray(D, src, bx + j * s).intoArray(dst, dx + j * K);
                                }
                            } else {
                                VectorMask<Double> m = D.indexInRange(0, fw - x);
                                for (int j = jlo; j <= jhi; j++) {
                                    DoubleVector.fromArray(D, src, bx + j * s, m).intoArray(dst, dx + j * K, m);
                                }
                            }
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
        if (sW != 1 || sN < 0 || sC < 0 || sH < 0 || g.fw > 4 * F.length()) {
            return false;
        }
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OH = g.oh, OW = g.ow;
        final int L = F.length();
        final int K = C * fh * fw;
        // windows jlo..jhi lie inside the width; the others hang over the padding
        final int jlo = Math.min(OW, (p + s - 1) / s);
        final int jhi = W - fw + p < 0 ? -1 : Math.min(OW - 1, (W - fw + p) / s);
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int dBlock = dstOff + u * OW * K;
            for (int c = 0; c < C; c++) {
                for (int y = 0; y < fh; y++) {
                    final int q = (c * fh + y) * fw; // the run's place in its row
                    final int d = dBlock + q;
                    final int ih = i * s + y - p;
                    if (ih < 0 || ih >= H) {
                        for (int x = 0; x < fw; x += L) {
                            if (q + x + L <= K) {
                                for (int j = 0, e = d + x; j < OW; j++, e += K) {
                                    FloatVector.zero(F).intoArray(dst, e);
                                }
                            } else {
                                VectorMask<Float> m = F.indexInRange(0, fw - x);
                                for (int j = 0, e = d + x; j < OW; j++, e += K) {
                                    FloatVector.zero(F).intoArray(dst, e, m);
                                }
                            }
                        }
                        continue;
                    }
                    final int b = off + n * sN + c * sC + ih * sH - p; // input index of window 0's run
                    for (int j = 0; j < jlo; j++) {
                        edgeRun(src, b + j * s, j * s - p, W, fw, dst, d + j * K);
                    }
                    if (jlo <= jhi) {
                        final boolean srcSafe = b + jhi * s + ((fw - 1) / L) * L + L <= src.length;
                        for (int x = 0; x < fw; x += L) {
                            final int bx = b + x, dx = d + x;
                            if (q + x + L <= K && srcSafe) {
                                for (int j = jlo; j <= jhi; j++) {
                                    FloatVector.fromArray(F, src, bx + j * s).intoArray(dst, dx + j * K);
                                }
                            } else {
                                VectorMask<Float> m = F.indexInRange(0, fw - x);
                                for (int j = jlo; j <= jhi; j++) {
                                    FloatVector.fromArray(F, src, bx + j * s, m).intoArray(dst, dx + j * K, m);
                                }
                            }
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

    /** One run of a window that hangs over the padding: element by element, zeros outside. */
    private static void edgeRun(float[] src, int b, int w0, int W, int fw, float[] dst, int d) {
        for (int x = 0; x < fw; x++) {
            final int iw = w0 + x;
            dst[d + x] = iw >= 0 && iw < W ? src[b + x] : 0.0f;
        }
    }
}
