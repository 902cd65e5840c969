package dev.zeroj.ndarray.internal.kernel;

/**
 * Instantiates the kernel providers once. The Vector API classes are loaded by name only when
 * {@link Simd#ENABLED}, so a JVM without {@code jdk.incubator.vector} never links them.
 */
final class Providers {
    static final ElementwiseKernels ELEMENTWISE = Simd.ENABLED
            ? load("dev.zeroj.ndarray.internal.kernel.VectorElementwise", ElementwiseKernels.class, new ScalarElementwise())
            : new ScalarElementwise();
    static final ReduceKernels REDUCE = Simd.ENABLED
            ? load("dev.zeroj.ndarray.internal.kernel.VectorReduce", ReduceKernels.class, new ScalarReduce())
            : new ScalarReduce();

    private Providers() {}

    static <T> T load(String className, Class<T> type, T fallback) {
        try {
            return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("zeroj: could not load " + className + " (" + e + "); using scalar kernels");
            return fallback;
        }
    }
}
