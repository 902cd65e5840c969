package dev.zeroj.ndarray.internal.kernel.gemm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cache blocking of the packed GEMM, derived once from this CPU's caches.
 *
 * <p>The blocked path keeps an {@code mr × kc} sliver of A in the L1 data cache while the micro-kernel
 * sweeps it across the slivers of a packed {@code kc × nc} panel of B held in L2 (so C is visited
 * along its rows, which the hardware prefetchers follow): kc fills a quarter of L1 with the A sliver, nc
 * half of L2 with the B panel. The cache sizes come from
 * {@code /sys/devices/system/cpu/cpu0/cache/index*&#47;{level,type,size}} (Linux); elsewhere the
 * defaults are 32 KB L1d and 1 MB L2.
 *
 * <p>Each value can be overridden with a system property (for benchmarking):
 * <ul>
 *   <li>{@code zeroj.gemm.kc}, {@code zeroj.gemm.nc}: block sizes in elements (nc is rounded down
 *       to whole slivers);</li>
 *   <li>{@code zeroj.gemm.l1}, {@code zeroj.gemm.l2}: the cache sizes in bytes used to derive
 *       them;</li>
 *   <li>{@code zeroj.gemm.direct}: 0 (default) reads A or B in place instead of packing them when
 *       that is cheaper, 1 always packs, 2 reads in place whenever the strides allow;</li>
 *   <li>{@code zeroj.gemm.small}: problems with {@code m·n·k} at most this many multiply-adds skip
 *       the blocked path (default 4096);</li>
 *   <li>{@code zeroj.gemm.parallel}: problems with at least this many multiply-adds are split
 *       across threads (default 100,000: with the caller taking part and helpers claiming pieces
 *       as they come, a split costs about a microsecond, and 2 threads measured faster from ~50,000).</li>
 * </ul>
 * Results never depend on these values: every output element is one fused multiply-add chain in
 * k order, whatever the blocking (see {@link Gemm}).
 */
public final class GemmConfig {
    /** L1 data cache bytes per core. */
    public static final int L1 = intProp("zeroj.gemm.l1", detect(1, 32 * 1024));
    /** L2 cache bytes per core. */
    public static final int L2 = intProp("zeroj.gemm.l2", detect(2, 1024 * 1024));
    /** m·n·k at or below which no packing is done. */
    public static final long SMALL = intProp("zeroj.gemm.small", 4096);
    /** m·n·k at or above which the work is split across threads. */
    public static final long PARALLEL = intProp("zeroj.gemm.parallel", 100_000);

    /**
     * k steps per loop trip of the packed 8-row (AVX-512) Vector API micro-kernels
     * ({@code zeroj.gemm.packedSteps}, 1 or 2; the 6-row kernels always take two): by default one from
     * JDK 21 on and two on JDK 17 (measured 1 thread, 256³..2048³: on JDK 25 one step was 0-5% faster,
     * on JDK 17 3-8% slower). Results do not depend on it.
     */
    public static final int PACKED_STEPS = packedSteps();
    private static volatile int packedSteps = PACKED_STEPS;

    /** The largest block of packed A (all rows × kc) kept for reuse across B panels, in bytes. */
    static final long A_BLOCK_BYTES = 16L << 20;

    /**
     * The largest B packed whole for a threaded product (one hand-off for all blocks instead of two per
     * block), in bytes: half of L2, as every row piece then streams all of it again (from its own L2).
     * Larger B is packed panel by panel (in parallel) and the row pieces share each panel: measured
     * 4-7% faster from 512³ on with 2 threads, 9% slower at 256³ (double).
     */
    static final long B_ALL_BYTES = L2 / 2;

    private static final int KC = Integer.getInteger("zeroj.gemm.kc", 0);
    private static final int NC = Integer.getInteger("zeroj.gemm.nc", 0);
    private static final int DIRECT = Integer.getInteger("zeroj.gemm.direct", 0);
    /** Test hook: kc, nc ({@code 0}: derived) and direct mode ({@code 0} auto, 1 never, 2 always); see {@link #force}. */
    private static volatile int[] forced = {KC, NC, DIRECT};

    private GemmConfig() {}

    /**
     * Forces kc and nc (0: derive again) and whether A and B are read in place instead of packed
     * ({@code direct}: 0 by size, 1 never, 2 whenever their strides allow), so tests can cross every
     * block boundary and take every path.
     */
    static void force(int kc, int nc, int direct) {
        forced = new int[] {kc, nc, direct};
    }

    /**
     * kc: an {@code mr × kc} sliver of A fills a quarter of L1 (it stays there while B's slivers
     * stream past; a half measured slower, as B's lines then evict it).
     */
    static int kc(int bytes, int mr) {
        int v = forced[0];
        if (v > 0) {
            return v;
        }
        int kc = (L1 / 4) / (mr * bytes);
        return clamp(kc & ~7, 64, 1024);
    }

    /**
     * kc for a product of depth {@code k}: a k at most a third above kc is taken as one block (its A
     * sliver then fills a third of L1) rather than a full block and a short one that loads and stores
     * C again (float 512³, one thread: 384 + 128 took 1.48 ms, one block of 512 1.42; double 256³ with
     * 192 + 64 vs 256: 368 vs 364 us; splitting evenly, 2 × 256 for float 512³, measured 1.50). A forced
     * kc is kept.
     */
    static int kcFor(int kc, int k) {
        return forced[0] == 0 && k > kc && k <= kc + kc / 3 ? k : kc;
    }

    /**
     * kc when B is read in place ({@code n} columns, depth {@code k}): when a {@code kc × n} block of B
     * does not fit L1 but one of at least {@link #KC_L1_MIN} rows fits half of it, kc is cut to that,
     * evened out over k (100x784x50 float: 7 blocks of 112 rather than 384 + 384 + 16), so the block
     * stays in L1 while every row tile sweeps it. A forced kc is kept.
     */
    static int kcInPlace(int kc, int bytes, int n, int k) {
        if (forced[0] > 0 || k <= kc || (long) kc * n * bytes <= L1) {
            return kc;
        }
        int fit = (L1 / 2) / (n * bytes);
        if (fit < KC_L1_MIN) {
            return kc;
        }
        int blocks = (k + fit - 1) / fit;
        return (k + blocks - 1) / blocks;
    }

    /**
     * The least depth k for the column tail ({@link #tailCols}). 100x784x50 float32 (2 tail columns, its
     * 48 others then one 3-vector sliver instead of two of 2) ran 0.057-0.066 or 0.084-0.097 ms from one
     * fresh JVM to the next against 0.067-0.069 without the tail, so shallower products keep the vector.
     */
    static final int TAIL_MIN_K = 1024;
    /** The most rows for the column tail: their partials (at most 4 columns × 64 bytes a row) stay within 1 MB. */
    static final int TAIL_MAX_M = 4096;

    /**
     * The columns of C the blocked path sums as a column tail ({@link GemmTail}) for an {@code m × k · k × n}
     * product of {@code bytes}-byte elements: the 1 to 4 columns past a whole number of 64-byte vectors,
     * when k is at least {@link #TAIL_MIN_K} and m at most {@link #TAIL_MAX_M}; else 0. A function of the
     * shape only, so the order of every sum is too. (100x4320x100 float32, one thread: the last 4
     * columns of 100 took 17% of the product as a seventh vector per row and k step.)
     */
    static int tailCols(int bytes, int m, int n, int k) {
        int t = n % GemmTail.partials(bytes);
        return t >= 1 && t <= 4 && k >= TAIL_MIN_K && m <= TAIL_MAX_M ? t : 0;
    }

    /** The smallest kc {@link #kcInPlace} cuts to (shorter blocks reload C too often). */
    static final int KC_L1_MIN = 96;

    /** nc: the packed {@code kc × nc} panel of B fills half of L2; a multiple of {@code nr}. */
    static int nc(int bytes, int kc, int nr) {
        int v = forced[1];
        int nc = v > 0 ? v : (L2 / 2) / (kc * bytes);
        return Math.max(nr, nc / nr * nr);
    }

    /**
     * Whether the blocked path reads B in place (its columns contiguous) rather than packing it:
     * when A has few rows to amortise the packing, or B fits in L1.
     */
    static boolean directB(int bytes, int m, int n, int k) {
        return m <= 128 || (long) k * n * bytes <= L1;
    }

    /** Test hook: the packed micro-kernels' k steps per trip (1 or 2; 0: {@link #PACKED_STEPS}). */
    static void forceSteps(int steps) {
        packedSteps = steps == 0 ? PACKED_STEPS : steps;
    }

    /** Whether the packed micro-kernels take two k steps per loop trip (see {@link #PACKED_STEPS}). */
    static boolean twoSteps() {
        return packedSteps == 2;
    }

    /** The direct-operand mode: 0 by size, 1 never, 2 whenever the strides allow. */
    static int direct() {
        return forced[2];
    }

    private static int packedSteps() {
        int def = Runtime.version().feature() >= 21 ? 1 : 2;
        int v = intProp("zeroj.gemm.packedSteps", def);
        if (v != 1 && v != 2) {
            throw new IllegalArgumentException("zeroj.gemm.packedSteps must be 1 or 2, got '" + v + "'");
        }
        return v;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int intProp(String name, int def) {
        String p = System.getProperty(name);
        if (p == null || p.isBlank()) {
            return def;
        }
        try {
            int v = Integer.parseInt(p.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(name + " must be a positive integer, got '" + p + "'");
    }

    /** The size in bytes of the level-{@code level} data (or unified) cache of cpu0, or {@code def}. */
    static int detect(int level, int def) {
        Path dir = Path.of("/sys/devices/system/cpu/cpu0/cache");
        for (int i = 0; i < 8; i++) {
            Path idx = dir.resolve("index" + i);
            try {
                if (!Files.isDirectory(idx)) {
                    continue;
                }
                int lv = Integer.parseInt(read(idx.resolve("level")));
                String type = read(idx.resolve("type"));
                if (lv != level || type.equals("Instruction")) {
                    continue;
                }
                int size = parseSize(read(idx.resolve("size")));
                if (size > 0) {
                    return size;
                }
            } catch (IOException | RuntimeException e) {
                return def;
            }
        }
        return def;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.US_ASCII).trim();
    }

    /** "48K" → 49152, "2048K" → 2097152, "1M" → 1048576, "512" → 512; -1 if unreadable. */
    static int parseSize(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        char u = Character.toUpperCase(s.charAt(s.length() - 1));
        long mul = u == 'K' ? 1024 : u == 'M' ? 1024 * 1024 : u == 'G' ? 1024L * 1024 * 1024 : 1;
        String num = mul == 1 ? s : s.substring(0, s.length() - 1);
        long v = Long.parseLong(num.trim()) * mul;
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    /** A one-line description for benchmark logs. */
    public static String describe() {
        return "L1=" + L1 + " L2=" + L2;
    }
}
