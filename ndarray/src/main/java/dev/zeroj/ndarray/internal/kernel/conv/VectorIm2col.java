package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API im2col (loaded only through {@link VectorConv}; unit width stride, {@code fw} at
 * most one vector). Rows are written in order, each run by run: run (c, y) of window j is the
 * {@code fw} input elements at row {@code i*stride + y - pad} of channel c from column
 * {@code j*stride - pad}, copied with one unmasked vector of the preferred species (the one every
 * other zeroj kernel uses: on JDK 17, mixing vector sizes in one JVM pollutes the type profile of
 * {@code intoArray}, after which C2 compiles its stores as calls, measured 4-6x slower).
 * A store may spill past its run into the next runs or rows, which are written after it and so
 * overwrite the spill; no store passes the end of the piece (rows {@code [u0, u1)}), so pieces on
 * other threads are never touched. Runs on the vertical padding store a zero vector. Windows that
 * hang over the horizontal padding, and runs whose load would leave {@code src} or whose spill
 * would leave the piece, go run by run ({@code edgeRow}). No masked loads or stores: JDK 17
 * compiles those very slowly.
 */
final class VectorIm2col {
    private VectorIm2col() {}

    private static final VectorSpecies<Double> DP = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FP = FloatVector.SPECIES_PREFERRED;

    /** rb entry of a run on the vertical padding. */
    private static final int NONE = Integer.MIN_VALUE;
    /** runBases' result when every run is on the padding. */
    private static final long EMPTY = Long.MIN_VALUE;

    /** The first window j that lies inside the width ({@code j*stride >= pad}), at most ow. */
    private static int firstInside(Geometry g) {
        return Math.min(g.ow, (g.pad + g.stride - 1) / g.stride);
    }

    /** The last window j that lies inside the width ({@code j*stride - pad + fw <= w}), or -1. */
    private static int lastInside(Geometry g) {
        return g.w - g.fw + g.pad < 0 ? -1 : Math.min(g.ow - 1, (g.w - g.fw + g.pad) / g.stride);
    }

    /**
     * Fills {@code rb[c*fh + y]} with the input index of column {@code -pad} of the input row that
     * run (c, y) of row block (n, i) reads, or {@link #NONE} for a row on the padding; returns the
     * smallest and largest such index packed as {@code lo << 32 | hi}, or {@link #EMPTY}.
     */
    private static long runBases(Geometry g, int n, int i, int off, int sN, int sC, int sH, int[] rb) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int c = 0, r = 0; c < g.c; c++) {
            for (int y = 0; y < g.fh; y++, r++) {
                final int ih = i * g.stride + y - g.pad;
                if (ih < 0 || ih >= g.h) {
                    rb[r] = NONE;
                } else {
                    final int b = off + n * sN + c * sC + ih * sH - g.pad;
                    rb[r] = b;
                    lo = Math.min(lo, b);
                    hi = Math.max(hi, b);
                }
            }
        }
        return lo > hi ? EMPTY : (long) lo << 32 | (hi & 0xFFFFFFFFL);
    }

    // ---- float64 -------------------------------------------------------------------------------

    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        if (g.fw > DP.length()) {
            return false;
        }
        im2colDP(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
        return true;
    }

    private static void im2colDP(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, C = g.c, OH = g.oh, OW = g.ow;
        final int R = C * fh, K = R * fw, L = DP.length();
        final int end = dstOff + u1 * OW * K; // stores (and their spills) stay below the piece's end
        final int srcLim = src.length - L; // a vector load at idx needs 0 <= idx <= srcLim
        final int jlo = firstInside(g), jhi = lastInside(g);
        final int[] rb = new int[R];
        for (int u = u0; u < u1; u++) {
            final int i = u % OH;
            final long range = runBases(g, u / OH, i, off, sN, sC, sH, rb);
            final int dBlock = dstOff + u * OW * K;
            // fast windows ja..jb: inside the width, every load inside src, every spill inside the piece
            int ja = jlo, jb = Math.min(jhi, Math.floorDiv(end - dBlock - (R - 1) * fw - L, K));
            if (range != EMPTY) {
                final int lo = (int) (range >> 32), hi = (int) range;
                if (lo < 0) {
                    ja = Math.max(ja, (-lo + s - 1) / s);
                }
                jb = Math.min(jb, Math.floorDiv(srcLim - hi, s));
            }
            int j = 0;
            for (; j < Math.min(ja, OW); j++) {
                edgeRowDP(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
            if (ja <= jb) {
                for (int d = dBlock + j * K; j <= jb; j++, d += K) {
                    final int js = j * s;
                    for (int r = 0, q = d; r < R; r++, q += fw) {
                        final int b = rb[r];
                        if (b != NONE) {
                            DoubleVector.fromArray(DP, src, b + js).intoArray(dst, q);
                        } else {
                            DoubleVector.zero(DP).intoArray(dst, q);
                        }
                    }
                }
            }
            for (; j < OW; j++) {
                edgeRowDP(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
        }
    }

    /**
     * One row (window j) run by run: a vector copy where its load and spill fit (then the elements
     * on the padding zeroed), element by element otherwise.
     */
    private static void edgeRowDP(Geometry g, double[] src, int[] rb, int srcLim, double[] dst, int d, int end, int j) {
        final int fw = g.fw, W = g.w, w0 = j * g.stride - g.pad;
        for (int r = 0, q = d; r < rb.length; r++, q += fw) {
            final int b = rb[r];
            final boolean room = q + DP.length() <= end;
            if (b == NONE) {
                if (room) {
                    DoubleVector.zero(DP).intoArray(dst, q);
                } else {
                    for (int x = 0; x < fw; x++) {
                        dst[q + x] = 0.0;
                    }
                }
                continue;
            }
            final int idx = b + j * g.stride;
            if (room && idx >= 0 && idx <= srcLim) {
                DoubleVector.fromArray(DP, src, idx).intoArray(dst, q);
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    if (iw < 0 || iw >= W) {
                        dst[q + x] = 0.0;
                    }
                }
            } else {
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    dst[q + x] = iw >= 0 && iw < W ? src[idx + x] : 0.0;
                }
            }
        }
    }

    // ---- float32 -------------------------------------------------------------------------------

    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, float[] dst, int dstOff,
            int u0, int u1) {
        if (g.fw > FP.length()) {
            return false;
        }
        im2colFP(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
        return true;
    }

    private static void im2colFP(Geometry g, float[] src, int off, int sN, int sC, int sH, float[] dst, int dstOff,
            int u0, int u1) {
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, C = g.c, OH = g.oh, OW = g.ow;
        final int R = C * fh, K = R * fw, L = FP.length();
        final int end = dstOff + u1 * OW * K; // stores (and their spills) stay below the piece's end
        final int srcLim = src.length - L; // a vector load at idx needs 0 <= idx <= srcLim
        final int jlo = firstInside(g), jhi = lastInside(g);
        final int[] rb = new int[R];
        for (int u = u0; u < u1; u++) {
            final int i = u % OH;
            final long range = runBases(g, u / OH, i, off, sN, sC, sH, rb);
            final int dBlock = dstOff + u * OW * K;
            // fast windows ja..jb: inside the width, every load inside src, every spill inside the piece
            int ja = jlo, jb = Math.min(jhi, Math.floorDiv(end - dBlock - (R - 1) * fw - L, K));
            if (range != EMPTY) {
                final int lo = (int) (range >> 32), hi = (int) range;
                if (lo < 0) {
                    ja = Math.max(ja, (-lo + s - 1) / s);
                }
                jb = Math.min(jb, Math.floorDiv(srcLim - hi, s));
            }
            int j = 0;
            for (; j < Math.min(ja, OW); j++) {
                edgeRowFP(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
            if (ja <= jb) {
                for (int d = dBlock + j * K; j <= jb; j++, d += K) {
                    final int js = j * s;
                    for (int r = 0, q = d; r < R; r++, q += fw) {
                        final int b = rb[r];
                        if (b != NONE) {
                            FloatVector.fromArray(FP, src, b + js).intoArray(dst, q);
                        } else {
                            FloatVector.zero(FP).intoArray(dst, q);
                        }
                    }
                }
            }
            for (; j < OW; j++) {
                edgeRowFP(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
        }
    }

    /**
     * One row (window j) run by run: a vector copy where its load and spill fit (then the elements
     * on the padding zeroed), element by element otherwise.
     */
    private static void edgeRowFP(Geometry g, float[] src, int[] rb, int srcLim, float[] dst, int d, int end, int j) {
        final int fw = g.fw, W = g.w, w0 = j * g.stride - g.pad;
        for (int r = 0, q = d; r < rb.length; r++, q += fw) {
            final int b = rb[r];
            final boolean room = q + FP.length() <= end;
            if (b == NONE) {
                if (room) {
                    FloatVector.zero(FP).intoArray(dst, q);
                } else {
                    for (int x = 0; x < fw; x++) {
                        dst[q + x] = 0.0f;
                    }
                }
                continue;
            }
            final int idx = b + j * g.stride;
            if (room && idx >= 0 && idx <= srcLim) {
                FloatVector.fromArray(FP, src, idx).intoArray(dst, q);
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    if (iw < 0 || iw >= W) {
                        dst[q + x] = 0.0f;
                    }
                }
            } else {
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    dst[q + x] = iw >= 0 && iw < W ? src[idx + x] : 0.0f;
                }
            }
        }
    }

}
