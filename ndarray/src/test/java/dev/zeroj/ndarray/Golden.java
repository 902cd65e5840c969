package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zeroj.ndarray.io.Npy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files written by {@code ndarray/src/test/python/gen_*.py} and compares results. */
public final class Golden {
    /** Where the generators write. Surefire runs with the module folder as working directory. */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private final Path dir;

    private Golden(Path dir) {
        this.dir = dir;
    }

    /** The golden folder of one area, e.g. {@code "ufunc"}. Fails if it is missing. */
    public static Golden area(String area) {
        Path d = ROOT.resolve(area);
        assertTrue(Files.isDirectory(d), "missing golden folder " + d.toAbsolutePath() + " (run its generator)");
        return new Golden(d);
    }

    /** The array {@code <case>.<key>.npy}. */
    public NDArray load(String caseName, String key) {
        Path p = dir.resolve(caseName + "." + key + ".npy");
        assertTrue(Files.isRegularFile(p), "missing golden file " + p);
        return Npy.load(p);
    }

    /** Whether {@code <case>.<key>.npy} exists. */
    public boolean has(String caseName, String key) {
        return Files.isRegularFile(dir.resolve(caseName + "." + key + ".npy"));
    }

    /** Case names: the distinct {@code <case>} prefixes of files ending in {@code .<key>.npy}. */
    public List<String> cases(String key) {
        List<String> out = new ArrayList<>();
        String suffix = "." + key + ".npy";
        try (var s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
                    .forEach(n -> out.add(n.substring(0, n.length() - suffix.length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The tab-separated lines of {@code cases.tsv}, each split into fields. */
    public List<String[]> lines() {
        Path p = dir.resolve("cases.tsv");
        List<String[]> out = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!l.isEmpty()) {
                    out.add(l.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Asserts equal dtype, shape and elements (NaN equal to NaN, -0.0 equal to 0.0). */
    public static void assertSame(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        if (!expected.equals(actual)) {
            fail(what + ": values differ\nexpected " + expected.repr() + "\nactual   " + actual.repr());
        }
    }

    /**
     * Asserts equal dtype and shape, and every float element within {@code ulps} units in the last
     * place of its dtype (NaN must match NaN; infinities exactly). Integer and bool arrays must be
     * equal.
     */
    public static void assertClose(NDArray expected, NDArray actual, int ulps, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        if (!expected.dtype().isFloat()) {
            assertSame(expected, actual, what);
            return;
        }
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.isNaN(e[i]) || Double.isNaN(a[i])) {
                assertTrue(Double.isNaN(e[i]) && Double.isNaN(a[i]), what + ": element " + i + " expected " + e[i] + " got " + a[i]);
                continue;
            }
            if (e[i] == a[i]) {
                continue;
            }
            double ulp = ulp(expected.dtype(), e[i]);
            assertTrue(Math.abs(e[i] - a[i]) <= ulps * ulp, what + ": element " + i + " expected " + e[i]
                    + " got " + a[i] + " (more than " + ulps + " ulp)");
        }
    }

    private static double ulp(DType t, double v) {
        switch (t) {
            case FLOAT16: {
                double av = Math.max(Math.abs(v), 6.103515625e-05); // the smallest normal half
                return Math.ulp((float) av) * 8192.0;
            }
            case FLOAT32: return Math.ulp((float) v);
            default: return Math.ulp(v);
        }
    }
}
