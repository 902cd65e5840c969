package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Views and copies against NumPy ({@code gen_views.py}): the values, whether the result shares memory
 * with the base ({@code np.shares_memory}), and the base after writing {@code r += 1000} through the
 * result (a view must pass the write on, a copy must not).
 */
class ViewsGoldenTest {
    private static final Golden G = Golden.area("views");

    private static int[] ints(String s) {
        return s.equals("-") ? new int[0] : CoreGolden.shape(s);
    }

    static NDArray run(String op, NDArray b, String args) {
        switch (op) {
            case "reshape": return b.reshape(ints(args));
            case "T": return b.T();
            case "transpose": return b.transpose(ints(args));
            case "swapaxes": return b.swapaxes(ints(args)[0], ints(args)[1]);
            case "ravel": return b.ravel();
            case "squeeze": return args.equals("-") ? b.squeeze() : b.squeeze(ints(args));
            case "expand_dims": return b.expandDims(Integer.parseInt(args));
            case "broadcast_to": return b.broadcastTo(ints(args));
            case "broadcast_to_T": return b.broadcastTo(ints(args)).T();
            case "broadcast_to_reshape": return b.broadcastTo(ints(args)).reshape(-1);
            case "broadcast_to_copy": return b.broadcastTo(ints(args)).copy();
            case "get": return CoreGolden.view(b, args);
            case "flatten": return b.flatten();
            case "copy": return b.copy();
            case "np_copy": return np.copy(b);
            case "astype": return b.astype(DType.FLOAT32);
            default: throw new IllegalArgumentException(op);
        }
    }

    @Test
    void viewsAndCopiesAsNumPy() {
        CoreGolden.Failures fails = new CoreGolden.Failures();
        for (String[] f : G.lines()) {
            String c = f[1];
            NDArray x = G.load("in", f[2]).copy();
            NDArray b = f[3].equals("-") ? x : CoreGolden.view(x, f[3]);
            NDArray r;
            try {
                r = run(f[4], b, f[5]);
            } catch (RuntimeException e) {
                fails.check(c, "threw " + e);
                continue;
            }
            String bad = CoreGolden.bitwise(G.load(c, "out"), r);
            boolean shares = f[6].equals("1");
            if (bad == null && r.sharesMemoryWith(x) != shares) {
                bad = "sharesMemoryWith: expected " + shares + " (shape " + Arrays.toString(r.shape()) + ")";
            }
            if (bad == null && !f[7].equals("-") && r.isWriteable() != f[7].equals("1")) {
                bad = "isWriteable: expected " + f[7].equals("1");
            }
            if (bad == null && G.has(c, "strides")) {
                long[] st = r.strides();
                int[] sh = r.shape();
                for (int k = 0; k < st.length; k++) {
                    st[k] = sh[k] > 1 ? st[k] : 0;
                }
                long[] expected = G.load(c, "strides").toLongArray();
                if (!Arrays.equals(expected, st)) {
                    bad = "strides: expected " + Arrays.toString(expected) + " got " + Arrays.toString(st);
                }
            }
            if (bad == null && G.has(c, "base")) {
                r.addi(1000L);
                bad = CoreGolden.bitwise(G.load(c, "base"), x);
                if (bad != null) {
                    bad = "base after r += 1000: " + bad;
                }
            }
            fails.check(c, bad);
        }
        assertTrue(fails.checked() >= 100);
        fails.assertNone();
    }
}
