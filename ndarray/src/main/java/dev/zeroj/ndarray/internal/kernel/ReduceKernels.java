package dev.zeroj.ndarray.internal.kernel;

/**
 * The unit-stride inner loops of reductions, with a scalar and a Vector API provider that give
 * bitwise identical results: NumPy's pairwise float sum of a contiguous run, and row folds
 * {@code acc[a0 + j] = op(acc[a0 + j], x[off + j])} (see {@link RowReduce}). Callers reach them
 * through {@link PairwiseSum} and {@link RowReduce}, which send strided runs to the scalar code.
 *
 * <p>{@link #get()} returns the provider chosen once at start-up: {@link ScalarReduce}, or
 * {@code VectorReduce} when {@link Simd#ENABLED}.
 */
public interface ReduceKernels {
    /** NumPy's pairwise sum of {@code a[off .. off+n)} (see {@link PairwiseSum}). */
    double pairwiseSum(double[] a, int off, int n);

    /** NumPy's pairwise sum of {@code a[off .. off+n)} in float arithmetic. */
    float pairwiseSum(float[] a, int off, int n);

    /**
     * Folds {@code x[off .. off+n)} into {@code acc[a0 .. a0+n)} with a {@link RowReduce} operation
     * code; {@code firstWins} picks the float16 tie rule of maximum/minimum.
     */
    void fold(int op, double[] acc, int a0, double[] x, int off, int n, boolean firstWins);

    /** Folds {@code x[off .. off+n)} into float32 accumulators (no float16 rounding). */
    void fold(int op, float[] acc, int a0, float[] x, int off, int n);

    /**
     * {@code np.maximum.reduce} of {@code acc, x[0], ..., x[n-1]} in that order (see
     * {@link RowReduce#max}: NaN propagates, ties go to the later element or with {@code firstWins}
     * to the earlier one).
     */
    double max(double acc, double[] x, int n, boolean firstWins);

    /** {@code np.minimum.reduce} of {@code acc, x[0], ..., x[n-1]}; see {@link #max}. */
    double min(double acc, double[] x, int n, boolean firstWins);

    /** The provider chosen at start-up. */
    static ReduceKernels get() {
        return Providers.REDUCE;
    }
}
