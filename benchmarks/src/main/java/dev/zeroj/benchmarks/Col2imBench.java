package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.Conv;
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

/** col2im of a gradient matrix of the book's conv shapes into a pre-allocated image. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class Col2imBench {
    @Param({"simple", "deep"})
    public String shape;
    @Param({"f64", "f32"})
    public String dtype;

    NDArray dcol;
    NDArray img;
    ConvShapes s;

    @Setup
    public void setup() {
        s = ConvShapes.valueOf(shape);
        int[] cs = Conv.im2col(np.zeros(s.x, Data.dtype(dtype)), s.w[2], s.w[3], s.stride, s.pad).shape();
        dcol = Data.randn(Data.dtype(dtype), 2, cs);
        img = np.zeros(s.x, Data.dtype(dtype));
    }

    @Benchmark
    public NDArray col2im() {
        return Conv.col2im(dcol, s.x, s.w[2], s.w[3], s.stride, s.pad, img);
    }
}
