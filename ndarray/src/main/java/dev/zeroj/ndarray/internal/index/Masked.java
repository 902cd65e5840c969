package dev.zeroj.ndarray.internal.index;

/**
 * Runs of boolean-mask indexing with a mask of the array's own shape ({@code x[mask]},
 * {@code x[mask] = v}): walks the array and the mask together, so no coordinate arrays are built.
 */
public final class Masked {
    private Masked() {}

    /** The number of true elements of a strided run of {@code m}. */
    public static int count(boolean[] m, int mo, int ms, int n) {
        int c = 0;
        for (int i = 0, q = mo; i < n; i++, q += ms) {
            if (m[q]) {
                c++;
            }
        }
        return c;
    }

    /**
     * Moves the elements of the run {@code (arr, ao, as)} where the mask run is true: {@code get}
     * copies them to {@code seq[sp], seq[sp + ss], ...}; otherwise they are overwritten from there
     * ({@code ss == 0} repeats one value). Same primitive type on both sides. Returns the next
     * {@code sp}.
     */
    public static int run(boolean get, Object arr, int ao, int as, boolean[] m, int mo, int ms, int n, Object seq, int sp, int ss) {
        // ---- double twins (hand-written; the float twins below are generated from them) ----
        if (arr instanceof double[]) {
            double[] a = (double[]) arr;
            double[] s = (double[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end double twins ----
        // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----
        if (arr instanceof float[]) {
            float[] a = (float[]) arr;
            float[] s = (float[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end float twins ----
        // ---- long twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----
        if (arr instanceof long[]) {
            long[] a = (long[]) arr;
            long[] s = (long[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end long twins ----
        // ---- int twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----
        if (arr instanceof int[]) {
            int[] a = (int[]) arr;
            int[] s = (int[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end int twins ----
        // ---- short twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----
        if (arr instanceof short[]) {
            short[] a = (short[]) arr;
            short[] s = (short[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end short twins ----
        // ---- byte twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----
        if (arr instanceof byte[]) {
            byte[] a = (byte[]) arr;
            byte[] s = (byte[]) seq;
            for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
                if (m[q]) {
                    if (get) {
                        s[sp] = a[p];
                    } else {
                        a[p] = s[sp];
                    }
                    sp += ss;
                }
            }
            return sp;
        }
        // ---- end byte twins ----
        // anything else is a boolean[] (the cast fails for any other type)
        boolean[] a = (boolean[]) arr;
        boolean[] s = (boolean[]) seq;
        for (int i = 0, p = ao, q = mo; i < n; i++, p += as, q += ms) {
            if (m[q]) {
                if (get) {
                    s[sp] = a[p];
                } else {
                    a[p] = s[sp];
                }
                sp += ss;
            }
        }
        return sp;
    }
}
