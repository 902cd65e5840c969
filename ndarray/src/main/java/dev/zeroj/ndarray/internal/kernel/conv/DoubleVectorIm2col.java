package dev.zeroj.ndarray.internal.kernel.conv;

import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.EMPTY;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.NONE;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.firstInside;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.lastInside;
import static dev.zeroj.ndarray.internal.kernel.conv.VectorIm2col.runBases;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double half of {@link VectorIm2col} (see there; loaded only through it).
 * <p>FloatVectorIm2col.java is generated from DoubleVectorIm2col.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleVectorIm2col.java and regenerate.
 */
final class DoubleVectorIm2col {
    private DoubleVectorIm2col() {}

    private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;


    /** im2col of the row blocks {@code [u0, u1)}; {@code false} when {@code fw} is wider than a vector. */
    static boolean im2col(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        if (g.fw > SP.length()) {
            return false;
        }
        im2colVec(g, src, off, sN, sC, sH, dst, dstOff, u0, u1);
        return true;
    }

    private static void im2colVec(Geometry g, double[] src, int off, int sN, int sC, int sH, double[] dst, int dstOff,
            int u0, int u1) {
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, C = g.c, OH = g.oh, OW = g.ow;
        final int R = C * fh, K = R * fw, L = SP.length();
        final int end = dstOff + u1 * OW * K; // stores (and their spills) stay below the piece's end
        final int srcLim = src.length - L; // a vector load at idx needs 0 <= idx <= srcLim
        final int jlo = firstInside(g), jhi = lastInside(g);
        final int[] rb = new int[R];
        for (int u = u0; u < u1; u++) {
            final int i = u % OH;
            final long range = runBases(g, u / OH, i, off, sN, sC, sH, rb);
            final int dBlock = dstOff + u * OW * K;
            // fast windows ja..jb: inside the width, every load inside src, every spill inside the piece
            int ja = jlo, jb = Math.min(jhi, Math.floorDiv(end - dBlock - (R - 1) * fw - L, K));
            if (range != EMPTY) {
                final int lo = (int) (range >> 32), hi = (int) range;
                if (lo < 0) {
                    ja = Math.max(ja, (-lo + s - 1) / s);
                }
                jb = Math.min(jb, Math.floorDiv(srcLim - hi, s));
            }
            int j = 0;
            for (; j < Math.min(ja, OW); j++) {
                edgeRow(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
            if (ja <= jb) {
                for (int d = dBlock + j * K; j <= jb; j++, d += K) {
                    final int js = j * s;
                    for (int r = 0, q = d; r < R; r++, q += fw) {
                        final int b = rb[r];
                        if (b != NONE) {
                            DoubleVector.fromArray(SP, src, b + js).intoArray(dst, q);
                        } else {
                            DoubleVector.zero(SP).intoArray(dst, q);
                        }
                    }
                }
            }
            for (; j < OW; j++) {
                edgeRow(g, src, rb, srcLim, dst, dBlock + j * K, end, j);
            }
        }
    }

    /**
     * One row (window j) run by run: a vector copy where its load and spill fit (then the elements
     * on the padding zeroed), element by element otherwise.
     */
    private static void edgeRow(Geometry g, double[] src, int[] rb, int srcLim, double[] dst, int d, int end, int j) {
        final int fw = g.fw, W = g.w, w0 = j * g.stride - g.pad;
        for (int r = 0, q = d; r < rb.length; r++, q += fw) {
            final int b = rb[r];
            final boolean room = q + SP.length() <= end;
            if (b == NONE) {
                if (room) {
                    DoubleVector.zero(SP).intoArray(dst, q);
                } else {
                    for (int x = 0; x < fw; x++) {
                        dst[q + x] = 0;
                    }
                }
                continue;
            }
            final int idx = b + j * g.stride;
            if (room && idx >= 0 && idx <= srcLim) {
                DoubleVector.fromArray(SP, src, idx).intoArray(dst, q);
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    if (iw < 0 || iw >= W) {
                        dst[q + x] = 0;
                    }
                }
            } else {
                for (int x = 0; x < fw; x++) {
                    final int iw = w0 + x;
                    dst[q + x] = iw >= 0 && iw < W ? src[idx + x] : 0;
                }
            }
        }
    }
}
