package dev.zeroj.ndarray.internal.kernel;

/**
 * Work buffers whose elements from a known index on start on a 64-byte boundary (one cache line, one
 * AVX-512 vector), so vector loads from them never straddle two cache lines.
 *
 * <p>Java exposes no array addresses, and an ordinary array sits anywhere on an 8-byte boundary (and
 * moves when the collector copies it). Measured here: the GEMM micro-kernel streams its packed B panel
 * 7-10% faster (256³..2048³, one thread) when that panel is line-aligned than when it is not, so which
 * of the eight possible placements a JVM run happened to get decided whether a product met NumPy's
 * speed. The one placement HotSpot does fix is that of a G1 <em>humongous</em> object (one larger than
 * half a heap region): it starts at a region boundary and young and mixed collections never copy it.
 * Its first element then lies {@link #BASE} bytes after that boundary. So a buffer that is large
 * anyway is padded past the humongous threshold, and {@link #offset(double[])} names its first aligned
 * element.
 *
 * <p>This needs the G1 collector (HotSpot's default on machines with two or more CPUs and 1792 MB), the
 * usual 16-byte array header (compressed class pointers on, compact object headers off) and the
 * {@code jdk.management} module (to read those settings; on the module path start the JVM with
 * {@code --add-modules jdk.management}). Anything else, or {@code -Dzeroj.align=false}, turns the
 * padding off: buffers are then plain arrays with offset 0, only slower. Results never depend on it.
 */
public final class Aligned {
    /** The alignment in bytes. */
    public static final int LINE = 64;
    /** Bytes from an array object's start to its first element, when {@link #ENABLED}. */
    static final int BASE = 16;
    /** Arrays whose object is larger than this many bytes are humongous (0 when not {@link #ENABLED}). */
    static final long HUMONGOUS = humongousThreshold();
    /** True when humongous buffers are used to place data on 64-byte boundaries. */
    public static final boolean ENABLED = HUMONGOUS > 0;

    private Aligned() {}

    /**
     * A new double array with at least {@code n} elements from {@link #offset(double[])} on. When
     * alignment is {@linkplain #ENABLED available} and {@code n} doubles are at least an eighth of the
     * humongous threshold, the array is padded past it (so it is aligned); otherwise it is a plain
     * array of {@code n} elements (or, too long to pad, one longer than any aligned array).
     */
    public static double[] doubles(int n) {
        return new double[length(n, Double.BYTES, HUMONGOUS)];
    }

    /** As {@link #doubles(int)}, for floats. */
    public static float[] floats(int n) {
        return new float[length(n, Float.BYTES, HUMONGOUS)];
    }

    /**
     * The index of the first element of {@code a} on a 64-byte boundary, when {@code a} is humongous
     * and alignment is {@linkplain #ENABLED available}; 0 otherwise.
     */
    public static int offset(double[] a) {
        return offset(a.length, Double.BYTES, HUMONGOUS);
    }

    /** As {@link #offset(double[])}, for floats. */
    public static int offset(float[] a) {
        return offset(a.length, Float.BYTES, HUMONGOUS);
    }

    /**
     * Elements to leave before the data of a new array buffer of {@code n} elements of {@code size}
     * bytes (an NDArray's own buffer): {@code (64 - 16) / size} when the buffer is humongous anyway
     * (so its object starts a heap region and the data then starts a cache line, for 48 bytes more),
     * else 0. The {@code zeroj.align.lead} setting (elements, for tests) forces a lead on every buffer,
     * so that code assuming a new array's data starts at index 0 fails.
     */
    public static int lead(int n, int size) {
        if (TEST_LEAD > 0) {
            return TEST_LEAD;
        }
        return offset(n + (LINE - BASE) / size, size, HUMONGOUS);
    }

    /** The {@code zeroj.align.lead} setting: a lead for every new array buffer (tests only), or 0. */
    static final int TEST_LEAD = Integer.getInteger("zeroj.align.lead", 0);

    /** The longest array treated as aligned (longer ones cannot be padded and report offset 0). */
    static final int LIMIT = Integer.MAX_VALUE - 16;

    /**
     * The array length {@link #doubles}/{@link #floats} allocate for {@code n} elements of {@code size}
     * bytes when arrays above {@code humongous} bytes are humongous (0: alignment off). Always at least
     * {@code n + offset(result)}.
     */
    static int length(int n, int size, long humongous) {
        long bytes = (long) n * size;
        if (humongous <= 0 || bytes * 8 < humongous) {
            return n; // small: padding would waste more than 8 times its size (and it is not humongous)
        }
        long len = Math.max((long) n + LINE / size, (humongous + LINE) / size);
        if (len <= LIMIT) {
            return (int) len;
        }
        return Math.max(n, LIMIT + 1); // too long to pad: longer than LIMIT, so its offset is 0
    }

    /** The first line-aligned index of a humongous array of {@code len} elements of {@code size} bytes, else 0. */
    static int offset(int len, int size, long humongous) {
        return humongous > 0 && BASE + (long) len * size > humongous && len <= LIMIT ? (LINE - BASE) / size : 0;
    }

    private static long humongousThreshold() {
        if (System.getProperty("zeroj.align", "true").equalsIgnoreCase("false")) {
            return 0;
        }
        try {
            if (ModuleLayer.boot().findModule("jdk.management").isEmpty()) {
                return 0;
            }
            return VmOptions.humongousThreshold();
        } catch (LinkageError | RuntimeException e) {
            return 0;
        }
    }

    /** Reads HotSpot's settings (kept apart so a JVM without {@code jdk.management} never links it). */
    private static final class VmOptions {
        static long humongousThreshold() {
            com.sun.management.HotSpotDiagnosticMXBean vm = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm == null || !"true".equals(option(vm, "UseG1GC")) || !"true".equals(option(vm, "UseCompressedClassPointers"))
                    || "true".equals(option(vm, "UseCompactObjectHeaders"))) {
                return 0;
            }
            String region = option(vm, "G1HeapRegionSize");
            long size = region == null ? 0 : Long.parseLong(region);
            return size >= 1 << 20 ? size / 2 : 0;
        }

        /** The option's value, or null when this JVM has no such option. */
        private static String option(com.sun.management.HotSpotDiagnosticMXBean vm, String name) {
            try {
                return vm.getVMOption(name).getValue();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
