package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.kernel.Simd;

/**
 * The Vector API parts of the conv kernels. Each method handles one parallel piece and returns
 * {@code false} when it does not cover the case (the caller then runs its scalar loop); whatever it
 * writes is bitwise what the scalar loop writes. {@link #VECTOR} is {@code null} unless
 * {@link Simd#ENABLED}; the implementation class is loaded by name so that a JVM without
 * {@code jdk.incubator.vector} never links it.
 */
interface ConvKernels {
    /** The Vector API provider, or {@code null} when SIMD is off or could not be loaded. */
    ConvKernels VECTOR = load();

    /**
     * The provider for im2col, or {@code null}: {@link #VECTOR} unless the system property
     * {@code zeroj.conv.im2col.simd} is {@code false}. (Its stores are unmasked, so JDK 17 compiles
     * it as well as later JDKs do.)
     */
    ConvKernels IM2COL = VECTOR == null ? null : useForIm2col() ? VECTOR : null;

    /**
     * The provider for {@link ConvLayer}'s col2im, or {@code null}: {@link #VECTOR} on JDK 21 and
     * later, unless the system property {@code zeroj.conv.col2im.simd} says {@code true} or
     * {@code false}. Not on JDK 17: alone it is faster there too (deep 16×28×28 backward, one thread:
     * f32 13.9 -> 11.2 ms, f64 18.5 -> 16.2), but once the float version has run in a JVM the double
     * one ran 7-8× SLOWER (deep f64 backward 21 -> 159 ms after the simple layer's f32 backward, in
     * {@code benchmarks/compare}; f64 alone 21 -> 18.8).
     */
    ConvKernels COL2IM = VECTOR == null ? null : useForCol2im() ? VECTOR : null;

    /** im2col of the output-row blocks {@code [u0, u1)} (see {@link Im2col}). */
    boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] dst, int dstOff,
            int u0, int u1);

    /** The float32 twin. */
    boolean im2col(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] dst, int dstOff,
            int u0, int u1);

    /**
     * 2x2 max pooling with stride 2 and no padding of the output-row blocks {@code [u0, u1)} (see
     * {@link MaxPool#forward}).
     */
    boolean maxPool2x2(Geometry g, double[] src, int off, int sN, int sC, int sH, int sW, double[] out, int outOff,
            long[] argmax, int argOff, int u0, int u1);

    /** The float32 twin. */
    boolean maxPool2x2(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW, float[] out, int outOff,
            long[] argmax, int argOff, int u0, int u1);

    /**
     * {@link ConvLayer}'s col2im of one image from the transposed window matrix at {@code col[co]} (unit stride only;
     * {@code false} otherwise, writing nothing): bitwise the scalar loop (the same additions per
     * pixel in the same order, a row of pixels at a time).
     */
    boolean col2imT(Geometry g, double[] col, int co, double[] dx, int base);

    /** The float32 twin. */
    boolean col2imT(Geometry g, float[] col, int co, float[] dx, int base);

    private static boolean useForCol2im() {
        String v = System.getProperty("zeroj.conv.col2im.simd", "");
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return v.equalsIgnoreCase("true");
        }
        return Runtime.version().feature() >= 21;
    }

    private static boolean useForIm2col() {
        return !System.getProperty("zeroj.conv.im2col.simd", "true").equalsIgnoreCase("false");
    }

    private static ConvKernels load() {
        if (!Simd.ENABLED) {
            return null;
        }
        String name = "dev.zeroj.ndarray.internal.kernel.conv.VectorConv";
        try {
            return (ConvKernels) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("zeroj: could not load " + name + " (" + e + "); using scalar conv kernels");
            return null;
        }
    }
}
