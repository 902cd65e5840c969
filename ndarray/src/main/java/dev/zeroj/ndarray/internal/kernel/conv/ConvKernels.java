package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.kernel.Simd;

/**
 * The Vector API parts of the conv kernels. Each method handles one parallel piece and returns
 * {@code false} when it does not cover the case (the caller then runs its scalar loop); whatever it
 * writes is bitwise what the scalar loop writes. {@link #VECTOR} is {@code null} unless
 * {@link Simd#ENABLED}; the implementation class is loaded by name so that a JVM without
 * {@code jdk.incubator.vector} never links it.
 */
interface ConvKernels {
    /** The Vector API provider, or {@code null} when SIMD is off or could not be loaded. */
    ConvKernels VECTOR = load();

    /**
     * The provider for im2col, or {@code null}: {@link #VECTOR} unless the system property
     * {@code zeroj.conv.im2col.simd} is {@code false}. (Its stores are unmasked, so JDK 17 compiles
     * it as well as later JDKs do.)
     */
    ConvKernels IM2COL = VECTOR == null ? null : flag("zeroj.conv.im2col.simd", true) ? VECTOR : null;

    /**
     * The provider for {@link ConvLayer}'s col2im, or {@code null}: {@link #VECTOR} on JDK 21 and
     * later, unless the system property {@code zeroj.conv.col2im.simd} says {@code true} or
     * {@code false}. Not on JDK 17: alone it is faster there too (deep 16×28×28 backward, one thread:
     * f32 13.9 -> 11.2 ms, f64 18.5 -> 16.2), but once the float version has run in a JVM the double
     * one ran 7-8× SLOWER (deep f64 backward 21 -> 159 ms after the simple layer's f32 backward, in
     * {@code benchmarks/compare}; f64 alone 21 -> 18.8).
     */
    ConvKernels COL2IM = VECTOR == null ? null
            : flag("zeroj.conv.col2im.simd", Runtime.version().feature() >= 21) ? VECTOR : null;

    /**
     * The provider for {@link Col2im}'s vector pixel sums ({@link #col2imPixels}), or {@code null}: the
     * same as {@link #COL2IM} (the same system property). On JDK 17 these gathers ran 2x slower than
     * the scalar loop (col2im_deep float32, one thread: 14.4 vs 6.9 ms; JDK 25: 4.7 vs 6.8 ms).
     */
    ConvKernels COL2IM_PIXELS = COL2IM;

    /**
     * Whether {@link #col2imPixels} also runs the pixels at the image edges, whose missing terms are
     * gathered from other rows and blended to +0.0 (a plain gather: masked gathers did not compile on
     * JDK 17 and ran slowly without AVX-512): yes unless the system property
     * {@code zeroj.conv.col2im.masked} says {@code false}; then only pixels with all their terms go a
     * vector at a time. Measured, col2im_deep, one thread, JDK 25: float32 5.3 -> 4.0 ms with
     * {@code -XX:UseAVX=2} (float64 9.4 -> 8.3); with AVX-512 (5.5 -> 4.5 ms with masked gathers) the
     * blend is as fast as the masked gather or faster (2.2 vs 2.8 ns a gather, L1-resident; see
     * VectorConv#col2imPixels for where its masks come from).
     */
    boolean COL2IM_MASKED = flag("zeroj.conv.col2im.masked", true);

    /**
     * The provider for {@link ConvLayer}'s stride-1 tiles, the shifted-planes forward pass
     * ({@link #forwardShifted}) and the backward pass's {@code dx} ({@link #dxShifted}), and for the
     * backward pass's {@code dcolᵀ} tiles ({@link #dcolTiles}, any stride), or {@code null}:
     * {@link #VECTOR} with 512-bit vectors (their tiles keep 24 accumulators, which need the 32 vector
     * registers of AVX-512), unless the system property {@code zeroj.conv.shifted} says {@code false} (or
     * {@code true}: on any vector width, for tests). Measured against the steps they replace
     * (benchmarks/compare --baseline-jar, one thread, JDK 25 / JDK 17): conv_fwd_simple float32 0.90 ->
     * 0.64 / 0.91 -> 0.69 ms, float64 1.66 -> 1.19 / 1.33; conv_fwd_deep float32 3.48 -> 2.57 / 3.14,
     * float64 7.1 -> 5.4 / 6.0; conv_bwd_deep float32 10.8 -> 9.2 / 13.6 -> 9.4, float64 17.9 -> 16.0 /
     * 20.8 -> 16.0.
     */
    ConvKernels SHIFTED = VECTOR == null ? null
            : flag("zeroj.conv.shifted", VECTOR.wideVectors()) ? VECTOR : null;

    /** Filters per tile of {@link #forwardShifted} (the layout of its packed weights): 8 × 3 vectors of pixels. */
    int SHIFT_ROWS = 8;

    /** The other filter count per tile of {@link #forwardShifted}: 6 × 4 vectors of pixels. */
    int SHIFT_ROWS_FEW = 6;

    /**
     * Whether {@link #shiftRows} may choose {@link #SHIFT_ROWS_FEW}: on JDK 20 and earlier, unless the
     * system property {@code zeroj.conv.shifted.few} says {@code true} or {@code false}. Measured
     * (benchmarks/compare --baseline-jar, one thread, conv_fwd_simple's 30 filters): JDK 17 float32 0.75 ->
     * 0.63 ms, float64 1.43 -> 1.30; JDK 25 float32 0.64 -> 0.72, float64 1.40 -> 1.51. JDK 25's C2 runs the
     * 8 × 3 tile near the FMA peak (30 filters, 100 images, planes in cache: 0.53 ms, though it computes 32)
     * and the 6 × 4 tile 15% slower per FMA (0.57 ms); JDK 17's runs both at about the same pace per FMA
     * (0.62 ms computing 32 filters, 0.57 computing 30). JDK 21 to 24 were not measured.
     */
    boolean SHIFT_FEW = flag("zeroj.conv.shifted.few", Runtime.version().feature() < 21);

    /**
     * Whether {@link #forwardShifted}'s tiles take the bias as one more tap over a plane of ones instead of
     * a step after their loop (the same bits: {@code fma(b, 1, s)} either way): on JDK 20 and earlier,
     * unless the system property {@code zeroj.conv.shifted.biastap} says {@code true} or {@code false}.
     * JDK 17's C2 stops inlining at parse time once a method has grown past a node budget and inlines the
     * rest later; a tile's bias step and stores came after the budget, and once other vector kernels had
     * run in the JVM (im2col of the deep layer was enough) the stores' vectors had no exact class yet when
     * they were inlined, so {@code intoArray} found no constant species and stayed a call that boxed every
     * vector (-XX:+PrintIntrinsics: "missing constant", 15 to 24 of a tile's 24 stores). With the bias in
     * the loop the stores take the loop's own accumulators, whose class is known. Measured on JDK 17 (one
     * thread, all of benchmarks/compare's cases run first in the same JVM): conv_fwd_deep float64 7.6-7.8
     * -> 5.3 ms, float32 4.2-4.4 -> 3.0 (5.3 and 2.9 in a fresh JVM either way; 17.4 and 8.9 in one full
     * compare run). JDK 25 inlines the tiles whole, and there the extra tap made them 15-20% slower
     * (conv_fwd_deep float64 4.5 -> 5.4 ms). JDK 21 to 24 were not measured.
     */
    boolean SHIFT_BIAS_TAP = flag("zeroj.conv.shifted.biastap", Runtime.version().feature() < 21);

    /**
     * The filters per tile of {@link #forwardShifted} for a layer of {@code fn >= SHIFT_ROWS} filters:
     * {@link #SHIFT_ROWS}, or {@link #SHIFT_ROWS_FEW} when tiles of those cover the filters with fewer
     * computed (the last tile starts early and overlaps the one before: 30 filters are 5 tiles of 6, where
     * tiles of 8 compute 32), and {@link #SHIFT_FEW} allows it.
     */
    static int shiftRows(int fn) {
        return SHIFT_FEW && fn >= SHIFT_ROWS && (fn + SHIFT_ROWS_FEW - 1) / SHIFT_ROWS_FEW * SHIFT_ROWS_FEW
                < (fn + SHIFT_ROWS - 1) / SHIFT_ROWS * SHIFT_ROWS ? SHIFT_ROWS_FEW : SHIFT_ROWS;
    }

    /** Whether the preferred vectors are 512 bits wide (AVX-512). */
    boolean wideVectors();

    /** im2col of the output-row blocks {@code [u0, u1)} (see {@link Im2col}). */
    boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst, int dstOff,
            int u0, int u1);

    /** The float32 twin. */
    boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] dst, int dstOff,
            int u0, int u1);

    /**
     * 2x2 max pooling with stride 2 and no padding of the output-row blocks {@code [u0, u1)} (see
     * {@link MaxPool#forward}).
     */
    boolean maxPool2x2(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] out, int outOff,
            long[] argmax, int argOff, int u0, int u1);

    /** The float32 twin. */
    boolean maxPool2x2(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] out, int outOff,
            long[] argmax, int argOff, int u0, int u1);

    /**
     * {@link ConvLayer}'s col2im of one image from the transposed window matrix at {@code col[co]} (unit stride only;
     * {@code false} otherwise, writing nothing): bitwise the scalar loop (the same additions per
     * pixel in the same order, a row of pixels at a time).
     */
    boolean col2imT(Geometry g, double[] col, int co, double[] dx, int base);

    /** The float32 twin. */
    boolean col2imT(Geometry g, float[] col, int co, float[] dx, int base);

    /** The pixels {@link #col2imPixels} sums at once for a double matrix. */
    int col2imLanes(double[] col);

    /** The float32 twin. */
    int col2imLanes(float[] col);

    /**
     * {@link Col2im}'s pixels {@code ww .. ww + col2imLanes - 1} of one image row, all channels (unit
     * stride): {@code col[t0 + (c*fh + ylo)*fw*cs]} is pixel ww's first term of channel c (window row
     * {@code ylo}, x = 0), pixel ww+k's is {@code map[k]} further; {@code step} /
     * {@code yStep} move to the next x / y term as in the scalar loop; terms whose window column
     * ({@code lo - x + k}, {@code lo = ww + pad}) is outside {@code [0, ow)} do not exist; channel
     * c's sums go to {@code dst[d + c*planeSize ..]}. Bitwise the scalar sums.
     */
    void col2imPixels(double[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw, int ylo, int yhi,
            int channels, double[] dst, int d, int planeSize, int lo, int ow);

    /** The float32 twin. */
    void col2imPixels(float[] col, int[] map, int t0, int cs, int step, int yStep, int fh, int fw, int ylo, int yhi,
            int channels, float[] dst, int d, int planeSize, int lo, int ow);

    /**
     * Output pixels per tile of {@link #forwardShifted} with {@code rows} filters per tile, for a double
     * layer: an image needs at least as many.
     */
    int shiftedTilePixels(double[] x, int rows);

    /** The float32 twin. */
    int shiftedTilePixels(float[] x, int rows);

    /**
     * {@link ConvLayer}'s forward pass of one image with stride 1 from its shifted planes (see
     * DoubleShiftedConv): {@code out[oo + f·p + o]} for {@code fn >= rows} filters and
     * {@code p >= shiftedTilePixels(x, rows)} pixels, in tiles of {@code rows} ({@link #SHIFT_ROWS} or
     * {@link #SHIFT_ROWS_FEW}) filters with the weights packed for them (the biases last, as tap {@code k});
     * with {@link #SHIFT_BIAS_TAP} {@code toff[k]} must point at a plane of at least {@code p} ones. Bitwise
     * the im2col and GEMM steps with the bias as the chain's last step.
     */
    void forwardShifted(int rows, int fn, int k, int p, double[] xs, int xo, int[] toff, double[] wp, double[] out,
            int oo);

    /** The float32 twin. */
    void forwardShifted(int rows, int fn, int k, int p, float[] xs, int xo, int[] toff, float[] wp, float[] out,
            int oo);

    /** Pixels per tile of {@link #dxShifted} for a double layer: a channel's span needs at least as many. */
    int shiftedDxTilePixels(double[] d);

    /** The float32 twin. */
    int shiftedDxTilePixels(float[] d);

    /** Input channels per tile of {@link #dxShifted}: a layer needs at least as many. */
    int SHIFT_DX_CHANNELS = 4;

    /**
     * {@link ConvLayer}'s {@code dx} of {@link #SHIFT_DX_CHANNELS} input channels with stride 1 from the
     * zero-padded planes of {@code dout} (see DoubleShiftedDx): {@code out[oo + r·os + q]} for the pixels
     * {@code q < span} numbered along the padded rows, channel r's weights at {@code wq[wqo + r·wcs]};
     * bitwise the window-matrix GEMM and col2im steps when the weights are finite.
     */
    void dxShifted(int fn, int taps, int span, int plane, double[] dp, int dpo, int[] doff, double[] wq, int wqo,
            int wcs, double[] out, int oo, int os);

    /** The float32 twin. */
    void dxShifted(int fn, int taps, int span, int plane, float[] dp, int dpo, int[] doff, float[] wq, int wqo,
            int wcs, float[] out, int oo, int os);

    /**
     * {@link ConvLayer}'s {@code dW} partial sums of one image with stride 1 (see DoubleShiftedDw): the
     * pixels below {@code full} (a multiple of {@code L = DoubleConvLayer.LANES}, or FloatConvLayer's) of
     * {@code fn} filters × {@code k} taps added to {@code acc[ao + (f·k + t)·L + l]}, partial {@code l}
     * the fma chain over the pixels {@code o ≡ l (mod L)} in order; {@code false} (writing nothing) when
     * a vector does not divide {@code L}. Bitwise the same chains done one pixel at a time.
     */
    boolean dwLanes(int fn, int k, int full, double[] d, int d0, int dsF, double[] xs, int xo, int[] toff,
            double[] acc, int ao);

    /** The float32 twin. */
    boolean dwLanes(int fn, int k, int full, float[] d, int d0, int dsF, float[] xs, int xo, int[] toff,
            float[] acc, int ao);

    /** Taps per tile of {@link #dcolTiles}: the tiles cover the taps below a multiple of this. */
    int DCOL_ROWS = 5;

    /** {@link ConvLayer} runs {@link #dcolTiles} for layers with at most this many filters (their {@code dout} block stays in L1). */
    int DCOL_MAX_FILTERS = 64;

    /** {@link ConvLayer} runs {@link #dcolTiles} for layers with at most this many taps (measured: the simple layer's 25). */
    int DCOL_MAX_TAPS = 40;

    /**
     * Pixels per tile of {@link #dcolTiles} for a double layer (the tiles cover the pixels below a multiple
     * of this), or {@code 0} when the tiles would not fit in the vector registers (fewer than 512 bits).
     */
    int dcolTilePixels(double[] d);

    /** The float32 twin. */
    int dcolTilePixels(float[] d);

    /**
     * {@link ConvLayer}'s transposed window-matrix gradient of one image, {@code dcol[dc0 + t·p + q] =}
     * the fma chain over the filters {@code f} in order from {@code +0.0} of {@code W[f, t]·dout[f, q]}
     * (weights at {@code w[wo + f·k + t]}, {@code dout} at {@code d[d0 + f·dsF + q]}), for the taps
     * {@code t < rows} (a multiple of {@link #DCOL_ROWS}) and pixels {@code q < cols} (a multiple of
     * {@link #dcolTilePixels}): bitwise the GEMM's elements (see DoubleDcolTiles).
     */
    void dcolTiles(int rows, int cols, int k, int p, int fn, double[] w, int wo, double[] d, int d0, int dsF,
            double[] dcol, int dc0);

    /** The float32 twin. */
    void dcolTiles(int rows, int cols, int k, int p, int fn, float[] w, int wo, float[] d, int d0, int dsF,
            float[] dcol, int dc0);

    /** The system property when it says {@code true} or {@code false} (any case), else {@code otherwise}. */
    static boolean flag(String property, boolean otherwise) {
        String v = System.getProperty(property, "");
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? v.equalsIgnoreCase("true") : otherwise;
    }

    private static ConvKernels load() {
        if (!Simd.ENABLED) {
            return null;
        }
        String name = "dev.zeroj.ndarray.internal.kernel.conv.VectorConv";
        try {
            return (ConvKernels) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("zeroj: could not load " + name + " (" + e + "); using scalar conv kernels");
            return null;
        }
    }
}
