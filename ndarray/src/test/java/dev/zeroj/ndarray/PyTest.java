package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Py} against Python's own texts ({@code py.tsv} and {@code float64.tsv} from {@code gen_printing.py}). */
class PyTest {
    private static final Path DIR = Golden.ROOT.resolve("printing");

    private static List<String[]> rows(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(DIR.resolve("py.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t", -1);
            if (f[0].equals(kind)) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void shapesPrintAsPythonTuples() throws IOException {
        List<String[]> rows = rows("shape");
        assertTrue(rows.size() >= 6);
        for (String[] f : rows) {
            int[] shape = f[1].isEmpty() ? new int[0]
                    : java.util.Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray();
            assertEquals(f[2], Py.str(shape), "shape " + f[1]);
            assertEquals(f[2], Py.str((Object) shape), "shape as Object " + f[1]);
        }
    }

    @Test
    void doubleArraysPrintAsPythonLists() throws IOException {
        List<String[]> rows = rows("list");
        assertTrue(rows.size() >= 4);
        for (String[] f : rows) {
            double[] v = f[1].isEmpty() ? new double[0] : java.util.Arrays.stream(f[1].split(","))
                    .mapToDouble(h -> Double.longBitsToDouble(Long.parseUnsignedLong(h, 16))).toArray();
            assertEquals(f[2], Py.str(v), "list " + f[1]);
        }
    }

    /** The values printed here are the ones the generator passes to Python's print(). */
    @Test
    void printLinesMatchPython() throws IOException {
        List<String[]> rows = rows("print");
        assertEquals(3, rows.size());
        assertEquals(rows.get(0)[2], Py.join("Accuracy:" + Py.str(0.9352)));
        assertEquals(rows.get(1)[2], Py.join("loss", 2.302585092994046, 1e-07, 3, true, null, new int[] {784}, 0.1f));
        assertEquals(rows.get(2)[2], Py.join());

        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            Py.print("loss", 2.302585092994046, 1e-07, 3, true, null, new int[] {784}, 0.1f);
        } finally {
            System.setOut(old);
        }
        assertEquals(rows.get(1)[2] + System.lineSeparator(), buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void floatsAreReprEverywhere() throws IOException {
        int n = 0;
        for (String l : Files.readAllLines(DIR.resolve("float64.tsv"), StandardCharsets.UTF_8)) {
            if (l.isEmpty() || n++ % 7 != 0) {
                continue;
            }
            String[] f = l.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertEquals(f[1], Py.repr(x));
            assertEquals(f[1], Py.str(x));
            assertEquals(f[1], Py.str((Object) x));
        }
        for (String l : Files.readAllLines(DIR.resolve("float32.tsv"), StandardCharsets.UTF_8)) {
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\t");
            float x = Float.intBitsToFloat((int) Long.parseLong(f[0], 16));
            assertEquals(f[1], Py.reprFloat32(x));
            assertEquals(f[1], Py.str(x));
            assertEquals(f[1], Py.str((Object) x));
        }
    }

    @Test
    void arraysPrintAsNumpyStr() {
        Golden g = Golden.area("printing");
        for (String[] f : g.lines()) {
            if (f[1].equals("-") && f[0].startsWith("book")) {
                assertEquals(ArrayPrinterTest.unescape(f[2]), Py.str(g.load(f[0], "a")));
            }
        }
    }
}
