package dev.zeroj.ndarray.internal.kernel;

/**
 * IEEE 754 binary16 conversions with round-half-to-even, as NumPy's {@code npy_float_to_half} and
 * {@code npy_double_to_half} do. A double is rounded to half directly (never through float, which
 * would round twice).
 */
public final class Half {
    private Half() {}

    /** The float value of half bits {@code h} (exact). */
    public static float toFloat(short h) {
        int bits = h & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mant << 13));
    }

    /** Half bits nearest to {@code f} (ties to even; overflow to infinity; NaN stays NaN). */
    public static short fromFloat(float f) {
        int x = Float.floatToRawIntBits(f);
        int sign = (x >>> 16) & 0x8000;
        int exp = (x >>> 23) & 0xff;
        int mant = x & 0x7fffff;
        if (exp == 0xff) {
            if (mant == 0) {
                return (short) (sign | 0x7c00);
            }
            int m = mant >>> 13;
            return (short) (sign | 0x7c00 | (m == 0 ? 0x200 : m));
        }
        int e = exp - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            int full = mant | 0x800000;
            int shift = 14 - e;
            int m = full >>> shift;
            int rem = full & ((1 << shift) - 1);
            int halfway = 1 << (shift - 1);
            if (rem > halfway || (rem == halfway && (m & 1) != 0)) {
                m++;
            }
            return (short) (sign | m);
        }
        int m = mant >>> 13;
        int rem = mant & 0x1fff;
        int h = (e << 10) | m;
        if (rem > 0x1000 || (rem == 0x1000 && (m & 1) != 0)) {
            h++;
        }
        return (short) (sign | h);
    }

    /** Half bits nearest to {@code d}, rounded once, directly from double. */
    public static short fromDouble(double d) {
        long x = Double.doubleToRawLongBits(d);
        int sign = (int) ((x >>> 48) & 0x8000);
        int exp = (int) ((x >>> 52) & 0x7ff);
        long mant = x & 0xfffffffffffffL;
        if (exp == 0x7ff) {
            if (mant == 0) {
                return (short) (sign | 0x7c00);
            }
            int m = (int) (mant >>> 42);
            return (short) (sign | 0x7c00 | (m == 0 ? 0x200 : m));
        }
        int e = exp - 1023 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            long full = mant | (1L << 52);
            int shift = 43 - e;
            long m = full >>> shift;
            long rem = full & ((1L << shift) - 1);
            long halfway = 1L << (shift - 1);
            if (rem > halfway || (rem == halfway && (m & 1) != 0)) {
                m++;
            }
            return (short) (sign | (int) m);
        }
        int m = (int) (mant >>> 42);
        long rem = mant & ((1L << 42) - 1);
        int h = (e << 10) | m;
        long halfway = 1L << 41;
        if (rem > halfway || (rem == halfway && (m & 1) != 0)) {
            h++;
        }
        return (short) (sign | h);
    }
}
