package dev.zeroj.ndarray.internal.kernel.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zeroj.ndarray.internal.kernel.Twins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every GEMM path (unpacked, packed, parallel; SIMD and scalar micro-kernels; 1..N threads) against
 * the simple reference {@code s = fma(a[i][p], b[p][j], s)} in k order, compared bit for bit: the
 * kernels promise exactly that order — except, on the blocked path, for the column tail
 * ({@link GemmConfig#tailCols}), whose reference below is written from {@link GemmTail}'s description
 * (64 bytes of partials per element, partial {@code l} over {@code p ≡ l}, halved pairwise). Operands are read through offsets, transposed, strided and
 * negative strides; sizes cross the tile (mr, vector width, nr) and block (kc, mc, nc) edges.
 */
class GemmTest {
    private static final MicroKernels[] PROVIDERS = {MicroKernels.DEFAULT, MicroKernels.scalar()};

    @AfterEach
    void unforce() {
        GemmConfig.force(0, 0, 0);
        GemmConfig.forceSteps(0);
    }

    /** A strided matrix inside a larger buffer. */
    private static final class Mat {
        final int rows;
        final int cols;
        final double[] d;
        final float[] f;
        final int off;
        final int rs;
        final int cs;

        Mat(Random r, int rows, int cols, int layout) {
            this.rows = rows;
            this.cols = cols;
            int pad = 3;
            int n = (rows + 1) * (cols + 1) * 2 + 2 * pad + 8;
            d = new double[n];
            f = new float[n];
            for (int i = 0; i < n; i++) {
                d[i] = r.nextDouble() * 2 - 1;
                f[i] = (float) (r.nextDouble() * 2 - 1);
            }
            switch (layout) {
                case 0: off = pad; rs = cols; cs = 1; break;                                  // C order
                case 1: off = pad; rs = 1; cs = rows; break;                                  // transposed
                case 2: off = pad; rs = 2 * cols + 1; cs = 2; break;                          // every other column
                default: off = pad + (rows - 1) * cols * 2 + (cols - 1); rs = -2 * cols; cs = -1; // reversed
            }
        }
    }

    /** The reference; columns from {@code n - tail} on in the column tail's order. */
    private static double[] refD(int m, int n, int k, Mat a, Mat b, int tail) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] part = new double[j < n - tail ? 1 : 8];
                for (int p = 0; p < k; p++) {
                    int l = p % part.length;
                    part[l] = Math.fma(a.d[a.off + i * a.rs + p * a.cs], b.d[b.off + p * b.rs + j * b.cs], part[l]);
                }
                for (int half = part.length / 2; half > 0; half /= 2) {
                    for (int l = 0; l < half; l++) {
                        part[l] += part[l + half];
                    }
                }
                c[i * n + j] = part[0];
            }
        }
        return c;
    }

    private static float[] refF(int m, int n, int k, Mat a, Mat b, int tail) {
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float[] part = new float[j < n - tail ? 1 : 16];
                for (int p = 0; p < k; p++) {
                    int l = p % part.length;
                    part[l] = Math.fma(a.f[a.off + i * a.rs + p * a.cs], b.f[b.off + p * b.rs + j * b.cs], part[l]);
                }
                for (int half = part.length / 2; half > 0; half /= 2) {
                    for (int l = 0; l < half; l++) {
                        part[l] += part[l + half];
                    }
                }
                c[i * n + j] = part[0];
            }
        }
        return c;
    }

    /** The column tail's width for this call: only the blocked path has one ({@link Gemm#dgemm}'s paths). */
    private static int tail(int bytes, int path, int m, int n, int k) {
        boolean blocked = m > 0 && n > 0 && k > 0
                && (path == 2 || path == 0 && (long) m * n * k > GemmConfig.SMALL && m != 1 && n != 1);
        return blocked ? GemmConfig.tailCols(bytes, m, n, k) : 0;
    }

    private static void check(MicroKernels kern, int threads, int path, int m, int n, int k, int la, int lb, Random r) {
        Mat a = new Mat(r, m, k, la);
        Mat b = new Mat(r, k, n, lb);
        int crs = n + 5;
        int co = 7;
        double[] cd = new double[co + m * crs + 3];
        float[] cf = new float[co + m * crs + 3];
        java.util.Arrays.fill(cd, Double.NaN);
        java.util.Arrays.fill(cf, Float.NaN);
        Gemm.dgemm(kern, threads, path, m, n, k, a.d, a.off, a.rs, a.cs, b.d, b.off, b.rs, b.cs, cd, co, crs);
        Gemm.sgemm(kern, threads, path, m, n, k, a.f, a.off, a.rs, a.cs, b.f, b.off, b.rs, b.cs, cf, co, crs);
        double[] ed = refD(m, n, k, a, b, tail(Double.BYTES, path, m, n, k));
        float[] ef = refF(m, n, k, a, b, tail(Float.BYTES, path, m, n, k));
        String what = kern.describe() + " threads=" + threads + " path=" + path + " " + m + "x" + k + "x" + n + " layouts " + la + "," + lb;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double gd = cd[co + i * crs + j];
                float gf = cf[co + i * crs + j];
                if (Double.doubleToLongBits(gd) != Double.doubleToLongBits(ed[i * n + j])) {
                    fail(what + " f64 (" + i + "," + j + "): expected " + ed[i * n + j] + " got " + gd);
                }
                if (Float.floatToIntBits(gf) != Float.floatToIntBits(ef[i * n + j])) {
                    fail(what + " f32 (" + i + "," + j + "): expected " + ef[i * n + j] + " got " + gf);
                }
            }
            // the gaps between C's rows are untouched
            for (int j = n; j < crs && i < m - 1; j++) {
                assertTrue(Double.isNaN(cd[co + i * crs + j]) && Float.isNaN(cf[co + i * crs + j]), what + ": wrote outside C");
            }
        }
    }

    @Test
    void edgeSizesEveryPathAndProvider() {
        Random r = new Random(1);
        int[] sizes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15, 16, 17, 23, 24, 25, 31, 33, 47, 48, 49};
        for (MicroKernels kern : PROVIDERS) {
            for (int t = 0; t < 220; t++) {
                int m = sizes[r.nextInt(sizes.length)];
                int n = sizes[r.nextInt(sizes.length)];
                int k = sizes[r.nextInt(sizes.length)];
                GemmConfig.force(0, 0, r.nextInt(3)); // operands packed or read in place
                GemmConfig.forceSteps(1 + r.nextInt(2)); // packed kernels: one or two k steps per trip
                check(kern, 1, 1 + r.nextInt(2), m, n, k, r.nextInt(4), r.nextInt(4), r);
            }
        }
    }

    @Test
    void blockBoundariesWithSmallBlocks() {
        Random r = new Random(2);
        for (MicroKernels kern : PROVIDERS) {
            int mr = kern.mr();
            for (int direct = 1; direct <= 2; direct++) {
                GemmConfig.force(16, 3 * 48, direct);
                for (int[] s : new int[][] {{2 * mr + 1, 3 * 48 + 5, 33}, {4 * mr, 2 * 48, 16}, {mr + 3, 200, 17},
                        {37, 61, 70}, {3 * mr, 7 * 48 + 1, 40}}) {
                    for (int la = 0; la < 4; la++) {
                        GemmConfig.forceSteps(1 + la % 2); // packed kernels: one or two k steps per trip
                        check(kern, 1, 2, s[0], s[1], s[2], la, 3 - la, r);
                    }
                }
            }
        }
    }

    /**
     * Every row remainder {@code m % mr} (alone and after full tiles): a last tile of at most
     * {@code er} rows takes the edge kernels (in place when exactly er rows), others the full kernel;
     * a partial tile is moved up over done rows as a whole tile in the first k block and goes through
     * a copy in later ones; for each tile width, A and B read in place or packed, whole k or small kc blocks.
     */
    @Test
    void edgeRowTilesEveryRemainder() {
        Random r = new Random(6);
        for (MicroKernels kern : PROVIDERS) {
            int mr = kern.mr();
            for (int direct = 0; direct <= 2; direct++) {
                for (int kc : new int[] {0, 16}) {
                    GemmConfig.force(kc, kc == 0 ? 0 : 2 * 48, direct);
                    for (int m = 1; m <= 2 * mr + 1; m++) {
                        for (int n : new int[] {5, 16, 37, 50, 100}) {
                            int la = r.nextInt(2);
                            GemmConfig.forceSteps(1 + r.nextInt(2));
                            check(kern, 1, 2, m, n, 40, la, 0, r);
                        }
                    }
                }
            }
        }
    }

    /**
     * The column tail ({@link GemmTail}): 1..4 columns past whole 64-byte vectors, alone (n = 1..4) or after
     * main columns, every provider, row remainder, operand layout (A's rows not consecutive in k are
     * copied for it), k blocks (forced kc cut to multiples of the partials, kcFor's one block), A and B
     * packed or in place, 1..3 threads — bit for bit the reference written from the description, and
     * the same bits on every path and thread count.
     */
    @Test
    void columnTailEveryPathProviderAndThreads() {
        assertEquals(4, GemmConfig.tailCols(4, 100, 100, 4320));
        assertEquals(4, GemmConfig.tailCols(8, 100, 100, 4320));
        assertEquals(2, GemmConfig.tailCols(4, 100, 50, 1024));
        assertEquals(0, GemmConfig.tailCols(4, 100, 50, 784));
        assertEquals(0, GemmConfig.tailCols(4, 100, 50, GemmConfig.TAIL_MIN_K - 1));
        assertEquals(0, GemmConfig.tailCols(4, GemmConfig.TAIL_MAX_M + 1, 50, 4320));
        assertEquals(0, GemmConfig.tailCols(4, 100, 21, 4320)); // 5 past 16
        assertEquals(0, GemmConfig.tailCols(8, 100, 96, 4320));
        Random r = new Random(13);
        for (MicroKernels kern : PROVIDERS) {
            for (int[] s : new int[][] {{13, 20, 1024}, {37, 36, 1100}, {8, 3, 1031}, {5, 1, 1030}, {21, 50, 1200},
                    {100, 100, 1040}, {140, 17, 1027}}) {
                for (int kc : new int[] {0, 37, 300}) {
                    for (int direct = 0; direct <= 2; direct++) {
                        GemmConfig.force(kc, kc == 0 ? 0 : 48, direct);
                        int la = r.nextInt(4);
                        check(kern, 1 + r.nextInt(3), r.nextInt(3) == 0 ? 2 : 0, s[0], s[1], s[2], la, r.nextInt(4), r);
                    }
                }
            }
        }
    }

    /** The book's shape with an edge tile of 4 rows, on 1..3 threads: bit for bit the reference. */
    @Test
    void bookShapeWithEdgeRows() {
        Random r = new Random(7);
        for (MicroKernels kern : PROVIDERS) {
            for (int threads = 1; threads <= 3; threads++) {
                check(kern, threads, 0, 100, 50, 784, 0, 0, r);
                check(kern, threads, 0, 100, 100, 300, 0, 1, r);
            }
        }
    }

    /**
     * A read in place with B packed (m > 128 rows and B larger than L1, n up to 256): the kernels that
     * take B's packed sliver rows at a constant stride; every tile width, row remainder, kc blocks, threads.
     */
    @Test
    void aInPlaceWithPackedB() {
        Random r = new Random(8);
        for (MicroKernels kern : PROVIDERS) {
            for (int kc : new int[] {0, 64}) {
                GemmConfig.force(kc, 0, 0);
                for (int m : new int[] {136, 139, 141}) {
                    for (int n : new int[] {40, 50, 100, 200, 256}) {
                        check(kern, 1 + r.nextInt(2), 0, m, n, 260, 0, r.nextInt(2), r);
                    }
                }
            }
        }
    }

    /**
     * A depth at most a third above kc is one block (kcFor), and products in that window — the last
     * partial row tile then moved up over done rows — keep every bit, packed or in place, 1 and 2 threads.
     */
    @Test
    void slightlyDeeperThanKcIsOneBlock() {
        assertEquals(256, GemmConfig.kcFor(192, 256));
        assertEquals(192, GemmConfig.kcFor(192, 257));
        assertEquals(192, GemmConfig.kcFor(192, 100));
        assertEquals(192, GemmConfig.kcFor(192, 192));
        Random r = new Random(11);
        int kcD = GemmConfig.kc(Double.BYTES, MicroKernels.DEFAULT.mr());
        int kcF = GemmConfig.kc(Float.BYTES, MicroKernels.DEFAULT.mr());
        for (MicroKernels kern : PROVIDERS) {
            for (int k : new int[] {kcD + kcD / 4, kcD + kcD / 3, kcF + kcF / 4, kcF + kcF / 3 + 1}) {
                for (int[] mn : new int[][] {{37, 70}, {139, 50}, {150, 300}, {30, 25}}) {
                    check(kern, 1 + r.nextInt(2), 0, mn[0], mn[1], k, 0, r.nextInt(2), r);
                }
            }
        }
        GemmConfig.force(16, 0, 0);
        assertEquals(16, GemmConfig.kcFor(16, 20));
    }

    /**
     * The 6-row kernels (mr 6, edge kernels of 4 rows) that AVX2 machines load: on a CPU with wider
     * vectors {@link MicroKernels#DEFAULT} is the 8-row provider, so without this they are never run.
     * Every row remainder (a last tile of 5 rows moved up over done rows as a whole 6-row tile, one of
     * 1..3 as a 4-row edge tile), packed and in place, whole k, small kc blocks and kcFor's one-block
     * window, 1 and 2 threads.
     */
    @Test
    void sixRowKernelsEveryRemainder() throws ReflectiveOperationException {
        if (!dev.zeroj.ndarray.internal.kernel.Simd.ENABLED) {
            return; // the scalar surefire run has no Vector API
        }
        MicroKernels six = (MicroKernels) Class.forName(GemmTest.class.getPackageName() + ".VectorMicroKernels6")
                .getDeclaredConstructor().newInstance();
        assertEquals(6, six.mr());
        Random r = new Random(12);
        for (int direct = 0; direct <= 2; direct++) {
            for (int kc : new int[] {0, 16}) {
                GemmConfig.force(kc, kc == 0 ? 0 : 2 * 48, direct);
                for (int m = 1; m <= 2 * 6 + 1; m++) {
                    for (int n : new int[] {5, 37, 100}) {
                        check(six, 1, 2, m, n, 40, r.nextInt(2), 0, r);
                    }
                }
            }
        }
        GemmConfig.force(0, 0, 0);
        int kcD = GemmConfig.kc(Double.BYTES, 6);
        int kcF = GemmConfig.kc(Float.BYTES, 6);
        for (int k : new int[] {kcD + kcD / 3, kcF + kcF / 4}) {
            for (int[] mn : new int[][] {{37, 70}, {139, 50}, {161, 300}}) {
                check(six, 1 + r.nextInt(2), 0, mn[0], mn[1], k, 0, r.nextInt(2), r);
            }
        }
    }

    /** With B read in place, kc shrinks so a block of B fits L1 (evened out over k), but not below KC_L1_MIN. */
    @Test
    void kcInPlaceFitsL1() {
        int kc = 384;
        int n = (GemmConfig.L1 / 2) / (4 * 120); // a block of 120 float rows fills half of L1
        int k = 7 * 120 - 3;
        int got = GemmConfig.kcInPlace(kc, 4, n, k);
        assertTrue(got <= 120 && got >= 96 && (k + got - 1) / got == 7, "kc " + got);
        assertEquals(kc, GemmConfig.kcInPlace(kc, 4, n, 300)); // k fits one block
        assertEquals(kc, GemmConfig.kcInPlace(kc, 4, 8, 4000)); // kc x n fits L1
        assertEquals(kc, GemmConfig.kcInPlace(kc, 4, (GemmConfig.L1 / 2) / (4 * 60), 4000)); // would be < 96
        GemmConfig.force(16, 0, 0);
        assertEquals(16, GemmConfig.kcInPlace(16, 4, n, k));
    }

    @Test
    void zeroSizes() {
        Random r = new Random(3);
        check(MicroKernels.DEFAULT, 1, 0, 4, 5, 0, 0, 0, r);
        check(MicroKernels.DEFAULT, 1, 0, 0, 5, 3, 0, 0, r);
        check(MicroKernels.DEFAULT, 1, 0, 4, 0, 3, 0, 0, r);
    }

    @Test
    void threadCountDoesNotChangeABit() {
        Random r = new Random(4);
        // large enough for the parallel path (>= GemmConfig.PARALLEL multiply-adds), both split directions
        int[][] shapes = {{211, 97, 61}, {23, 400, 130}, {150, 150, 50}};
        for (MicroKernels kern : PROVIDERS) {
            for (int[] s : shapes) {
                for (int threads : new int[] {1, 2, 3, 4, 7}) {
                    for (int direct = 0; direct <= 2; direct++) {
                        GemmConfig.force(0, 0, direct);
                        check(kern, threads, 0, s[0], s[1], s[2], 0, direct == 2 ? 0 : 1, r);
                    }
                    // small blocks: the threaded path crosses kc blocks and B panels
                    GemmConfig.force(16, 48, 1);
                    check(kern, threads, 0, s[0], s[1], s[2], 1, 0, r);
                }
            }
        }
    }

    @Test
    void simdAndScalarProvidersAgreeBitwise() {
        Random r = new Random(5);
        Mat a = new Mat(r, 77, 130, 0);
        Mat b = new Mat(r, 130, 59, 1);
        double[] c1 = new double[77 * 59];
        double[] c2 = new double[77 * 59];
        Gemm.dgemm(MicroKernels.DEFAULT, 2, 0, 77, 59, 130, a.d, a.off, a.rs, a.cs, b.d, b.off, b.rs, b.cs, c1, 0, 59);
        Gemm.dgemm(MicroKernels.scalar(), 1, 2, 77, 59, 130, a.d, a.off, a.rs, a.cs, b.d, b.off, b.rs, b.cs, c2, 0, 59);
        assertTrue(java.util.Arrays.equals(c1, c2));
    }

    @Test
    void cacheSizeParsing() {
        assertEquals(49152, GemmConfig.parseSize("48K"));
        assertEquals(2 * 1024 * 1024, GemmConfig.parseSize("2048K"));
        assertEquals(1024 * 1024, GemmConfig.parseSize("1M"));
        assertEquals(512, GemmConfig.parseSize("512"));
        assertTrue(GemmConfig.L1 >= 4096 && GemmConfig.L2 >= GemmConfig.L1);
        int kc = GemmConfig.kc(4, 8);
        assertTrue(kc >= 64 && kc <= 1024 && kc % 8 == 0, "kc " + kc);
        assertEquals(0, GemmConfig.nc(8, kc, 24) % 24);
    }

    /** FloatGemm.java is generated from DoubleGemm.java; this fails if someone edited one without the other. */
    @Test
    void floatTwinIsCurrent() throws IOException {
        Twins.assertCurrent(Path.of("src/main/java/dev/zeroj/ndarray/internal/kernel/gemm"), "DoubleGemm", "FloatGemm",
                "gen_gemm_kernels.py", "double", "float", "Double", "Float", "dkernel", "skernel", "lanesD", "lanesF");
    }
}
