package dev.zeroj.ndarray.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
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
}
