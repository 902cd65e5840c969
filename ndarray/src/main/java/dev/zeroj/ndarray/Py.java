package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.format.BinaryFormat;
import dev.zeroj.ndarray.internal.format.FloatFormatter;

/**
 * Python's text conversions, for ports that must print what the Python script prints.
 *
 * <pre>{@code
 * print("Accuracy:" + str(acc))        ->  Py.print("Accuracy:" + Py.str(acc));
 * print(x.shape)                        ->  Py.print(x.shape());      // (784,)
 * print(loss, acc)                      ->  Py.print(loss, acc);      // 0.9352 1e-05
 * }</pre>
 *
 * <p>Floats print as Python's {@code repr(float)}: the shortest digits that read back to the same
 * double, positional for {@code 1e-4 <= |x| < 1e16} ({@code 0.1}, {@code 100.0}), scientific
 * otherwise ({@code 1.7966944727947356e-06}, {@code 1e+16}). This does not use
 * {@link Double#toString(double)}, which differs from Python in layout and, on JDK 17, is not
 * always shortest. All methods are pure and thread-safe; none throws.
 */
public final class Py {
    private Py() {}

    /** Python's {@code repr(x)} of a float, e.g. {@code 0.9352}, {@code 1e-05}, {@code -0.0}, {@code nan}. */
    public static String repr(double x) {
        return FloatFormatter.pythonRepr(x);
    }

    /** Python's {@code str(x)} of a float, the same text as {@link #repr(double)} in Python 3. */
    public static String str(double x) {
        return FloatFormatter.pythonRepr(x);
    }

    /**
     * NumPy's {@code str(np.float32(x))}: the shortest digits that read back to the same float32,
     * positional for {@code 1e-4 <= |x| < 1e6} ({@code 0.1}), scientific otherwise ({@code 1e+06}).
     */
    public static String reprFloat32(float x) {
        return FloatFormatter.scalarStr(x, BinaryFormat.FLOAT32);
    }

    /**
     * NumPy's {@code str()} of a float32 scalar, the same as {@link #reprFloat32(float)}: a Java
     * float stands for {@code np.float32}, so {@code Py.str(0.1f)} is {@code 0.1}, not the double
     * {@code 0.10000000149011612}.
     */
    public static String str(float x) {
        return reprFloat32(x);
    }

    /** Python's {@code str(x)} of an int. */
    public static String str(long x) {
        return Long.toString(x);
    }

    /** Python's {@code str(b)}: {@code True} or {@code False}. */
    public static String str(boolean b) {
        return b ? "True" : "False";
    }

    /**
     * Python's / NumPy's {@code str(o)} for the values a port prints:
     * <ul>
     *   <li>{@link NDArray}: NumPy's {@code str(a)} ({@link NDArray#toString()});</li>
     *   <li>{@link Double}: {@link #repr(double)}; {@link Float}: {@link #reprFloat32(float)}
     *       (a Java float stands for a NumPy float32 scalar);</li>
     *   <li>{@link Long}, {@link Integer}, {@link Short}, {@link Byte}: decimal;
     *       {@link Boolean}: {@code True}/{@code False}; {@code null}: {@code None};</li>
     *   <li>{@code int[]}: a shape as a Python tuple, {@code (784,)}, {@code (28, 28)}, {@code ()};</li>
     *   <li>{@code double[]}, {@code long[]}: a Python list, {@code [0.1, 2.0]};</li>
     *   <li>anything else, a {@link String} included: its {@code toString()}.</li>
     * </ul>
     */
    public static String str(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Double) {
            return repr((Double) o);
        }
        if (o instanceof Float) {
            return reprFloat32((Float) o);
        }
        if (o instanceof Boolean) {
            return str((boolean) (Boolean) o);
        }
        if (o instanceof int[]) {
            return ArrayPrinter.tuple((int[]) o);
        }
        if (o instanceof double[]) {
            double[] a = (double[]) o;
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                b.append(i > 0 ? ", " : "").append(repr(a[i]));
            }
            return b.append(']').toString();
        }
        if (o instanceof long[]) {
            long[] a = (long[]) o;
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                b.append(i > 0 ? ", " : "").append(a[i]);
            }
            return b.append(']').toString();
        }
        return o.toString();
    }

    /**
     * Python's {@code print(*values)}: the {@link #str(Object)} of each value, separated by one
     * space, then a newline, on {@code System.out}.
     */
    public static void print(Object... values) {
        System.out.println(join(values));
    }

    /** The line {@link #print(Object...)} writes, without the newline. */
    public static String join(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(str(values[i]));
        }
        return b.toString();
    }
}
