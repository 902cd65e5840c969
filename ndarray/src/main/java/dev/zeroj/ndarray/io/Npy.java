package dev.zeroj.ndarray.io;

import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.ValueError;
import dev.zeroj.ndarray.np;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * NumPy's {@code .npy} format (NEP 1), versions 1.0, 2.0 and 3.0: one array per file, a
 * short text header (a Python dict literal giving {@code descr}, {@code fortran_order} and
 * {@code shape}) and then the raw element bytes.
 *
 * <p>Reading accepts the seven zeroj dtypes in either byte order and C or Fortran order. Every
 * header field and length is checked before anything is allocated: a corrupt, hostile or truncated
 * file gives a {@link ValueError} with a message in NumPy's words, never an OutOfMemoryError or a
 * hang. Writing produces exactly the bytes {@code np.save} writes for the same array.
 *
 * <pre>{@code
 * Npy.save(Path.of("w.npy"), w);          // np.save('w.npy', w)
 * NDArray w2 = Npy.load(Path.of("w.npy")); // w2 = np.load('w.npy')
 * }</pre>
 */
public final class Npy {
    private Npy() {}

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAGIC_LEN = MAGIC.length + 2;
    private static final int ARRAY_ALIGN = 64;
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    /** NumPy's {@code _MAX_HEADER_SIZE}: longer headers are refused (in characters). */
    static final int MAX_HEADER_CHARS = 10000;
    /** A header longer than this many bytes is refused before it is read. */
    static final int MAX_HEADER_BYTES = 4 * MAX_HEADER_CHARS;
    /** NumPy's {@code NPY_MAXDIMS}. */
    static final int MAX_DIMS = 64;
    /** The largest byte count zeroj reads into one array (the limit of a Java array). */
    static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 8;
    /** Data from a stream of unknown length is read in pieces growing from this size. */
    private static final int FIRST_CHUNK = 1 << 16;

    // ---------------------------------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------------------------------

    /**
     * Reads the array in a {@code .npy} file ({@code np.load(file)}). The result is a new array that
     * owns its data; a Fortran-order file gives an F-contiguous array, as NumPy's does.
     *
     * @throws ValueError if the file is not a valid {@code .npy} file, is truncated, holds a dtype
     *     zeroj does not have (objects, structured or other numeric types), or an array too large
     *     for zeroj
     * @throws UncheckedIOException if the file cannot be read
     */
    public static NDArray load(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            InputStream in = java.nio.channels.Channels.newInputStream(ch);
            return read(in, ch.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one {@code .npy} array from {@code in}, consuming exactly its bytes: the stream is left
     * just after the array's data and is not closed. The data is read in bounded pieces, so a header
     * that claims more data than the stream holds fails when the stream ends, without first
     * allocating the claimed size.
     *
     * @throws ValueError if the bytes are not a valid {@code .npy} array or end too early (see
     *     {@link #load(Path)})
     * @throws UncheckedIOException if reading fails
     */
    public static NDArray read(InputStream in) {
        try {
            return read(in, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code available}: bytes left in {@code in}, or -1 if unknown. */
    private static NDArray read(InputStream in, long available) throws IOException {
        Header h = readHeader(in);
        long nbytes = h.count * h.dtype.itemSize();
        byte[] data;
        if (available >= 0) {
            long left = Math.max(0, available - h.headerBytes);
            if (left < nbytes) {
                throw eof("array data", nbytes, left);
            }
            data = readExactly(in, (int) nbytes, "array data");
        } else {
            data = readGrowing(in, (int) nbytes);
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(h.order);
        NDArray flat = np.frombuffer(buf, h.dtype);
        if (h.fortranOrder) {
            int[] reversed = new int[h.shape.length];
            for (int i = 0; i < reversed.length; i++) {
                reversed[i] = h.shape[h.shape.length - 1 - i];
            }
            return flat.reshape(reversed).T();
        }
        return flat.reshape(h.shape);
    }

    /** What a header declares, checked. */
    private static final class Header {
        DType dtype;
        ByteOrder order;
        boolean fortranOrder;
        int[] shape;
        long count;
        /** Bytes from the start of the file to the first data byte. */
        long headerBytes;
    }

    private static Header readHeader(InputStream in) throws IOException {
        byte[] magic = readExactly(in, MAGIC_LEN, "magic string");
        if (!Arrays.equals(Arrays.copyOf(magic, MAGIC.length), MAGIC)) {
            throw new ValueError("the magic string is not correct; expected "
                    + PyLiteral.reprBytes(MAGIC, MAGIC.length) + ", got "
                    + PyLiteral.reprBytes(magic, MAGIC.length));
        }
        int major = magic[6] & 0xff;
        int minor = magic[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw new ValueError("we only support format version (1,0), (2,0), and (3,0), not ("
                    + major + ", " + minor + ")");
        }
        int lenBytes = major == 1 ? 2 : 4;
        ByteBuffer lb = ByteBuffer.wrap(readExactly(in, lenBytes, "array header length"))
                .order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = major == 1 ? (lb.getShort() & 0xffff) : (lb.getInt() & 0xffffffffL);
        if (headerLen > MAX_HEADER_BYTES) {
            throw tooLongHeader(headerLen);
        }
        byte[] raw = readExactly(in, (int) headerLen, "array header");
        String text;
        if (major == 3) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new ValueError("'utf-8' codec can't decode the array header", e);
            }
        } else {
            text = new String(raw, StandardCharsets.ISO_8859_1);
        }
        if (text.length() > MAX_HEADER_CHARS) {
            throw tooLongHeader(text.length());
        }
        Header h = parseHeader(text, major <= 2);
        h.headerBytes = MAGIC_LEN + lenBytes + headerLen;
        return h;
    }

    private static ValueError tooLongHeader(long length) {
        return new ValueError("Header info length (" + length
                + ") is large and may not be safe to load securely.");
    }

    /** Parses and checks the header dict, with NumPy's messages. */
    static Header parseHeader(String text, boolean allowLongSuffix) {
        Object parsed;
        try {
            parsed = PyLiteral.parse(text, allowLongSuffix);
        } catch (PyLiteral.SyntaxError e) {
            StringBuilder b = new StringBuilder("Cannot parse header: ");
            PyLiteral.reprString(text.length() > 300 ? text.substring(0, 300) + "..." : text, b);
            throw new ValueError(b.toString() + " (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof java.util.Map)) {
            throw new ValueError("Header is not a dictionary: " + PyLiteral.repr(parsed));
        }
        java.util.Map<?, ?> d = (java.util.Map<?, ?>) parsed;
        if (d.size() != 3 || !d.containsKey("descr") || !d.containsKey("fortran_order")
                || !d.containsKey("shape")) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (Object k : d.keySet()) {
                keys.add(PyLiteral.repr(k));
            }
            java.util.Collections.sort(keys);
            throw new ValueError("Header does not contain the correct keys: ["
                    + String.join(", ", keys) + "]");
        }
        Header h = new Header();
        h.shape = parseShape(d.get("shape"));
        Object fo = d.get("fortran_order");
        if (!(fo instanceof Boolean)) {
            throw new ValueError("fortran_order is not a valid bool: " + PyLiteral.repr(fo));
        }
        h.fortranOrder = (Boolean) fo;
        parseDescr(d.get("descr"), h);
        long count = 1;
        for (int n : h.shape) {
            count *= n; // each factor < 2^31 and the running product is checked below
            if (count > Integer.MAX_VALUE) {
                throw tooLarge(d.get("shape"));
            }
        }
        if (count * h.dtype.itemSize() > MAX_DATA_BYTES) {
            throw tooLarge(d.get("shape"));
        }
        h.count = count;
        return h;
    }

    private static int[] parseShape(Object shape) {
        if (!(shape instanceof PyLiteral.Tuple)) {
            throw new ValueError("shape is not valid: " + PyLiteral.repr(shape));
        }
        java.util.List<Object> items = ((PyLiteral.Tuple) shape).items;
        for (Object x : items) {
            if (!(x instanceof java.math.BigInteger) && !(x instanceof Boolean)) {
                throw new ValueError("shape is not valid: " + PyLiteral.repr(shape));
            }
        }
        if (items.size() > MAX_DIMS) {
            throw new ValueError("maximum supported dimension for an ndarray is currently "
                    + MAX_DIMS + ", found " + items.size());
        }
        int[] dims = new int[items.size()];
        boolean tooLarge = false;
        for (int i = 0; i < dims.length; i++) {
            Object x = items.get(i);
            java.math.BigInteger v = x instanceof Boolean
                    ? ((Boolean) x ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO)
                    : (java.math.BigInteger) x;
            if (v.signum() < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            if (v.bitLength() > 31) {
                tooLarge = true;
            } else {
                dims[i] = v.intValue();
            }
        }
        if (tooLarge) {
            throw tooLarge(shape);
        }
        return dims;
    }

    private static ValueError tooLarge(Object shape) {
        return new ValueError("array is too large for zeroj: shape " + PyLiteral.repr(shape)
                + " needs more than " + Integer.MAX_VALUE + " elements or " + MAX_DATA_BYTES
                + " bytes");
    }

    /** Sets the dtype and byte order from {@code descr}. */
    private static void parseDescr(Object descr, Header h) {
        if (descr instanceof PyLiteral.PyList) {
            throw new ValueError("structured dtypes are not supported by zeroj: descr "
                    + PyLiteral.repr(descr));
        }
        if (!(descr instanceof String)) {
            throw new ValueError("descr is not a valid dtype descriptor: " + PyLiteral.repr(descr));
        }
        String s = (String) descr;
        String code = s;
        ByteOrder order = ByteOrder.nativeOrder();
        if (!s.isEmpty() && "<>|=".indexOf(s.charAt(0)) >= 0) {
            code = s.substring(1);
            if (s.charAt(0) == '<') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (s.charAt(0) == '>') {
                order = ByteOrder.BIG_ENDIAN;
            }
        }
        DType t = dtypeOf(code);
        if (t == null) {
            if (code.equals("O") || code.startsWith("O") && code.length() == 2) {
                throw new ValueError("Object arrays cannot be loaded: zeroj does not read pickled"
                        + " Python objects (descr " + PyLiteral.repr(descr) + ")");
            }
            throw new ValueError("descr is not a valid dtype descriptor for zeroj: "
                    + PyLiteral.repr(descr)
                    + " (zeroj has bool, uint8, int32, int64, float16, float32 and float64)");
        }
        h.dtype = t;
        h.order = order;
    }

    /** The zeroj dtype for a NumPy type code or name without byte-order prefix, or null. */
    private static DType dtypeOf(String code) {
        switch (code) {
            case "b1": case "?": case "bool":
                return DType.BOOL;
            case "u1": case "B": case "uint8":
                return DType.UINT8;
            case "i4": case "i": case "int32":
                return DType.INT32;
            case "i8": case "l": case "q": case "int64":
                return DType.INT64;
            case "f2": case "e": case "float16":
                return DType.FLOAT16;
            case "f4": case "f": case "float32":
                return DType.FLOAT32;
            case "f8": case "d": case "float64":
                return DType.FLOAT64;
            default:
                return null;
        }
    }

    private static ValueError eof(String what, long expected, long got) {
        return new ValueError("EOF: reading " + what + ", expected " + expected + " bytes got " + got);
    }

    /** Reads exactly {@code n} bytes, {@code n} already checked to be reasonable. */
    private static byte[] readExactly(InputStream in, int n, String what) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int r = in.read(b, got, n - got);
            if (r < 0) {
                throw eof(what, n, got);
            }
            got += r;
        }
        return b;
    }

    /**
     * Reads exactly {@code n} bytes into a buffer that grows (doubling) only as data arrives, so a
     * false length costs at most twice the bytes really present.
     */
    private static byte[] readGrowing(InputStream in, int n) throws IOException {
        byte[] b = new byte[Math.min(n, FIRST_CHUNK)];
        int got = 0;
        while (got < n) {
            if (got == b.length) {
                b = Arrays.copyOf(b, (int) Math.min(n, 2L * b.length));
            }
            int r = in.read(b, got, b.length - got);
            if (r < 0) {
                throw eof("array data", n, got);
            }
            got += r;
        }
        return b;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------------

    /**
     * Writes {@code a} to {@code file} as NumPy's {@code np.save(file, a)} does (the file name is
     * used as given), replacing any existing file. The bytes are identical to NumPy's: format 1.0,
     * little-endian data, Fortran order when {@code a} is F-contiguous but not C-contiguous, else C
     * order.
     *
     * @throws UncheckedIOException if the file cannot be written
     * @throws ValueError if the array has more than 2147483639 bytes (a Java array's limit)
     */
    public static void save(Path file, NDArray a) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeTo(out, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code a} in {@code .npy} format to {@code out} (see {@link #save(Path, NDArray)}); the
     * stream is flushed but not closed.
     *
     * @throws UncheckedIOException if writing fails
     * @throws ValueError if the array has more than 2147483639 bytes (a Java array's limit)
     */
    public static void write(OutputStream out, NDArray a) {
        try {
            writeTo(out, a);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(OutputStream out, NDArray a) throws IOException {
        if (a.nbytes() > MAX_DATA_BYTES) {
            throw new ValueError("array is too large for zeroj's .npy writer: " + a.nbytes()
                    + " bytes, at most " + MAX_DATA_BYTES + " are supported");
        }
        boolean fortran = !a.isCContiguous() && a.isFContiguous();
        out.write(header(a.dtype(), fortran, a.shape()));
        out.write(fortran ? a.tobytes('F') : a.tobytes());
    }

    /** The magic string, header length and padded header, as NumPy 2.4 writes them. */
    static byte[] header(DType dtype, boolean fortranOrder, int[] shape) {
        StringBuilder d = new StringBuilder("{'descr': '").append(dtype.descr())
                .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
                .append(", 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            d.append(i > 0 ? ", " : "").append(shape[i]);
        }
        d.append(shape.length == 1 ? ",), }" : "), }");
        if (shape.length > 0) {
            // Room for the growing axis to be rewritten in place (NumPy's GROWTH_AXIS_MAX_DIGITS).
            int growing = shape[fortranOrder ? shape.length - 1 : 0];
            d.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(growing).length()));
        }
        byte[] text = d.toString().getBytes(StandardCharsets.ISO_8859_1);
        int hlen = text.length + 1;
        int major = 1;
        int lenBytes = 2;
        int padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenBytes + hlen) % ARRAY_ALIGN);
        if (hlen + padlen > 0xffff) {
            major = 2;
            lenBytes = 4;
            padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenBytes + hlen) % ARRAY_ALIGN);
        }
        ByteBuffer b = ByteBuffer.allocate(MAGIC_LEN + lenBytes + hlen + padlen)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) major).put((byte) 0);
        if (lenBytes == 2) {
            b.putShort((short) (hlen + padlen));
        } else {
            b.putInt(hlen + padlen);
        }
        b.put(text);
        for (int i = 0; i < padlen; i++) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }
}
