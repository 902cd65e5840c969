package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code astype} between every pair of the 7 dtypes against NumPy ({@code gen_astype.py}): nan, +-inf,
 * -0.0, halves, 255.7, 300, -1, 1e10, 65504/65520 (float16 overflow), float16 subnormals, int32 and
 * int64 extremes. Casts are exactly defined, so every result must match bitwise.
 */
class AstypeGoldenTest {
    private static final Golden G = Golden.area("astype");
    private static final String[] NAMES = {"b", "u1", "i4", "i8", "f2", "f4", "f8"};

    @Test
    void everyPair() {
        CoreGolden.Failures fails = new CoreGolden.Failures();
        for (String s : NAMES) {
            NDArray x = G.load("in", s);
            for (String d : NAMES) {
                NDArray expected = G.load(s + "_" + d, "out");
                fails.check(s + "_" + d, CoreGolden.bitwise(expected, x.astype(UfuncGoldenTest.dt(d))));
            }
        }
        assertEquals(49, fails.checked());
        fails.assertNone();
    }

    @Test
    void stridedSourceAndCopies() {
        CoreGolden.Failures fails = new CoreGolden.Failures();
        for (String s : NAMES) {
            NDArray x = G.load("in", s);
            NDArray rev = x.get(Slice.of(null, null, -2));
            NDArray expected = G.load(s + "_rev", "out");
            fails.check(s + "_rev", CoreGolden.bitwise(expected, rev.astype(expected.dtype())));
            NDArray same = x.astype(x.dtype());
            fails.check(s + "_copy", same.sharesMemoryWith(x) ? "astype to the same dtype must copy" : CoreGolden.bitwise(x, same));
        }
        fails.assertNone();
    }
}
