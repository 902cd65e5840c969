package dev.zeroj.ndarray.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict parser for the Python literals that appear in a {@code .npy} header (what
 * {@code ast.literal_eval} would accept there), and Python's {@code repr} of the parsed values.
 *
 * <p>Values map to Java as: {@code str} → {@link String}, {@code int} → {@link BigInteger},
 * {@code float} → {@link Double}, {@code True}/{@code False} → {@link Boolean}, {@code None} →
 * {@link #NONE}, tuple → {@link Tuple}, list → {@link PyList}, dict → {@link LinkedHashMap}.
 * Nesting is limited to {@value #MAX_DEPTH} levels so that hostile input cannot overflow the stack.
 * Package-private: used by {@link Npy}.
 */
final class PyLiteral {
    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** Deepest nesting of brackets accepted. */
    static final int MAX_DEPTH = 32;

    /** A Python tuple. */
    static final class Tuple {
        final List<Object> items;

        Tuple(List<Object> items) {
            this.items = Collections.unmodifiableList(items);
        }
    }

    /** A Python list. */
    static final class PyList {
        final List<Object> items;

        PyList(List<Object> items) {
            this.items = Collections.unmodifiableList(items);
        }
    }

    /** The literal is not one this parser accepts. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    private final String s;
    private final boolean allowLongSuffix;
    private int pos;

    private PyLiteral(String s, boolean allowLongSuffix) {
        this.s = s;
        this.allowLongSuffix = allowLongSuffix;
    }

    /**
     * Parses one literal filling all of {@code text} (surrounding whitespace allowed).
     *
     * @param allowLongSuffix accept Python 2's {@code 3L} integers (NumPy does for format 1.0 and 2.0)
     * @throws SyntaxError if the text is not a single literal of the supported kinds
     */
    static Object parse(String text, boolean allowLongSuffix) throws SyntaxError {
        PyLiteral p = new PyLiteral(text, allowLongSuffix);
        p.skipSpace();
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private SyntaxError error(String what) {
        return new SyntaxError(what + " at position " + pos);
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else {
                break;
            }
        }
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > MAX_DEPTH) {
            throw error("nesting too deep");
        }
        if (pos >= s.length()) {
            throw error("unexpected end of text");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '\'':
            case '"':
                return string();
            case '(':
                return sequence(')', depth);
            case '[':
                return sequence(']', depth);
            case '{':
                return dict(depth);
            default:
                if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
                    return number();
                }
                if (Character.isLetter(c) || c == '_') {
                    return name();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Object name() throws SyntaxError {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        String n = s.substring(start, pos);
        switch (n) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return NONE;
            default:
                pos = start;
                throw error("unexpected name '" + n + "'");
        }
    }

    private Object number() throws SyntaxError {
        int start = pos;
        boolean negative = false;
        if (s.charAt(pos) == '-' || s.charAt(pos) == '+') {
            negative = s.charAt(pos) == '-';
            pos++;
            skipSpace();
        }
        int digits = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
            pos++;
        }
        boolean isFloat = false;
        if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            isFloat = true;
            while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }
        String body = s.substring(digits, pos);
        if (body.isEmpty() || pos - digits > 400) {
            pos = start;
            throw error("malformed number");
        }
        if (isFloat) {
            try {
                double d = Double.parseDouble(body);
                return negative ? -d : d;
            } catch (NumberFormatException e) {
                pos = start;
                throw error("malformed number");
            }
        }
        if (body.length() > 1 && body.charAt(0) == '0') {
            pos = start;
            throw error("leading zeros in a decimal integer");
        }
        if (allowLongSuffix && pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
            pos++;
        }
        if (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            throw error("malformed number");
        }
        BigInteger v = new BigInteger(body);
        return negative ? v.negate() : v;
    }

    private String string() throws SyntaxError {
        char quote = s.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos++);
            if (c == quote) {
                return b.toString();
            }
            if (c == '\n' || c == '\r') {
                throw error("line break in a string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '\\': b.append('\\'); break;
                case '\'': b.append('\''); break;
                case '"': b.append('"'); break;
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case '0': b.append('\0'); break;
                case 'x': {
                    if (pos + 2 > s.length()) {
                        throw error("truncated \\x escape");
                    }
                    int hi = Character.digit(s.charAt(pos), 16);
                    int lo = Character.digit(s.charAt(pos + 1), 16);
                    if (hi < 0 || lo < 0) {
                        throw error("bad \\x escape");
                    }
                    b.append((char) (hi * 16 + lo));
                    pos += 2;
                    break;
                }
                default:
                    throw error("unsupported escape '\\" + e + "'");
            }
        }
    }

    /** A tuple, list, or a parenthesised single value. */
    private Object sequence(char close, int depth) throws SyntaxError {
        pos++; // opening bracket
        List<Object> items = new ArrayList<>();
        boolean sawComma = false;
        skipSpace();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated " + (close == ')' ? "tuple" : "list"));
            }
            if (s.charAt(pos) == close) {
                pos++;
                break;
            }
            items.add(value(depth + 1));
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                sawComma = true;
                skipSpace();
            } else if (pos < s.length() && s.charAt(pos) == close) {
                pos++;
                break;
            } else {
                throw error("expected ',' or '" + close + "'");
            }
        }
        if (close == ']') {
            return new PyList(items);
        }
        if (items.size() == 1 && !sawComma) {
            return items.get(0); // (x) is just x
        }
        return new Tuple(items);
    }

    private Map<Object, Object> dict(int depth) throws SyntaxError {
        pos++; // '{'
        Map<Object, Object> d = new LinkedHashMap<>();
        skipSpace();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated dict");
            }
            if (s.charAt(pos) == '}') {
                pos++;
                return d;
            }
            Object key = value(depth + 1);
            if (key instanceof PyList || key instanceof Map) {
                throw error("unhashable dict key");
            }
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != ':') {
                throw error("expected ':'");
            }
            pos++;
            skipSpace();
            Object v = value(depth + 1);
            d.put(keyOf(key), v); // a repeated key keeps its first place and takes the last value
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                skipSpace();
            } else if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return d;
            } else {
                throw error("expected ',' or '}'");
            }
        }
    }

    /** Keys are compared by their repr (tuples have no value equality here). */
    private static Object keyOf(Object key) {
        return key instanceof String ? key : new ReprKey(key);
    }

    /** A non-string dict key, compared by its Python repr. */
    static final class ReprKey {
        final Object value;

        ReprKey(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReprKey && repr(value).equals(repr(((ReprKey) o).value));
        }

        @Override
        public int hashCode() {
            return repr(value).hashCode();
        }
    }

    /** Python's {@code repr} of a parsed value, truncated to keep error messages readable. */
    static String repr(Object v) {
        StringBuilder b = new StringBuilder();
        repr(v, b);
        return b.length() > 300 ? b.substring(0, 300) + "..." : b.toString();
    }

    private static void repr(Object v, StringBuilder b) {
        if (b.length() > 300) {
            return;
        }
        if (v instanceof ReprKey) {
            repr(((ReprKey) v).value, b);
        } else if (v instanceof String) {
            reprString((String) v, b);
        } else if (v instanceof Boolean) {
            b.append((Boolean) v ? "True" : "False");
        } else if (v instanceof Double) {
            double d = (Double) v;
            b.append(Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : Double.toString(d));
        } else if (v instanceof Tuple) {
            List<Object> items = ((Tuple) v).items;
            b.append('(');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                repr(items.get(i), b);
            }
            b.append(items.size() == 1 ? ",)" : ")");
        } else if (v instanceof PyList) {
            List<Object> items = ((PyList) v).items;
            b.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                repr(items.get(i), b);
            }
            b.append(']');
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                repr(e.getKey(), b);
                b.append(": ");
                repr(e.getValue(), b);
            }
            b.append('}');
        } else {
            b.append(v); // BigInteger, None
        }
    }

    /** Python's repr of a str: single quotes unless the text has ' and no ". */
    static void reprString(String v, StringBuilder b) {
        char q = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        b.append(q);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 32 || c == 127 || (c >= 128 && c < 0xa0)) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append(q);
    }

    /** Python's repr of a bytes object, e.g. {@code b'\x93NUMPY'}. */
    static String reprBytes(byte[] v, int n) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            hasSingle |= v[i] == '\'';
            hasDouble |= v[i] == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == q || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 32 || c >= 127) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(q).toString();
    }
}
