package dev.zeroj.ndarray.internal.kernel.gemm;

import dev.zeroj.ndarray.internal.kernel.Simd;

/**
 * The GEMM micro-kernel of one provider: {@code C = (load ? C : 0) + A·B} for a tile of {@code mr}
 * rows and {@code nv} vectors of columns: vector {@code v < nv - 1} covers columns {@code v·lanes}
 * of C and B, the last one columns {@code lc} of C and {@code lb} of B (it may overlap the one before,
 * covering a width that is not a multiple of the vector length; the overlapped columns are computed
 * twice, identically, from the same loaded values). A's element
 * {@code (i, p)} is at {@code ao + i·ars + p} (a packed sliver, or A itself when its columns are
 * contiguous), B's element {@code (p, j)} at {@code bo + p·brs + j} (a packed sliver, or B itself when
 * its columns are contiguous). C's rows are {@code rs} apart and contiguous.
 *
 * <p>Contract shared by every provider: each element of C is updated as the chain
 * {@code acc = fma(a[i][p], b[p][j], acc)} for p = 0, 1, ... kc-1, starting from C's value when
 * {@code load}, else from {@code +0.0}; so all providers and all tile shapes give bitwise identical
 * results.
 */
public abstract class MicroKernels {
    /** The Vector API provider when {@link Simd#ENABLED}, else the scalar one. */
    public static final MicroKernels DEFAULT = Simd.ENABLED ? load() : new ScalarMicroKernels();

    final int mr;
    final int maxNv;
    final int lanesD;
    final int lanesF;
    /** Rows of the edge kernels ({@link #dkernelEdge}), or 0 when the provider has none. */
    final int er;

    /** A provider whose tiles have {@code mr} rows, up to {@code maxNv} vectors of the given lane counts. */
    MicroKernels(int mr, int maxNv, int lanesD, int lanesF) {
        this(mr, maxNv, lanesD, lanesF, 0);
    }

    /** As {@link #MicroKernels(int, int, int, int)}, with edge kernels of {@code er < mr} rows (0: none). */
    MicroKernels(int mr, int maxNv, int lanesD, int lanesF, int er) {
        this.mr = mr;
        this.maxNv = maxNv;
        this.lanesD = lanesD;
        this.lanesF = lanesF;
        this.er = er;
    }

    /** The portable scalar provider. */
    public static MicroKernels scalar() {
        return new ScalarMicroKernels();
    }

    /** Rows of a tile. */
    public int mr() {
        return mr;
    }

    /** The largest number of vectors in a tile's row. */
    public int maxNv() {
        return maxNv;
    }

    /** The double micro-kernel for a tile of {@code nv} vectors ({@code 1..maxNv}), the last at columns {@code lc}/{@code lb}. */
    public abstract void dkernel(int nv, int kc, double[] a, int ao, int ars, double[] b, int bo, int brs,
            double[] c, int co, int rs, boolean load, int lc, int lb);

    /** The float micro-kernel for a tile of {@code nv} vectors ({@code 1..maxNv}), the last at columns {@code lc}/{@code lb}. */
    public abstract void skernel(int nv, int kc, float[] a, int ao, int ars, float[] b, int bo, int brs,
            float[] c, int co, int rs, boolean load, int lc, int lb);

    /**
     * The double micro-kernel on packed operands: A's element {@code (i, p)} at {@code ao + p·mr + i},
     * B's {@code (p, j)} at {@code bo + p·nv·lanes + j} (the last vector's columns packed at
     * {@code (nv - 1)·lanes}); C's last vector at column {@code lc}.
     */
    public abstract void dkernelPacked(int nv, int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int rs,
            boolean load, int lc);

    /** The float micro-kernel on packed operands (see {@link #dkernelPacked}). */
    public abstract void skernelPacked(int nv, int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int rs,
            boolean load, int lc);

    /**
     * {@link #dkernel} with B packed ({@code brs = nv·lanes}, the last vector at {@code (nv - 1)·lanes}):
     * A read through its row stride (in place) — providers may specialise it.
     */
    public void dkernelHalf(int nv, int kc, double[] a, int ao, int ars, double[] b, int bo, double[] c, int co, int rs,
            boolean load, int lc) {
        dkernel(nv, kc, a, ao, ars, b, bo, nv * lanesD, c, co, rs, load, lc, (nv - 1) * lanesD);
    }

    /** {@link #skernel} with B packed (see {@link #dkernelHalf}). */
    public void skernelHalf(int nv, int kc, float[] a, int ao, int ars, float[] b, int bo, float[] c, int co, int rs,
            boolean load, int lc) {
        skernel(nv, kc, a, ao, ars, b, bo, nv * lanesF, c, co, rs, load, lc, (nv - 1) * lanesF);
    }

    /**
     * {@link #dkernel} for a tile of only {@code er} rows (the last rows of A and C when
     * {@code m % mr <= er}); providers with {@code er == 0} have none.
     */
    public void dkernelEdge(int nv, int kc, double[] a, int ao, int ars, double[] b, int bo, int brs,
            double[] c, int co, int rs, boolean load, int lc, int lb) {
        throw new UnsupportedOperationException("no edge kernels");
    }

    /** {@link #skernel} for a tile of only {@code er} rows (see {@link #dkernelEdge}). */
    public void skernelEdge(int nv, int kc, float[] a, int ao, int ars, float[] b, int bo, int brs,
            float[] c, int co, int rs, boolean load, int lc, int lb) {
        throw new UnsupportedOperationException("no edge kernels");
    }

    /**
     * {@link #dkernelPacked} for the first {@code er} rows of a packed sliver (still interleaved by
     * {@code mr}; see {@link #dkernelEdge}).
     */
    public void dkernelPackedEdge(int nv, int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int rs,
            boolean load, int lc) {
        throw new UnsupportedOperationException("no edge kernels");
    }

    /** {@link #skernelPacked} for the first {@code er} rows of a packed sliver (see {@link #dkernelPackedEdge}). */
    public void skernelPackedEdge(int nv, int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int rs,
            boolean load, int lc) {
        throw new UnsupportedOperationException("no edge kernels");
    }

    /**
     * One k block of the column tail ({@link GemmTail}, which states the order): for rows {@code i < rows}
     * (A's row at {@code a[ao + i·ars + p]}, {@code p < kb}, consecutive in k) and tail columns
     * {@code j < t} (B's column at {@code bt[bo + j·bts + p]}), adds the block to the partials of
     * {@code (i, j)} at {@code part[po + (i·t + j)·64/8]}, started from zero unless {@code load}. The
     * block starts at a multiple of 8 in k. This default is the portable kernel.
     */
    public void dkernelTail(int rows, int t, int kb, double[] a, int ao, int ars, double[] bt, int bo, int bts, double[] part,
            int po, boolean load) {
        GemmTail.tailDouble(rows, t, kb, a, ao, ars, bt, bo, bts, part, po, load);
    }

    /** {@link #dkernelTail} for floats (16 partials per element, blocks starting at multiples of 16). */
    public void skernelTail(int rows, int t, int kb, float[] a, int ao, int ars, float[] bt, int bo, int bts, float[] part,
            int po, boolean load) {
        GemmTail.tailFloat(rows, t, kb, a, ao, ars, bt, bo, bts, part, po, load);
    }

    /** A short description for logs, e.g. {@code "simd 8x3x8/16"} (rows × vectors × double/float lanes). */
    public String describe() {
        return (this instanceof ScalarMicroKernels ? "scalar " : "simd ") + mr + "x" + maxNv + "x" + lanesD + "/" + lanesF;
    }

    private static MicroKernels load() {
        String pkg = "dev.zeroj.ndarray.internal.kernel.gemm.";
        try {
            MicroKernels k = (MicroKernels) Class.forName(pkg + "VectorMicroKernels").getDeclaredConstructor().newInstance();
            if (k.lanesD >= 8) {
                return k; // 512-bit vectors: 32 registers hold the 8 x 3 tile
            }
            return (MicroKernels) Class.forName(pkg + "VectorMicroKernels6").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("zeroj: could not load the Vector API GEMM kernels (" + e + "); using scalar ones");
            return new ScalarMicroKernels();
        }
    }
}
