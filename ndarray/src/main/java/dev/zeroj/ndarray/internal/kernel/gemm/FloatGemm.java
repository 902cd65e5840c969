// GENERATED from DoubleGemm.java by ndarray/src/test/python/gen_gemm_kernels.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.gemm;

import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The float GEMM driver: {@code C = A·B} with A ({@code m × k}) and B ({@code k × n}) read through
 * arbitrary element strides and C written with unit column stride.
 * (Twins: {@code FloatGemm} is generated from {@code DoubleGemm} by {@code gen_gemm_kernels.py}.)
 *
 * <p>Every element of C is {@code acc = fma(a[i][p], b[p][j], acc)} for p in order from
 * {@code acc = 0}: the small path computes that chain directly; the packed path keeps it by loading
 * the partial sums of C back into the accumulators for every kc block. So the result does not depend
 * on the path, the blocking, the micro-kernel provider or the thread count.
 */
final class FloatGemm {
    private static final ThreadLocal<float[][]> BUFFERS = ThreadLocal.withInitial(() -> new float[3][]);

    private FloatGemm() {}

    static void gemm(MicroKernels kern, int threads, int m, int n, int k, float[] a, int ao, int ars, int acs,
            float[] b, int bo, int brs, int bcs, float[] c, int co, int crs) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            for (int i = 0; i < m; i++) {
                java.util.Arrays.fill(c, co + i * crs, co + i * crs + n, 0);
            }
            return;
        }
        long work = (long) m * n * k;
        if (work <= GemmConfig.SMALL || m == 1 || n == 1) {
            simple(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
            return;
        }
        int mr = kern.mr;
        int pieces = threads <= 1 || work < GemmConfig.PARALLEL ? 1 : threads;
        if (pieces == 1) {
            packed(kern, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
            return;
        }
        int nr = MicroKernels.MAX_NV * kern.lanesF;
        if (m >= n || n < 2 * nr) {
            int rows = Math.max(1, (m + pieces - 1) / pieces);
            int step = (rows + mr - 1) / mr * mr;
            int cnt = (m + step - 1) / step;
            Parallel.forEach(cnt, t -> {
                int r0 = t * step;
                int r1 = Math.min(m, r0 + step);
                packed(kern, r1 - r0, n, k, a, ao + r0 * ars, ars, acs, b, bo, brs, bcs, c, co + r0 * crs, crs);
            });
        } else {
            int cols = Math.max(1, (n + pieces - 1) / pieces);
            int step = (cols + nr - 1) / nr * nr;
            int cnt = (n + step - 1) / step;
            Parallel.forEach(cnt, t -> {
                int j0 = t * step;
                int j1 = Math.min(n, j0 + step);
                packed(kern, m, j1 - j0, k, a, ao, ars, acs, b, bo + j0 * bcs, brs, bcs, c, co + j0, crs);
            });
        }
    }

    /** The unpacked path: one fma chain per element. */
    static void simple(int m, int n, int k, float[] a, int ao, int ars, int acs,
            float[] b, int bo, int brs, int bcs, float[] c, int co, int crs) {
        for (int i = 0; i < m; i++) {
            int ai = ao + i * ars;
            int ci = co + i * crs;
            for (int j = 0; j < n; j++) {
                float s = 0;
                int pa = ai;
                int pb = bo + j * bcs;
                for (int p = 0; p < k; p++, pa += acs, pb += brs) {
                    s = Math.fma(a[pa], b[pb], s);
                }
                c[ci + j] = s;
            }
        }
    }

    private static float[] buffer(float[][] bufs, int which, int size) {
        float[] x = bufs[which];
        if (x == null || x.length < size) {
            x = new float[size];
            bufs[which] = x;
        }
        return x;
    }

    /** Goto's loops over one block of C, on the calling thread. */
    static void packed(MicroKernels kern, int m, int n, int k, float[] a, int ao, int ars, int acs,
            float[] b, int bo, int brs, int bcs, float[] c, int co, int crs) {
        int mr = kern.mr;
        int lanes = kern.lanesF;
        int nr = MicroKernels.MAX_NV * lanes;
        int kc = GemmConfig.kc(Float.BYTES, nr);
        int mc = GemmConfig.mc(Float.BYTES, kc, mr);
        int nc = GemmConfig.nc(Float.BYTES, kc, nr);
        int kcEff = Math.min(kc, k);
        int mcEff = Math.min(mc, (m + mr - 1) / mr * mr);
        int ncEff = Math.min(nc, (n + lanes - 1) / lanes * lanes);
        float[][] bufs = BUFFERS.get();
        float[] ap = buffer(bufs, 0, mcEff * kcEff);
        float[] bp = buffer(bufs, 1, kcEff * ncEff);
        float[] tile = buffer(bufs, 2, mr * nr);
        for (int jc = 0; jc < n; jc += nc) {
            int nb = Math.min(nc, n - jc);
            for (int pc = 0; pc < k; pc += kc) {
                int kb = Math.min(kc, k - pc);
                packB(kb, nb, b, bo + pc * brs + jc * bcs, brs, bcs, bp, nr, lanes);
                for (int ic = 0; ic < m; ic += mc) {
                    int mb = Math.min(mc, m - ic);
                    packA(mb, kb, a, ao + ic * ars + pc * acs, ars, acs, ap, mr);
                    macro(kern, mb, nb, kb, ap, bp, c, co + ic * crs + jc, crs, pc > 0, tile, nr, lanes);
                }
            }
        }
    }

    private static void macro(MicroKernels kern, int mb, int nb, int kb, float[] ap, float[] bp, float[] c, int co,
            int crs, boolean load, float[] tile, int nr, int lanes) {
        int mr = kern.mr;
        for (int j0 = 0; j0 < nb; j0 += nr) {
            int valid = Math.min(nr, nb - j0);
            int nv = (valid + lanes - 1) / lanes;
            int w = nv * lanes;
            int boff = j0 * kb;
            for (int i0 = 0; i0 < mb; i0 += mr) {
                int rows = Math.min(mr, mb - i0);
                int cpos = co + i0 * crs + j0;
                if (rows == mr && valid == w) {
                    kern.skernel(nv, kb, ap, i0 * kb, bp, boff, c, cpos, crs, load);
                } else {
                    if (load) {
                        for (int i = 0; i < rows; i++) {
                            System.arraycopy(c, cpos + i * crs, tile, i * w, valid);
                        }
                    }
                    kern.skernel(nv, kb, ap, i0 * kb, bp, boff, tile, 0, w, load);
                    for (int i = 0; i < rows; i++) {
                        System.arraycopy(tile, i * w, c, cpos + i * crs, valid);
                    }
                }
            }
        }
    }

    /** Packs the {@code mb × kb} block of A into slivers of {@code mr} rows, zero-padded. */
    static void packA(int mb, int kb, float[] a, int ao, int ars, int acs, float[] ap, int mr) {
        for (int i0 = 0; i0 < mb; i0 += mr) {
            int rows = Math.min(mr, mb - i0);
            int base = i0 * kb;
            if (Math.abs(acs) <= Math.abs(ars)) {
                for (int i = 0; i < rows; i++) {
                    int src = ao + (i0 + i) * ars;
                    int dst = base + i;
                    for (int p = 0; p < kb; p++, src += acs, dst += mr) {
                        ap[dst] = a[src];
                    }
                }
            } else {
                for (int p = 0; p < kb; p++) {
                    int src = ao + i0 * ars + p * acs;
                    int dst = base + p * mr;
                    for (int i = 0; i < rows; i++, src += ars) {
                        ap[dst + i] = a[src];
                    }
                }
            }
            if (rows < mr) {
                for (int p = 0; p < kb; p++) {
                    java.util.Arrays.fill(ap, base + p * mr + rows, base + p * mr + mr, 0);
                }
            }
        }
    }

    /** Packs the {@code kb × nb} panel of B into slivers of {@code nr} (last: a multiple of lanes) columns. */
    static void packB(int kb, int nb, float[] b, int bo, int brs, int bcs, float[] bp, int nr, int lanes) {
        for (int j0 = 0; j0 < nb; j0 += nr) {
            int valid = Math.min(nr, nb - j0);
            int w = (valid + lanes - 1) / lanes * lanes;
            int base = j0 * kb;
            if (bcs == 1) {
                for (int p = 0; p < kb; p++) {
                    System.arraycopy(b, bo + p * brs + j0, bp, base + p * w, valid);
                }
            } else if (Math.abs(bcs) <= Math.abs(brs)) {
                for (int p = 0; p < kb; p++) {
                    int src = bo + p * brs + j0 * bcs;
                    int dst = base + p * w;
                    for (int j = 0; j < valid; j++, src += bcs) {
                        bp[dst + j] = b[src];
                    }
                }
            } else {
                for (int j = 0; j < valid; j++) {
                    int src = bo + (j0 + j) * bcs;
                    int dst = base + j;
                    for (int p = 0; p < kb; p++, src += brs, dst += w) {
                        bp[dst] = b[src];
                    }
                }
            }
            if (valid < w) {
                for (int p = 0; p < kb; p++) {
                    java.util.Arrays.fill(bp, base + p * w + valid, base + p * w + w, 0);
                }
            }
        }
    }
}
