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
 * The book's softmax of a batch: x - max(x, axis=1, keepdims) -> exp -> / sum(axis=1, keepdims),
 * with the elementwise steps into a kept buffer. Needs zeroj's reductions (issue 3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class SoftmaxBench {
    @Param({"100x10", "100x784"})
    public String size;
    @Param({"f64", "f32"})
    public String dtype;

    NDArray x;
    NDArray y;

    @Setup
    public void setup() {
        String[] p = size.split("x");
        x = Data.randn(Data.dtype(dtype), 1, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        y = np.zeros(x.shape(), x.dtype());
    }

    @Benchmark
    public NDArray softmax() {
        np.subtract(x, x.max(1, true), y);
        np.exp(y, y);
        return np.divide(y, y.sum(1, true), y);
    }
}
