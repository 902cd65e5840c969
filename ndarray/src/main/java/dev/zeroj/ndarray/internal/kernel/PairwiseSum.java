package dev.zeroj.ndarray.internal.kernel;

import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * NumPy's pairwise summation ({@code numpy/_core/src/umath/loops_utils.h.src}), bit for bit: fewer
 * than 8 elements are added in order to {@code -0.0}; up to 128 go into 8 interleaved accumulators
 * combined as {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}, then the remainder in order; longer runs
 * split at {@code n/2} rounded down to a multiple of 8 and recurse.
 *
 * <p>The {@code Parallel} variants cut the same recursion tree at leaves of at most {@link #LEAF}
 * elements (the cut depends only on {@code n}), sum the leaves on the pool and combine them exactly
 * as the sequential recursion would, so the result does not depend on the thread count.
 */
public final class PairwiseSum {
    /** Leaves of the parallel recursion hold at most this many elements. */
    public static final int LEAF = 1 << 15;

    private PairwiseSum() {}

    private static final ReduceKernels KERNELS = ReduceKernels.get();

    /** Where the recursion splits a run of {@code n > 128}: half, rounded down to a multiple of 8. */
    static int split(int n) {
        int n2 = n / 2;
        return n2 - n2 % 8;
    }

    /** (start, length) of each leaf of the recursion over {@code n}, in order. */
    private static int[] leaves(int n) {
        int[] out = new int[16];
        int[] count = new int[1];
        out = collect(0, n, out, count);
        return java.util.Arrays.copyOf(out, 2 * count[0]);
    }

    private static int[] collect(int start, int n, int[] out, int[] count) {
        if (n <= LEAF) {
            if (2 * count[0] + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[2 * count[0]] = start;
            out[2 * count[0] + 1] = n;
            count[0]++;
            return out;
        }
        int n2 = split(n);
        out = collect(start, n2, out, count);
        return collect(start + n2, n - n2, out, count);
    }

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    /** The pairwise sum of {@code n} doubles at {@code a[off + i*stride]}. */
    public static double sum(double[] a, int off, int n, int stride) {
        return stride == 1 ? KERNELS.pairwiseSum(a, off, n) : sumScalar(a, off, n, stride);
    }

    /** {@link #sum(double[], int, int, int)} in portable scalar code. */
    static double sumScalar(double[] a, int off, int n, int stride) {
        if (n < 8) {
            double res = -0.0f; // -0.0 as a float literal: exact in both twins
            for (int i = 0, p = off; i < n; i++, p += stride) {
                res += a[p];
            }
            return res;
        }
        if (n <= 128) {
            double r0 = a[off], r1 = a[off + stride], r2 = a[off + 2 * stride], r3 = a[off + 3 * stride];
            double r4 = a[off + 4 * stride], r5 = a[off + 5 * stride], r6 = a[off + 6 * stride], r7 = a[off + 7 * stride];
            int i = 8;
            int end = n - (n % 8);
            for (; i < end; i += 8) {
                int p = off + i * stride;
                r0 += a[p];
                r1 += a[p + stride];
                r2 += a[p + 2 * stride];
                r3 += a[p + 3 * stride];
                r4 += a[p + 4 * stride];
                r5 += a[p + 5 * stride];
                r6 += a[p + 6 * stride];
                r7 += a[p + 7 * stride];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[off + i * stride];
            }
            return res;
        }
        int n2 = split(n);
        return sumScalar(a, off, n2, stride) + sumScalar(a, off + n2 * stride, n - n2, stride);
    }

    /** {@link #sum(double[], int, int, int)}, its large subtrees summed on the shared pool. */
    public static double sumParallel(double[] a, int off, int n, int stride) {
        if (n <= LEAF) {
            return sum(a, off, n, stride);
        }
        int[] leaves = leaves(n);
        double[] part = new double[leaves.length / 2];
        Parallel.forEach(part.length, k -> part[k] = sum(a, off + leaves[2 * k] * stride, leaves[2 * k + 1], stride));
        return combine(part, n, new int[1]);
    }

    private static double combine(double[] part, int n, int[] next) {
        if (n <= LEAF) {
            return part[next[0]++];
        }
        int n2 = split(n);
        double left = combine(part, n2, next);
        double right = combine(part, n - n2, next);
        return left + right;
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    /** The pairwise sum of {@code n} floats at {@code a[off + i*stride]}. */
    public static float sum(float[] a, int off, int n, int stride) {
        return stride == 1 ? KERNELS.pairwiseSum(a, off, n) : sumScalar(a, off, n, stride);
    }

    /** {@link #sum(float[], int, int, int)} in portable scalar code. */
    static float sumScalar(float[] a, int off, int n, int stride) {
        if (n < 8) {
            float res = -0.0f; // -0.0 as a float literal: exact in both twins
            for (int i = 0, p = off; i < n; i++, p += stride) {
                res += a[p];
            }
            return res;
        }
        if (n <= 128) {
            float r0 = a[off], r1 = a[off + stride], r2 = a[off + 2 * stride], r3 = a[off + 3 * stride];
            float r4 = a[off + 4 * stride], r5 = a[off + 5 * stride], r6 = a[off + 6 * stride], r7 = a[off + 7 * stride];
            int i = 8;
            int end = n - (n % 8);
            for (; i < end; i += 8) {
                int p = off + i * stride;
                r0 += a[p];
                r1 += a[p + stride];
                r2 += a[p + 2 * stride];
                r3 += a[p + 3 * stride];
                r4 += a[p + 4 * stride];
                r5 += a[p + 5 * stride];
                r6 += a[p + 6 * stride];
                r7 += a[p + 7 * stride];
            }
            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[off + i * stride];
            }
            return res;
        }
        int n2 = split(n);
        return sumScalar(a, off, n2, stride) + sumScalar(a, off + n2 * stride, n - n2, stride);
    }

    /** {@link #sum(float[], int, int, int)}, its large subtrees summed on the shared pool. */
    public static float sumParallel(float[] a, int off, int n, int stride) {
        if (n <= LEAF) {
            return sum(a, off, n, stride);
        }
        int[] leaves = leaves(n);
        float[] part = new float[leaves.length / 2];
        Parallel.forEach(part.length, k -> part[k] = sum(a, off + leaves[2 * k] * stride, leaves[2 * k + 1], stride));
        return combine(part, n, new int[1]);
    }

    private static float combine(float[] part, int n, int[] next) {
        if (n <= LEAF) {
            return part[next[0]++];
        }
        int n2 = split(n);
        float left = combine(part, n2, next);
        float right = combine(part, n - n2, next);
        return left + right;
    }

    // ---- end float twins ----
}
