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

/** The Affine/Convolution bias add: a (rows, n) matrix plus a length-n vector broadcast over rows, into a kept output. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class BroadcastAddBench {
    /** rows x cols: Affine1 of the ch05 net, and the conv1 output matrix of SimpleConvNet. */
    @Param({"100x50", "57600x30"})
    public String size;
    @Param({"f64", "f32"})
    public String dtype;

    NDArray a;
    NDArray b;
    NDArray out;

    @Setup
    public void setup() {
        String[] p = size.split("x");
        int m = Integer.parseInt(p[0]), n = Integer.parseInt(p[1]);
        a = Data.randn(Data.dtype(dtype), 1, m, n);
        b = Data.randn(Data.dtype(dtype), 2, n);
        out = np.zeros(new int[] {m, n}, a.dtype());
    }

    @Benchmark
    public NDArray add() {
        return np.add(a, b, out);
    }
}
