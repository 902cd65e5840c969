/**
 * zeroj-ndarray: strided n-dimensional arrays with NumPy's semantics.
 *
 * <p>The public API is {@link dev.zeroj.ndarray.NDArray}, the {@link dev.zeroj.ndarray.np} facade and
 * {@link dev.zeroj.ndarray.io}. Everything under {@code dev.zeroj.ndarray.internal} is
 * implementation and is not exported.
 *
 * <p>The Vector API ({@code jdk.incubator.vector}) is optional: when the JVM is started with
 * {@code --add-modules jdk.incubator.vector} the SIMD kernels are used, otherwise portable scalar
 * kernels are.
 */
module dev.zeroj.ndarray {
    requires static jdk.incubator.vector;

    exports dev.zeroj.ndarray;
    exports dev.zeroj.ndarray.io;
}
