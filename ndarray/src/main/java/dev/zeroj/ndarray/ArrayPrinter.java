package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.format.BinaryFormat;
import dev.zeroj.ndarray.internal.format.FloatFormatter;
import dev.zeroj.ndarray.internal.format.FloatFormatter.Trim;
import dev.zeroj.ndarray.internal.kernel.Convert;

/**
 * NumPy's {@code str(a)} and {@code repr(a)} with NumPy 2.4's default print options: precision 8,
 * floatmode {@code 'maxprec'}, no suppression, sign {@code '-'}, line width 75, threshold 1000
 * with 3 edge items. Follows {@code numpy/_core/arrayprint.py}: one element formatter per array
 * (chosen from all shown elements, so columns align), then {@code _formatArray}'s nesting and line
 * wrapping.
 */
final class ArrayPrinter {
    private static final int LINEWIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGEITEMS = 3;
    private static final int PRECISION = 8;

    private ArrayPrinter() {}

    /** NumPy's {@code str(a)}; a 0-d array prints as its scalar does. */
    static String str(NDArray a) {
        if (a.shape.length == 0) {
            return scalarStr(a, a.offset);
        }
        return array2string(a, " ", "", LINEWIDTH);
    }

    /** NumPy's {@code repr(a)}: {@code array([1., 2.], dtype=float32)}. */
    static String repr(NDArray a) {
        String prefix = "array(";
        String lst = array2string(a, ", ", prefix, LINEWIDTH - 1);
        StringBuilder extras = new StringBuilder();
        boolean oneDimEmpty = a.shape.length == 1 && a.shape[0] == 0;
        if ((a.size == 0 && !oneDimEmpty) || a.size > THRESHOLD) {
            extras.append("shape=").append(tuple(a.shape));
        }
        if (!(a.dtype == DType.INT64 || a.dtype == DType.FLOAT64 || a.dtype == DType.BOOL) || a.size == 0) {
            if (extras.length() > 0) {
                extras.append(", ");
            }
            extras.append("dtype=").append(a.dtype.numpyName());
        }
        if (extras.length() == 0) {
            return prefix + lst + ")";
        }
        String arrStr = prefix + lst + ",";
        String extraStr = extras + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = lastLineLen + extraStr.length() + 1 > LINEWIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return arrStr + spacer + extraStr;
    }

    /** Python's tuple text of a shape: {@code ()}, {@code (784,)}, {@code (28, 28)}. */
    static String tuple(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(shape[i]);
        }
        if (shape.length == 1) {
            b.append(',');
        }
        return b.append(')').toString();
    }

    /** NumPy's {@code str()} of the scalar at buffer position {@code pos}. */
    static String scalarStr(NDArray a, int pos) {
        int code = a.dtype.ordinal();
        switch (a.dtype) {
            case BOOL: return Convert.getBool(a.data, code, pos) ? "True" : "False";
            case UINT8:
            case INT32:
            case INT64: return Long.toString(Convert.getLong(a.data, code, pos));
            default: return FloatFormatter.scalarStr(Convert.getDouble(a.data, code, pos), binary(a.dtype));
        }
    }

    static BinaryFormat binary(DType t) {
        switch (t) {
            case FLOAT16: return BinaryFormat.FLOAT16;
            case FLOAT32: return BinaryFormat.FLOAT32;
            default: return BinaryFormat.FLOAT64;
        }
    }

    // ---- array2string ---------------------------------------------------------------------------

    private static String array2string(NDArray a, String separator, String prefix, int lineWidth) {
        if (a.size == 0) {
            return "[]";
        }
        boolean summarize = a.size > THRESHOLD;
        int[] shown = shownPositions(a, summarize);
        ElementFormat fmt = formatFor(a, shown);
        Printer p = new Printer(a, fmt, separator, summarize);
        return p.recurse(0, a.offset, " " + " ".repeat(prefix.length()), lineWidth);
    }

    /** Buffer positions of the elements NumPy's {@code _leading_trailing} keeps (all if not summarising). */
    private static int[] shownPositions(NDArray a, boolean summarize) {
        int n = 1;
        for (int d : a.shape) {
            n *= summarize && d > 2 * EDGEITEMS ? 2 * EDGEITEMS : d;
        }
        int[] out = new int[n];
        int[] count = {0};
        collect(a, 0, a.offset, summarize, out, count);
        return out;
    }

    private static void collect(NDArray a, int axis, int pos, boolean summarize, int[] out, int[] count) {
        if (axis == a.shape.length) {
            out[count[0]++] = pos;
            return;
        }
        int len = a.shape[axis];
        int st = a.strides[axis];
        if (summarize && len > 2 * EDGEITEMS) {
            for (int i = 0; i < EDGEITEMS; i++) {
                collect(a, axis + 1, pos + i * st, summarize, out, count);
            }
            for (int i = len - EDGEITEMS; i < len; i++) {
                collect(a, axis + 1, pos + i * st, summarize, out, count);
            }
        } else {
            for (int i = 0; i < len; i++) {
                collect(a, axis + 1, pos + i * st, summarize, out, count);
            }
        }
    }

    /** Formats one element, given its buffer position. */
    private interface ElementFormat {
        String format(int pos);
    }

    private static ElementFormat formatFor(NDArray a, int[] shown) {
        int code = a.dtype.ordinal();
        Object data = a.data;
        switch (a.dtype) {
            case BOOL: {
                String trueStr = a.shape.length == 0 ? "True" : " True";
                return pos -> Convert.getBool(data, code, pos) ? trueStr : "False";
            }
            case UINT8:
            case INT32:
            case INT64: {
                long max = Long.MIN_VALUE;
                long min = Long.MAX_VALUE;
                for (int pos : shown) {
                    long v = Convert.getLong(data, code, pos);
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
                int width = Math.max(Long.toString(max).length(), Long.toString(min).length());
                return pos -> {
                    String s = Long.toString(Convert.getLong(data, code, pos));
                    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
                };
            }
            default: {
                double[] values = new double[shown.length];
                for (int i = 0; i < shown.length; i++) {
                    values[i] = Convert.getDouble(data, code, shown[i]);
                }
                FloatFormat f = new FloatFormat(values, binary(a.dtype));
                return pos -> f.format(Convert.getDouble(data, code, pos));
            }
        }
    }

    /** NumPy's {@code FloatingFormat} for floatmode 'maxprec', sign '-', suppress=False. */
    static final class FloatFormat {
        private final BinaryFormat type;
        private boolean expFormat;
        private int padLeft;
        private int padRight;
        private int precision = PRECISION;
        private int minDigits;
        private int expSize = -1;

        FloatFormat(double[] data, BinaryFormat type) {
            this.type = type;
            int finiteCount = 0;
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            boolean negInf = false;
            for (double v : data) {
                if (Double.isFinite(v)) {
                    finiteCount++;
                    double av = Math.abs(v);
                    if (av != 0) {
                        anyNonZero = true;
                        max = Math.max(max, av);
                        min = Math.min(min, av);
                    }
                } else if (v == Double.NEGATIVE_INFINITY) {
                    negInf = true;
                }
            }
            if (anyNonZero) {
                // Comparisons with Python floats happen in the array's own type (NEP 50).
                double cutoffMax = type.round(Math.pow(10, Math.min(8, type.decimalPrecision)));
                double ratio = type.round(max / min);
                expFormat = max >= cutoffMax || min < type.round(1e-4) || ratio > 1000.0;
            }
            if (finiteCount == 0) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxInt = 0;
                int maxFrac = 0;
                int maxExp = 0;
                for (double v : data) {
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    String s = FloatFormatter.scientific(v, type, PRECISION, -1, Trim.ZEROS, false, -1, -1);
                    int e = s.indexOf('e');
                    int dot = s.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, e - dot - 1);
                    maxExp = Math.max(maxExp, s.length() - e - 1);
                }
                expSize = maxExp - 1;
                precision = maxFrac;
                minDigits = maxFrac;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxInt = 0;
                int maxFrac = 0;
                for (double v : data) {
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    String s = FloatFormatter.positional(v, type, PRECISION, -1, Trim.ZEROS, false, -1, -1);
                    int dot = s.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, s.length() - dot - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
                minDigits = 0;
            }
            if (finiteCount != data.length) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        String format(double x) {
            if (!Double.isFinite(x)) {
                String ret = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                int width = padLeft + padRight + 1;
                return ret.length() >= width ? ret : " ".repeat(width - ret.length()) + ret;
            }
            if (expFormat) {
                return FloatFormatter.scientific(x, type, precision, minDigits, Trim.KEEP, false, padLeft, expSize);
            }
            return FloatFormatter.positional(x, type, precision, minDigits, Trim.ZEROS, false, padLeft, padRight);
        }
    }

    /** NumPy's {@code _formatArray} recursion (legacy=False). */
    private static final class Printer {
        private final NDArray a;
        private final ElementFormat fmt;
        private final String separator;
        private final String sepStripped;
        private final boolean summarize;

        Printer(NDArray a, ElementFormat fmt, String separator, boolean summarize) {
            this.a = a;
            this.fmt = fmt;
            this.separator = separator;
            this.sepStripped = rstrip(separator);
            this.summarize = summarize;
        }

        String recurse(int axis, int pos, String hanging, int width) {
            int axesLeft = a.shape.length - axis;
            if (axesLeft == 0) {
                return fmt.format(pos);
            }
            String nextHanging = hanging + " ";
            int nextWidth = width - 1;
            int len = a.shape[axis];
            int st = a.strides[axis];
            boolean showSummary = summarize && 2 * EDGEITEMS < len;
            int leading = showSummary ? EDGEITEMS : 0;
            int trailing = showSummary ? EDGEITEMS : len;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = width - Math.max(sepStripped.length(), 1);
                StringBuilder line = new StringBuilder(hanging);
                for (int i = 0; i < leading; i++) {
                    extendLine(s, line, recurse(axis + 1, pos + i * st, nextHanging, nextWidth), elemWidth, hanging);
                    line.append(separator);
                }
                if (showSummary) {
                    extendLine(s, line, "...", elemWidth, hanging);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    extendLine(s, line, recurse(axis + 1, pos + (len - i) * st, nextHanging, nextWidth), elemWidth, hanging);
                    line.append(separator);
                }
                extendLine(s, line, recurse(axis + 1, pos + (len - 1) * st, nextHanging, nextWidth), elemWidth, hanging);
                s.append(line);
            } else {
                String lineSep = sepStripped + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hanging).append(recurse(axis + 1, pos + i * st, nextHanging, nextWidth)).append(lineSep);
                }
                if (showSummary) {
                    s.append(hanging).append("...").append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    s.append(hanging).append(recurse(axis + 1, pos + (len - i) * st, nextHanging, nextWidth)).append(lineSep);
                }
                s.append(hanging).append(recurse(axis + 1, pos + (len - 1) * st, nextHanging, nextWidth));
            }
            return "[" + s.substring(hanging.length()) + "]";
        }

        private static void extendLine(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
            boolean needsWrap = line.length() + word.length() > width;
            if (line.length() <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(rstrip(line.toString())).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
