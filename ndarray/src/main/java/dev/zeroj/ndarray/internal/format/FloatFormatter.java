package dev.zeroj.ndarray.internal.format;

/**
 * NumPy's {@code format_float_positional} / {@code format_float_scientific} (unique digit mode) and
 * the scalar texts built on them: Python's {@code repr(float)} and NumPy's {@code str()} of
 * float16/float32/float64 scalars.
 */
public final class FloatFormatter {
    private FloatFormatter() {}

    /** How trailing zeros and the decimal point are trimmed (NumPy's {@code trim} argument). */
    public enum Trim {
        /** {@code 'k'}: keep trailing zeros, keep the decimal point. */
        KEEP,
        /** {@code '.'}: trim trailing zeros, keep the decimal point ({@code 1.}). */
        ZEROS,
        /** {@code '0'}: trim trailing zeros but leave one after the point ({@code 1.0}). */
        LEAVE_ONE_ZERO,
        /** {@code '-'}: trim trailing zeros and the point ({@code 1}). */
        DPT_ZEROS
    }

    /**
     * Python's {@code repr(x)} (= {@code str(x)}) of a float: the shortest digits that round-trip,
     * positional for {@code 1e-4 <= |x| < 1e16} ({@code 0.1}, {@code 100.0}), otherwise scientific
     * ({@code 1e-05}, {@code 1.7966944727947356e-06}, {@code 1e+16}); {@code inf}, {@code -inf},
     * {@code nan}, {@code -0.0}.
     */
    public static String pythonRepr(double x) {
        return scalarStr(x, BinaryFormat.FLOAT64);
    }

    /**
     * NumPy's {@code str()} of a scalar of format {@code t} holding {@code x}: shortest digits in that
     * format, positional when {@code x == 0} or {@code 1e-4 <= |x| < 10^p} (p = 16 for float64, 6 for
     * float32, 3 for float16), scientific otherwise. For float64 this equals Python's repr.
     */
    public static String scalarStr(double x, BinaryFormat t) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        double ax = Math.abs(x);
        double upper = t == BinaryFormat.FLOAT64 ? 1e16 : Math.pow(10, t.decimalPrecision);
        if (ax == 0 || (ax >= 1e-4 && ax < upper)) {
            return positional(x, t, -1, -1, Trim.LEAVE_ONE_ZERO, false, -1, -1);
        }
        return scientific(x, t, -1, -1, Trim.DPT_ZEROS, false, -1, -1);
    }

    /**
     * NumPy's {@code format_float_positional(x, precision, unique=True, fractional=True, trim,
     * sign, pad_left, pad_right, min_digits)} for a finite {@code x} of format {@code t}.
     *
     * @param precision most digits after the point, or -1 for as many as uniqueness needs
     * @param minDigits fewest digits after the point, or -1
     * @param sign whether to write {@code +} before positive values
     * @param padLeft pad with spaces to this many characters left of the point, or -1
     * @param padRight pad with spaces to this many characters right of the point, or -1
     */
    public static String positional(double x, BinaryFormat t, int precision, int minDigits, Trim trim,
                                    boolean sign, int padLeft, int padRight) {
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        Dragon4.Digits d = Dragon4.generate(x, t, Dragon4.FRACTION, precision, minDigits);
        StringBuilder b = new StringBuilder(32);
        int hasSign = 0;
        if (negative) {
            b.append('-');
            hasSign = 1;
        } else if (sign) {
            b.append('+');
            hasSign = 1;
        }
        String digits = d.digits;
        int n = digits.length();
        int pe = d.exponent;
        int whole;
        int fracDigits = 0;
        if (pe >= 0) {
            whole = pe + 1;
            if (n <= whole) {
                b.append(digits);
                for (int i = n; i < whole; i++) {
                    b.append('0');
                }
            } else {
                b.append(digits, 0, whole).append('.').append(digits, whole, n);
                fracDigits = n - whole;
            }
        } else {
            whole = 1;
            b.append("0.");
            int zeros = -(pe + 1);
            for (int i = 0; i < zeros; i++) {
                b.append('0');
            }
            b.append(digits);
            fracDigits = zeros + n;
        }
        if (trim != Trim.DPT_ZEROS && fracDigits == 0) {
            b.append('.');
        }
        int desired = Math.max(minDigits, 0);
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (fracDigits == 0) {
                b.append('0');
                fracDigits++;
            }
        } else if (trim == Trim.KEEP && desired > fracDigits) {
            for (; fracDigits < desired; fracDigits++) {
                b.append('0');
            }
        }
        if (trim != Trim.KEEP && fracDigits > 0) {
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
                fracDigits--;
            }
            if (b.charAt(b.length() - 1) == '.') {
                if (trim == Trim.LEAVE_ONE_ZERO) {
                    b.append('0');
                    fracDigits++;
                } else if (trim == Trim.DPT_ZEROS) {
                    b.setLength(b.length() - 1);
                }
            }
        }
        if (padRight >= fracDigits) {
            if (trim == Trim.DPT_ZEROS && fracDigits == 0) {
                b.append(' ');
            }
            for (int i = fracDigits; i < padRight; i++) {
                b.append(' ');
            }
        }
        if (padLeft > whole + hasSign) {
            b.insert(0, " ".repeat(padLeft - whole - hasSign));
        }
        return b.toString();
    }

    /**
     * NumPy's {@code format_float_scientific(x, precision, unique=True, trim, sign, pad_left,
     * exp_digits, min_digits)} for a finite {@code x} of format {@code t}.
     *
     * @param precision most digits after the point, or -1 for as many as uniqueness needs
     * @param minDigits fewest digits after the point, or -1
     * @param sign whether to write {@code +} before positive values
     * @param padLeft pad with spaces to this many characters left of the point, or -1
     * @param expDigits fewest exponent digits (at most 5), or -1 for 2
     */
    public static String scientific(double x, BinaryFormat t, int precision, int minDigits, Trim trim,
                                    boolean sign, int padLeft, int expDigits) {
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        StringBuilder b = new StringBuilder(32);
        int leftChars = 1 + (negative || sign ? 1 : 0);
        for (int i = leftChars; i < padLeft; i++) {
            b.append(' ');
        }
        if (negative) {
            b.append('-');
        } else if (sign) {
            b.append('+');
        }
        Dragon4.Digits d = Dragon4.generate(x, t, Dragon4.TOTAL, precision < 0 ? -1 : precision + 1,
                minDigits < 0 ? -1 : minDigits + 1);
        String digits = d.digits;
        b.append(digits.charAt(0));
        int fracDigits = digits.length() - 1;
        if (fracDigits > 0) {
            b.append('.').append(digits, 1, digits.length());
        }
        if (trim != Trim.DPT_ZEROS && fracDigits == 0) {
            b.append('.');
        }
        int add = Math.max(minDigits, 0);
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (fracDigits == 0) {
                b.append('0');
                fracDigits++;
            }
        } else if (trim == Trim.KEEP) {
            for (; fracDigits < add; fracDigits++) {
                b.append('0');
            }
        }
        if (trim != Trim.KEEP && fracDigits > 0) {
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
                fracDigits--;
            }
            if (trim == Trim.LEAVE_ONE_ZERO && b.charAt(b.length() - 1) == '.') {
                b.append('0');
            }
        }
        int e = d.exponent;
        b.append('e').append(e < 0 ? '-' : '+');
        String es = Integer.toString(Math.abs(e));
        int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        for (int i = es.length(); i < width; i++) {
            b.append('0');
        }
        b.append(es);
        return b.toString();
    }
}
