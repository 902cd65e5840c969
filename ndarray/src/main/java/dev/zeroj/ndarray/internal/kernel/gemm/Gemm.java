package dev.zeroj.ndarray.internal.kernel.gemm;

import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * General matrix multiply on primitive arrays: {@code C = A·B}, with A ({@code m × k}) read at
 * {@code a[aOff + i·aRowStride + p·aColStride]}, B ({@code k × n}) at
 * {@code b[bOff + p·bRowStride + j·bColStride]} (any strides: a transposed or sliced operand is read
 * in place while packing, never copied first) and C written at {@code c[cOff + i·cRowStride + j]}.
 *
 * <p>Paths, chosen by size: problems of at most {@link GemmConfig#SMALL} multiply-adds, and
 * matrix-vector shapes ({@code m == 1} or {@code n == 1}), are computed directly without packing;
 * larger ones go through a Goto/BLIS-style blocked algorithm (packed panels of B and slivers of A,
 * either read in place when that is cheaper; cache blocking from {@link GemmConfig}; a register-tiled
 * micro-kernel from {@link MicroKernels#DEFAULT}); from {@link GemmConfig#PARALLEL} multiply-adds the
 * rows of C are split across {@link Parallel#threads()} threads, which share each packed B panel.
 *
 * <p><b>Determinism.</b> Every element of C is exactly {@code s = 0; for p in 0..k-1: s = fma(a[i][p],
 * b[p][j], s)} on every provider (SIMD or scalar), blocking and thread count — except the blocked path's
 * column tail ({@link GemmConfig#tailCols}: 1 to 4 columns past whole 64-byte vectors when k ≥ 1024),
 * whose elements are 64 bytes' worth of such chains over {@code p ≡ l} (mod 8 for doubles, 16 for
 * floats) halved pairwise ({@link GemmTail}). Which order an element gets depends on the shape only,
 * so results are bitwise reproducible on every machine and thread count. (NumPy's OpenBLAS sums in
 * another order; results agree with it to rounding only.)
 */
public final class Gemm {
    private Gemm() {}

    /** {@code C = A·B} for doubles; see the class documentation for the layout. */
    public static void dgemm(int m, int n, int k, double[] a, int aOff, int aRowStride, int aColStride,
            double[] b, int bOff, int bRowStride, int bColStride, double[] c, int cOff, int cRowStride) {
        DoubleGemm.gemm(MicroKernels.DEFAULT, Parallel.threads(), m, n, k, a, aOff, aRowStride, aColStride,
                b, bOff, bRowStride, bColStride, c, cOff, cRowStride);
    }

    /** {@code C = A·B} for floats; see the class documentation for the layout. */
    public static void sgemm(int m, int n, int k, float[] a, int aOff, int aRowStride, int aColStride,
            float[] b, int bOff, int bRowStride, int bColStride, float[] c, int cOff, int cRowStride) {
        FloatGemm.gemm(MicroKernels.DEFAULT, Parallel.threads(), m, n, k, a, aOff, aRowStride, aColStride,
                b, bOff, bRowStride, bColStride, c, cOff, cRowStride);
    }

    /**
     * {@link #dgemm} with an explicit provider, thread count and path ({@code 0} by size, {@code 1}
     * unblocked, {@code 2} blocked on one thread) — for tests and benchmarks.
     */
    public static void dgemm(MicroKernels kern, int threads, int path, int m, int n, int k, double[] a, int aOff,
            int aRowStride, int aColStride, double[] b, int bOff, int bRowStride, int bColStride, double[] c, int cOff,
            int cRowStride) {
        if (path == 1) {
            DoubleGemm.simple(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride, c, cOff, cRowStride);
        } else if (path == 2 && m > 0 && n > 0 && k > 0) {
            DoubleGemm.packed(kern, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride, c, cOff,
                    cRowStride);
        } else {
            DoubleGemm.gemm(kern, threads, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride,
                    c, cOff, cRowStride);
        }
    }

    /** {@link #sgemm} with an explicit provider, thread count and path (see the double version). */
    public static void sgemm(MicroKernels kern, int threads, int path, int m, int n, int k, float[] a, int aOff,
            int aRowStride, int aColStride, float[] b, int bOff, int bRowStride, int bColStride, float[] c, int cOff,
            int cRowStride) {
        if (path == 1) {
            FloatGemm.simple(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride, c, cOff, cRowStride);
        } else if (path == 2 && m > 0 && n > 0 && k > 0) {
            FloatGemm.packed(kern, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride, c, cOff,
                    cRowStride);
        } else {
            FloatGemm.gemm(kern, threads, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride,
                    c, cOff, cRowStride);
        }
    }

    /** A one-line description of the kernels and blocking in use, for benchmark logs. */
    public static String describe() {
        return MicroKernels.DEFAULT.describe() + " " + GemmConfig.describe() + " threads=" + Parallel.threads();
    }
}
