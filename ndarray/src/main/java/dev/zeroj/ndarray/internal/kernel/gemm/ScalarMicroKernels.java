package dev.zeroj.ndarray.internal.kernel.gemm;

/**
 * Portable micro-kernels: tiles of 4 rows × {1, 2, 3} "vectors" of 4 columns, four independent
 * {@link Math#fma} chains at a time. Bitwise equal to the Vector API providers.
 */
final class ScalarMicroKernels extends MicroKernels {
    private static final int MR = 4;
    private static final int L = 4;

    ScalarMicroKernels() {
        super(MR, 3, L, L);
    }

    /** B's column for column {@code j} of C: the same below {@code head}, shifted in the last vector. */
    private static int col(int j, int head, int lc, int lb) {
        return j < head ? j : lb + (j - lc);
    }

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    @Override
    public void dkernel(int nv, int kc, double[] a, int ao, int ars, double[] b, int bo, int brs, double[] c, int co,
            int rs, boolean load, int lc, int lb) {
        dkernel(nv, kc, a, ao, ars, 1, b, bo, brs, c, co, rs, load, lc, lb);
    }

    @Override
    public void dkernelPacked(int nv, int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int rs, boolean load,
            int lc) {
        dkernel(nv, kc, a, ao, 1, MR, b, bo, nv * L, c, co, rs, load, lc, (nv - 1) * L);
    }

    private static void dkernel(int nv, int kc, double[] a, int ao, int ars, int acs, double[] b, int bo, int brs, double[] c,
            int co, int rs, boolean load, int lc, int lb) {
        // columns 0 .. lc+L-1 of C, each once: column j reads B's column j, or lb + (j - lc) in the last vector
        int head = (nv - 1) * L;
        int w = lc + L;
        for (int i = 0; i < MR; i++) {
            int ai = ao + i * ars;
            int ci = co + i * rs;
            for (int j = 0; j < w; j += 4) {
                int n = Math.min(4, w - j);
                int b0 = bo + col(j, head, lc, lb);
                int b1 = bo + col(j + Math.min(1, n - 1), head, lc, lb);
                int b2 = bo + col(j + Math.min(2, n - 1), head, lc, lb);
                int b3 = bo + col(j + Math.min(3, n - 1), head, lc, lb);
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                if (load) {
                    s0 = c[ci + j];
                    s1 = c[ci + j + Math.min(1, n - 1)];
                    s2 = c[ci + j + Math.min(2, n - 1)];
                    s3 = c[ci + j + Math.min(3, n - 1)];
                }
                for (int p = 0, pa = ai; p < kc; p++, pa += acs, b0 += brs, b1 += brs, b2 += brs, b3 += brs) {
                    double x = a[pa];
                    s0 = Math.fma(x, b[b0], s0);
                    s1 = Math.fma(x, b[b1], s1);
                    s2 = Math.fma(x, b[b2], s2);
                    s3 = Math.fma(x, b[b3], s3);
                }
                // a short group repeats its last column: the repeats hold the same value
                c[ci + j + Math.min(3, n - 1)] = s3;
                c[ci + j + Math.min(2, n - 1)] = s2;
                c[ci + j + Math.min(1, n - 1)] = s1;
                c[ci + j] = s0;
            }
        }
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    @Override
    public void skernel(int nv, int kc, float[] a, int ao, int ars, float[] b, int bo, int brs, float[] c, int co,
            int rs, boolean load, int lc, int lb) {
        skernel(nv, kc, a, ao, ars, 1, b, bo, brs, c, co, rs, load, lc, lb);
    }

    @Override
    public void skernelPacked(int nv, int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int rs, boolean load,
            int lc) {
        skernel(nv, kc, a, ao, 1, MR, b, bo, nv * L, c, co, rs, load, lc, (nv - 1) * L);
    }

    private static void skernel(int nv, int kc, float[] a, int ao, int ars, int acs, float[] b, int bo, int brs, float[] c,
            int co, int rs, boolean load, int lc, int lb) {
        // columns 0 .. lc+L-1 of C, each once: column j reads B's column j, or lb + (j - lc) in the last vector
        int head = (nv - 1) * L;
        int w = lc + L;
        for (int i = 0; i < MR; i++) {
            int ai = ao + i * ars;
            int ci = co + i * rs;
            for (int j = 0; j < w; j += 4) {
                int n = Math.min(4, w - j);
                int b0 = bo + col(j, head, lc, lb);
                int b1 = bo + col(j + Math.min(1, n - 1), head, lc, lb);
                int b2 = bo + col(j + Math.min(2, n - 1), head, lc, lb);
                int b3 = bo + col(j + Math.min(3, n - 1), head, lc, lb);
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                if (load) {
                    s0 = c[ci + j];
                    s1 = c[ci + j + Math.min(1, n - 1)];
                    s2 = c[ci + j + Math.min(2, n - 1)];
                    s3 = c[ci + j + Math.min(3, n - 1)];
                }
                for (int p = 0, pa = ai; p < kc; p++, pa += acs, b0 += brs, b1 += brs, b2 += brs, b3 += brs) {
                    float x = a[pa];
                    s0 = Math.fma(x, b[b0], s0);
                    s1 = Math.fma(x, b[b1], s1);
                    s2 = Math.fma(x, b[b2], s2);
                    s3 = Math.fma(x, b[b3], s3);
                }
                // a short group repeats its last column: the repeats hold the same value
                c[ci + j + Math.min(3, n - 1)] = s3;
                c[ci + j + Math.min(2, n - 1)] = s2;
                c[ci + j + Math.min(1, n - 1)] = s1;
                c[ci + j] = s0;
            }
        }
    }

    // ---- end float twins ----
}
