package dev.zeroj.ndarray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Helpers shared by the core golden tests (ufunc, views, astype, errors): a bitwise comparison that
 * also tells -0.0 from 0.0 (any NaN equals any NaN), the small index language of the generators,
 * Python scalar parsing, and a failure collector that reports every mismatch of a table at once.
 */
final class CoreGolden {
    private CoreGolden() {}

    /** Null if equal bitwise (dtype, shape, every element; NaN payloads ignored), else a description. */
    static String bitwise(NDArray expected, NDArray actual) {
        String s = sameHeader(expected, actual);
        if (s != null) {
            return s;
        }
        if (expected.dtype().isFloat()) {
            double[] e = expected.toDoubleArray();
            double[] a = actual.toDoubleArray();
            for (int i = 0; i < e.length; i++) {
                if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                    return "element " + i + ": expected " + e[i] + " got " + a[i] + "\n  expected " + Arrays.toString(e)
                            + "\n  actual   " + Arrays.toString(a);
                }
            }
            return null;
        }
        long[] e = expected.toLongArray();
        long[] a = actual.toLongArray();
        if (!Arrays.equals(e, a)) {
            return "values differ\n  expected " + Arrays.toString(e) + "\n  actual   " + Arrays.toString(a);
        }
        return null;
    }

    /** Null if within {@code ulps} (0: bitwise), else a description. */
    static String close(NDArray expected, NDArray actual, int ulps) {
        if (ulps == 0) {
            return bitwise(expected, actual);
        }
        String s = sameHeader(expected, actual);
        if (s != null) {
            return s;
        }
        try {
            Golden.assertClose(expected, actual, ulps, "");
            return null;
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    private static String sameHeader(NDArray expected, NDArray actual) {
        if (expected.dtype() != actual.dtype()) {
            return "dtype: expected " + expected.dtype() + " got " + actual.dtype();
        }
        if (!Arrays.equals(expected.shape(), actual.shape())) {
            return "shape: expected " + Arrays.toString(expected.shape()) + " got " + Arrays.toString(actual.shape());
        }
        return null;
    }

    /** Applies a view spec: {@code T}, or comma-separated {@code 1}, {@code 1:}, {@code ::-1}, {@code None}, {@code ...}. */
    static NDArray view(NDArray a, String spec) {
        if (spec.equals("T")) {
            return a.T();
        }
        return a.get(index(spec));
    }

    static Index[] index(String spec) {
        String[] parts = spec.split(",");
        Index[] ix = new Index[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            if (s.equals("None")) {
                ix[i] = Index.NEWAXIS;
            } else if (s.equals("...")) {
                ix[i] = Index.ELLIPSIS;
            } else if (s.contains(":")) {
                String[] p = s.split(":", -1);
                ix[i] = Slice.of(intOrNull(p[0]), intOrNull(p[1]), p.length > 2 ? intOrNull(p[2]) : null);
            } else {
                ix[i] = Index.at(Integer.parseInt(s));
            }
        }
        return ix;
    }

    private static Integer intOrNull(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    /** A Python scalar as the weak Java scalar: {@code Long} for int, {@code Double} for float. */
    static Object scalar(String kind, String repr) {
        if (kind.equals("int")) {
            return Long.valueOf(repr);
        }
        switch (repr) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.valueOf(repr);
        }
    }

    /** Parses {@code "2,16"} into {@code {2, 16}}. */
    static int[] shape(String s) {
        return Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Checks a thrown exception against {@code err <type> <message>}; null if it matches. */
    static String matchError(Throwable t, String type, String message) {
        if (!(t instanceof ZerojException)) {
            return "expected " + type + ": " + message + "\n  got " + t;
        }
        ZerojException z = (ZerojException) t;
        // "~text": zeroj's own message (NumPy has no such error), which must mention text
        boolean msgOk = message.startsWith("~") ? z.getMessage().contains(message.substring(1)) : message.equals(z.getMessage());
        if (!z.pythonType().equals(type) || !msgOk) {
            return "expected " + type + ": " + message + "\n  got      " + z.pythonType() + ": " + z.getMessage();
        }
        return null;
    }

    /** Collects failures of a table and fails once with all of them. */
    static final class Failures {
        private final List<String> list = new ArrayList<>();
        private int checked;

        void check(String caseName, String failure) {
            checked++;
            if (failure != null) {
                list.add(caseName + ": " + failure);
            }
        }

        int checked() {
            return checked;
        }

        void assertNone() {
            if (!list.isEmpty()) {
                StringBuilder sb = new StringBuilder(list.size() + " of " + checked + " cases failed:\n");
                list.stream().limit(200).forEach(f -> sb.append(f).append('\n'));
                throw new AssertionError(sb.toString());
            }
        }
    }
}
