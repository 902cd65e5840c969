package dev.zeroj.ndarray.internal.kernel.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels of the GEMM column tail ({@link GemmTail}, which states the order): an element's
 * 64 bytes of partials are one preferred vector (AVX-512) or two (256-bit vectors), so partial
 * {@code l} is lane {@code l}, and the fma of a lane is the same {@code fma(a, b, s)} as the portable
 * kernels'. Units of 4 rows × 2 columns (8 rows × 1 column for a last single column; half as many rows
 * with two vectors per element) keep 8 accumulators in flight; each vector of A loaded serves every
 * column of the unit. Loaded by name only when the Vector API module is readable.
 */
final class VectorGemmTail {
    private VectorGemmTail() {}

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    private static final VectorSpecies<Double> DOUBLE_SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int DOUBLE_LANES = DOUBLE_SPECIES.length();
    private static final int DOUBLE_PARTS = GemmTail.partials(Double.BYTES);
    /** Vectors per element's partials: 1 (512-bit vectors) or 2 (256-bit); 0 when neither fits. */
    private static final int DOUBLE_VECS = DOUBLE_PARTS == DOUBLE_LANES ? 1 : DOUBLE_PARTS == 2 * DOUBLE_LANES ? 2 : 0;

    /** {@link MicroKernels#dkernelTail} with vectors (the portable kernel when the preferred vectors are not 256 or 512 bits). */
    static void tailDouble(int rows, int t, int kb, double[] a, int ao, int ars, double[] bt, int bo, int bts,
            double[] part, int po, boolean load) {
        if (DOUBLE_VECS == 0) {
            GemmTail.tailDouble(rows, t, kb, a, ao, ars, bt, bo, bts, part, po, load);
            return;
        }
        int kv = kb / DOUBLE_PARTS * DOUBLE_PARTS;
        int qs = t * DOUBLE_PARTS;
        for (int j = 0; j < t; j += 2) {
            int b0 = bo + j * bts;
            int i = 0;
            if (j + 1 < t) {
                int step = 4 / DOUBLE_VECS;
                for (; i + step <= rows; i += step) {
                    int q = po + i * qs + j * DOUBLE_PARTS;
                    if (DOUBLE_VECS == 1) {
                        rows4cols2Double(kv, a, ao + i * ars, ars, bt, b0, bts, part, q, qs, load);
                    } else {
                        rows2cols2HalvesDouble(kv, a, ao + i * ars, ars, bt, b0, bts, part, q, qs, load);
                    }
                }
            } else {
                int step = 8 / DOUBLE_VECS;
                for (; i + step <= rows; i += step) {
                    int q = po + i * qs + j * DOUBLE_PARTS;
                    if (DOUBLE_VECS == 1) {
                        rows8Double(kv, a, ao + i * ars, ars, bt, b0, part, q, qs, load);
                    } else {
                        rows4HalvesDouble(kv, a, ao + i * ars, ars, bt, b0, part, q, qs, load);
                    }
                }
            }
            for (; i < rows; i++) {
                for (int jj = j; jj < Math.min(t, j + 2); jj++) {
                    oneDouble(kv, a, ao + i * ars, bt, bo + jj * bts, part, po + i * qs + jj * DOUBLE_PARTS, load);
                }
            }
        }
        if (kv < kb) {
            GemmTail.restDouble(rows, t, kv, kb, a, ao, ars, bt, bo, bts, part, po);
        }
    }

    private static DoubleVector partsDouble(boolean load, double[] part, int q) {
        return load ? DoubleVector.fromArray(DOUBLE_SPECIES, part, q) : DoubleVector.zero(DOUBLE_SPECIES);
    }

    /** One element's partials, one or two vectors at a time (the rows and columns no unit covers). */
    private static void oneDouble(int kv, double[] a, int ai, double[] bt, int bj, double[] part, int q, boolean load) {
        DoubleVector s0 = partsDouble(load, part, q);
        DoubleVector s1 = DOUBLE_VECS == 2 ? partsDouble(load, part, q + DOUBLE_LANES) : s0;
        for (int p = 0; p < kv; p += DOUBLE_PARTS) {
            s0 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ai + p).fma(DoubleVector.fromArray(DOUBLE_SPECIES, bt, bj + p), s0);
            if (DOUBLE_VECS == 2) {
                s1 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ai + p + DOUBLE_LANES)
                        .fma(DoubleVector.fromArray(DOUBLE_SPECIES, bt, bj + p + DOUBLE_LANES), s1);
            }
        }
        s0.intoArray(part, q);
        if (DOUBLE_VECS == 2) {
            s1.intoArray(part, q + DOUBLE_LANES);
        }
    }

    /** 4 rows (A from {@code a0}, {@code ars} apart) × 2 columns (B from {@code b0}, {@code bts} apart), one vector per element. */
    private static void rows4cols2Double(int kv, double[] a, int a0, int ars, double[] bt, int b0, int bts, double[] part,
            int q, int qs, boolean load) {
        int p1 = DOUBLE_PARTS;
        DoubleVector s00 = partsDouble(load, part, q);
        DoubleVector s01 = partsDouble(load, part, q + p1);
        DoubleVector s10 = partsDouble(load, part, q + qs);
        DoubleVector s11 = partsDouble(load, part, q + qs + p1);
        DoubleVector s20 = partsDouble(load, part, q + 2 * qs);
        DoubleVector s21 = partsDouble(load, part, q + 2 * qs + p1);
        DoubleVector s30 = partsDouble(load, part, q + 3 * qs);
        DoubleVector s31 = partsDouble(load, part, q + 3 * qs + p1);
        int a1 = a0 + ars;
        int a2 = a1 + ars;
        int a3 = a2 + ars;
        int b1 = b0 + bts;
        for (int p = 0; p < kv; p += DOUBLE_LANES) {
            DoubleVector y0 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p);
            DoubleVector y1 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b1 + p);
            DoubleVector x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a0 + p);
            s00 = x.fma(y0, s00);
            s01 = x.fma(y1, s01);
            x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a1 + p);
            s10 = x.fma(y0, s10);
            s11 = x.fma(y1, s11);
            x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a2 + p);
            s20 = x.fma(y0, s20);
            s21 = x.fma(y1, s21);
            x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a3 + p);
            s30 = x.fma(y0, s30);
            s31 = x.fma(y1, s31);
        }
        s00.intoArray(part, q);
        s01.intoArray(part, q + p1);
        s10.intoArray(part, q + qs);
        s11.intoArray(part, q + qs + p1);
        s20.intoArray(part, q + 2 * qs);
        s21.intoArray(part, q + 2 * qs + p1);
        s30.intoArray(part, q + 3 * qs);
        s31.intoArray(part, q + 3 * qs + p1);
    }

    /** 8 rows × 1 column, one vector per element. */
    private static void rows8Double(int kv, double[] a, int a0, int ars, double[] bt, int b0, double[] part, int q, int qs,
            boolean load) {
        DoubleVector s0 = partsDouble(load, part, q);
        DoubleVector s1 = partsDouble(load, part, q + qs);
        DoubleVector s2 = partsDouble(load, part, q + 2 * qs);
        DoubleVector s3 = partsDouble(load, part, q + 3 * qs);
        DoubleVector s4 = partsDouble(load, part, q + 4 * qs);
        DoubleVector s5 = partsDouble(load, part, q + 5 * qs);
        DoubleVector s6 = partsDouble(load, part, q + 6 * qs);
        DoubleVector s7 = partsDouble(load, part, q + 7 * qs);
        for (int p = 0; p < kv; p += DOUBLE_LANES) {
            DoubleVector y = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p);
            int ap = a0 + p;
            s0 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap).fma(y, s0);
            s1 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + ars).fma(y, s1);
            s2 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 2 * ars).fma(y, s2);
            s3 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 3 * ars).fma(y, s3);
            s4 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 4 * ars).fma(y, s4);
            s5 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 5 * ars).fma(y, s5);
            s6 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 6 * ars).fma(y, s6);
            s7 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 7 * ars).fma(y, s7);
        }
        s0.intoArray(part, q);
        s1.intoArray(part, q + qs);
        s2.intoArray(part, q + 2 * qs);
        s3.intoArray(part, q + 3 * qs);
        s4.intoArray(part, q + 4 * qs);
        s5.intoArray(part, q + 5 * qs);
        s6.intoArray(part, q + 6 * qs);
        s7.intoArray(part, q + 7 * qs);
    }

    /** 2 rows × 2 columns, two vectors (low and high partials) per element. */
    private static void rows2cols2HalvesDouble(int kv, double[] a, int a0, int ars, double[] bt, int b0, int bts,
            double[] part, int q, int qs, boolean load) {
        int h = DOUBLE_LANES;
        int p1 = DOUBLE_PARTS;
        DoubleVector s00 = partsDouble(load, part, q);
        DoubleVector t00 = partsDouble(load, part, q + h);
        DoubleVector s01 = partsDouble(load, part, q + p1);
        DoubleVector t01 = partsDouble(load, part, q + p1 + h);
        DoubleVector s10 = partsDouble(load, part, q + qs);
        DoubleVector t10 = partsDouble(load, part, q + qs + h);
        DoubleVector s11 = partsDouble(load, part, q + qs + p1);
        DoubleVector t11 = partsDouble(load, part, q + qs + p1 + h);
        int a1 = a0 + ars;
        int b1 = b0 + bts;
        for (int p = 0; p < kv; p += p1) {
            DoubleVector y0 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p);
            DoubleVector z0 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p + h);
            DoubleVector y1 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b1 + p);
            DoubleVector z1 = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b1 + p + h);
            DoubleVector x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a0 + p);
            DoubleVector w = DoubleVector.fromArray(DOUBLE_SPECIES, a, a0 + p + h);
            s00 = x.fma(y0, s00);
            t00 = w.fma(z0, t00);
            s01 = x.fma(y1, s01);
            t01 = w.fma(z1, t01);
            x = DoubleVector.fromArray(DOUBLE_SPECIES, a, a1 + p);
            w = DoubleVector.fromArray(DOUBLE_SPECIES, a, a1 + p + h);
            s10 = x.fma(y0, s10);
            t10 = w.fma(z0, t10);
            s11 = x.fma(y1, s11);
            t11 = w.fma(z1, t11);
        }
        s00.intoArray(part, q);
        t00.intoArray(part, q + h);
        s01.intoArray(part, q + p1);
        t01.intoArray(part, q + p1 + h);
        s10.intoArray(part, q + qs);
        t10.intoArray(part, q + qs + h);
        s11.intoArray(part, q + qs + p1);
        t11.intoArray(part, q + qs + p1 + h);
    }

    /** 4 rows × 1 column, two vectors per element. */
    private static void rows4HalvesDouble(int kv, double[] a, int a0, int ars, double[] bt, int b0, double[] part, int q,
            int qs, boolean load) {
        int h = DOUBLE_LANES;
        DoubleVector s0 = partsDouble(load, part, q);
        DoubleVector t0 = partsDouble(load, part, q + h);
        DoubleVector s1 = partsDouble(load, part, q + qs);
        DoubleVector t1 = partsDouble(load, part, q + qs + h);
        DoubleVector s2 = partsDouble(load, part, q + 2 * qs);
        DoubleVector t2 = partsDouble(load, part, q + 2 * qs + h);
        DoubleVector s3 = partsDouble(load, part, q + 3 * qs);
        DoubleVector t3 = partsDouble(load, part, q + 3 * qs + h);
        for (int p = 0; p < kv; p += DOUBLE_PARTS) {
            DoubleVector y = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p);
            DoubleVector z = DoubleVector.fromArray(DOUBLE_SPECIES, bt, b0 + p + h);
            int ap = a0 + p;
            s0 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap).fma(y, s0);
            t0 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + h).fma(z, t0);
            s1 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + ars).fma(y, s1);
            t1 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + ars + h).fma(z, t1);
            s2 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 2 * ars).fma(y, s2);
            t2 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 2 * ars + h).fma(z, t2);
            s3 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 3 * ars).fma(y, s3);
            t3 = DoubleVector.fromArray(DOUBLE_SPECIES, a, ap + 3 * ars + h).fma(z, t3);
        }
        s0.intoArray(part, q);
        t0.intoArray(part, q + h);
        s1.intoArray(part, q + qs);
        t1.intoArray(part, q + qs + h);
        s2.intoArray(part, q + 2 * qs);
        t2.intoArray(part, q + 2 * qs + h);
        s3.intoArray(part, q + 3 * qs);
        t3.intoArray(part, q + 3 * qs + h);
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    private static final VectorSpecies<Float> FLOAT_SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int FLOAT_LANES = FLOAT_SPECIES.length();
    private static final int FLOAT_PARTS = GemmTail.partials(Float.BYTES);
    /** Vectors per element's partials: 1 (512-bit vectors) or 2 (256-bit); 0 when neither fits. */
    private static final int FLOAT_VECS = FLOAT_PARTS == FLOAT_LANES ? 1 : FLOAT_PARTS == 2 * FLOAT_LANES ? 2 : 0;

    /** {@link MicroKernels#dkernelTail} with vectors (the portable kernel when the preferred vectors are not 256 or 512 bits). */
    static void tailFloat(int rows, int t, int kb, float[] a, int ao, int ars, float[] bt, int bo, int bts,
            float[] part, int po, boolean load) {
        if (FLOAT_VECS == 0) {
            GemmTail.tailFloat(rows, t, kb, a, ao, ars, bt, bo, bts, part, po, load);
            return;
        }
        int kv = kb / FLOAT_PARTS * FLOAT_PARTS;
        int qs = t * FLOAT_PARTS;
        for (int j = 0; j < t; j += 2) {
            int b0 = bo + j * bts;
            int i = 0;
            if (j + 1 < t) {
                int step = 4 / FLOAT_VECS;
                for (; i + step <= rows; i += step) {
                    int q = po + i * qs + j * FLOAT_PARTS;
                    if (FLOAT_VECS == 1) {
                        rows4cols2Float(kv, a, ao + i * ars, ars, bt, b0, bts, part, q, qs, load);
                    } else {
                        rows2cols2HalvesFloat(kv, a, ao + i * ars, ars, bt, b0, bts, part, q, qs, load);
                    }
                }
            } else {
                int step = 8 / FLOAT_VECS;
                for (; i + step <= rows; i += step) {
                    int q = po + i * qs + j * FLOAT_PARTS;
                    if (FLOAT_VECS == 1) {
                        rows8Float(kv, a, ao + i * ars, ars, bt, b0, part, q, qs, load);
                    } else {
                        rows4HalvesFloat(kv, a, ao + i * ars, ars, bt, b0, part, q, qs, load);
                    }
                }
            }
            for (; i < rows; i++) {
                for (int jj = j; jj < Math.min(t, j + 2); jj++) {
                    oneFloat(kv, a, ao + i * ars, bt, bo + jj * bts, part, po + i * qs + jj * FLOAT_PARTS, load);
                }
            }
        }
        if (kv < kb) {
            GemmTail.restFloat(rows, t, kv, kb, a, ao, ars, bt, bo, bts, part, po);
        }
    }

    private static FloatVector partsFloat(boolean load, float[] part, int q) {
        return load ? FloatVector.fromArray(FLOAT_SPECIES, part, q) : FloatVector.zero(FLOAT_SPECIES);
    }

    /** One element's partials, one or two vectors at a time (the rows and columns no unit covers). */
    private static void oneFloat(int kv, float[] a, int ai, float[] bt, int bj, float[] part, int q, boolean load) {
        FloatVector s0 = partsFloat(load, part, q);
        FloatVector s1 = FLOAT_VECS == 2 ? partsFloat(load, part, q + FLOAT_LANES) : s0;
        for (int p = 0; p < kv; p += FLOAT_PARTS) {
            s0 = FloatVector.fromArray(FLOAT_SPECIES, a, ai + p).fma(FloatVector.fromArray(FLOAT_SPECIES, bt, bj + p), s0);
            if (FLOAT_VECS == 2) {
                s1 = FloatVector.fromArray(FLOAT_SPECIES, a, ai + p + FLOAT_LANES)
                        .fma(FloatVector.fromArray(FLOAT_SPECIES, bt, bj + p + FLOAT_LANES), s1);
            }
        }
        s0.intoArray(part, q);
        if (FLOAT_VECS == 2) {
            s1.intoArray(part, q + FLOAT_LANES);
        }
    }

    /** 4 rows (A from {@code a0}, {@code ars} apart) × 2 columns (B from {@code b0}, {@code bts} apart), one vector per element. */
    private static void rows4cols2Float(int kv, float[] a, int a0, int ars, float[] bt, int b0, int bts, float[] part,
            int q, int qs, boolean load) {
        int p1 = FLOAT_PARTS;
        FloatVector s00 = partsFloat(load, part, q);
        FloatVector s01 = partsFloat(load, part, q + p1);
        FloatVector s10 = partsFloat(load, part, q + qs);
        FloatVector s11 = partsFloat(load, part, q + qs + p1);
        FloatVector s20 = partsFloat(load, part, q + 2 * qs);
        FloatVector s21 = partsFloat(load, part, q + 2 * qs + p1);
        FloatVector s30 = partsFloat(load, part, q + 3 * qs);
        FloatVector s31 = partsFloat(load, part, q + 3 * qs + p1);
        int a1 = a0 + ars;
        int a2 = a1 + ars;
        int a3 = a2 + ars;
        int b1 = b0 + bts;
        for (int p = 0; p < kv; p += FLOAT_LANES) {
            FloatVector y0 = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p);
            FloatVector y1 = FloatVector.fromArray(FLOAT_SPECIES, bt, b1 + p);
            FloatVector x = FloatVector.fromArray(FLOAT_SPECIES, a, a0 + p);
            s00 = x.fma(y0, s00);
            s01 = x.fma(y1, s01);
            x = FloatVector.fromArray(FLOAT_SPECIES, a, a1 + p);
            s10 = x.fma(y0, s10);
            s11 = x.fma(y1, s11);
            x = FloatVector.fromArray(FLOAT_SPECIES, a, a2 + p);
            s20 = x.fma(y0, s20);
            s21 = x.fma(y1, s21);
            x = FloatVector.fromArray(FLOAT_SPECIES, a, a3 + p);
            s30 = x.fma(y0, s30);
            s31 = x.fma(y1, s31);
        }
        s00.intoArray(part, q);
        s01.intoArray(part, q + p1);
        s10.intoArray(part, q + qs);
        s11.intoArray(part, q + qs + p1);
        s20.intoArray(part, q + 2 * qs);
        s21.intoArray(part, q + 2 * qs + p1);
        s30.intoArray(part, q + 3 * qs);
        s31.intoArray(part, q + 3 * qs + p1);
    }

    /** 8 rows × 1 column, one vector per element. */
    private static void rows8Float(int kv, float[] a, int a0, int ars, float[] bt, int b0, float[] part, int q, int qs,
            boolean load) {
        FloatVector s0 = partsFloat(load, part, q);
        FloatVector s1 = partsFloat(load, part, q + qs);
        FloatVector s2 = partsFloat(load, part, q + 2 * qs);
        FloatVector s3 = partsFloat(load, part, q + 3 * qs);
        FloatVector s4 = partsFloat(load, part, q + 4 * qs);
        FloatVector s5 = partsFloat(load, part, q + 5 * qs);
        FloatVector s6 = partsFloat(load, part, q + 6 * qs);
        FloatVector s7 = partsFloat(load, part, q + 7 * qs);
        for (int p = 0; p < kv; p += FLOAT_LANES) {
            FloatVector y = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p);
            int ap = a0 + p;
            s0 = FloatVector.fromArray(FLOAT_SPECIES, a, ap).fma(y, s0);
            s1 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + ars).fma(y, s1);
            s2 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 2 * ars).fma(y, s2);
            s3 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 3 * ars).fma(y, s3);
            s4 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 4 * ars).fma(y, s4);
            s5 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 5 * ars).fma(y, s5);
            s6 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 6 * ars).fma(y, s6);
            s7 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 7 * ars).fma(y, s7);
        }
        s0.intoArray(part, q);
        s1.intoArray(part, q + qs);
        s2.intoArray(part, q + 2 * qs);
        s3.intoArray(part, q + 3 * qs);
        s4.intoArray(part, q + 4 * qs);
        s5.intoArray(part, q + 5 * qs);
        s6.intoArray(part, q + 6 * qs);
        s7.intoArray(part, q + 7 * qs);
    }

    /** 2 rows × 2 columns, two vectors (low and high partials) per element. */
    private static void rows2cols2HalvesFloat(int kv, float[] a, int a0, int ars, float[] bt, int b0, int bts,
            float[] part, int q, int qs, boolean load) {
        int h = FLOAT_LANES;
        int p1 = FLOAT_PARTS;
        FloatVector s00 = partsFloat(load, part, q);
        FloatVector t00 = partsFloat(load, part, q + h);
        FloatVector s01 = partsFloat(load, part, q + p1);
        FloatVector t01 = partsFloat(load, part, q + p1 + h);
        FloatVector s10 = partsFloat(load, part, q + qs);
        FloatVector t10 = partsFloat(load, part, q + qs + h);
        FloatVector s11 = partsFloat(load, part, q + qs + p1);
        FloatVector t11 = partsFloat(load, part, q + qs + p1 + h);
        int a1 = a0 + ars;
        int b1 = b0 + bts;
        for (int p = 0; p < kv; p += p1) {
            FloatVector y0 = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p);
            FloatVector z0 = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p + h);
            FloatVector y1 = FloatVector.fromArray(FLOAT_SPECIES, bt, b1 + p);
            FloatVector z1 = FloatVector.fromArray(FLOAT_SPECIES, bt, b1 + p + h);
            FloatVector x = FloatVector.fromArray(FLOAT_SPECIES, a, a0 + p);
            FloatVector w = FloatVector.fromArray(FLOAT_SPECIES, a, a0 + p + h);
            s00 = x.fma(y0, s00);
            t00 = w.fma(z0, t00);
            s01 = x.fma(y1, s01);
            t01 = w.fma(z1, t01);
            x = FloatVector.fromArray(FLOAT_SPECIES, a, a1 + p);
            w = FloatVector.fromArray(FLOAT_SPECIES, a, a1 + p + h);
            s10 = x.fma(y0, s10);
            t10 = w.fma(z0, t10);
            s11 = x.fma(y1, s11);
            t11 = w.fma(z1, t11);
        }
        s00.intoArray(part, q);
        t00.intoArray(part, q + h);
        s01.intoArray(part, q + p1);
        t01.intoArray(part, q + p1 + h);
        s10.intoArray(part, q + qs);
        t10.intoArray(part, q + qs + h);
        s11.intoArray(part, q + qs + p1);
        t11.intoArray(part, q + qs + p1 + h);
    }

    /** 4 rows × 1 column, two vectors per element. */
    private static void rows4HalvesFloat(int kv, float[] a, int a0, int ars, float[] bt, int b0, float[] part, int q,
            int qs, boolean load) {
        int h = FLOAT_LANES;
        FloatVector s0 = partsFloat(load, part, q);
        FloatVector t0 = partsFloat(load, part, q + h);
        FloatVector s1 = partsFloat(load, part, q + qs);
        FloatVector t1 = partsFloat(load, part, q + qs + h);
        FloatVector s2 = partsFloat(load, part, q + 2 * qs);
        FloatVector t2 = partsFloat(load, part, q + 2 * qs + h);
        FloatVector s3 = partsFloat(load, part, q + 3 * qs);
        FloatVector t3 = partsFloat(load, part, q + 3 * qs + h);
        for (int p = 0; p < kv; p += FLOAT_PARTS) {
            FloatVector y = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p);
            FloatVector z = FloatVector.fromArray(FLOAT_SPECIES, bt, b0 + p + h);
            int ap = a0 + p;
            s0 = FloatVector.fromArray(FLOAT_SPECIES, a, ap).fma(y, s0);
            t0 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + h).fma(z, t0);
            s1 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + ars).fma(y, s1);
            t1 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + ars + h).fma(z, t1);
            s2 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 2 * ars).fma(y, s2);
            t2 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 2 * ars + h).fma(z, t2);
            s3 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 3 * ars).fma(y, s3);
            t3 = FloatVector.fromArray(FLOAT_SPECIES, a, ap + 3 * ars + h).fma(z, t3);
        }
        s0.intoArray(part, q);
        t0.intoArray(part, q + h);
        s1.intoArray(part, q + qs);
        t1.intoArray(part, q + qs + h);
        s2.intoArray(part, q + 2 * qs);
        t2.intoArray(part, q + 2 * qs + h);
        s3.intoArray(part, q + 3 * qs);
        t3.intoArray(part, q + 3 * qs + h);
    }

    // ---- end float twins ----
}
