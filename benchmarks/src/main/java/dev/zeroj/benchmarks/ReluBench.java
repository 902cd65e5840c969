package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.np;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The book's ReLU layer: forward {@code np.maximum(0, x)} and the backward mask {@code x <= 0}, on a
 * mini-batch of MNIST inputs (100x784) and of hidden activations (100x50). NumPy's side:
 * {@code numpy_relu.py}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ReluBench {
    @Param({"100x784", "100x50"})
    public String size;
    @Param({"f32", "f64"})
    public String dtype;

    NDArray x;

    @Setup
    public void setup() {
        String[] p = size.split("x");
        x = Data.randn(Data.dtype(dtype), 1, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    /** {@code np.maximum(0, x)}. */
    @Benchmark
    public NDArray maximum0() {
        return np.maximum(0, x);
    }

    /** {@code x <= 0}. */
    @Benchmark
    public NDArray le0() {
        return x.le(0);
    }
}
