package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * col2im, the adjoint of im2col: every entry of the {@code (n*oh*ow, c*fh*fw)} matrix is added to
 * the input pixel it was copied from; entries that fall on the padding are dropped. Written as a
 * gather: each output pixel is computed once, as {@code +0.0} plus its entries in the book's order
 * (window offset {@code y} ascending, then {@code x} ascending), which is exactly the sequence of
 * {@code img[...] += col[...]} the book's loop performs on that pixel, so the result is bitwise the
 * book's. A piece is a run of (n, h) image rows, all channels.
 */
public final class Col2im {
    private Col2im() {}

    /**
     * Writes the image {@code (n, c, h, w)}, C-contiguous at {@code dst[dstOff]}, from the matrix at
     * {@code col[colOff]} with row stride {@code rs} and column stride {@code cs} (in elements).
     */
    public static void col2im(Geometry g, double[] col, int colOff, int rs, int cs, double[] dst, int dstOff) {
        int units = g.n * g.h;
        if (units == 0 || g.c == 0 || g.w == 0) {
            return;
        }
        int upp = Geometry.unitsPerPiece((long) g.c * g.w * g.fh * g.fw / Math.max(1, g.stride * g.stride));
        int pieces = (units + upp - 1) / upp;
        Parallel.forEach(pieces, p -> {
            int end = Math.min(units, (p + 1) * upp);
            for (int u = p * upp; u < end; u++) {
                imageRow(g, col, colOff, rs, cs, dst, dstOff, u);
            }
        });
    }

    private static void imageRow(Geometry g, double[] col, int colOff, int rs, int cs, double[] dst, int dstOff, int u) {
        final int n = u / g.h, hh = u % g.h;
        final int s = g.stride, p = g.pad, fh = g.fh, fw = g.fw, OH = g.oh, OW = g.ow, W = g.w;
        final int hp = hh + p;
        // window rows y with (hp - y) % s == 0 and 0 <= (hp - y) / s < OH, ascending
        int ylo = Math.max(0, hp - s * (OH - 1));
        ylo += Math.floorMod(hp - ylo, s);
        final int yhi = Math.min(fh - 1, hp);
        final int oh0 = (hp - ylo) / s; // window row of the first term; one less per step of y
        final int fhw = fh * fw;
        final int planeSize = g.h * W;
        int d = dstOff + (n * g.c * g.h + hh) * W;
        for (int c = 0; c < g.c; c++, d += planeSize) {
            final int cBase = colOff + c * fhw * cs;
            for (int ww = 0; ww < W; ww++) {
                final int wp = ww + p;
                if (s == 1 && wp >= fw - 1 && wp + 3 <= OW - 1 && ww + 3 < W) {
                    // four pixels whose windows are all complete: four independent sums, each in
                    // the book's (y, x) order; the term of pixel k sits k rows after pixel 0's
                    double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0;
                    final int step = cs - rs;
                    for (int y = ylo, ohIdx = oh0; y <= yhi; y++, ohIdx--) {
                        int t = ((n * OH + ohIdx) * OW + wp) * rs + cBase + y * fw * cs;
                        for (int x = 0; x < fw; x++, t += step) {
                            a0 += col[t];
                            a1 += col[t + rs];
                            a2 += col[t + 2 * rs];
                            a3 += col[t + 3 * rs];
                        }
                    }
                    dst[d + ww] = a0;
                    dst[d + ww + 1] = a1;
                    dst[d + ww + 2] = a2;
                    dst[d + ww + 3] = a3;
                    ww += 3;
                    continue;
                }
                int xlo = Math.max(0, wp - s * (OW - 1));
                if (s != 1) {
                    xlo += Math.floorMod(wp - xlo, s);
                }
                final int xhi = Math.min(fw - 1, wp);
                final int ow0 = s == 1 ? wp - xlo : (wp - xlo) / s;
                double sum = 0.0;
                for (int y = ylo, ohIdx = oh0; y <= yhi; y += s, ohIdx--) {
                    final int colY = cBase + y * fw * cs;
                    int r = (n * OH + ohIdx) * OW + ow0;
                    for (int x = xlo; x <= xhi; x += s, r--) {
                        sum += col[r * rs + colY + x * cs];
                    }
                }
                dst[d + ww] = sum;
            }
        }
    }

    /** The float32 twin of {@link #col2im(Geometry, double[], int, int, int, double[], int)}. */
    public static void col2im(Geometry g, float[] col, int colOff, int rs, int cs, float[] dst, int dstOff) {
        int units = g.n * g.h;
        if (units == 0 || g.c == 0 || g.w == 0) {
            return;
        }
        int upp = Geometry.unitsPerPiece((long) g.c * g.w * g.fh * g.fw / Math.max(1, g.stride * g.stride));
        int pieces = (units + upp - 1) / upp;
        Parallel.forEach(pieces, p -> {
            int end = Math.min(units, (p + 1) * upp);
            for (int u = p * upp; u < end; u++) {
                imageRow(g, col, colOff, rs, cs, dst, dstOff, u);
            }
        });
    }

    private static void imageRow(Geometry g, float[] col, int colOff, int rs, int cs, float[] dst, int dstOff, int u) {
        final int n = u / g.h, hh = u % g.h;
        final int s = g.stride, p = g.pad, fh = g.fh, fw = g.fw, OH = g.oh, OW = g.ow, W = g.w;
        final int hp = hh + p;
        int ylo = Math.max(0, hp - s * (OH - 1));
        ylo += Math.floorMod(hp - ylo, s);
        final int yhi = Math.min(fh - 1, hp);
        final int oh0 = (hp - ylo) / s; // window row of the first term; one less per step of y
        final int fhw = fh * fw;
        final int planeSize = g.h * W;
        int d = dstOff + (n * g.c * g.h + hh) * W;
        for (int c = 0; c < g.c; c++, d += planeSize) {
            final int cBase = colOff + c * fhw * cs;
            for (int ww = 0; ww < W; ww++) {
                final int wp = ww + p;
                if (s == 1 && wp >= fw - 1 && wp + 3 <= OW - 1 && ww + 3 < W) {
                    // four pixels whose windows are all complete: four independent sums, each in
                    // the book's (y, x) order; the term of pixel k sits k rows after pixel 0's
                    float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f, a3 = 0.0f;
                    final int step = cs - rs;
                    for (int y = ylo, ohIdx = oh0; y <= yhi; y++, ohIdx--) {
                        int t = ((n * OH + ohIdx) * OW + wp) * rs + cBase + y * fw * cs;
                        for (int x = 0; x < fw; x++, t += step) {
                            a0 += col[t];
                            a1 += col[t + rs];
                            a2 += col[t + 2 * rs];
                            a3 += col[t + 3 * rs];
                        }
                    }
                    dst[d + ww] = a0;
                    dst[d + ww + 1] = a1;
                    dst[d + ww + 2] = a2;
                    dst[d + ww + 3] = a3;
                    ww += 3;
                    continue;
                }
                int xlo = Math.max(0, wp - s * (OW - 1));
                if (s != 1) {
                    xlo += Math.floorMod(wp - xlo, s);
                }
                final int xhi = Math.min(fw - 1, wp);
                final int ow0 = s == 1 ? wp - xlo : (wp - xlo) / s;
                float sum = 0.0f;
                for (int y = ylo, ohIdx = oh0; y <= yhi; y += s, ohIdx--) {
                    final int colY = cBase + y * fw * cs;
                    int r = (n * OH + ohIdx) * OW + ow0;
                    for (int x = xlo; x <= xhi; x += s, r--) {
                        sum += col[r * rs + colY + x * cs];
                    }
                }
                dst[d + ww] = sum;
            }
        }
    }
}
