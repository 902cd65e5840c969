package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.np;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/** Benchmark inputs: standard-normal-ish arrays from a fixed seed (not NumPy's stream). */
public final class Data {
    private Data() {}

    /** A new C-contiguous array of {@code shape} and {@code dtype} with random values in about [-3, 3]. */
    public static NDArray randn(DType dtype, long seed, int... shape) {
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        SplittableRandom r = new SplittableRandom(seed);
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(n, 8)).order(ByteOrder.nativeOrder());
        for (int i = 0; i < n; i++) {
            // sum of uniforms: cheap, bell-shaped, no need for NumPy's exact stream here
            b.putDouble(r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5);
        }
        b.flip();
        return np.frombuffer(b, DType.FLOAT64).astype(dtype).reshape(shape);
    }

    /** "f32" or "f64" to the dtype. */
    public static DType dtype(String name) {
        switch (name) {
            case "f32": case "float32": return DType.FLOAT32;
            case "f64": case "float64": return DType.FLOAT64;
            default: throw new IllegalArgumentException("dtype must be f32 or f64, got " + name);
        }
    }
}
