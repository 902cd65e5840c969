package dev.zeroj.ndarray.internal.kernel;

/**
 * Folds of a dense chunk into a running value, in index order, with the arithmetic of NumPy's
 * reduction loops: integers wrap (int64), float sums and products round after every step (float16
 * through float32 and back to half after each step, as NumPy's half loops), maximum and minimum
 * propagate NaN (ties: see {@link RowReduce}). The pairwise float sum is in {@link PairwiseSum}.
 */
public final class Reduce {
    private Reduce() {}

    /** {@code acc + x[0] + ... + x[n-1]} with int64 wrap-around. */
    public static long sum(long acc, long[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc += x[i];
        }
        return acc;
    }

    /** {@code acc * x[0] * ... * x[n-1]} with int64 wrap-around. */
    public static long prod(long acc, long[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc *= x[i];
        }
        return acc;
    }

    /** The largest of {@code acc} and {@code x[0..n)}. */
    public static long max(long acc, long[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc = Math.max(acc, x[i]);
        }
        return acc;
    }

    /** The smallest of {@code acc} and {@code x[0..n)}. */
    public static long min(long acc, long[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc = Math.min(acc, x[i]);
        }
        return acc;
    }

    /**
     * The largest, NaN if any is NaN ({@code np.maximum.reduce}); on ties (e.g. {@code -0.0} and
     * {@code 0.0}) the later element wins, or the earlier with {@code firstWins} (float16).
     */
    public static double max(double acc, double[] x, int n, boolean firstWins) {
        for (int i = 0; i < n; i++) {
            acc = RowReduce.max(acc, x[i], firstWins);
        }
        return acc;
    }

    /** The smallest, NaN if any is NaN ({@code np.minimum.reduce}); ties as {@link #max(double, double[], int, boolean)}. */
    public static double min(double acc, double[] x, int n, boolean firstWins) {
        for (int i = 0; i < n; i++) {
            acc = RowReduce.min(acc, x[i], firstWins);
        }
        return acc;
    }

    /** Sequential float64 sum {@code ((acc + x0) + x1) + ...}. */
    public static double sumSeq(double acc, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc += x[i];
        }
        return acc;
    }

    /** Sequential float32 sum; with {@code half} every partial result is rounded to float16. */
    public static float sumSeq(float acc, float[] x, int n, boolean half) {
        if (half) {
            for (int i = 0; i < n; i++) {
                acc = Half.toFloat(Half.fromFloat(acc + x[i]));
            }
            return acc;
        }
        for (int i = 0; i < n; i++) {
            acc += x[i];
        }
        return acc;
    }

    /** Sequential float64 product. */
    public static double prod(double acc, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            acc *= x[i];
        }
        return acc;
    }

    /** Sequential float32 product; with {@code half} every partial result is rounded to float16. */
    public static float prod(float acc, float[] x, int n, boolean half) {
        for (int i = 0; i < n; i++) {
            acc *= x[i];
            if (half) {
                acc = Half.toFloat(Half.fromFloat(acc));
            }
        }
        return acc;
    }

    /** Whether {@code acc} and every {@code x[0..n)} is true. */
    public static boolean all(boolean acc, boolean[] x, int n) {
        for (int i = 0; i < n && acc; i++) {
            acc = x[i];
        }
        return acc;
    }

    /** Whether {@code acc} or any {@code x[0..n)} is true. */
    public static boolean any(boolean acc, boolean[] x, int n) {
        for (int i = 0; i < n && !acc; i++) {
            acc = x[i];
        }
        return acc;
    }
}
