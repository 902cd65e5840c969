package dev.zeroj.ndarray.internal.iter;

import dev.zeroj.ndarray.internal.layout.Layout;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * An iteration plan over one shape for several operands, each with its own strides (in elements,
 * 0 for broadcast axes). Length-1 axes are dropped and adjacent axes merged wherever every operand
 * steps through them as one, so a contiguous 100x30x24x24 loop is a single run of 1,728,000.
 *
 * <p>{@link #of} keeps the given axis order (C order); {@link #inMemoryOrder} first sorts the axes
 * by the operands' strides. {@link #run} visits a range of the flat index space of the (permuted)
 * shape in C order as a sequence of inner runs; the
 * body receives the buffer offsets of each operand at the start of the run and the run length, and
 * steps by {@link #innerStride(int)} within it.
 */
public final class StridedLoop {
    /** Elements per parallel piece; boundaries depend only on the size, never the thread count. */
    public static final int PIECE = 1 << 15;

    private final int[] shape;
    private final int[][] strides;
    private final int size;

    /** Receives one inner run. */
    @FunctionalInterface
    public interface Body {
        /**
         * Processes {@code n} elements; operand {@code k} starts at {@code offsets[k]} and steps by
         * the plan's inner stride. Must not modify {@code offsets}.
         */
        void run(int[] offsets, int n);
    }

    /** Makes a body for one parallel piece (so each piece can own scratch buffers). */
    @FunctionalInterface
    public interface BodyFactory {
        /** A body for one piece. */
        Body create();
    }

    private StridedLoop(int[] shape, int[][] strides, int size) {
        this.shape = shape;
        this.strides = strides;
        this.size = size;
    }

    /**
     * Plans a loop over {@code shape} for operands with the given strides.
     *
     * @param shape the iteration shape (any rank, 0-d included)
     * @param strides one stride array per operand, each of {@code shape.length}
     */
    public static StridedLoop of(int[] shape, int[]... strides) {
        int nops = strides.length;
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        int nd = 0;
        int[] sh = new int[Math.max(shape.length, 1)];
        int[][] st = new int[nops][Math.max(shape.length, 1)];
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (nd > 0 && mergeable(sh[nd - 1], shape[d], st, strides, nd - 1, d)) {
                sh[nd - 1] *= shape[d];
                for (int k = 0; k < nops; k++) {
                    st[k][nd - 1] = strides[k][d];
                }
                continue;
            }
            sh[nd] = shape[d];
            for (int k = 0; k < nops; k++) {
                st[k][nd] = strides[k][d];
            }
            nd++;
        }
        if (nd == 0) {
            sh[0] = 1;
            nd = 1;
        }
        int[] fs = java.util.Arrays.copyOf(sh, nd);
        int[][] fst = new int[nops][];
        for (int k = 0; k < nops; k++) {
            fst[k] = java.util.Arrays.copyOf(st[k], nd);
        }
        return new StridedLoop(fs, fst, size);
    }

    /**
     * Plans a loop over {@code shape} that walks the operands in their memory order rather than in
     * C order: the axes are first permuted by {@link Layout#broadcastStrideOrder} (NumPy's iterator
     * order), so {@code x.T + y.T} or a copy of a transposed array is one contiguous run. Only for
     * loops where the visiting order does not matter (every element written once, independently).
     */
    public static StridedLoop inMemoryOrder(int[] shape, int[]... strides) {
        int[] perm = Layout.broadcastStrideOrder(shape, strides);
        if (Layout.isIdentity(perm)) {
            return of(shape, strides);
        }
        int nd = shape.length;
        int[] sh = new int[nd];
        int[][] st = new int[strides.length][nd];
        for (int i = 0; i < nd; i++) {
            sh[i] = shape[perm[i]];
            for (int k = 0; k < strides.length; k++) {
                st[k][i] = strides[k][perm[i]];
            }
        }
        return of(sh, st);
    }

    /** Whether the kept outer axis (strides st[k][outer]) and the next axis d form one run. */
    private static boolean mergeable(int outerLen, int innerLen, int[][] st, int[][] strides, int outer, int d) {
        for (int k = 0; k < st.length; k++) {
            if (st[k][outer] != strides[k][d] * innerLen) {
                return false;
            }
        }
        return true;
    }

    /** The number of elements visited. */
    public int size() {
        return size;
    }

    /** The number of dimensions after coalescing (at least 1). */
    public int ndim() {
        return shape.length;
    }

    /** The inner run length of the plan (the last coalesced axis). */
    public int innerLength() {
        return shape[shape.length - 1];
    }

    /** The stride of operand {@code k} along the inner run. */
    public int innerStride(int k) {
        return strides[k][shape.length - 1];
    }

    /**
     * Visits flat indices {@code [start, end)} in C order as inner runs.
     *
     * @param base the buffer offset of each operand's first element
     */
    public void run(int[] base, int start, int end, Body body) {
        if (start >= end) {
            return;
        }
        int nd = shape.length;
        int nops = base.length;
        int[] idx = new int[nd];
        int[] offs = base.clone();
        int rem = start;
        for (int d = nd - 1; d >= 0; d--) {
            idx[d] = rem % shape[d];
            rem /= shape[d];
            for (int k = 0; k < nops; k++) {
                offs[k] += idx[d] * strides[k][d];
            }
        }
        int inner = shape[nd - 1];
        int cur = start;
        while (cur < end) {
            int n = Math.min(inner - idx[nd - 1], end - cur);
            body.run(offs, n);
            cur += n;
            if (cur >= end) {
                return;
            }
            idx[nd - 1] += n;
            for (int k = 0; k < nops; k++) {
                offs[k] += n * strides[k][nd - 1];
            }
            if (idx[nd - 1] == inner) {
                idx[nd - 1] = 0;
                for (int k = 0; k < nops; k++) {
                    offs[k] -= inner * strides[k][nd - 1];
                }
                for (int d = nd - 2; d >= 0; d--) {
                    idx[d]++;
                    for (int k = 0; k < nops; k++) {
                        offs[k] += strides[k][d];
                    }
                    if (idx[d] < shape[d]) {
                        break;
                    }
                    idx[d] = 0;
                    for (int k = 0; k < nops; k++) {
                        offs[k] -= shape[d] * strides[k][d];
                    }
                }
            }
        }
    }

    /**
     * Visits every element, cut into pieces of {@link #PIECE} elements that run on the shared pool
     * when there is more than one. Only for loops where each element is written by one piece.
     */
    public void runParallel(int[] base, BodyFactory factory) {
        int pieces = (int) ((size + (long) PIECE - 1) / PIECE);
        if (pieces <= 1) {
            run(base, 0, size, factory.create());
            return;
        }
        Parallel.forEach(pieces, p -> run(base, p * PIECE, (int) Math.min((long) (p + 1) * PIECE, size), factory.create()));
    }
}

