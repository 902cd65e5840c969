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

/** The book's Convolution.backward (zeroj's fused Conv.convBackward: dx, dW, db) after one forward. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ConvBackwardBench {
    @Param({"simple", "deep"})
    public String shape;
    @Param({"f64", "f32"})
    public String dtype;

    NDArray dout;
    BookLayers.Convolution conv;

    @Setup
    public void setup() {
        ConvShapes s = ConvShapes.valueOf(shape);
        NDArray x = Data.randn(Data.dtype(dtype), 1, s.x);
        conv = new BookLayers.Convolution(Data.randn(Data.dtype(dtype), 2, s.w).muli(0.01),
                Data.randn(Data.dtype(dtype), 3, s.w[0]), s.stride, s.pad);
        conv.forward(x);
        dout = Data.randn(Data.dtype(dtype), 4, s.convOut());
        System.err.println("GEMM/sum: " + Ops.describe());
    }

    @Benchmark
    public NDArray backward() {
        return conv.backward(dout);
    }
}
