package dev.zeroj.ndarray.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Vector API providers ({@code VectorReduce}, {@code VectorElementwise}) against the scalar ones,
 * bit for bit, on random data full of NaN (two payloads), +-0.0 and +-inf, for every run length
 * 0..70 (and some longer), several offsets and the unit-stride / broadcast / strided layouts.
 * Skipped, with a message, when the JVM cannot read {@code jdk.incubator.vector} (the scalar surefire run).
 *
 * <p>One exception to "bit for bit": when an addition or multiplication meets two NaNs with different
 * payloads, x86 returns the first operand's, and C2 may commute the operands of a scalar {@code +}, so
 * not even the scalar loop has a defined payload there. Sums and products therefore compare NaN as
 * NaN; maximum, minimum and comparisons (which select an operand) compare every bit.
 */
class SimdBitwiseTest {
    private static final double NAN2 = Double.longBitsToDouble(0x7ff8_0000_0000_1234L);
    private static final float NAN2F = Float.intBitsToFloat(0xffc0_1234);
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, NAN2, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1.0, -1.0, 0.5};
    private static final int[] LONG = {96, 127, 128, 129, 136, 200, 255, 256, 257, 777, 1000, 4099};

    private static ReduceKernels scalarReduce;
    private static ReduceKernels vectorReduce;
    private static ElementwiseKernels scalarElem;
    private static ElementwiseKernels vectorElem;

    @BeforeAll
    static void providers() throws ReflectiveOperationException {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present) {
            System.err.println("SimdBitwiseTest: SKIPPED, jdk.incubator.vector is not readable in this JVM"
                    + " (run with --add-modules jdk.incubator.vector to compare SIMD and scalar kernels)");
        }
        Assumptions.assumeTrue(present, "jdk.incubator.vector not readable: SIMD-vs-scalar comparison skipped");
        scalarReduce = new ScalarReduce();
        vectorReduce = (ReduceKernels) Class.forName("dev.zeroj.ndarray.internal.kernel.VectorReduce")
                .getDeclaredConstructor().newInstance();
        scalarElem = new ScalarElementwise();
        vectorElem = (ElementwiseKernels) Class.forName("dev.zeroj.ndarray.internal.kernel.VectorElementwise")
                .getDeclaredConstructor().newInstance();
    }

    /** Random values of mixed magnitude (so the order of additions shows in the bits), a few special. */
    private static double[] data(Random rnd, int n, double specialRate) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextDouble() < specialRate
                    ? SPECIAL[rnd.nextInt(SPECIAL.length)]
                    : (rnd.nextDouble() - 0.4) * Math.pow(10, rnd.nextInt(7) - 3);
        }
        return a;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = a[i] == a[i] ? (float) a[i] : (Double.doubleToRawLongBits(a[i]) == Double.doubleToRawLongBits(NAN2) ? NAN2F : Float.NaN);
        }
        return f;
    }

    private static int[] lengths() {
        int[] ns = new int[71 + LONG.length];
        for (int n = 0; n <= 70; n++) {
            ns[n] = n;
        }
        System.arraycopy(LONG, 0, ns, 71, LONG.length);
        return ns;
    }

    private static void same(double want, double got, String what) {
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), () -> what + ": " + want + " vs " + got);
    }

    private static void same(float want, float got, String what) {
        assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got), () -> what + ": " + want + " vs " + got);
    }

    /** Raw bits equal, or both NaN (for results of arithmetic; see the class comment). */
    private static void sameArith(double want, double got, String what) {
        if (!(Double.isNaN(want) && Double.isNaN(got))) {
            same(want, got, what);
        }
    }

    private static void sameArith(float want, float got, String what) {
        if (!(Float.isNaN(want) && Float.isNaN(got))) {
            same(want, got, what);
        }
    }

    @Test
    void pairwiseSum() {
        Random rnd = new Random(11);
        int orderMatters = 0;
        for (int n : lengths()) {
            for (int off = 0; off < 4; off++) {
                for (double rate : new double[] {0.0, 0.02, 0.3}) {
                    double[] a = data(rnd, n + off + 3, rate);
                    float[] f = toFloat(a);
                    String what = "n=" + n + " off=" + off + " rate=" + rate;
                    double want = scalarReduce.pairwiseSum(a, off, n);
                    sameArith(want, vectorReduce.pairwiseSum(a, off, n), "f64 " + what);
                    sameArith(scalarReduce.pairwiseSum(f, off, n), vectorReduce.pairwiseSum(f, off, n), "f32 " + what);
                    double seq = -0.0;
                    for (int i = 0; i < n; i++) {
                        seq += a[off + i];
                    }
                    if (Double.doubleToRawLongBits(seq) != Double.doubleToRawLongBits(want)) {
                        orderMatters++;
                    }
                }
            }
        }
        // the data must be able to tell summation orders apart, or the comparison proves nothing
        assertTrue(orderMatters > 100, "sequential and pairwise sums differ in only " + orderMatters + " cases");
    }

    @Test
    void rowFolds() {
        Random rnd = new Random(12);
        for (int op = RowReduce.SUM; op <= RowReduce.MIN; op++) {
            for (boolean firstWins : new boolean[] {false, true}) {
                for (int n = 0; n <= 70; n++) {
                    for (int off = 0; off < 3; off++) {
                        double rate = op >= RowReduce.MAX ? 0.6 : 0.05;
                        double[] acc0 = data(rnd, n + 5, rate);
                        double[] accS = acc0.clone();
                        double[] accV = acc0.clone();
                        float[] faccS = toFloat(acc0);
                        float[] faccV = faccS.clone();
                        for (int row = 0; row < 4; row++) {
                            double[] x = data(rnd, n + 7, rate);
                            float[] fx = toFloat(x);
                            int xo = rnd.nextInt(4);
                            scalarReduce.fold(op, accS, off, x, xo, n, firstWins);
                            vectorReduce.fold(op, accV, off, x, xo, n, firstWins);
                            if (!firstWins) {
                                scalarReduce.fold(op, faccS, off, fx, xo, n);
                                vectorReduce.fold(op, faccV, off, fx, xo, n);
                            }
                        }
                        String what = "op=" + op + " firstWins=" + firstWins + " n=" + n + " off=" + off;
                        for (int i = 0; i < accS.length; i++) {
                            if (op >= RowReduce.MAX) {
                                same(accS[i], accV[i], "f64 " + what + " [" + i + "]");
                                same(faccS[i], faccV[i], "f32 " + what + " [" + i + "]");
                            } else {
                                sameArith(accS[i], accV[i], "f64 " + what + " [" + i + "]");
                                sameArith(faccS[i], faccV[i], "f32 " + what + " [" + i + "]");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void contiguousMaxMin() {
        Random rnd = new Random(15);
        double[] zeroish = {0.0, -0.0, -1.0, Double.NEGATIVE_INFINITY, -0.25};
        int[] ns = lengths();
        for (int n : ns) {
            for (int mode = 0; mode < 6; mode++) {
                for (boolean firstWins : new boolean[] {false, true}) {
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        switch (mode) {
                            case 0: x[i] = data(rnd, 1, 0.02)[0]; break; // mostly ordinary values
                            case 1: x[i] = zeroish[rnd.nextInt(zeroish.length)]; break; // max is +-0
                            case 2: x[i] = -zeroish[rnd.nextInt(zeroish.length)]; break; // min is +-0
                            case 3: x[i] = rnd.nextBoolean() ? 0.0 : -0.0; break; // only zeros
                            case 4: x[i] = data(rnd, 1, 0.3)[0]; break; // NaNs likely
                            default: x[i] = rnd.nextInt(3) - 1.0; // many exact ties
                        }
                    }
                    double[] accs = {x.length > 0 ? x[0] : 0.0, 0.0, -0.0, Double.NaN, -5.0, 5.0};
                    for (double acc : accs) {
                        String what = "n=" + n + " mode=" + mode + " firstWins=" + firstWins + " acc=" + acc;
                        same(scalarReduce.max(acc, x, n, firstWins), vectorReduce.max(acc, x, n, firstWins), "max " + what);
                        same(scalarReduce.min(acc, x, n, firstWins), vectorReduce.min(acc, x, n, firstWins), "min " + what);
                    }
                }
            }
        }
    }

    private static final BinaryOp[] ELEMENT_OPS = {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
        BinaryOp.DIVIDE, BinaryOp.POWER, BinaryOp.MAXIMUM, BinaryOp.MINIMUM, BinaryOp.EQUAL,
        BinaryOp.NOT_EQUAL, BinaryOp.LESS, BinaryOp.LESS_EQUAL, BinaryOp.GREATER, BinaryOp.GREATER_EQUAL};
    /** (as, bs, cs) layouts: both unit, b broadcast, a broadcast, and fallbacks. */
    private static final int[][] LAYOUTS = {{1, 1, 1}, {1, 0, 1}, {0, 1, 1}, {0, 0, 1}, {2, 1, 1}, {1, 1, 2}};

    @Test
    void elementwiseBinaryAndCompare() {
        Random rnd = new Random(13);
        for (BinaryOp op : ELEMENT_OPS) {
            for (int[] lay : LAYOUTS) {
                for (int n = 0; n <= 70; n++) {
                    for (int off = 0; off < 3; off++) {
                        int as = lay[0];
                        int bs = lay[1];
                        int cs = lay[2];
                        double[] a = data(rnd, 2 * n + 8, 0.5);
                        double[] b = data(rnd, 2 * n + 8, 0.5);
                        if (rnd.nextBoolean()) { // many exact ties
                            System.arraycopy(a, 0, b, 0, a.length / 2);
                        }
                        float[] fa = toFloat(a);
                        float[] fb = toFloat(b);
                        int ao = rnd.nextInt(3);
                        int bo = rnd.nextInt(3);
                        String what = op + " layout=" + java.util.Arrays.toString(lay) + " n=" + n + " off=" + off;
                        int clen = 2 * n + 6;
                        if (op.isComparison()) {
                            boolean[] cS = new boolean[clen];
                            boolean[] cV = new boolean[clen];
                            java.util.Arrays.fill(cS, off + n * cs, clen, true);
                            java.util.Arrays.fill(cV, off + n * cs, clen, true);
                            scalarElem.compare(op, a, ao, as, b, bo, bs, cS, off, cs, n);
                            vectorElem.compare(op, a, ao, as, b, bo, bs, cV, off, cs, n);
                            assertArrayEquals(cS, cV, "f64 " + what);
                            java.util.Arrays.fill(cS, false);
                            java.util.Arrays.fill(cV, false);
                            scalarElem.compare(op, fa, ao, as, fb, bo, bs, cS, off, cs, n);
                            vectorElem.compare(op, fa, ao, as, fb, bo, bs, cV, off, cs, n);
                            assertArrayEquals(cS, cV, "f32 " + what);
                        } else {
                            double[] cS = new double[clen];
                            java.util.Arrays.fill(cS, -7.0);
                            double[] cV = cS.clone();
                            scalarElem.binary(op, a, ao, as, b, bo, bs, cS, off, cs, n);
                            vectorElem.binary(op, a, ao, as, b, bo, bs, cV, off, cs, n);
                            boolean select = op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM;
                            for (int i = 0; i < clen; i++) {
                                if (select) {
                                    same(cS[i], cV[i], "f64 " + what + " [" + i + "]");
                                } else {
                                    sameArith(cS[i], cV[i], "f64 " + what + " [" + i + "]");
                                }
                            }
                            float[] fcS = new float[clen];
                            java.util.Arrays.fill(fcS, -7.0f);
                            float[] fcV = fcS.clone();
                            scalarElem.binary(op, fa, ao, as, fb, bo, bs, fcS, off, cs, n);
                            vectorElem.binary(op, fa, ao, as, fb, bo, bs, fcV, off, cs, n);
                            for (int i = 0; i < clen; i++) {
                                if (select) {
                                    same(fcS[i], fcV[i], "f32 " + what + " [" + i + "]");
                                } else {
                                    sameArith(fcS[i], fcV[i], "f32 " + what + " [" + i + "]");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void elementwiseUnary() {
        Random rnd = new Random(14);
        UnaryOp[] ops = {UnaryOp.NEGATIVE, UnaryOp.ABSOLUTE, UnaryOp.SQRT, UnaryOp.SQUARE, UnaryOp.EXP};
        int[][] lays = {{1, 1}, {2, 1}, {1, 2}};
        for (UnaryOp op : ops) {
            for (int[] lay : lays) {
                for (int n = 0; n <= 70; n++) {
                    int off = rnd.nextInt(3);
                    int ao = rnd.nextInt(3);
                    double[] a = data(rnd, 2 * n + 4, 0.3);
                    float[] fa = toFloat(a);
                    int clen = 2 * n + 4;
                    double[] cS = new double[clen];
                    double[] cV = new double[clen];
                    float[] fcS = new float[clen];
                    float[] fcV = new float[clen];
                    scalarElem.unary(op, a, ao, lay[0], cS, off, lay[1], n);
                    vectorElem.unary(op, a, ao, lay[0], cV, off, lay[1], n);
                    scalarElem.unary(op, fa, ao, lay[0], fcS, off, lay[1], n);
                    vectorElem.unary(op, fa, ao, lay[0], fcV, off, lay[1], n);
                    String what = op + " layout=" + java.util.Arrays.toString(lay) + " n=" + n;
                    for (int i = 0; i < clen; i++) {
                        // the sign of a NaN from abs(-NaN) differs between interpreted and compiled Math.abs on JDK 17
                        sameArith(cS[i], cV[i], "f64 " + what + " [" + i + "]");
                        sameArith(fcS[i], fcV[i], "f32 " + what + " [" + i + "]");
                    }
                }
            }
        }
    }

    /** The tie and NaN rules the blends must keep, spelled out on the scalar side they are compared with. */
    @Test
    void scalarRulesTheVectorsCopy() {
        double[] acc = {-0.0, 0.0, Double.NaN, 1.0};
        double[] x = {0.0, -0.0, 1.0, Double.NaN};
        scalarReduce.fold(RowReduce.MAX, acc, 0, x, 0, 4, false);
        same(0.0, acc[0], "later +0.0 wins");
        same(-0.0, acc[1], "later -0.0 wins");
        assertTrue(Double.isNaN(acc[2]) && Double.isNaN(acc[3]), "NaN propagates");
        double[] c = new double[1];
        scalarElem.binary(BinaryOp.MAXIMUM, new double[] {-0.0}, 0, 1, new double[] {0.0}, 0, 1, c, 0, 1, 1);
        same(0.0, c[0], "np.maximum(-0.0, 0.0) is the second operand");
    }
}
