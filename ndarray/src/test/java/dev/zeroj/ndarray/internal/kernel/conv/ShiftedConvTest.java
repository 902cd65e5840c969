package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.zeroj.ndarray.internal.kernel.Simd;
import org.junit.jupiter.api.Test;

/**
 * The switch of the conv layer's shifted-planes forward pass (the pass itself is tested against the book's
 * steps in {@code ConvLayerTest}): the SIMD test run, which sets {@code zeroj.conv.forward.shifted=true},
 * really takes it, and the scalar run does not.
 */
class ShiftedConvTest {
    @Test
    void theShiftedPassIsOnWhereTheSettingsSaySo() {
        String p = System.getProperty("zeroj.conv.forward.shifted", "");
        boolean on = ConvKernels.VECTOR != null
                && (p.equalsIgnoreCase("true") || !p.equalsIgnoreCase("false") && ConvKernels.VECTOR.wideVectors());
        assertEquals(on, ConvKernels.SHIFTED != null);
        if (Simd.ENABLED && p.equalsIgnoreCase("true")) {
            assertNotNull(ConvKernels.SHIFTED, "the SIMD test run must take the shifted pass");
        }
        if (!Simd.ENABLED) {
            assertEquals(null, ConvKernels.SHIFTED);
        }
    }
}
