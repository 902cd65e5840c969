package dev.zeroj.ndarray.internal.kernel;

/**
 * Elementwise inner loops over strided runs: element {@code i} of operand {@code a} is
 * {@code a[ao + i*as]}. A stride of 0 repeats one element (broadcasting). Outputs never alias inputs
 * except exactly (same offset and stride), which every loop tolerates.
 *
 * <p>{@link #get()} returns the provider chosen once at start-up: {@link ScalarElementwise}, or
 * {@code VectorElementwise} when {@link Simd#ENABLED}.
 */
public interface ElementwiseKernels {
    /** c = op(a, b) in double. */
    void binary(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, double[] c, int co, int cs, int n);

    /** c = op(a, b) in float. */
    void binary(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] c, int co, int cs, int n);

    /** c = op(a, b) in long, wrapping. @throws ArithmeticException for negative integer powers */
    void binary(BinaryOp op, long[] a, int ao, int as, long[] b, int bo, int bs, long[] c, int co, int cs, int n);

    /** c = a (cmp) b for a comparison op, in double. */
    void compare(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, boolean[] c, int co, int cs, int n);

    /** c = a (cmp) b in float. */
    void compare(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] c, int co, int cs, int n);

    /** c = a (cmp) b in long. */
    void compare(BinaryOp op, long[] a, int ao, int as, long[] b, int bo, int bs, boolean[] c, int co, int cs, int n);

    /** c = a (and|or|xor) b. */
    void logical(BinaryOp op, boolean[] a, int ao, int as, boolean[] b, int bo, int bs, boolean[] c, int co, int cs, int n);

    /** c = op(a) in double. */
    void unary(UnaryOp op, double[] a, int ao, int as, double[] c, int co, int cs, int n);

    /** c = op(a) in float. */
    void unary(UnaryOp op, float[] a, int ao, int as, float[] c, int co, int cs, int n);

    /** c = op(a) in long. */
    void unary(UnaryOp op, long[] a, int ao, int as, long[] c, int co, int cs, int n);

    /** c = !a. */
    void logicalNot(boolean[] a, int ao, int as, boolean[] c, int co, int cs, int n);

    /** The provider chosen at start-up. */
    static ElementwiseKernels get() {
        return Providers.ELEMENTWISE;
    }
}
