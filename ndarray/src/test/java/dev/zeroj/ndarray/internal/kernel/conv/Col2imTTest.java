package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conv layer's col2im of its transposed window matrix ({@code ConvLayer.col2imT}): the layer's
 * entry point and the Vector API provider directly (whatever {@code zeroj.conv.col2im.simd} says) give,
 * bit for bit, the book's sums, each pixel's terms added from +0.0 in (c, ky, kx) order. Image rows
 * around the vector widths, odd row counts, padding that leaves pixels without terms, strides, and
 * NaN, infinities and -0.0 among the terms; the image sits at an offset in a larger array whose other
 * elements must stay as they are.
 */
class Col2imTTest {
    @ParameterizedTest
    @CsvSource({
        // c, h, w, fh, fw, pad, stride
        "1, 28, 28, 5, 5, 0, 1", "1, 28, 28, 5, 5, 2, 1", "3, 17, 16, 3, 3, 0, 1", "2, 9, 33, 3, 4, 1, 1",
        "1, 7, 8, 1, 1, 0, 1", "1, 6, 15, 7, 7, 3, 1", "2, 5, 17, 2, 6, 4, 1", "1, 31, 40, 5, 3, 0, 1",
        "1, 8, 20, 3, 3, 0, 2", "2, 12, 12, 3, 3, 1, 1", "1, 4, 7, 3, 3, 0, 1", "1, 1, 24, 1, 5, 0, 1"})
    void givesTheBooksSums(int c, int h, int w, int fh, int fw, int pad, int stride) {
        Geometry g = new Geometry(1, c, h, w, fh, fw, stride, pad);
        final int p = g.oh * g.ow, n = c * fh * fw * p, img = c * h * w, co = 5, xo = 3;
        Random r = new Random(31L * h + w + 7L * fw + pad);
        double[] col = new double[co + n + 2];
        for (int i = 0; i < col.length; i++) {
            col[i] = r.nextGaussian() * 100;
        }
        col[co + n / 2] = Double.NaN;
        col[co + n / 3] = Double.POSITIVE_INFINITY;
        col[co + n / 5] = -0.0;
        col[co + n - 1] = -0.0; // with no padding the last pixel's only term
        col[co] = -0.0; // and the first pixel's
        float[] colF = new float[col.length];
        for (int i = 0; i < col.length; i++) {
            colF[i] = (float) col[i];
        }
        double[] want = books(g, col, co, false);
        double[] wantF = books(g, toDouble(colF), co, true);

        double[] got = filled(img + xo + 4);
        DoubleConvLayer.col2imT(g, col, co, got, xo);
        assertPlaced(want, got, xo, "layer f64");
        float[] gotF = filledF(img + xo + 4);
        FloatConvLayer.col2imT(g, colF, co, gotF, xo);
        assertPlaced(wantF, toDouble(gotF), xo, "layer f32");
        ConvKernels v = ConvKernels.VECTOR;
        if (v != null) {
            got = filled(img + xo + 4);
            if (v.col2imT(g, col, co, got, xo)) {
                assertPlaced(want, got, xo, "vector f64");
            }
            gotF = filledF(img + xo + 4);
            if (v.col2imT(g, colF, co, gotF, xo)) {
                assertPlaced(wantF, toDouble(gotF), xo, "vector f32");
            }
        }
    }

    /** The book's col2im of one image, each sum rounded to float when {@code f32} (exact: a float sum's double is rounded once). */
    private static double[] books(Geometry g, double[] col, int co, boolean f32) {
        final int p = g.oh * g.ow;
        double[] dx = new double[g.c * g.h * g.w];
        int t = 0;
        for (int c = 0; c < g.c; c++) {
            for (int ky = 0; ky < g.fh; ky++) {
                for (int kx = 0; kx < g.fw; kx++, t++) {
                    for (int oy = 0; oy < g.oh; oy++) {
                        for (int ox = 0; ox < g.ow; ox++) {
                            int iy = oy * g.stride + ky - g.pad, ix = ox * g.stride + kx - g.pad;
                            if (iy >= 0 && iy < g.h && ix >= 0 && ix < g.w) {
                                int i = (c * g.h + iy) * g.w + ix;
                                double s = dx[i] + col[co + t * p + oy * g.ow + ox];
                                dx[i] = f32 ? (float) s : s;
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    private static void assertPlaced(double[] want, double[] got, int at, String what) {
        for (int i = 0; i < got.length; i++) {
            double e = i >= at && i < at + want.length ? want[i - at] : -7.0;
            assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(got[i]), what + " element " + i);
        }
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, -7.0);
        return a;
    }

    private static float[] filledF(int n) {
        float[] a = new float[n];
        Arrays.fill(a, -7.0f);
        return a;
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
