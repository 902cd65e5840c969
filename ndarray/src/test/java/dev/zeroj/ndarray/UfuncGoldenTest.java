package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The elementwise engine against NumPy ({@code gen_ufunc.py}): every binary op over every dtype pair,
 * weak Python scalars, unary ops, broadcasting, strided/negative-stride operands, in-place forms into
 * strided and overlapping views, {@code out=}, and arrays large enough for the parallel path (also
 * checked 1 vs 2 threads). Exactly rounded results must match bitwise; libm functions within the
 * ulps the table states (exp, log, sin, cos, power: 1; tanh: 2).
 */
class UfuncGoldenTest {
    private static final Golden G = Golden.area("ufunc");
    private static final Map<String, NDArray> IN = new HashMap<>();

    static NDArray in(String key) {
        return IN.computeIfAbsent(key, k -> G.load("in", k));
    }

    static DType dt(String s) {
        switch (s) {
            case "b": return DType.BOOL;
            case "u1": return DType.UINT8;
            case "i4": return DType.INT32;
            case "i8": return DType.INT64;
            case "f2": return DType.FLOAT16;
            case "f4": return DType.FLOAT32;
            default: return DType.FLOAT64;
        }
    }

    /** np.&lt;op&gt;(x, y[, out]). */
    static NDArray bin(String op, Object x, Object y, NDArray out) {
        switch (op) {
            case "add": return out == null ? np.add(x, y) : np.add(x, y, out);
            case "subtract": return out == null ? np.subtract(x, y) : np.subtract(x, y, out);
            case "multiply": return out == null ? np.multiply(x, y) : np.multiply(x, y, out);
            case "divide": return out == null ? np.divide(x, y) : np.divide(x, y, out);
            case "power": return out == null ? np.power(x, y) : np.power(x, y, out);
            case "maximum": return out == null ? np.maximum(x, y) : np.maximum(x, y, out);
            case "minimum": return out == null ? np.minimum(x, y) : np.minimum(x, y, out);
            case "equal": return out == null ? np.equal(x, y) : np.equal(x, y, out);
            case "not_equal": return out == null ? np.not_equal(x, y) : np.not_equal(x, y, out);
            case "less": return out == null ? np.less(x, y) : np.less(x, y, out);
            case "less_equal": return out == null ? np.less_equal(x, y) : np.less_equal(x, y, out);
            case "greater": return out == null ? np.greater(x, y) : np.greater(x, y, out);
            case "greater_equal": return out == null ? np.greater_equal(x, y) : np.greater_equal(x, y, out);
            case "logical_and": return out == null ? np.logical_and(x, y) : np.logical_and(x, y, out);
            case "logical_or": return out == null ? np.logical_or(x, y) : np.logical_or(x, y, out);
            case "logical_xor": return out == null ? np.logical_xor(x, y) : np.logical_xor(x, y, out);
            default: throw new IllegalArgumentException(op);
        }
    }

    /** The NDArray instance verb for op, or null if there is none. */
    static NDArray verb(String op, NDArray x, NDArray y) {
        switch (op) {
            case "add": return x.add(y);
            case "subtract": return x.sub(y);
            case "multiply": return x.mul(y);
            case "divide": return x.div(y);
            case "power": return x.pow(y);
            case "equal": return x.eq(y);
            case "not_equal": return x.ne(y);
            case "less": return x.lt(y);
            case "less_equal": return x.le(y);
            case "greater": return x.gt(y);
            case "greater_equal": return x.ge(y);
            default: return null;
        }
    }

    /** In place: x op= y, with the instance verb where there is one. */
    /** The NDArray instance verb for op with a weak scalar on the right (Long or Double overload), or null. */
    static NDArray verb(String op, NDArray x, Object s) {
        if (s instanceof Long) {
            long v = (Long) s;
            switch (op) {
                case "add": return x.add(v);
                case "subtract": return x.sub(v);
                case "multiply": return x.mul(v);
                case "divide": return x.div(v);
                case "power": return x.pow(v);
                case "equal": return x.eq(v);
                case "not_equal": return x.ne(v);
                case "less": return x.lt(v);
                case "less_equal": return x.le(v);
                case "greater": return x.gt(v);
                case "greater_equal": return x.ge(v);
                default: return null;
            }
        }
        double v = (Double) s;
        switch (op) {
            case "add": return x.add(v);
            case "subtract": return x.sub(v);
            case "multiply": return x.mul(v);
            case "divide": return x.div(v);
            case "power": return x.pow(v);
            case "equal": return x.eq(v);
            case "not_equal": return x.ne(v);
            case "less": return x.lt(v);
            case "less_equal": return x.le(v);
            case "greater": return x.gt(v);
            case "greater_equal": return x.ge(v);
            default: return null;
        }
    }

    static void inplace(String op, NDArray x, Object y) {
        if (y instanceof NDArray) {
            NDArray t = (NDArray) y;
            switch (op) {
                case "add": x.addi(t); return;
                case "subtract": x.subi(t); return;
                case "multiply": x.muli(t); return;
                case "divide": x.divi(t); return;
                case "power": x.powi(t); return;
                default: bin(op, x, y, x); return;
            }
        }
        if (y instanceof Long) {
            long v = (Long) y;
            switch (op) {
                case "add": x.addi(v); return;
                case "subtract": x.subi(v); return;
                case "multiply": x.muli(v); return;
                case "divide": x.divi(v); return;
                case "power": x.powi(v); return;
                default: bin(op, x, y, x); return;
            }
        }
        double v = (Double) y;
        switch (op) {
            case "add": x.addi(v); return;
            case "subtract": x.subi(v); return;
            case "multiply": x.muli(v); return;
            case "divide": x.divi(v); return;
            case "power": x.powi(v); return;
            default: bin(op, x, y, x);
        }
    }

    static NDArray un(String op, Object x, NDArray out) {
        switch (op) {
            case "negative": return out == null ? np.negative(x) : np.negative(x, out);
            case "absolute": return out == null ? np.absolute(x) : np.absolute(x, out);
            case "sign": return out == null ? np.sign(x) : np.sign(x, out);
            case "square": return out == null ? np.square(x) : np.square(x, out);
            case "sqrt": return out == null ? np.sqrt(x) : np.sqrt(x, out);
            case "exp": return out == null ? np.exp(x) : np.exp(x, out);
            case "log": return out == null ? np.log(x) : np.log(x, out);
            case "tanh": return out == null ? np.tanh(x) : np.tanh(x, out);
            case "sin": return out == null ? np.sin(x) : np.sin(x, out);
            case "cos": return out == null ? np.cos(x) : np.cos(x, out);
            case "floor": return out == null ? np.floor(x) : np.floor(x, out);
            case "ceil": return out == null ? np.ceil(x) : np.ceil(x, out);
            case "logical_not": return out == null ? np.logical_not(x) : np.logical_not(x, out);
            default: throw new IllegalArgumentException(op);
        }
    }

    /** Runs one case: compares the result (or the thrown error) with the line's expectation. */
    private static String run(String[] f, int expectAt, Supplier<NDArray> body) {
        String status = f[expectAt];
        NDArray r;
        try {
            r = body.get();
        } catch (RuntimeException e) {
            if (status.equals("err")) {
                return CoreGolden.matchError(e, f[expectAt + 1], f[expectAt + 2]);
            }
            return "threw " + e;
        }
        if (status.equals("err")) {
            return "expected " + f[expectAt + 1] + ": " + f[expectAt + 2] + " but got a result";
        }
        String bad = CoreGolden.close(G.load(f[1], "out"), r, Integer.parseInt(f[expectAt + 1]));
        if (bad == null && G.has(f[1], "strides")) {
            bad = stridesAsNumPy(f[1], r);
        }
        return bad;
    }

    /** The result's byte strides against NumPy's (order='K' layout), ignoring length-1 axes. */
    static String stridesAsNumPy(String c, NDArray r) {
        long[] st = r.strides();
        int[] sh = r.shape();
        for (int k = 0; k < st.length; k++) {
            st[k] = sh[k] > 1 ? st[k] : 0;
        }
        long[] expected = G.load(c, "strides").toLongArray();
        return Arrays.equals(expected, st) ? null : "strides: expected " + Arrays.toString(expected) + " got " + Arrays.toString(st);
    }

    private static void table(String kind, java.util.function.BiFunction<String[], CoreGolden.Failures, String> one) {
        CoreGolden.Failures fails = new CoreGolden.Failures();
        for (String[] f : G.lines()) {
            if (f[0].equals(kind)) {
                fails.check(f[1], one.apply(f, fails));
            }
        }
        assertTrue(fails.checked() > 0, "no " + kind + " cases");
        fails.assertNone();
    }

    @Test
    void binaryEveryDtypePair() {
        table("bin", (f, fails) -> {
            String r = run(f, 5, () -> bin(f[2], in(f[3]), in(f[4]), null));
            if (r == null && f[5].equals("ok")) {
                NDArray v = null;
                try {
                    v = verb(f[2], in(f[3]), in(f[4]));
                } catch (RuntimeException e) {
                    return "instance verb threw " + e;
                }
                if (v != null) {
                    r = CoreGolden.close(G.load(f[1], "out"), v, Integer.parseInt(f[6]));
                }
            }
            return r;
        });
    }

    @Test
    void binaryOnViews() {
        table("binv", (f, fails) -> run(f, 7, () -> bin(f[2], CoreGolden.view(in(f[3]), f[4]), CoreGolden.view(in(f[5]), f[6]), null)));
    }

    @Test
    void unaryAndScalarsOnViews() {
        table("unv", (f, fails) -> run(f, 5, () -> un(f[2], CoreGolden.view(in(f[3]), f[4]), null)));
        table("binvw", (f, fails) -> run(f, 7, () -> bin(f[2], CoreGolden.view(in(f[3]), f[4]), CoreGolden.scalar(f[5], f[6]), null)));
    }

    /**
     * The book's softmax on a transpose ({@code x = x.T; x = x - np.max(x, axis=0);
     * np.sum(np.exp(x), axis=0)}): the difference is laid out like {@code x.T}, so NumPy's sum runs
     * row by row; bitwise with {@code x * x} in place of exp. And {@code a.T * float32(1)} keeps
     * {@code a.T}'s layout, which decides {@code sum(1)}.
     */
    @Test
    void kOrderDecidesLaterSums() {
        table("softmax", (f, fails) -> run(f, 4, () -> {
            NDArray x = in(f[2]).T();
            x = x.sub(np.max(x, 0));
            return np.sum(f[3].equals("exp") ? np.exp(x) : x.mul(x), 0);
        }));
        table("scaleT", (f, fails) -> run(f, 3, () -> {
            NDArray b = in(f[2]).T().mul(np.array(1.0).astype(DType.FLOAT32));
            return f[1].endsWith("sum1") ? b.sum(1) : b;
        }));
    }

    @Test
    void weakScalars() {
        table("binw", (f, fails) -> {
            Object s = CoreGolden.scalar(f[4], f[5]);
            String r = run(f, 7, () -> f[6].equals("R") ? bin(f[2], in(f[3]), s, null) : bin(f[2], s, in(f[3]), null));
            if (r == null && f[6].equals("R")) {
                // the instance verb with the Java long / double overload must agree (no silent widening)
                r = run(f, 7, () -> {
                    NDArray v = verb(f[2], in(f[3]), s);
                    return v != null ? v : bin(f[2], in(f[3]), s, null);
                });
                r = r == null ? null : "instance verb: " + r;
            }
            return r;
        });
    }

    @Test
    void unary() {
        table("un", (f, fails) -> run(f, 4, () -> un(f[2], in(f[3]), null)));
    }

    @Test
    void inPlaceIntoViews() {
        table("inpl", (f, fails) -> run(f, 6, () -> {
            NDArray base = in(f[3]).copy();
            NDArray v = CoreGolden.view(base, f[4]);
            String[] y = f[5].split("\\|");
            NDArray other = CoreGolden.view(y[0].equals("@self") ? base : in(y[0]), y[1]);
            inplace(f[2], v, other);
            return base;
        }));
    }

    @Test
    void inPlaceScalars() {
        table("inplw", (f, fails) -> run(f, 7, () -> {
            NDArray base = in(f[3]).copy();
            inplace(f[2], CoreGolden.view(base, f[4]), CoreGolden.scalar(f[5], f[6]));
            return base;
        }));
    }

    @Test
    void outArgument() {
        table("out", (f, fails) -> run(f, 7, () -> {
            NDArray out = np.zeros(CoreGolden.shape(f[6]), dt(f[5]));
            NDArray r = bin(f[2], in(f[3]), in(f[4]), out);
            return r == out ? out : null;
        }));
        table("unout", (f, fails) -> run(f, 6, () -> {
            NDArray out = np.zeros(CoreGolden.shape(f[5]), dt(f[4]));
            NDArray r = un(f[2], in(f[3]), out);
            return r == out ? out : null;
        }));
    }

    @Test
    void oneAndTwoThreadsAgree() {
        int before = Parallel.threads();
        CoreGolden.Failures fails = new CoreGolden.Failures();
        try {
            for (String[] f : G.lines()) {
                if (!f[1].startsWith("big")) {
                    continue;
                }
                NDArray[] r = new NDArray[2];
                for (int t = 1; t <= 2; t++) {
                    Parallel.setThreads(t);
                    switch (f[0]) {
                        case "bin": r[t - 1] = bin(f[2], in(f[3]), in(f[4]), null); break;
                        case "binv": r[t - 1] = bin(f[2], CoreGolden.view(in(f[3]), f[4]), CoreGolden.view(in(f[5]), f[6]), null); break;
                        default: r[t - 1] = un(f[2], in(f[3]), null);
                    }
                }
                assertTrue(r[0].size() > 32768);
                fails.check(f[1], CoreGolden.bitwise(r[0], r[1]));
            }
        } finally {
            Parallel.setThreads(before);
        }
        assertTrue(fails.checked() >= 8);
        fails.assertNone();
    }

    @Test
    void tableIsComplete() {
        List<String[]> lines = G.lines();
        long bins = lines.stream().filter(f -> f[0].equals("bin") && f[1].matches("bin_[a-z_]+_(b|u1|i4|i8|f2|f4|f8)_(b|u1|i4|i8|f2|f4|f8)")).count();
        assertTrue(bins == 16 * 49, "every op x dtype pair: " + bins);
        assertTrue(Arrays.asList(Ufuncs.Op.values()).size() >= 29);
    }
}
