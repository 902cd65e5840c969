package dev.zeroj.ndarray.internal.kernel;

/**
 * Decides once, at class initialisation, whether the Vector API kernels are used.
 *
 * <p>They are used when the JVM can read the {@code jdk.incubator.vector} module (started with
 * {@code --add-modules jdk.incubator.vector}) and the system property {@code zeroj.simd} is not
 * {@code false}. When they are not, one line on standard error says so (silenced by
 * {@code -Dzeroj.simd=false}, which asks for the scalar path explicitly).
 */
public final class Simd {
    /** True when the Vector API kernels are in use. */
    public static final boolean ENABLED = detect();

    private Simd() {}

    private static boolean detect() {
        String prop = System.getProperty("zeroj.simd", "true");
        if (prop.equalsIgnoreCase("false")) {
            return false;
        }
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present) {
            System.err.println("zeroj: SIMD kernels off (start the JVM with --add-modules jdk.incubator.vector to enable them)");
        }
        return present;
    }

    /** A short description for logs and benchmark reports, e.g. {@code "simd"} or {@code "scalar"}. */
    public static String describe() {
        return ENABLED ? "simd" : "scalar";
    }
}
