package dev.zeroj.ndarray.internal.format;

/** The IEEE 754 binary formats whose values can be printed: their field widths and NumPy limits. */
public enum BinaryFormat {
    /** binary16 (NumPy float16). */
    FLOAT16(10, 5, 3),
    /** binary32 (NumPy float32). */
    FLOAT32(23, 8, 6),
    /** binary64 (NumPy float64, Python float). */
    FLOAT64(52, 11, 15);

    /** Stored fraction bits. */
    final int fractionBits;
    /** Exponent field bits. */
    final int exponentBits;
    /** NumPy's {@code np.finfo(t).precision}: decimal digits that survive a round trip. */
    public final int decimalPrecision;

    BinaryFormat(int fractionBits, int exponentBits, int decimalPrecision) {
        this.fractionBits = fractionBits;
        this.exponentBits = exponentBits;
        this.decimalPrecision = decimalPrecision;
    }

    /**
     * The raw bits of {@code v} in this format; {@code v} must be a value of the format (it is for
     * every element read from an array of that dtype).
     */
    long bits(double v) {
        switch (this) {
            case FLOAT64: return Double.doubleToRawLongBits(v);
            case FLOAT32: return Float.floatToRawIntBits((float) v) & 0xffffffffL;
            default: return dev.zeroj.ndarray.internal.kernel.Half.fromFloat((float) v) & 0xffffL;
        }
    }

    /** {@code v} rounded to this format (to nearest, ties to even), as a double. */
    public double round(double v) {
        switch (this) {
            case FLOAT64: return v;
            case FLOAT32: return (float) v;
            default: return dev.zeroj.ndarray.internal.kernel.Half.toFloat(
                    dev.zeroj.ndarray.internal.kernel.Half.fromDouble(v));
        }
    }
}
