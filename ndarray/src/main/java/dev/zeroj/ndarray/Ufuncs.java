package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.iter.StridedLoop;
import dev.zeroj.ndarray.internal.kernel.BinaryOp;
import dev.zeroj.ndarray.internal.kernel.Compute;
import dev.zeroj.ndarray.internal.kernel.ElementwiseKernels;
import dev.zeroj.ndarray.internal.kernel.UnaryOp;
import dev.zeroj.ndarray.internal.layout.Layout;
import dev.zeroj.ndarray.Coercion.Operand;
import java.util.Arrays;

/**
 * NumPy's ufunc machinery for zeroj's elementwise operations: operand conversion (NEP 50 weak Java
 * scalars), type resolution, broadcasting, the {@code out} checks ({@code same_kind} casting,
 * non-broadcastable output), overlap copies, and the buffered strided loop that feeds the kernels.
 */
final class Ufuncs {
    /** Inputs of a different storage type than the compute type are converted in chunks this long. */
    static final int BUF = 2048;

    /** The operations, with NumPy's ufunc names for error messages. */
    enum Op {
        ADD("add", BinaryOp.ADD), SUBTRACT("subtract", BinaryOp.SUBTRACT), MULTIPLY("multiply", BinaryOp.MULTIPLY),
        DIVIDE("divide", BinaryOp.DIVIDE), POWER("power", BinaryOp.POWER), MAXIMUM("maximum", BinaryOp.MAXIMUM),
        MINIMUM("minimum", BinaryOp.MINIMUM), EQUAL("equal", BinaryOp.EQUAL), NOT_EQUAL("not_equal", BinaryOp.NOT_EQUAL),
        LESS("less", BinaryOp.LESS), LESS_EQUAL("less_equal", BinaryOp.LESS_EQUAL), GREATER("greater", BinaryOp.GREATER),
        GREATER_EQUAL("greater_equal", BinaryOp.GREATER_EQUAL), LOGICAL_AND("logical_and", BinaryOp.LOGICAL_AND),
        LOGICAL_OR("logical_or", BinaryOp.LOGICAL_OR), LOGICAL_XOR("logical_xor", BinaryOp.LOGICAL_XOR),
        NEGATIVE("negative", UnaryOp.NEGATIVE), ABSOLUTE("absolute", UnaryOp.ABSOLUTE), SIGN("sign", UnaryOp.SIGN),
        SQUARE("square", UnaryOp.SQUARE), SQRT("sqrt", UnaryOp.SQRT), EXP("exp", UnaryOp.EXP), LOG("log", UnaryOp.LOG),
        TANH("tanh", UnaryOp.TANH), SIN("sin", UnaryOp.SIN), COS("cos", UnaryOp.COS), FLOOR("floor", UnaryOp.FLOOR),
        CEIL("ceil", UnaryOp.CEIL), LOGICAL_NOT("logical_not", UnaryOp.LOGICAL_NOT);

        final String ufunc;
        final BinaryOp bin;
        final UnaryOp un;

        Op(String ufunc, BinaryOp bin) {
            this.ufunc = ufunc;
            this.bin = bin;
            this.un = null;
        }

        Op(String ufunc, UnaryOp un) {
            this.ufunc = ufunc;
            this.bin = null;
            this.un = un;
        }

        boolean floatOnly() {
            return this == SQRT || this == EXP || this == LOG || this == TANH || this == SIN || this == COS;
        }
    }

    private static final ElementwiseKernels K = ElementwiseKernels.get();

    private Ufuncs() {}

    /** A weak Python float operand. */
    static Object weak(double v) {
        return Double.valueOf(v);
    }

    /** A weak Python int operand. */
    static Object weak(long v) {
        return Long.valueOf(v);
    }

    private static Operand operand(Object x) {
        return Coercion.operand(x);
    }

    /**
     * A one-element operand (a weak scalar, a 0-d or broadcast length-1 array) converted once to the
     * compute type's storage, so the loop reads it directly instead of converting it into a chunk
     * buffer in every piece; larger operands unchanged.
     */
    private static NDArray scalarInCompute(NDArray x, Compute in) {
        if (x.size != 1 || x.dtype.ordinal() == in.storage) {
            return x;
        }
        return Copies.astype(x, DType.values()[in.storage]);
    }

    static NDArray scalar(double v) {
        return new NDArray(DType.FLOAT64, new double[] {v}, new int[0], new int[0], 0, null);
    }

    static NDArray scalar(long v) {
        return new NDArray(DType.INT64, new long[] {v}, new int[0], new int[0], 0, null);
    }

    private static Operand toHalf(Operand o) {
        return o.weak == 0 ? o : new Operand(Copies.astype(o.arr, DType.FLOAT16), o.weak);
    }

    /** The common input type, with NEP 50 rules for weak scalars. */
    private static DType common(Op op, Operand a, Operand b) {
        DType r = Coercion.resultType(a, b);
        if ((a.weak == Operand.STRONG) == (b.weak == Operand.STRONG)) {
            return r; // both arrays, or two weak scalars (int64/float64 hold them)
        }
        Operand weak = a.weak == 0 ? b : a;
        // comparisons handle any Python int exactly; divide and the logical ops never convert it to
        // the integer dtype (divide computes in float64, the logical ops take its truth value)
        boolean converted = !op.bin.isComparison() && !op.bin.isLogical() && op.bin != BinaryOp.DIVIDE;
        if (r.isInteger() && weak.weak == Operand.INT && converted) {
            Coercion.checkPythonIntRange(((long[]) weak.arr.data)[weak.arr.offset], r);
        }
        return r;
    }

    static Compute computeOf(DType t) {
        switch (t) {
            case FLOAT64: return Compute.DOUBLE;
            case FLOAT32: case FLOAT16: return Compute.FLOAT;
            default: return Compute.LONG;
        }
    }

    /** NumPy's {@code same_kind} rule for these dtypes: kinds ordered b &lt; u &lt; i &lt; f. */
    static boolean sameKind(DType from, DType to) {
        return kind(to) >= kind(from);
    }

    private static int kind(DType t) {
        switch (t) {
            case BOOL: return 0;
            case UINT8: return 1;
            case INT32: case INT64: return 2;
            default: return 3;
        }
    }

    private static String dt(DType t) {
        return "dtype('" + t + "')";
    }

    static NDArray binary(Op op, Object x, Object y, NDArray out) {
        Operand a = operand(x);
        Operand b = operand(y);
        DType common = common(op, a, b);
        if (common == DType.FLOAT16) {
            // NumPy converts a Python scalar to float16 before the loop (float16 + 2049 adds 2048);
            // float32 compute would otherwise see the unrounded value
            a = toHalf(a);
            b = toHalf(b);
        }
        DType res;
        Compute in;
        Compute outC;
        BinaryOp bin = op.bin;
        if (bin.isComparison()) {
            res = DType.BOOL;
            in = computeOf(common);
            outC = Compute.BOOL;
        } else if (bin.isLogical()) {
            res = DType.BOOL;
            in = Compute.BOOL;
            outC = Compute.BOOL;
        } else {
            if (common.isBool() && bin == BinaryOp.SUBTRACT) {
                throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
            }
            if (common.isBool() && bin == BinaryOp.POWER) {
                throw new TypeError("ufunc 'power' on two bool arrays returns int8 in NumPy, a dtype zeroj does not have; cast to an integer dtype first");
            }
            res = bin == BinaryOp.DIVIDE && !common.isFloat() ? DType.FLOAT64 : common;
            in = computeOf(res);
            outC = in;
        }
        out = prepareOut(op, out, res, a.arr, b.arr);
        NDArray dst = loopTarget(out, res, outC);
        NDArray av = scalarInCompute(separate(a.arr, out), in);
        NDArray bv = scalarInCompute(separate(b.arr, out), in);
        if (res == DType.FLOAT16 && (bin == BinaryOp.MAXIMUM || bin == BinaryOp.MINIMUM)) {
            // the kernels return the second of two equal values (0.0, -0.0) as NumPy's float32/64
            // loops do; NumPy's float16 loop returns the first
            NDArray t = av;
            av = bv;
            bv = t;
        }
        UnaryOp fast = bin == BinaryOp.POWER ? powerFastPath(res, bv) : null;
        try {
            if (fast != null) {
                execute(in, outC, dst, av, null, (pa, ao, as, pb, bo, bs, pc, co, cs, n) ->
                        in.unary(K, fast, pa, ao, as, pc, co, cs, n));
            } else {
                execute(in, outC, dst, av, bv, (pa, ao, as, pb, bo, bs, pc, co, cs, n) ->
                        in.binary(K, bin, pa, ao, as, pb, bo, bs, pc, co, cs, n));
            }
        } catch (ArithmeticException e) {
            throw new ValueError(e.getMessage(), e);
        }
        if (dst != out) {
            Copies.assign(out, dst);
        }
        return out;
    }

    /**
     * NumPy's power loops with a single (stride-0) float exponent compute {@code x ** 2} as square,
     * {@code x ** -1} as reciprocal and {@code x ** 0.5} as sqrt (not float16), which differs from
     * {@code pow} in the last bit and at {@code -inf}, {@code -0.0}. The unary op, or null.
     */
    private static UnaryOp powerFastPath(DType res, NDArray exponent) {
        if (!res.isFloat() || exponent.size != 1) {
            return null;
        }
        double v = dev.zeroj.ndarray.internal.kernel.Convert.getDouble(exponent.data, exponent.dtype.ordinal(), exponent.offset);
        if (v == 2.0) {
            return UnaryOp.SQUARE;
        }
        if (v == -1.0) {
            return UnaryOp.RECIPROCAL;
        }
        return v == 0.5 && res != DType.FLOAT16 ? UnaryOp.SQRT : null;
    }

    static NDArray unary(Op op, Object x, NDArray out) {
        Operand a = operand(x);
        DType t = a.arr.dtype;
        DType res;
        Compute in;
        Compute outC;
        if (op == Op.LOGICAL_NOT) {
            res = DType.BOOL;
            in = Compute.BOOL;
            outC = Compute.BOOL;
        } else {
            if (t.isBool() && op == Op.NEGATIVE) {
                throw new TypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
            }
            if (t.isBool() && op == Op.SIGN) {
                throw new TypeError("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
            }
            if (t.isBool() && op == Op.SQUARE) {
                throw new TypeError("ufunc 'square' on a bool array returns int8 in NumPy, a dtype zeroj does not have; cast to an integer dtype first");
            }
            if (op.floatOnly() && !t.isFloat()) {
                res = (t == DType.BOOL || t == DType.UINT8) ? DType.FLOAT16 : DType.FLOAT64;
            } else {
                res = t;
            }
            in = computeOf(res);
            outC = in;
        }
        out = prepareOut(op, out, res, a.arr);
        NDArray dst = loopTarget(out, res, outC);
        NDArray av = separate(a.arr, out);
        UnaryOp un = op.un;
        execute(in, outC, dst, av, null, (pa, ao, as, pb, bo, bs, pc, co, cs, n) ->
                in.unary(K, un, pa, ao, as, pc, co, cs, n));
        if (dst != out) {
            Copies.assign(out, dst);
        }
        return out;
    }

    /**
     * Where the loop writes: {@code out}, or a temporary of the result dtype when {@code out} has
     * another dtype and the loop computes in a wider type than {@code res} (float16 in float;
     * int32, uint8 and bool arithmetic in long). NumPy rounds or wraps to the result dtype before
     * casting to {@code out}: int32 + int32 into an int64 out wraps at 32 bits.
     */
    private static NDArray loopTarget(NDArray out, DType res, Compute outC) {
        if (out.dtype == res || outC.storage == res.ordinal()) {
            return out;
        }
        return NDArray.allocateInOrder(res, out.shape, Layout.strideOrder(new int[][] {out.shape}, new int[][] {out.strides}));
    }

    /**
     * The output: {@code out} after NumPy's checks, in NumPy's order (writeable, the
     * {@code same_kind} cast, then broadcasting of all operands including {@code out}, then that
     * {@code out} already has the broadcast shape), or a new array of {@code res} and the inputs'
     * broadcast shape laid out in the inputs' memory order ({@code order='K'}: {@code x.T + 1} is
     * F-ordered like {@code x.T}).
     */
    private static NDArray prepareOut(Op op, NDArray out, DType res, NDArray... ins) {
        if (out != null) {
            out.checkWriteable("output array"); // NumPy checks this before the cast and the shapes
        }
        if (out != null && !sameKind(res, out.dtype)) {
            throw new TypeError("Cannot cast ufunc '" + op.ufunc + "' output from " + dt(res) + " to " + dt(out.dtype)
                    + " with casting rule 'same_kind'");
        }
        int[][] all = new int[ins.length + (out == null ? 0 : 1)][];
        for (int i = 0; i < ins.length; i++) {
            all[i] = ins[i].shape;
        }
        if (out != null) {
            all[ins.length] = out.shape;
        }
        int[] full = Layout.broadcastShapes(all);
        if (full == null) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
            for (int[] s : all) {
                sb.append(Layout.shapeStringCompact(s)).append(' ');
            }
            throw new ValueError(sb.toString());
        }
        if (out == null) {
            return allocateK(res, full, ins);
        }
        if (!Arrays.equals(full, out.shape)) {
            throw new ValueError("non-broadcastable output operand with shape " + Layout.shapeStringCompact(out.shape)
                    + " doesn't match the broadcast shape " + Layout.shapeStringCompact(full));
        }
        return out;
    }

    /** A new array of {@code shape} in the memory order of {@code ins} broadcast to it (NumPy's K order). */
    private static NDArray allocateK(DType res, int[] shape, NDArray... ins) {
        if (shape.length < 2) {
            return NDArray.allocate(res, shape);
        }
        int[][] st = new int[ins.length][];
        for (int i = 0; i < ins.length; i++) {
            st[i] = Layout.broadcastStrides(ins[i].shape, ins[i].strides, shape);
        }
        return NDArray.allocateInOrder(res, shape, Layout.broadcastStrideOrder(shape, st));
    }

    /**
     * {@code in} itself, or a copy of it when it shares memory with {@code out} in any way other than
     * being exactly the same elements in the same order (NumPy's overlap handling).
     */
    static NDArray separate(NDArray in, NDArray out) {
        if (in.data != out.data || in.size == 0) {
            return in;
        }
        int[] st = Layout.broadcastStrides(in.shape, in.strides, out.shape);
        if (in.offset == out.offset && st != null && Arrays.equals(in.shape, out.shape) && Arrays.equals(st, out.strides)) {
            return in;
        }
        return in.copy();
    }

    /** One inner call: inputs {@code a} (and {@code b}) to output {@code c}, typed by the compute types. */
    @FunctionalInterface
    interface Inner {
        void apply(Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n);
    }

    /**
     * Runs {@code inner} over {@code out}'s shape with {@code a} (and {@code b}, or null) broadcast to
     * it, walking the operands in their memory order (not C order): each element is computed
     * independently, so the order changes no result, and a transposed operand is read contiguously. Operands whose storage is not the compute type's are converted through chunk buffers; the
     * output is written directly when its storage is {@code outC}'s, otherwise converted on store.
     */
    static void execute(Compute in, Compute outC, NDArray out, NDArray a, NDArray b, Inner inner) {
        if (out.size == 0) {
            return;
        }
        int[] shape = out.shape;
        int[] sa = Layout.broadcastStrides(a.shape, a.strides, shape);
        StridedLoop plan;
        int[] base;
        if (b == null) {
            plan = StridedLoop.inMemoryOrder(shape, out.strides, sa);
            base = new int[] {out.offset, a.offset};
        } else {
            int[] sb = Layout.broadcastStrides(b.shape, b.strides, shape);
            plan = StridedLoop.inMemoryOrder(shape, out.strides, sa, sb);
            base = new int[] {out.offset, a.offset, b.offset};
        }
        int os = plan.innerStride(0);
        int as = plan.innerStride(1);
        int bs = b == null ? 0 : plan.innerStride(2);
        int aCode = a.dtype.ordinal();
        int bCode = b == null ? 0 : b.dtype.ordinal();
        int oCode = out.dtype.ordinal();
        boolean aDirect = aCode == in.storage;
        boolean bDirect = b == null || bCode == in.storage;
        boolean oDirect = oCode == outC.storage;
        int buf = Math.min(BUF, plan.innerLength());
        Object aData = a.data;
        Object bData = b == null ? null : b.data;
        Object oData = out.data;
        plan.runParallel(base, () -> {
            Object ba = aDirect ? null : in.allocate(buf);
            Object bb = bDirect ? null : in.allocate(buf);
            Object bc = oDirect ? null : outC.allocate(buf);
            return (offs, n) -> {
                for (int s = 0; s < n; s += BUF) {
                    int m = Math.min(BUF, n - s);
                    int oo = offs[0] + s * os;
                    int ao = offs[1] + s * as;
                    Object pa = aData;
                    int pao = ao;
                    int pas = as;
                    if (!aDirect) {
                        in.load(aData, aCode, ao, as, ba, as == 0 ? 1 : m);
                        pa = ba;
                        pao = 0;
                        pas = as == 0 ? 0 : 1;
                    }
                    Object pb = bData;
                    int pbo = 0;
                    int pbs = 0;
                    if (b != null) {
                        int bo = offs[2] + s * bs;
                        pbo = bo;
                        pbs = bs;
                        if (!bDirect) {
                            in.load(bData, bCode, bo, bs, bb, bs == 0 ? 1 : m);
                            pb = bb;
                            pbo = 0;
                            pbs = bs == 0 ? 0 : 1;
                        }
                    }
                    if (oDirect) {
                        inner.apply(pa, pao, pas, pb, pbo, pbs, oData, oo, os, m);
                    } else {
                        inner.apply(pa, pao, pas, pb, pbo, pbs, bc, 0, 1, m);
                        outC.store(bc, oData, oCode, oo, os, m);
                    }
                }
            };
        });
    }
}
