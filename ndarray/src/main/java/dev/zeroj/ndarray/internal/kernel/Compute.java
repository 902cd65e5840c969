package dev.zeroj.ndarray.internal.kernel;

/**
 * The four compute types of elementwise loops and the bridge from untyped storage ({@code Object}
 * holding a primitive array) to the typed kernels. float16 computes as {@link #FLOAT}; uint8, int32
 * and bool arithmetic compute as {@link #LONG}; logical operations compute as {@link #BOOL}.
 */
public enum Compute {
    /** double arithmetic; storage float64. */
    DOUBLE(Convert.F64) {
        @Override public Object allocate(int n) { return new double[n]; }
        @Override public void load(Object src, int code, int off, int stride, Object buf, int n) { Convert.loadDouble(src, code, off, stride, (double[]) buf, n); }
        @Override public void store(Object buf, Object dst, int code, int off, int stride, int n) { Convert.storeDouble((double[]) buf, dst, code, off, stride, n); }
        @Override public void binary(ElementwiseKernels k, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n) {
            if (op.isComparison()) {
                k.compare(op, (double[]) a, ao, as, (double[]) b, bo, bs, (boolean[]) c, co, cs, n);
            } else {
                k.binary(op, (double[]) a, ao, as, (double[]) b, bo, bs, (double[]) c, co, cs, n);
            }
        }
        @Override public void unary(ElementwiseKernels k, UnaryOp op, Object a, int ao, int as, Object c, int co, int cs, int n) { k.unary(op, (double[]) a, ao, as, (double[]) c, co, cs, n); }
    },
    /** float arithmetic; storage float32 (float16 is converted on load and rounded on store). */
    FLOAT(Convert.F32) {
        @Override public Object allocate(int n) { return new float[n]; }
        @Override public void load(Object src, int code, int off, int stride, Object buf, int n) { Convert.loadFloat(src, code, off, stride, (float[]) buf, n); }
        @Override public void store(Object buf, Object dst, int code, int off, int stride, int n) { Convert.storeFloat((float[]) buf, dst, code, off, stride, n); }
        @Override public void binary(ElementwiseKernels k, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n) {
            if (op.isComparison()) {
                k.compare(op, (float[]) a, ao, as, (float[]) b, bo, bs, (boolean[]) c, co, cs, n);
            } else {
                k.binary(op, (float[]) a, ao, as, (float[]) b, bo, bs, (float[]) c, co, cs, n);
            }
        }
        @Override public void unary(ElementwiseKernels k, UnaryOp op, Object a, int ao, int as, Object c, int co, int cs, int n) { k.unary(op, (float[]) a, ao, as, (float[]) c, co, cs, n); }
    },
    /** wrapping 64-bit integer arithmetic; storage int64. */
    LONG(Convert.I64) {
        @Override public Object allocate(int n) { return new long[n]; }
        @Override public void load(Object src, int code, int off, int stride, Object buf, int n) { Convert.loadLong(src, code, off, stride, (long[]) buf, n); }
        @Override public void store(Object buf, Object dst, int code, int off, int stride, int n) { Convert.storeLong((long[]) buf, dst, code, off, stride, n); }
        @Override public void binary(ElementwiseKernels k, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n) {
            if (op.isComparison()) {
                k.compare(op, (long[]) a, ao, as, (long[]) b, bo, bs, (boolean[]) c, co, cs, n);
            } else {
                k.binary(op, (long[]) a, ao, as, (long[]) b, bo, bs, (long[]) c, co, cs, n);
            }
        }
        @Override public void unary(ElementwiseKernels k, UnaryOp op, Object a, int ao, int as, Object c, int co, int cs, int n) { k.unary(op, (long[]) a, ao, as, (long[]) c, co, cs, n); }
    },
    /** truth values; storage bool. */
    BOOL(Convert.BOOL) {
        @Override public Object allocate(int n) { return new boolean[n]; }
        @Override public void load(Object src, int code, int off, int stride, Object buf, int n) { Convert.loadBool(src, code, off, stride, (boolean[]) buf, n); }
        @Override public void store(Object buf, Object dst, int code, int off, int stride, int n) { Convert.storeBool((boolean[]) buf, dst, code, off, stride, n); }
        @Override public void binary(ElementwiseKernels k, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n) {
            k.logical(op, (boolean[]) a, ao, as, (boolean[]) b, bo, bs, (boolean[]) c, co, cs, n);
        }
        @Override public void unary(ElementwiseKernels k, UnaryOp op, Object a, int ao, int as, Object c, int co, int cs, int n) {
            if (op == UnaryOp.IDENTITY) {
                boolean[] x = (boolean[]) a;
                boolean[] y = (boolean[]) c;
                for (int i = 0, p = ao, q = co; i < n; i++, p += as, q += cs) {
                    y[q] = x[p];
                }
            } else {
                k.logicalNot((boolean[]) a, ao, as, (boolean[]) c, co, cs, n);
            }
        }
    };

    /** The storage code whose arrays this compute type reads and writes without conversion. */
    public final int storage;

    Compute(int storage) {
        this.storage = storage;
    }

    /** A dense buffer of {@code n} elements of this type. */
    public abstract Object allocate(int n);

    /** Converts {@code n} elements of storage run {@code (src, off, stride)} into {@code buf[0..n)}. */
    public abstract void load(Object src, int code, int off, int stride, Object buf, int n);

    /** Converts {@code buf[0..n)} into storage run {@code (dst, off, stride)} with NumPy's cast. */
    public abstract void store(Object buf, Object dst, int code, int off, int stride, int n);

    /** Runs a binary kernel; comparisons write to a {@code boolean[]} {@code c}. */
    public abstract void binary(ElementwiseKernels k, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs, Object c, int co, int cs, int n);

    /** Runs a unary kernel (for {@link #BOOL}: logical not, or identity). */
    public abstract void unary(ElementwiseKernels k, UnaryOp op, Object a, int ao, int as, Object c, int co, int cs, int n);
}
