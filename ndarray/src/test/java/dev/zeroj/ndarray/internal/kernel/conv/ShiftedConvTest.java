package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.zeroj.ndarray.internal.kernel.Simd;
import org.junit.jupiter.api.Test;

/**
 * The switch of the conv layer's shifted-planes kernels, the forward pass and the backward pass's
 * {@code dx} (the kernels themselves are tested against the book's steps in {@code ConvLayerTest}): the
 * SIMD test run, which sets {@code zeroj.conv.shifted=true}, really takes them, and the scalar run does not;
 * and the forward tiles' bias step, as a tap or after the loop, follows its setting (the conv-narrow run
 * sets {@code zeroj.conv.shifted.biastap=false} and the conv-avx2 run {@code true}, so that
 * {@code ConvLayerTest} checks both forms whatever the JDK).
 */
class ShiftedConvTest {
    @Test
    void theShiftedPassIsOnWhereTheSettingsSaySo() {
        String p = System.getProperty("zeroj.conv.shifted", "");
        boolean on = ConvKernels.VECTOR != null
                && (p.equalsIgnoreCase("true") || !p.equalsIgnoreCase("false") && ConvKernels.VECTOR.wideVectors());
        assertEquals(on, ConvKernels.SHIFTED != null);
        if (Simd.ENABLED && p.equalsIgnoreCase("true")) {
            assertNotNull(ConvKernels.SHIFTED, "the SIMD test run must take the shifted pass");
        }
        if (!Simd.ENABLED) {
            assertEquals(null, ConvKernels.SHIFTED);
        }
        // the DeepConvNet layer's dx: on the tiles exactly when the switch is on
        Geometry deep = new Geometry(2, 16, 28, 28, 3, 3, 1, 1);
        assertEquals(on, DoubleConvLayer.ShiftedDx.plan(deep, 16, new double[16 * 144], 0, new double[1]) != null);
        assertEquals(on, FloatConvLayer.ShiftedDx.plan(deep, 16, new float[16 * 144], 0, new float[1]) != null);
        double[] inf = new double[16 * 144];
        inf[77] = Double.POSITIVE_INFINITY;
        assertEquals(null, DoubleConvLayer.ShiftedDx.plan(deep, 16, inf, 0, new double[1]), "a weight is not finite");
    }

    @Test
    void theBiasTapFollowsItsSetting() {
        String p = System.getProperty("zeroj.conv.shifted.biastap", "");
        boolean expected = p.equalsIgnoreCase("true")
                || !p.equalsIgnoreCase("false") && Runtime.version().feature() < 21;
        assertEquals(expected, ConvKernels.SHIFT_BIAS_TAP);
    }
}
