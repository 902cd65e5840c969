package dev.zeroj.ndarray.internal.iter;

/**
 * The order in which NumPy 2.4's reduction iterator visits the elements of one output, and how it
 * cuts them into calls of the inner loop; for a float {@code add} reduction each call is one pairwise
 * sum, so this decides the digits of {@code np.sum}.
 *
 * <p>The model, checked against NumPy on ~2000 shapes, views, axes and dtypes (see
 * {@code gen_reductions.py}): the axes are ordered by NumPy's stable insertion sort on the input's
 * absolute strides (zero strides do not vote; negative strides are not flipped), length-1 axes
 * dropped, neighbours merged when the input steps through them as one and both are reduced or both
 * kept. If the innermost axis is kept, each output adds its elements one by one in that order. If it
 * is reduced, {@code npyiter_find_buffering_setup}'s cost model ({@code nditer_constr.c}) picks the
 * core and buffer size: each output's elements (reduced axes in iterator order) form slabs of
 * {@link #slab()} elements, each cut into blocks of at most {@link #block()}; every block is summed
 * pairwise and added to the output, in order.
 */
public final class ReducePlan {
    /** NumPy's default buffer size ({@code np.getbufsize()}). */
    public static final int BUFSIZE = 8192;

    private final int[] reducedShape;
    private final int[] reducedStrides;
    private final boolean pairwise;
    private final int slab;
    private final int block;
    private final boolean innerKept;

    private ReducePlan(int[] rs, int[] rst, boolean pairwise, int slab, int block, boolean innerKept) {
        this.innerKept = innerKept;
        this.reducedShape = rs;
        this.reducedStrides = rst;
        this.pairwise = pairwise;
        this.slab = slab;
        this.block = block;
    }

    /**
     * Plans the reduction of an input with {@code shape} and {@code strides} (elements) over the axes
     * flagged in {@code reduced}.
     *
     * @param cast whether the input is converted to another type for the reduction (NumPy then
     *     buffers it, which changes the block sizes)
     */
    public static ReducePlan of(int[] shape, int[] strides, boolean[] reduced, boolean cast) {
        int nd = shape.length;
        int[] perm = innerFirst(strides);
        // coalesced dims, innermost first
        long[] dn = new long[nd];
        int[] ds = new int[nd];
        boolean[] dr = new boolean[nd];
        int nd2 = 0;
        int[] rAxesInnerFirst = new int[nd];
        int nr = 0;
        for (int k = 0; k < nd; k++) {
            int ax = perm[k];
            if (reduced[ax]) {
                rAxesInnerFirst[nr++] = ax;
            }
            if (shape[ax] == 1) {
                continue;
            }
            if (nd2 > 0 && dr[nd2 - 1] == reduced[ax] && (long) ds[nd2 - 1] * dn[nd2 - 1] == strides[ax]) {
                dn[nd2 - 1] *= shape[ax];
                continue;
            }
            dn[nd2] = shape[ax];
            ds[nd2] = strides[ax];
            dr[nd2] = reduced[ax];
            nd2++;
        }
        int[] rs = new int[nr];
        int[] rst = new int[nr];
        for (int i = 0; i < nr; i++) {
            rs[i] = shape[rAxesInnerFirst[nr - 1 - i]];
            rst[i] = strides[rAxesInnerFirst[nr - 1 - i]];
        }
        if (nd2 == 0 || !dr[0]) {
            return new ReducePlan(rs, rst, false, 0, 0, nd2 > 0);
        }
        // npyiter_find_buffering_setup for (output: reduce operand, input)
        int cost = cast ? 2 : 1;
        int single = 1;
        int outerReduce = 0;
        long size = dn[0];
        int bestDim = 0;
        int bestCost = cost;
        long bestSize = size;
        long bestCore = 1;
        for (int idim = 1; idim < nd2; idim++) {
            if (outerReduce != 0) {
                break;
            }
            if (size >= BUFSIZE && cost > 1) {
                break;
            }
            if (single == idim) {
                if ((long) ds[idim - 1] * dn[idim - 1] == ds[idim]) {
                    single++;
                } else if (!cast) {
                    cost++;
                }
            }
            if (dr[idim - 1] != dr[idim]) {
                outerReduce = idim;
            }
            long core = size;
            size *= dn[idim];
            if (size == 0) {
                break;
            }
            double bufsize = size;
            if (size > BUFSIZE && cost > 1) {
                bufsize = BUFSIZE;
            }
            if (cost * (double) bestSize <= bestCost * bufsize) {
                bestCost = cost;
                bestCore = core;
                bestSize = size;
                bestDim = idim;
            }
        }
        boolean usingReduce = outerReduce != 0 && bestDim == outerReduce;
        boolean buffered = cast || single + (usingReduce ? 1 : 0) <= bestDim;
        if (buffered && BUFSIZE < bestSize) {
            bestSize = bestCore * (BUFSIZE / bestCore);
        }
        if (usingReduce) {
            return new ReducePlan(rs, rst, true, (int) bestCore, (int) bestCore, false);
        }
        long s = 1;
        for (int d = 0; d <= bestDim; d++) {
            s *= dn[d];
        }
        return new ReducePlan(rs, rst, true, (int) s, (int) bestSize, false);
    }

    /**
     * The axes ordered as NumPy's iterator orders them ({@code npyiter_find_best_axis_ordering} with
     * one operand: a stable insertion sort on absolute strides, zero strides not voting), outermost
     * first. NumPy allocates {@code order='K'} ufunc outputs in this order.
     */
    public static int[] axisOrder(int[] shape, int[] strides) {
        int[] p = innerFirst(strides);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[p.length - 1 - i];
        }
        return out;
    }

    private static int[] innerFirst(int[] strides) {
        int nd = strides.length;
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = nd - 1 - i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ipos = i0;
            int j0 = perm[i0];
            int s0 = strides[j0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                int s1 = strides[perm[i1]];
                if (s0 != 0 && s1 != 0) {
                    if (Math.abs(s1) <= Math.abs(s0)) {
                        break;
                    }
                    ipos = i1;
                }
            }
            if (ipos != i0) {
                System.arraycopy(perm, ipos, perm, ipos + 1, i0 - ipos);
                perm[ipos] = j0;
            }
        }
        return perm;
    }

    /** The lengths of the reduced axes in the iterator's order, outermost first. */
    public int[] reducedShape() {
        return reducedShape.clone();
    }

    /** The input strides of the reduced axes, in the order of {@link #reducedShape()}. */
    public int[] reducedStrides() {
        return reducedStrides.clone();
    }

    /** Whether float sums add pairwise-summed blocks; otherwise element by element. */
    public boolean pairwise() {
        return pairwise;
    }

    /** Blocks never cross a multiple of this many elements of one output's sequence. */
    public int slab() {
        return slab;
    }

    /** The longest block. */
    public int block() {
        return block;
    }

    /**
     * Whether the iterator's innermost axis (smallest stride) is a kept one: each output then folds
     * its elements one by one, and a row of outputs can be folded at once, reduced index outermost.
     */
    public boolean innerKept() {
        return innerKept;
    }

    /**
     * The buffer offset of element {@code index} (flat, C order) of a view with {@code shape} and
     * {@code strides} starting at {@code base}: maps an output index to its input's first element.
     */
    public static int offset(int index, int[] shape, int[] strides, int base) {
        int off = base;
        for (int k = shape.length - 1; k >= 0; k--) {
            int n = shape[k];
            off += (index % n) * strides[k];
            index /= n;
        }
        return off;
    }

    /**
     * {@code shape} and {@code strides} with length-1 axes dropped and neighbours merged where the
     * outer one steps as the inner one whole (C order kept), as {@code {shape, strides}}; at least
     * one axis (of length 1 for a single element).
     */
    public static int[][] coalesce(int[] shape, int[] strides) {
        int[] sh = new int[Math.max(1, shape.length)];
        int[] st = new int[sh.length];
        int n = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (n > 0 && st[n - 1] == (long) shape[d] * strides[d]) {
                sh[n - 1] *= shape[d];
                st[n - 1] = strides[d];
                continue;
            }
            sh[n] = shape[d];
            st[n++] = strides[d];
        }
        if (n == 0) {
            sh[0] = 1;
            st[0] = 0;
            n = 1;
        }
        return new int[][] {java.util.Arrays.copyOf(sh, n), java.util.Arrays.copyOf(st, n)};
    }
}
