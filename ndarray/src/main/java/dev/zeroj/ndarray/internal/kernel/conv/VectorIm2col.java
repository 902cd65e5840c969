package dev.zeroj.ndarray.internal.kernel.conv;

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
 * compiles those very slowly. Row blocks whose runs are short (at most 3 elements) are gathered
 * instead: each window's row as whole vectors, one store per vector ({@link #gatherMap}); with
 * padding, from a zero-padded copy of the image rows, so no window goes run by run.
 *
 * <p>The copy loops are in {@link DoubleVectorIm2col} (hand-written) and FloatVectorIm2col (generated
 * from it by {@code ndarray/src/test/python/gen_conv_twins.py}); this class holds the shared
 * geometry and dispatches on the array type.
 */
final class VectorIm2col {
    private VectorIm2col() {}

    /** rb entry of a run on the vertical padding. */
    static final int NONE = Integer.MIN_VALUE;
    /** runBases' result when every run is on the padding. */
    static final long EMPTY = Long.MIN_VALUE;

    /** The first window j that lies inside the width ({@code j*stride >= pad}), at most ow. */
    static int firstInside(Geometry g) {
        return Math.min(g.ow, (g.pad + g.stride - 1) / g.stride);
    }

    /** The last window j that lies inside the width ({@code j*stride - pad + fw <= w}), or -1. */
    static int lastInside(Geometry g) {
        return g.w - g.fw + g.pad < 0 ? -1 : Math.min(g.ow - 1, (g.w - g.fw + g.pad) / g.stride);
    }

    /**
     * Fills {@code rb[c*fh + y]} with the input index of column {@code -pad} of the input row that
     * run (c, y) of row block (n, i) reads, or {@link #NONE} for a row on the padding; returns the
     * smallest and largest such index packed as {@code lo << 32 | hi}, or {@link #EMPTY}.
     */
    static long runBases(Geometry g, int n, int i, int off, int sN, int sC, int sH, int[] rb) {
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

    /**
     * The gather map of one im2col row for vectors of {@code lanes} elements: entry e is the offset,
     * from the first element of window j's first run, of the input element that element e of window
     * j's row holds; past the row's {@code K = c*fh*fw} elements, the element window j+1's row (j+2's,
     * ...) would hold, so a spilled lane still reads inside the input (its value is overwritten later).
     * Its length is K rounded up to whole vectors.
     */
    static int[] gatherMap(Geometry g, int sC, int sH, int lanes) {
        final int K = g.c * g.fh * g.fw;
        final int[] map = new int[(K + lanes - 1) / lanes * lanes];
        for (int e = 0; e < map.length; e++) {
            final int k = e % K, x = k % g.fw, y = k / g.fw % g.fh, c = k / (g.fw * g.fh);
            map[e] = e / K * g.stride + c * sC + y * sH + x;
        }
        return map;
    }

    /** Whether the windows of output row i lie inside the height (none of their rows on the padding). */
    static boolean insideHeight(Geometry g, int i) {
        final int top = i * g.stride - g.pad;
        return top >= 0 && top + g.fh <= g.h;
    }

    static int min(int[] a) {
        int m = Integer.MAX_VALUE;
        for (int v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    static int max(int[] a) {
        int m = Integer.MIN_VALUE;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        return DoubleVectorIm2col.im2col(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
    }

    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, float[] dst, int dstOff,
            int u0, int u1) {
        return FloatVectorIm2col.im2col(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
    }
}
