package dev.zeroj.ndarray.internal.kernel.gemm;

/**
 * Portable micro-kernels: tiles of 4 rows × {1, 2, 3} "vectors" of 4 columns, four independent
 * {@link Math#fma} chains at a time. Bitwise equal to {@link VectorMicroKernels}.
 */
final class ScalarMicroKernels extends MicroKernels {
    private static final int MR = 4;
    private static final int L = 4;

    ScalarMicroKernels() {
        super(MR, L, L);
    }

    @Override
    public void dkernel(int nv, int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int rs, boolean load) {
        int w = nv * L;
        for (int i = 0; i < MR; i++) {
            int ci = co + i * rs;
            for (int j = 0; j < w; j += 4) {
                double s0 = load ? c[ci + j] : 0;
                double s1 = load ? c[ci + j + 1] : 0;
                double s2 = load ? c[ci + j + 2] : 0;
                double s3 = load ? c[ci + j + 3] : 0;
                int pa = ao + i;
                int pb = bo + j;
                for (int p = 0; p < kc; p++, pa += MR, pb += w) {
                    double x = a[pa];
                    s0 = Math.fma(x, b[pb], s0);
                    s1 = Math.fma(x, b[pb + 1], s1);
                    s2 = Math.fma(x, b[pb + 2], s2);
                    s3 = Math.fma(x, b[pb + 3], s3);
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
        }
    }

    @Override
    public void skernel(int nv, int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int rs, boolean load) {
        int w = nv * L;
        for (int i = 0; i < MR; i++) {
            int ci = co + i * rs;
            for (int j = 0; j < w; j += 4) {
                float s0 = load ? c[ci + j] : 0;
                float s1 = load ? c[ci + j + 1] : 0;
                float s2 = load ? c[ci + j + 2] : 0;
                float s3 = load ? c[ci + j + 3] : 0;
                int pa = ao + i;
                int pb = bo + j;
                for (int p = 0; p < kc; p++, pa += MR, pb += w) {
                    float x = a[pa];
                    s0 = Math.fma(x, b[pb], s0);
                    s1 = Math.fma(x, b[pb + 1], s1);
                    s2 = Math.fma(x, b[pb + 2], s2);
                    s3 = Math.fma(x, b[pb + 3], s3);
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
        }
    }
}
