package dev.zeroj.ndarray.internal.kernel;

/** The portable {@link ReduceKernels}: the scalar loops of {@link PairwiseSum} and {@link RowReduce}. */
public class ScalarReduce implements ReduceKernels {
    /** Creates the scalar provider. */
    public ScalarReduce() {}

    @Override
    public double pairwiseSum(double[] a, int off, int n) {
        return PairwiseSum.sumScalar(a, off, n, 1);
    }

    @Override
    public float pairwiseSum(float[] a, int off, int n) {
        return PairwiseSum.sumScalar(a, off, n, 1);
    }

    @Override
    public void fold(int op, double[] acc, int a0, double[] x, int off, int n, boolean firstWins) {
        RowReduce.foldScalar(op, acc, a0, x, off, 1, n, firstWins);
    }

    @Override
    public void fold(int op, float[] acc, int a0, float[] x, int off, int n) {
        RowReduce.foldScalar(op, acc, a0, x, off, 1, n, false);
    }

    @Override
    public double max(double acc, double[] x, int n, boolean firstWins) {
        return Reduce.maxScalar(acc, x, n, firstWins);
    }

    @Override
    public double min(double acc, double[] x, int n, boolean firstWins) {
        return Reduce.minScalar(acc, x, n, firstWins);
    }
}
