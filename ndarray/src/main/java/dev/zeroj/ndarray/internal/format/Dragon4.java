package dev.zeroj.ndarray.internal.format;

import java.math.BigInteger;

/**
 * Exact decimal digit generation for binary floating-point values, in the modes of NumPy's Dragon4
 * (Steele &amp; White / Burger &amp; Dybvig, with IEEE round-half-even boundaries).
 *
 * <p>The value {@code v = mantissa * 2^exponent} and the two half-gaps to its neighbours in its own
 * format are scaled to big integers, so every comparison is exact. Digits are produced one at a
 * time; "unique" generation stops at the first digit position where the digits so far, rounded
 * down or up, already lie strictly inside (or, for an even mantissa, on the edge of) the interval
 * of reals that round to {@code v}. Two cut-offs modify that, as NumPy's do:
 * <ul>
 *   <li>{@code cutoffMax}: stop at this digit position even if the value is not yet unique, and
 *       round the last digit to nearest (ties to the even digit) from the exact remainder;</li>
 *   <li>{@code cutoffMin}: do not stop before this position, even if fewer digits would already
 *       be unique.</li>
 * </ul>
 * A position is counted either in significant digits ({@link #TOTAL}) or in digits after the
 * decimal point ({@link #FRACTION}).
 */
public final class Dragon4 {
    /** Cut-offs count significant digits. */
    public static final boolean TOTAL = false;
    /** Cut-offs count digits after the decimal point. */
    public static final boolean FRACTION = true;

    private static final BigInteger[] POW10 = new BigInteger[400];

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    private Dragon4() {}

    /**
     * Decimal digits {@code d1 d2 ... dn} (no sign, no point) and the power of ten of {@code d1}:
     * the value is {@code 0.d1d2...dn * 10^(exponent + 1)}. The first digit is non-zero, except
     * for zero itself ({@code "0"}) and for a value that a {@link #FRACTION} cut-off rounds to
     * zero.
     */
    public static final class Digits {
        /** The digit characters. */
        public final String digits;
        /** The power of ten of the first digit. */
        public final int exponent;

        Digits(String digits, int exponent) {
            this.digits = digits;
            this.exponent = exponent;
        }

        @Override
        public String toString() {
            return "0." + digits + "e" + (exponent + 1);
        }
    }

    /** The shortest digits that identify {@code |v|} among the values of format {@code t}. */
    public static Digits shortest(double v, BinaryFormat t) {
        return generate(v, t, TOTAL, -1, -1);
    }

    /**
     * Digits of {@code |v|} ({@code v} finite and a value of format {@code t}) in unique mode with
     * cut-offs.
     *
     * @param v the value; its sign is ignored
     * @param t the format whose neighbours decide uniqueness
     * @param fraction {@link #FRACTION} or {@link #TOTAL}: how the cut-offs count digits
     * @param cutoffMax the most digits to produce, or -1 for no limit
     * @param cutoffMin the fewest digits to produce, or -1 for no minimum
     */
    public static Digits generate(double v, BinaryFormat t, boolean fraction, int cutoffMax, int cutoffMin) {
        long bits = t.bits(v);
        int fb = t.fractionBits;
        long frac = bits & ((1L << fb) - 1);
        int expField = (int) ((bits >>> fb) & ((1L << t.exponentBits) - 1));
        int bias = (1 << (t.exponentBits - 1)) - 1;
        long mantissa;
        int exponent;
        boolean unequal;
        if (expField == 0) {
            if (frac == 0) {
                return new Digits("0", 0);
            }
            mantissa = frac;
            exponent = 1 - bias - fb;
            unequal = false;
        } else {
            mantissa = frac | (1L << fb);
            exponent = expField - bias - fb;
            unequal = expField != 1 && frac == 0;
        }
        boolean even = (mantissa & 1) == 0;

        // v = num / den; the half-gaps below and above are lo / den and hi / den.
        BigInteger num;
        BigInteger den;
        BigInteger lo;
        BigInteger hi;
        BigInteger m = BigInteger.valueOf(mantissa);
        if (exponent >= 0) {
            num = m.shiftLeft(exponent + 2);
            den = BigInteger.valueOf(4);
            hi = BigInteger.ONE.shiftLeft(exponent + 1);
            lo = unequal ? BigInteger.ONE.shiftLeft(exponent) : hi;
        } else {
            num = m.shiftLeft(2);
            den = BigInteger.ONE.shiftLeft(2 - exponent);
            hi = BigInteger.TWO;
            lo = unequal ? BigInteger.ONE : hi;
        }

        // k: the smallest integer with v < 10^k.
        int k = (int) Math.floor(Math.log10(Math.abs(v))) + 1;
        while (compareScaled(num, den, k) >= 0) {
            k++;
        }
        while (compareScaled(num, den, k - 1) < 0) {
            k--;
        }
        int digitExp = k;
        if (fraction && cutoffMax >= 0 && digitExp < 1 - cutoffMax) {
            digitExp = 1 - cutoffMax;
        }
        if (digitExp >= 0) {
            den = den.multiply(pow10(digitExp));
        } else {
            BigInteger p = pow10(-digitExp);
            num = num.multiply(p);
            lo = lo.multiply(p);
            hi = hi.multiply(p);
        }
        int firstExp = digitExp - 1;
        int cutMaxExp = Integer.MIN_VALUE;
        if (cutoffMax >= 0) {
            cutMaxExp = fraction ? -cutoffMax : digitExp - cutoffMax;
        }
        int cutMinExp = digitExp;
        if (cutoffMin >= 0) {
            cutMinExp = Math.min(digitExp, fraction ? -cutoffMin : digitExp - cutoffMin);
        }

        StringBuilder out = new StringBuilder(24);
        int digit;
        boolean low;
        boolean high;
        for (;;) {
            digitExp--;
            num = num.multiply(BigInteger.TEN);
            lo = lo.multiply(BigInteger.TEN);
            hi = hi.multiply(BigInteger.TEN);
            BigInteger[] qr = num.divideAndRemainder(den);
            digit = qr[0].intValue();
            num = qr[1];
            int cmpLow = num.compareTo(lo);
            low = even ? cmpLow <= 0 : cmpLow < 0;
            int cmpHigh = num.add(hi).compareTo(den);
            high = even ? cmpHigh >= 0 : cmpHigh > 0;
            if (((low || high) && digitExp <= cutMinExp) || digitExp == cutMaxExp) {
                break;
            }
            out.append((char) ('0' + digit));
        }
        boolean roundDown = low;
        if (low == high) {
            int c = num.shiftLeft(1).compareTo(den);
            roundDown = c < 0 || (c == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            // Carry into the digits already written; all nines become "1" one place higher.
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') {
                i--;
            }
            if (i < 0) {
                out.setLength(0);
                out.append('1');
                firstExp++;
            } else {
                out.setCharAt(i, (char) (out.charAt(i) + 1));
                out.setLength(i + 1);
            }
        }
        return new Digits(out.toString(), firstExp);
    }

    /** Compares {@code num / den} with {@code 10^p}. */
    private static int compareScaled(BigInteger num, BigInteger den, int p) {
        return p >= 0 ? num.compareTo(den.multiply(pow10(p))) : num.multiply(pow10(-p)).compareTo(den);
    }

    private static BigInteger pow10(int p) {
        return p < POW10.length ? POW10[p] : BigInteger.TEN.pow(p);
    }
}
