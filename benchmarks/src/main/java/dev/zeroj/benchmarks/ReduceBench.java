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

/**
 * Reductions over the shapes the book uses: {@code x.sum(0)} / {@code x.sum(1)} of a mini-batch
 * (100x784) and of the whole MNIST training set (60000x784), {@code np.argmax(y, axis=1)} of the
 * accuracy check (10000x10), and a full sum of 1e6 float64. NumPy's side: {@code compare_reduce.py}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ReduceBench {
    /** A (rows, 784) matrix for the axis sums. */
    @State(Scope.Benchmark)
    public static class Matrix {
        @Param({"100", "60000"})
        public int rows;
        @Param({"f32", "f64"})
        public String dtype;

        NDArray x;

        @Setup
        public void setup() {
            x = Data.randn(Data.dtype(dtype), 1, rows, 784);
        }
    }

    /** The network's scores for 10000 test images. */
    @State(Scope.Benchmark)
    public static class Scores {
        NDArray y;

        @Setup
        public void setup() {
            y = Data.randn(Data.dtype("f64"), 2, 10000, 10);
        }
    }

    /** 1e6 float64 values. */
    @State(Scope.Benchmark)
    public static class Vector {
        NDArray v;

        @Setup
        public void setup() {
            v = Data.randn(Data.dtype("f64"), 3, 1_000_000);
        }
    }

    /** {@code x.sum(axis=0)}: one output per column. */
    @Benchmark
    public NDArray sumAxis0(Matrix m) {
        return m.x.sum(0);
    }

    /** {@code x.sum(axis=1)}: one output per row. */
    @Benchmark
    public NDArray sumAxis1(Matrix m) {
        return m.x.sum(1);
    }

    /** {@code np.argmax(y, axis=1)}. */
    @Benchmark
    public NDArray argmaxAxis1(Scores s) {
        return s.y.argmax(1);
    }

    /** {@code v.sum()}. */
    @Benchmark
    public NDArray sumAll(Vector v) {
        return v.v.sum();
    }
}
