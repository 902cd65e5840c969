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

    /** {@code DType.of} against {@code np.dtype(str)}: NumPy's dtype, or its error, or zeroj's "not supported". */
    @Test
    void dtypeSpellings() {
        CoreGolden.Failures fails = new CoreGolden.Failures();
        for (String[] l : G.lines()) {
            if (!l[0].equals("dtype")) {
                continue;
            }
            String bad = null;
            try {
                DType t = DType.of(l[1]);
                bad = l[2].equals("ok") && t.numpyName().equals(l[3]) ? null : "got " + t + ", NumPy: " + String.join(" ", l);
            } catch (RuntimeException e) {
                if (l[2].equals("err")) {
                    bad = CoreGolden.matchError(e, l[3], l[4]);
                } else if (l[2].equals("other")) {
                    bad = e instanceof TypeError && e.getMessage().contains("is not supported by zeroj") ? null : "threw " + e;
                } else {
                    bad = "threw " + e;
                }
            }
            fails.check("dtype '" + l[1] + "'", bad);
        }
        assertEquals(90, fails.checked());
        fails.assertNone();
        TypeError e = org.junit.jupiter.api.Assertions.assertThrows(TypeError.class, () -> DType.of(null));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("null"));
    }
}
