package dev.zeroj.ndarray.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link ReduceKernels}, bitwise identical to {@link ScalarReduce}.
 *
 * <p>Pairwise sum: NumPy's eight interleaved accumulators {@code r[j] += a[i + j]} are eight lanes of
 * one preferred-species vector (lanes 0..7, or the top eight near the array's end; a wider vector's other
 * lanes add neighbouring elements and are ignored), or two 4-lane vectors; so every accumulator sees
 * exactly the scalar sequence of additions. The lanes are combined as
 * {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))} and the tail added in order, in scalar code. Only the
 * preferred species is used anywhere: on JDK 17, once a second vector size has run, C2 compiles the
 * vector loads and stores of kernels compiled later as calls (issue 4).
 *
 * <p>Row folds: each output {@code acc[a0 + j]} is one lane, so its sequence of operations is the
 * scalar one. Maximum/minimum are a compare and a blend that pick, bit for bit, the operand the scalar
 * step picks (NaN propagates, on ties the later element wins, or the earlier with {@code firstWins}).
 *
 * <p>Maximum/minimum of a contiguous run: the lanes find the extreme value and whether any element is
 * NaN; the bits are then those the sequential scan would keep. A NaN result is the first NaN. Equal
 * non-zero values have equal bits, so a non-zero extreme is the answer as found. Only a zero extreme
 * needs a choice between {@code -0.0} and {@code 0.0}: the last zero of the sequence (the first with
 * {@code firstWins}), found by a scalar scan.
 */
public final class VectorReduce extends ScalarReduce {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int DL = D.length(), FL = F.length();

    /** Creates the provider (only when the Vector API module is readable). */
    public VectorReduce() {}

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    @Override
    public double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double res = -0.0f; // -0.0 as a float literal: exact in both twins
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            int end = n - (n % 8);
            double res;
            if (DL >= 8) {
                // lanes s..s+7 of a preferred vector are the eight accumulators; any other lanes add
                // neighbouring elements and are ignored. The loads must stay inside the array.
                int s = off + end - 8 + DL <= a.length ? 0 : DL - 8;
                if (off < s) {
                    return super.pairwiseSum(a, off, n);
                }
                DoubleVector r = DoubleVector.fromArray(D, a, off - s);
                for (int i = 8; i < end; i += 8) {
                    r = r.add(DoubleVector.fromArray(D, a, off - s + i));
                }
                // constant lanes in the usual case: lane(i) with a variable i is compiled to a slow path
                res = s == 0
                        ? ((r.lane(0) + r.lane(1)) + (r.lane(2) + r.lane(3))) + ((r.lane(4) + r.lane(5)) + (r.lane(6) + r.lane(7)))
                        : ((r.lane(s) + r.lane(s + 1)) + (r.lane(s + 2) + r.lane(s + 3)))
                                + ((r.lane(s + 4) + r.lane(s + 5)) + (r.lane(s + 6) + r.lane(s + 7)));
            } else if (DL == 4) {
                DoubleVector lo = DoubleVector.fromArray(D, a, off);
                DoubleVector hi = DoubleVector.fromArray(D, a, off + 4);
                for (int i = 8; i < end; i += 8) {
                    lo = lo.add(DoubleVector.fromArray(D, a, off + i));
                    hi = hi.add(DoubleVector.fromArray(D, a, off + i + 4));
                }
                res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3))) + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
            } else {
                return super.pairwiseSum(a, off, n);
            }
            for (int i = end; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = PairwiseSum.split(n);
        return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    @Override
    public float pairwiseSum(float[] a, int off, int n) {
        if (n < 8) {
            float res = -0.0f; // -0.0 as a float literal: exact in both twins
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            int end = n - (n % 8);
            float res;
            if (FL >= 8) {
                // lanes s..s+7 of a preferred vector are the eight accumulators; any other lanes add
                // neighbouring elements and are ignored. The loads must stay inside the array.
                int s = off + end - 8 + FL <= a.length ? 0 : FL - 8;
                if (off < s) {
                    return super.pairwiseSum(a, off, n);
                }
                FloatVector r = FloatVector.fromArray(F, a, off - s);
                for (int i = 8; i < end; i += 8) {
                    r = r.add(FloatVector.fromArray(F, a, off - s + i));
                }
                // constant lanes in the usual case: lane(i) with a variable i is compiled to a slow path
                res = s == 0
                        ? ((r.lane(0) + r.lane(1)) + (r.lane(2) + r.lane(3))) + ((r.lane(4) + r.lane(5)) + (r.lane(6) + r.lane(7)))
                        : ((r.lane(s) + r.lane(s + 1)) + (r.lane(s + 2) + r.lane(s + 3)))
                                + ((r.lane(s + 4) + r.lane(s + 5)) + (r.lane(s + 6) + r.lane(s + 7)));
            } else if (FL == 4) {
                FloatVector lo = FloatVector.fromArray(F, a, off);
                FloatVector hi = FloatVector.fromArray(F, a, off + 4);
                for (int i = 8; i < end; i += 8) {
                    lo = lo.add(FloatVector.fromArray(F, a, off + i));
                    hi = hi.add(FloatVector.fromArray(F, a, off + i + 4));
                }
                res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3))) + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
            } else {
                return super.pairwiseSum(a, off, n);
            }
            for (int i = end; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = PairwiseSum.split(n);
        return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
    }

    // ---- end float twins ----

    @Override
    public void fold(int op, double[] acc, int a0, double[] x, int off, int n, boolean firstWins) {
        int len = D.length();
        int bound = n - n % len;
        int j = 0;
        switch (op) {
            case RowReduce.SUM:
                for (; j < bound; j += len) {
                    DoubleVector.fromArray(D, acc, a0 + j).add(DoubleVector.fromArray(D, x, off + j)).intoArray(acc, a0 + j);
                }
                break;
            case RowReduce.PROD:
                for (; j < bound; j += len) {
                    DoubleVector.fromArray(D, acc, a0 + j).mul(DoubleVector.fromArray(D, x, off + j)).intoArray(acc, a0 + j);
                }
                break;
            case RowReduce.MAX:
                if (firstWins) {
                    for (; j < bound; j += len) {
                        DoubleVector a = DoubleVector.fromArray(D, acc, a0 + j);
                        DoubleVector v = DoubleVector.fromArray(D, x, off + j);
                        // keep a where a >= v or a is NaN: the scalar !(a >= v) && a == a ? v : a
                        VectorMask<Double> keep = a.compare(VectorOperators.GE, v).or(a.compare(VectorOperators.NE, a));
                        v.blend(a, keep).intoArray(acc, a0 + j);
                    }
                } else {
                    for (; j < bound; j += len) {
                        DoubleVector a = DoubleVector.fromArray(D, acc, a0 + j);
                        DoubleVector v = DoubleVector.fromArray(D, x, off + j);
                        VectorMask<Double> keep = a.compare(VectorOperators.GT, v).or(a.compare(VectorOperators.NE, a));
                        v.blend(a, keep).intoArray(acc, a0 + j);
                    }
                }
                break;
            default:
                if (firstWins) {
                    for (; j < bound; j += len) {
                        DoubleVector a = DoubleVector.fromArray(D, acc, a0 + j);
                        DoubleVector v = DoubleVector.fromArray(D, x, off + j);
                        VectorMask<Double> keep = a.compare(VectorOperators.LE, v).or(a.compare(VectorOperators.NE, a));
                        v.blend(a, keep).intoArray(acc, a0 + j);
                    }
                } else {
                    for (; j < bound; j += len) {
                        DoubleVector a = DoubleVector.fromArray(D, acc, a0 + j);
                        DoubleVector v = DoubleVector.fromArray(D, x, off + j);
                        VectorMask<Double> keep = a.compare(VectorOperators.LT, v).or(a.compare(VectorOperators.NE, a));
                        v.blend(a, keep).intoArray(acc, a0 + j);
                    }
                }
        }
        if (j < n) {
            super.fold(op, acc, a0 + j, x, off + j, n - j, firstWins);
        }
    }

    @Override
    public void fold(int op, float[] acc, int a0, float[] x, int off, int n) {
        int len = F.length();
        int bound = n - n % len;
        int j = 0;
        switch (op) {
            case RowReduce.SUM:
                for (; j < bound; j += len) {
                    FloatVector.fromArray(F, acc, a0 + j).add(FloatVector.fromArray(F, x, off + j)).intoArray(acc, a0 + j);
                }
                break;
            case RowReduce.PROD:
                for (; j < bound; j += len) {
                    FloatVector.fromArray(F, acc, a0 + j).mul(FloatVector.fromArray(F, x, off + j)).intoArray(acc, a0 + j);
                }
                break;
            case RowReduce.MAX:
                for (; j < bound; j += len) {
                    FloatVector a = FloatVector.fromArray(F, acc, a0 + j);
                    FloatVector v = FloatVector.fromArray(F, x, off + j);
                    VectorMask<Float> keep = a.compare(VectorOperators.GT, v).or(a.compare(VectorOperators.NE, a));
                    v.blend(a, keep).intoArray(acc, a0 + j);
                }
                break;
            default:
                for (; j < bound; j += len) {
                    FloatVector a = FloatVector.fromArray(F, acc, a0 + j);
                    FloatVector v = FloatVector.fromArray(F, x, off + j);
                    VectorMask<Float> keep = a.compare(VectorOperators.LT, v).or(a.compare(VectorOperators.NE, a));
                    v.blend(a, keep).intoArray(acc, a0 + j);
                }
        }
        if (j < n) {
            super.fold(op, acc, a0 + j, x, off + j, n - j);
        }
    }

    @Override
    public double max(double acc, double[] x, int n, boolean firstWins) {
        return extreme(true, acc, x, n, firstWins);
    }

    @Override
    public double min(double acc, double[] x, int n, boolean firstWins) {
        return extreme(false, acc, x, n, firstWins);
    }

    private double extreme(boolean isMax, double acc, double[] x, int n, boolean firstWins) {
        int len = D.length();
        if (n < 2 * len || acc != acc) { // a NaN accumulator stays (the scalar code says so too)
            return isMax ? super.max(acc, x, n, firstWins) : super.min(acc, x, n, firstWins);
        }
        int bound = n - n % len;
        DoubleVector m = DoubleVector.fromArray(D, x, 0);
        VectorMask<Double> nan = m.compare(VectorOperators.NE, m);
        if (isMax) {
            for (int i = len; i < bound; i += len) {
                DoubleVector v = DoubleVector.fromArray(D, x, i);
                nan = nan.or(v.compare(VectorOperators.NE, v));
                m = m.blend(v, v.compare(VectorOperators.GT, m));
            }
        } else {
            for (int i = len; i < bound; i += len) {
                DoubleVector v = DoubleVector.fromArray(D, x, i);
                nan = nan.or(v.compare(VectorOperators.NE, v));
                m = m.blend(v, v.compare(VectorOperators.LT, m));
            }
        }
        boolean anyNan = nan.anyTrue();
        double best = acc;
        for (int k = 0; k < len; k++) {
            double v = m.lane(k);
            if (isMax ? v > best : v < best) {
                best = v;
            }
        }
        for (int i = bound; i < n; i++) {
            double v = x[i];
            anyNan |= v != v;
            if (isMax ? v > best : v < best) {
                best = v;
            }
        }
        if (anyNan) { // the first NaN, with its bits
            for (int i = 0; ; i++) {
                if (x[i] != x[i]) {
                    return x[i];
                }
            }
        }
        if (best != 0.0) {
            return best;
        }
        if (firstWins) {
            if (acc == 0.0) {
                return acc;
            }
            for (int i = 0; ; i++) {
                if (x[i] == 0.0) {
                    return x[i];
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (x[i] == 0.0) {
                return x[i];
            }
        }
        return acc;
    }
}
