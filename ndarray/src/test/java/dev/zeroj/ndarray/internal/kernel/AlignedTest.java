package dev.zeroj.ndarray.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Aligned}: sizes and offsets here, and the real addresses in a second JVM that can print them. */
class AlignedTest {
    @Test
    void smallBuffersArePlainArrays() {
        assertEquals(100, Aligned.doubles(100).length);
        assertEquals(0, Aligned.offset(Aligned.doubles(100)));
        assertEquals(100, Aligned.floats(100).length);
        assertEquals(0, Aligned.offset(new float[100]));
    }

    @Test
    void largeBuffersHoldWhatWasAskedAfterTheirOffset() {
        for (int n : new int[] {1 << 16, 100_003, 1 << 20, 3_000_001}) {
            double[] d = Aligned.doubles(n);
            assertTrue(d.length - Aligned.offset(d) >= n, "doubles " + n);
            float[] f = Aligned.floats(n);
            assertTrue(f.length - Aligned.offset(f) >= n, "floats " + n);
            if (Aligned.ENABLED && (long) n * 8 * 8 >= Aligned.HUMONGOUS) {
                assertEquals(6, Aligned.offset(d), "doubles " + n);
            }
            if (Aligned.ENABLED && (long) n * 4 * 8 >= Aligned.HUMONGOUS) {
                assertEquals(12, Aligned.offset(f), "floats " + n);
            }
        }
    }

    @Test
    void lengthsLeaveRoomForTheOffsetAtEverySize() {
        long[] thresholds = {0, 512 << 10, 1 << 20, 16 << 20};
        int[] sizes = {4, 8};
        int[] ns = {0, 1, 1000, 16_383, 16_384, 131_072, 1 << 20, 100_000_000, Aligned.LIMIT - 16, Aligned.LIMIT - 8,
            Aligned.LIMIT - 1, Aligned.LIMIT, Aligned.LIMIT + 1, Integer.MAX_VALUE - 8};
        for (long h : thresholds) {
            for (int size : sizes) {
                for (int n : ns) {
                    int len = Aligned.length(n, size, h);
                    String what = "n=" + n + " size=" + size + " humongous=" + h + " len=" + len;
                    assertTrue(len >= n && (long) len - Aligned.offset(len, size, h) >= n, what);
                    boolean humongous = h > 0 && 16 + (long) len * size > h;
                    if (Aligned.offset(len, size, h) != 0) {
                        assertTrue(humongous, what);
                        assertEquals(0, (16 + (long) size * Aligned.offset(len, size, h)) % Aligned.LINE, what);
                    }
                    if (h > 0 && (long) n * size * 8 >= h && n <= Aligned.LIMIT - 64) {
                        assertTrue(Aligned.offset(len, size, h) != 0, "large buffers are padded: " + what);
                    }
                }
            }
        }
    }

    @Test
    void newArrayBuffersLeadOnlyWhenHumongousAnyway() {
        assumeTrue(Aligned.TEST_LEAD == 0, "zeroj.align.lead forces a lead on every buffer");
        assertEquals(0, Aligned.lead(0, 8));
        assertEquals(0, Aligned.lead(1000, 8));
        assertEquals(0, Aligned.lead(1000, 4));
        for (int n : new int[] {1 << 16, 100_003, 1 << 20, 3_000_001}) {
            for (int size : new int[] {4, 8}) {
                boolean humongous = Aligned.ENABLED && 16 + (long) n * size > Aligned.HUMONGOUS;
                assertEquals(humongous ? (Aligned.LINE - 16) / size : 0, Aligned.lead(n, size), "n=" + n + " size=" + size);
            }
        }
    }

    @Test
    void enabledWheneverThisJvmRunsG1() {
        boolean g1 = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(b -> b.getName().startsWith("G1"));
        assumeTrue(g1 && !"false".equalsIgnoreCase(System.getProperty("zeroj.align")), "not G1, or alignment switched off");
        assertTrue(Aligned.ENABLED, "G1 runs but Aligned did not detect its region size / header layout");
    }

    @Test
    void onThisJvmG1PlacesTheOffsetOnACacheLine() throws Exception {
        assumeTrue(Aligned.ENABLED, "alignment not available on this JVM (not G1, or no jdk.management)");
        // Uncompressed oops so the probe can read object addresses; G1 and the array header are unchanged.
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseG1GC", "-XX:-UseCompressedOops", "-Xmx1g"));
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", classPath(), Probe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.endsWith("aligned 16 of 16"), out);
        } finally {
            p.destroyForcibly();
        }
    }

    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(prop);
            if (v != null && !v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Run in the second JVM: allocates buffers and checks the address of their first aligned element. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field f = unsafeClass.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object u = f.get(null);
            Method getLong = unsafeClass.getMethod("getLong", Object.class, long.class);
            Method baseOffset = unsafeClass.getMethod("arrayBaseOffset", Class.class);
            long slot = ((Number) baseOffset.invoke(u, Object[].class)).longValue();
            long dBase = ((Number) baseOffset.invoke(u, double[].class)).longValue();
            long fBase = ((Number) baseOffset.invoke(u, float[].class)).longValue();
            if (!Aligned.ENABLED) {
                System.out.println("alignment off in the probe JVM");
                System.exit(2);
            }
            Object[] holder = new Object[1];
            List<double[]> keepD = new ArrayList<>();
            List<float[]> keepF = new ArrayList<>();
            // NDArray's own buffers of a humongous size: data from its offset on
            List<Object> arrays = new ArrayList<>();
            Field data = Class.forName("dev.zeroj.ndarray.NDArray").getDeclaredField("data");
            Field offset = Class.forName("dev.zeroj.ndarray.NDArray").getDeclaredField("offset");
            data.setAccessible(true);
            offset.setAccessible(true);
            for (int round = 0; round < 2; round++) {
                for (int n : new int[] {1 << 16, 200_001, 1 << 20}) {
                    keepD.add(Aligned.doubles(n));
                    keepF.add(Aligned.floats(n));
                }
                arrays.add(dev.zeroj.ndarray.np.zeros(new int[] {300, 1001}, dev.zeroj.ndarray.DType.FLOAT64));
                arrays.add(dev.zeroj.ndarray.np.zeros(new int[] {600, 1001}, dev.zeroj.ndarray.DType.FLOAT32));
                System.gc(); // a full collection must not move them off their lines
            }
            int ok = 0;
            int all = 0;
            // every array after both collections (round one's have lived through two)
            for (int i = 0; i < keepD.size(); i++) {
                double[] d = keepD.get(i);
                float[] fl = keepF.get(i);
                holder[0] = d;
                long da = (Long) getLong.invoke(u, holder, slot) + dBase + 8L * Aligned.offset(d);
                holder[0] = fl;
                long fa = (Long) getLong.invoke(u, holder, slot) + fBase + 4L * Aligned.offset(fl);
                ok += (da % Aligned.LINE == 0 ? 1 : 0) + (fa % Aligned.LINE == 0 ? 1 : 0);
                all += 2;
                System.out.println("n=" + d.length + " double at " + da % Aligned.LINE + ", float at " + fa % Aligned.LINE);
            }
            for (Object a : arrays) {
                Object buf = data.get(a);
                holder[0] = buf;
                long at = (Long) getLong.invoke(u, holder, slot) + offset.getInt(a) * (buf instanceof double[] ? 8L : 4L)
                        + (buf instanceof double[] ? dBase : fBase);
                ok += at % Aligned.LINE == 0 ? 1 : 0;
                all++;
                System.out.println("NDArray " + buf.getClass().getSimpleName() + " data at " + at % Aligned.LINE);
            }
            System.out.println("aligned " + ok + " of " + all);
        }
    }
}
