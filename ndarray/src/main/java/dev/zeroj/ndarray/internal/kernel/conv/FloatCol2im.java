// GENERATED from DoubleCol2im.java by ndarray/src/test/python/gen_conv_twins.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.kernel.gemm.GemmConfig;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The float half of {@link Col2im} (see there for the algorithm).
 * <p>FloatCol2im.java is generated from DoubleCol2im.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleCol2im.java and regenerate.
 */
final class FloatCol2im {
    private FloatCol2im() {}

    /** Elements per 64-byte cache line: the step of {@code touch} and of the prefetch reads. */
    private static final int LINE = 64 / Float.BYTES;
    /** The largest row block (8 KB, in elements) fetched one image row ahead. */
    private static final int AHEAD_MAX = 8192 / Float.BYTES;

    /** Written only to keep {@code touch}'s loads alive. */
    private static int touched;

    /**
     * Writes the image {@code (n, c, h, w)}, C-contiguous at {@code dst[dstOff]}, from the matrix at
     * {@code col[colOff]} with row stride {@code rs} and column stride {@code cs} (in elements).
     */
    static void col2im(Geometry g, float[] col, int colOff, int rs, int cs, float[] dst, int dstOff) {
        int units = g.n * g.h;
        if (units == 0 || g.c == 0 || g.w == 0) {
            return;
        }
        int upp = Geometry.unitsPerPiece((long) g.c * g.w * g.fh * g.fw / Math.max(1, g.stride * g.stride));
        int pieces = (units + upp - 1) / upp;
        final ConvKernels vec = g.stride == 1 ? ConvKernels.COL2IM_PIXELS : null;
        final int[] map = vec == null ? null : strideMap(rs, vec.col2imLanes(col));
        Parallel.forEach(pieces, p -> {
            int end = Math.min(units, (p + 1) * upp);
            for (int u = p * upp; u < end; u++) {
                imageRow(g, col, colOff, rs, cs, dst, dstOff, u, u == p * upp, u + 1 < end, vec, map);
            }
        });
    }

    /** {@code {0, rs, 2*rs, ..}}: the gather offsets of {@code lanes} consecutive pixels' terms. */
    private static int[] strideMap(int rs, int lanes) {
        final int[] map = new int[lanes];
        for (int k = 0; k < lanes; k++) {
            map[k] = k * rs;
        }
        return map;
    }

    /** Image row u = n*h + hh, all channels. */
    private static void imageRow(Geometry g, float[] col, int colOff, int rs, int cs, float[] dst, int dstOff, int u,
            boolean pieceStart, boolean hasNext, ConvKernels vec, int[] map) {
        final int n = u / g.h, hh = u % g.h;
        final int s = g.stride, p = g.pad, fh = g.fh, fw = g.fw, OH = g.oh, OW = g.ow, W = g.w, C = g.c;
        final int hp = hh + p;
        // window rows y with (hp - y) % s == 0 and 0 <= (hp - y) / s < OH, ascending
        int ylo = Math.max(0, hp - s * (OH - 1));
        ylo += Math.floorMod(hp - ylo, s);
        final int yhi = Math.min(fh - 1, hp);
        final int oh0 = (hp - ylo) / s; // window row of the first term; one less per step of y
        final int rowBase = (n * OH + oh0) * OW; // matrix row of window (oh0, 0)
        final int planeSize = g.h * W;
        final int d0 = dstOff + (n * C * g.h + hh) * W;
        // pixels wa..wb-1 (stride 1) get a term from every x: their window columns are all inside;
        // with the vector kernels they go a vector at a time, and so do the edge pixels unless
        // ConvKernels.COL2IM_MASKED is off
        int wa = W, wb = W;
        if (s == 1) {
            wa = Math.min(W, Math.max(0, fw - 1 - p));
            wb = Math.max(wa, Math.min(W, OW - p));
        }
        int lanes = vec == null ? 0 : map.length;
        if (lanes > 0 && ConvKernels.COL2IM_MASKED && W >= lanes) {
            wa = 0;
            wb = W;
        } else if (wb - wa < lanes) {
            lanes = 0;
        }
        final boolean rowMajor = cs == 1 && rs == C * fh * fw;
        // small row blocks (8 KB at most) are fetched one image row ahead, interleaved with the
        // sums below; larger ones (measured: slower that way) are touched when first needed, except
        // for the vector sums when the blocks one image row reads fit in L1: their gathers then do
        // better fetching on their own. Measured, one thread, JDK 25, col2im_deep (16 KB blocks float32,
        // 32 KB float64, 48 KB L1): float32 3.70 ms touched, 3.37 not; float64 6.8 touched, 7.4 not;
        // JDK 17's scalar sums: float32 7.2 touched, 8.0 not; float64 9.4 touched, 25 not
        final boolean ahead = rowMajor && (long) OW * rs <= AHEAD_MAX;
        final boolean touchFirst = rowMajor && !ahead
                && !(lanes > 0 && (long) (yhi - ylo + 1) * OW * rs * Float.BYTES <= GemmConfig.L1);
        if (ahead && pieceStart) {
            // the row blocks this image row uses: nobody fetched them ahead
            final int first = (n * OH + (hp - yhi + s - 1) / s) * OW;
            touch(col, colOff + first * rs, (rowBase + OW - first) * rs);
        } else if (touchFirst && hh == Math.min(OH - 1, hp) - p) {
            touch(col, colOff + rowBase * rs, OW * rs); // the row block this image row is the first to use
        }
        // pixels wa..wb-1 a vector at a time (the last vector moved back to end at wb, recomputing some
        // pixels to the same bits), else the complete ones eight, then four at a time
        final int groupsV = lanes == 0 ? 0 : (wb - wa + lanes - 1) / lanes;
        final int wv = lanes == 0 ? wa : wb;
        final int w8 = wv + (wb - wv) / 8 * 8;
        final int w4 = w8 + (wb - w8) / 4 * 4;
        // the row blocks the next image row uses first, a few cache lines read per pixel group
        // below so that their memory latency overlaps this row's sums
        int pf = 0, pfEnd = 0, quota = 0;
        if (ahead && hasNext) {
            final int hn = hh + 1 == g.h ? 0 : hh + 1, nn = hh + 1 == g.h ? n + 1 : n;
            final int hpn = hn + p;
            int ylon = Math.max(0, hpn - s * (OH - 1));
            ylon += Math.floorMod(hpn - ylon, s);
            final int ohn = (hpn - ylon) / s;
            final int from = nn == n ? oh0 + 1 : 0;
            if (ohn >= from) {
                pf = colOff + (nn * OH + from) * OW * rs;
                pfEnd = Math.min(col.length, colOff + (nn * OH + ohn + 1) * OW * rs);
                final int groups = Math.max(1, groupsV + (w8 - wv) / 8 + (w4 - w8) / 4);
                quota = ((pfEnd - pf) / LINE + groups) / groups;
            }
        }
        float pacc = 0;
        pixels(g, col, colOff, rs, cs, rowBase, ylo, yhi, oh0, dst, d0, 0, wa);
        pixels(g, col, colOff, rs, cs, rowBase, ylo, yhi, oh0, dst, d0, w4, W);
        // complete pixels, eight (then four) at a time with independent sums, each in the book's
        // (y, x) order; pixel k's term sits k matrix rows after pixel 0's. Channels innermost, so
        // the matrix rows are read front to back.
        final int step = cs - rs, yStep = (fw - OW) * rs; // after a y row, t is fw terms on
        final int rows = g.n * OH * OW;
        for (int k = 0; k < groupsV; k++) {
            final int ww = Math.min(wa + k * lanes, wb - lanes);
            for (int q = quota; q > 0 && pf < pfEnd; q--, pf += LINE) {
                pacc += col[pf];
            }
            // the gathers read every lane, even one without a term: every lane's row must be a matrix row
            if (rowBase - (yhi - ylo) * OW + ww + p - (fw - 1) >= 0 && rowBase + ww + p + lanes <= rows) {
                vec.col2imPixels(col, map, (rowBase + ww + p) * rs + colOff, cs, step, yStep, fh, fw, ylo, yhi, C,
                        dst, d0 + ww, planeSize, ww + p, OW);
            } else {
                pixels(g, col, colOff, rs, cs, rowBase, ylo, yhi, oh0, dst, d0, ww, ww + lanes);
            }
        }
        for (int ww = wv; ww < w8; ww += 8) {
            final int t0 = (rowBase + ww + p) * rs + colOff;
            for (int q = quota; q > 0 && pf < pfEnd; q--, pf += LINE) {
                pacc += col[pf];
            }
            for (int c = 0, d = d0 + ww; c < C; c++, d += planeSize) {
                float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
                int t = t0 + (c * fh + ylo) * fw * cs;
                for (int y = ylo; y <= yhi; y++, t += yStep) {
                    for (int x = 0; x < fw; x++, t += step) {
                        a0 += col[t];
                        a1 += col[t + rs];
                        a2 += col[t + 2 * rs];
                        a3 += col[t + 3 * rs];
                        a4 += col[t + 4 * rs];
                        a5 += col[t + 5 * rs];
                        a6 += col[t + 6 * rs];
                        a7 += col[t + 7 * rs];
                    }
                }
                dst[d] = a0;
                dst[d + 1] = a1;
                dst[d + 2] = a2;
                dst[d + 3] = a3;
                dst[d + 4] = a4;
                dst[d + 5] = a5;
                dst[d + 6] = a6;
                dst[d + 7] = a7;
            }
        }
        for (int ww = w8; ww < w4; ww += 4) {
            final int t0 = (rowBase + ww + p) * rs + colOff;
            for (int q = quota; q > 0 && pf < pfEnd; q--, pf += LINE) {
                pacc += col[pf];
            }
            for (int c = 0, d = d0 + ww; c < C; c++, d += planeSize) {
                float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                int t = t0 + (c * fh + ylo) * fw * cs;
                for (int y = ylo; y <= yhi; y++, t += yStep) {
                    for (int x = 0; x < fw; x++, t += step) {
                        a0 += col[t];
                        a1 += col[t + rs];
                        a2 += col[t + 2 * rs];
                        a3 += col[t + 3 * rs];
                    }
                }
                dst[d] = a0;
                dst[d + 1] = a1;
                dst[d + 2] = a2;
                dst[d + 3] = a3;
            }
        }
        for (; pf < pfEnd; pf += LINE) {
            pacc += col[pf];
        }
        if (pacc == 1.0e-30f) {
            touched++; // keeps the loads
        }
    }

    /**
     * Reads one element per cache line of {@code col[from, from + len)}, front to back, so that the
     * hardware prefetcher streams the block in before the pixel loops read it in many interleaved
     * rows (which it does not follow).
     */
    private static void touch(float[] col, int from, int len) {
        float acc = 0;
        final int end = Math.min(col.length, from + len);
        for (int i = from; i < end; i += LINE) {
            acc += col[i];
        }
        if (acc == 1.0e-30f) {
            touched++; // keeps the loads
        }
    }

    /** Pixels {@code w0 .. w1-1} of the image row at {@code dst[d0]}, all channels, one at a time ({@link #pixel}). */
    private static void pixels(Geometry g, float[] col, int colOff, int rs, int cs, int rowBase, int ylo, int yhi,
            int oh0, float[] dst, int d0, int w0, int w1) {
        final int planeSize = g.h * g.w;
        for (int c = 0; c < g.c; c++) {
            final int cBase = colOff + c * g.fh * g.fw * cs, d = d0 + c * planeSize;
            for (int w = w0; w < w1; w++) {
                dst[d + w] = pixel(g, col, rs, cs, cBase, rowBase, ylo, yhi, oh0, w + g.pad);
            }
        }
    }

    /** One pixel (padded column wp) of the row: +0.0 plus its terms in the book's order. */
    private static float pixel(Geometry g, float[] col, int rs, int cs, int cBase, int rowBase, int ylo, int yhi,
            int oh0, int wp) {
        final int s = g.stride, fw = g.fw, OW = g.ow;
        int xlo = Math.max(0, wp - s * (OW - 1));
        if (s != 1) {
            xlo += Math.floorMod(wp - xlo, s);
        }
        final int xhi = Math.min(fw - 1, wp);
        final int ow0 = s == 1 ? wp - xlo : (wp - xlo) / s;
        float sum = 0;
        for (int y = ylo, r0 = rowBase + ow0; y <= yhi; y += s, r0 -= OW) {
            final int colY = cBase + y * fw * cs;
            int r = r0;
            for (int x = xlo; x <= xhi; x += s, r--) {
                sum += col[r * rs + colY + x * cs];
            }
        }
        return sum;
    }
}
