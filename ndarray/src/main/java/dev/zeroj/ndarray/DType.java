package dev.zeroj.ndarray;

/**
 * The element types of an {@link NDArray}, as NumPy names them.
 *
 * <p>Each dtype is stored in one Java primitive array type: {@code bool} in {@code boolean[]},
 * {@code uint8} in {@code byte[]} (read unsigned), {@code int32} in {@code int[]}, {@code int64} in
 * {@code long[]}, {@code float16} in {@code short[]} (IEEE 754 half bits), {@code float32} in
 * {@code float[]} and {@code float64} in {@code double[]}.
 *
 * <p>{@link #promote(DType, DType)} is NumPy's {@code np.promote_types} for these types.
 */
public enum DType {
    /** Booleans, NumPy {@code bool} ({@code '?'}). */
    BOOL("bool", "|b1", 1, 0),
    /** Unsigned 8-bit integers, NumPy {@code uint8} ({@code 'B'}). */
    UINT8("uint8", "|u1", 1, 1),
    /** Signed 32-bit integers, NumPy {@code int32}. */
    INT32("int32", "<i4", 4, 2),
    /** Signed 64-bit integers, NumPy {@code int64}, the default integer type. */
    INT64("int64", "<i8", 8, 3),
    /** IEEE 754 half precision, NumPy {@code float16}; computed in float32 and rounded on store. */
    FLOAT16("float16", "<f2", 2, 4),
    /** IEEE 754 single precision, NumPy {@code float32}. */
    FLOAT32("float32", "<f4", 4, 5),
    /** IEEE 754 double precision, NumPy {@code float64}, the default type. */
    FLOAT64("float64", "<f8", 8, 6);

    private final String numpyName;
    private final String descr;
    private final int itemSize;
    private final int code;

    DType(String numpyName, String descr, int itemSize, int code) {
        this.numpyName = numpyName;
        this.descr = descr;
        this.itemSize = itemSize;
        this.code = code;
    }

    /** NumPy's name, e.g. {@code "float32"}. */
    public String numpyName() {
        return numpyName;
    }

    /** The little-endian array-protocol string, e.g. {@code "<f4"} ({@code "|u1"} for single bytes). */
    public String descr() {
        return descr;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** True for {@code float16}, {@code float32} and {@code float64}. */
    public boolean isFloat() {
        return this == FLOAT16 || this == FLOAT32 || this == FLOAT64;
    }

    /** True for {@code uint8}, {@code int32} and {@code int64}. */
    public boolean isInteger() {
        return this == UINT8 || this == INT32 || this == INT64;
    }

    /** True for {@code bool}. */
    public boolean isBool() {
        return this == BOOL;
    }

    /** NumPy's name, as {@code str(dtype)} prints it. */
    @Override
    public String toString() {
        return numpyName;
    }

    // Promotion table for bool, uint8, int32, int64, float16, float32, float64 (np.promote_types).
    private static final DType[][] PROMOTE = {
        // b      u1     i4     i8     f2       f4       f8
        {BOOL, UINT8, INT32, INT64, FLOAT16, FLOAT32, FLOAT64}, // bool
        {UINT8, UINT8, INT32, INT64, FLOAT16, FLOAT32, FLOAT64}, // uint8
        {INT32, INT32, INT32, INT64, FLOAT64, FLOAT64, FLOAT64}, // int32
        {INT64, INT64, INT64, INT64, FLOAT64, FLOAT64, FLOAT64}, // int64
        {FLOAT16, FLOAT16, FLOAT64, FLOAT64, FLOAT16, FLOAT32, FLOAT64}, // float16
        {FLOAT32, FLOAT32, FLOAT64, FLOAT64, FLOAT32, FLOAT32, FLOAT64}, // float32
        {FLOAT64, FLOAT64, FLOAT64, FLOAT64, FLOAT64, FLOAT64, FLOAT64}, // float64
    };

    /** NumPy's {@code np.promote_types(a, b)}: the smallest type both can be safely cast to. */
    public static DType promote(DType a, DType b) {
        return PROMOTE[a.code][b.code];
    }

    /**
     * NumPy's {@code np.can_cast(from, to, 'safe')}: whether every value of {@code from} is exactly
     * representable in {@code to}.
     */
    public static boolean canCastSafely(DType from, DType to) {
        return promote(from, to) == to;
    }

    /**
     * Looks a dtype up by any of NumPy's spellings, case-sensitive and without surrounding spaces as
     * {@code np.dtype(str)}: {@code "float32"}, {@code "f4"}, {@code "<f4"}, {@code "f"},
     * {@code "float"} (float64), {@code "int"}, {@code "i8"}, {@code "l"} (int64), {@code "i"}
     * (int32), {@code "bool"}, {@code "?"}, {@code "B"} (uint8), {@code "e"}, {@code "half"},
     * {@code "single"}, {@code "double"} ... A byte-order prefix {@code <}, {@code |} or {@code =} is
     * accepted (also {@code >} for the one-byte types).
     *
     * @throws TypeError {@code data type 'Float32' not understood} for a spelling NumPy does not
     *     know (NumPy's text), {@code data type 'F' is not supported by zeroj ...} for a NumPy dtype
     *     zeroj does not have (complex, int8, uint64, big-endian, ...), and for {@code null}
     */
    public static DType of(String name) {
        if (name == null) {
            throw new TypeError("data type must not be null (NumPy's dtype(None) is float64: use DType.FLOAT64)");
        }
        String s = name;
        char order = s.length() > 1 ? s.charAt(0) : ' ';
        if (order == '<' || order == '|' || order == '=' || order == '>') {
            s = s.substring(1);
        }
        DType t = lookup(s);
        if (t != null && (order != '>' || t.itemSize == 1)) {
            return t;
        }
        if (t != null || UNSUPPORTED.contains(s) || UNSUPPORTED.contains(s.replaceAll("[0-9]+$", "#"))) {
            throw new TypeError("data type '" + name + "' is not supported by zeroj (its dtypes are bool, uint8, "
                    + "int32, int64, float16, float32 and float64, little-endian)");
        }
        if (s.equals("bool8") || s.equals("int0") || s.equals("uint0")) {
            throw new TypeError("Alias '" + s + "' was removed in NumPy 2.0. Use a name without a digit at the end.");
        }
        throw new TypeError("data type '" + name + "' not understood");
    }

    /** NumPy dtypes zeroj does not have ({@code #} stands for a trailing size). */
    private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of(
            "b", "h", "H", "I", "L", "Q", "P", "F", "D", "G", "g", "O", "U", "S", "V", "M", "m", "a", "c",
            "i1", "i2", "u2", "u4", "u8", "f16", "c8", "c16", "c32", "M8", "m8", "U#", "S#", "V#", "a#",
            "int8", "int16", "uint16", "uint32", "uint64", "uint", "uintc", "uintp", "ulong", "ulonglong", "byte",
            "short", "ushort", "longdouble", "float128", "float96", "complex64", "complex128", "complex256",
            "complex", "csingle", "cdouble", "clongdouble", "object", "str", "bytes", "void", "datetime64",
            "timedelta64", "str_", "bytes_", "object_");

    /** A zeroj dtype by a NumPy spelling without byte-order prefix, or null. */
    private static DType lookup(String s) {
        switch (s) {
            case "bool": case "?": case "b1": case "bool_":
                return BOOL;
            case "uint8": case "u1": case "ubyte": case "B":
                return UINT8;
            case "int32": case "i4": case "intc": case "i":
                return INT32;
            case "int64": case "i8": case "int": case "int_": case "long": case "intp": case "l": case "q":
            case "longlong": case "p":
                return INT64;
            case "float16": case "f2": case "half": case "e":
                return FLOAT16;
            case "float32": case "f4": case "single": case "f":
                return FLOAT32;
            case "float64": case "f8": case "float": case "double": case "d":
                return FLOAT64;
            default:
                return null;
        }
    }
}
