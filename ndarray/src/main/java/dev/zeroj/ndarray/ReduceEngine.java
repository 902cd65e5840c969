package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.iter.ReducePlan;
import dev.zeroj.ndarray.internal.iter.StridedLoop;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.kernel.Half;
import dev.zeroj.ndarray.internal.kernel.PairwiseSum;
import dev.zeroj.ndarray.internal.kernel.Reduce;
import dev.zeroj.ndarray.internal.kernel.RowReduce;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The engine behind {@link Reductions}: reduces an input over flagged axes with one operation,
 * computing in an accumulator type, into a new array. Three schedules, all giving each output the
 * sequence of operations NumPy gives it (so results are bitwise NumPy's and independent of the
 * thread count):
 * <ul>
 *   <li>pairwise float sums (innermost axis reduced): per output, blocks summed by
 *       {@link PairwiseSum}; a single long output sums its blocks in parallel;</li>
 *   <li>row mode (innermost axis kept, e.g. {@code x.sum(0)}): the reduced index outermost, a range
 *       of outputs folded at once by {@link RowReduce}, reading the input in memory order;</li>
 *   <li>otherwise per output, in order ({@link Reduce}).</li>
 * </ul>
 * Parallel pieces are ranges of outputs whose boundaries depend only on the sizes.
 */
final class ReduceEngine {
    /** The inner operation. */
    enum Op { SUM, PROD, MAX, MIN, ALL, ANY }

    /** Elements of work per parallel piece. */
    private static final int WORK = 1 << 15;
    /** Chunk for gathering element sequences. */
    private static final int CHUNK = 2048;
    /**
     * Row mode: at least this many outputs per piece. Every piece streams all reduced indices, so a
     * piece should read long contiguous stretches of each row: measured on (60000, 784) float32,
     * column blocks of 128 outputs read 2-4x slower than whole rows.
     */
    static final int ROW_PIECE = 512;

    private final Op op;
    private final Object data;
    private final int code;
    private final DType in;
    private final DType acc;
    private final int r;
    private final int[] keptShape;
    private final int[] keptStrides;
    private final int base0;
    private final NDArray out;
    private final ReducePlan plan;
    private final StridedLoop rloop;
    /** Whether one block is a single strided run of the input in the compute type. */
    private final boolean direct;
    /** float16 maximum/minimum keep the earlier of equal elements (NumPy's half loops). */
    private final boolean firstWins;

    private ReduceEngine(Op op, NDArray a, boolean[] red, DType acc, int r, NDArray out) {
        this.op = op;
        this.data = a.data;
        this.in = a.dtype;
        this.code = a.dtype.ordinal();
        this.acc = acc;
        this.r = r;
        this.out = out;
        int nd = a.shape.length;
        int nk = 0;
        for (boolean x : red) {
            nk += x ? 0 : 1;
        }
        int[] ks = new int[nk];
        int[] kst = new int[nk];
        for (int i = 0, k = 0; i < nd; i++) {
            if (!red[i]) {
                ks[k] = a.shape[i];
                kst[k++] = a.strides[i];
            }
        }
        int[][] kept = ReducePlan.coalesce(ks, kst);
        this.keptShape = kept[0];
        this.keptStrides = kept[1];
        this.base0 = a.offset;
        boolean cast = a.dtype != acc && !(a.dtype == DType.FLOAT16 && acc == DType.FLOAT16);
        this.plan = ReducePlan.of(a.shape, a.strides, red, cast);
        this.rloop = StridedLoop.of(plan.reducedShape(), plan.reducedStrides());
        this.direct = rloop.ndim() == 1 && a.dtype == acc && (acc == DType.FLOAT64 || acc == DType.FLOAT32);
        this.firstWins = acc == DType.FLOAT16;
    }

    /**
     * Reduces {@code a} over the flagged axes with {@code op}, computing in {@code acc}'s arithmetic
     * (float64, float32, float16 via float32, int64 or bool) and storing as {@code result}.
     *
     * @throws ValueError for max/min over zero elements
     */
    static NDArray run(Op op, NDArray a, boolean[] red, boolean keepdims, DType acc, DType result) {
        long rl = 1;
        for (int i = 0; i < red.length; i++) {
            if (red[i]) {
                rl *= a.shape[i];
            }
        }
        if (rl == 0 && (op == Op.MAX || op == Op.MIN)) {
            throw new ValueError("zero-size array to reduction operation " + (op == Op.MAX ? "maximum" : "minimum")
                    + " which has no identity");
        }
        NDArray out = NDArray.allocate(result, outShape(a.shape, red, keepdims));
        if (out.size == 0) {
            return out;
        }
        new ReduceEngine(op, a, red, acc, (int) rl, out).execute();
        return out;
    }

    /** The output shape for the reduced flags. */
    static int[] outShape(int[] shape, boolean[] red, boolean keepdims) {
        int k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!red[i] || keepdims) {
                k++;
            }
        }
        int[] o = new int[k];
        k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!red[i]) {
                o[k++] = shape[i];
            } else if (keepdims) {
                o[k++] = 1;
            }
        }
        return o;
    }

    private boolean pairwiseSum() {
        return op == Op.SUM && acc.isFloat() && plan.pairwise();
    }

    /** Row mode pays off when the kept run is denser in memory than every reduced axis. */
    private boolean rowMode() {
        if (!plan.innerKept() || out.size < 2 || r == 0) {
            return false;
        }
        long ks = Math.abs((long) keptStrides[keptStrides.length - 1]);
        for (int s : plan.reducedStrides()) {
            if (Math.abs((long) s) < ks) {
                return false;
            }
        }
        return true;
    }

    private void execute() {
        int nOut = out.size;
        if (nOut == 1 && pairwiseSum() && r > WORK) {
            singlePairwise();
            return;
        }
        if (nOut == 1 && r > WORK && op != Op.PROD && !(op == Op.SUM && acc.isFloat())) {
            singleExact();
            return;
        }
        if (rowMode()) {
            int pieces = rowPieces(nOut, r);
            Parallel.forEach(pieces, p -> new Rows(rowCut(nOut, pieces, p), rowCut(nOut, pieces, p + 1)).run());
            return;
        }
        int per = Math.max(1, WORK / Math.max(1, r));
        int pieces = (nOut + per - 1) / per;
        Parallel.forEach(pieces, p -> {
            Piece piece = new Piece();
            int end = Math.min(nOut, (p + 1) * per);
            for (int o = p * per; o < end; o++) {
                piece.output(o);
            }
        });
    }

    /**
     * The number of row-mode pieces for {@code nOut} outputs of {@code r} elements each: pieces of at
     * least {@link #ROW_PIECE} outputs and {@link #WORK} elements (depends only on the sizes).
     */
    static int rowPieces(int nOut, int r) {
        long byWork = (long) nOut * r / WORK;
        return (int) Math.max(1, Math.min(nOut / ROW_PIECE, byWork));
    }

    /** The first output of row-mode piece {@code p} of {@code pieces} (equal cuts). */
    static int rowCut(int nOut, int pieces, int p) {
        return (int) ((long) nOut * p / pieces);
    }

    /** The input offset of output {@code o}'s first element. */
    private int baseOf(int o) {
        return ReducePlan.offset(o, keptShape, keptStrides, base0);
    }

    /** One output, its blocks summed in parallel and added in order. */
    private void singlePairwise() {
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
    private void singleExact() {
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

    private int rowOp() {
        switch (op) {
            case SUM: return RowReduce.SUM;
            case PROD: return RowReduce.PROD;
            case MAX: return RowReduce.MAX;
            default: return RowReduce.MIN;
        }
    }

    /**
     * Row mode for outputs {@code [o0, o1)}: the outputs are cut into runs along the innermost kept
     * axis; for every reduced index in NumPy's order each run is folded into its accumulators.
     */
    private final class Rows {
        final int o0;
        final int n;
        final int[] runAt;
        final int[] runOff;
        final int[] runLen;
        final int nRuns;
        final int ks;
        /** Accumulator storage: 0 double, 1 float (float32, float16 sums/products), 2 long, 3 boolean. */
        final int kind;
        double[] da;
        float[] fa;
        long[] la;
        boolean[] ba;
        double[] dbuf;
        float[] fbuf;
        long[] lbuf;
        boolean[] bbuf;

        Rows(int o0, int o1) {
            this.o0 = o0;
            this.n = o1 - o0;
            int inner = keptShape[keptShape.length - 1];
            this.ks = keptStrides[keptStrides.length - 1];
            int maxRuns = n / inner + 2;
            runAt = new int[maxRuns];
            runOff = new int[maxRuns];
            runLen = new int[maxRuns];
            int k = 0;
            for (int o = o0; o < o1; ) {
                int len = Math.min(inner - o % inner, o1 - o);
                runAt[k] = o - o0;
                runOff[k] = baseOf(o);
                runLen[k++] = len;
                o += len;
            }
            nRuns = k;
            if (op == Op.ALL || op == Op.ANY) {
                kind = 3;
                ba = new boolean[n];
                java.util.Arrays.fill(ba, op == Op.ALL);
            } else if (!acc.isFloat()) {
                kind = 2;
                la = new long[n];
                if (op == Op.PROD) {
                    java.util.Arrays.fill(la, 1L);
                }
            } else if (acc == DType.FLOAT64 || acc == DType.FLOAT16 && (op == Op.MAX || op == Op.MIN)) {
                kind = 0;
                da = new double[n];
                if (op == Op.PROD) {
                    java.util.Arrays.fill(da, 1.0);
                }
            } else {
                kind = 1;
                fa = new float[n];
                if (op == Op.PROD) {
                    java.util.Arrays.fill(fa, 1.0f);
                }
            }
        }

        void run() {
            int start = 0;
            if (op == Op.MAX || op == Op.MIN) {
                row(0, true); // the first reduced element starts each output
                start = 1;
            }
            rloop.run(new int[] {0}, start, r, (offs, m) -> {
                int st = rloop.innerStride(0);
                for (int k = 0, roff = offs[0]; k < m; k++, roff += st) {
                    row(roff, false);
                }
            });
            store();
        }

        /** Folds (or with {@code init} copies) the elements at reduced offset {@code roff} of every run. */
        private void row(int roff, boolean init) {
            for (int q = 0; q < nRuns; q++) {
                int a0 = runAt[q];
                int off = runOff[q] + roff;
                int len = runLen[q];
                for (int done = 0; done < len; done += CHUNK) {
                    int m = Math.min(CHUNK, len - done);
                    run(a0 + done, off + done * ks, m, init);
                }
            }
        }

        private void run(int a0, int off, int m, boolean init) {
            switch (kind) {
                case 0: {
                    double[] x;
                    int xo;
                    int xs;
                    if (in == DType.FLOAT64) {
                        x = (double[]) data;
                        xo = off;
                        xs = ks;
                    } else {
                        if (dbuf == null) {
                            dbuf = new double[CHUNK];
                        }
                        Convert.loadDouble(data, code, off, ks, dbuf, m);
                        x = dbuf;
                        xo = 0;
                        xs = 1;
                    }
                    if (init) {
                        for (int j = 0, p = xo; j < m; j++, p += xs) {
                            da[a0 + j] = x[p];
                        }
                    } else {
                        RowReduce.fold(rowOp(), da, a0, x, xo, xs, m, firstWins);
                    }
                    return;
                }
                case 1: {
                    float[] x;
                    int xo;
                    int xs;
                    if (in == DType.FLOAT32) {
                        x = (float[]) data;
                        xo = off;
                        xs = ks;
                    } else {
                        if (fbuf == null) {
                            fbuf = new float[CHUNK];
                        }
                        Convert.loadFloat(data, code, off, ks, fbuf, m);
                        x = fbuf;
                        xo = 0;
                        xs = 1;
                    }
                    if (init) {
                        for (int j = 0, p = xo; j < m; j++, p += xs) {
                            fa[a0 + j] = x[p];
                        }
                    } else {
                        RowReduce.fold(rowOp(), fa, a0, x, xo, xs, m, acc == DType.FLOAT16);
                    }
                    return;
                }
                case 2: {
                    long[] x;
                    int xo;
                    int xs;
                    if (in == DType.INT64) {
                        x = (long[]) data;
                        xo = off;
                        xs = ks;
                    } else {
                        if (lbuf == null) {
                            lbuf = new long[CHUNK];
                        }
                        Convert.loadLong(data, code, off, ks, lbuf, m);
                        x = lbuf;
                        xo = 0;
                        xs = 1;
                    }
                    if (init) {
                        for (int j = 0, p = xo; j < m; j++, p += xs) {
                            la[a0 + j] = x[p];
                        }
                    } else {
                        RowReduce.fold(rowOp(), la, a0, x, xo, xs, m);
                    }
                    return;
                }
                default: {
                    if (bbuf == null) {
                        bbuf = new boolean[CHUNK];
                    }
                    Convert.loadBool(data, code, off, ks, bbuf, m);
                    RowReduce.fold(op == Op.ALL, ba, a0, bbuf, 0, 1, m);
                }
            }
        }

        private void store() {
            Object d = out.data;
            final int o0 = out.offset + this.o0;
            int c = out.dtype.ordinal();
            switch (kind) {
                case 0:
                    if (d instanceof double[]) {
                        System.arraycopy(da, 0, d, o0, n);
                    } else {
                        for (int j = 0; j < n; j++) {
                            Convert.setDouble(d, c, o0 + j, da[j]);
                        }
                    }
                    return;
                case 1:
                    if (d instanceof float[]) {
                        System.arraycopy(fa, 0, d, o0, n);
                    } else {
                        short[] h = (short[]) d;
                        for (int j = 0; j < n; j++) {
                            h[o0 + j] = Half.fromFloat(fa[j]);
                        }
                    }
                    return;
                case 2:
                    if (d instanceof long[]) {
                        System.arraycopy(la, 0, d, o0, n);
                    } else {
                        for (int j = 0; j < n; j++) {
                            Convert.setLong(d, c, o0 + j, la[j]);
                        }
                    }
                    return;
                default:
                    for (int j = 0; j < n; j++) {
                        Convert.setLong(d, c, o0 + j, ba[j] ? 1 : 0);
                    }
            }
        }
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

        /**
         * {@link #fold} for one strided run of float64 (float64 arithmetic) or float32 (float32
         * sums, products and max/min) without conversion; false if the types do not fit.
         */
        private boolean foldDirect(int off, int st, int n) {
            if (n == 0 || op == Op.ALL || op == Op.ANY) {
                return false;
            }
            boolean minmax = op == Op.MAX || op == Op.MIN;
            if (data instanceof double[] && acc == DType.FLOAT64) {
                double[] x = (double[]) data;
                double f = started || !minmax ? dacc : x[off];
                int from = started || !minmax ? 0 : 1;
                started = true;
                for (int i = from, p = off + from * st; i < n; i++, p += st) {
                    double v = x[p];
                    switch (op) {
                        case SUM: f += v; break;
                        case PROD: f *= v; break;
                        case MAX: if (!(f > v) && f == f) { f = v; } break;
                        default: if (!(f < v) && f == f) { f = v; }
                    }
                }
                dacc = f;
                return true;
            }
            if (data instanceof float[] && acc == DType.FLOAT32) {
                float[] x = (float[]) data;
                float f = started || !minmax ? (minmax ? (float) dacc : facc) : x[off];
                int from = started || !minmax ? 0 : 1;
                started = true;
                for (int i = from, p = off + from * st; i < n; i++, p += st) {
                    float v = x[p];
                    switch (op) {
                        case SUM: f += v; break;
                        case PROD: f *= v; break;
                        case MAX: if (!(f > v) && f == f) { f = v; } break;
                        default: if (!(f < v) && f == f) { f = v; }
                    }
                }
                if (minmax) {
                    dacc = f;
                } else {
                    facc = f;
                }
                return true;
            }
            return false;
        }

        /** Folds elements [start, end) of one output's sequence, in order, into the running value. */
        void fold(int base, int start, int end) {
            if (rloop.ndim() == 1 && foldDirect(base + start * rloop.innerStride(0), rloop.innerStride(0), end - start)) {
                return;
            }
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
                    case MAX: dacc = Reduce.max(dacc, dbuf, m, firstWins); break;
                    default: dacc = Reduce.min(dacc, dbuf, m, firstWins);
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
            dacc = op == Op.MAX ? RowReduce.max(dacc, later.dacc, firstWins) : RowReduce.min(dacc, later.dacc, firstWins);
        }

        void store(int at) {
            Object d = out.data;
            final int o = out.offset + at;
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
