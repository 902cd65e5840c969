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
 * <p><b>im2col</b>: see {@link VectorIm2col}.
 *
 * <p><b>2x2 max pooling, stride 2</b> (unit width stride): a vector holds the input pairs of L/2
 * windows of the top row and another those of the bottom row; swapping neighbour lanes puts each
 * window's four values side by side in its even lane, where the tournament of
 * {@link DoubleMaxPool#window2x2} (and its float twin) runs lane-wise (compare and blend, no branches).
 * A step with a NaN falls back to that method.
 */
public final class VectorConv implements ConvKernels {
    // 2x2 pooling: a vector holds the pairs of L/2 windows. Only the preferred species: on JDK 17, once a
    // second vector size has run, C2 compiles the vector loads/stores of kernels compiled later as calls
    // (conv_fwd_deep f32 6 ms -> 138 ms after a 256-bit pooling kernel had run; issue 4).
    private static final VectorSpecies<Double> PD = DoubleVector.SPECIES_PREFERRED;
    // JDK 21+ has no such penalty, and there 8-float vectors pool the simple case faster (1.09 vs 1.52 ms).
    private static final VectorSpecies<Float> PF = Runtime.version().feature() >= 21
            && FloatVector.SPECIES_256.vectorBitSize() < FloatVector.SPECIES_PREFERRED.vectorBitSize()
                    ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

    /** Creates the provider (only when the Vector API module is readable). */
    public VectorConv() {}

    @Override
    public boolean wideVectors() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 512;
    }

    @Override
    public boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst, int dstOff,
            int u0, int u1) {
        return sW == 1 && VectorIm2col.im2col(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
    }

    @Override
    public boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] dst, int dstOff,
            int u0, int u1) {
        return sW == 1 && VectorIm2col.im2col(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
    }

    // ---- shifted-planes forward pass (DoubleShiftedConv, FloatShiftedConv) ---------------------

    @Override
    public int shiftedTilePixels(double[] x, int rows) {
        return DoubleShiftedConv.tilePixels(rows);
    }

    @Override
    public int shiftedTilePixels(float[] x, int rows) {
        return FloatShiftedConv.tilePixels(rows);
    }

    @Override
    public void forwardShifted(int rows, int fn, int k, int p, double[] xs, int xo, int[] toff, double[] wp,
            double[] out, int oo) {
        DoubleShiftedConv.image(rows, fn, k, p, xs, xo, toff, wp, out, oo);
    }

    @Override
    public void forwardShifted(int rows, int fn, int k, int p, float[] xs, int xo, int[] toff, float[] wp,
            float[] out, int oo) {
        FloatShiftedConv.image(rows, fn, k, p, xs, xo, toff, wp, out, oo);
    }

    // ---- dx of the backward pass with stride 1 (DoubleShiftedDx, FloatShiftedDx) ----------------

    @Override
    public int shiftedDxTilePixels(double[] d) {
        return DoubleShiftedDx.tilePixels();
    }

    @Override
    public int shiftedDxTilePixels(float[] d) {
        return FloatShiftedDx.tilePixels();
    }

    @Override
    public void dxShifted(int fn, int taps, int span, int plane, double[] dp, int dpo, int[] doff, double[] wq,
            int wqo, int wcs, double[] out, int oo, int os) {
        DoubleShiftedDx.channels(fn, taps, span, plane, dp, dpo, doff, wq, wqo, wcs, out, oo, os);
    }

    @Override
    public void dxShifted(int fn, int taps, int span, int plane, float[] dp, int dpo, int[] doff, float[] wq,
            int wqo, int wcs, float[] out, int oo, int os) {
        FloatShiftedDx.channels(fn, taps, span, plane, dp, dpo, doff, wq, wqo, wcs, out, oo, os);
    }

    // ---- dW of the backward pass with stride 1 (DoubleShiftedDw, FloatShiftedDw) ----------------

    @Override
    public boolean dwLanes(int fn, int k, int full, double[] d, int d0, int dsF, double[] xs, int xo, int[] toff,
            double[] acc, int ao) {
        if (!DoubleShiftedDw.fits()) {
            return false;
        }
        DoubleShiftedDw.image(fn, k, full, d, d0, dsF, xs, xo, toff, acc, ao);
        return true;
    }

    @Override
    public boolean dwLanes(int fn, int k, int full, float[] d, int d0, int dsF, float[] xs, int xo, int[] toff,
            float[] acc, int ao) {
        if (!FloatShiftedDw.fits()) {
            return false;
        }
        FloatShiftedDw.image(fn, k, full, d, d0, dsF, xs, xo, toff, acc, ao);
        return true;
    }

    // ---- dcolᵀ of the backward pass (DoubleDcolTiles, FloatDcolTiles) -----------------------------

    @Override
    public int dcolTilePixels(double[] d) {
        return wideVectors() ? DoubleDcolTiles.tilePixels() : 0;
    }

    @Override
    public int dcolTilePixels(float[] d) {
        return wideVectors() ? FloatDcolTiles.tilePixels() : 0;
    }

    @Override
    public void dcolTiles(int rows, int cols, int k, int p, int fn, double[] w, int wo, double[] d, int d0, int dsF,
            double[] dcol, int dc0) {
        DoubleDcolTiles.image(rows, cols, k, p, fn, w, wo, d, d0, dsF, dcol, dc0);
    }

    @Override
    public void dcolTiles(int rows, int cols, int k, int p, int fn, float[] w, int wo, float[] d, int d0, int dsF,
            float[] dcol, int dc0) {
        FloatDcolTiles.image(rows, cols, k, p, fn, w, wo, d, d0, dsF, dcol, dc0);
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
                            DoubleMaxPool.window2x2(src, b + 2 * k, 1, sH, out, o + j + k, argmax, a + (j + k) * C);
                        }
                        continue;
                    }
                    // the tournament of DoubleMaxPool.window2x2, lane-wise
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
                    DoubleMaxPool.window2x2(src, b0 + 2 * j, 1, sH, out, o + j, argmax, a + j * C);
                }
            }
        }
        return true;
    }

    // Hand-written, not a generated twin of the double kernel above: the last step may overlap the
    // previous one (and PF may be narrower than PD), by design.
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
                int next = 0; // first window not yet done
                while (next < OW && OW >= win) {
                    // the last step may overlap the previous one: its windows are recomputed alike
                    final int j = Math.min(next, OW - win);
                    if (b0 + sH + 2 * j + L > src.length) {
                        break;
                    }
                    next = j + win;
                    final int b = b0 + 2 * j;
                    // even lanes: top-left v0 (x) and top-right v1 (xs), bottom v2 / v3 likewise
                    final FloatVector x = FloatVector.fromArray(PF, src, b), xs = x.rearrange(swap);
                    final FloatVector y = FloatVector.fromArray(PF, src, b + sH), ys = y.rearrange(swap);
                    if (x.test(VectorOperators.IS_NAN).or(y.test(VectorOperators.IS_NAN)).anyTrue()) {
                        for (int k = 0; k < win; k++) {
                            FloatMaxPool.window2x2(src, b + 2 * k, 1, sH, out, o + j + k, argmax, a + (j + k) * C);
                        }
                        continue;
                    }
                    // the tournament of FloatMaxPool.window2x2, lane-wise
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
                for (int j = next; j < OW; j++) {
                    FloatMaxPool.window2x2(src, b0 + 2 * j, 1, sH, out, o + j, argmax, a + j * C);
                }
            }
        }
        return true;
    }

    // ---- col2im of ConvLayer's transposed window matrix, unit stride --------------------------

    /** {@link #col2imT} adds whole window rows at once up to this many skipped pixels per row ({@code fw - 1}). */
    private static final int BLOCK_GAP = 8;

    /** The last {@link #laneTable} a thread built, and what it was built for. */
    private static final class LaneTable {
        int groups = -1, fw, lanes, last, pad, ow;
        boolean[] masks = new boolean[0];
    }

    private static final ThreadLocal<LaneTable> LANE_TABLES = ThreadLocal.withInitial(LaneTable::new);

    /**
     * {@link #col2imPixelRows}' lane masks: for pixel group {@code q} (vectors starting at
     * {@code min(2qL, last)} and {@code min(2qL + L, last)}) and window column {@code kx}, at
     * {@code ((q·fw + kx)·2 + v)·L}, lane {@code j} of vector {@code v} is set when its window column
     * {@code x + j + pad - kx} lies in {@code [0, ow)}. Kept per thread and rebuilt only when the geometry
     * changes (the layer calls this once per image); the caller reads it and does not keep it.
     */
    private static boolean[] laneTable(int groups, int fw, int lanes, int last, int pad, int ow) {
        LaneTable t = LANE_TABLES.get();
        if (t.groups == groups && t.fw == fw && t.lanes == lanes && t.last == last && t.pad == pad && t.ow == ow) {
            return t.masks;
        }
        boolean[] m = new boolean[groups * fw * 2 * lanes];
        for (int q = 0; q < groups; q++) {
            for (int kx = 0; kx < fw; kx++) {
                for (int v = 0; v < 2; v++) {
                    int x = Math.min(2 * q * lanes + v * lanes, last);
                    for (int j = 0; j < lanes; j++) {
                        int col = x + j + pad - kx;
                        m[((q * fw + kx) * 2 + v) * lanes + j] = col >= 0 && col < ow;
                    }
                }
            }
        }
        t.masks = m;
        t.groups = groups;
        t.fw = fw;
        t.lanes = lanes;
        t.last = last;
        t.pad = pad;
        t.ow = ow;
        return m;
    }

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    @Override
    public boolean col2imT(Geometry g, double[] col, int co, double[] dx, int base) {
        if (g.stride != 1) {
            return false;
        }
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, p = oh * ow, L = PD.length();
        final boolean blocks = wd == ow && g.fw - 1 <= BLOCK_GAP;
        if (!blocks && wd >= DoubleVector.SPECIES_PREFERRED.length() && co + (long) g.k() * p <= col.length) {
            col2imPixelRows(g, col, co, dx, base);
            return true;
        }
        java.util.Arrays.fill(dx, base, base + g.c * h * wd, 0);
        if (blocks) {
            col2imBlocks(g, col, co, dx, base);
            return true;
        }
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = base + c * h * wd;
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = Math.max(0, pad - kx);
                    int hi = Math.max(lo, Math.min(ow, wd + pad - kx));
                    int len = hi - lo;
                    if (len == 0) {
                        continue;
                    }
                    int vend = len - len % L;
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy + ky - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = co + r * p + oy * ow + lo;
                        int dd = plane + iy * wd + lo + kx - pad;
                        int j = 0;
                        for (; j < vend; j += L) {
                            DoubleVector.fromArray(PD, dx, dd + j).add(DoubleVector.fromArray(PD, col, src + j))
                                    .intoArray(dx, dd + j);
                        }
                        for (; j < len; j++) {
                            dx[dd + j] += col[src + j];
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * {@link #col2imT} a pixel vector at a time (unit stride, image rows at least a vector wide, the
     * window matrix complete in {@code col}): each pixel's sum stays in a register while its terms are
     * added in the scalar loop's (c, ky, kx) order, and is stored once, so {@code dx} is neither cleared
     * nor read. Four image rows × two vectors of pixels are summed together (eight independent add
     * chains); the last vector of a row is moved back to end at {@code w}, and the rows past the last
     * are the last row again, recomputing those pixels to the same bits. A lane whose window column
     * {@code ix + pad - kx} is outside {@code [0, ow)} has no term for that {@code kx}: a masked add
     * leaves its sum as it is (the load reads whatever lies there: inside {@code col}, as the window
     * column of lane 0 is at least {@code -kx} and that of the last lane at most {@code ow - 1 + fw - 1 - kx}).
     * The masks come from a per-thread table ({@link #laneTable}). Measured (JDK 25, one thread, 100
     * images of the simple layer's 25 × 576 window rows, float32): 0.23 ms with the add pass per window
     * row and output row this replaces (24-pixel runs: a vector and a scalar tail), 0.10 ms; conv_bwd_simple
     * (benchmarks/compare --baseline-jar) float32 2.00 -> 1.88 ms, float64 3.47 -> 3.41.
     */
    private static void col2imPixelRows(Geometry g, double[] col, int co, double[] dx, int base) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, fh = g.fh, fw = g.fw, p = oh * ow;
        final int L = sp.length(), last = wd - L, groups = (wd + 2 * L - 1) / (2 * L);
        final boolean[] tab = laneTable(groups, fw, L, last, pad, ow);
        final DoubleVector zero = DoubleVector.zero(sp);
        for (int c = 0; c < g.c; c++) {
            final int plane = base + c * h * wd, tc = co + c * fh * fw * p;
            for (int y0 = 0; y0 < h; y0 += 4) {
                final int y1 = Math.min(y0 + 1, h - 1), y2 = Math.min(y0 + 2, h - 1), y3 = Math.min(y0 + 3, h - 1);
                for (int q = 0; q < groups; q++) {
                    final int xa = Math.min(2 * q * L, last), xb = Math.min(2 * q * L + L, last);
                    DoubleVector a0 = zero, a1 = zero, b0 = zero, b1 = zero;
                    DoubleVector c0 = zero, c1 = zero, d0 = zero, d1 = zero;
                    for (int ky = 0; ky < fh; ky++) {
                        final int oa = y0 + pad - ky, ob = y1 + pad - ky, oc = y2 + pad - ky, od = y3 + pad - ky;
                        final boolean inA = oa >= 0 && oa < oh, inB = ob >= 0 && ob < oh;
                        final boolean inC = oc >= 0 && oc < oh, inD = od >= 0 && od < oh;
                        if (!inA && !inB && !inC && !inD) {
                            continue;
                        }
                        for (int kx = 0; kx < fw; kx++) {
                            final int t = tc + (ky * fw + kx) * p, sa = t + xa + pad - kx, sb = t + xb + pad - kx;
                            final int m = (q * fw + kx) * 2 * L;
                            final VectorMask<Double> ma = VectorMask.fromArray(sp, tab, m);
                            final VectorMask<Double> mb = VectorMask.fromArray(sp, tab, m + L);
                            if (inA) {
                                a0 = a0.add(DoubleVector.fromArray(sp, col, sa + oa * ow), ma);
                                a1 = a1.add(DoubleVector.fromArray(sp, col, sb + oa * ow), mb);
                            }
                            if (inB) {
                                b0 = b0.add(DoubleVector.fromArray(sp, col, sa + ob * ow), ma);
                                b1 = b1.add(DoubleVector.fromArray(sp, col, sb + ob * ow), mb);
                            }
                            if (inC) {
                                c0 = c0.add(DoubleVector.fromArray(sp, col, sa + oc * ow), ma);
                                c1 = c1.add(DoubleVector.fromArray(sp, col, sb + oc * ow), mb);
                            }
                            if (inD) {
                                d0 = d0.add(DoubleVector.fromArray(sp, col, sa + od * ow), ma);
                                d1 = d1.add(DoubleVector.fromArray(sp, col, sb + od * ow), mb);
                            }
                        }
                    }
                    a0.intoArray(dx, plane + y0 * wd + xa);
                    a1.intoArray(dx, plane + y0 * wd + xb);
                    b0.intoArray(dx, plane + y1 * wd + xa);
                    b1.intoArray(dx, plane + y1 * wd + xb);
                    c0.intoArray(dx, plane + y2 * wd + xa);
                    c1.intoArray(dx, plane + y2 * wd + xb);
                    d0.intoArray(dx, plane + y3 * wd + xa);
                    d1.intoArray(dx, plane + y3 * wd + xb);
                }
            }
        }
    }

    /**
     * {@link #col2imT} when an image row and an output row are equally long ({@code w == ow}, stride 1):
     * then every in-image output row of a window row {@code (c, ky, kx)} is as far from its pixels as
     * the others, so one vector pass adds the whole window row. The pixels between two runs (at most
     * {@code fw - 1} a row), which that pass adds a term it must not, are kept before and put back after,
     * so every pixel still gets exactly its terms in the book's order. Measured (JDK 25, one thread,
     * col2imT of the 100 images of 16×28×28, 3×3 pad 1): see benchmarks/results/convbwd2-ab.md.
     */
    private static void col2imBlocks(Geometry g, double[] col, int co, double[] dx, int base) {
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, p = oh * ow, L = PD.length();
        double[] keep = new double[Math.max(1, oh * (g.fw - 1))];
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = base + c * h * wd;
            for (int ky = 0; ky < g.fh; ky++) {
                int oy0 = Math.max(0, pad - ky);
                int oy1 = Math.max(oy0, Math.min(oh, h + pad - ky));
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = Math.max(0, pad - kx);
                    int hi = Math.max(lo, Math.min(ow, wd + pad - kx));
                    int len = hi - lo;
                    if (len == 0 || oy1 == oy0) {
                        continue;
                    }
                    int src = co + r * p + oy0 * ow + lo;
                    int dd = plane + (oy0 + ky - pad) * wd + lo + kx - pad;
                    int total = (oy1 - 1 - oy0) * ow + len;
                    int gap = ow - len;
                    int kept = 0;
                    if (gap > 0) {
                        for (int q = dd + len; q < dd + total; q += ow) {
                            for (int e = 0; e < gap; e++) {
                                keep[kept++] = dx[q + e];
                            }
                        }
                    }
                    int vend = total - total % L;
                    int j = 0;
                    for (; j < vend; j += L) {
                        DoubleVector.fromArray(PD, dx, dd + j).add(DoubleVector.fromArray(PD, col, src + j))
                                .intoArray(dx, dd + j);
                    }
                    for (; j < total; j++) {
                        dx[dd + j] += col[src + j];
                    }
                    if (gap > 0) {
                        kept = 0;
                        for (int q = dd + len; q < dd + total; q += ow) {
                            for (int e = 0; e < gap; e++) {
                                dx[q + e] = keep[kept++];
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public int col2imLanes(double[] col) {
        return DoubleVector.SPECIES_PREFERRED.length();
    }

    /**
     * {@link Col2im}'s pixels {@code ww .. ww+L-1} of one image row, all channels (unit stride; see
     * {@link ConvKernels#col2imPixels}): lane k sums pixel ww+k's terms, which sit {@code map[k] = k*rs}
     * elements after pixel ww's, gathered one (y, x) at a time in the scalar loop's order. A lane whose
     * window column for x ({@code lo - x + k}) is outside {@code [0, ow)} has no such term: its gathered
     * value (another row's) is replaced by +0.0, which leaves its sum's bits as they are (a sum that
     * starts at +0.0 is never -0.0). So each lane is bitwise the scalar sum of its pixel. The gather
     * itself is never masked: a plain gather and a blend ran at 2.2 ns where the masked gather took 2.8
     * (JDK 25, float, one thread, L1-resident; that probe's mask came from a {@code boolean[]}), and JDK
     * 17 does not compile masked gathers at all (20 ns). The masks come from {@code indexInRange}: loaded
     * from a {@code boolean[]} table they made col2im_deep float64 3.5x slower in the full benchmark run
     * on JDK 25, once other kernels had run (benchmarks/results/session12-probes.md).
     */
    @Override
    public void col2imPixels(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, double[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        final boolean inside = lo - (fw - 1) >= 0 && lo + sp.length() <= ow;
        // one method per loop. With the four loops in one method, how fast C2 compiled the edge loop
        // depended on what had run before: in the full benchmark run (JDK 25) col2im_deep float64 took
        // 25-29 ms, JFR put most of it in the edge loop, and the same inlining gave 6-7 ms as a subset
        // (benchmarks/results/session15-probes.md)
        if (fw == 3 && inside) {
            col2imInside3(col, map, t0, cs, step, yStep, fh, ylo, yhi, channels, dst, d, planeSize);
        } else if (inside) {
            col2imInside(col, map, t0, cs, step, yStep, fh, fw, ylo, yhi, channels, dst, d, planeSize);
        } else if (fw == 3) {
            col2imEdge3(col, map, t0, cs, step, yStep, fh, ylo, yhi, channels, dst, d, planeSize, lo, ow);
        } else {
            col2imEdge(col, map, t0, cs, step, yStep, fh, fw, ylo, yhi, channels, dst, d, planeSize, lo, ow);
        }
    }

    /** {@link #col2imPixels} for 3-wide filters, every lane with all its terms. */
    private static void col2imInside3(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh,
            int ylo, int yhi, int channels, double[] dst, int d, int planeSize) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        final int yStep3 = yStep + 3 * step;
        for (int c = 0; c < channels; c++, d += planeSize) {
            DoubleVector a = DoubleVector.zero(sp);
            // 3 x 3 filters (the book's deeper layers) unrolled: C2 does not unroll the loops over
            // y and x, whose bounds are not constants (col2im_deep float32 4.5 -> 3.9 ms)
            for (int y = ylo, t = t0 + (c * fh + ylo) * 3 * cs; y <= yhi; y++, t += yStep3) {
                a = a.add(DoubleVector.fromArray(sp, col, t, map, 0));
                a = a.add(DoubleVector.fromArray(sp, col, t + step, map, 0));
                a = a.add(DoubleVector.fromArray(sp, col, t + 2 * step, map, 0));
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels}, every lane with all its terms. */
    private static void col2imInside(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, double[] dst, int d, int planeSize) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        for (int c = 0; c < channels; c++, d += planeSize) {
            DoubleVector a = DoubleVector.zero(sp);
            int t = t0 + (c * fh + ylo) * fw * cs;
            for (int y = ylo; y <= yhi; y++, t += yStep) {
                for (int x = 0; x < fw; x++, t += step) {
                    a = a.add(DoubleVector.fromArray(sp, col, t, map, 0));
                }
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels} for 3-wide filters at an image edge: the lanes without a term add +0.0. */
    private static void col2imEdge3(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh,
            int ylo, int yhi, int channels, double[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        final int yStep3 = yStep + 3 * step;
        // the lanes with a term for x = 0, 1, 2
        final VectorMask<Double> m0 = sp.indexInRange(lo, ow), m1 = sp.indexInRange(lo - 1, ow);
        final VectorMask<Double> m2 = sp.indexInRange(lo - 2, ow);
        for (int c = 0; c < channels; c++, d += planeSize) {
            DoubleVector a = DoubleVector.zero(sp);
            for (int y = ylo, t = t0 + (c * fh + ylo) * 3 * cs; y <= yhi; y++, t += yStep3) {
                a = a.add(DoubleVector.zero(sp).blend(DoubleVector.fromArray(sp, col, t, map, 0), m0));
                a = a.add(DoubleVector.zero(sp).blend(DoubleVector.fromArray(sp, col, t + step, map, 0), m1));
                a = a.add(DoubleVector.zero(sp).blend(DoubleVector.fromArray(sp, col, t + 2 * step, map, 0), m2));
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels} at an image edge: the lanes without a term add +0.0. */
    private static void col2imEdge(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, double[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Double> sp = DoubleVector.SPECIES_PREFERRED;
        final int n = sp.length();
        for (int c = 0; c < channels; c++, d += planeSize) {
            DoubleVector a = DoubleVector.zero(sp);
            int t = t0 + (c * fh + ylo) * fw * cs;
            for (int y = ylo; y <= yhi; y++, t += yStep) {
                for (int x = 0; x < fw; x++, t += step) {
                    DoubleVector v = DoubleVector.fromArray(sp, col, t, map, 0);
                    if (lo - x < 0 || lo - x + n > ow) {
                        // lane k has a term iff 0 <= lo - x + k < ow
                        v = DoubleVector.zero(sp).blend(v, sp.indexInRange(lo - x, ow));
                    }
                    a = a.add(v);
                }
            }
            a.intoArray(dst, d);
        }
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    @Override
    public boolean col2imT(Geometry g, float[] col, int co, float[] dx, int base) {
        if (g.stride != 1) {
            return false;
        }
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, p = oh * ow, L = PF.length();
        final boolean blocks = wd == ow && g.fw - 1 <= BLOCK_GAP;
        if (!blocks && wd >= FloatVector.SPECIES_PREFERRED.length() && co + (long) g.k() * p <= col.length) {
            col2imPixelRows(g, col, co, dx, base);
            return true;
        }
        java.util.Arrays.fill(dx, base, base + g.c * h * wd, 0);
        if (blocks) {
            col2imBlocks(g, col, co, dx, base);
            return true;
        }
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = base + c * h * wd;
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = Math.max(0, pad - kx);
                    int hi = Math.max(lo, Math.min(ow, wd + pad - kx));
                    int len = hi - lo;
                    if (len == 0) {
                        continue;
                    }
                    int vend = len - len % L;
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy + ky - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = co + r * p + oy * ow + lo;
                        int dd = plane + iy * wd + lo + kx - pad;
                        int j = 0;
                        for (; j < vend; j += L) {
                            FloatVector.fromArray(PF, dx, dd + j).add(FloatVector.fromArray(PF, col, src + j))
                                    .intoArray(dx, dd + j);
                        }
                        for (; j < len; j++) {
                            dx[dd + j] += col[src + j];
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * {@link #col2imT} a pixel vector at a time (unit stride, image rows at least a vector wide, the
     * window matrix complete in {@code col}): each pixel's sum stays in a register while its terms are
     * added in the scalar loop's (c, ky, kx) order, and is stored once, so {@code dx} is neither cleared
     * nor read. Four image rows × two vectors of pixels are summed together (eight independent add
     * chains); the last vector of a row is moved back to end at {@code w}, and the rows past the last
     * are the last row again, recomputing those pixels to the same bits. A lane whose window column
     * {@code ix + pad - kx} is outside {@code [0, ow)} has no term for that {@code kx}: a masked add
     * leaves its sum as it is (the load reads whatever lies there: inside {@code col}, as the window
     * column of lane 0 is at least {@code -kx} and that of the last lane at most {@code ow - 1 + fw - 1 - kx}).
     * The masks come from a per-thread table ({@link #laneTable}). Measured (JDK 25, one thread, 100
     * images of the simple layer's 25 × 576 window rows, float32): 0.23 ms with the add pass per window
     * row and output row this replaces (24-pixel runs: a vector and a scalar tail), 0.10 ms; conv_bwd_simple
     * (benchmarks/compare --baseline-jar) float32 2.00 -> 1.88 ms, float64 3.47 -> 3.41.
     */
    private static void col2imPixelRows(Geometry g, float[] col, int co, float[] dx, int base) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, fh = g.fh, fw = g.fw, p = oh * ow;
        final int L = sp.length(), last = wd - L, groups = (wd + 2 * L - 1) / (2 * L);
        final boolean[] tab = laneTable(groups, fw, L, last, pad, ow);
        final FloatVector zero = FloatVector.zero(sp);
        for (int c = 0; c < g.c; c++) {
            final int plane = base + c * h * wd, tc = co + c * fh * fw * p;
            for (int y0 = 0; y0 < h; y0 += 4) {
                final int y1 = Math.min(y0 + 1, h - 1), y2 = Math.min(y0 + 2, h - 1), y3 = Math.min(y0 + 3, h - 1);
                for (int q = 0; q < groups; q++) {
                    final int xa = Math.min(2 * q * L, last), xb = Math.min(2 * q * L + L, last);
                    FloatVector a0 = zero, a1 = zero, b0 = zero, b1 = zero;
                    FloatVector c0 = zero, c1 = zero, d0 = zero, d1 = zero;
                    for (int ky = 0; ky < fh; ky++) {
                        final int oa = y0 + pad - ky, ob = y1 + pad - ky, oc = y2 + pad - ky, od = y3 + pad - ky;
                        final boolean inA = oa >= 0 && oa < oh, inB = ob >= 0 && ob < oh;
                        final boolean inC = oc >= 0 && oc < oh, inD = od >= 0 && od < oh;
                        if (!inA && !inB && !inC && !inD) {
                            continue;
                        }
                        for (int kx = 0; kx < fw; kx++) {
                            final int t = tc + (ky * fw + kx) * p, sa = t + xa + pad - kx, sb = t + xb + pad - kx;
                            final int m = (q * fw + kx) * 2 * L;
                            final VectorMask<Float> ma = VectorMask.fromArray(sp, tab, m);
                            final VectorMask<Float> mb = VectorMask.fromArray(sp, tab, m + L);
                            if (inA) {
                                a0 = a0.add(FloatVector.fromArray(sp, col, sa + oa * ow), ma);
                                a1 = a1.add(FloatVector.fromArray(sp, col, sb + oa * ow), mb);
                            }
                            if (inB) {
                                b0 = b0.add(FloatVector.fromArray(sp, col, sa + ob * ow), ma);
                                b1 = b1.add(FloatVector.fromArray(sp, col, sb + ob * ow), mb);
                            }
                            if (inC) {
                                c0 = c0.add(FloatVector.fromArray(sp, col, sa + oc * ow), ma);
                                c1 = c1.add(FloatVector.fromArray(sp, col, sb + oc * ow), mb);
                            }
                            if (inD) {
                                d0 = d0.add(FloatVector.fromArray(sp, col, sa + od * ow), ma);
                                d1 = d1.add(FloatVector.fromArray(sp, col, sb + od * ow), mb);
                            }
                        }
                    }
                    a0.intoArray(dx, plane + y0 * wd + xa);
                    a1.intoArray(dx, plane + y0 * wd + xb);
                    b0.intoArray(dx, plane + y1 * wd + xa);
                    b1.intoArray(dx, plane + y1 * wd + xb);
                    c0.intoArray(dx, plane + y2 * wd + xa);
                    c1.intoArray(dx, plane + y2 * wd + xb);
                    d0.intoArray(dx, plane + y3 * wd + xa);
                    d1.intoArray(dx, plane + y3 * wd + xb);
                }
            }
        }
    }

    /**
     * {@link #col2imT} when an image row and an output row are equally long ({@code w == ow}, stride 1):
     * then every in-image output row of a window row {@code (c, ky, kx)} is as far from its pixels as
     * the others, so one vector pass adds the whole window row. The pixels between two runs (at most
     * {@code fw - 1} a row), which that pass adds a term it must not, are kept before and put back after,
     * so every pixel still gets exactly its terms in the book's order. Measured (JDK 25, one thread,
     * col2imT of the 100 images of 16×28×28, 3×3 pad 1): see benchmarks/results/convbwd2-ab.md.
     */
    private static void col2imBlocks(Geometry g, float[] col, int co, float[] dx, int base) {
        final int ow = g.ow, oh = g.oh, pad = g.pad, h = g.h, wd = g.w, p = oh * ow, L = PF.length();
        float[] keep = new float[Math.max(1, oh * (g.fw - 1))];
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = base + c * h * wd;
            for (int ky = 0; ky < g.fh; ky++) {
                int oy0 = Math.max(0, pad - ky);
                int oy1 = Math.max(oy0, Math.min(oh, h + pad - ky));
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = Math.max(0, pad - kx);
                    int hi = Math.max(lo, Math.min(ow, wd + pad - kx));
                    int len = hi - lo;
                    if (len == 0 || oy1 == oy0) {
                        continue;
                    }
                    int src = co + r * p + oy0 * ow + lo;
                    int dd = plane + (oy0 + ky - pad) * wd + lo + kx - pad;
                    int total = (oy1 - 1 - oy0) * ow + len;
                    int gap = ow - len;
                    int kept = 0;
                    if (gap > 0) {
                        for (int q = dd + len; q < dd + total; q += ow) {
                            for (int e = 0; e < gap; e++) {
                                keep[kept++] = dx[q + e];
                            }
                        }
                    }
                    int vend = total - total % L;
                    int j = 0;
                    for (; j < vend; j += L) {
                        FloatVector.fromArray(PF, dx, dd + j).add(FloatVector.fromArray(PF, col, src + j))
                                .intoArray(dx, dd + j);
                    }
                    for (; j < total; j++) {
                        dx[dd + j] += col[src + j];
                    }
                    if (gap > 0) {
                        kept = 0;
                        for (int q = dd + len; q < dd + total; q += ow) {
                            for (int e = 0; e < gap; e++) {
                                dx[q + e] = keep[kept++];
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public int col2imLanes(float[] col) {
        return FloatVector.SPECIES_PREFERRED.length();
    }

    /**
     * {@link Col2im}'s pixels {@code ww .. ww+L-1} of one image row, all channels (unit stride; see
     * {@link ConvKernels#col2imPixels}): lane k sums pixel ww+k's terms, which sit {@code map[k] = k*rs}
     * elements after pixel ww's, gathered one (y, x) at a time in the scalar loop's order. A lane whose
     * window column for x ({@code lo - x + k}) is outside {@code [0, ow)} has no such term: its gathered
     * value (another row's) is replaced by +0.0, which leaves its sum's bits as they are (a sum that
     * starts at +0.0 is never -0.0). So each lane is bitwise the scalar sum of its pixel. The gather
     * itself is never masked: a plain gather and a blend ran at 2.2 ns where the masked gather took 2.8
     * (JDK 25, float, one thread, L1-resident; that probe's mask came from a {@code boolean[]}), and JDK
     * 17 does not compile masked gathers at all (20 ns). The masks come from {@code indexInRange}: loaded
     * from a {@code boolean[]} table they made col2im_deep float64 3.5x slower in the full benchmark run
     * on JDK 25, once other kernels had run (benchmarks/results/session12-probes.md).
     */
    @Override
    public void col2imPixels(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, float[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        final boolean inside = lo - (fw - 1) >= 0 && lo + sp.length() <= ow;
        // one method per loop. With the four loops in one method, how fast C2 compiled the edge loop
        // depended on what had run before: in the full benchmark run (JDK 25) col2im_deep float64 took
        // 25-29 ms, JFR put most of it in the edge loop, and the same inlining gave 6-7 ms as a subset
        // (benchmarks/results/session15-probes.md)
        if (fw == 3 && inside) {
            col2imInside3(col, map, t0, cs, step, yStep, fh, ylo, yhi, channels, dst, d, planeSize);
        } else if (inside) {
            col2imInside(col, map, t0, cs, step, yStep, fh, fw, ylo, yhi, channels, dst, d, planeSize);
        } else if (fw == 3) {
            col2imEdge3(col, map, t0, cs, step, yStep, fh, ylo, yhi, channels, dst, d, planeSize, lo, ow);
        } else {
            col2imEdge(col, map, t0, cs, step, yStep, fh, fw, ylo, yhi, channels, dst, d, planeSize, lo, ow);
        }
    }

    /** {@link #col2imPixels} for 3-wide filters, every lane with all its terms. */
    private static void col2imInside3(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh,
            int ylo, int yhi, int channels, float[] dst, int d, int planeSize) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        final int yStep3 = yStep + 3 * step;
        for (int c = 0; c < channels; c++, d += planeSize) {
            FloatVector a = FloatVector.zero(sp);
            // 3 x 3 filters (the book's deeper layers) unrolled: C2 does not unroll the loops over
            // y and x, whose bounds are not constants (col2im_deep float32 4.5 -> 3.9 ms)
            for (int y = ylo, t = t0 + (c * fh + ylo) * 3 * cs; y <= yhi; y++, t += yStep3) {
                a = a.add(FloatVector.fromArray(sp, col, t, map, 0));
                a = a.add(FloatVector.fromArray(sp, col, t + step, map, 0));
                a = a.add(FloatVector.fromArray(sp, col, t + 2 * step, map, 0));
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels}, every lane with all its terms. */
    private static void col2imInside(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, float[] dst, int d, int planeSize) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        for (int c = 0; c < channels; c++, d += planeSize) {
            FloatVector a = FloatVector.zero(sp);
            int t = t0 + (c * fh + ylo) * fw * cs;
            for (int y = ylo; y <= yhi; y++, t += yStep) {
                for (int x = 0; x < fw; x++, t += step) {
                    a = a.add(FloatVector.fromArray(sp, col, t, map, 0));
                }
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels} for 3-wide filters at an image edge: the lanes without a term add +0.0. */
    private static void col2imEdge3(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh,
            int ylo, int yhi, int channels, float[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        final int yStep3 = yStep + 3 * step;
        // the lanes with a term for x = 0, 1, 2
        final VectorMask<Float> m0 = sp.indexInRange(lo, ow), m1 = sp.indexInRange(lo - 1, ow);
        final VectorMask<Float> m2 = sp.indexInRange(lo - 2, ow);
        for (int c = 0; c < channels; c++, d += planeSize) {
            FloatVector a = FloatVector.zero(sp);
            for (int y = ylo, t = t0 + (c * fh + ylo) * 3 * cs; y <= yhi; y++, t += yStep3) {
                a = a.add(FloatVector.zero(sp).blend(FloatVector.fromArray(sp, col, t, map, 0), m0));
                a = a.add(FloatVector.zero(sp).blend(FloatVector.fromArray(sp, col, t + step, map, 0), m1));
                a = a.add(FloatVector.zero(sp).blend(FloatVector.fromArray(sp, col, t + 2 * step, map, 0), m2));
            }
            a.intoArray(dst, d);
        }
    }

    /** {@link #col2imPixels} at an image edge: the lanes without a term add +0.0. */
    private static void col2imEdge(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw,
            int ylo, int yhi, int channels, float[] dst, int d, int planeSize, int lo, int ow) {
        final VectorSpecies<Float> sp = FloatVector.SPECIES_PREFERRED;
        final int n = sp.length();
        for (int c = 0; c < channels; c++, d += planeSize) {
            FloatVector a = FloatVector.zero(sp);
            int t = t0 + (c * fh + ylo) * fw * cs;
            for (int y = ylo; y <= yhi; y++, t += yStep) {
                for (int x = 0; x < fw; x++, t += step) {
                    FloatVector v = FloatVector.fromArray(sp, col, t, map, 0);
                    if (lo - x < 0 || lo - x + n > ow) {
                        // lane k has a term iff 0 <= lo - x + k < ow
                        v = FloatVector.zero(sp).blend(v, sp.indexInRange(lo - x, ow));
                    }
                    a = a.add(v);
                }
            }
            a.intoArray(dst, d);
        }
    }

    // ---- end float twins ----
}
