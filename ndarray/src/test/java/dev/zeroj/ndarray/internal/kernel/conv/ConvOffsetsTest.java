package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The per-image conv kernels write at the offset they are given (the layer passes the first
 * cache-line-aligned index of its buffers, {@code internal.kernel.Aligned}): the same values as at
 * offset 0, and nothing outside their range. Large buffers are only aligned when G1 pads them, so the
 * layer tests alone may never see a non-zero offset; this one always does.
 */
class ConvOffsetsTest {
    private static final int[] OFFSETS = {1, 5, 12};
    /** (c, h, w, fh, fw, stride, pad) */
    private static final int[][] SHAPES = {
        {1, 7, 7, 3, 3, 1, 0}, {2, 6, 9, 2, 3, 1, 1}, {3, 8, 8, 5, 5, 1, 2}, {1, 9, 11, 3, 2, 2, 1},
        {2, 5, 5, 1, 1, 1, 0}, {1, 12, 10, 4, 4, 3, 1}, {16, 6, 6, 3, 3, 1, 1},
    };

    private static Geometry geometry(int[] s) {
        return new Geometry(1, s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }

    private static double[] randomD(SplittableRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() * 2 - 1;
        }
        return a;
    }

    /** {@code exact} must equal {@code big[off ..]} and every element of {@code big} outside it must still be the sentinel. */
    private static void assertPlaced(double[] exact, double[] big, int off, String what) {
        assertArrayEquals(exact, Arrays.copyOfRange(big, off, off + exact.length), what);
        for (int i = 0; i < big.length; i++) {
            if (i < off || i >= off + exact.length) {
                assertTrue(big[i] == -7.0, what + ": element " + i + " outside the range was written");
            }
        }
    }

    private static void assertPlaced(float[] exact, float[] big, int off, String what) {
        assertArrayEquals(exact, Arrays.copyOfRange(big, off, off + exact.length), what);
        for (int i = 0; i < big.length; i++) {
            if (i < off || i >= off + exact.length) {
                assertTrue(big[i] == -7.0f, what + ": element " + i + " outside the range was written");
            }
        }
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    /** A per-image window builder writing the image {@code x} of geometry {@code g} at {@code dst[off]}. */
    private interface Windows<T> {
        void build(Geometry g, T x, T dst, int off);
    }

    /** {@code d}/{@code f} (double and float forms of one kernel) write at every offset what they write at 0. */
    private static void assertWritesAtOffsets(String name, Windows<double[]> d, Windows<float[]> f, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int[] s : SHAPES) {
            Geometry g = geometry(s);
            int n = g.c * g.fh * g.fw * g.oh * g.ow;
            double[] x = randomD(r, g.c * g.h * g.w);
            double[] exact = new double[n];
            d.build(g, x, exact, 0);
            float[] exactF = new float[n];
            f.build(g, toFloat(x), exactF, 0);
            for (int off : OFFSETS) {
                double[] big = new double[n + off + 9];
                Arrays.fill(big, -7.0);
                d.build(g, x, big, off);
                assertPlaced(exact, big, off, name + " double " + Arrays.toString(s) + " at " + off);
                float[] bigF = new float[n + off + 9];
                Arrays.fill(bigF, -7.0f);
                f.build(g, toFloat(x), bigF, off);
                assertPlaced(exactF, bigF, off, name + " float " + Arrays.toString(s) + " at " + off);
            }
        }
    }

    @Test
    void im2colTWritesAtItsOffset() {
        assertWritesAtOffsets("im2colT",
                (g, x, dst, off) -> DoubleConvLayer.im2colT(g, x, 0, g.h * g.w, g.w, 1, dst, off),
                (g, x, dst, off) -> FloatConvLayer.im2colT(g, x, 0, g.h * g.w, g.w, 1, dst, off), 11);
    }

    @Test
    void imageWritesAtItsOffset() {
        assertWritesAtOffsets("image",
                (g, x, dst, off) -> Im2col.image(g, x, 0, g.h * g.w, g.w, 1, dst, off),
                (g, x, dst, off) -> Im2col.image(g, x, 0, g.h * g.w, g.w, 1, dst, off), 12);
    }

    @Test
    void col2imTReadsAndWritesAtItsOffsets() {
        SplittableRandom r = new SplittableRandom(13);
        ConvKernels[] vectors = ConvKernels.VECTOR == null ? new ConvKernels[0] : new ConvKernels[] {ConvKernels.VECTOR};
        for (int[] s : SHAPES) {
            Geometry g = geometry(s);
            int n = g.c * g.fh * g.fw * g.oh * g.ow;
            int img = g.c * g.h * g.w;
            double[] col = randomD(r, n);
            double[] exact = new double[img];
            DoubleConvLayer.col2imT(g, col, 0, exact, 0);
            float[] exactF = new float[img];
            FloatConvLayer.col2imT(g, toFloat(col), 0, exactF, 0);
            for (int off : OFFSETS) {
                double[] colAt = new double[n + off];
                System.arraycopy(col, 0, colAt, off, n);
                double[] big = new double[img + off + 9];
                Arrays.fill(big, -7.0);
                DoubleConvLayer.col2imT(g, colAt, off, big, off);
                assertPlaced(exact, big, off, "col2imT double " + Arrays.toString(s) + " at " + off);
                float[] bigF = new float[img + off + 9];
                Arrays.fill(bigF, -7.0f);
                FloatConvLayer.col2imT(g, toFloat(colAt), off, bigF, off);
                assertPlaced(exactF, bigF, off, "col2imT float " + Arrays.toString(s) + " at " + off);
                for (ConvKernels v : vectors) { // the vector col2im directly, whatever zeroj.conv.col2im.simd says
                    Arrays.fill(big, -7.0);
                    if (v.col2imT(g, colAt, off, big, off)) {
                        assertPlaced(exact, big, off, "vector col2imT double " + Arrays.toString(s) + " at " + off);
                    }
                    Arrays.fill(bigF, -7.0f);
                    if (v.col2imT(g, toFloat(colAt), off, bigF, off)) {
                        assertPlaced(exactF, bigF, off, "vector col2imT float " + Arrays.toString(s) + " at " + off);
                    }
                }
            }
        }
    }
}
