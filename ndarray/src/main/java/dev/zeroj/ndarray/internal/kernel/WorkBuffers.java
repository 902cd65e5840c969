package dev.zeroj.ndarray.internal.kernel;

/**
 * Work buffers the kernels keep for reuse, one slot per purpose in an array of arrays the caller holds
 * per thread (a {@code ThreadLocal<double[][]>}): a slot is replaced only when it is too small, so steady
 * state allocates nothing. A reused buffer holds whatever its last user left in it.
 */
public final class WorkBuffers {
    private WorkBuffers() {}

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    /** {@code bufs[which]} when it has at least {@code size} elements, else a new array of {@code size} stored there. */
    public static double[] get(double[][] bufs, int which, int size) {
        double[] x = bufs[which];
        if (x == null || x.length < size) {
            x = new double[size];
            bufs[which] = x;
        }
        return x;
    }

    /**
     * {@code bufs[which]} when it holds {@code size} elements from {@link Aligned#offset(double[])} on, else
     * a new buffer stored there: {@link Aligned#doubles} of {@code max(size, atLeast)} elements when
     * alignment is {@linkplain Aligned#ENABLED on} ({@code atLeast} asks for one large enough to be padded
     * onto a cache line), a plain array of {@code size} otherwise. Use it from its offset on.
     */
    public static double[] lineAligned(double[][] bufs, int which, int size, int atLeast) {
        double[] x = bufs[which];
        if (x == null || x.length - Aligned.offset(x) < size) {
            x = Aligned.ENABLED ? Aligned.doubles(Math.max(size, atLeast)) : new double[size];
            bufs[which] = x;
        }
        return x;
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    /** {@code bufs[which]} when it has at least {@code size} elements, else a new array of {@code size} stored there. */
    public static float[] get(float[][] bufs, int which, int size) {
        float[] x = bufs[which];
        if (x == null || x.length < size) {
            x = new float[size];
            bufs[which] = x;
        }
        return x;
    }

    /**
     * {@code bufs[which]} when it holds {@code size} elements from {@link Aligned#offset(float[])} on, else
     * a new buffer stored there: {@link Aligned#floats} of {@code max(size, atLeast)} elements when
     * alignment is {@linkplain Aligned#ENABLED on} ({@code atLeast} asks for one large enough to be padded
     * onto a cache line), a plain array of {@code size} otherwise. Use it from its offset on.
     */
    public static float[] lineAligned(float[][] bufs, int which, int size, int atLeast) {
        float[] x = bufs[which];
        if (x == null || x.length - Aligned.offset(x) < size) {
            x = Aligned.ENABLED ? Aligned.floats(Math.max(size, atLeast)) : new float[size];
            bufs[which] = x;
        }
        return x;
    }

    // ---- end float twins ----
}
