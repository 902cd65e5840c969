package dev.zeroj.ndarray.internal.kernel.gemm;

import dev.zeroj.ndarray.internal.kernel.Simd;

/**
 * The GEMM micro-kernel of one provider: {@code C[mr × nv·lanes] = (load ? C : 0) + A·B} for a packed
 * sliver of A ({@code kc × mr}, element {@code (i, p)} at {@code ao + p·mr + i}) and a packed sliver
 * of B ({@code kc × nv·lanes}, element {@code (p, j)} at {@code bo + p·nv·lanes + j}). C's rows are
 * {@code rs} apart and contiguous.
 *
 * <p>Contract shared by every provider: each element of C is updated as the chain
 * {@code acc = fma(a[i][p], b[p][j], acc)} for p = 0, 1, ... kc-1, so all providers and all tile
 * shapes produce bitwise identical results.
 */
public abstract class MicroKernels {
    /** The largest number of vectors in a tile's row. */
    public static final int MAX_NV = 3;

    /** The Vector API provider when {@link Simd#ENABLED}, else the scalar one. */
    public static final MicroKernels DEFAULT = Simd.ENABLED ? load() : new ScalarMicroKernels();

    final int mr;
    final int lanesD;
    final int lanesF;

    /** A provider whose tiles have {@code mr} rows and vectors of the given lane counts. */
    protected MicroKernels(int mr, int lanesD, int lanesF) {
        this.mr = mr;
        this.lanesD = lanesD;
        this.lanesF = lanesF;
    }

    /** The portable scalar provider. */
    public static MicroKernels scalar() {
        return new ScalarMicroKernels();
    }

    /** Rows of a tile. */
    public int mr() {
        return mr;
    }

    /** The double micro-kernel for a tile of {@code nv} vectors ({@code 1..MAX_NV}). */
    public abstract void dkernel(int nv, int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int rs, boolean load);

    /** The float micro-kernel for a tile of {@code nv} vectors ({@code 1..MAX_NV}). */
    public abstract void skernel(int nv, int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int rs, boolean load);

    /** A short description for logs, e.g. {@code "simd 8x3x8"}. */
    public String describe() {
        return (this instanceof ScalarMicroKernels ? "scalar " : "simd ") + mr + "x" + MAX_NV + "x" + lanesD + "/" + lanesF;
    }

    private static MicroKernels load() {
        String name = "dev.zeroj.ndarray.internal.kernel.gemm.VectorMicroKernels";
        try {
            return (MicroKernels) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("zeroj: could not load " + name + " (" + e + "); using scalar GEMM kernels");
            return new ScalarMicroKernels();
        }
    }
}
