package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.np;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code np.dot(a, b, out)} with a pre-allocated output: the GEMM of the book's layers (Affine forward
 * and backward, im2col convolutions) and square sizes, float32 and float64, on 1 and 2 threads.
 *
 * <p>Shapes are {@code MxKxN} ({@code (M×K)·(K×N)}). The fork runs with the Vector API module and a
 * fixed, pre-touched heap. Scalar kernels:
 * {@code java -jar benchmarks/target/benchmarks.jar MatmulBenchmark -jvmArgsAppend -Dzeroj.simd=false}.
 * The default, growing heap: {@code -jvmArgs "--add-modules jdk.incubator.vector"}. Compare with
 * NumPy measured in the same period: {@code benchmarks/numpy_matmul.py}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MatmulBenchmark {
    /** (M×K)·(K×N) as MxKxN. */
    @Param({"100x784x50", "784x100x50", "100x50x784", "57600x25x30", "25x57600x30", "57600x30x25", "100x4320x100",
        "256x256x256", "512x512x512", "1024x1024x1024", "2048x2048x2048"})
    public String shape;

    /** Element type. */
    @Param({"float32", "float64"})
    public String dtype;

    /** zeroj's thread count ({@code np.setNumThreads}). */
    @Param({"1", "2"})
    public int threads;

    private NDArray a;
    private NDArray b;
    private NDArray out;

    /** Random operands (fixed seed) and the output, allocated once. */
    @Setup(Level.Trial)
    public void setup() {
        String[] p = shape.split("x");
        int m = Integer.parseInt(p[0]);
        int k = Integer.parseInt(p[1]);
        int n = Integer.parseInt(p[2]);
        DType t = DType.of(dtype);
        a = random(m * k, 1).reshape(m, k).astype(t);
        b = random(k * n, 2).reshape(k, n).astype(t);
        out = np.zeros(new int[] {m, n}, t);
        np.setNumThreads(threads);
    }

    private static NDArray random(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
        }
        return np.array(v);
    }

    /** C = A·B into the pre-allocated output. */
    @Benchmark
    public NDArray dot() {
        return np.dot(a, b, out);
    }
}
