package dev.zeroj.ndarray.internal.kernel.conv;

/**
 * Max pooling as the book's Pooling layer computes it, without materialising the im2col matrix.
 *
 * <p>Forward: for every window (n, oh, ow) and channel c, the window's {@code fh*fw} values in
 * (y, x) order (padding reads as {@code 0.0}); {@code argmax} is the index of the first maximum (the
 * first NaN if there is one), {@code out} the maximum as NumPy's {@code np.max} returns it for
 * windows of up to 8 (float64) or 16 (float32) elements: a later equal value replaces an earlier one,
 * which decides the sign of a zero maximum. The output is {@code (n, c, oh, ow)} C-contiguous, the
 * argmax a flat {@code long} array in the book's row order (n, oh, ow, c).
 *
 * <p>Backward: {@code dx} is col2im of the matrix that holds {@code dout} at each window's argmax and
 * zeros elsewhere; the zero terms change no sum (a sum that starts at {@code +0.0} never becomes
 * {@code -0.0}), so each pixel is {@code +0.0} plus its argmax terms in the book's (y, x) order.
 *
 * <p>The code is in {@link DoubleMaxPool} (hand-written) and FloatMaxPool (generated from it by
 * {@code ndarray/src/test/python/gen_conv_twins.py}); this class dispatches on the array type.
 */
public final class MaxPool {
    private MaxPool() {}

    /** Thrown by {@code backward} for an argmax outside {@code [-fh*fw, fh*fw)}; {@link #value} is the index. */
    public static final class BadIndex extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The offending index. */
        public final long value;

        BadIndex(long value) {
            super("argmax " + value, null, false, false);
            this.value = value;
        }
    }

    /**
     * Forward pass. Input at {@code src[off]} with strides {@code sN, sC, sH, sW}; {@code out}
     * C-contiguous {@code (n, c, oh, ow)} at {@code outOff}; {@code argmax} C-contiguous at
     * {@code argOff}.
     */
    public static void forward(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW,
            double[] out, int outOff, long[] argmax, int argOff) {
        DoubleMaxPool.forward(g, src, off, sN, sC, sH, sW, out, outOff, argmax, argOff);
    }

    /** The float32 twin of the double forward pass. */
    public static void forward(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] out, int outOff, long[] argmax, int argOff) {
        FloatMaxPool.forward(g, src, off, sN, sC, sH, sW, out, outOff, argmax, argOff);
    }

    /**
     * Backward pass: {@code dx} C-contiguous {@code (n, c, h, w)} at {@code dxOff} from {@code dout}
     * {@code (n, c, oh, ow)} at {@code doutOff} with strides {@code dN, dC, dH, dW}, and the argmax
     * at {@code argmax[argOff + r * argStride]} for book row r.
     *
     * @throws BadIndex for an argmax outside {@code [-fh*fw, fh*fw)}
     */
    public static void backward(Geometry g, double[] dout, int doutOff, int dN, int dC, int dH, int dW,
            long[] argmax, int argOff, int argStride, double[] dx, int dxOff) {
        DoubleMaxPool.backward(g, dout, doutOff, dN, dC, dH, dW, argmax, argOff, argStride, dx, dxOff);
    }

    /** The float32 twin of the double backward pass. */
    public static void backward(Geometry g, float[] dout, int doutOff, int dN, int dC, int dH, int dW,
            long[] argmax, int argOff, int argStride, float[] dx, int dxOff) {
        FloatMaxPool.backward(g, dout, doutOff, dN, dC, dH, dW, argmax, argOff, argStride, dx, dxOff);
    }
}
