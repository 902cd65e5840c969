package dev.zeroj.ndarray.internal.kernel.conv;

import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.EMPTY;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.NONE;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.firstInside;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.gatherMap;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.insideHeight;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.lastInside;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.max;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.min;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.runBases;

import dev.zeroj.ndarray.internal.kernel.WorkBuffers;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double half of {@link VectorIm2col} (see there; loaded only through it). Rows of at most
 * {@link DoubleIm2colRuns#HOISTED} runs are copied by the generated {@link DoubleIm2colRuns}.
 * <p>FloatVectorIm2col.java is generated from DoubleVectorIm2col.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleVectorIm2col.java and regenerate.
 */
final class DoubleVectorIm2col {
    private DoubleVectorIm2col() {}

    private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> S128 = DoubleVector.SPECIES_128;
    private static final VectorSpecies<Double> S256 = DoubleVector.SPECIES_256;
    /**
     * Copy runs with the narrowest vector (128 or 256 bits, when narrower than the preferred one) that
     * holds {@code fw} elements: fewer stores straddle two cache lines (measured on JDK 25, one thread:
     * im2col_deep float 5.8 -> 4.8 ms, double 6.3 -> 5.7 ms; im2col_simple float 0.39 -> 0.34 ms). Only on
     * JDK 21+: on JDK 17 a second vector size slows every vector kernel compiled after it (see
     * {@link VectorConv}), and these narrow copies themselves ran 7-10x slower there. The system property
     * {@code zeroj.conv.im2col.narrow} set to {@code true} or {@code false} overrides the JDK test (the
     * SIMD test run sets {@code true}, so JDK 17 tests these copies too).
     */
    private static final boolean NARROW =
            ConvKernels.flag("zeroj.conv.im2col.narrow", Runtime.version().feature() >= 21);
    /**
     * Row blocks without padding are gathered ({@link #gathered}) when the runs are at most
     * {@link #GATHER_RUN} elements long, and with padding every row block ({@link #paddedBlocks}). By
     * default float64 gathers only from JDK 21: its index vector is half as wide as its data vector, a
     * second int vector size, which on JDK 17 slows the vector kernels compiled after it (a float32
     * im2col_deep gathered after a float64 one took 28-32 ms instead of 3.7; see the README); a float32
     * gather's index vector is as wide as its data vector. The system property
     * {@code zeroj.conv.im2col.gather} set to {@code false} copies every block run by run, set to
     * {@code true} gathers float64 on any JDK (the conv-narrow test run sets it, so a JDK 17 build tests
     * the float64 gathers too).
     */
    private static final boolean GATHER = ConvKernels.flag("zeroj.conv.im2col.gather",
            SP.elementSize() == Integer.SIZE || Runtime.version().feature() >= 21);
    /**
     * Gathering pays for runs of at most 3 elements, whatever their type. Measured against the run
     * copies, one thread, fresh JVMs, 3 each, interleaved: im2col_deep (runs of 3, padded) float32 4.53 ->
     * 3.80 ms (JDK 25), float64 8.7-9.9 -> 7.2-8.4 ms (JDK 25; JDK 17 with the gathers forced on 10.9-11.5
     * -> 7.3-8.4): its rows are written as whole line-sized vectors instead of one overlapping store per
     * run; im2col_simple (runs of 5) float32 0.355 -> 0.429 ms, float64 0.50 -> 0.53-0.62 ms (slower: the
     * gather's per-element cost outweighs 5 elements a copy).
     */
    private static final int GATHER_RUN = 3;
    /**
     * With padding, gathered row blocks read a zero-padded copy of the input rows they need (see
     * {@link #paddedBlocks}) when the padded image has at most this many elements; larger images go
     * the unpadded way (edge windows run by run).
     */
    private static final int PADDED_MAX = 1 << 20;
    /** Per thread: the padded image and a one-row gather buffer of {@link #paddedBlocks}. */
    private static final ThreadLocal<double[][]> PADDED = ThreadLocal.withInitial(() -> new double[2][]);

    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        if (g.fw > SP.length()) {
            return false;
        }
        im2colVec(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
        return true;
    }

    private static void im2colVec(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, C = g.c, OH = g.oh, OW = g.ow;
        final boolean gather = GATHER && fw <= GATHER_RUN;
        if (gather && p > 0 && (long) C * (H + 2 * p) * (g.w + 2 * p) <= PADDED_MAX) {
            paddedBlocks(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
            return;
        }
        final int R = C * fh, K = R * fw, L = copyLength(fw);
        final int end = dstOff + u1 * OW * K; // stores (and their spills) stay below the piece's end
        final int srcLim = src.length - L; // a copy vector load at idx needs 0 <= idx <= srcLim
        final int edgeLim = src.length - SP.length(); // the same for edgeRow's preferred-size loads
        final int jlo = firstInside(g), jhi = lastInside(g);
        final int[] rb = new int[R];
        final int[] map = gather ? gatherMap(g, sC, sH, SP.length()) : null;
        final int mapLo = map == null ? 0 : min(map), mapHi = map == null ? 0 : max(map);
        final int Kp = map == null ? 0 : map.length;
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
                edgeRow(g, src, rb, edgeLim, dst, dBlock + j * K, end, j);
            }
            if (map != null && insideHeight(g, i)) {
                // gathered windows: inside the width, every gather index inside src, every store inside the piece
                final int g0 = rb[0];
                final int ga = Math.max(jlo, -Math.floorDiv(g0 + mapLo, s));
                final int gb = Math.min(Math.min(jhi, Math.floorDiv(end - dBlock - Kp, K)),
                        Math.floorDiv(src.length - 1 - g0 - mapHi, s));
                if (ga <= gb) {
                    for (; j < ga; j++) {
                        edgeRow(g, src, rb, edgeLim, dst, dBlock + j * K, end, j);
                    }
                    gathered(src, map, g0, s, dst, dBlock + j * K, j, gb, K);
                    for (j = gb + 1; j < OW; j++) {
                        edgeRow(g, src, rb, edgeLim, dst, dBlock + j * K, end, j);
                    }
                    continue;
                }
            }
            if (ja <= jb) {
                final int d = dBlock + j * K;
                if (R <= DoubleIm2colRuns.HOISTED && min(rb) != NONE) {
                    DoubleIm2colRuns.copy(src, rb, fw, s, dst, d, j, jb, K, L);
                } else if (L == SP.length()) {
                    windows(src, rb, fw, s, dst, d, j, jb, K);
                } else if (L == S256.length()) {
                    windows256(src, rb, fw, s, dst, d, j, jb, K);
                } else {
                    windows128(src, rb, fw, s, dst, d, j, jb, K);
                }
                j = jb + 1;
            }
            for (; j < OW; j++) {
                edgeRow(g, src, rb, edgeLim, dst, dBlock + j * K, end, j);
            }
        }
    }

    /**
     * The row blocks {@code [u0, u1)} of a padded input, every window gathered ({@link #gathered}) from
     * a zero-padded copy of the input rows the blocks read, one image at a time, instead of the edge
     * windows going run by run ({@link #edgeRow}): with padding 1 and 28 windows a row, those are 1 row
     * in 7 and took 0.9 of im2col_deep float32's 3.8 ms (one thread, JDK 25). The last windows of the
     * piece, whose last vector would spill past its end, are gathered into a buffer and copied.
     */
    private static void paddedBlocks(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst,
            int dstOff, int u0, int u1) {
        final int s = g.stride, p = g.pad, OH = g.oh, OW = g.ow, K = (int) g.k();
        final int Wp = g.w + 2 * p, P = (g.h + 2 * p) * Wp;
        final int[] map = gatherMap(g, P, Wp, SP.length());
        final int Kp = map.length;
        // the largest index a gather reads: window (OH-1, OW-1), its spilled lanes included
        final int need = Math.max(g.c * P, (OH - 1) * s * Wp + (OW - 1) * s + max(map) + 1);
        final double[][] bufs = PADDED.get();
        final double[] img = WorkBuffers.get(bufs, 0, need);
        final double[] row = WorkBuffers.get(bufs, 1, Kp);
        final int end = dstOff + u1 * OW * K;
        for (int u = u0; u < u1;) {
            final int n = u / OH, ia = u % OH, ib = Math.min(OH, ia + u1 - u);
            Im2col.padRows(src, off + n * sN, sC, sH, g.c, g.h, g.w, p, p, img, 0, P, ia * s, (ib - 1) * s + g.fh);
            for (int i = ia; i < ib; i++, u++) {
                final int d = dstOff + u * OW * K, g0 = i * s * Wp;
                final int jb = Math.min(OW - 1, Math.floorDiv(end - d - Kp, K)); // spills stay in the piece
                gathered(img, map, g0, s, dst, d, 0, jb, K);
                for (int j = Math.max(0, jb + 1); j < OW; j++) {
                    gathered(img, map, g0, s, row, 0, j, j, K);
                    System.arraycopy(row, 0, dst, d + j * K, K);
                }
            }
        }
    }

    /**
     * Windows {@code j..jb} of a row block without padding (window j's row at {@code dst[d]}), each
     * row as whole vectors of the preferred size gathered from {@code src} ({@code src[g0 + j*s +
     * map[e]]} for element e of the row): one full-width store per vector, where the run copies make
     * one (overlapping) store per run of {@code fw} elements. Fewer stores per cache line keep more
     * lines in flight when the output is not in cache (measured on the im2col_deep float32 interior,
     * one thread: 3.9 -> 2.1 ms with the output in cache, 5.9 -> 4.5 ms after other work evicted it).
     * The last vector of a row spills into the elements after the row, which are written after it
     * (the next window, an edge window or the next row block of this piece) and so overwritten;
     * {@link #gatherMap} gives the spilled lanes indexes inside the input.
     */
    private static void gathered(double[] src, int[] map, int g0, int s, double[] dst, int d, int j, int jb, int K) {
        final int Kp = map.length;
        for (; j <= jb; j++, d += K) {
            final int b = g0 + j * s;
            for (int e = 0; e < Kp; e += SP.length()) {
                DoubleVector.fromArray(SP, src, b, map, e).intoArray(dst, d + e);
            }
        }
    }

    /** Elements per copy vector for runs of {@code fw} (at most {@code SP.length()}): see {@link #NARROW}. */
    private static int copyLength(int fw) {
        if (NARROW && S128.vectorBitSize() < SP.vectorBitSize() && fw <= S128.length()) {
            return S128.length();
        }
        if (NARROW && S256.vectorBitSize() < SP.vectorBitSize() && fw <= S256.length()) {
            return S256.length();
        }
        return SP.length();
    }

    /** Windows {@code j..jb} (row of window j at {@code dst[d]}), each run one vector copy of the preferred size. */
    private static void windows(double[] src, int[] rb, int fw, int s, double[] dst, int d, int j, int jb, int K) {
        for (; j <= jb; j++, d += K) {
            final int js = j * s;
            for (int r = 0, q = d; r < rb.length; r++, q += fw) {
                final int b = rb[r];
                if (b != NONE) {
                    DoubleVector.fromArray(SP, src, b + js).intoArray(dst, q);
                } else {
                    DoubleVector.zero(SP).intoArray(dst, q);
                }
            }
        }
    }

    /** {@link #windows} with 256-bit copies. */
    private static void windows256(double[] src, int[] rb, int fw, int s, double[] dst, int d, int j, int jb, int K) {
        for (; j <= jb; j++, d += K) {
            final int js = j * s;
            for (int r = 0, q = d; r < rb.length; r++, q += fw) {
                final int b = rb[r];
                if (b != NONE) {
                    DoubleVector.fromArray(S256, src, b + js).intoArray(dst, q);
                } else {
                    DoubleVector.zero(S256).intoArray(dst, q);
                }
            }
        }
    }

    /** {@link #windows} with 128-bit copies. */
    private static void windows128(double[] src, int[] rb, int fw, int s, double[] dst, int d, int j, int jb, int K) {
        for (; j <= jb; j++, d += K) {
            final int js = j * s;
            for (int r = 0, q = d; r < rb.length; r++, q += fw) {
                final int b = rb[r];
                if (b != NONE) {
                    DoubleVector.fromArray(S128, src, b + js).intoArray(dst, q);
                } else {
                    DoubleVector.zero(S128).intoArray(dst, q);
                }
            }
        }
    }

    /**
     * One row (window j) run by run: a vector copy where its load and spill fit (then the elements
     * on the padding zeroed), element by element otherwise.
     */
    private static void edgeRow(Geometry g, double[] src, int[] rb, int srcLim, double[] dst, int d, int end, int j) {
        final int fw = g.fw, W = g.w, w0 = j * g.stride - g.pad;
        for (int r = 0, q = d; r < rb.length; r++, q += fw) {
            final int b = rb[r];
            final boolean room = q + SP.length() <= end;
            if (b == NONE) {
                if (room) {
                    DoubleVector.zero(SP).intoArray(dst, q);
                } else {
                    for (int x = 0; x < fw; x++) {
                        dst[q + x] = 0;
                    }
                }
                continue;
            }
            final int idx = b + j * g.stride;
            if (room && idx >= 0 && idx <= srcLim) {
                DoubleVector.fromArray(SP, src, idx).intoArray(dst, q);
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    if (iw < 0 || iw >= W) {
                        dst[q + x] = 0;
                    }
                }
            } else {
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    dst[q + x] = iw >= 0 && iw < W ? src[idx + x] : 0;
                }
            }
        }
    }
}
