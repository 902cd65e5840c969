package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.kernel.Half;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * {@link Half}: every float16 bit pattern to float and back, and float32/float64 to float16 rounding
 * (ties to even, subnormals, overflow) against NumPy's {@code astype(np.float16)} ({@code gen_astype.py}).
 */
class HalfTest {
    private static final Golden G = Golden.area("astype");

    static short[] halfBits(NDArray h) {
        short[] s = new short[h.size()];
        ByteBuffer.wrap(h.tobytes()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    private static boolean isNaN(short h) {
        return (h & 0x7c00) == 0x7c00 && (h & 0x3ff) != 0;
    }

    @Test
    void allBitPatternsToFloatAndBack() {
        float[] expected = G.load("half", "all_to_f32").toFloatArray();
        assertEquals(65536, expected.length);
        for (int i = 0; i < 65536; i++) {
            short h = (short) i;
            float f = Half.toFloat(h);
            if (isNaN(h)) {
                assertTrue(Float.isNaN(f) && Float.isNaN(expected[i]), "NaN " + i);
                assertTrue(isNaN(Half.fromFloat(f)) && isNaN(Half.fromDouble(f)), "NaN back " + i);
                continue;
            }
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(f), "half bits " + Integer.toHexString(i));
            assertEquals(h, Half.fromFloat(f), "round trip through float " + Integer.toHexString(i));
            assertEquals(h, Half.fromDouble(f), "round trip through double " + Integer.toHexString(i));
        }
    }

    private static void checkRounding(float[] in32, double[] in64, short[] expected, String what) {
        int n = expected.length;
        int wrong = 0;
        String first = null;
        for (int i = 0; i < n; i++) {
            short got = in32 != null ? Half.fromFloat(in32[i]) : Half.fromDouble(in64[i]);
            boolean ok = isNaN(expected[i]) ? isNaN(got) && (got & 0x8000) == (expected[i] & 0x8000) : got == expected[i];
            if (!ok && wrong++ == 0) {
                first = what + " element " + i + " (" + (in32 != null ? Float.toString(in32[i]) : Double.toString(in64[i]))
                        + "): expected 0x" + Integer.toHexString(expected[i] & 0xffff) + " got 0x" + Integer.toHexString(got & 0xffff);
            }
        }
        assertEquals(0, wrong, first);
    }

    @Test
    void floatToHalfRoundsAsNumPy() {
        NDArray f32 = G.load("half", "f32");
        NDArray expected = G.load("half", "f32_to_f16");
        checkRounding(f32.toFloatArray(), null, halfBits(expected), "float");
        assertEquals(null, CoreGolden.bitwise(expected, f32.astype(DType.FLOAT16)));
    }

    @Test
    void doubleToHalfRoundsOnceAsNumPy() {
        NDArray f64 = G.load("half", "f64");
        NDArray expected = G.load("half", "f64_to_f16");
        checkRounding(null, f64.toDoubleArray(), halfBits(expected), "double");
        assertEquals(null, CoreGolden.bitwise(expected, f64.astype(DType.FLOAT16)));
    }
}
