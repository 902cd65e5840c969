/**
 * zeroj-ndarray: strided n-dimensional arrays with NumPy's semantics.
 *
 * <p>The public API is {@link dev.zeroj.ndarray.NDArray}, the {@link dev.zeroj.ndarray.np} facade and
 * {@link dev.zeroj.ndarray.io}. Everything under {@code dev.zeroj.ndarray.internal} is
 * implementation and is not exported.
 *
 * <p>The Vector API ({@code jdk.incubator.vector}) is optional: when the JVM is started with
 * {@code --add-modules jdk.incubator.vector} the SIMD kernels are used, otherwise portable scalar
 * kernels are. {@code jdk.management} is optional too: with it the GEMM's packed panels and the fused
 * convolution's work buffers are placed on cache-line boundaries (see the README's design notes).
 */
module dev.zeroj.ndarray {
    requires static jdk.incubator.vector;
    requires static jdk.management;

    exports dev.zeroj.ndarray;
    exports dev.zeroj.ndarray.io;
}
