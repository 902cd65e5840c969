package dev.zeroj.ndarray.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.Golden;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.ValueError;
import dev.zeroj.ndarray.np;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Npy} against files written by NumPy (gen_npy.py), round trips and corrupt input. */
class NpyTest {
    private static final Path DIR = Golden.ROOT.resolve("npy");

    @TempDir
    Path tmp;

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> lines(String kind) {
        List<String[]> out = new java.util.ArrayList<>();
        for (String[] l : Golden.area("npy").lines()) {
            if (l[0].equals(kind)) {
                out.add(l);
            }
        }
        assertFalse(out.isEmpty(), "no '" + kind + "' lines in cases.tsv");
        return out;
    }

    private static int[] shapeOf(String s) {
        return s.isEmpty() ? new int[0] : Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static byte[] toNpy(NDArray a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, a);
        return out.toByteArray();
    }

    private static NDArray fromNpy(byte[] b) {
        return Npy.read(new ByteArrayInputStream(b));
    }

    // ---------------------------------------------------------------------------------------------
    // Files written by NumPy
    // ---------------------------------------------------------------------------------------------

    /** Every NumPy-written file: dtype, shape, layout and the raw bytes (from .bin, not from Npy). */
    @Test
    void readsEveryNumpyFile() {
        int checked = 0;
        for (String[] l : lines("file")) {
            String c = l[1];
            Path file = DIR.resolve(c + ".npy");
            NDArray a = Npy.load(file);
            assertEquals(DType.of(l[2]), a.dtype(), c);
            assertArrayEquals(shapeOf(l[3]), a.shape(), c);
            boolean fortran = Boolean.parseBoolean(l[4].toLowerCase());
            if (fortran) {
                assertTrue(a.isFContiguous() && !a.isCContiguous(), c + ": F-contiguous as np.load gives");
            } else {
                assertTrue(a.isCContiguous(), c + ": C-contiguous");
            }
            assertArrayEquals(bytes(DIR.resolve(c + ".bin")), a.tobytes(), c + ": elements");

            // The stream reader consumes exactly the array and gives the same result.
            byte[] file1 = bytes(file);
            byte[] withTail = Arrays.copyOf(file1, file1.length + 3);
            withTail[file1.length] = 42;
            ByteArrayInputStream in = new ByteArrayInputStream(withTail);
            NDArray b = Npy.read(in);
            assertArrayEquals(a.tobytes(), b.tobytes(), c + ": stream");
            assertArrayEquals(a.shape(), b.shape(), c + ": stream shape");
            assertEquals(42, in.read(), c + ": stream left after the array");

            // Java writes exactly what np.save wrote (np.save writes version 1.0, little-endian).
            if (l[5].equals("1.0") && !l[6].equals(">")) {
                assertArrayEquals(file1, toNpy(a), c + ": Java-written bytes differ from NumPy's");
            } else {
                // Re-saved as little-endian 1.0: must equal the little-endian 1.0 twin when there is one.
                Path twin = DIR.resolve(c.replaceAll("_be_", "_le_").replaceAll("_v[23]$", "_v1") + ".npy");
                if (c.matches(".*_[CF]_(le|be)_v\\d") && Files.exists(twin)) {
                    assertArrayEquals(bytes(twin), toNpy(a), c + ": Java-written bytes vs " + twin);
                }
            }
            checked++;
        }
        assertTrue(checked >= 150, "only " + checked + " files");
    }

    /** np.save of arrays that are neither C- nor F-contiguous (written in C order), or both. */
    @Test
    void writesPermutedArraysAsNumpyDoes() {
        for (String[] l : lines("write")) {
            NDArray src = Npy.load(DIR.resolve(l[2] + ".npy"));
            NDArray a = src.transpose(shapeOf(l[3]));
            assertArrayEquals(bytes(DIR.resolve(l[1] + ".npy")), toNpy(a), l[1]);
            Path p = tmp.resolve(l[1] + ".npy");
            Npy.save(p, a);
            assertArrayEquals(bytes(DIR.resolve(l[1] + ".npy")), bytes(p), l[1] + " (save)");
        }
    }

    /** Header bytes for many shapes: alignment to 64, growth padding, large dimensions. */
    @Test
    void headersAreByteIdentical() {
        for (String[] l : lines("header")) {
            byte[] expected = HexFormat.of().parseHex(l[4]);
            boolean fortran = Boolean.parseBoolean(l[2].toLowerCase());
            byte[] actual = Npy.header(DType.of(l[1]), fortran, shapeOf(l[3]));
            assertArrayEquals(expected, actual, String.join(" ", l[1], l[2], l[3]));
            assertEquals(0, actual.length % 64);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Independent of NumPy
    // ---------------------------------------------------------------------------------------------

    /** A big-endian int32 file in Fortran order built by hand, read element by element. */
    @Test
    void readsHandBuiltBigEndianFortranFile() {
        String dict = "{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3), }";
        ByteBuffer b = ByteBuffer.allocate(10 + dict.length() + 1 + 24);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) (dict.length() + 1));
        b.put(dict.getBytes(StandardCharsets.US_ASCII)).put((byte) '\n');
        b.order(ByteOrder.BIG_ENDIAN);
        // Fortran order: element (i, j) is at j * 2 + i; store 10 * i + j - 7.
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 2; i++) {
                b.putInt(10 * i + j - 7);
            }
        }
        NDArray a = fromNpy(b.array());
        assertEquals(DType.INT32, a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertTrue(a.isFContiguous());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(10 * i + j - 7, a.getLong(i, j));
            }
        }
    }

    /** A '=' (native) and an unprefixed descr, and Python 2's long suffix in a 1.0 header. */
    @Test
    void acceptsOtherHeaderSpellings() {
        byte[] data = new byte[16];
        ByteBuffer.wrap(data).order(ByteOrder.nativeOrder()).putDouble(1.5).putDouble(-2.0);
        for (String dict : new String[] {
            "{'descr': '=f8', 'fortran_order': False, 'shape': (2,)}",
            "{\"shape\": (2L,), \"fortran_order\": False, \"descr\": \"f8\"}",
            "  {'descr':'<d','fortran_order':False,'shape':(2 ,) ,}  \n",
        }) {
            byte[] file = withData(raw(dict, 1), data);
            NDArray a = fromNpy(file);
            assertArrayEquals(new double[] {1.5, -2.0}, a.toDoubleArray(), dict);
        }
    }

    /** Java write then Java read, every dtype, several shapes, C, F and strided inputs. */
    @Test
    void roundTrips() {
        int[][] shapes = {{}, {0}, {5}, {2, 0, 3}, {3, 4}, {2, 3, 4}, {1, 1}, {4, 1, 2}};
        for (DType t : DType.values()) {
            for (int[] shape : shapes) {
                int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
                byte[] raw = new byte[n * t.itemSize()];
                new Random(n * 31L + t.ordinal()).nextBytes(raw);
                if (t == DType.BOOL) {
                    for (int i = 0; i < raw.length; i++) {
                        raw[i] &= 1;
                    }
                }
                NDArray c = np.frombuffer(ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN), t).reshape(shape);
                for (NDArray a : new NDArray[] {c, c.T(), shape.length == 3 ? c.transpose(1, 0, 2) : c}) {
                    String what = t + " " + Arrays.toString(a.shape()) + " C=" + a.isCContiguous();
                    NDArray back = fromNpy(toNpy(a));
                    assertEquals(t, back.dtype(), what);
                    assertArrayEquals(a.shape(), back.shape(), what);
                    assertArrayEquals(a.tobytes(), back.tobytes(), what);
                    assertEquals(a.isFContiguous() && !a.isCContiguous(), back.isFContiguous() && !back.isCContiguous(), what);
                }
            }
        }
    }

    /** np.save adds the suffix; np.load reads it back. */
    @Test
    void npSaveAndLoad() {
        NDArray a = np.frombuffer(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6}), DType.UINT8).reshape(2, 3);
        String base = tmp.resolve("x").toString();
        np.save(base, a);
        assertTrue(Files.exists(tmp.resolve("x.npy")));
        NDArray b = np.load(base + ".npy");
        assertArrayEquals(a.tobytes(), b.tobytes());
        assertArrayEquals(new int[] {2, 3}, b.shape());
        Npy.save(tmp.resolve("y.npy"), a.T());
        assertTrue(Npy.load(tmp.resolve("y.npy")).isFContiguous());
        assertThrows(UncheckedIOException.class, () -> Npy.load(tmp.resolve("missing.npy")));
        assertThrows(UncheckedIOException.class, () -> Npy.save(tmp.resolve("no/such/dir.npy"), a));
    }

    // ---------------------------------------------------------------------------------------------
    // Corrupt input
    // ---------------------------------------------------------------------------------------------

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Corrupt files from gen_npy.py: NumPy's message where zeroj claims it, else a ValueError. */
    @Test
    void corruptFilesGiveNumpysErrors() throws IOException {
        int same = 0;
        for (String[] l : lines("error")) {
            Path p = DIR.resolve(l[1] + ".bad");
            ValueError fromStream = assertThrows(ValueError.class, () -> Npy.read(Files.newInputStream(p)), l[1]);
            ValueError fromFile = assertThrows(ValueError.class, () -> Npy.load(p), l[1]);
            assertEquals(fromStream.getMessage(), fromFile.getMessage(), l[1]);
            if (l[1].startsWith("same_")) {
                assertEquals(unescape(l[3]), fromStream.getMessage(), l[1]);
                same++;
            }
        }
        assertTrue(same >= 25, same + " messages compared");
    }

    static byte[] raw(String dict, int version) {
        byte[] h = dict.getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(8 + (version == 1 ? 2 : 4) + h.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) version).put((byte) 0);
        if (version == 1) {
            b.putShort((short) h.length);
        } else {
            b.putInt(h.length);
        }
        return b.put(h).array();
    }

    static byte[] withData(byte[] header, byte[] data) {
        byte[] out = Arrays.copyOf(header, header.length + data.length);
        System.arraycopy(data, 0, out, header.length, data.length);
        return out;
    }

    private void assertValueErrorBoth(byte[] file, String what, String messagePart) throws IOException {
        ValueError e = assertThrows(ValueError.class, () -> fromNpy(file), what);
        assertTrue(e.getMessage().contains(messagePart), what + ": " + e.getMessage());
        Path p = tmp.resolve("bad.npy");
        Files.write(p, file);
        ValueError e2 = assertThrows(ValueError.class, () -> Npy.load(p), what);
        assertTrue(e2.getMessage().contains(messagePart), what + ": " + e2.getMessage());
    }

    /** A truncated copy of a small file at every length fails with a ValueError, stream and file. */
    @Test
    void truncatedAtEveryByte() throws IOException {
        for (String c : new String[] {"float64_C_le_v1", "int32_F_be_v3", "float16_0d", "uint8_empty3"}) {
            byte[] full = bytes(DIR.resolve(c + ".npy"));
            for (int n = 0; n < full.length; n++) {
                byte[] cut = Arrays.copyOf(full, n);
                ValueError e = assertThrows(ValueError.class, () -> fromNpy(cut), c + " cut at " + n);
                assertTrue(e.getMessage().startsWith("EOF: reading ") || e.getMessage().startsWith("Cannot parse header"),
                        c + " cut at " + n + ": " + e.getMessage());
                Path p = tmp.resolve("cut.npy");
                Files.write(p, cut);
                assertThrows(ValueError.class, () -> Npy.load(p), c + " cut at " + n + " (file)");
            }
        }
    }

    /** Sizes that would need terabytes fail at once with a clear message, before any allocation. */
    @Test
    void hugeDeclaredSizesFailFast() throws IOException {
        byte[] ten = new byte[10];
        assertValueErrorBoth(withData(raw("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }", 1), ten),
                "1e12 elements", "too large for zeroj");
        assertValueErrorBoth(withData(raw("{'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536), }", 1), ten),
                "2^32 elements", "too large for zeroj");
        assertValueErrorBoth(withData(raw("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999999,), }", 1), ten),
                "a dimension beyond long", "too large for zeroj");
        assertValueErrorBoth(withData(raw("{'descr': '<f8', 'fortran_order': False, 'shape': (300000000,), }", 1), ten),
                "2.4 GB of float64", "too large for zeroj");
        // Fits zeroj (1.6 GB) but the data is 10 bytes: must fail without allocating 1.6 GB.
        assertValueErrorBoth(withData(raw("{'descr': '<f8', 'fortran_order': False, 'shape': (200000000,), }", 1), ten),
                "1.6 GB declared", "EOF: reading array data, expected 1600000000 bytes got 10");
        // A header length far past the end of the file (4 GB in a version 2.0 file).
        byte[] v2 = raw("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", 2);
        ByteBuffer.wrap(v2).order(ByteOrder.LITTLE_ENDIAN).putInt(8, -1);
        assertValueErrorBoth(v2, "header length 2^32-1", "Header info length (4294967295) is large");
        byte[] v1 = raw("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", 1);
        ByteBuffer.wrap(v1).order(ByteOrder.LITTLE_ENDIAN).putShort(8, (short) 5000);
        assertValueErrorBoth(v1, "header length past EOF", "EOF: reading array header, expected 5000 bytes got");
    }

    /** Headers that are not what zeroj can read. */
    @Test
    void badHeaders() throws IOException {
        String[][] cases = {
            {"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", "Object arrays cannot be loaded"},
            {"{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }", "structured dtypes"},
            {"{'descr': '>c8', 'fortran_order': False, 'shape': (1,), }", "not a valid dtype descriptor for zeroj"},
            {"{'descr': 'F4', 'fortran_order': False, 'shape': (1,), }", "not a valid dtype descriptor for zeroj"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), ", "Cannot parse header"},
            {"{'descr': '<f8' 'fortran_order': False, 'shape': (1,)}", "Cannot parse header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,)} x", "Cannot parse header"},
            {"{'descr': '<f8', 'fortran_order': false, 'shape': (1,)}", "Cannot parse header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (01,)}", "Cannot parse header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}\u0000", "Cannot parse header"},
            {"(" .repeat(5000) + ")".repeat(5000), "Cannot parse header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': ((1,),)}", "shape is not valid"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'shape': (2, -1)}", "negative dimensions"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (" + "1, ".repeat(65) + ")}", "maximum supported dimension"},
            {"", "Cannot parse header"},
        };
        for (String[] c : cases) {
            assertValueErrorBoth(withData(raw(c[0], 1), new byte[64]), c[0], c[1]);
        }
    }

    /**
     * Random mutations of valid files and of header text (fixed seed): only ValueError may escape,
     * never an OutOfMemoryError, IndexOutOfBoundsException or a hang.
     */
    @Test
    void fuzz() {
        Random r = new Random(12345);
        List<byte[]> seeds = new java.util.ArrayList<>();
        for (String c : new String[] {"float64_C_le_v1", "int32_F_be_v2", "float16_0d", "bool_empty3",
                                      "uint8_C_le_v3", "int64_4d_F"}) {
            seeds.add(bytes(DIR.resolve(c + ".npy")));
        }
        String[] tokens = {"{", "}", "(", ")", "[", "]", ",", ":", " ", "'descr'", "'shape'", "'fortran_order'",
            "'<f8'", "'>i4'", "'|b1'", "'|O'", "True", "False", "None", "0", "1", "-1", "99999999999999999999",
            "2147483647", "65536", "'", "\"", "\\", "1.5", "L", "\n", "x"};
        int read = 0;
        for (int iter = 0; iter < 4000; iter++) {
            byte[] b;
            if (iter % 2 == 0) {
                b = seeds.get(r.nextInt(seeds.size())).clone();
                int edits = 1 + r.nextInt(4);
                for (int e = 0; e < edits; e++) {
                    int pos = r.nextInt(Math.min(b.length, r.nextBoolean() ? 128 : b.length));
                    switch (r.nextInt(4)) {
                        case 0: b[pos] = (byte) r.nextInt(256); break;
                        case 1: b[pos] ^= (byte) (1 << r.nextInt(8)); break;
                        case 2: b = Arrays.copyOf(b, pos); break;
                        default: b[pos] = (byte) "(),:'{} 0123456789-".charAt(r.nextInt(19));
                    }
                    if (b.length == 0) {
                        break;
                    }
                }
            } else {
                StringBuilder h = new StringBuilder(r.nextBoolean() ? "{'descr': '<f8', 'fortran_order': False, 'shape': " : "");
                int n = r.nextInt(20);
                for (int i = 0; i < n; i++) {
                    h.append(tokens[r.nextInt(tokens.length)]);
                }
                byte[] data = new byte[r.nextInt(40)];
                b = withData(raw(h.toString(), 1 + r.nextInt(3)), data);
            }
            try {
                NDArray a = fromNpy(b);
                assertTrue(a.size() * (long) a.itemsize() <= b.length);
                read++;
            } catch (ValueError expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            } catch (RuntimeException | Error other) {
                fail("iteration " + iter + ": " + other + " for " + HexFormat.of().formatHex(b), other);
            }
        }
        assertTrue(read > 30, "the fuzzer should also produce readable files, got " + read);
    }

    /** The stream is read in bounded pieces: a slow stream handing out one byte at a time works. */
    @Test
    void readsFromTricklingStream() {
        byte[] file = bytes(DIR.resolve("float64_C_le_v2.npy"));
        InputStream slow = new ByteArrayInputStream(file) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        NDArray a = Npy.read(slow);
        assertArrayEquals(bytes(DIR.resolve("float64_C_le_v2.bin")), a.tobytes());
    }
}
