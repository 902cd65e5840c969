// GENERATED from DoubleShiftedConv.java by ndarray/src/test/python/gen_conv_twins.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API tiles of {@link ConvLayer}'s shifted-planes forward pass (stride 1), float half; loaded
 * only through {@link VectorConv}.
 * <p>FloatShiftedConv.java is generated from DoubleShiftedConv.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleShiftedConv.java and regenerate.
 *
 * <p>With stride 1, output pixel {@code o = oy·ow + ox} of tap {@code t = (c, ky, kx)} reads the padded
 * input at {@code (c, oy + ky, ox + kx)}. The caller copies each channel's padded plane once per window
 * column {@code kx}, shifted left by {@code kx} and cut to {@code ow} columns ({@code xs}: the planes
 * {@code (c, kx)} of {@code hp × ow} elements, {@code hp} the padded height), so every tap reads
 * {@code P} consecutive elements: {@code xs[toff[t] + o]} with {@code toff[t] = (c·fw + kx)·hp·ow +
 * ky·ow}. A tile holds {@link #ROWS} filters × {@link #VECTORS} vectors of pixels in registers across
 * all K taps, so each output is the fma chain over the taps in (c, ky, kx) order from {@code +0.0}, then
 * {@code fma(b, 1, s)}: bitwise the GEMM path's chain, which has the bias as its last step. With
 * {@link ConvKernels#SHIFT_BIAS_TAP} (JDK 17 to 20) that last step is one more tap, {@code t = K}, whose
 * weights are the biases and whose plane ({@code toff[K]}) holds ones, and the tile stores its
 * accumulators straight after the loop. A filter count or pixel count that is not a multiple of the tile
 * starts the last tile earlier, so it overlaps the one before and writes the overlapped outputs again
 * with the same bits.
 */
final class FloatShiftedConv {
    private FloatShiftedConv() {}

    private static final VectorSpecies<Float> SP = FloatVector.SPECIES_PREFERRED;
    /** Filters per tile (the weights are packed {@code ROWS} filters per tap, see {@link ConvKernels#SHIFT_ROWS}). */
    static final int ROWS = ConvKernels.SHIFT_ROWS;
    /** Vectors of output pixels per tile. */
    static final int VECTORS = 3;
    /** Filters per tile of the other shape ({@link ConvKernels#SHIFT_ROWS_FEW}, see {@link ConvKernels#shiftRows}). */
    static final int ROWS_FEW = ConvKernels.SHIFT_ROWS_FEW;
    /** Vectors of output pixels per tile of the other shape: 24 accumulators again. */
    static final int VECTORS_FEW = 4;

    /** Output pixels per tile of {@code rows} filters: the fewest an image must have for {@link #image}. */
    static int tilePixels(int rows) {
        return (rows == ROWS_FEW ? VECTORS_FEW : VECTORS) * SP.length();
    }

    /**
     * One image: {@code out[oo + f·p + o]} for the {@code fn >= rows} filters and {@code p >= tilePixels(rows)}
     * pixels, from the shifted planes at {@code xs[xo]}, the tap offsets {@code toff[0 .. k)} (and
     * {@code toff[k]}, a plane of at least {@code p} ones, with {@link ConvKernels#SHIFT_BIAS_TAP}) and the
     * packed weights {@code wp} (per group of {@code rows} filters, {@code (k + 1)·rows} elements: tap by
     * tap the group's weights, then its biases; the last group starts at filter {@code fn - rows}), in
     * tiles of {@code rows} ({@link #ROWS} or {@link #ROWS_FEW}) filters.
     */
    static void image(int rows, int fn, int k, int p, float[] xs, int xo, int[] toff, float[] wp, float[] out,
            int oo) {
        final boolean few = rows == ROWS_FEW;
        final int width = tilePixels(rows), groups = (fn + rows - 1) / rows, packed = (k + 1) * rows;
        final int taps = ConvKernels.SHIFT_BIAS_TAP ? k + 1 : k;
        for (int o0 = 0; o0 < p; o0 += width) {
            final int oc = Math.min(o0, p - width);
            for (int gi = 0; gi < groups; gi++) {
                final int f0 = Math.min(gi * rows, fn - rows);
                if (few) {
                    tileFew(wp, gi * packed, xs, xo + oc, toff, taps, out, oo + f0 * p + oc, p);
                } else {
                    tile(wp, gi * packed, xs, xo + oc, toff, taps, out, oo + f0 * p + oc, p);
                }
            }
        }
    }

    /**
     * One tile: filters {@code ROWS} of the group at {@code wp[wo]}, pixels from {@code xs[xo]} to {@code out[oo]},
     * over {@code k} taps (the last one the bias with {@link ConvKernels#SHIFT_BIAS_TAP}).
     */
    private static void tile(float[] wp, int wo, float[] xs, int xo, int[] toff, int k, float[] out, int oo,
            int p) {
        final int n = SP.length();
        // (a zero vector of its own per accumulator: one shared zero made the tiles 7-20% slower)
        FloatVector c0_0 = FloatVector.zero(SP), c0_1 = FloatVector.zero(SP), c0_2 = FloatVector.zero(SP);
        FloatVector c1_0 = FloatVector.zero(SP), c1_1 = FloatVector.zero(SP), c1_2 = FloatVector.zero(SP);
        FloatVector c2_0 = FloatVector.zero(SP), c2_1 = FloatVector.zero(SP), c2_2 = FloatVector.zero(SP);
        FloatVector c3_0 = FloatVector.zero(SP), c3_1 = FloatVector.zero(SP), c3_2 = FloatVector.zero(SP);
        FloatVector c4_0 = FloatVector.zero(SP), c4_1 = FloatVector.zero(SP), c4_2 = FloatVector.zero(SP);
        FloatVector c5_0 = FloatVector.zero(SP), c5_1 = FloatVector.zero(SP), c5_2 = FloatVector.zero(SP);
        FloatVector c6_0 = FloatVector.zero(SP), c6_1 = FloatVector.zero(SP), c6_2 = FloatVector.zero(SP);
        FloatVector c7_0 = FloatVector.zero(SP), c7_1 = FloatVector.zero(SP), c7_2 = FloatVector.zero(SP);
        FloatVector x, b0, b1, b2;
        for (int t = 0; t < k; t++) {
            final int bt = xo + toff[t], wt = wo + t * ROWS;
            b0 = FloatVector.fromArray(SP, xs, bt);
            b1 = FloatVector.fromArray(SP, xs, bt + 1 * n);
            b2 = FloatVector.fromArray(SP, xs, bt + 2 * n);
            x = FloatVector.broadcast(SP, wp[wt]);
            c0_0 = x.fma(b0, c0_0); c0_1 = x.fma(b1, c0_1); c0_2 = x.fma(b2, c0_2);
            x = FloatVector.broadcast(SP, wp[wt + 1]);
            c1_0 = x.fma(b0, c1_0); c1_1 = x.fma(b1, c1_1); c1_2 = x.fma(b2, c1_2);
            x = FloatVector.broadcast(SP, wp[wt + 2]);
            c2_0 = x.fma(b0, c2_0); c2_1 = x.fma(b1, c2_1); c2_2 = x.fma(b2, c2_2);
            x = FloatVector.broadcast(SP, wp[wt + 3]);
            c3_0 = x.fma(b0, c3_0); c3_1 = x.fma(b1, c3_1); c3_2 = x.fma(b2, c3_2);
            x = FloatVector.broadcast(SP, wp[wt + 4]);
            c4_0 = x.fma(b0, c4_0); c4_1 = x.fma(b1, c4_1); c4_2 = x.fma(b2, c4_2);
            x = FloatVector.broadcast(SP, wp[wt + 5]);
            c5_0 = x.fma(b0, c5_0); c5_1 = x.fma(b1, c5_1); c5_2 = x.fma(b2, c5_2);
            x = FloatVector.broadcast(SP, wp[wt + 6]);
            c6_0 = x.fma(b0, c6_0); c6_1 = x.fma(b1, c6_1); c6_2 = x.fma(b2, c6_2);
            x = FloatVector.broadcast(SP, wp[wt + 7]);
            c7_0 = x.fma(b0, c7_0); c7_1 = x.fma(b1, c7_1); c7_2 = x.fma(b2, c7_2);
        }
        if (ConvKernels.SHIFT_BIAS_TAP) {
            // the bias was the loop's last tap. (Each ending has its own stores: one run of stores after
            // the bias step below made JDK 25's tiles 6-18% slower than storing each sum as it is made.)
            c0_0.intoArray(out, oo);
            c0_1.intoArray(out, oo + 1 * n);
            c0_2.intoArray(out, oo + 2 * n);
            c1_0.intoArray(out, oo + 1 * p);
            c1_1.intoArray(out, oo + 1 * p + 1 * n);
            c1_2.intoArray(out, oo + 1 * p + 2 * n);
            c2_0.intoArray(out, oo + 2 * p);
            c2_1.intoArray(out, oo + 2 * p + 1 * n);
            c2_2.intoArray(out, oo + 2 * p + 2 * n);
            c3_0.intoArray(out, oo + 3 * p);
            c3_1.intoArray(out, oo + 3 * p + 1 * n);
            c3_2.intoArray(out, oo + 3 * p + 2 * n);
            c4_0.intoArray(out, oo + 4 * p);
            c4_1.intoArray(out, oo + 4 * p + 1 * n);
            c4_2.intoArray(out, oo + 4 * p + 2 * n);
            c5_0.intoArray(out, oo + 5 * p);
            c5_1.intoArray(out, oo + 5 * p + 1 * n);
            c5_2.intoArray(out, oo + 5 * p + 2 * n);
            c6_0.intoArray(out, oo + 6 * p);
            c6_1.intoArray(out, oo + 6 * p + 1 * n);
            c6_2.intoArray(out, oo + 6 * p + 2 * n);
            c7_0.intoArray(out, oo + 7 * p);
            c7_1.intoArray(out, oo + 7 * p + 1 * n);
            c7_2.intoArray(out, oo + 7 * p + 2 * n);
            return;
        }
        final int bias = wo + k * ROWS;
        // the bias as the chain's last step, fma(b, 1, s) = s + b as in the GEMM path (a lanewise add here
        // made the float tiles 2.5x slower on JDK 17 once the float ones had been compiled)
        final FloatVector one = FloatVector.broadcast(SP, 1);
        x = FloatVector.broadcast(SP, wp[bias]);
        x.fma(one, c0_0).intoArray(out, oo);
        x.fma(one, c0_1).intoArray(out, oo + 1 * n);
        x.fma(one, c0_2).intoArray(out, oo + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 1]);
        x.fma(one, c1_0).intoArray(out, oo + 1 * p);
        x.fma(one, c1_1).intoArray(out, oo + 1 * p + 1 * n);
        x.fma(one, c1_2).intoArray(out, oo + 1 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 2]);
        x.fma(one, c2_0).intoArray(out, oo + 2 * p);
        x.fma(one, c2_1).intoArray(out, oo + 2 * p + 1 * n);
        x.fma(one, c2_2).intoArray(out, oo + 2 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 3]);
        x.fma(one, c3_0).intoArray(out, oo + 3 * p);
        x.fma(one, c3_1).intoArray(out, oo + 3 * p + 1 * n);
        x.fma(one, c3_2).intoArray(out, oo + 3 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 4]);
        x.fma(one, c4_0).intoArray(out, oo + 4 * p);
        x.fma(one, c4_1).intoArray(out, oo + 4 * p + 1 * n);
        x.fma(one, c4_2).intoArray(out, oo + 4 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 5]);
        x.fma(one, c5_0).intoArray(out, oo + 5 * p);
        x.fma(one, c5_1).intoArray(out, oo + 5 * p + 1 * n);
        x.fma(one, c5_2).intoArray(out, oo + 5 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 6]);
        x.fma(one, c6_0).intoArray(out, oo + 6 * p);
        x.fma(one, c6_1).intoArray(out, oo + 6 * p + 1 * n);
        x.fma(one, c6_2).intoArray(out, oo + 6 * p + 2 * n);
        x = FloatVector.broadcast(SP, wp[bias + 7]);
        x.fma(one, c7_0).intoArray(out, oo + 7 * p);
        x.fma(one, c7_1).intoArray(out, oo + 7 * p + 1 * n);
        x.fma(one, c7_2).intoArray(out, oo + 7 * p + 2 * n);
    }

    /** One tile of {@link #ROWS_FEW} filters × {@link #VECTORS_FEW} vectors: {@link #tile} with another shape. */
    private static void tileFew(float[] wp, int wo, float[] xs, int xo, int[] toff, int k, float[] out, int oo,
            int p) {
        final int n = SP.length();
        FloatVector c0_0 = FloatVector.zero(SP), c0_1 = FloatVector.zero(SP);
        FloatVector c0_2 = FloatVector.zero(SP), c0_3 = FloatVector.zero(SP);
        FloatVector c1_0 = FloatVector.zero(SP), c1_1 = FloatVector.zero(SP);
        FloatVector c1_2 = FloatVector.zero(SP), c1_3 = FloatVector.zero(SP);
        FloatVector c2_0 = FloatVector.zero(SP), c2_1 = FloatVector.zero(SP);
        FloatVector c2_2 = FloatVector.zero(SP), c2_3 = FloatVector.zero(SP);
        FloatVector c3_0 = FloatVector.zero(SP), c3_1 = FloatVector.zero(SP);
        FloatVector c3_2 = FloatVector.zero(SP), c3_3 = FloatVector.zero(SP);
        FloatVector c4_0 = FloatVector.zero(SP), c4_1 = FloatVector.zero(SP);
        FloatVector c4_2 = FloatVector.zero(SP), c4_3 = FloatVector.zero(SP);
        FloatVector c5_0 = FloatVector.zero(SP), c5_1 = FloatVector.zero(SP);
        FloatVector c5_2 = FloatVector.zero(SP), c5_3 = FloatVector.zero(SP);
        FloatVector x, b0, b1, b2, b3;
        for (int t = 0; t < k; t++) {
            final int bt = xo + toff[t], wt = wo + t * ROWS_FEW;
            b0 = FloatVector.fromArray(SP, xs, bt);
            b1 = FloatVector.fromArray(SP, xs, bt + 1 * n);
            b2 = FloatVector.fromArray(SP, xs, bt + 2 * n);
            b3 = FloatVector.fromArray(SP, xs, bt + 3 * n);
            x = FloatVector.broadcast(SP, wp[wt]);
            c0_0 = x.fma(b0, c0_0); c0_1 = x.fma(b1, c0_1); c0_2 = x.fma(b2, c0_2); c0_3 = x.fma(b3, c0_3);
            x = FloatVector.broadcast(SP, wp[wt + 1]);
            c1_0 = x.fma(b0, c1_0); c1_1 = x.fma(b1, c1_1); c1_2 = x.fma(b2, c1_2); c1_3 = x.fma(b3, c1_3);
            x = FloatVector.broadcast(SP, wp[wt + 2]);
            c2_0 = x.fma(b0, c2_0); c2_1 = x.fma(b1, c2_1); c2_2 = x.fma(b2, c2_2); c2_3 = x.fma(b3, c2_3);
            x = FloatVector.broadcast(SP, wp[wt + 3]);
            c3_0 = x.fma(b0, c3_0); c3_1 = x.fma(b1, c3_1); c3_2 = x.fma(b2, c3_2); c3_3 = x.fma(b3, c3_3);
            x = FloatVector.broadcast(SP, wp[wt + 4]);
            c4_0 = x.fma(b0, c4_0); c4_1 = x.fma(b1, c4_1); c4_2 = x.fma(b2, c4_2); c4_3 = x.fma(b3, c4_3);
            x = FloatVector.broadcast(SP, wp[wt + 5]);
            c5_0 = x.fma(b0, c5_0); c5_1 = x.fma(b1, c5_1); c5_2 = x.fma(b2, c5_2); c5_3 = x.fma(b3, c5_3);
        }
        if (ConvKernels.SHIFT_BIAS_TAP) {
            // the bias was the loop's last tap
            c0_0.intoArray(out, oo);
            c0_1.intoArray(out, oo + 1 * n);
            c0_2.intoArray(out, oo + 2 * n);
            c0_3.intoArray(out, oo + 3 * n);
            c1_0.intoArray(out, oo + 1 * p);
            c1_1.intoArray(out, oo + 1 * p + 1 * n);
            c1_2.intoArray(out, oo + 1 * p + 2 * n);
            c1_3.intoArray(out, oo + 1 * p + 3 * n);
            c2_0.intoArray(out, oo + 2 * p);
            c2_1.intoArray(out, oo + 2 * p + 1 * n);
            c2_2.intoArray(out, oo + 2 * p + 2 * n);
            c2_3.intoArray(out, oo + 2 * p + 3 * n);
            c3_0.intoArray(out, oo + 3 * p);
            c3_1.intoArray(out, oo + 3 * p + 1 * n);
            c3_2.intoArray(out, oo + 3 * p + 2 * n);
            c3_3.intoArray(out, oo + 3 * p + 3 * n);
            c4_0.intoArray(out, oo + 4 * p);
            c4_1.intoArray(out, oo + 4 * p + 1 * n);
            c4_2.intoArray(out, oo + 4 * p + 2 * n);
            c4_3.intoArray(out, oo + 4 * p + 3 * n);
            c5_0.intoArray(out, oo + 5 * p);
            c5_1.intoArray(out, oo + 5 * p + 1 * n);
            c5_2.intoArray(out, oo + 5 * p + 2 * n);
            c5_3.intoArray(out, oo + 5 * p + 3 * n);
            return;
        }
        final int bias = wo + k * ROWS_FEW;
        final FloatVector one = FloatVector.broadcast(SP, 1);
        x = FloatVector.broadcast(SP, wp[bias]);
        x.fma(one, c0_0).intoArray(out, oo);
        x.fma(one, c0_1).intoArray(out, oo + 1 * n);
        x.fma(one, c0_2).intoArray(out, oo + 2 * n);
        x.fma(one, c0_3).intoArray(out, oo + 3 * n);
        x = FloatVector.broadcast(SP, wp[bias + 1]);
        x.fma(one, c1_0).intoArray(out, oo + 1 * p);
        x.fma(one, c1_1).intoArray(out, oo + 1 * p + 1 * n);
        x.fma(one, c1_2).intoArray(out, oo + 1 * p + 2 * n);
        x.fma(one, c1_3).intoArray(out, oo + 1 * p + 3 * n);
        x = FloatVector.broadcast(SP, wp[bias + 2]);
        x.fma(one, c2_0).intoArray(out, oo + 2 * p);
        x.fma(one, c2_1).intoArray(out, oo + 2 * p + 1 * n);
        x.fma(one, c2_2).intoArray(out, oo + 2 * p + 2 * n);
        x.fma(one, c2_3).intoArray(out, oo + 2 * p + 3 * n);
        x = FloatVector.broadcast(SP, wp[bias + 3]);
        x.fma(one, c3_0).intoArray(out, oo + 3 * p);
        x.fma(one, c3_1).intoArray(out, oo + 3 * p + 1 * n);
        x.fma(one, c3_2).intoArray(out, oo + 3 * p + 2 * n);
        x.fma(one, c3_3).intoArray(out, oo + 3 * p + 3 * n);
        x = FloatVector.broadcast(SP, wp[bias + 4]);
        x.fma(one, c4_0).intoArray(out, oo + 4 * p);
        x.fma(one, c4_1).intoArray(out, oo + 4 * p + 1 * n);
        x.fma(one, c4_2).intoArray(out, oo + 4 * p + 2 * n);
        x.fma(one, c4_3).intoArray(out, oo + 4 * p + 3 * n);
        x = FloatVector.broadcast(SP, wp[bias + 5]);
        x.fma(one, c5_0).intoArray(out, oo + 5 * p);
        x.fma(one, c5_1).intoArray(out, oo + 5 * p + 1 * n);
        x.fma(one, c5_2).intoArray(out, oo + 5 * p + 2 * n);
        x.fma(one, c5_3).intoArray(out, oo + 5 * p + 3 * n);
    }
}
