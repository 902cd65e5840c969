package dev.zeroj.ndarray.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.kernel.Half;
import dev.zeroj.ndarray.internal.format.FloatFormatter.Trim;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortest round-trip digits: against Python's repr / NumPy's scalar str (golden files from
 * {@code gen_printing.py}) and against an independent brute force over {@link BigDecimal}.
 */
class ShortestFloatTest {
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "printing");

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void pythonReprOfDoubles() throws IOException {
        List<String> lines = lines("float64.tsv");
        assertTrue(lines.size() > 19000, "golden float64 list too short");
        int checked = 0;
        for (String l : lines) {
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertEquals(f[1], FloatFormatter.pythonRepr(x), "repr of bits " + f[0]);
            checked++;
        }
        assertTrue(checked > 19000);
    }

    @Test
    void numpyStrOfFloat32() throws IOException {
        int checked = 0;
        for (String l : lines("float32.tsv")) {
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\t");
            float x = Float.intBitsToFloat((int) Long.parseLong(f[0], 16));
            assertEquals(f[1], FloatFormatter.scalarStr(x, BinaryFormat.FLOAT32), "str of float32 bits " + f[0]);
            checked++;
        }
        assertTrue(checked > 4000);
    }

    @Test
    void numpyStrOfEveryPositiveFloat16() throws IOException {
        int checked = 0;
        for (String l : lines("float16.tsv")) {
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\t");
            float x = Half.toFloat((short) Integer.parseInt(f[0], 16));
            assertEquals(f[1], FloatFormatter.scalarStr(x, BinaryFormat.FLOAT16), "str of float16 bits " + f[0]);
            checked++;
        }
        assertTrue(checked > 31000);
    }

    @Test
    void shortestDoubleDigitsMatchBruteForce() {
        SplittableRandom r = new SplittableRandom(12345);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            x = Math.abs(x);
            BigDecimal expected = bruteShortest(new BigDecimal(x), new BigDecimal(Math.nextDown(x)), above(x),
                    (Double.doubleToRawLongBits(x) & 1) == 0);
            assertDigits(expected, Dragon4.shortest(x, BinaryFormat.FLOAT64), Double.toString(x));
            assertEquals(x, Double.parseDouble(FloatFormatter.pythonRepr(x)), "round trip");
        }
    }

    @Test
    void shortestFloatDigitsMatchBruteForce() {
        SplittableRandom r = new SplittableRandom(999);
        for (int i = 0; i < 100_000; i++) {
            float x = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (!Float.isFinite(x) || x == 0) {
                continue;
            }
            BigDecimal expected = bruteShortest(new BigDecimal(x), new BigDecimal(Math.nextDown(x)),
                    new BigDecimal(x == Float.MAX_VALUE ? (double) x + Math.ulp(x) : Math.nextUp(x)),
                    (Float.floatToRawIntBits(x) & 1) == 0);
            assertDigits(expected, Dragon4.shortest(x, BinaryFormat.FLOAT32), Float.toString(x));
            assertEquals(x, Float.parseFloat(FloatFormatter.scalarStr(x, BinaryFormat.FLOAT32)), "round trip");
        }
    }

    /**
     * A cut-off shorter than the unique digits rounds the exact value half-even at the cut-off
     * (checked against NumPy by the array goldens; here against {@link BigDecimal}).
     */
    @Test
    void positionalCutoffRoundsExactValue() {
        SplittableRandom r = new SplittableRandom(4242);
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-3, 6));
            int precision = r.nextInt(0, 10);
            String s = FloatFormatter.positional(x, BinaryFormat.FLOAT64, precision, -1, Trim.KEEP, false, -1, -1);
            String unique = FloatFormatter.positional(x, BinaryFormat.FLOAT64, -1, -1, Trim.KEEP, false, -1, -1);
            int uniqueFrac = unique.length() - unique.indexOf('.') - 1;
            String expected;
            if (uniqueFrac <= precision) {
                expected = unique;
            } else {
                // All digits up to the cut-off, except that a carry (rounding up ...9 to ...0)
                // ends them at the digit it stops in.
                BigDecimal exact = new BigDecimal(x);
                BigDecimal e = exact.setScale(precision, RoundingMode.HALF_EVEN);
                if (e.abs().compareTo(exact.abs()) > 0 && e.signum() != 0) {
                    e = e.stripTrailingZeros();
                }
                expected = e.toPlainString();
                expected = (x < 0 && e.signum() == 0 ? "-" : "") + (expected.contains(".") ? expected : expected + ".");
            }
            assertEquals(expected, s, "positional(" + x + ", precision " + precision + ")");
        }
    }

    /** The next double above {@code x}, exactly; above the largest finite double, 2^1024. */
    private static BigDecimal above(double x) {
        return x == Double.MAX_VALUE ? new BigDecimal(x).add(new BigDecimal(Math.ulp(x))) : new BigDecimal(Math.nextUp(x));
    }

    /**
     * The shortest decimal inside the rounding interval of {@code x} (closest to {@code x} if two
     * have that length, the even last digit on a tie). Whether some p-digit decimal lies inside is
     * monotone in p (a p-digit decimal is also a (p+1)-digit one), so p is found by bisection.
     */
    private static BigDecimal bruteShortest(BigDecimal x, BigDecimal below, BigDecimal above, boolean inclusive) {
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal lo = x.add(below).multiply(half);
        BigDecimal hi = x.add(above).multiply(half);
        int bad = 0; // no candidate with this many digits (0 digits: none)
        int good = 40;
        while (good - bad > 1) {
            int mid = (good + bad) >>> 1;
            if (pick(x, mid, lo, hi, inclusive) != null) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        BigDecimal r = pick(x, good, lo, hi, inclusive);
        if (r == null) {
            throw new AssertionError("no candidate for " + x);
        }
        return r;
    }

    /** The p-significant-digit neighbours of x inside [lo, hi], the closer one (even on a tie), or null. */
    private static BigDecimal pick(BigDecimal x, int p, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        BigDecimal f = x.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal c = x.round(new MathContext(p, RoundingMode.CEILING));
        boolean inF = inside(f, lo, hi, inclusive);
        boolean inC = inside(c, lo, hi, inclusive);
        if (inF && inC) {
            int cmp = x.subtract(f).compareTo(c.subtract(x));
            if (cmp != 0) {
                return cmp < 0 ? f : c;
            }
            return f.unscaledValue().testBit(0) ? c : f;
        }
        return inF ? f : inC ? c : null;
    }

    private static boolean inside(BigDecimal v, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        int a = v.compareTo(lo);
        int b = v.compareTo(hi);
        return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
    }

    private static void assertDigits(BigDecimal expected, Dragon4.Digits actual, String what) {
        BigDecimal e = expected.stripTrailingZeros();
        String digits = e.unscaledValue().toString();
        int exponent = e.precision() - e.scale() - 1;
        assertEquals(digits + "e" + exponent, actual.digits + "e" + actual.exponent, what);
    }
}
