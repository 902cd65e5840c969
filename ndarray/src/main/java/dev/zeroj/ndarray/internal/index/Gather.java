package dev.zeroj.ndarray.internal.index;

import dev.zeroj.ndarray.internal.iter.StridedLoop;

/**
 * Block copies between two buffers of the same primitive type: for each of {@code n} blocks, the
 * elements of a sub-array of shape {@code subShape} are copied from {@code src} (starting at
 * {@code srcBase[b]}, strides {@code srcSub}) to {@code dst} (starting at {@code dstBase[b]},
 * strides {@code dstSub}). Gather (read through an index) and scatter (assign through an index) are
 * this one loop with the roles swapped. Blocks are copied in order, so with repeated destinations
 * the last block wins.
 */
public final class Gather {
    private Gather() {}

    /** Element offsets of every position of {@code shape} in C order: {@code base + sum(i_k * strides[k])}. */
    public static int[] offsets(int[] shape, int[] strides, int base) {
        long total = 1;
        for (int d : shape) {
            total *= d;
        }
        int[] out = new int[(int) total];
        if (total == 0) {
            return out;
        }
        int nd = shape.length;
        if (nd == 0) {
            out[0] = base;
            return out;
        }
        int[] idx = new int[nd];
        int off = base;
        int inner = shape[nd - 1];
        int is = strides[nd - 1];
        int k = 0;
        while (true) {
            for (int i = 0, p = off; i < inner; i++, p += is) {
                out[k++] = p;
            }
            if (k == out.length) {
                return out;
            }
            int d = nd - 2;
            while (true) {
                idx[d]++;
                off += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                off -= idx[d] * strides[d];
                idx[d] = 0;
                d--;
            }
        }
    }

    /** Copies {@code n} blocks of {@code subShape}; see the class description. */
    public static void copy(Object src, int[] srcBase, int[] srcSub, Object dst, int[] dstBase, int[] dstSub,
            int[] subShape, int n) {
        long sub = 1;
        for (int d : subShape) {
            sub *= d;
        }
        if (sub == 0 || n == 0) {
            return;
        }
        if (sub == 1) {
            copyElements(src, srcBase, dst, dstBase, n);
            return;
        }
        StridedLoop plan = StridedLoop.of(subShape, srcSub, dstSub);
        int ss = plan.innerStride(0);
        int ds = plan.innerStride(1);
        if (plan.ndim() == 1) {
            int m = (int) sub;
            for (int b = 0; b < n; b++) {
                run(src, srcBase[b], ss, dst, dstBase[b], ds, m);
            }
            return;
        }
        int[] base = new int[2];
        StridedLoop.Body body = (offs, m) -> run(src, offs[0], ss, dst, offs[1], ds, m);
        for (int b = 0; b < n; b++) {
            base[0] = srcBase[b];
            base[1] = dstBase[b];
            plan.run(base, 0, (int) sub, body);
        }
    }

    /** {@code dst[dstPos[i]] = src[srcPos[i]]} for {@code i < n}, in order. */
    public static void copyElements(Object src, int[] srcPos, Object dst, int[] dstPos, int n) {
        if (src instanceof double[]) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else if (src instanceof float[]) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else if (src instanceof long[]) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else if (src instanceof int[]) {
            int[] s = (int[]) src;
            int[] d = (int[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else if (src instanceof short[]) {
            short[] s = (short[]) src;
            short[] d = (short[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else if (src instanceof byte[]) {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        } else {
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dst;
            for (int i = 0; i < n; i++) {
                d[dstPos[i]] = s[srcPos[i]];
            }
        }
    }

    /** Copies one strided run of {@code m} elements. */
    public static void run(Object src, int so, int ss, Object dst, int dOff, int ds, int m) {
        if (ss == 1 && ds == 1 && (src != dst || so >= dOff + m || dOff >= so + m)) {
            System.arraycopy(src, so, dst, dOff, m);
            return;
        }
        if (src instanceof double[]) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else if (src instanceof float[]) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else if (src instanceof long[]) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else if (src instanceof int[]) {
            int[] s = (int[]) src;
            int[] d = (int[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else if (src instanceof short[]) {
            short[] s = (short[]) src;
            short[] d = (short[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else if (src instanceof byte[]) {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        } else {
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dst;
            for (int i = 0, p = so, q = dOff; i < m; i++, p += ss, q += ds) {
                d[q] = s[p];
            }
        }
    }
}
