package dev.zeroj.ndarray.internal.kernel.conv;

import static dev.zeroj.ndarray.internal.kernel.conv.ConvLayer.imagesPerPiece;
import static dev.zeroj.ndarray.internal.kernel.conv.ConvLayer.oxHi;
import static dev.zeroj.ndarray.internal.kernel.conv.ConvLayer.oxLo;

import dev.zeroj.ndarray.internal.kernel.Aligned;
import dev.zeroj.ndarray.internal.kernel.WorkBuffers;
import dev.zeroj.ndarray.internal.kernel.gemm.Gemm;
import dev.zeroj.ndarray.internal.kernel.gemm.MicroKernels;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The double half of {@link ConvLayer} (see there for the algorithm, threads and layouts).
 * <p>FloatConvLayer.java is generated from DoubleConvLayer.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float, dgemm to sgemm): edit DoubleConvLayer.java and regenerate.
 */
final class DoubleConvLayer {
    /**
     * Per thread: 0 colT (and dcolT when both; with stride 1 the shifted planes, forward and dW), 1 dcolT
     * (backward without dW, or beside the planes) or {@link ShiftedDx}'s padded {@code dout}, 2 one
     * image's dW (with stride 1 the piece's lane partials of {@link #dwLanes}), 3 the caller's per-piece
     * partials, 4 the caller's {@code [W | b]} (forward), 5 the caller's weights of {@link ShiftedDx}.
     */
    private static final ThreadLocal<double[][]> BUF = ThreadLocal.withInitial(() -> new double[6][]);
    /** Per thread: the caller's tap offsets into the shifted planes ({@link #forwardShifted}, {@link #dwLanes}). */
    private static final ThreadLocal<int[][]> TAPS = ThreadLocal.withInitial(() -> new int[1][]);

    private DoubleConvLayer() {}

    /**
     * Window matrices and shifted planes of at least this many elements are placed on a cache line
     * ({@link #lineBuf}). It was 4096, above the simple layer's shifted planes (1×28×28, 5×5: 3360 elements,
     * 3936 with dW's plane of ones), so where they landed was chance: the dW tiles took 9.7 or 12.0 µs per
     * image from one JVM to the next (line-aligned or not), and conv_bwd_simple float64 (JDK 25, one
     * thread, 4 JVMs each) 2.61–2.82 ms against 2.60–2.65 with 1024.
     */
    private static final int LINE_MIN = 1024;
    /** The smallest such buffer asked of {@link Aligned} (256 KB: padded when G1 regions are at most 4 MB). */
    private static final int LINE_REQUEST = (256 << 10) / Double.BYTES;

    /**
     * A window-matrix or shifted-planes buffer ({@code colT}, {@code dcolT}, {@code xs}, ShiftedDx's padded
     * {@code dout}) with {@code size} elements from
     * {@link Aligned#offset(double[])} on, on a cache line when the JVM allows it: the GEMM reads {@code colT}
     * in place as its B operand and writes {@code dcolT} as its C, a row of P elements at a time, so with
     * P a multiple of a line every vector access is line-aligned. Measured (one thread, forward GEMMs of
     * 100 images): simple f64 1.56 -> 1.43 ms, f32 0.73 -> 0.69; deep f64 5.35 -> 4.49, f32 2.46 -> 2.06
     * (line + 16 bytes -> aligned; a plain array lands anywhere on 8 bytes). Small ones stay plain.
     */
    static double[] lineBuf(double[][] bufs, int which, int size) {
        return WorkBuffers.lineAligned(bufs, which, size, size >= LINE_MIN ? LINE_REQUEST : 0);
    }

    /**
     * Forward pass: {@code out (n, fn, oh, ow)} C-contiguous at {@code out[oo]} from the input at
     * {@code x[xo]} (strides {@code sN, sC, sH, sW}), the C-contiguous weights {@code (fn, K)} at
     * {@code w[wo]} and the bias {@code b[bo + f·bs]}.
     */
    static void forward(Geometry g, int fn, double[] x, int xo, int sN, int sC, int sH, int sW,
            double[] w, int wo, double[] b, int bo, int bs, double[] out, int oo) {
        final int p = g.oh * g.ow;
        final int k = (int) g.k();
        if (g.n == 0 || fn == 0 || p == 0) {
            return;
        }
        ConvKernels shifted = ConvKernels.SHIFTED;
        int rows = ConvKernels.shiftRows(fn);
        if (shifted != null && p < shifted.shiftedTilePixels(x, rows)) {
            rows = ConvKernels.SHIFT_ROWS;
        }
        if (shifted != null && g.stride == 1 && fn >= rows && p >= shifted.shiftedTilePixels(x, rows)) {
            forwardShifted(shifted, rows, g, fn, x, xo, sN, sC, sH, sW, w, wo, b, bo, bs, out, oo);
            return;
        }
        MicroKernels kern = MicroKernels.DEFAULT;
        // The bias as the last step of every output's fma chain: out = [W | b] · [colT ; ones], and
        // fma(b, 1, s) is s + b rounded once — the bits of adding it afterwards, without a pass over the
        // output (measured, simple layer f64, one thread, 100 images: 2.01 -> 1.81 ms).
        final int k1 = k + 1;
        double[][] own = BUF.get();
        // taken out of the caller's buffers while in use: the caller runs pieces too
        final double[] wb = WorkBuffers.get(own, 4, fn * k1);
        own[4] = null;
        for (int f = 0; f < fn; f++) {
            System.arraycopy(w, wo + f * k, wb, f * k1, k);
            wb[f * k1 + k] = b[bo + f * bs];
        }
        Parallel.forEach(g.n, n -> {
            double[] col = lineBuf(BUF.get(), 0, k1 * p);
            int col0 = Aligned.offset(col);
            im2colT(g, x, xo + n * sN, sC, sH, sW, col, col0);
            java.util.Arrays.fill(col, col0 + k * p, col0 + k1 * p, 1);
            Gemm.dgemm(kern, 1, 0, fn, p, k1, wb, 0, k1, 1, col, col0, p, 1, out, oo + n * fn * p, p);
        });
        own[4] = wb;
    }

    /**
     * The forward pass with stride 1 on the Vector API tiles (see DoubleShiftedConv; the same bits as the
     * im2col and GEMM steps): the weights and biases packed once, {@code rows} filters per tap
     * ({@link ConvKernels#shiftRows}), then per image its shifted planes (and a plane of ones, the bias's tap,
     * with {@link ConvKernels#SHIFT_BIAS_TAP}) in the thread's buffer 0 and the tiles straight into the output.
     * The shifted planes are {@link #im2colT} with one window row: plane {@code (c, kx)} (its row
     * {@code c·fw + kx}) holds the {@code hp = h + 2·pad} rows of the zero-padded channel {@code c} at
     * the columns {@code kx .. kx + ow - 1}, so output pixel {@code (oy, ox)}'s term of tap
     * {@code (c, ky, kx)} is at row {@code oy + ky}, column {@code ox} of it — {@code 1/fh} of the
     * window matrix.
     */
    private static void forwardShifted(ConvKernels kernels, int rows, Geometry g, int fn, double[] x, int xo, int sN,
            int sC, int sH, int sW, double[] w, int wo, double[] b, int bo, int bs, double[] out, int oo) {
        final int p = g.oh * g.ow, k = (int) g.k();
        final int groups = (fn + rows - 1) / rows, packed = (k + 1) * rows;
        final Geometry oneRow = oneRow(g);
        final int planes = g.c * g.fw * oneRow.oh * g.ow;
        double[][] own = BUF.get();
        // taken out of the caller's buffers while in use: the caller runs pieces too
        final double[] wp = WorkBuffers.get(own, 4, groups * packed);
        own[4] = null;
        final int[] toff = takeTapOffsets(g, oneRow.oh);
        // the bias as tap k, over a plane of ones after the shifted planes (see SHIFT_BIAS_TAP)
        final boolean biasTap = ConvKernels.SHIFT_BIAS_TAP;
        if (biasTap) {
            toff[k] = planes;
        }
        for (int gi = 0; gi < groups; gi++) {
            int f0 = Math.min(gi * rows, fn - rows), base = gi * packed;
            for (int r = 0; r < rows; r++) {
                for (int t = 0; t < k; t++) {
                    wp[base + t * rows + r] = w[wo + (f0 + r) * k + t];
                }
                wp[base + k * rows + r] = b[bo + (f0 + r) * bs];
            }
        }
        Parallel.forEach(g.n, n -> {
            double[] xs = lineBuf(BUF.get(), 0, planes + (biasTap ? p : 0));
            int xs0 = Aligned.offset(xs);
            im2colT(oneRow, x, xo + n * sN, sC, sH, sW, xs, xs0);
            if (biasTap) {
                java.util.Arrays.fill(xs, xs0 + planes, xs0 + planes + p, 1);
            }
            kernels.forwardShifted(rows, fn, k, p, xs, xs0, toff, wp, out, oo + n * fn * p);
        });
        own[4] = wp;
        TAPS.get()[0] = toff;
    }

    /**
     * The geometry of {@code g}'s shifted planes: {@link #im2colT} with one window row, so {@code oh = hp
     * = h + 2·pad} rows per plane {@code (c, kx)} (see {@link #forwardShifted}).
     */
    private static Geometry oneRow(Geometry g) {
        return new Geometry(g.n, g.c, g.h, g.w, 1, g.fw, 1, g.pad);
    }

    /**
     * {@code toff[t]}: where tap {@code t = (c, ky, kx)} starts in the shifted planes of {@code hp} rows
     * ({@link #forwardShifted}), in the calling thread's buffer, taken out of it while in use (the caller
     * runs pieces too): give it back with {@code TAPS.get()[0] = toff}. It has room for one more offset,
     * {@code toff[k]} (a plane of ones: the backward pass's {@code db}, the forward pass's bias tap), which
     * is not set here.
     */
    private static int[] takeTapOffsets(Geometry g, int hp) {
        final int k = (int) g.k();
        int[][] own = TAPS.get();
        final int[] toff = own[0] != null && own[0].length > k ? own[0] : new int[k + 1]; // + db's plane of ones
        own[0] = null;
        int t = 0;
        for (int c = 0; c < g.c; c++) {
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++) {
                    toff[t++] = (c * g.fw + kx) * hp * g.ow + ky * g.ow;
                }
            }
        }
        return toff;
    }

    /**
     * Backward pass. {@code dout (n, fn, oh, ow)} at {@code d[dO + n·dsN + f·dsF + pixel]}; the input
     * and weights as in {@link #forward}. Writes (each when its array is not {@code null}) {@code dx}
     * C-contiguous {@code (n, c, h, w)} at {@code dx[dxo]}, {@code dW (fn, K)} at {@code dw[dwo]} and
     * {@code db (fn)} at {@code db[dbo]}.
     */
    static void backward(Geometry g, int fn, double[] d, int dO, int dsN, int dsF,
            double[] x, int xo, int sN, int sC, int sH, int sW, double[] w, int wo,
            double[] dx, int dxo, double[] dw, int dwo, double[] db, int dbo) {
        final int p = g.oh * g.ow;
        final int k = (int) g.k();
        final int img = g.c * g.h * g.w;
        final int n = g.n;
        final int fk = fn * k;
        if (p == 0 || fn == 0 || n == 0) {
            // no terms: zero gradients
            if (dx != null) {
                java.util.Arrays.fill(dx, dxo, dxo + n * img, 0);
            }
            if (dw != null) {
                java.util.Arrays.fill(dw, dwo, dwo + fk, 0);
            }
            if (db != null) {
                java.util.Arrays.fill(db, dbo, dbo + fn, 0);
            }
            return;
        }
        MicroKernels kern = MicroKernels.DEFAULT;
        final int per = imagesPerPiece(n);
        final int pieces = (n + per - 1) / per;
        final int part = (dw != null ? fk : 0) + (db != null ? fn : 0);
        double[][] own = BUF.get();
        // taken out of the caller's buffers while in use: the caller runs pieces too
        final double[] parts = WorkBuffers.get(own, 3, pieces * part);
        own[3] = null;
        final ShiftedDx sdx = dx != null ? ShiftedDx.plan(g, fn, w, wo, d) : null;
        // dW with stride 1: lane partials over the shifted planes (see dwLanes)
        final Geometry oneRow = dw != null && g.stride == 1 ? oneRow(g) : null;
        final int[] toff = oneRow != null ? takeTapOffsets(g, oneRow.oh) : null;
        final int planes = oneRow != null ? g.c * g.fw * oneRow.oh * g.ow : 0;
        // db rides along in dW's lane partials as tap k over a plane of ones after the shifted planes
        // (fma(d, 1, s) is s + d: dbLanes' bits); without those partials dbLanes sums it alone
        final boolean dbTap = oneRow != null && db != null;
        final int kt = dbTap ? k + 1 : k;
        if (dbTap) {
            toff[k] = planes;
        }
        final double[] wq = sdx != null ? WorkBuffers.get(own, 5, fk) : null;
        if (wq != null) {
            own[5] = null;
            sdx.packWeights(g, fn, w, wo, wq);
        }
        Parallel.forEach(pieces, q -> {
            double[][] bufs = BUF.get();
            double[] col = dw != null ? lineBuf(bufs, 0, oneRow != null ? planes + (dbTap ? p : 0) : k * p) : null;
            // dcolT reuses colT's buffer (dW_n is done with it by then): one window matrix in cache
            // instead of two. Measured (JDK 25, one thread, the steps of 100 images): deep 16×28×28 f64
            // 18.7 -> 16.7 ms, f32 11.2 -> 10.8; simple 1×28×28 f64 4.47 -> 4.27
            double[] dcol = dx != null && sdx == null
                    ? (col != null && oneRow == null ? col : lineBuf(bufs, 1, k * p)) : null;
            double[] acc = oneRow != null ? WorkBuffers.get(bufs, 2, fn * kt * LANES) : null;
            if (acc != null) {
                java.util.Arrays.fill(acc, 0, fn * kt * LANES, 0);
            }
            double[] dbAcc = db != null && !dbTap ? WorkBuffers.get(bufs, 4, fn * LANES) : null;
            if (dbAcc != null) {
                java.util.Arrays.fill(dbAcc, 0, fn * LANES, 0);
            }
            double[] dp = sdx != null ? lineBuf(bufs, 1, sdx.bufferSize(fn)) : null;
            int c0 = col != null ? Aligned.offset(col) : 0;
            int dc0 = dcol != null ? Aligned.offset(dcol) : 0;
            if (dbTap) {
                java.util.Arrays.fill(col, c0 + planes, c0 + planes + p, 1);
            }
            double[] tmp = dw != null && oneRow == null ? WorkBuffers.get(bufs, 2, fk) : null;
            int pw = q * part;
            int pb = pw + (dw != null ? fk : 0);
            java.util.Arrays.fill(parts, pw, pw + part, 0);
            int n1 = Math.min(n, (q + 1) * per);
            for (int i = q * per; i < n1; i++) {
                int d0 = dO + i * dsN;
                if (dbAcc != null) {
                    dbLanes(fn, p, d, d0, dsF, dbAcc);
                }
                if (oneRow != null) {
                    im2colT(oneRow, x, xo + i * sN, sC, sH, sW, col, c0);
                    dwLanes(fn, kt, p, d, d0, dsF, col, c0, toff, acc);
                } else if (dw != null) {
                    if (fn < k) {
                        // dW_nᵀ (K × FN) = colT · dout_nᵀ: the GEMM reads colT in place and packs
                        // only the smaller dout_n
                        im2colT(g, x, xo + i * sN, sC, sH, sW, col, c0);
                        Gemm.dgemm(kern, 1, 0, k, fn, p, col, c0, p, 1, d, d0, 1, dsF, tmp, 0, fn);
                        for (int f = 0; f < fn; f++) {
                            int o = pw + f * k;
                            for (int j = 0; j < k; j++) {
                                parts[o + j] += tmp[j * fn + f];
                            }
                        }
                    } else {
                        // the book's (P × K) window rows: dout_n · col with both read in place
                        Im2col.image(g, x, xo + i * sN, sC, sH, sW, col, c0);
                        Gemm.dgemm(kern, 1, 0, fn, k, p, d, d0, dsF, 1, col, c0, k, 1, tmp, 0, k);
                        for (int j = 0; j < fk; j++) {
                            parts[pw + j] += tmp[j];
                        }
                    }
                }
                if (sdx != null) {
                    sdx.image(g, fn, d, d0, dsF, wq, dp, Aligned.offset(dp), dx, dxo + i * img);
                } else if (dx != null) {
                    dcolT(kern, k, p, fn, w, wo, d, d0, dsF, dcol, dc0);
                    col2imT(g, dcol, dc0, dx, dxo + i * img);
                }
            }
            if (acc != null) {
                for (int f = 0; f < fn; f++) {
                    for (int t = 0; t < k; t++) {
                        parts[pw + f * k + t] = foldLanes(acc, (f * kt + t) * LANES);
                    }
                    if (dbTap) {
                        parts[pb + f] = foldLanes(acc, (f * kt + k) * LANES);
                    }
                }
            }
            if (dbAcc != null) {
                for (int f = 0; f < fn; f++) {
                    parts[pb + f] = foldLanes(dbAcc, f * LANES);
                }
            }
        });
        if (toff != null) {
            TAPS.get()[0] = toff;
        }
        if (wq != null) {
            own[5] = wq;
        }
        if (dw != null) {
            for (int j = 0; j < fk; j++) {
                double s = parts[j];
                for (int q = 1; q < pieces; q++) {
                    s += parts[q * part + j];
                }
                dw[dwo + j] = s;
            }
        }
        if (db != null) {
            int off = dw != null ? fk : 0;
            for (int f = 0; f < fn; f++) {
                double s = parts[off + f];
                for (int q = 1; q < pieces; q++) {
                    s += parts[q * part + off + f];
                }
                db[dbo + f] = s;
            }
        }
        own[3] = parts;
    }

    /**
     * The backward pass's {@code dx} with stride 1 on the Vector API tiles (see DoubleShiftedDx; the bits
     * of the window-matrix GEMM and col2im steps): per image {@code dout}'s planes padded with
     * {@code py = fh - 1 - pad} zero rows and {@code px = fw - 1 - pad} zero columns, then per input
     * channel the tiles into a row of {@code wpad}-wide pixel rows and its {@code w} columns copied out.
     */
    static final class ShiftedDx {
        final ConvKernels kernels;
        final int py, px, wpad, plane, taps, span;
        final int[] doff;

        private ShiftedDx(ConvKernels kernels, Geometry g) {
            this.kernels = kernels;
            py = g.fh - 1 - g.pad;
            px = g.fw - 1 - g.pad;
            wpad = g.ow + 2 * px;
            plane = planeStride((g.oh + 2 * py) * wpad);
            taps = g.fh * g.fw;
            span = (g.h - 1) * wpad + g.w;
            doff = new int[taps];
            for (int ky = 0, t = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, t++) {
                    doff[t] = (g.fh - 1 - ky) * wpad + g.fw - 1 - kx;
                }
            }
        }

        /**
         * The distance between padded planes: at least {@code size}, an odd number of cache lines. The
         * tiles read the same pixels of all {@code fn} planes one after the other; planes a multiple of
         * 4 KB apart would all fall in the same L1 sets (simple layer: 32×32 floats, 30 planes; its dx
         * took 3.4 ms instead of 1.1), an odd number of lines spreads them over all sets.
         */
        private static int planeStride(int size) {
            final int line = 64 / Double.BYTES;
            int lines = (size + line - 1) / line;
            return (lines | 1) * line;
        }

        /**
         * The plan, or {@code null} where the tiles do not apply: no provider, a stride other than 1, a
         * padding wider than {@code fh - 1} or {@code fw - 1}, fewer input channels than a tile, a channel
         * with fewer pixels than a tile, or a weight that is not finite (its products with the padding
         * zeros would be NaN).
         */
        static ShiftedDx plan(Geometry g, int fn, double[] w, int wo, double[] d) {
            ConvKernels kernels = ConvKernels.SHIFTED;
            if (kernels == null || g.stride != 1 || g.pad > g.fh - 1 || g.pad > g.fw - 1 || fn == 0
                    || g.c < ConvKernels.SHIFT_DX_CHANNELS) {
                return null;
            }
            ShiftedDx s = new ShiftedDx(kernels, g);
            if (s.span < kernels.shiftedDxTilePixels(d)) {
                return null;
            }
            for (int j = wo, end = wo + fn * (int) g.k(); j < end; j++) {
                if (!Double.isFinite(w[j])) {
                    return null;
                }
            }
            return s;
        }

        /** The padded planes, then one channel's pixel rows: elements needed in the thread's buffer. */
        int bufferSize(int fn) {
            return fn * plane + ConvKernels.SHIFT_DX_CHANNELS * span;
        }

        /** {@code wq[(c·taps + t)·fn + f] = W[f, c, t]}: per channel and tap, the filters' weights in order. */
        void packWeights(Geometry g, int fn, double[] w, int wo, double[] wq) {
            int k = (int) g.k();
            for (int c = 0; c < g.c; c++) {
                for (int t = 0; t < taps; t++) {
                    int o = (c * taps + t) * fn, src = wo + c * taps + t;
                    for (int f = 0; f < fn; f++) {
                        wq[o + f] = w[src + f * k];
                    }
                }
            }
        }

        /**
         * One image: {@code dout} at {@code d[d0 + f·dsF + pixel]} padded into {@code dp[dp0]}, its dx into
         * {@code dx[base]}.
         */
        void image(Geometry g, int fn, double[] d, int d0, int dsF, double[] wq, double[] dp, int dp0, double[] dx,
                int base) {
            Im2col.padRows(d, d0, dsF, g.ow, fn, g.oh, g.ow, py, px, dp, dp0, plane, 0, g.oh + 2 * py);
            final int rows = dp0 + fn * plane, hw = g.h * g.w, group = ConvKernels.SHIFT_DX_CHANNELS;
            for (int c = 0; c < g.c; c += group) {
                // a channel count that is not a multiple of the group starts the last group earlier
                final int c0 = Math.min(c, g.c - group);
                kernels.dxShifted(fn, taps, span, plane, dp, dp0, doff, wq, c0 * taps * fn, taps * fn, dp, rows, span);
                for (int r = 0; r < group; r++) {
                    for (int iy = 0; iy < g.h; iy++) {
                        System.arraycopy(dp, rows + r * span + iy * wpad, dx, base + (c0 + r) * hw + iy * g.w, g.w);
                    }
                }
            }
        }
    }

    /** Partial sums per (filter, tap) of {@link #dwLanes}: one 64-byte vector's worth. */
    static final int LANES = 64 / Double.BYTES;

    /**
     * One image's {@code dW} terms with stride 1 added to the piece's partial sums
     * {@code acc[(f·k + t)·LANES + l]}: partial {@code l} of (filter f, tap t) is the fma chain, continued
     * from image to image, of {@code dout[f][o]·xs[toff[t] + o]} over the pixels {@code o ≡ l (mod
     * LANES)} in order ({@code xs} the shifted planes, {@code toff} from {@link #takeTapOffsets}); at the end
     * of the piece {@link #foldLanes} adds them. The Vector API tiles (DoubleShiftedDw) take the pixels of
     * whole vectors, this loop the rest, or all of them without the Vector API: the same chains, so the
     * same bits on every machine. (Against the GEMM over the window matrix it replaces: no window matrix,
     * only the planes, {@code 1/fh} of it, and each pixel vector loaded serves 4 or 5 FMAs.)
     */
    static void dwLanes(int fn, int k, int p, double[] d, int d0, int dsF, double[] xs, int xo, int[] toff,
            double[] acc) {
        ConvKernels v = ConvKernels.VECTOR;
        final int whole = p - p % LANES;
        final boolean tiles = v != null && whole > 0
                && v.dwLanes(fn, k, whole, d, d0, dsF, xs, xo, toff, acc, 0);
        for (int f = 0; f < fn; f++) {
            final int dp = d0 + f * dsF;
            for (int t = 0; t < k; t++) {
                final int a = (f * k + t) * LANES, xp = xo + toff[t];
                if (!tiles) {
                    wholeLanes(d, dp, xs, xp, whole, acc, a);
                }
                for (int o = whole; o < p; o++) {
                    final int l = a + (o & (LANES - 1));
                    acc[l] = Math.fma(d[dp + o], xs[xp + o], acc[l]);
                }
            }
        }
    }

    /**
     * {@link #dwLanes} without the Vector API for one (filter, tap), the pixels below {@code whole}: eight
     * partials at a time in locals (eight independent chains; one partial per array element took
     * the scalar dW 2x longer than the GEMM it replaced).
     */
    private static void wholeLanes(double[] d, int dp, double[] xs, int xp, int whole, double[] acc, int a) {
        for (int h = 0; h < LANES; h += 8) {
            double s0 = acc[a + h], s1 = acc[a + h + 1], s2 = acc[a + h + 2], s3 = acc[a + h + 3];
            double s4 = acc[a + h + 4], s5 = acc[a + h + 5], s6 = acc[a + h + 6], s7 = acc[a + h + 7];
            for (int o = h; o < whole; o += LANES) {
                s0 = Math.fma(d[dp + o], xs[xp + o], s0);
                s1 = Math.fma(d[dp + o + 1], xs[xp + o + 1], s1);
                s2 = Math.fma(d[dp + o + 2], xs[xp + o + 2], s2);
                s3 = Math.fma(d[dp + o + 3], xs[xp + o + 3], s3);
                s4 = Math.fma(d[dp + o + 4], xs[xp + o + 4], s4);
                s5 = Math.fma(d[dp + o + 5], xs[xp + o + 5], s5);
                s6 = Math.fma(d[dp + o + 6], xs[xp + o + 6], s6);
                s7 = Math.fma(d[dp + o + 7], xs[xp + o + 7], s7);
            }
            acc[a + h] = s0;
            acc[a + h + 1] = s1;
            acc[a + h + 2] = s2;
            acc[a + h + 3] = s3;
            acc[a + h + 4] = s4;
            acc[a + h + 5] = s5;
            acc[a + h + 6] = s6;
            acc[a + h + 7] = s7;
        }
    }

    /**
     * The sum of the {@link #LANES} partials at {@code acc[a]}, halving: partial {@code i} plus partial
     * {@code i + LANES/2}, then the same on the halves (overwrites them).
     */
    static double foldLanes(double[] acc, int a) {
        for (int half = LANES / 2; half > 0; half >>= 1) {
            for (int i = 0; i < half; i++) {
                acc[a + i] += acc[a + i + half];
            }
        }
        return acc[a];
    }

    /**
     * One image's {@code db} terms added to the piece's partial sums {@code acc[f·LANES + l]}: partial
     * {@code l} of filter f is the sum, continued from image to image, of {@code dout[f][o]} over the
     * pixels {@code o ≡ l (mod LANES)} in order, and {@link #foldLanes} adds them at the end of the
     * piece. It is {@link #dwLanes} with one tap over a plane of {@link #ones} ({@code fma(d, 1, s)} is
     * {@code s + d}), which is also how the backward pass sums {@code db} beside {@code dW} (stride 1):
     * so {@code db} does not depend on what else is asked for, the stride or the machine.
     */
    static void dbLanes(int fn, int p, double[] d, int d0, int dsF, double[] acc) {
        dwLanes(fn, 1, p, d, d0, dsF, ones(p), 0, ONE_TAP, acc);
    }

    /** {@link #dbLanes}' single tap: the plane of {@link #ones} from its start. */
    private static final int[] ONE_TAP = {0};

    /** The largest plane of ones handed out so far; replaced, never written, once published. */
    private static volatile double[] onesPlane = new double[0];

    /** At least {@code n} ones (shared and read-only: never write into it). */
    private static double[] ones(int n) {
        double[] o = onesPlane;
        if (o.length < n) {
            o = new double[n];
            java.util.Arrays.fill(o, 1);
            onesPlane = o;
        }
        return o;
    }

    /** One image's window matrix, transposed: {@code col[co + (c,ky,kx)·P + oy·ow + ox]}, zeros on the padding. */
    static void im2colT(Geometry g, double[] x, int base, int sC, int sH, int sW, double[] col, int co) {
        final int ow = g.ow, oh = g.oh, s = g.stride, pad = g.pad, h = g.h, p = oh * ow;
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = oxLo(g, kx);
                    int hi = oxHi(g, kx, lo);
                    int rowBase = co + r * p;
                    if (s == 1 && sW == 1 && sH == ow && hi > lo) {
                        blockT(g, x, base + c * sC, sH, col, rowBase, ky, kx, lo, hi);
                        continue;
                    }
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * s + ky - pad;
                        int dd = rowBase + oy * ow;
                        if (iy < 0 || iy >= h || hi == lo) {
                            java.util.Arrays.fill(col, dd, dd + ow, 0);
                            continue;
                        }
                        if (lo > 0) {
                            java.util.Arrays.fill(col, dd, dd + lo, 0);
                        }
                        int src = base + c * sC + iy * sH + (lo * s + kx - pad) * sW;
                        if (s == 1 && sW == 1) {
                            System.arraycopy(x, src, col, dd + lo, hi - lo);
                        } else {
                            int step = s * sW;
                            for (int ox = lo; ox < hi; ox++, src += step) {
                                col[dd + ox] = x[src];
                            }
                        }
                        if (hi < ow) {
                            java.util.Arrays.fill(col, dd + hi, dd + ow, 0);
                        }
                    }
                }
            }
        }
    }

    /**
     * One row {@code (c, ky, kx)} of {@link #im2colT} at {@code col[rowBase]} when the stride is 1 and
     * source image rows are exactly {@code ow} elements apart ({@code sH == ow}, unit {@code sW}): then
     * every in-image output row sits at the same distance from its source, so one copy moves them all
     * (the elements it carries across row ends are overwritten with the padding zeros right after)
     * instead of one short copy per output row. Measured (JDK 25, one thread, im2colT of the 100 images
     * of 16×28×28, 3×3 pad 1): f64 4.14 -> 3.41 ms, f32 2.93 -> 1.56 ms.
     */
    private static void blockT(Geometry g, double[] x, int plane, int sH, double[] col, int rowBase, int ky, int kx,
            int lo, int hi) {
        final int ow = g.ow, oh = g.oh, pad = g.pad;
        int oy0 = Math.max(0, pad - ky);
        int oy1 = Math.max(oy0, Math.min(oh, g.h + pad - ky));
        if (oy0 > 0) {
            java.util.Arrays.fill(col, rowBase, rowBase + oy0 * ow, 0);
        }
        if (oy1 < oh) {
            java.util.Arrays.fill(col, rowBase + oy1 * ow, rowBase + oh * ow, 0);
        }
        if (oy1 == oy0) {
            return;
        }
        int src = plane + (oy0 + ky - pad) * sH + lo + kx - pad;
        System.arraycopy(x, src, col, rowBase + oy0 * ow + lo, (oy1 - 1 - oy0) * ow + hi - lo);
        if (lo > 0 || hi < ow) {
            for (int oy = oy0; oy < oy1; oy++) {
                int rb = rowBase + oy * ow;
                for (int ox = 0; ox < lo; ox++) {
                    col[rb + ox] = 0;
                }
                for (int ox = hi; ox < ow; ox++) {
                    col[rb + ox] = 0;
                }
            }
        }
    }

    /**
     * The transposed window-matrix gradient of one image, {@code dcol[dc0 + t·p + q] = Σ_f W[f, t]·dout[f, q]}
     * ({@code Wᵀ · dout_n}, the GEMM's fma chain per element): the taps and pixels the vector tiles
     * cover ({@link ConvKernels#dcolTiles}, with 512-bit vectors and the {@code zeroj.conv.shifted}
     * setting, for small layers) come from them, the rest from the GEMM; both give the same bits.
     */
    static void dcolT(MicroKernels kern, int k, int p, int fn, double[] w, int wo, double[] d, int d0, int dsF,
            double[] dcol, int dc0) {
        final ConvKernels vec = ConvKernels.SHIFTED;
        final int width = vec != null && fn <= ConvKernels.DCOL_MAX_FILTERS && k <= ConvKernels.DCOL_MAX_TAPS
                ? vec.dcolTilePixels(d) : 0;
        final int rows = k - k % ConvKernels.DCOL_ROWS, cols = width == 0 ? 0 : p - p % width;
        if (rows == 0 || cols == 0) {
            Gemm.dgemm(kern, 1, 0, k, p, fn, w, wo, 1, k, d, d0, dsF, 1, dcol, dc0, p);
            return;
        }
        vec.dcolTiles(rows, cols, k, p, fn, w, wo, d, d0, dsF, dcol, dc0);
        if (cols < p) {
            Gemm.dgemm(kern, 1, 0, rows, p - cols, fn, w, wo, 1, k, d, d0 + cols, dsF, 1, dcol, dc0 + cols, p);
        }
        if (rows < k) {
            Gemm.dgemm(kern, 1, 0, k - rows, p, fn, w, wo + rows, 1, k, d, d0, dsF, 1, dcol, dc0 + rows * p, p);
        }
    }

    /**
     * col2im of one image from the transposed layout at {@code col[co]} into the C-contiguous image at {@code dx[base]}:
     * the image zeroed, then every term added to its pixel, rows (c, ky, kx) in order — so each pixel
     * is {@code +0.0} plus its terms with the window row ascending, then the column (the book's order).
     */
    static void col2imT(Geometry g, double[] col, int co, double[] dx, int base) {
        ConvKernels vec = ConvKernels.COL2IM;
        if (vec != null && vec.col2imT(g, col, co, dx, base)) {
            return;
        }
        final int ow = g.ow, oh = g.oh, s = g.stride, pad = g.pad, h = g.h, wd = g.w, p = oh * ow;
        java.util.Arrays.fill(dx, base, base + g.c * h * wd, 0);
        int r = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = base + c * h * wd;
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, r++) {
                    int lo = oxLo(g, kx);
                    int hi = oxHi(g, kx, lo);
                    if (hi == lo) {
                        continue;
                    }
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * s + ky - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = co + r * p + oy * ow + lo;
                        int dd = plane + iy * wd + lo * s + kx - pad;
                        if (s == 1) {
                            int len = hi - lo;
                            for (int j = 0; j < len; j++) {
                                dx[dd + j] += col[src + j];
                            }
                        } else {
                            for (int ox = lo; ox < hi; ox++, src++, dd += s) {
                                dx[dd] += col[src];
                            }
                        }
                    }
                }
            }
        }
    }
}
