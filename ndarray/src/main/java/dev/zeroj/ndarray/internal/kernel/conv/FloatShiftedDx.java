// GENERATED from DoubleShiftedDx.java by ndarray/src/test/python/gen_conv_twins.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API tiles of {@link ConvLayer}'s backward pass for {@code dx} with stride 1, float half;
 * loaded only through {@link VectorConv}.
 * <p>FloatShiftedDx.java is generated from DoubleShiftedDx.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleShiftedDx.java and regenerate.
 *
 * <p>With stride 1, pixel {@code (iy, ix)} of input channel {@code c} receives from tap {@code (ky, kx)}
 * the window-matrix term {@code Σ_f W[f, c, ky, kx]·dout[f, iy + pad - ky, ix + pad - kx]} (the GEMM's
 * fma chain over the filters from {@code +0.0}), and col2im adds these terms to {@code +0.0} tap by tap
 * in (ky, kx) order. The caller pads every plane of {@code dout} with {@code fh - 1 - pad} zero rows
 * and {@code fw - 1 - pad} zero columns on each side ({@code dp}: {@code fn} planes {@code plane}
 * elements apart, rows {@code wpad = ow + 2·(fw - 1 - pad)} apart). With the pixels numbered
 * {@code q = iy·wpad + ix} along the padded rows, tap {@code t} reads {@code dp[f·plane + q + doff[t]]},
 * {@code doff[t] = (fh - 1 - ky)·wpad + fw - 1 - kx}: consecutive pixels read consecutive elements. The
 * terms of taps that fall on the padding are {@code +0.0} (the caller checks that the weights are
 * finite), and adding {@code +0.0} to a sum that started at {@code +0.0} changes nothing, so each pixel
 * gets the bits of col2im's sum. The columns {@code ix >= w} of each padded row are computed too and
 * dropped by the caller.
 *
 * <p>A tile holds {@link #ROWS} channels × {@link #VECTORS} vectors of pixels: their sums and the
 * current tap's chains (24 vectors) stay in registers, and each vector of {@code dout} loaded serves
 * the four channels. (One channel × 8 vectors, one load per fma, ran at half the speed of the GEMM and
 * col2im steps: its loads, most of them across two cache lines, were the bottleneck.)
 */
final class FloatShiftedDx {
    private FloatShiftedDx() {}

    private static final VectorSpecies<Float> SP = FloatVector.SPECIES_PREFERRED;
    /** Input channels per tile: a layer needs at least as many. */
    static final int ROWS = 4;
    /** Vectors of pixels per tile. */
    static final int VECTORS = 3;

    /** Pixels per tile: the fewest a channel's span must have for {@link #channels}. */
    static int tilePixels() {
        return VECTORS * SP.length();
    }

    /**
     * {@link #ROWS} input channels: {@code out[oo + r·os + q]} for {@code q < span} ({@code span >=
     * tilePixels()}) from the padded planes at {@code dp[dpo]}, the tap offsets {@code doff[0 .. taps)}
     * and channel r's weights at {@code wq[wqo + r·wcs + t·fn + f]}. A span that is not a multiple of the
     * tile starts the last tile earlier; the overlapped pixels are written again with the same bits.
     */
    static void channels(int fn, int taps, int span, int plane, float[] dp, int dpo, int[] doff, float[] wq,
            int wqo, int wcs, float[] out, int oo, int os) {
        final int width = tilePixels();
        for (int q0 = 0; q0 < span; q0 += width) {
            final int qc = Math.min(q0, span - width);
            tile(fn, taps, plane, dp, dpo + qc, doff, wq, wqo, wcs, out, oo + qc, os);
        }
    }

    /** One tile: pixels from {@code dp[dpo + doff[t]]} for tap t, channel r's sums to {@code out[oo + r·os]}. */
    private static void tile(int fn, int taps, int plane, float[] dp, int dpo, int[] doff, float[] wq, int wqo,
            int wcs, float[] out, int oo, int os) {
        final int n = SP.length();
        final FloatVector one = FloatVector.broadcast(SP, 1);
        FloatVector x;
        FloatVector a0_0 = FloatVector.zero(SP), a0_1 = FloatVector.zero(SP), a0_2 = FloatVector.zero(SP);
        FloatVector a1_0 = FloatVector.zero(SP), a1_1 = FloatVector.zero(SP), a1_2 = FloatVector.zero(SP);
        FloatVector a2_0 = FloatVector.zero(SP), a2_1 = FloatVector.zero(SP), a2_2 = FloatVector.zero(SP);
        FloatVector a3_0 = FloatVector.zero(SP), a3_1 = FloatVector.zero(SP), a3_2 = FloatVector.zero(SP);
        for (int t = 0; t < taps; t++) {
            FloatVector s0_0 = FloatVector.zero(SP), s0_1 = FloatVector.zero(SP), s0_2 = FloatVector.zero(SP);
            FloatVector s1_0 = FloatVector.zero(SP), s1_1 = FloatVector.zero(SP), s1_2 = FloatVector.zero(SP);
            FloatVector s2_0 = FloatVector.zero(SP), s2_1 = FloatVector.zero(SP), s2_2 = FloatVector.zero(SP);
            FloatVector s3_0 = FloatVector.zero(SP), s3_1 = FloatVector.zero(SP), s3_2 = FloatVector.zero(SP);
            int o = dpo + doff[t];
            final int w0 = wqo + t * fn;
            for (int f = 0; f < fn; f++, o += plane) {
                final FloatVector b0 = FloatVector.fromArray(SP, dp, o);
                final FloatVector b1 = FloatVector.fromArray(SP, dp, o + n);
                final FloatVector b2 = FloatVector.fromArray(SP, dp, o + 2 * n);
                x = FloatVector.broadcast(SP, wq[w0 + f]);
                s0_0 = x.fma(b0, s0_0); s0_1 = x.fma(b1, s0_1); s0_2 = x.fma(b2, s0_2);
                x = FloatVector.broadcast(SP, wq[w0 + wcs + f]);
                s1_0 = x.fma(b0, s1_0); s1_1 = x.fma(b1, s1_1); s1_2 = x.fma(b2, s1_2);
                x = FloatVector.broadcast(SP, wq[w0 + 2 * wcs + f]);
                s2_0 = x.fma(b0, s2_0); s2_1 = x.fma(b1, s2_1); s2_2 = x.fma(b2, s2_2);
                x = FloatVector.broadcast(SP, wq[w0 + 3 * wcs + f]);
                s3_0 = x.fma(b0, s3_0); s3_1 = x.fma(b1, s3_1); s3_2 = x.fma(b2, s3_2);
            }
            // a + s as fma(s, 1, a): one rounding, the bits of col2im's addition
            a0_0 = s0_0.fma(one, a0_0); a0_1 = s0_1.fma(one, a0_1); a0_2 = s0_2.fma(one, a0_2);
            a1_0 = s1_0.fma(one, a1_0); a1_1 = s1_1.fma(one, a1_1); a1_2 = s1_2.fma(one, a1_2);
            a2_0 = s2_0.fma(one, a2_0); a2_1 = s2_1.fma(one, a2_1); a2_2 = s2_2.fma(one, a2_2);
            a3_0 = s3_0.fma(one, a3_0); a3_1 = s3_1.fma(one, a3_1); a3_2 = s3_2.fma(one, a3_2);
        }
        a0_0.intoArray(out, oo);
        a0_1.intoArray(out, oo + n);
        a0_2.intoArray(out, oo + 2 * n);
        a1_0.intoArray(out, oo + os);
        a1_1.intoArray(out, oo + os + n);
        a1_2.intoArray(out, oo + os + 2 * n);
        a2_0.intoArray(out, oo + 2 * os);
        a2_1.intoArray(out, oo + 2 * os + n);
        a2_2.intoArray(out, oo + 2 * os + 2 * n);
        a3_0.intoArray(out, oo + 3 * os);
        a3_1.intoArray(out, oo + 3 * os + n);
        a3_2.intoArray(out, oo + 3 * os + 2 * n);
    }
}
