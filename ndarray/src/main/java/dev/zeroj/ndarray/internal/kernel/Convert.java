package dev.zeroj.ndarray.internal.kernel;

/**
 * Element conversions between the storage types and the compute types, with NumPy's casting
 * results on x86-64: float to integer truncates toward zero, and NaN or out-of-range values become
 * the most negative value of int32/int64 (uint8 takes the low byte of the int32 result); integers
 * wrap; anything non-zero (NaN included) is {@code true}.
 *
 * <p>Storage codes are the ordinals of {@code DType}: {@link #BOOL} ... {@link #F64}. Chunk methods
 * move {@code n} elements between a strided storage run {@code (src, off, stride)} and a dense
 * compute buffer starting at index 0.
 */
public final class Convert {
    /** Storage code of bool ({@code boolean[]}). */
    public static final int BOOL = 0;
    /** Storage code of uint8 ({@code byte[]}). */
    public static final int U8 = 1;
    /** Storage code of int32 ({@code int[]}). */
    public static final int I32 = 2;
    /** Storage code of int64 ({@code long[]}). */
    public static final int I64 = 3;
    /** Storage code of float16 ({@code short[]}). */
    public static final int F16 = 4;
    /** Storage code of float32 ({@code float[]}). */
    public static final int F32 = 5;
    /** Storage code of float64 ({@code double[]}). */
    public static final int F64 = 6;

    private Convert() {}

    /** Allocates a zeroed storage array of type {@code code} and length {@code n}. */
    public static Object allocate(int code, int n) {
        switch (code) {
            case BOOL: return new boolean[n];
            case U8: return new byte[n];
            case I32: return new int[n];
            case I64: return new long[n];
            case F16: return new short[n];
            case F32: return new float[n];
            case F64: return new double[n];
            default: throw new IllegalArgumentException("storage code " + code);
        }
    }

    /** NumPy's float64 to int32 cast. */
    public static int toInt32(double v) {
        if (v > -2147483649.0 && v < 2147483648.0) {
            return (int) v;
        }
        return Integer.MIN_VALUE;
    }

    /** NumPy's float64 to int64 cast. */
    public static long toInt64(double v) {
        if (v >= -9.223372036854775808E18 && v < 9.223372036854775808E18) {
            return (long) v;
        }
        return Long.MIN_VALUE;
    }

    /** NumPy's float64 to uint8 cast (low byte of the int32 cast). */
    public static byte toUint8(double v) {
        return (byte) toInt32(v);
    }

    // ---- single elements ----------------------------------------------------------------------

    /** Reads element {@code pos} of storage {@code src} as a double. */
    public static double getDouble(Object src, int code, int pos) {
        switch (code) {
            case BOOL: return ((boolean[]) src)[pos] ? 1.0 : 0.0;
            case U8: return ((byte[]) src)[pos] & 0xff;
            case I32: return ((int[]) src)[pos];
            case I64: return ((long[]) src)[pos];
            case F16: return Half.toFloat(((short[]) src)[pos]);
            case F32: return ((float[]) src)[pos];
            default: return ((double[]) src)[pos];
        }
    }

    /** Reads element {@code pos} as a long (floats truncate as NumPy's cast does). */
    public static long getLong(Object src, int code, int pos) {
        switch (code) {
            case BOOL: return ((boolean[]) src)[pos] ? 1 : 0;
            case U8: return ((byte[]) src)[pos] & 0xff;
            case I32: return ((int[]) src)[pos];
            case I64: return ((long[]) src)[pos];
            default: return toInt64(getDouble(src, code, pos));
        }
    }

    /** Reads element {@code pos} as a truth value (non-zero, NaN included, is true). */
    public static boolean getBool(Object src, int code, int pos) {
        switch (code) {
            case BOOL: return ((boolean[]) src)[pos];
            case U8: return ((byte[]) src)[pos] != 0;
            case I32: return ((int[]) src)[pos] != 0;
            case I64: return ((long[]) src)[pos] != 0;
            default: return getDouble(src, code, pos) != 0.0 || Double.isNaN(getDouble(src, code, pos));
        }
    }

    /** Writes {@code v} to element {@code pos}, cast as NumPy casts float64 to the storage type. */
    public static void setDouble(Object dst, int code, int pos, double v) {
        switch (code) {
            case BOOL: ((boolean[]) dst)[pos] = v != 0.0 || Double.isNaN(v); break;
            case U8: ((byte[]) dst)[pos] = toUint8(v); break;
            case I32: ((int[]) dst)[pos] = toInt32(v); break;
            case I64: ((long[]) dst)[pos] = toInt64(v); break;
            case F16: ((short[]) dst)[pos] = Half.fromDouble(v); break;
            case F32: ((float[]) dst)[pos] = (float) v; break;
            default: ((double[]) dst)[pos] = v;
        }
    }

    /** Writes {@code v} to element {@code pos}, cast as NumPy casts int64 to the storage type. */
    public static void setLong(Object dst, int code, int pos, long v) {
        switch (code) {
            case BOOL: ((boolean[]) dst)[pos] = v != 0; break;
            case U8: ((byte[]) dst)[pos] = (byte) v; break;
            case I32: ((int[]) dst)[pos] = (int) v; break;
            case I64: ((long[]) dst)[pos] = v; break;
            case F16: ((short[]) dst)[pos] = Half.fromDouble((double) v); break;
            case F32: ((float[]) dst)[pos] = (float) v; break;
            default: ((double[]) dst)[pos] = (double) v;
        }
    }

    // ---- chunks: storage run -> dense compute buffer --------------------------------------------

    /** Loads {@code n} elements of {@code (src, off, stride)} into {@code dst[0..n)} as doubles. */
    public static void loadDouble(Object src, int code, int off, int stride, double[] dst, int n) {
        switch (code) {
            case BOOL: { boolean[] s = (boolean[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] ? 1.0 : 0.0; break; }
            case U8: { byte[] s = (byte[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] & 0xff; break; }
            case I32: { int[] s = (int[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case I64: { long[] s = (long[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case F16: { short[] s = (short[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = Half.toFloat(s[p]); break; }
            case F32: { float[] s = (float[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            default: { double[] s = (double[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; }
        }
    }

    /** Loads {@code n} elements into {@code dst[0..n)} as floats (int64 and float64 round once). */
    public static void loadFloat(Object src, int code, int off, int stride, float[] dst, int n) {
        switch (code) {
            case BOOL: { boolean[] s = (boolean[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] ? 1f : 0f; break; }
            case U8: { byte[] s = (byte[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] & 0xff; break; }
            case I32: { int[] s = (int[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case I64: { long[] s = (long[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case F16: { short[] s = (short[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = Half.toFloat(s[p]); break; }
            case F32: { float[] s = (float[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            default: { double[] s = (double[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = (float) s[p]; }
        }
    }

    /** Loads {@code n} elements into {@code dst[0..n)} as longs (floats cast as NumPy does). */
    public static void loadLong(Object src, int code, int off, int stride, long[] dst, int n) {
        switch (code) {
            case BOOL: { boolean[] s = (boolean[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] ? 1 : 0; break; }
            case U8: { byte[] s = (byte[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] & 0xff; break; }
            case I32: { int[] s = (int[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case I64: { long[] s = (long[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            default: for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = toInt64(getDouble(src, code, p));
        }
    }

    /** Loads {@code n} truth values (non-zero, NaN included, is true) into {@code dst[0..n)}. */
    public static void loadBool(Object src, int code, int off, int stride, boolean[] dst, int n) {
        switch (code) {
            case BOOL: { boolean[] s = (boolean[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p]; break; }
            case U8: { byte[] s = (byte[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] != 0; break; }
            case I32: { int[] s = (int[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] != 0; break; }
            case I64: { long[] s = (long[]) src; for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = s[p] != 0; break; }
            default: for (int i = 0, p = off; i < n; i++, p += stride) dst[i] = getBool(src, code, p);
        }
    }

    // ---- chunks: dense compute buffer -> storage run --------------------------------------------

    /** Stores {@code src[0..n)} into {@code (dst, off, stride)}, cast as NumPy casts float64. */
    public static void storeDouble(double[] src, Object dst, int code, int off, int stride, int n) {
        switch (code) {
            case BOOL: { boolean[] d = (boolean[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i] != 0.0 || Double.isNaN(src[i]); break; }
            case U8: { byte[] d = (byte[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = toUint8(src[i]); break; }
            case I32: { int[] d = (int[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = toInt32(src[i]); break; }
            case I64: { long[] d = (long[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = toInt64(src[i]); break; }
            case F16: { short[] d = (short[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = Half.fromDouble(src[i]); break; }
            case F32: { float[] d = (float[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = (float) src[i]; break; }
            default: { double[] d = (double[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i]; }
        }
    }

    /** Stores {@code src[0..n)} into {@code (dst, off, stride)}, cast as NumPy casts float32. */
    public static void storeFloat(float[] src, Object dst, int code, int off, int stride, int n) {
        switch (code) {
            case F16: { short[] d = (short[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = Half.fromFloat(src[i]); break; }
            case F32: { float[] d = (float[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i]; break; }
            case F64: { double[] d = (double[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i]; break; }
            default: for (int i = 0, p = off; i < n; i++, p += stride) setDouble(dst, code, p, src[i]);
        }
    }

    /** Stores {@code src[0..n)} into {@code (dst, off, stride)}, cast as NumPy casts int64. */
    public static void storeLong(long[] src, Object dst, int code, int off, int stride, int n) {
        switch (code) {
            case BOOL: { boolean[] d = (boolean[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i] != 0; break; }
            case U8: { byte[] d = (byte[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = (byte) src[i]; break; }
            case I32: { int[] d = (int[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = (int) src[i]; break; }
            case I64: { long[] d = (long[]) dst; for (int i = 0, p = off; i < n; i++, p += stride) d[p] = src[i]; break; }
            default: for (int i = 0, p = off; i < n; i++, p += stride) setLong(dst, code, p, src[i]);
        }
    }

    /** Stores truth values {@code src[0..n)} into {@code (dst, off, stride)} as 1/0 or true/false. */
    public static void storeBool(boolean[] src, Object dst, int code, int off, int stride, int n) {
        if (code == BOOL) {
            boolean[] d = (boolean[]) dst;
            for (int i = 0, p = off; i < n; i++, p += stride) {
                d[p] = src[i];
            }
            return;
        }
        for (int i = 0, p = off; i < n; i++, p += stride) {
            setLong(dst, code, p, src[i] ? 1 : 0);
        }
    }
}
