package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.iter.ReducePlan;
import dev.zeroj.ndarray.internal.iter.StridedLoop;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.kernel.Half;
import dev.zeroj.ndarray.internal.kernel.PairwiseSum;
import dev.zeroj.ndarray.internal.kernel.Reduce;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * Reductions over all axes, one axis or several, with keepdims: NumPy's result dtypes, identities,
 * errors and, for float sums, NumPy's summation order (see {@link ReducePlan}), so results match
 * NumPy bit for bit.
 *
 * <p>Result dtypes: sum/prod of bool, uint8, int32, int64 are int64 (NumPy gives uint64 for uint8;
 * zeroj has no uint64); floats keep their dtype (float16 adds in float32 within one inner-loop call
 * and rounds to half after it, as NumPy). mean/var/std of integers and bool are float64, of floats
 * their dtype (float16 mean sums in float32). max/min keep the dtype; all/any are bool; argmax/argmin
 * int64. Every result is an array; a full reduction gives a 0-d array.
 *
 * <p>Parallel work: outputs are computed independently (each by one piece); a single output's
 * blocks are summed in parallel and added in order, and one long block splits along its pairwise
 * recursion tree. Results are therefore identical for every thread count.
 */
final class Reductions {
    /** The reductions. */
    enum Kind { SUM, MEAN, MAX, MIN, PROD, VAR, STD, ALL, ANY }

    /** The inner operation of the engine. */
    private enum Op { SUM, PROD, MAX, MIN, ALL, ANY }

    /** Elements of work per parallel piece. */
    private static final int WORK = 1 << 15;
    /** Chunk for gathering element sequences. */
    private static final int CHUNK = 2048;

    private Reductions() {}

    static NDArray reduce(Kind kind, NDArray a, int[] axes, boolean keepdims) {
        if (a.shape.length == 0 && axes != null) {
            for (int x : axes) {
                if (x < -1 || x > 0) {
                    throw new AxisError(x, 0);
                }
            }
            Views.normalizeAxes(axes, 1); // NumPy accepts axis 0 / -1 on a 0-d array
            axes = null;
        }
        int[] ax = Views.normalizeAxes(axes, a.shape.length);
        boolean[] red = new boolean[a.shape.length];
        for (int x : ax) {
            red[x] = true;
        }
        DType t = a.dtype;
        switch (kind) {
            case SUM: return run(Op.SUM, a, red, keepdims, t.isFloat() ? t : DType.INT64, t.isFloat() ? t : DType.INT64);
            case PROD: return run(Op.PROD, a, red, keepdims, t.isFloat() ? t : DType.INT64, t.isFloat() ? t : DType.INT64);
            case MAX: return run(Op.MAX, a, red, keepdims, t, t);
            case MIN: return run(Op.MIN, a, red, keepdims, t, t);
            case ALL: return run(Op.ALL, a, red, keepdims, DType.BOOL, DType.BOOL);
            case ANY: return run(Op.ANY, a, red, keepdims, DType.BOOL, DType.BOOL);
            case MEAN: return mean(a, red, keepdims);
            case VAR: return var(a, red, keepdims);
            case STD: {
                NDArray v = var(a, red, keepdims);
                return Ufuncs.unary(Ufuncs.Op.SQRT, v, v);
            }
            default: throw new AssertionError(kind);
        }
    }

    /** The number of elements reduced into each output. */
    private static long count(NDArray a, boolean[] red) {
        long n = 1;
        for (int i = 0; i < red.length; i++) {
            if (red[i]) {
                n *= a.shape[i];
            }
        }
        return n;
    }

    /**
     * {@code np.mean}: the sum in float64 (integers, bool), float32 (float16, float32) or float64,
     * divided by the count as {@code numpy/_core/_methods.py _mean} does.
     */
    private static NDArray mean(NDArray a, boolean[] red, boolean keepdims) {
        DType t = a.dtype;
        DType acc = t.isFloat() ? (t == DType.FLOAT16 ? DType.FLOAT32 : t) : DType.FLOAT64;
        NDArray s = run(Op.SUM, a, red, keepdims, acc, acc);
        double n = count(a, red);
        boolean scalar = s.shape.length == 0;
        if (t == DType.FLOAT16) {
            NDArray r = NDArray.allocate(DType.FLOAT16, s.shape);
            float[] src = (float[]) s.data;
            short[] dst = (short[]) r.data;
            for (int i = 0; i < src.length; i++) {
                double q = src[i] / n;
                // a 0-d sum is a NumPy scalar: float16(sum / n); an array is divided in place in float32 first
                dst[i] = scalar ? Half.fromDouble(q) : Half.fromFloat((float) q);
            }
            return r;
        }
        divideInPlace(s, n);
        return s;
    }

    /** {@code s /= n} as {@code np.true_divide(s, np.intp(n), out=s, casting='unsafe')}. */
    private static void divideInPlace(NDArray s, double n) {
        if (s.dtype == DType.FLOAT64) {
            double[] d = (double[]) s.data;
            for (int i = 0; i < d.length; i++) {
                d[i] = d[i] / n;
            }
        } else if (s.dtype == DType.FLOAT32) {
            float[] d = (float[]) s.data;
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) (d[i] / n);
            }
        } else {
            short[] d = (short[]) s.data;
            for (int i = 0; i < d.length; i++) {
                d[i] = Half.fromDouble(Half.toFloat(d[i]) / n);
            }
        }
    }

    /** {@code np.var} following {@code _methods._var}: mean(abs(x - x.mean())**2), ddof 0. */
    private static NDArray var(NDArray a, boolean[] red, boolean keepdims) {
        DType t = a.dtype;
        DType acc = t.isFloat() ? t : DType.FLOAT64;
        double n = count(a, red);
        NDArray m = run(Op.SUM, a, red, true, acc, acc);
        divideInPlace(m, n);
        // NumPy allocates arr - arrmean in arr's memory order, which decides the order of the second sum
        NDArray x = inMemoryOrder(a, (p, q) -> Ufuncs.binary(Ufuncs.Op.SUBTRACT, p, q, null), m);
        x = Ufuncs.binary(Ufuncs.Op.MULTIPLY, x, x, x);
        NDArray r = run(Op.SUM, x, red, keepdims, acc, acc);
        divideInPlace(r, n);
        return r;
    }

    /** The output shape for the reduced flags. */
    private static int[] outShape(int[] shape, boolean[] red, boolean keepdims) {
        int k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!red[i] || keepdims) {
                k++;
            }
        }
        int[] out = new int[k];
        k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!red[i]) {
                out[k++] = shape[i];
            } else if (keepdims) {
                out[k++] = 1;
            }
        }
        return out;
    }

    /**
     * The engine: reduces {@code a} over the flagged axes with {@code op}, computing in
     * {@code acc}'s arithmetic (float64, float32, float16 via float32, int64 or bool) and storing as
     * {@code result}.
     */
    private static NDArray run(Op op, NDArray a, boolean[] red, boolean keepdims, DType acc, DType result) {
        long rl = count(a, red);
        if (rl == 0 && (op == Op.MAX || op == Op.MIN)) {
            throw new ValueError("zero-size array to reduction operation " + (op == Op.MAX ? "maximum" : "minimum")
                    + " which has no identity");
        }
        int nd = a.shape.length;
        int nk = 0;
        for (boolean r : red) {
            if (!r) {
                nk++;
            }
        }
        int[] keptShape = new int[nk];
        int[] keptStrides = new int[nk];
        nk = 0;
        for (int i = 0; i < nd; i++) {
            if (!red[i]) {
                keptShape[nk] = a.shape[i];
                keptStrides[nk++] = a.strides[i];
            }
        }
        NDArray out = NDArray.allocate(result, outShape(a.shape, red, keepdims));
        if (out.size == 0) {
            return out;
        }
        Engine e = new Engine(op, a, red, acc, (int) rl, keptShape, keptStrides, out);
        e.execute();
        return out;
    }

    /** One reduction: the plan and the per-output computation. */
    private static final class Engine {
        final Op op;
        final Object data;
        final int code;
        final DType acc;
        final int r;
        final int[] keptShape;
        final int[] keptStrides;
        final int base0;
        final NDArray out;
        final ReducePlan plan;
        final StridedLoop rloop;
        /** Whether one block is a single strided run of the input in the compute type. */
        final boolean direct;

        Engine(Op op, NDArray a, boolean[] red, DType acc, int r, int[] keptShape, int[] keptStrides, NDArray out) {
            this.op = op;
            this.data = a.data;
            this.code = a.dtype.ordinal();
            this.acc = acc;
            this.r = r;
            this.keptShape = keptShape;
            this.keptStrides = keptStrides;
            this.base0 = a.offset;
            this.out = out;
            boolean cast = a.dtype != acc && !(a.dtype == DType.FLOAT16 && acc == DType.FLOAT16);
            this.plan = ReducePlan.of(a.shape, a.strides, red, cast);
            this.rloop = StridedLoop.of(plan.reducedShape(), plan.reducedStrides());
            this.direct = rloop.ndim() == 1 && a.dtype == acc && (acc == DType.FLOAT64 || acc == DType.FLOAT32);
        }

        boolean pairwiseSum() {
            return op == Op.SUM && acc.isFloat() && plan.pairwise();
        }

        void execute() {
            int nOut = out.size;
            if (nOut == 1 && pairwiseSum() && r > WORK) {
                singlePairwise();
                return;
            }
            if (nOut == 1 && r > WORK && op != Op.PROD && !(op == Op.SUM && acc.isFloat())) {
                singleExact();
                return;
            }
            int per = Math.max(1, WORK / Math.max(1, r));
            int pieces = (nOut + per - 1) / per;
            Parallel.forEach(pieces, p -> {
                Piece piece = new Piece();
                int start = p * per;
                int end = Math.min(nOut, start + per);
                for (int o = start; o < end; o++) {
                    piece.output(o);
                }
            });
        }

        /** The input offset of output {@code o}'s first element. */
        int baseOf(int o) {
            int off = base0;
            for (int k = keptShape.length - 1; k >= 0; k--) {
                int n = keptShape[k];
                off += (o % n) * keptStrides[k];
                o /= n;
            }
            return off;
        }

        /** One output, its blocks summed in parallel and added in order. */
        void singlePairwise() {
            int base = baseOf(0);
            int slab = plan.slab();
            int block = plan.block();
            int nb = 0;
            for (int s = 0; s < r; s += slab) {
                int len = Math.min(slab, r - s);
                nb += (len + block - 1) / block;
            }
            int[] bs = new int[nb];
            int[] bl = new int[nb];
            nb = 0;
            for (int s = 0; s < r; s += slab) {
                int end = Math.min(r, s + slab);
                for (int b = s; b < end; b += block) {
                    bs[nb] = b;
                    bl[nb++] = Math.min(block, end - b);
                }
            }
            double[] part = new double[nb];
            if (nb == 1) {
                part[0] = new Piece().blockSum(base, bs[0], bl[0], true);
            } else {
                Parallel.forEach(nb, k -> part[k] = new Piece().blockSum(base, bs[k], bl[k], false));
            }
            Piece fold = new Piece();
            for (int k = 0; k < nb; k++) {
                fold.addBlock(part[k]);
            }
            fold.store(0);
        }

        /** One output of an order-insensitive reduction, cut into pieces combined in order. */
        void singleExact() {
            int base = baseOf(0);
            int pieces = (r + WORK - 1) / WORK;
            Piece[] ps = new Piece[pieces];
            Parallel.forEach(pieces, p -> {
                Piece piece = new Piece();
                piece.reset();
                piece.fold(base, p * WORK, Math.min(r, (p + 1) * WORK));
                ps[p] = piece;
            });
            Piece total = ps[0];
            for (int p = 1; p < pieces; p++) {
                total.combine(ps[p]);
            }
            total.store(0);
        }

        /** Per-piece state: buffers and the running value of one output. */
        final class Piece {
            double[] dbuf;
            float[] fbuf;
            long[] lbuf;
            boolean[] bbuf;
            double dacc;
            float facc;
            long lacc;
            boolean bacc;
            /** Whether max/min has taken its first element. */
            boolean started;

            void reset() {
                started = false;
                switch (op) {
                    case SUM: dacc = 0.0; facc = 0.0f; lacc = 0; break;
                    case PROD: dacc = 1.0; facc = 1.0f; lacc = 1; break;
                    case ALL: bacc = true; break;
                    case ANY: bacc = false; break;
                    default: // MAX/MIN start from the first element
                        dacc = Double.NaN; facc = Float.NaN; lacc = 0;
                }
            }

            void output(int o) {
                reset();
                int base = baseOf(o);
                if (op == Op.PROD && acc == DType.FLOAT16 && plan.pairwise()) {
                    // NumPy's half multiply-reduce multiplies one inner-loop call in float32, then rounds
                    int slab = plan.slab();
                    int block = plan.block();
                    for (int s = 0; s < r; s += slab) {
                        int end = Math.min(r, s + slab);
                        for (int b = s; b < end; b += block) {
                            float p = facc;
                            facc = 1.0f;
                            foldHalfBlock(base, b, Math.min(block, end - b));
                            facc = Half.toFloat(Half.fromFloat(p * facc));
                        }
                    }
                } else if (pairwiseSum()) {
                    int slab = plan.slab();
                    int block = plan.block();
                    for (int s = 0; s < r; s += slab) {
                        int end = Math.min(r, s + slab);
                        for (int b = s; b < end; b += block) {
                            addBlock(blockSum(base, b, Math.min(block, end - b), false));
                        }
                    }
                } else {
                    fold(base, 0, r);
                }
                store(o);
            }

            /** Multiplies {@code facc} by a block's elements in float32 arithmetic, without rounding to half. */
            private void foldHalfBlock(int base, int start, int n) {
                rloop.run(new int[] {base}, start, start + n, (offs, m) -> {
                    int st = rloop.innerStride(0);
                    for (int done = 0; done < m; ) {
                        int k = Math.min(CHUNK, m - done);
                        if (fbuf == null || fbuf.length < CHUNK) {
                            fbuf = new float[CHUNK];
                        }
                        Convert.loadFloat(data, code, offs[0] + done * st, st, fbuf, k);
                        facc = Reduce.prod(facc, fbuf, k, false);
                        done += k;
                    }
                });
            }

            /** Adds one block's pairwise sum to the output value (rounding to half for float16). */
            void addBlock(double v) {
                if (acc == DType.FLOAT64) {
                    dacc += v;
                } else if (acc == DType.FLOAT32) {
                    facc += (float) v;
                } else {
                    facc = Half.toFloat(Half.fromFloat(facc + (float) v));
                }
            }

            /** The pairwise sum of elements [start, start+n) of one output's sequence. */
            double blockSum(int base, int start, int n, boolean parallel) {
                if (direct) {
                    int st = rloop.innerStride(0);
                    int off = base + start * st;
                    if (acc == DType.FLOAT64) {
                        double[] d = (double[]) data;
                        return parallel ? PairwiseSum.sumParallel(d, off, n, st) : PairwiseSum.sum(d, off, n, st);
                    }
                    float[] f = (float[]) data;
                    return parallel ? PairwiseSum.sumParallel(f, off, n, st) : PairwiseSum.sum(f, off, n, st);
                }
                if (acc == DType.FLOAT64) {
                    if (dbuf == null || dbuf.length < n) {
                        dbuf = new double[n];
                    }
                    int[] pos = {0};
                    rloop.run(new int[] {base}, start, start + n, (offs, m) -> {
                        loadD(offs[0], m, pos[0]);
                        pos[0] += m;
                    });
                    return parallel ? PairwiseSum.sumParallel(dbuf, 0, n, 1) : PairwiseSum.sum(dbuf, 0, n, 1);
                }
                if (fbuf == null || fbuf.length < n) {
                    fbuf = new float[n];
                }
                int[] pos = {0};
                rloop.run(new int[] {base}, start, start + n, (offs, m) -> {
                    loadF(offs[0], m, pos[0]);
                    pos[0] += m;
                });
                return parallel ? PairwiseSum.sumParallel(fbuf, 0, n, 1) : PairwiseSum.sum(fbuf, 0, n, 1);
            }

            double[] dtmp;
            float[] ftmp;

            /** Gathers a run of {@code m} elements into {@code dbuf[at..)}. */
            private void loadD(int off, int m, int at) {
                int st = rloop.innerStride(0);
                if (at == 0) {
                    Convert.loadDouble(data, code, off, st, dbuf, m);
                    return;
                }
                if (dtmp == null || dtmp.length < m) {
                    dtmp = new double[m];
                }
                Convert.loadDouble(data, code, off, st, dtmp, m);
                System.arraycopy(dtmp, 0, dbuf, at, m);
            }

            /** Gathers a run of {@code m} elements into {@code fbuf[at..)}. */
            private void loadF(int off, int m, int at) {
                int st = rloop.innerStride(0);
                if (at == 0) {
                    Convert.loadFloat(data, code, off, st, fbuf, m);
                    return;
                }
                if (ftmp == null || ftmp.length < m) {
                    ftmp = new float[m];
                }
                Convert.loadFloat(data, code, off, st, ftmp, m);
                System.arraycopy(ftmp, 0, fbuf, at, m);
            }

            /** Folds elements [start, end) of one output's sequence, in order, into the running value. */
            void fold(int base, int start, int end) {
                rloop.run(new int[] {base}, start, end, (offs, n) -> {
                    int off = offs[0];
                    int st = rloop.innerStride(0);
                    for (int done = 0; done < n; ) {
                        int m = Math.min(CHUNK, n - done);
                        chunk(off + done * st, st, m);
                        done += m;
                    }
                });
            }

            private void chunk(int off, int st, int m) {
                boolean first = !started;
                started = true;
                if (op == Op.ALL || op == Op.ANY) {
                    if (bbuf == null) {
                        bbuf = new boolean[CHUNK];
                    }
                    Convert.loadBool(data, code, off, st, bbuf, m);
                    bacc = op == Op.ALL ? Reduce.all(bacc, bbuf, m) : Reduce.any(bacc, bbuf, m);
                    return;
                }
                if (acc == DType.INT64 || acc == DType.INT32 || acc == DType.UINT8 || acc == DType.BOOL) {
                    if (lbuf == null) {
                        lbuf = new long[CHUNK];
                    }
                    Convert.loadLong(data, code, off, st, lbuf, m);
                    if (first && (op == Op.MAX || op == Op.MIN)) {
                        lacc = lbuf[0];
                    }
                    switch (op) {
                        case SUM: lacc = Reduce.sum(lacc, lbuf, m); break;
                        case PROD: lacc = Reduce.prod(lacc, lbuf, m); break;
                        case MAX: lacc = Reduce.max(lacc, lbuf, m); break;
                        default: lacc = Reduce.min(lacc, lbuf, m);
                    }
                    return;
                }
                if (acc == DType.FLOAT64 || op == Op.MAX || op == Op.MIN) {
                    if (dbuf == null || dbuf.length < CHUNK) {
                        dbuf = new double[CHUNK];
                    }
                    Convert.loadDouble(data, code, off, st, dbuf, m);
                    if (first && (op == Op.MAX || op == Op.MIN)) {
                        dacc = dbuf[0];
                    }
                    switch (op) {
                        case SUM: dacc = Reduce.sumSeq(dacc, dbuf, m); break;
                        case PROD: dacc = Reduce.prod(dacc, dbuf, m); break;
                        case MAX: dacc = Reduce.max(dacc, dbuf, m); break;
                        default: dacc = Reduce.min(dacc, dbuf, m);
                    }
                    return;
                }
                if (fbuf == null || fbuf.length < CHUNK) {
                    fbuf = new float[CHUNK];
                }
                Convert.loadFloat(data, code, off, st, fbuf, m);
                boolean half = acc == DType.FLOAT16;
                facc = op == Op.SUM ? Reduce.sumSeq(facc, fbuf, m, half) : Reduce.prod(facc, fbuf, m, half);
            }

            /** Combines a later piece of the same output (order-insensitive operations only). */
            void combine(Piece later) {
                switch (op) {
                    case ALL: bacc = bacc && later.bacc; return;
                    case ANY: bacc = bacc || later.bacc; return;
                    default:
                }
                if (!acc.isFloat()) {
                    switch (op) {
                        case SUM: lacc += later.lacc; break;
                        case MAX: lacc = Math.max(lacc, later.lacc); break;
                        default: lacc = Math.min(lacc, later.lacc);
                    }
                    return;
                }
                double[] one = {later.dacc};
                dacc = op == Op.MAX ? Reduce.max(dacc, one, 1) : Reduce.min(dacc, one, 1);
            }

            void store(int o) {
                Object d = out.data;
                int c = out.dtype.ordinal();
                if (op == Op.ALL || op == Op.ANY) {
                    Convert.setLong(d, c, o, bacc ? 1 : 0);
                } else if (!acc.isFloat()) {
                    Convert.setLong(d, c, o, lacc);
                } else if (acc == DType.FLOAT64 || op == Op.MAX || op == Op.MIN) {
                    Convert.setDouble(d, c, o, acc == DType.FLOAT64 || op == Op.MAX || op == Op.MIN ? dacc : facc);
                } else if (acc == DType.FLOAT32) {
                    ((float[]) d)[o] = facc;
                } else {
                    ((short[]) d)[o] = Half.fromFloat(facc);
                }
            }
        }
    }

    /** {@code np.argmax}/{@code np.argmin}; see {@link ArgReduce#arg}. */
    static NDArray arg(boolean max, NDArray a, Integer axis, boolean keepdims) {
        return ArgReduce.arg(max, a, axis, keepdims);
    }

    /** {@code np.average}; see {@link ArgReduce#average}. */
    static NDArray average(NDArray a, Integer axis, NDArray weights) {
        return ArgReduce.average(a, axis, weights);
    }

    /** {@code x.sum(axes, dtype=acc)}: the sum computed and returned in {@code acc} (a float type). */
    static NDArray sumAs(NDArray x, int[] axes, DType acc) {
        int[] ax = Views.normalizeAxes(axes, x.shape.length);
        boolean[] red = new boolean[x.shape.length];
        for (int i : ax) {
            red[i] = true;
        }
        return run(Op.SUM, x, red, false, acc, acc);
    }

    /** Whether any element is zero. */
    static boolean anyZero(NDArray x) {
        for (double v : x.toDoubleArray()) {
            if (v == 0.0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code f(a, b)} for an elementwise {@code f} whose result is C-contiguous, laid out instead in
     * {@code a}'s memory order as NumPy allocates ufunc outputs ({@code order='K'}): both operands are
     * permuted so that {@code a} is in stride order, and the result is permuted back (a view).
     */
    static NDArray inMemoryOrder(NDArray a, java.util.function.BinaryOperator<NDArray> f, NDArray b) {
        int nd = a.shape.length;
        int[] order = ReducePlan.axisOrder(a.shape, a.strides);
        boolean identity = true;
        for (int i = 0; i < nd; i++) {
            identity &= order[i] == i;
        }
        if (identity || b.shape.length != nd) {
            return f.apply(a, b);
        }
        NDArray r = f.apply(Views.transpose(a, order), Views.transpose(b, order));
        int[] inv = new int[nd];
        for (int i = 0; i < nd; i++) {
            inv[order[i]] = i;
        }
        return Views.transpose(r, inv);
    }
}
