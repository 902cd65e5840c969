package dev.zeroj.ndarray.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API elementwise kernels for unit-stride float and double runs (a stride-0 operand is a
 * broadcast scalar). Other cases, and operations without a lane-wise equivalent that is bitwise
 * identical to the scalar loop, fall through to {@link ScalarElementwise}.
 */
public final class VectorElementwise extends ScalarElementwise {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    /** Creates the provider (only when the Vector API module is readable). */
    public VectorElementwise() {}

    private static VectorOperators.Binary lanewise(BinaryOp op) {
        switch (op) {
            case ADD: return VectorOperators.ADD;
            case SUBTRACT: return VectorOperators.SUB;
            case MULTIPLY: return VectorOperators.MUL;
            case DIVIDE: return VectorOperators.DIV;
            default: return null;
        }
    }

    @Override
    public void binary(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, double[] c, int co, int cs, int n) {
        if ((op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) && vectorizable(as, bs, cs, n, D.length())) {
            int i = maxMin(op == BinaryOp.MAXIMUM, a, ao, as, b, bo, bs, c, co, n);
            if (i < n) {
                super.binary(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
            }
            return;
        }
        VectorOperators.Binary v = lanewise(op);
        if (v == null || cs != 1 || (as | 1) != 1 || (bs | 1) != 1 || (as == 0 && bs == 0) || n < D.length()) {
            super.binary(op, a, ao, as, b, bo, bs, c, co, cs, n);
            return;
        }
        int len = D.length();
        int bound = n - n % len;
        int i = 0;
        if (as == 1 && bs == 1) {
            for (; i < bound; i += len) {
                DoubleVector.fromArray(D, a, ao + i).lanewise(v, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
            }
        } else if (bs == 0) {
            DoubleVector y = DoubleVector.broadcast(D, b[bo]);
            for (; i < bound; i += len) {
                DoubleVector.fromArray(D, a, ao + i).lanewise(v, y).intoArray(c, co + i);
            }
        } else {
            DoubleVector x = DoubleVector.broadcast(D, a[ao]);
            for (; i < bound; i += len) {
                x.lanewise(v, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
            }
        }
        if (i < n) {
            super.binary(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
        }
    }

    @Override
    public void binary(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] c, int co, int cs, int n) {
        if ((op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) && vectorizable(as, bs, cs, n, F.length())) {
            int i = maxMin(op == BinaryOp.MAXIMUM, a, ao, as, b, bo, bs, c, co, n);
            if (i < n) {
                super.binary(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
            }
            return;
        }
        VectorOperators.Binary v = lanewise(op);
        if (v == null || cs != 1 || (as | 1) != 1 || (bs | 1) != 1 || (as == 0 && bs == 0) || n < F.length()) {
            super.binary(op, a, ao, as, b, bo, bs, c, co, cs, n);
            return;
        }
        int len = F.length();
        int bound = n - n % len;
        int i = 0;
        if (as == 1 && bs == 1) {
            for (; i < bound; i += len) {
                FloatVector.fromArray(F, a, ao + i).lanewise(v, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
            }
        } else if (bs == 0) {
            FloatVector y = FloatVector.broadcast(F, b[bo]);
            for (; i < bound; i += len) {
                FloatVector.fromArray(F, a, ao + i).lanewise(v, y).intoArray(c, co + i);
            }
        } else {
            FloatVector x = FloatVector.broadcast(F, a[ao]);
            for (; i < bound; i += len) {
                x.lanewise(v, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
            }
        }
        if (i < n) {
            super.binary(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
        }
    }

    private static VectorOperators.Unary lanewise(UnaryOp op) {
        switch (op) {
            case NEGATIVE: return VectorOperators.NEG;
            case ABSOLUTE: return VectorOperators.ABS;
            case SQRT: return VectorOperators.SQRT;
            default: return null;
        }
    }

    @Override
    public void unary(UnaryOp op, double[] a, int ao, int as, double[] c, int co, int cs, int n) {
        VectorOperators.Unary v = lanewise(op);
        boolean square = op == UnaryOp.SQUARE;
        if ((v == null && !square) || as != 1 || cs != 1 || n < D.length()) {
            super.unary(op, a, ao, as, c, co, cs, n);
            return;
        }
        int len = D.length();
        int bound = n - n % len;
        int i = 0;
        for (; i < bound; i += len) {
            DoubleVector x = DoubleVector.fromArray(D, a, ao + i);
            (square ? x.mul(x) : x.lanewise(v)).intoArray(c, co + i);
        }
        if (i < n) {
            super.unary(op, a, ao + i, 1, c, co + i, 1, n - i);
        }
    }

    @Override
    public void unary(UnaryOp op, float[] a, int ao, int as, float[] c, int co, int cs, int n) {
        VectorOperators.Unary v = lanewise(op);
        boolean square = op == UnaryOp.SQUARE;
        if ((v == null && !square) || as != 1 || cs != 1 || n < F.length()) {
            super.unary(op, a, ao, as, c, co, cs, n);
            return;
        }
        int len = F.length();
        int bound = n - n % len;
        int i = 0;
        for (; i < bound; i += len) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            (square ? x.mul(x) : x.lanewise(v)).intoArray(c, co + i);
        }
        if (i < n) {
            super.unary(op, a, ao + i, 1, c, co + i, 1, n - i);
        }
    }

    /** Whether a run has unit-stride output and unit-stride or (one) stride-0 inputs, and is long enough. */
    private static boolean vectorizable(int as, int bs, int cs, int n, int len) {
        return cs == 1 && (as | 1) == 1 && (bs | 1) == 1 && (as | bs) != 0 && n >= len;
    }

    // ---- maximum / minimum: the scalar (x > y || x != x) ? x : y (and <) as compare + blend ----

    private static DoubleVector max(DoubleVector x, DoubleVector y) {
        return y.blend(x, x.compare(VectorOperators.GT, y).or(x.compare(VectorOperators.NE, x)));
    }

    private static DoubleVector min(DoubleVector x, DoubleVector y) {
        return y.blend(x, x.compare(VectorOperators.LT, y).or(x.compare(VectorOperators.NE, x)));
    }

    private static FloatVector max(FloatVector x, FloatVector y) {
        return y.blend(x, x.compare(VectorOperators.GT, y).or(x.compare(VectorOperators.NE, x)));
    }

    private static FloatVector min(FloatVector x, FloatVector y) {
        return y.blend(x, x.compare(VectorOperators.LT, y).or(x.compare(VectorOperators.NE, x)));
    }

    /** The whole vectors of a maximum/minimum run; returns how many elements were done. */
    private static int maxMin(boolean isMax, double[] a, int ao, int as, double[] b, int bo, int bs, double[] c, int co, int n) {
        int len = D.length();
        int bound = n - n % len;
        if (as == 1 && bs == 1) {
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(DoubleVector.fromArray(D, a, ao + i), DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(DoubleVector.fromArray(D, a, ao + i), DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            }
        } else if (bs == 0) {
            DoubleVector y = DoubleVector.broadcast(D, b[bo]);
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(DoubleVector.fromArray(D, a, ao + i), y).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(DoubleVector.fromArray(D, a, ao + i), y).intoArray(c, co + i);
                }
            }
        } else {
            DoubleVector x = DoubleVector.broadcast(D, a[ao]);
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(x, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(x, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            }
        }
        return bound;
    }

    /** The whole vectors of a float maximum/minimum run; returns how many elements were done. */
    private static int maxMin(boolean isMax, float[] a, int ao, int as, float[] b, int bo, int bs, float[] c, int co, int n) {
        int len = F.length();
        int bound = n - n % len;
        if (as == 1 && bs == 1) {
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(FloatVector.fromArray(F, a, ao + i), FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(FloatVector.fromArray(F, a, ao + i), FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            }
        } else if (bs == 0) {
            FloatVector y = FloatVector.broadcast(F, b[bo]);
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(FloatVector.fromArray(F, a, ao + i), y).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(FloatVector.fromArray(F, a, ao + i), y).intoArray(c, co + i);
                }
            }
        } else {
            FloatVector x = FloatVector.broadcast(F, a[ao]);
            if (isMax) {
                for (int i = 0; i < bound; i += len) {
                    max(x, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    min(x, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            }
        }
        return bound;
    }

    // ---- comparisons: a > b is b < a, a >= b is b <= a, a != b is !(a == b) (also for NaN) ----

    @Override
    public void compare(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, boolean[] c, int co, int cs, int n) {
        if (!vectorizable(as, bs, cs, n, D.length())) {
            super.compare(op, a, ao, as, b, bo, bs, c, co, cs, n);
            return;
        }
        int i;
        switch (op) {
            case EQUAL: i = eq(false, a, ao, as, b, bo, bs, c, co, n); break;
            case NOT_EQUAL: i = eq(true, a, ao, as, b, bo, bs, c, co, n); break;
            case LESS: i = less(false, a, ao, as, b, bo, bs, c, co, n); break;
            case LESS_EQUAL: i = less(true, a, ao, as, b, bo, bs, c, co, n); break;
            case GREATER: i = less(false, b, bo, bs, a, ao, as, c, co, n); break;
            case GREATER_EQUAL: i = less(true, b, bo, bs, a, ao, as, c, co, n); break;
            default: i = 0;
        }
        if (i < n) {
            super.compare(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
        }
    }

    @Override
    public void compare(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] c, int co, int cs, int n) {
        if (!vectorizable(as, bs, cs, n, F.length())) {
            super.compare(op, a, ao, as, b, bo, bs, c, co, cs, n);
            return;
        }
        int i;
        switch (op) {
            case EQUAL: i = eq(false, a, ao, as, b, bo, bs, c, co, n); break;
            case NOT_EQUAL: i = eq(true, a, ao, as, b, bo, bs, c, co, n); break;
            case LESS: i = less(false, a, ao, as, b, bo, bs, c, co, n); break;
            case LESS_EQUAL: i = less(true, a, ao, as, b, bo, bs, c, co, n); break;
            case GREATER: i = less(false, b, bo, bs, a, ao, as, c, co, n); break;
            case GREATER_EQUAL: i = less(true, b, bo, bs, a, ao, as, c, co, n); break;
            default: i = 0;
        }
        if (i < n) {
            super.compare(op, a, ao + i * as, as, b, bo + i * bs, bs, c, co + i, 1, n - i);
        }
    }

    /** {@code a == b} (or with {@code not}, {@code a != b}) over whole vectors; returns the count done. */
    private static int eq(boolean not, double[] a, int ao, int as, double[] b, int bo, int bs, boolean[] c, int co, int n) {
        int len = D.length();
        int bound = n - n % len;
        if (as == 0) { // equality is symmetric: put the broadcast operand second
            double[] t = a; a = b; b = t;
            int to = ao; ao = bo; bo = to;
            bs = 0;
        } else if (bs != 0) {
            for (int i = 0; i < bound; i += len) {
                VectorMask<Double> m = DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.EQ, DoubleVector.fromArray(D, b, bo + i));
                (not ? m.not() : m).intoArray(c, co + i);
            }
            return bound;
        }
        DoubleVector y = DoubleVector.broadcast(D, b[bo]);
        for (int i = 0; i < bound; i += len) {
            VectorMask<Double> m = DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.EQ, y);
            (not ? m.not() : m).intoArray(c, co + i);
        }
        return bound;
    }

    /** {@code a < b} (or with {@code orEqual}, {@code a <= b}) over whole vectors; returns the count done. */
    private static int less(boolean orEqual, double[] a, int ao, int as, double[] b, int bo, int bs, boolean[] c, int co, int n) {
        int len = D.length();
        int bound = n - n % len;
        if (as == 1 && bs == 1) {
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.LE, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.LT, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            }
        } else if (bs == 0) {
            DoubleVector y = DoubleVector.broadcast(D, b[bo]);
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.LE, y).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    DoubleVector.fromArray(D, a, ao + i).compare(VectorOperators.LT, y).intoArray(c, co + i);
                }
            }
        } else {
            DoubleVector x = DoubleVector.broadcast(D, a[ao]);
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    x.compare(VectorOperators.LE, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    x.compare(VectorOperators.LT, DoubleVector.fromArray(D, b, bo + i)).intoArray(c, co + i);
                }
            }
        }
        return bound;
    }

    /** {@code a == b} (or with {@code not}, {@code a != b}) over whole float vectors. */
    private static int eq(boolean not, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] c, int co, int n) {
        int len = F.length();
        int bound = n - n % len;
        if (as == 0) {
            float[] t = a; a = b; b = t;
            int to = ao; ao = bo; bo = to;
            bs = 0;
        } else if (bs != 0) {
            for (int i = 0; i < bound; i += len) {
                VectorMask<Float> m = FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.EQ, FloatVector.fromArray(F, b, bo + i));
                (not ? m.not() : m).intoArray(c, co + i);
            }
            return bound;
        }
        FloatVector y = FloatVector.broadcast(F, b[bo]);
        for (int i = 0; i < bound; i += len) {
            VectorMask<Float> m = FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.EQ, y);
            (not ? m.not() : m).intoArray(c, co + i);
        }
        return bound;
    }

    /** {@code a < b} (or with {@code orEqual}, {@code a <= b}) over whole float vectors. */
    private static int less(boolean orEqual, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] c, int co, int n) {
        int len = F.length();
        int bound = n - n % len;
        if (as == 1 && bs == 1) {
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.LE, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.LT, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            }
        } else if (bs == 0) {
            FloatVector y = FloatVector.broadcast(F, b[bo]);
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.LE, y).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    FloatVector.fromArray(F, a, ao + i).compare(VectorOperators.LT, y).intoArray(c, co + i);
                }
            }
        } else {
            FloatVector x = FloatVector.broadcast(F, a[ao]);
            if (orEqual) {
                for (int i = 0; i < bound; i += len) {
                    x.compare(VectorOperators.LE, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            } else {
                for (int i = 0; i < bound; i += len) {
                    x.compare(VectorOperators.LT, FloatVector.fromArray(F, b, bo + i)).intoArray(c, co + i);
                }
            }
        }
        return bound;
    }
}
