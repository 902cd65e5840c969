package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.iter.ReducePlan;
import dev.zeroj.ndarray.internal.kernel.ArgScan;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.parallel.Parallel;
import java.util.Arrays;

/** {@code argmax}/{@code argmin} and {@code average}, the reductions that are not one ufunc reduce. */
final class ArgReduce {
    /** Elements of work per parallel piece. */
    private static final int WORK = 1 << 15;
    /** Chunk for converting non-native storage. */
    private static final int CHUNK = 2048;

    private ArgReduce() {}

    /**
     * {@code np.argmax}/{@code np.argmin}: int64 indices of the first largest/smallest element along
     * {@code axis} (the flattened array when {@code null}); NaN counts as the extreme (first NaN).
     */
    static NDArray arg(boolean max, NDArray a, Integer axis, boolean keepdims) {
        String name = max ? "argmax" : "argmin";
        NDArray src = a;
        int ax;
        if (axis == null || a.shape.length == 0) {
            if (axis != null) {
                Views.normalizeAxis(axis, Math.max(1, a.shape.length));
            }
            src = Views.reshape(a, new int[] {a.size});
            ax = 0;
        } else {
            ax = Views.normalizeAxis(axis, a.shape.length);
        }
        int len = src.shape[ax];
        if (len == 0) {
            throw new ValueError("attempt to get " + name + " of an empty sequence");
        }
        int nd = src.shape.length;
        int[] keptShape = new int[nd - 1];
        int[] keptStrides = new int[nd - 1];
        for (int i = 0, k = 0; i < nd; i++) {
            if (i != ax) {
                keptShape[k] = src.shape[i];
                keptStrides[k++] = src.strides[i];
            }
        }
        int[] outShape;
        if (!keepdims) {
            outShape = axis == null ? new int[0] : keptShape.clone();
        } else if (axis == null) {
            outShape = new int[a.shape.length];
            Arrays.fill(outShape, 1);
        } else {
            outShape = a.shape.clone();
            outShape[ax] = 1;
        }
        NDArray out = NDArray.allocate(DType.INT64, outShape);
        long[] res = (long[]) out.data;
        if (res.length > 0) {
            int[][] kept = ReducePlan.coalesce(keptShape, keptStrides);
            new Scan(max, src, kept[0], kept[1], src.strides[ax], len, res).run();
        }
        return out;
    }

    /**
     * One argmax/argmin: typed loops over double[], float[] and long[] storage (other types are
     * converted in chunks to double, which holds them exactly); per output along a contiguous axis,
     * row by row when the kept axis is the denser one ({@code argmax(axis=0)}). Pieces are ranges of
     * outputs (or, for one long output, of its sequence) cut by size only.
     */
    private static final class Scan {
        final boolean max;
        final Object data;
        final int code;
        final int[] keptShape;
        final int[] keptStrides;
        final int base;
        final int step;
        final int len;
        final long[] res;

        Scan(boolean max, NDArray src, int[] keptShape, int[] keptStrides, int step, int len, long[] res) {
            this.max = max;
            this.data = src.data;
            this.code = src.dtype.ordinal();
            this.keptShape = keptShape;
            this.keptStrides = keptStrides;
            this.base = src.offset;
            this.step = step;
            this.len = len;
            this.res = res;
        }

        void run() {
            int nOut = res.length;
            if (nOut == 1 && len > WORK) {
                int pieces = (len + WORK - 1) / WORK;
                ArgScan[] ps = new ArgScan[pieces];
                Parallel.forEach(pieces, p -> {
                    ArgScan s = new ArgScan(max);
                    int from = p * WORK;
                    scan(s, base + from * step, Math.min(WORK, len - from), from, null);
                    ps[p] = s;
                });
                for (int p = 1; p < pieces; p++) {
                    ps[0].combine(ps[p], data instanceof long[]);
                }
                res[0] = ps[0].index();
                return;
            }
            int ks = keptStrides[keptStrides.length - 1];
            if (nOut > 1 && Math.abs((long) ks) < Math.abs((long) step)) {
                int pieces = ReduceEngine.rowPieces(nOut, len);
                Parallel.forEach(pieces, p -> rows(ReduceEngine.rowCut(nOut, pieces, p), ReduceEngine.rowCut(nOut, pieces, p + 1)));
                return;
            }
            int per = Math.max(1, WORK / len);
            if (keptShape.length == 1 && (data instanceof double[] || data instanceof float[] || data instanceof long[])) {
                Parallel.forEach((nOut + per - 1) / per, p -> {
                    int end = Math.min(nOut, (p + 1) * per);
                    for (int o = p * per, off = base + o * ks; o < end; o++, off += ks) {
                        res[o] = data instanceof double[] ? ArgScan.index(max, (double[]) data, off, step, len)
                                : data instanceof float[] ? ArgScan.index(max, (float[]) data, off, step, len)
                                : ArgScan.index(max, (long[]) data, off, step, len);
                    }
                });
                return;
            }
            Parallel.forEach((nOut + per - 1) / per, p -> {
                ArgScan s = new ArgScan(max);
                double[] buf = data instanceof double[] || data instanceof float[] || data instanceof long[] ? null : new double[Math.min(CHUNK, len)];
                int end = Math.min(nOut, (p + 1) * per);
                for (int o = p * per; o < end; o++) {
                    s.reset();
                    scan(s, ReducePlan.offset(o, keptShape, keptStrides, base), len, 0, buf);
                    res[o] = s.index();
                }
            });
        }

        /** Scans {@code n} elements from {@code off} (sequence index {@code first}) into {@code s}. */
        private void scan(ArgScan s, int off, int n, long first, double[] buf) {
            if (data instanceof double[]) {
                s.scan((double[]) data, off, step, n, first);
            } else if (data instanceof float[]) {
                s.scan((float[]) data, off, step, n, first);
            } else if (data instanceof long[]) {
                s.scan((long[]) data, off, step, n, first);
            } else {
                if (buf == null) {
                    buf = new double[Math.min(CHUNK, n)];
                }
                for (int done = 0; done < n; done += buf.length) {
                    int m = Math.min(buf.length, n - done);
                    Convert.loadDouble(data, code, off + done * step, step, buf, m);
                    s.scan(buf, 0, 1, m, first + done);
                }
            }
        }

        /** Outputs {@code [o0, o1)} row by row: the reduced index outermost, the outputs inner. */
        private void rows(int o0, int o1) {
            int n = o1 - o0;
            int inner = keptShape[keptShape.length - 1];
            int ks = keptStrides[keptStrides.length - 1];
            long[] idx = new long[n];
            double[] bd = data instanceof long[] || data instanceof float[] ? null : new double[n];
            float[] bf = data instanceof float[] ? new float[n] : null;
            long[] bl = data instanceof long[] ? new long[n] : null;
            double[] buf = bd != null && !(data instanceof double[]) ? new double[Math.min(CHUNK, inner)] : null;
            for (int i = 0; i < len; i++) {
                for (int o = o0; o < o1; ) {
                    int m = Math.min(inner - o % inner, o1 - o);
                    int off = ReducePlan.offset(o, keptShape, keptStrides, base) + i * step;
                    int a0 = o - o0;
                    if (bl != null) {
                        long[] x = (long[]) data;
                        if (i == 0) {
                            for (int j = 0; j < m; j++) {
                                bl[a0 + j] = x[off + j * ks];
                            }
                        } else {
                            ArgScan.row(max, bl, idx, a0, x, off, ks, m, i);
                        }
                    } else if (bf != null) {
                        float[] x = (float[]) data;
                        if (i == 0) {
                            for (int j = 0; j < m; j++) {
                                bf[a0 + j] = x[off + j * ks];
                            }
                        } else {
                            ArgScan.row(max, bf, idx, a0, x, off, ks, m, i);
                        }
                    } else if (buf == null) {
                        double[] x = (double[]) data;
                        if (i == 0) {
                            for (int j = 0; j < m; j++) {
                                bd[a0 + j] = x[off + j * ks];
                            }
                        } else {
                            ArgScan.row(max, bd, idx, a0, x, off, ks, m, i);
                        }
                    } else {
                        for (int done = 0; done < m; done += buf.length) {
                            int c = Math.min(buf.length, m - done);
                            Convert.loadDouble(data, code, off + done * ks, ks, buf, c);
                            if (i == 0) {
                                System.arraycopy(buf, 0, bd, a0 + done, c);
                            } else {
                                ArgScan.row(max, bd, idx, a0 + done, buf, 0, 1, c, i);
                            }
                        }
                    }
                    o += m;
                }
            }
            System.arraycopy(idx, 0, res, o0, n);
        }
    }

    /**
     * {@code np.average(a, axis, weights)} as NumPy 2.4: without weights the mean; with weights
     * {@code sum(a*w) / sum(w)} in {@code result_type(a, w)} (at least float64 for integer/bool
     * {@code a}). Weights may be 1-D along {@code axis}.
     */
    static NDArray average(NDArray a, Integer axis, NDArray weights) {
        int[] axes = axis == null ? null : new int[] {Views.normalizeAxis(axis, a.shape.length)};
        if (weights == null) {
            return Reductions.reduce(Reductions.Kind.MEAN, a, axes, false);
        }
        NDArray w = weights;
        if (!Arrays.equals(a.shape, w.shape)) {
            if (axis == null) {
                throw new TypeError("Axis must be specified when shapes of a and weights differ.");
            }
            if (w.shape.length != 1 || w.shape[0] != a.shape[axes[0]]) {
                throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
            }
            int[] sh = new int[a.shape.length];
            Arrays.fill(sh, 1);
            sh[axes[0]] = w.shape[0];
            w = Views.reshape(w, sh);
        }
        DType rt0 = DType.promote(a.dtype, w.dtype);
        DType rt = a.dtype.isFloat() ? rt0 : DType.promote(rt0, DType.FLOAT64);
        NDArray scl = Reductions.sumAs(w, axes, rt);
        if (Reductions.anyZero(scl)) {
            throw new ValueError("Weights sum to zero, can't be normalized");
        }
        NDArray prod = Reductions.inMemoryOrder(a, (x, y) -> Ufuncs.binary(Ufuncs.Op.MULTIPLY, x.astype(rt), y.astype(rt), null), w);
        NDArray num = Reductions.sumAs(prod, axes, rt);
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, num, scl, null);
    }
}
