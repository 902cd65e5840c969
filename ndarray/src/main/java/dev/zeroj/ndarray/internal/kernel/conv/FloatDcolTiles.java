// GENERATED from DoubleDcolTiles.java by ndarray/src/test/python/gen_conv_twins.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API tiles of {@link ConvLayer}'s backward pass for the transposed window-matrix gradient
 * of one image, {@code dcolᵀ = Wᵀ · dout_n}, float half; loaded only through {@link VectorConv}.
 * <p>FloatDcolTiles.java is generated from DoubleDcolTiles.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleDcolTiles.java and regenerate.
 *
 * <p>Element {@code (t, q)} is {@code W[f, t]·dout[f, q]} summed as one fma chain over the filters
 * {@code f} in order from {@code +0.0}: the GEMM's contract, so the tiles and the GEMM give the same
 * bits and may share one matrix. A tile holds {@link ConvKernels#DCOL_ROWS} (5) taps × {@link #VECTORS} vectors of pixels
 * in 20 accumulators; each vector of {@code dout} loaded serves five taps. For the simple layer's
 * {@code K = 25} taps the GEMM's 8-row tiles are filled to 78% (the last of four holds one tap);
 * these tiles divide 25 exactly (0.85 -> 0.65 ms for 100 images, float32; see
 * benchmarks/results/session9-probes.md).
 */
final class FloatDcolTiles {
    private FloatDcolTiles() {}

    private static final VectorSpecies<Float> SP = FloatVector.SPECIES_PREFERRED;
    /** Vectors of pixels per tile. */
    static final int VECTORS = 4;

    /** Pixels per tile: the tiles cover the pixels below a multiple of this. */
    static int tilePixels() {
        return VECTORS * SP.length();
    }

    /**
     * {@code dcol[dc0 + t·p + q]} for the taps {@code t < rows} (a multiple of {@link ConvKernels#DCOL_ROWS}) and the
     * pixels {@code q < cols} (a multiple of {@link #tilePixels}), from the weights {@code W[f, t]} at
     * {@code w[wo + f·k + t]} and {@code dout[f, q]} at {@code d[d0 + f·dsF + q]}. Taps innermost, so
     * the {@code fn} vectors of {@code dout} a column of tiles reads stay in L1.
     */
    static void image(int rows, int cols, int k, int p, int fn, float[] w, int wo, float[] d, int d0, int dsF,
            float[] dcol, int dc0) {
        final int width = tilePixels();
        for (int q = 0; q < cols; q += width) {
            for (int t = 0; t < rows; t += ConvKernels.DCOL_ROWS) {
                tile(fn, k, w, wo + t, d, d0 + q, dsF, dcol, dc0 + t * p + q, p);
            }
        }
    }

    /** One tile: taps from {@code w[wo + f·k]}, pixels from {@code d[d0 + f·dsF]}, sums to {@code c[co + r·p]}. */
    private static void tile(int fn, int k, float[] w, int wo, float[] d, int d0, int dsF, float[] c, int co,
            int p) {
        final int n = SP.length();
        FloatVector x;
        FloatVector a0_0 = FloatVector.zero(SP), a0_1 = FloatVector.zero(SP);
        FloatVector a0_2 = FloatVector.zero(SP), a0_3 = FloatVector.zero(SP);
        FloatVector a1_0 = FloatVector.zero(SP), a1_1 = FloatVector.zero(SP);
        FloatVector a1_2 = FloatVector.zero(SP), a1_3 = FloatVector.zero(SP);
        FloatVector a2_0 = FloatVector.zero(SP), a2_1 = FloatVector.zero(SP);
        FloatVector a2_2 = FloatVector.zero(SP), a2_3 = FloatVector.zero(SP);
        FloatVector a3_0 = FloatVector.zero(SP), a3_1 = FloatVector.zero(SP);
        FloatVector a3_2 = FloatVector.zero(SP), a3_3 = FloatVector.zero(SP);
        FloatVector a4_0 = FloatVector.zero(SP), a4_1 = FloatVector.zero(SP);
        FloatVector a4_2 = FloatVector.zero(SP), a4_3 = FloatVector.zero(SP);
        for (int f = 0, wf = wo, df = d0; f < fn; f++, wf += k, df += dsF) {
            final FloatVector b0 = FloatVector.fromArray(SP, d, df);
            final FloatVector b1 = FloatVector.fromArray(SP, d, df + n);
            final FloatVector b2 = FloatVector.fromArray(SP, d, df + 2 * n);
            final FloatVector b3 = FloatVector.fromArray(SP, d, df + 3 * n);
            x = FloatVector.broadcast(SP, w[wf]);
            a0_0 = x.fma(b0, a0_0); a0_1 = x.fma(b1, a0_1); a0_2 = x.fma(b2, a0_2); a0_3 = x.fma(b3, a0_3);
            x = FloatVector.broadcast(SP, w[wf + 1]);
            a1_0 = x.fma(b0, a1_0); a1_1 = x.fma(b1, a1_1); a1_2 = x.fma(b2, a1_2); a1_3 = x.fma(b3, a1_3);
            x = FloatVector.broadcast(SP, w[wf + 2]);
            a2_0 = x.fma(b0, a2_0); a2_1 = x.fma(b1, a2_1); a2_2 = x.fma(b2, a2_2); a2_3 = x.fma(b3, a2_3);
            x = FloatVector.broadcast(SP, w[wf + 3]);
            a3_0 = x.fma(b0, a3_0); a3_1 = x.fma(b1, a3_1); a3_2 = x.fma(b2, a3_2); a3_3 = x.fma(b3, a3_3);
            x = FloatVector.broadcast(SP, w[wf + 4]);
            a4_0 = x.fma(b0, a4_0); a4_1 = x.fma(b1, a4_1); a4_2 = x.fma(b2, a4_2); a4_3 = x.fma(b3, a4_3);
        }
        a0_0.intoArray(c, co);
        a0_1.intoArray(c, co + n);
        a0_2.intoArray(c, co + 2 * n);
        a0_3.intoArray(c, co + 3 * n);
        a1_0.intoArray(c, co + p);
        a1_1.intoArray(c, co + p + n);
        a1_2.intoArray(c, co + p + 2 * n);
        a1_3.intoArray(c, co + p + 3 * n);
        a2_0.intoArray(c, co + 2 * p);
        a2_1.intoArray(c, co + 2 * p + n);
        a2_2.intoArray(c, co + 2 * p + 2 * n);
        a2_3.intoArray(c, co + 2 * p + 3 * n);
        a3_0.intoArray(c, co + 3 * p);
        a3_1.intoArray(c, co + 3 * p + n);
        a3_2.intoArray(c, co + 3 * p + 2 * n);
        a3_3.intoArray(c, co + 3 * p + 3 * n);
        a4_0.intoArray(c, co + 4 * p);
        a4_1.intoArray(c, co + 4 * p + n);
        a4_2.intoArray(c, co + 4 * p + 2 * n);
        a4_3.intoArray(c, co + 4 * p + 3 * n);
    }
}
