package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.NDArray;
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

/** The book's Pooling(2, 2, stride 2).forward (max and argmax) on the conv outputs, into kept buffers. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class PoolForwardBench {
    @Param({"simple", "deep"})
    public String shape;
    @Param({"f64", "f32"})
    public String dtype;

    NDArray x;
    BookLayers.Pooling pool;

    @Setup
    public void setup() {
        x = Data.randn(Data.dtype(dtype), 1, ConvShapes.valueOf(shape).convOut());
        pool = new BookLayers.Pooling(2, 2, 2, 0);
    }

    @Benchmark
    public NDArray forward() {
        return pool.forward(x);
    }
}
