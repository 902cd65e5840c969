package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.Arrays;

/**
 * im2col: copies every window of a strided 4-D input into one row of a C-contiguous
 * {@code (n*oh*ow, c*fh*fw)} matrix, zeros where a window covers padding. The output is written
 * row after row (sequential stores); a piece is a run of (n, oh) output-row blocks. Pure copies, so
 * the result is exact for any thread count.
 */
public final class Im2col {
    private Im2col() {}

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    /**
     * Fills {@code dst[dstOff ...]} with the im2col matrix of the input at {@code src[off]} with
     * element strides {@code sN, sC, sH, sW}.
     */
    public static void im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW,
            double[] dst, int dstOff) {
        if (g.rows() == 0 || g.k() == 0) {
            return;
        }
        int units = g.n * g.oh;
        int upp = Geometry.unitsPerPiece(g.k() * g.ow);
        int pieces = (units + upp - 1) / upp;
        Parallel.forEach(pieces, p -> blocks(g, src, off, sN, sC, sH, sW, dst, dstOff, p * upp,
                Math.min(units, p * upp + upp)));
    }

    /**
     * The {@code (oh*ow, c*fh*fw)} im2col rows of the one image at {@code src[off]} into
     * {@code dst[dstOff ..]} on the calling thread (for {@link ConvLayer}).
     */
    static void image(Geometry g, double[] src, int off, int sC, int sH, int sW, double[] dst, int dstOff) {
        blocks(g, src, off, 0, sC, sH, sW, dst, dstOff, 0, g.oh);
    }

    /** The output-row blocks {@code [start, end)}: the vector provider's, else the scalar loop. */
    private static void blocks(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst,
            int dstOff, int start, int end) {
        ConvKernels vec = ConvKernels.IM2COL;
        if (vec != null && vec.im2col(g, src, off, sN, sC, sH, sW, dst, dstOff, start, end)) {
            return;
        }
        for (int u = start; u < end; u++) {
            rowBlock(g, src, off, sN, sC, sH, sW, dst, dstOff, u);
        }
    }

    /** The ow rows of output-row block u = n*oh + i. */
    private static void rowBlock(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW,
            double[] dst, int dstOff, int u) {
        final int n = u / g.oh, i = u % g.oh;
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w;
        int d = dstOff + (int) ((long) u * g.ow * g.k());
        for (int j = 0; j < g.ow; j++) {
            final int w0 = j * s - p;
            final boolean inside = w0 >= 0 && w0 + fw <= W;
            for (int c = 0; c < g.c; c++) {
                final int planeBase = off + n * sN + c * sC;
                for (int y = 0; y < fh; y++) {
                    final int ih = i * s + y - p;
                    if (ih < 0 || ih >= H) {
                        for (int x = 0; x < fw; x++) {
                            dst[d++] = 0;
                        }
                        continue;
                    }
                    int b = planeBase + ih * sH + w0 * sW;
                    if (inside) {
                        for (int x = 0; x < fw; x++, b += sW) {
                            dst[d++] = src[b];
                        }
                    } else {
                        for (int x = 0; x < fw; x++, b += sW) {
                            int iw = w0 + x;
                            dst[d++] = iw >= 0 && iw < W ? src[b] : 0;
                        }
                    }
                }
            }
        }
    }

    /**
     * Rows {@code [r0, r1)} of zero-padded copies of {@code planes} planes of {@code h} rows by
     * {@code w} elements (element (y, x) of plane q at {@code src[s0 + q*sP + y*sR + x]}): padded plane
     * q has {@code h + 2*py} rows of {@code w + 2*px} elements from {@code dst[d0 + q*dP]}, an input row
     * between {@code px} zeros on each side, a padding row all zeros. The zeros between two copied rows
     * are written by one fill. Used by the padded im2col gathers and the convolution's padded
     * {@code dout}.
     */
    static void padRows(double[] src, int s0, int sP, int sR, int planes, int h, int w, int py, int px,
            double[] dst, int d0, int dP, int r0, int r1) {
        final int wp = w + 2 * px;
        for (int q = 0; q < planes; q++) {
            final int pl = d0 + q * dP;
            int z = pl + r0 * wp; // the first element not yet written
            for (int r = Math.max(r0, py), rEnd = Math.min(r1, py + h); r < rEnd; r++) {
                final int at = pl + r * wp + px;
                Arrays.fill(dst, z, at, 0);
                System.arraycopy(src, s0 + q * sP + (r - py) * sR, dst, at, w);
                z = at + w;
            }
            Arrays.fill(dst, z, pl + r1 * wp, 0);
        }
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    /**
     * Fills {@code dst[dstOff ...]} with the im2col matrix of the input at {@code src[off]} with
     * element strides {@code sN, sC, sH, sW}.
     */
    public static void im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] dst, int dstOff) {
        if (g.rows() == 0 || g.k() == 0) {
            return;
        }
        int units = g.n * g.oh;
        int upp = Geometry.unitsPerPiece(g.k() * g.ow);
        int pieces = (units + upp - 1) / upp;
        Parallel.forEach(pieces, p -> blocks(g, src, off, sN, sC, sH, sW, dst, dstOff, p * upp,
                Math.min(units, p * upp + upp)));
    }

    /**
     * The {@code (oh*ow, c*fh*fw)} im2col rows of the one image at {@code src[off]} into
     * {@code dst[dstOff ..]} on the calling thread (for {@link ConvLayer}).
     */
    static void image(Geometry g, float[] src, int off, int sC, int sH, int sW, float[] dst, int dstOff) {
        blocks(g, src, off, 0, sC, sH, sW, dst, dstOff, 0, g.oh);
    }

    /** The output-row blocks {@code [start, end)}: the vector provider's, else the scalar loop. */
    private static void blocks(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] dst,
            int dstOff, int start, int end) {
        ConvKernels vec = ConvKernels.IM2COL;
        if (vec != null && vec.im2col(g, src, off, sN, sC, sH, sW, dst, dstOff, start, end)) {
            return;
        }
        for (int u = start; u < end; u++) {
            rowBlock(g, src, off, sN, sC, sH, sW, dst, dstOff, u);
        }
    }

    /** The ow rows of output-row block u = n*oh + i. */
    private static void rowBlock(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] dst, int dstOff, int u) {
        final int n = u / g.oh, i = u % g.oh;
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w;
        int d = dstOff + (int) ((long) u * g.ow * g.k());
        for (int j = 0; j < g.ow; j++) {
            final int w0 = j * s - p;
            final boolean inside = w0 >= 0 && w0 + fw <= W;
            for (int c = 0; c < g.c; c++) {
                final int planeBase = off + n * sN + c * sC;
                for (int y = 0; y < fh; y++) {
                    final int ih = i * s + y - p;
                    if (ih < 0 || ih >= H) {
                        for (int x = 0; x < fw; x++) {
                            dst[d++] = 0;
                        }
                        continue;
                    }
                    int b = planeBase + ih * sH + w0 * sW;
                    if (inside) {
                        for (int x = 0; x < fw; x++, b += sW) {
                            dst[d++] = src[b];
                        }
                    } else {
                        for (int x = 0; x < fw; x++, b += sW) {
                            int iw = w0 + x;
                            dst[d++] = iw >= 0 && iw < W ? src[b] : 0;
                        }
                    }
                }
            }
        }
    }

    /**
     * Rows {@code [r0, r1)} of zero-padded copies of {@code planes} planes of {@code h} rows by
     * {@code w} elements (element (y, x) of plane q at {@code src[s0 + q*sP + y*sR + x]}): padded plane
     * q has {@code h + 2*py} rows of {@code w + 2*px} elements from {@code dst[d0 + q*dP]}, an input row
     * between {@code px} zeros on each side, a padding row all zeros. The zeros between two copied rows
     * are written by one fill. Used by the padded im2col gathers and the convolution's padded
     * {@code dout}.
     */
    static void padRows(float[] src, int s0, int sP, int sR, int planes, int h, int w, int py, int px,
            float[] dst, int d0, int dP, int r0, int r1) {
        final int wp = w + 2 * px;
        for (int q = 0; q < planes; q++) {
            final int pl = d0 + q * dP;
            int z = pl + r0 * wp; // the first element not yet written
            for (int r = Math.max(r0, py), rEnd = Math.min(r1, py + h); r < rEnd; r++) {
                final int at = pl + r * wp + px;
                Arrays.fill(dst, z, at, 0);
                System.arraycopy(src, s0 + q * sP + (r - py) * sR, dst, at, w);
                z = at + w;
            }
            Arrays.fill(dst, z, pl + r1 * wp, 0);
        }
    }

    // ---- end float twins ----
}
