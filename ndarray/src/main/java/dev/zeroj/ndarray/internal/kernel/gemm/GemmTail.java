package dev.zeroj.ndarray.internal.kernel.gemm;

/**
 * The column tail of the blocked GEMM and its portable kernels. When {@code n} leaves 1 to 4 columns
 * past a whole number of 64-byte vectors ({@code n mod 8} for doubles, {@code n mod 16} for floats;
 * {@link GemmConfig#tailCols}), the micro-kernel would spend a whole vector of C per row and k step on
 * them (100 columns: a seventh 16-lane vector for 4 columns, +17% fused multiply-adds). Instead those
 * columns are summed with k in the lanes: element {@code (i, j)} keeps 64 bytes' worth of partials
 * ({@link #partials}), partial {@code l} the fma chain {@code s = fma(a[i][p], b[p][j], s)} over
 * {@code p ≡ l (mod partials)} in k order from {@code s = 0}, and at the end the partials are halved
 * pairwise (partial {@code l} plus partial {@code l + half}, for half = partials/2, …, 1) into C.
 * Each row's A is then read as consecutive elements and one vector of A serves every tail column.
 *
 * <p>That order is a function of the shape only (never of the provider, the blocking or the thread
 * count): k blocks start at multiples of {@link #partials}, so a block's element {@code p} always lands
 * in partial {@code p mod partials}, and these portable kernels keep the same chains one element at a
 * time. {@code GemmTest} checks every provider against a reference written from this description.
 */
final class GemmTail {
    private GemmTail() {}

    /** The partials per tail element: 64 bytes' worth of elements of {@code bytes} bytes (8 doubles, 16 floats). */
    static int partials(int bytes) {
        return 64 / bytes;
    }

    /** The row stride of the tail's packed B for depth {@code k}: k rounded up to a multiple of {@link #partials}. */
    static int packedStride(int bytes, int k) {
        int parts = partials(bytes);
        return (k + parts - 1) / parts * parts;
    }

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    /**
     * Adds one k block of the tail to the partials: for rows {@code i < rows} (A's row {@code i} at
     * {@code a[ao + i·ars + p]}, {@code p < kb}) and tail columns {@code j < t} (B's column at
     * {@code bt[bo + j·bts + p]}), the partials of element {@code (i, j)} at {@code part[po + (i·t + j)·P]}
     * (P = {@link #partials}), started from zero unless {@code load}. The block's first element is a
     * multiple of P in k; the portable form of {@link MicroKernels#dkernelTail}.
     */
    static void tailDouble(int rows, int t, int kb, double[] a, int ao, int ars, double[] bt, int bo, int bts,
            double[] part, int po, boolean load) {
        if (!load) {
            java.util.Arrays.fill(part, po, po + rows * t * partials(Double.BYTES), 0);
        }
        restDouble(rows, t, 0, kb, a, ao, ars, bt, bo, bts, part, po);
    }

    /** The k elements {@code [from, kb)} of {@link #tailDouble}, one at a time, onto started partials (also a vector kernel's last, partial step). */
    static void restDouble(int rows, int t, int from, int kb, double[] a, int ao, int ars, double[] bt, int bo, int bts,
            double[] part, int po) {
        int parts = partials(Double.BYTES);
        for (int i = 0; i < rows; i++) {
            int ai = ao + i * ars;
            for (int j = 0; j < t; j++) {
                int q = po + (i * t + j) * parts;
                int bj = bo + j * bts;
                for (int p = from; p < kb; p++) {
                    int l = q + (p & (parts - 1));
                    part[l] = Math.fma(a[ai + p], bt[bj + p], part[l]);
                }
            }
        }
    }

    /**
     * Ends the tail of {@code rows} rows: each element's partials (at {@code part[po + (i·t + j)·P]})
     * halved pairwise (overwriting them) into {@code c[co + i·crs + j]}.
     */
    static void finishDouble(int rows, int t, double[] part, int po, double[] c, int co, int crs) {
        int parts = partials(Double.BYTES);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < t; j++) {
                int q = po + (i * t + j) * parts;
                for (int half = parts / 2; half > 0; half >>= 1) {
                    for (int l = 0; l < half; l++) {
                        part[q + l] += part[q + l + half];
                    }
                }
                c[co + i * crs + j] = part[q];
            }
        }
    }

    /**
     * Packs B's {@code t} tail columns (column {@code j} at {@code b[bo + p·brs + j·bcs]}, {@code p < k})
     * as rows {@code bts} apart of {@code bt}, zero from {@code k} to {@code bts}.
     */
    static void packDouble(int k, int t, double[] b, int bo, int brs, int bcs, double[] bt, int bts) {
        for (int p = 0, src = bo; p < k; p++, src += brs) {
            for (int j = 0; j < t; j++) {
                bt[j * bts + p] = b[src + j * bcs];
            }
        }
        for (int j = 0; j < t; j++) {
            java.util.Arrays.fill(bt, j * bts + k, j * bts + bts, 0);
        }
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    /**
     * Adds one k block of the tail to the partials: for rows {@code i < rows} (A's row {@code i} at
     * {@code a[ao + i·ars + p]}, {@code p < kb}) and tail columns {@code j < t} (B's column at
     * {@code bt[bo + j·bts + p]}), the partials of element {@code (i, j)} at {@code part[po + (i·t + j)·P]}
     * (P = {@link #partials}), started from zero unless {@code load}. The block's first element is a
     * multiple of P in k; the portable form of {@link MicroKernels#dkernelTail}.
     */
    static void tailFloat(int rows, int t, int kb, float[] a, int ao, int ars, float[] bt, int bo, int bts,
            float[] part, int po, boolean load) {
        if (!load) {
            java.util.Arrays.fill(part, po, po + rows * t * partials(Float.BYTES), 0);
        }
        restFloat(rows, t, 0, kb, a, ao, ars, bt, bo, bts, part, po);
    }

    /** The k elements {@code [from, kb)} of {@link #tailFloat}, one at a time, onto started partials (also a vector kernel's last, partial step). */
    static void restFloat(int rows, int t, int from, int kb, float[] a, int ao, int ars, float[] bt, int bo, int bts,
            float[] part, int po) {
        int parts = partials(Float.BYTES);
        for (int i = 0; i < rows; i++) {
            int ai = ao + i * ars;
            for (int j = 0; j < t; j++) {
                int q = po + (i * t + j) * parts;
                int bj = bo + j * bts;
                for (int p = from; p < kb; p++) {
                    int l = q + (p & (parts - 1));
                    part[l] = Math.fma(a[ai + p], bt[bj + p], part[l]);
                }
            }
        }
    }

    /**
     * Ends the tail of {@code rows} rows: each element's partials (at {@code part[po + (i·t + j)·P]})
     * halved pairwise (overwriting them) into {@code c[co + i·crs + j]}.
     */
    static void finishFloat(int rows, int t, float[] part, int po, float[] c, int co, int crs) {
        int parts = partials(Float.BYTES);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < t; j++) {
                int q = po + (i * t + j) * parts;
                for (int half = parts / 2; half > 0; half >>= 1) {
                    for (int l = 0; l < half; l++) {
                        part[q + l] += part[q + l + half];
                    }
                }
                c[co + i * crs + j] = part[q];
            }
        }
    }

    /**
     * Packs B's {@code t} tail columns (column {@code j} at {@code b[bo + p·brs + j·bcs]}, {@code p < k})
     * as rows {@code bts} apart of {@code bt}, zero from {@code k} to {@code bts}.
     */
    static void packFloat(int k, int t, float[] b, int bo, int brs, int bcs, float[] bt, int bts) {
        for (int p = 0, src = bo; p < k; p++, src += brs) {
            for (int j = 0; j < t; j++) {
                bt[j * bts + p] = b[src + j * bcs];
            }
        }
        for (int j = 0; j < t; j++) {
            java.util.Arrays.fill(bt, j * bts + k, j * bts + bts, 0);
        }
    }

    // ---- end float twins ----
}
