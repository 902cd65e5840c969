package dev.zeroj.ndarray.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of {@code ndarray/src/test/python/twins.py}: the float kernel classes generated from
 * their hand-written double sources, checked to be current. Re-does the generator's transformation
 * (on every line that does not say "generated from", each (old, new) pair replaced in order; one
 * header line prepended) and compares it with the committed float file; likewise for a float section
 * generated inside the class of its double section ({@link #assertSectionCurrent}).
 */
public final class Twins {
    private Twins() {}

    /** The float twin of {@code src} (the source of {@code sourceName}.java) as {@code generator} writes it. */
    public static String floatTwin(String src, String sourceName, String generator, String... pairs) {
        StringBuilder sb = new StringBuilder("// GENERATED from " + sourceName + ".java by ndarray/src/test/python/"
                + generator + "; do not edit.\n");
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            sb.append(twinLine(lines[i], pairs));
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String twinLine(String l, String... pairs) {
        if (!l.contains("generated from")) {
            for (int p = 0; p < pairs.length; p += 2) {
                l = l.replace(pairs[p], pairs[p + 1]);
            }
        }
        return l;
    }

    /** The start of a hand-written double section (twins.py's DOUBLE_BEGIN). */
    static final String DOUBLE_BEGIN =
            "// ---- double twins (hand-written; the float twins below are generated from them) ----";
    /** The end of the double section. */
    static final String DOUBLE_END = "// ---- end double twins ----";

    /** The start of the generated section of {@code type} (twins.py's section_begin). */
    static String sectionBegin(String type) {
        return "// ---- " + type + " twins: generated from the double twins above by ndarray/src/test/python/";
    }

    /** The end of the generated section of {@code type}. */
    static String sectionEnd(String type) {
        return "// ---- end " + type + " twins ----";
    }

    private static int marker(List<String> lines, String text, Path file) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(text)) {
                assertEquals(-1, at, file + ": two lines start with " + text);
                at = i;
            }
        }
        assertNotEquals(-1, at, file + ": no line starts with " + text);
        return at;
    }

    /**
     * Fails unless the float section of {@code file} (the lines between {@code sectionBegin("float")}
     * and {@code sectionEnd("float")}) is exactly the float twin of its double section (between
     * {@link #DOUBLE_BEGIN} and {@link #DOUBLE_END}), as {@code twins.float_section} writes it.
     */
    public static void assertSectionCurrent(Path file, String generator, String... pairs) throws IOException {
        assertTypeSectionCurrent(file, "float", generator, pairs);
    }

    /** {@link #assertSectionCurrent} for the section of {@code type} ({@code twins.twin_section}). */
    public static void assertTypeSectionCurrent(Path file, String type, String generator, String... pairs)
            throws IOException {
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        int db = marker(lines, DOUBLE_BEGIN, file), de = marker(lines, DOUBLE_END, file);
        int fb = marker(lines, sectionBegin(type), file), fe = marker(lines, sectionEnd(type), file);
        assertTrue(db < de && de < fb && fb < fe, file + ": want the double section, then the " + type + " section");
        List<String> doubles = lines.subList(db + 1, de);
        assertTrue(doubles.stream().anyMatch(l -> l.contains("double")), file + ": empty double section");
        List<String> expected = new ArrayList<>();
        for (String l : doubles) {
            expected.add(twinLine(l, pairs));
        }
        assertEquals(String.join("\n", expected), String.join("\n", lines.subList(fb + 1, fe)),
                file.getFileName() + "'s " + type + " section is stale: run python3 ndarray/src/test/python/" + generator);
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
