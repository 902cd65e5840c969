package dev.zeroj.ndarray.internal.kernel.conv;

/**
 * The book's Convolution layer fused image by image: no {@code (N*oh*ow, c*fh*fw)} im2col matrix and
 * no transposed copy of the output. For every image {@code n} the window matrix is built in the
 * transposed layout {@code colT (K × P)} ({@code K = c*fh*fw} rows ordered (c, fh, fw), {@code P =
 * oh*ow} columns ordered (oh, ow)) in a per-thread buffer that stays in cache, and
 * <ul>
 *   <li>forward: {@code out_n (FN × P) = W (FN × K) · colT}, then {@code + b[f]} — written straight
 *       into the NCHW output. Every element is the fma chain over k in order from {@code 0}, then
 *       {@code + b}: bitwise what the book's {@code col · col_W + b} gives with zeroj's GEMM.</li>
 *   <li>backward: {@code dcolT = Wᵀ · dout_n} (each element the fma chain over f in order, bitwise the
 *       book's {@code dout · col_Wᵀ}) scattered back into {@code dx_n} in the book's col2im order
 *       (every pixel {@code +0.0} plus its terms, window row ascending, then column), so {@code dx}
 *       is bitwise the book's (unit stride on JDK 21+: a row of pixels at a time with the Vector API,
 *       the same additions; with stride 1 and at least 4 input channels on Vector API tiles over
 *       zero-padded {@code dout}, the same bits, see DoubleShiftedDx); {@code db} as 64 bytes' worth
 *       of partial sums per filter, partial {@code l} the sum over the pixels {@code o ≡ l (mod 8 or 16)}
 *       image after image, halved pairwise at the end of the piece (DoubleConvLayer.dbLanes; with
 *       stride 1 and {@code dW} the same sums as one more tap of {@code dW}'s lane partials, over a plane
 *       of ones); and {@code dW}:
 *       <ul>
 *         <li>stride 1: from the forward pass's shifted planes (no window matrix), as 64 bytes' worth
 *             of partial sums per (filter, tap) — 8 float64, 16 float32 — partial {@code l} the fma
 *             chain over the pixels {@code o ≡ l (mod 8 or 16)} image after image, the partials halved
 *             pairwise at the end of the piece (DoubleConvLayer.dwLanes: Vector API tiles of 4 filters
 *             × 5 taps, or plain Java; the same bits on every machine);</li>
 *         <li>other strides: {@code dW_n = dout_n · colTᵀ} (chain over the image's pixels), when
 *             {@code FN >= K} with the image's windows in the book's {@code (P × K)} im2col layout, so
 *             the GEMM reads both operands in place; else as {@code dW_nᵀ = colT · dout_nᵀ}, so it packs
 *             only the smaller {@code dout_n} (measured: the (P × K) im2col of many channels of narrow
 *             windows costs more than that packing) — the same chains either way, the same bits.</li>
 *       </ul></li>
 * </ul>
 *
 * <p><b>Threads.</b> Images are split into pieces that depend only on N (never on the thread
 * count). {@code dW} and {@code db} are summed per piece (images in order; for {@code dW} each
 * image's product added to the piece's partial; with stride 1 the lane partials run through the
 * piece's images and are halved at its end) and the pieces' partials added in piece order, so every
 * thread count gives the same bits (but not the bits of the
 * book's single GEMM over all rows, which sums in another order).
 *
 * <p>Layouts: the output, {@code dx}, {@code W}, {@code dW}, {@code db} are C-contiguous; the input
 * {@code x} any strides; {@code dout} any image and channel strides with each image's pixels
 * contiguous ({@code P} consecutive elements per channel).
 *
 * <p>The code is in {@link DoubleConvLayer} (hand-written) and FloatConvLayer (generated from it by
 * {@code ndarray/src/test/python/gen_conv_twins.py}); this class dispatches on the array type.
 */
public final class ConvLayer {
    /** At most this many pieces of images in the backward pass (a function of N only). */
    static final int MAX_PIECES = 16;

    private ConvLayer() {}

    /** Images per backward piece: N split into at most {@link #MAX_PIECES} equal runs. */
    static int imagesPerPiece(int n) {
        int pieces = Math.min(n, MAX_PIECES);
        return (n + pieces - 1) / pieces;
    }

    /** {@code ceil(a / s)} for any sign of {@code a}, {@code s > 0}. */
    private static int ceilDiv(int a, int s) {
        return -Math.floorDiv(-a, s);
    }

    /** First output column whose window column {@code kx} is inside the image. */
    static int oxLo(Geometry g, int kx) {
        return Math.max(0, ceilDiv(g.pad - kx, g.stride));
    }

    /** One past the last output column whose window column {@code kx} is inside the image. */
    static int oxHi(Geometry g, int kx, int lo) {
        return Math.max(lo, Math.min(g.ow, Math.floorDiv(g.w - 1 + g.pad - kx, g.stride) + 1));
    }

    /**
     * Forward pass: {@code out (n, fn, oh, ow)} C-contiguous at {@code out[oo]} from the input at
     * {@code x[xo]} (strides {@code sN, sC, sH, sW}), the C-contiguous weights {@code (fn, K)} at
     * {@code w[wo]} and the bias {@code b[bo + f·bs]}.
     */
    public static void forward(Geometry g, int fn, double[] x, int xo, int sN, int sC, int sH, int sW,
            double[] w, int wo, double[] b, int bo, int bs, double[] out, int oo) {
        DoubleConvLayer.forward(g, fn, x, xo, sN, sC, sH, sW, w, wo, b, bo, bs, out, oo);
    }

    /** {@link #forward(Geometry, int, double[], int, int, int, int, int, double[], int, double[], int, int, double[], int)} for float. */
    public static void forward(Geometry g, int fn, float[] x, int xo, int sN, int sC, int sH, int sW,
            float[] w, int wo, float[] b, int bo, int bs, float[] out, int oo) {
        FloatConvLayer.forward(g, fn, x, xo, sN, sC, sH, sW, w, wo, b, bo, bs, out, oo);
    }

    /**
     * Backward pass. {@code dout (n, fn, oh, ow)} at {@code d[dO + n·dsN + f·dsF + pixel]}; the input
     * and weights as in {@code forward}. Writes (each when its array is not {@code null}) {@code dx}
     * C-contiguous {@code (n, c, h, w)} at {@code dx[dxo]}, {@code dW (fn, K)} at {@code dw[dwo]} and
     * {@code db (fn)} at {@code db[dbo]}.
     */
    public static void backward(Geometry g, int fn, double[] d, int dO, int dsN, int dsF,
            double[] x, int xo, int sN, int sC, int sH, int sW, double[] w, int wo,
            double[] dx, int dxo, double[] dw, int dwo, double[] db, int dbo) {
        DoubleConvLayer.backward(g, fn, d, dO, dsN, dsF, x, xo, sN, sC, sH, sW, w, wo, dx, dxo, dw, dwo, db, dbo);
    }

    /** The double {@code backward} for float. */
    public static void backward(Geometry g, int fn, float[] d, int dO, int dsN, int dsF,
            float[] x, int xo, int sN, int sC, int sH, int sW, float[] w, int wo,
            float[] dx, int dxo, float[] dw, int dwo, float[] db, int dbo) {
        FloatConvLayer.backward(g, fn, d, dO, dsN, dsF, x, xo, sN, sC, sH, sW, w, wo, dx, dxo, dw, dwo, db, dbo);
    }
}
