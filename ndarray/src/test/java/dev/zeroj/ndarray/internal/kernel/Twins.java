package dev.zeroj.ndarray.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Java side of {@code ndarray/src/test/python/twins.py}: the float kernel classes generated from
 * their hand-written double sources, checked to be current. Re-does the generator's transformation
 * (on every line that does not say "generated from", each (old, new) pair replaced in order; one
 * header line prepended) and compares it with the committed float file.
 */
public final class Twins {
    private Twins() {}

    /** The float twin of {@code src} (the source of {@code sourceName}.java) as {@code generator} writes it. */
    public static String floatTwin(String src, String sourceName, String generator, String... pairs) {
        StringBuilder sb = new StringBuilder("// GENERATED from " + sourceName + ".java by ndarray/src/test/python/"
                + generator + "; do not edit.\n");
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.contains("generated from")) {
                for (int p = 0; p < pairs.length; p += 2) {
                    l = l.replace(pairs[p], pairs[p + 1]);
                }
            }
            sb.append(l);
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Fails unless {@code dir/floatName.java} is exactly the float twin of {@code dir/doubleName.java}
     * (and differs from it).
     */
    public static void assertCurrent(Path dir, String doubleName, String floatName, String generator, String... pairs)
            throws IOException {
        String d = Files.readString(dir.resolve(doubleName + ".java"), StandardCharsets.UTF_8);
        String f = Files.readString(dir.resolve(floatName + ".java"), StandardCharsets.UTF_8);
        assertNotEquals(d, f);
        assertEquals(floatTwin(d, doubleName, generator, pairs), f,
                floatName + ".java is stale: run python3 ndarray/src/test/python/" + generator);
    }
}
