package dev.zeroj.ndarray.internal.kernel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zeroj.ndarray.internal.kernel.gemm.Gemm;
import dev.zeroj.ndarray.internal.kernel.gemm.MicroKernels;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conv layer's {@code dcolᵀ = Wᵀ · dout_n} ({@code DoubleConvLayer.dcolT}): its vector tiles and the
 * GEMM it falls back to for the taps and pixels outside them give, bit for bit, what the plain GEMM gives
 * alone (one fma chain per element). Tap counts around the tile's 5 rows, pixel counts around its width,
 * filter counts up to the limit, {@code dout} planes wider than their pixels, and non-finite values.
 * In the SIMD run with 512-bit vectors the tiles must really run.
 */
class DcolTilesTest {
    @ParameterizedTest
    @CsvSource({
        // k, p, fn, extra plane stride
        "25, 576, 30, 0", "25, 576, 30, 7", "5, 64, 1, 0", "4, 200, 8, 0", "6, 63, 3, 0", "27, 130, 17, 5",
        "40, 129, 64, 0", "41, 128, 16, 0", "25, 576, 65, 0", "10, 32, 2, 3", "15, 1, 4, 0", "25, 65, 30, 0"})
    void tilesGiveTheGemmsBits(int k, int p, int fn, int extra) {
        final int dsF = p + extra;
        Random r = new Random(31L * k + p + 7L * fn);
        double[] w = new double[fn * k + 3];
        double[] d = new double[fn * dsF + 5];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextGaussian() * 1e3;
        }
        w[1 + (k > 1 ? k : 0)] = Double.NaN;
        d[dsF > 2 ? 2 : 0] = Double.POSITIVE_INFINITY;
        d[d.length - 6] = -0.0;
        float[] wf = new float[w.length];
        float[] df = new float[d.length];
        for (int i = 0; i < w.length; i++) {
            wf[i] = (float) w[i];
        }
        for (int i = 0; i < d.length; i++) {
            df[i] = (float) d[i];
        }
        final int wo = 3, d0 = 5;
        double[] w2 = shift(w, wo);
        float[] wf2 = shift(wf, wo);
        MicroKernels kern = MicroKernels.DEFAULT;
        double[] want = new double[k * p + 9];
        double[] got = new double[k * p + 9];
        Gemm.dgemm(kern, 1, 1, k, p, fn, w2, wo, 1, k, d, d0, dsF, 1, want, 9, p);
        DoubleConvLayer.dcolT(kern, k, p, fn, w2, wo, d, d0, dsF, got, 9);
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "f64 element " + i);
        }
        float[] wantF = new float[k * p + 9];
        float[] gotF = new float[k * p + 9];
        Gemm.sgemm(kern, 1, 1, k, p, fn, wf2, wo, 1, k, df, d0, dsF, 1, wantF, 9, p);
        FloatConvLayer.dcolT(kern, k, p, fn, wf2, wo, df, d0, dsF, gotF, 9);
        for (int i = 0; i < wantF.length; i++) {
            assertEquals(Float.floatToRawIntBits(wantF[i]), Float.floatToRawIntBits(gotF[i]), "f32 element " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void theTilesRunWhereTheSettingsSaySo(boolean dbl) {
        ConvKernels vec = ConvKernels.SHIFTED;
        int width = vec == null ? 0 : dbl ? vec.dcolTilePixels(new double[0]) : vec.dcolTilePixels(new float[0]);
        if (vec != null && vec.wideVectors()) {
            assertTrue(width > 0, "512-bit vectors with the shifted kernels on: the dcol tiles must run");
        } else {
            assertEquals(0, width);
        }
    }

    private static double[] shift(double[] a, int by) {
        double[] b = new double[a.length + by];
        System.arraycopy(a, 0, b, by, a.length);
        return b;
    }

    private static float[] shift(float[] a, int by) {
        float[] b = new float[a.length + by];
        System.arraycopy(a, 0, b, by, a.length);
        return b;
    }
}
