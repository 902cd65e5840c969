package dev.zeroj.ndarray.internal.kernel;

/**
 * Row folds for reductions whose innermost axis is kept ({@code x.sum(0)} of a C-ordered matrix):
 * one reduced index at a time, {@code acc[a0 + j] = op(acc[a0 + j], x[off + j*st])} for a run of
 * {@code n} outputs. Looping the reduced index outside and the outputs inside reads the input in
 * memory order and gives every output the same sequence of operations as folding it alone, so the
 * results are bitwise those of {@link Reduce}.
 *
 * <p>Ties in float maximum/minimum: the later element wins ({@code np.maximum} returns its second
 * operand when the operands compare equal, so {@code [-0.0, 0.0].max()} is {@code 0.0}), except for
 * float16 whose NumPy loops keep the earlier one ({@code firstWins}).
 */
public final class RowReduce {
    /** Operation codes. */
    public static final int SUM = 0;
    /** Product. */
    public static final int PROD = 1;
    /** Maximum (NaN propagates). */
    public static final int MAX = 2;
    /** Minimum (NaN propagates). */
    public static final int MIN = 3;

    private RowReduce() {}

    /** Folds a run into float64 accumulators. */
    public static void fold(int op, double[] acc, int a0, double[] x, int off, int st, int n, boolean firstWins) {
        switch (op) {
            case SUM:
                if (st == 1) {
                    for (int j = 0; j < n; j++) {
                        acc[a0 + j] += x[off + j];
                    }
                } else {
                    for (int j = 0, p = off; j < n; j++, p += st) {
                        acc[a0 + j] += x[p];
                    }
                }
                return;
            case PROD:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] *= x[p];
                }
                return;
            case MAX:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] = max(acc[a0 + j], x[p], firstWins);
                }
                return;
            default:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] = min(acc[a0 + j], x[p], firstWins);
                }
        }
    }

    /** Folds a run into float32 accumulators; with {@code half} every result is rounded to float16. */
    public static void fold(int op, float[] acc, int a0, float[] x, int off, int st, int n, boolean half) {
        if (half) {
            for (int j = 0, p = off; j < n; j++, p += st) {
                float v = op == SUM ? acc[a0 + j] + x[p] : acc[a0 + j] * x[p];
                acc[a0 + j] = Half.toFloat(Half.fromFloat(v));
            }
            return;
        }
        switch (op) {
            case SUM:
                if (st == 1) {
                    for (int j = 0; j < n; j++) {
                        acc[a0 + j] += x[off + j];
                    }
                } else {
                    for (int j = 0, p = off; j < n; j++, p += st) {
                        acc[a0 + j] += x[p];
                    }
                }
                return;
            case PROD:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] *= x[p];
                }
                return;
            case MAX:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    float a = acc[a0 + j];
                    float v = x[p];
                    if (!(a > v) && a == a) {
                        acc[a0 + j] = v;
                    }
                }
                return;
            default:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    float a = acc[a0 + j];
                    float v = x[p];
                    if (!(a < v) && a == a) {
                        acc[a0 + j] = v;
                    }
                }
        }
    }

    /** Folds a run into int64 accumulators (wrapping). */
    public static void fold(int op, long[] acc, int a0, long[] x, int off, int st, int n) {
        switch (op) {
            case SUM:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] += x[p];
                }
                return;
            case PROD:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] *= x[p];
                }
                return;
            case MAX:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] = Math.max(acc[a0 + j], x[p]);
                }
                return;
            default:
                for (int j = 0, p = off; j < n; j++, p += st) {
                    acc[a0 + j] = Math.min(acc[a0 + j], x[p]);
                }
        }
    }

    /** {@code all} ({@code and}) or {@code any} ({@code or}) of a run into truth accumulators. */
    public static void fold(boolean all, boolean[] acc, int a0, boolean[] x, int off, int st, int n) {
        for (int j = 0, p = off; j < n; j++, p += st) {
            acc[a0 + j] = all ? acc[a0 + j] && x[p] : acc[a0 + j] || x[p];
        }
    }

    /** {@code np.maximum(a, v)} as a reduction step: NaN propagates; on ties {@code v} (or {@code a} if {@code firstWins}). */
    public static double max(double a, double v, boolean firstWins) {
        if (firstWins) {
            return !(a >= v) && a == a ? v : a;
        }
        return !(a > v) && a == a ? v : a;
    }

    /** {@code np.minimum(a, v)} as a reduction step; see {@link #max}. */
    public static double min(double a, double v, boolean firstWins) {
        if (firstWins) {
            return !(a <= v) && a == a ? v : a;
        }
        return !(a < v) && a == a ? v : a;
    }
}
