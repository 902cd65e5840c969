package dev.zeroj.ndarray;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses NumPy's index spelling (what goes between the brackets of {@code x[...]}) into
 * {@link Index} entries.
 *
 * <pre>
 * index := item (',' item)* [',']
 * item  := '...' | none | int | [bound] ':' [bound] [':' [bound]]
 * none  := 'None' | 'np.newaxis' | 'numpy.newaxis' | 'newaxis'
 * bound := int | none                           (None as a bound means omitted, as in Python)
 * int   := ['+' | '-'] digits ('_' digits)*     (spaces allowed between tokens, as in Python)
 * </pre>
 *
 * <p>A malformed string is a {@link ValueError} naming the column and the unexpected text; a zero
 * step is Python's {@code slice step cannot be zero}.
 */
final class IndexParser {
    private final String s;
    private int pos;

    private IndexParser(String s) {
        this.s = s;
    }

    static Index[] parse(String index) {
        if (index == null) {
            throw new ValueError("index string is null");
        }
        return new IndexParser(index).parseAll();
    }

    private Index[] parseAll() {
        List<Index> out = new ArrayList<>();
        skipSpaces();
        if (pos == s.length()) {
            throw error("expected an index item", "end of string");
        }
        while (true) {
            out.add(item());
            skipSpaces();
            if (pos == s.length()) {
                break;
            }
            if (s.charAt(pos) != ',') {
                throw error("expected ',' or the end of the index", found());
            }
            pos++;
            skipSpaces();
            if (pos == s.length()) {
                break; // a trailing comma, as in x[1,]
            }
        }
        return out.toArray(new Index[0]);
    }

    private static final String[] NONE = {"None", "np.newaxis", "numpy.newaxis", "newaxis"};

    /** Consumes a spelling of None at the cursor; returns whether there was one. */
    private boolean none() {
        for (String name : NONE) {
            if (s.startsWith(name, pos) && !identChar(pos + name.length())) {
                pos += name.length();
                return true;
            }
        }
        return false;
    }

    /** An integer, None (an omitted bound) or nothing at the cursor. */
    private Long bound() {
        if (none()) {
            return null;
        }
        return optionalInt();
    }

    private Index item() {
        if (s.startsWith("...", pos)) {
            pos += 3;
            return Index.ELLIPSIS;
        }
        boolean isNone = none();
        Long start = isNone ? null : optionalInt();
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != ':') {
            if (isNone) {
                return Index.NEWAXIS;
            }
            if (start == null) {
                throw error("expected an integer, a slice, '...' or None", found());
            }
            if (overflow == 1) {
                throw new OverflowError("Python int too large to convert to C long"); // NumPy's for 2**63..2**64-1
            }
            if (overflow == 2) {
                throw new IndexError(Indexing.INVALID_INDEX);
            }
            return new Index.At(start); // bounds checked against the axis, as NumPy does
        }
        pos++; // ':'
        skipSpaces();
        Long stop = bound();
        skipSpaces();
        Long step = null;
        if (pos < s.length() && s.charAt(pos) == ':') {
            pos++;
            skipSpaces();
            int stepAt = pos;
            step = bound();
            if (step != null && step == 0) {
                throw new ValueError("slice step cannot be zero (in index string \"" + s + "\" at column " + (stepAt + 1) + ")");
            }
        }
        skipSpaces();
        if (pos < s.length() && s.charAt(pos) != ',') {
            throw error("expected an integer, ':' or ','", found());
        }
        return Slice.of(clamp(start), clamp(stop), clamp(step));
    }

    /** Slice bounds beyond the int range act as Python's: every axis is shorter. */
    private static Integer clamp(Long v) {
        if (v == null) {
            return null;
        }
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, v));
    }

    /** An optionally signed integer at the cursor, or null (cursor unchanged) if there is none. */
    /**
     * Whether the last {@link #optionalInt()} fit a long (0); else it returned the clamped value and
     * this is 1 for 2**63..2**64-1 (NumPy: OverflowError as an index), 2 beyond (NumPy: IndexError).
     */
    private int overflow;

    private Long optionalInt() {
        int start = pos;
        boolean neg = false;
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            neg = s.charAt(pos) == '-';
            pos++;
            skipSpaces();
            if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                throw error("expected digits after the sign", found());
            }
        }
        if (pos >= s.length() || !isAsciiDigit(s.charAt(pos))) {
            pos = start;
            return null;
        }
        int digitsAt = pos;
        StringBuilder digits = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (isAsciiDigit(c)) {
                digits.append(c);
                pos++;
            } else if (c == '_' && pos + 1 < s.length() && isAsciiDigit(s.charAt(pos + 1)) && digits.length() > 0) {
                pos++;
            } else {
                break;
            }
        }
        if (pos < s.length() && identChar(pos)) {
            pos = digitsAt;
            throw error("expected an integer", "'" + s.substring(digitsAt, tokenEnd(digitsAt)) + "'");
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.chars().anyMatch(c -> c != '0')) {
            pos = digitsAt;
            throw error("leading zeros in a decimal integer are not permitted", "'" + digits + "'");
        }
        java.math.BigInteger b = new java.math.BigInteger(digits.toString());
        if (neg) {
            b = b.negate();
        }
        overflow = b.bitLength() <= 63 ? 0 : b.signum() > 0 && b.bitLength() == 64 ? 1 : 2;
        if (overflow != 0) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE; // a slice bound clamps
        }
        return b.longValue();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean identChar(int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private int tokenEnd(int from) {
        int e = from;
        while (e < s.length() && (identChar(e) || Character.isDigit(s.charAt(e)))) {
            e++;
        }
        return Math.max(e, from + 1);
    }

    private void skipSpaces() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private String found() {
        if (pos >= s.length()) {
            return "end of string";
        }
        return "'" + s.substring(pos, Math.min(s.length(), tokenEnd(pos))) + "'";
    }

    private ValueError error(String expected, String found) {
        return new ValueError("malformed index \"" + s + "\" at column " + (pos + 1) + ": " + expected + ", found " + found);
    }
}
