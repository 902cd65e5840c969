package dev.zeroj.ndarray.internal.kernel.gemm;

import dev.zeroj.ndarray.internal.kernel.Aligned;
import dev.zeroj.ndarray.internal.kernel.WorkBuffers;
import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The double GEMM driver: {@code C = A·B} with A ({@code m × k}) and B ({@code k × n}) read through
 * arbitrary element strides and C written with unit column stride.
 * (Twins: {@code FloatGemm} is generated from {@code DoubleGemm} by {@code gen_gemm_kernels.py}.)
 *
 * <p>Every element of C is {@code acc = fma(a[i][p], b[p][j], acc)} for p in order from
 * {@code acc = 0}: the small path computes that chain directly; the blocked path keeps it by
 * starting the first kc block from zero and loading the partial sums of C back into the
 * accumulators for every later one. So the result does not depend on the path, the blocking, the
 * micro-kernel provider or the thread count — except that the blocked path sums a column tail
 * ({@link GemmConfig#tailCols}) in {@link GemmTail}'s order: its k blocks start at multiples of the
 * tail's partials, so that order too depends on the shape only.
 *
 * <p>The blocked path, for each {@code kc × nc} panel of B: B is packed into zero-padded slivers
 * (or read in place when its columns are contiguous and the problem is small enough), then every
 * {@code mr}-row sliver of A (packed, or read in place when its columns are contiguous and few B
 * slivers reuse it) stays in L1 while the micro-kernel sweeps it across the panel's slivers, so C
 * is visited along its rows. Threads share the packed panel and take disjoint row ranges. The column
 * tail's B is packed once per product; each row tile adds its k block of the tail right after its main
 * slivers (A's rows still in L1), and each row piece halves its partials into C at the end.
 */
final class DoubleGemm {
    /**
     * Per thread: 0 the packed B panel, 1 a packed B edge sliver, 2 a packed A sliver, 3 a C tile,
     * 4 a packed A block, 5 all of B packed (threaded products), 6 the packed row tiles of
     * {@link #rowsSliversOuter}, 7 rows of A copied for the column tail, 8 the tail's columns of B,
     * 9 the tail's partials.
     */
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[10][]);
    /** Per thread: {@link #rowsSliversOuter}'s tile table (first row, rows, A offset, A row stride per tile). */
    private static final ThreadLocal<int[][]> TILE_TABLE = ThreadLocal.withInitial(() -> new int[1][]);

    private DoubleGemm() {}

    static void gemm(MicroKernels kern, int threads, int m, int n, int k, double[] a, int ao, int ars, int acs,
            double[] b, int bo, int brs, int bcs, double[] c, int co, int crs) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            for (int i = 0; i < m; i++) {
                java.util.Arrays.fill(c, co + i * crs, co + i * crs + n, 0);
            }
            return;
        }
        long work = (long) m * n * k;
        if (work <= GemmConfig.SMALL || m == 1 || n == 1) {
            simple(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
            return;
        }
        blocked(kern, work < GemmConfig.PARALLEL ? 1 : threads, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
    }

    /** The blocked path on the calling thread only. */
    static void packed(MicroKernels kern, int m, int n, int k, double[] a, int ao, int ars, int acs,
            double[] b, int bo, int brs, int bcs, double[] c, int co, int crs) {
        blocked(kern, 1, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
    }

    /** The unpacked path: one fma chain per element. */
    static void simple(int m, int n, int k, double[] a, int ao, int ars, int acs,
            double[] b, int bo, int brs, int bcs, double[] c, int co, int crs) {
        for (int i = 0; i < m; i++) {
            int ai = ao + i * ars;
            int ci = co + i * crs;
            for (int j = 0; j < n; j++) {
                double s = 0;
                int pa = ai;
                int pb = bo + j * bcs;
                for (int p = 0; p < k; p++, pa += acs, pb += brs) {
                    s = Math.fma(a[pa], b[pb], s);
                }
                c[ci + j] = s;
            }
        }
    }

    /** The operands and blocking of one blocked product (shared by the row pieces). */
    private static final class Job {
        MicroKernels kern;
        int m;
        int k;
        double[] a;
        int ao;
        int ars;
        int acs;
        double[] b;
        int bo;
        int brs;
        int bcs;
        double[] c;
        int co;
        int crs;
        int kc;
        boolean directA;
        boolean directB;
        /** The column tail ({@link GemmTail}): its columns (0: none), B's packed, their row stride, the partials. */
        int tail;
        double[] tb;
        int tbs;
        double[] part;
        /** The main product's columns (C's tail columns start there). */
        int nm;
    }

    /**
     * The blocked path: the main product on C's first {@code n - tail} columns and, when
     * {@link GemmConfig#tailCols} gives some, the column tail on the rest ({@link GemmTail}), in the
     * same k blocks and row pieces.
     */
    private static void blocked(MicroKernels kern, int threads, int m, int n, int k, double[] a, int ao, int ars,
            int acs, double[] b, int bo, int brs, int bcs, double[] c, int co, int crs) {
        int tail = GemmConfig.tailCols(Double.BYTES, m, n, k);
        if (tail == 0) {
            blocked(kern, threads, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, 0, null, null);
            return;
        }
        double[][] own = BUFFERS.get();
        int tbs = GemmTail.packedStride(Double.BYTES, k);
        double[] tb = WorkBuffers.get(own, 8, tail * tbs);
        double[] part = WorkBuffers.get(own, 9, m * tail * GemmTail.partials(Double.BYTES));
        own[8] = null; // taken out while in use, like the panel
        own[9] = null;
        try {
            GemmTail.packDouble(k, tail, b, bo + (n - tail) * bcs, brs, bcs, tb, tbs);
            blocked(kern, threads, m, n - tail, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, tail, tb, part);
        } finally {
            own[8] = tb;
            own[9] = part;
        }
    }

    /** {@link #blocked} on the main product's {@code n} columns, with the column tail's packed B and partials. */
    private static void blocked(MicroKernels kern, int threads, int m, int n, int k, double[] a, int ao, int ars,
            int acs, double[] b, int bo, int brs, int bcs, double[] c, int co, int crs, int tail, double[] tb,
            double[] part) {
        int mr = kern.mr;
        int lanes = kern.lanesD;
        int nr = kern.maxNv * lanes;
        int mode = GemmConfig.direct();
        Job job = new Job();
        job.kern = kern;
        job.m = m;
        job.k = k;
        job.a = a;
        job.ao = ao;
        job.ars = ars;
        job.acs = acs;
        job.b = b;
        job.bo = bo;
        job.brs = brs;
        job.bcs = bcs;
        job.c = c;
        job.co = co;
        job.crs = crs;
        job.tail = tail;
        job.tb = tb;
        job.tbs = GemmTail.packedStride(Double.BYTES, k);
        job.part = part;
        job.nm = n;
        int kc0 = GemmConfig.kc(Double.BYTES, mr);
        // Reading A in place saves packing when few B slivers reuse each A sliver (float 256³: the
        // interleaved packing of A took 12% of the time; with B packed the kernel keeps its B loads
        // at a constant stride). Up to 2 KB of B's columns (256 doubles, 512 floats), measured one
        // thread: double 256³ 387 -> 375 us, 384³ 1282 -> 1273, 512³ 2988 -> 3015 (so not further);
        // float 384³ 635 -> 600, 512³ 1527 -> 1490, 1024³ 11.3 -> 11.8 ms.
        job.directA = acs == 1 && mode != 1
                && (mode == 2 || n <= Math.max(2048 / Double.BYTES, Math.max(4 * nr, 16 * lanes)));
        // Reading B in place saves packing it when few rows of A amortise the packing.
        job.directB = bcs == 1 && mode != 1 && (mode == 2 || GemmConfig.directB(Double.BYTES, m, n, k));
        // kc: cut so a block of B read in place stays in L1 when that applies, else one block for a
        // depth a little above kc (not both: the cut would be undone)
        int kcIn = job.directB ? GemmConfig.kcInPlace(kc0, Double.BYTES, n, k) : kc0;
        job.kc = kcIn != kc0 ? kcIn : GemmConfig.kcFor(kc0, k);
        if (tail > 0 && job.kc < k) {
            // the tail's k blocks start at multiples of its partials (so element p lands in partial p mod partials)
            int parts = GemmTail.partials(Double.BYTES);
            job.kc = Math.max(parts, job.kc / parts * parts);
        }
        // Row pieces of whole tiles. Where they end cannot change a bit (every element is one fma chain
        // in k order); with B read in place each piece streams all of B, so there is one per thread,
        // else up to 16 per packed panel (work stealing evens out a busy core).
        int tiles = (m + mr - 1) / mr;
        int step = Math.max(1, (tiles + (job.directB ? threads : 16) - 1) / (job.directB ? threads : 16)) * mr;
        int pieces = threads <= 1 ? 1 : (m + step - 1) / step;
        if (n == 0) {
            // only the tail
            if (pieces == 1) {
                tailOnly(job, 0, m);
            } else {
                Parallel.forEach(pieces, t -> tailOnly(job, t * step, Math.min(m, (t + 1) * step)));
            }
            return;
        }
        if (job.directB) {
            // Nothing shared to pack: each piece runs the whole loop nest on its rows.
            if (pieces == 1) {
                rowsAllBlocks(job, 0, m, n);
            } else {
                Parallel.forEach(pieces, t -> rowsAllBlocks(job, t * step, Math.min(m, (t + 1) * step), n));
            }
            return;
        }
        int kc = job.kc;
        int nc = GemmConfig.nc(Double.BYTES, kc, nr);
        // equal panels (whole slivers) rather than full ones and a narrow rest
        int panels = (n + nc - 1) / nc;
        nc = Math.min(nc, ((n + panels - 1) / panels + nr - 1) / nr * nr);
        // Buffers are taken out of the thread's array while in use: a nested product run by this thread
        // while it waits for the pieces must not repack them under the pieces.
        double[][] own = BUFFERS.get();
        // With several panels, A's slivers for one kc block are packed once (by the first panel's
        // pieces) into a shared block and reused by the later panels, when that block is not too big.
        boolean panelsShareA = nc < n && !job.directA
                && (long) (m + mr - 1) / mr * mr * Math.min(kc, k) * Double.BYTES <= GemmConfig.A_BLOCK_BYTES;
        double[] ablk = panelsShareA ? WorkBuffers.get(own, 4, (m + mr - 1) / mr * mr * Math.min(kc, k)) : null;
        if (ablk != null) {
            // (only when used: a product without one must not drop the cached block)
            own[4] = null;
        }
        int ncTot = (n / nc) * nc + (n % nc + lanes - 1) / lanes * lanes; // packed columns of all panels
        try {
            if (pieces > 1 && (long) k * ncTot * Double.BYTES <= GemmConfig.B_ALL_BYTES) {
                allOfB(job, threads, pieces, step, n, nc, ncTot, ablk);
            } else {
                panelByPanel(job, threads, pieces, step, n, nc, ablk);
            }
        } finally {
            if (ablk != null) {
                own[4] = ablk;
            }
        }
    }

    /**
     * Threads: all of B packed once (blocks in parallel) into the thread's buffer 5, then one fork in
     * which every row piece runs all blocks — two hand-offs to the pool instead of two per block.
     */
    private static void allOfB(Job job, int threads, int pieces, int step, int n, int nc, int ncTot, double[] ablk) {
        MicroKernels kern = job.kern;
        int k = job.k;
        int m = job.m;
        int kc = job.kc;
        int nr = kern.maxNv * kern.lanesD;
        int panels = (n + nc - 1) / nc;
        double[][] own = BUFFERS.get();
        double[] ball = WorkBuffers.lineAligned(own, 5, k * ncTot, 0);
        int ball0 = Aligned.offset(ball);
        own[5] = null; // taken out while in use, like the panel
        try {
            int kBlocks = (k + kc - 1) / kc;
            int cuts = packCuts(4 * threads, kBlocks * panels, Math.min(nc, n), nr);
            Parallel.forEach(kBlocks * panels * cuts, q -> {
                int blk = q / cuts;
                int cut = q % cuts;
                int pc = blk / panels * kc;
                int jc = blk % panels * nc;
                int kb = Math.min(kc, k - pc);
                int nb = Math.min(nc, n - jc);
                packB(kern, kb, nb, job.b, job.bo + pc * job.brs + jc * job.bcs, job.brs, job.bcs, ball,
                        ball0 + pc * ncTot + kb * jc, cut * nb / cuts, (cut + 1) * nb / cuts);
            });
            Parallel.forEach(pieces, t -> {
                int r0 = t * step;
                int r1 = Math.min(m, r0 + step);
                for (int pc = 0; pc < k; pc += kc) {
                    int kb = Math.min(kc, k - pc);
                    for (int jc = 0; jc < n; jc += nc) {
                        rows(job, r0, r1, pc, kb, jc, Math.min(nc, n - jc), ball, ball0 + pc * ncTot + kb * jc, -1, null,
                                ablk, jc == 0);
                    }
                }
                if (job.tail > 0) {
                    tailFinish(job, r0, r1);
                }
            });
        } finally {
            own[5] = ball;
        }
    }

    /**
     * Panel by panel: each {@code kc × nc} block of B packed into the thread's buffer 0 (in parallel
     * pieces when threaded), then swept by the row pieces.
     */
    private static void panelByPanel(Job job, int threads, int pieces, int step, int n, int nc, double[] ablk) {
        int lanes = job.kern.lanesD;
        double[][] own = BUFFERS.get();
        double[] bp = WorkBuffers.lineAligned(own, 0, Math.min(job.kc, job.k) * ((Math.min(nc, n) + lanes - 1) / lanes * lanes), 0);
        int bp0 = Aligned.offset(bp);
        own[0] = null;
        try {
            panels(job, threads, pieces, step, n, nc, ablk, bp, bp0);
        } finally {
            own[0] = bp;
        }
    }

    /** The loop of {@link #panelByPanel} over k blocks and panels, with the panel buffer {@code bp} from {@code bp0}. */
    private static void panels(Job job, int threads, int pieces, int step, int n, int nc, double[] ablk, double[] bp,
            int bp0) {
        MicroKernels kern = job.kern;
        int k = job.k;
        int m = job.m;
        int kc = job.kc;
        int nr = kern.maxNv * kern.lanesD;
        for (int pc = 0; pc < k; pc += kc) {
            int kb = Math.min(kc, k - pc);
            for (int jc = 0; jc < n; jc += nc) {
                int nb = Math.min(nc, n - jc);
                int bOff = job.bo + pc * job.brs + jc * job.bcs;
                int cuts = pieces == 1 ? 1 : packCuts(2 * threads, 1, nb, nr);
                if (cuts == 1) {
                    packB(kern, kb, nb, job.b, bOff, job.brs, job.bcs, bp, bp0);
                } else {
                    Parallel.forEach(cuts, q -> packB(kern, kb, nb, job.b, bOff, job.brs, job.bcs, bp, bp0,
                            q * nb / cuts, (q + 1) * nb / cuts));
                }
                int pc0 = pc;
                int jc0 = jc;
                boolean fillA = jc == 0;
                if (pieces == 1) {
                    rows(job, 0, m, pc, kb, jc, nb, bp, bp0, -1, null, ablk, fillA);
                } else {
                    Parallel.forEach(pieces, t -> rows(job, t * step, Math.min(m, (t + 1) * step), pc0, kb, jc0, nb,
                            bp, bp0, -1, null, ablk, fillA));
                }
            }
        }
        if (job.tail > 0) {
            tailFinish(job, 0, m);
        }
    }

    /**
     * Into how many column ranges each of {@code blocks} B blocks {@code nb} wide is cut for packing in
     * parallel: enough for {@code want} pieces in all, at most one per sliver.
     */
    private static int packCuts(int want, int blocks, int nb, int nr) {
        return Math.max(1, Math.min((want + blocks - 1) / blocks, (nb + nr - 1) / nr));
    }

    /** Rows [r0, r1) of C over all of k, with B read in place (its columns contiguous). */
    private static void rowsAllBlocks(Job job, int r0, int r1, int n) {
        MicroKernels kern = job.kern;
        int lanes = kern.lanesD;
        int kc = job.kc;
        // A last sliver narrower than one vector cannot overlap a neighbour: pack it zero-padded.
        int edge = edgeStart(kern, n);
        double[] be = edge < n ? WorkBuffers.get(BUFFERS.get(), 1, Math.min(kc, job.k) * lanes) : null;
        // few rows: all of A's row tiles for a k block fit a quarter of L1, so B's slivers can be the outer loop
        boolean aInL1 = r1 - r0 > kern.mr
                && (long) ((r1 - r0 + kern.mr - 1) / kern.mr * kern.mr) * Math.min(kc, job.k) * Double.BYTES <= GemmConfig.L1 / 4;
        for (int pc = 0; pc < job.k; pc += kc) {
            int kb = Math.min(kc, job.k - pc);
            if (be != null) {
                packSliver(kb, n - edge, lanes, job.b, job.bo + pc * job.brs + edge, job.brs, 1, be, 0);
            }
            if (aInL1 && (long) kb * n * Double.BYTES > GemmConfig.L1 / 2) {
                rowsSliversOuter(job, r0, r1, pc, kb, n, edge, be);
                if (job.tail > 0) {
                    tail(job, r0, r1, pc, kb);
                }
            } else {
                rows(job, r0, r1, pc, kb, 0, n, job.b, job.bo + pc * job.brs, edge, be, null, false);
            }
        }
        if (job.tail > 0) {
            tailFinish(job, r0, r1);
        }
    }

    /**
     * {@link #rows} for B read in place, in the other loop order: every row tile of A prepared first
     * (all of them fit a quarter of L1), then each sliver of B swept down all the row tiles, so a block
     * of B larger than L1 streams from L2 once instead of once per row tile. Same kernels, same bits.
     * Measured (one thread, per product): the conv layer's dcol 25 x 576 with k = 30, double 14.2 ->
     * 13.2 us, float 6.8 -> 6.5; its forward 30 x 576 with k = 26, double 13.8 -> 13.0, float 6.8 -> 6.3
     * (conv_fwd/bwd_simple 1.01-1.05x faster in benchmarks/compare).
     */
    private static void rowsSliversOuter(Job job, int r0, int r1, int pc, int kb, int nb, int edge, double[] be) {
        MicroKernels kern = job.kern;
        int mr = kern.mr;
        int lanes = kern.lanesD;
        int crs = job.crs;
        double[] c = job.c;
        boolean load = pc > 0;
        int tiles = (r1 - r0 + mr - 1) / mr;
        int[][] tt = TILE_TABLE.get();
        if (tt[0] == null || tt[0].length < 4 * tiles) {
            tt[0] = new int[4 * tiles];
        }
        int[] t = tt[0];
        double[][] bufs = BUFFERS.get();
        double[] ablock = WorkBuffers.get(bufs, 6, tiles * mr * kb);
        for (int q = 0; q < tiles; q++) {
            int i0 = r0 + q * mr;
            int rows = Math.min(mr, r1 - i0);
            int kr = rows <= kern.er ? kern.er : mr;
            if (rows < kr && !load && r1 - r0 >= kr) {
                i0 = r1 - kr; // moved up over done rows, as in rows()
                rows = kr;
            }
            t[4 * q] = i0;
            t[4 * q + 1] = rows;
            if (job.directA && rows == kr) {
                t[4 * q + 2] = -1 - (job.ao + i0 * job.ars + pc); // negative: A itself at -1 - offset
                t[4 * q + 3] = job.ars;
            } else {
                packA(rows, kb, job.a, job.ao + i0 * job.ars + pc * job.acs, job.ars, job.acs, ablock, q * mr * kb, mr);
                t[4 * q + 2] = q * mr * kb;
                t[4 * q + 3] = kb;
            }
        }
        for (int j0 = 0; j0 < nb;) {
            int nv = width(kern, nb - j0);
            int w = nv * lanes;
            int valid = Math.min(w, nb - j0);
            boolean narrow = valid < lanes;
            int lc = narrow ? 0 : valid - lanes;
            double[] bb = j0 < edge ? job.b : be;
            int boff = j0 < edge ? job.bo + pc * job.brs + j0 : 0;
            int bbrs = j0 < edge ? job.brs : lanes;
            int lb = j0 < edge ? lc : 0;
            for (int q = 0; q < tiles; q++) {
                int i0 = t[4 * q];
                int rows = t[4 * q + 1];
                boolean edgeRows = rows <= kern.er;
                int kr = edgeRows ? kern.er : mr;
                double[] aa = t[4 * q + 2] < 0 ? job.a : ablock;
                int aoff = t[4 * q + 2] < 0 ? -1 - t[4 * q + 2] : t[4 * q + 2];
                int aars = t[4 * q + 3];
                int cpos = job.co + i0 * crs + j0;
                if (rows == kr && !narrow) {
                    kernel(kern, edgeRows, false, nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos, crs, load, lc, lb);
                } else {
                    kernelViaTile(kern, bufs, rows, valid, edgeRows, false, nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos,
                            crs, load, lc, lb);
                }
            }
            j0 += w;
        }
    }

    /** Where a panel {@code nb} wide ends in a one-vector sliver narrower than a vector, or {@code nb}. */
    private static int edgeStart(MicroKernels kern, int nb) {
        int j0 = 0;
        while (true) {
            int nv = width(kern, nb - j0);
            int w = nv * kern.lanesD;
            if (j0 + w >= nb) {
                return nv == 1 && j0 + w > nb ? j0 : nb;
            }
            j0 += w;
        }
    }

    /**
     * The vectors in the next sliver when {@code rest} columns remain: maxNv, except that a lone
     * vector left after full slivers is avoided by ending with two slivers of two (a one-vector
     * tile keeps too few fma chains in flight, and a partial last vector needs a neighbour to overlap).
     */
    private static int width(MicroKernels kern, int rest) {
        int lanes = kern.lanesD;
        int maxNv = kern.maxNv;
        int nvec = (rest + lanes - 1) / lanes;
        if (nvec <= maxNv) {
            return nvec;
        }
        if (maxNv == 3 && nvec == 4) {
            return 2;
        }
        return maxNv;
    }

    /**
     * Rows [r0, r1) of C times one {@code kb × nb} block of B at column {@code jc}: packed slivers in
     * {@code bp} from {@code bpo} when {@code edge < 0}, else B itself from {@code bpo} (row stride
     * {@code job.brs}) with its columns from {@code edge} on packed in {@code be}. With {@code ablk},
     * A's packed slivers live there ({@code i0·kc} on), packed now when {@code fillA}.
     */
    private static void rows(Job job, int r0, int r1, int pc, int kb, int jc, int nb, double[] bp, int bpo, int edge,
            double[] be, double[] ablk, boolean fillA) {
        MicroKernels kern = job.kern;
        int mr = kern.mr;
        int lanes = kern.lanesD;
        int crs = job.crs;
        double[] c = job.c;
        boolean load = pc > 0;
        double[][] bufs = BUFFERS.get();
        double[] ap = null;
        for (int i0 = r0; i0 < r1; i0 += mr) {
            int rows = Math.min(mr, r1 - i0);
            int tailRows = rows; // the tile's own rows for the column tail (it may be moved up below)
            int tail0 = i0;
            // a last tile of at most er rows goes through the edge kernels (er rows, in place when exact)
            boolean edgeRows = rows <= kern.er;
            int kr = edgeRows ? kern.er : mr;
            if (rows < kr && !load && ablk == null && r1 - r0 >= kr) {
                // A last partial tile with no partial sums to load: moved up to end at r1 as a whole tile,
                // its first rows (done by the tile before) recomputed to the same bits, instead of a
                // zero-padded tile through a copy.
                i0 = r1 - kr;
                rows = kr;
            }
            double[] aa;
            int aoff;
            int aars;
            boolean packedKernel = edge < 0 && !job.directA;
            if (packedKernel && ablk != null) {
                // sliver i0 at i0 * kc whatever this block's kb: pieces in different kc blocks never overlap
                int at = i0 * Math.min(job.kc, job.k);
                if (fillA) {
                    packAInterleaved(rows, kb, job.a, job.ao + i0 * job.ars + pc * job.acs, job.ars, job.acs, ablk,
                            at, mr);
                }
                aa = ablk;
                aoff = at;
                aars = 0;
            } else if (packedKernel) {
                if (ap == null) {
                    ap = WorkBuffers.get(bufs, 2, mr * kb);
                }
                packAInterleaved(rows, kb, job.a, job.ao + i0 * job.ars + pc * job.acs, job.ars, job.acs, ap, 0, mr);
                aa = ap;
                aoff = 0;
                aars = 0;
            } else if (job.directA && rows == kr) {
                aa = job.a;
                aoff = job.ao + i0 * job.ars + pc;
                aars = job.ars;
            } else {
                if (ap == null) {
                    ap = WorkBuffers.get(bufs, 2, mr * kb);
                }
                packA(rows, kb, job.a, job.ao + i0 * job.ars + pc * job.acs, job.ars, job.acs, ap, 0, mr);
                aa = ap;
                aoff = 0;
                aars = kb;
            }
            for (int j0 = 0; j0 < nb;) {
                int nv = width(kern, nb - j0);
                int w = nv * lanes;
                int valid = Math.min(w, nb - j0);
                // the last vector: shifted left to end at the sliver's last column when it can overlap
                boolean narrow = valid < lanes;
                int lc = narrow ? 0 : valid - lanes;
                double[] bb;
                int boff;
                int bbrs;
                int lb;
                if (edge < 0) {
                    bb = bp;
                    boff = bpo + j0 * kb;
                    bbrs = w;
                    lb = (nv - 1) * lanes;
                } else if (j0 < edge) {
                    bb = bp;
                    boff = bpo + j0;
                    bbrs = job.brs;
                    lb = lc;
                } else {
                    bb = be;
                    boff = 0;
                    bbrs = lanes;
                    lb = 0;
                }
                int cpos = job.co + i0 * crs + jc + j0;
                if (rows == kr && !narrow && !edgeRows) {
                    // the common case called directly (thin products make many short calls)
                    if (packedKernel) {
                        kern.dkernelPacked(nv, kb, aa, aoff, bb, boff, c, cpos, crs, load, lc);
                    } else if (edge < 0) {
                        kern.dkernelHalf(nv, kb, aa, aoff, aars, bb, boff, c, cpos, crs, load, lc);
                    } else {
                        kern.dkernel(nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos, crs, load, lc, lb);
                    }
                } else if (rows == kr && !narrow) {
                    kernel(kern, true, packedKernel, nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos, crs, load, lc, lb);
                } else {
                    kernelViaTile(kern, bufs, rows, valid, edgeRows, packedKernel, nv, kb, aa, aoff, aars, bb, boff, bbrs, c,
                            cpos, crs, load, lc, lb);
                }
                j0 += w;
            }
            if (job.tail > 0 && jc == 0) {
                tail(job, tail0, tail0 + tailRows, pc, kb);
            }
        }
    }

    /**
     * One k block ({@code kb} from {@code pc}) of the column tail for rows {@code [r0, r1)}: A's rows read
     * in place when they are consecutive in k, else copied a tile at a time.
     */
    private static void tail(Job job, int r0, int r1, int pc, int kb) {
        int parts = GemmTail.partials(Double.BYTES);
        if (job.acs == 1) {
            job.kern.dkernelTail(r1 - r0, job.tail, kb, job.a, job.ao + r0 * job.ars + pc, job.ars, job.tb, pc, job.tbs, job.part,
                    r0 * job.tail * parts, pc > 0);
            return;
        }
        int mr = job.kern.mr;
        double[] ap = WorkBuffers.get(BUFFERS.get(), 7, mr * kb);
        for (int i = r0; i < r1; i += mr) {
            int rows = Math.min(mr, r1 - i);
            packA(rows, kb, job.a, job.ao + i * job.ars + pc * job.acs, job.ars, job.acs, ap, 0, rows);
            job.kern.dkernelTail(rows, job.tail, kb, ap, 0, kb, job.tb, pc, job.tbs, job.part, i * job.tail * parts, pc > 0);
        }
    }

    /** The column tail alone (no main columns) for rows {@code [r0, r1)}: every k block, then the sums. */
    private static void tailOnly(Job job, int r0, int r1) {
        for (int pc = 0; pc < job.k; pc += job.kc) {
            tail(job, r0, r1, pc, Math.min(job.kc, job.k - pc));
        }
        tailFinish(job, r0, r1);
    }

    /** Ends the column tail of rows {@code [r0, r1)}: their partials halved into C's last columns. */
    private static void tailFinish(Job job, int r0, int r1) {
        int parts = GemmTail.partials(Double.BYTES);
        GemmTail.finishDouble(r1 - r0, job.tail, job.part, r0 * job.tail * parts, job.c, job.co + r0 * job.crs + job.nm,
                job.crs);
    }

    /**
     * {@link #kernel} for a tile of only {@code rows} rows or fewer than a vector of {@code valid} columns:
     * run on a copy in the thread's tile buffer (C's partial sums copied in when {@code load}), then its
     * valid part copied back, so nothing outside C is written.
     */
    private static void kernelViaTile(MicroKernels kern, double[][] bufs, int rows, int valid, boolean edgeRows,
            boolean packedKernel, int nv, int kb, double[] aa, int aoff, int aars, double[] bb, int boff, int bbrs,
            double[] c, int cpos, int crs, boolean load, int lc, int lb) {
        double[] tile = WorkBuffers.get(bufs, 3, kern.mr * kern.maxNv * kern.lanesD);
        int tw = Math.max(valid, kern.lanesD);
        if (load) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(c, cpos + i * crs, tile, i * tw, valid);
            }
        }
        kernel(kern, edgeRows, packedKernel, nv, kb, aa, aoff, aars, bb, boff, bbrs, tile, 0, tw, load, lc, lb);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(tile, i * tw, c, cpos + i * crs, valid);
        }
    }

    /** The micro-kernel call: the edge ({@code er} rows) or full ({@code mr} rows) one, packed or general. */
    private static void kernel(MicroKernels kern, boolean edgeRows, boolean packedKernel, int nv, int kb, double[] aa,
            int aoff, int aars, double[] bb, int boff, int bbrs, double[] c, int cpos, int crs, boolean load, int lc,
            int lb) {
        if (edgeRows) {
            if (packedKernel) {
                kern.dkernelPackedEdge(nv, kb, aa, aoff, bb, boff, c, cpos, crs, load, lc);
            } else {
                kern.dkernelEdge(nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos, crs, load, lc, lb);
            }
        } else if (packedKernel) {
            kern.dkernelPacked(nv, kb, aa, aoff, bb, boff, c, cpos, crs, load, lc);
        } else {
            kern.dkernel(nv, kb, aa, aoff, aars, bb, boff, bbrs, c, cpos, crs, load, lc, lb);
        }
    }

    /** Packs {@code rows} rows of A's {@code kb} columns as rows of {@code ap} ({@code kb} apart, from {@code apo}), zero rows up to {@code mr}. */
    static void packA(int rows, int kb, double[] a, int ao, int ars, int acs, double[] ap, int apo, int mr) {
        if (acs == 1) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(a, ao + i * ars, ap, apo + i * kb, kb);
            }
        } else if (Math.abs(acs) <= Math.abs(ars)) {
            for (int i = 0; i < rows; i++) {
                int src = ao + i * ars;
                int dst = apo + i * kb;
                for (int p = 0; p < kb; p++, src += acs) {
                    ap[dst + p] = a[src];
                }
            }
        } else {
            for (int p = 0; p < kb; p++) {
                int src = ao + p * acs;
                int dst = apo + p;
                for (int i = 0; i < rows; i++, src += ars) {
                    ap[dst + i * kb] = a[src];
                }
            }
        }
        if (rows < mr) {
            java.util.Arrays.fill(ap, apo + rows * kb, apo + mr * kb, 0);
        }
    }

    /** Packs {@code rows} rows of A's {@code kb} columns interleaved ({@code (i, p)} at {@code apo + p·mr + i}), zero rows up to {@code mr}. */
    static void packAInterleaved(int rows, int kb, double[] a, int ao, int ars, int acs, double[] ap, int apo, int mr) {
        if (Math.abs(acs) <= Math.abs(ars)) {
            for (int i = 0; i < rows; i++) {
                int src = ao + i * ars;
                for (int p = 0, dst = apo + i; p < kb; p++, src += acs, dst += mr) {
                    ap[dst] = a[src];
                }
            }
        } else {
            for (int p = 0; p < kb; p++) {
                int src = ao + p * acs;
                int dst = apo + p * mr;
                for (int i = 0; i < rows; i++, src += ars) {
                    ap[dst + i] = a[src];
                }
            }
        }
        if (rows < mr) {
            for (int p = 0; p < kb; p++) {
                java.util.Arrays.fill(ap, apo + p * mr + rows, apo + p * mr + mr, 0);
            }
        }
    }

    /**
     * Packs the {@code kb × nb} block of B into the slivers {@link #rows} walks, rows {@code w} apart:
     * a partial last vector holds the sliver's last {@code lanes} columns (it overlaps the one before),
     * or, narrower than a vector, its columns zero-padded.
     */
    static void packB(MicroKernels kern, int kb, int nb, double[] b, int bo, int brs, int bcs, double[] bp, int bpo) {
        packB(kern, kb, nb, b, bo, brs, bcs, bp, bpo, 0, nb);
    }

    /** {@link #packB} of only the slivers that start in columns {@code [from, to)} (a parallel piece of it). */
    static void packB(MicroKernels kern, int kb, int nb, double[] b, int bo, int brs, int bcs, double[] bp, int bpo,
            int from, int to) {
        int lanes = kern.lanesD;
        for (int j0 = 0; j0 < nb;) {
            int nv = width(kern, nb - j0);
            int w = nv * lanes;
            if (j0 < from || j0 >= to) {
                j0 += w;
                continue;
            }
            int valid = Math.min(w, nb - j0);
            int base = bpo + j0 * kb;
            if (valid == w || valid < lanes) {
                packSliver(kb, valid, w, b, bo + j0 * bcs, brs, bcs, bp, base);
            } else {
                int head = (nv - 1) * lanes;
                packCols(kb, head, w, b, bo + j0 * bcs, brs, bcs, bp, base);
                packCols(kb, lanes, w, b, bo + (j0 + valid - lanes) * bcs, brs, bcs, bp, base + head);
            }
            j0 += w;
        }
    }

    /** Packs {@code kb × valid} elements of B as rows {@code w} apart at {@code bp[base]}, zero-padding columns to {@code w}. */
    static void packSliver(int kb, int valid, int w, double[] b, int bo, int brs, int bcs, double[] bp, int base) {
        packCols(kb, valid, w, b, bo, brs, bcs, bp, base);
        if (valid < w) {
            for (int p = 0; p < kb; p++) {
                java.util.Arrays.fill(bp, base + p * w + valid, base + p * w + w, 0);
            }
        }
    }

    /** Copies {@code kb × cols} elements of B to rows {@code w} apart at {@code bp[base]}. */
    private static void packCols(int kb, int cols, int w, double[] b, int bo, int brs, int bcs, double[] bp, int base) {
        if (bcs == 1) {
            for (int p = 0; p < kb; p++) {
                System.arraycopy(b, bo + p * brs, bp, base + p * w, cols);
            }
        } else if (Math.abs(bcs) <= Math.abs(brs)) {
            for (int p = 0; p < kb; p++) {
                int src = bo + p * brs;
                int dst = base + p * w;
                for (int j = 0; j < cols; j++, src += bcs) {
                    bp[dst + j] = b[src];
                }
            }
        } else {
            for (int j = 0; j < cols; j++) {
                int src = bo + j * bcs;
                int dst = base + j;
                for (int p = 0; p < kb; p++, src += brs, dst += w) {
                    bp[dst] = b[src];
                }
            }
        }
    }
}
