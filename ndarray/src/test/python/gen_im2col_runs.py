"""Generates DoubleIm2colRuns.java and FloatIm2colRuns.java: im2col's run copies for rows of at most HOISTED runs.

DoubleVectorIm2col (FloatVectorIm2col) hands a row block whose row has at most HOISTED runs, none on
the padding, to DoubleIm2colRuns.copy (FloatIm2colRuns.copy), which dispatches to one small method per
copy width (the preferred, 256- and 128-bit species) and run count, each with the run bases in locals
and every run written out:
 - C2 does not unroll a run loop whose length is not a constant;
 - a helper taking the width, or one method holding every width with a test per run, was at times
   compiled with its vector calls left as calls, 6x slower (benchmarks/results/session12-probes.md,
   session13-probes.md);
 - in the float class only, square single-channel windows (as many runs as elements per run, 4 to 8,
   stride 1: the book's 5x5 first layer) get methods of their own with the run width a constant, so
   the store offsets are constants and the load index the loop counter plus a base: C2 merges or
   hoists their range checks (im2col_simple float32 0.26 -> 0.23 ms, JDK 25). float64 measured slower
   with them, so the double class has none.
Both files are written here (the float one is not a word-for-word twin of the double one).
.ci/check-generated checks that both are current. Run: python3 ndarray/src/test/python/gen_im2col_runs.py
"""
import os

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../main/java/dev/zeroj/ndarray/internal/kernel/conv")

HOISTED = 8
WIDTHS = (("L == SP.length()", "SP"), ("L == S256.length()", "S256"), (None, "S128"))
SQUARE = range(4, HOISTED + 1)  # float32 runs of 1 to 3 elements are gathered instead (FloatVectorIm2col.GATHER_RUN)


def copy(sp, r, fw=None, j="js"):
    if fw is None:
        off = "d" if r == 0 else "d + fw" if r == 1 else "d + %d * fw" % r
    else:
        off = "d" if r == 0 else "d + %d" % (r * fw)
    return "DoubleVector.fromArray(%s, src, b%d + %s).intoArray(dst, %s);" % (sp, r, j, off)


def bases(n):
    names = ["b%d = rb[%d]" % (r, r) for r in range(n)]
    return ["        final int " + ", ".join(names[i:i + 4]) + ";" for i in range(0, n, 4)]


def runs(sp, n):
    """Rows of n runs of fw elements, copies of the width sp."""
    out = ["    private static void runs%d%s(double[] src, int[] rb, int fw, int s, double[] dst, int d, int j, int jb,"
           % (n, sp), "            int K) {"]
    out += bases(n)
    out += ["        for (; j <= jb; j++, d += K) {", "            final int js = j * s;"]
    out += ["            " + copy(sp, r) for r in range(n)]
    out += ["        }", "    }", ""]
    return out


def square(sp, n):
    """Rows of n runs of n elements, stride 1, copies of the width sp (at least n elements)."""
    out = ["    private static void square%d%s(double[] src, int[] rb, double[] dst, int d, int j, int jb) {" % (n, sp)]
    out += bases(n)
    out += ["        for (; j <= jb; j++, d += %d) {" % (n * n)]
    out += ["            " + copy(sp, r, n, "j") for r in range(n)]
    out += ["        }", "    }", ""]
    return out


def dispatch(sp, squares):
    out = []
    if squares:
        out += ["            if (s == 1 && R == fw) {", "                switch (fw) {"]
        for n in SQUARE:
            out += ["                    case %d:" % n, "                        square%d%s(src, rb, dst, d, j, jb);" % (n, sp),
                    "                        return;"]
        out += ["                    default:", "                        break;", "                }", "            }"]
    out.append("            switch (R) {")
    for n in range(1, HOISTED + 1):
        out += ["                case %d:" % n, "                    runs%d%s(src, rb, fw, s, dst, d, j, jb, K);" % (n, sp),
                "                    return;"]
    out += ["                default:", "                    throw new IllegalArgumentException(\"more than \" + HOISTED + \" runs\");",
            "            }"]
    return out


SQUARE_DOC = (" * as calls (1.85 ms instead of 0.29, depending on what else the JVM had compiled). Square",
              " * single-channel windows of 4 to 8 elements a side with stride 1 (the book's 5x5 first layer)",
              " * have methods with the run width a constant: constant store offsets and a load index of the loop",
              " * counter plus a base let C2 merge or hoist the range checks (im2col_simple 0.26 -> 0.23 ms, one",
              " * thread, JDK 25; 0.30 -> 0.27 on JDK 17). Its float64 counterpart has none: for float64 they measured",
              " * slower, with the output in cache too (0.47 against 0.54 ms; in cache 0.30 against 0.335).")
PLAIN_DOC = (" * as calls (1.85 ms instead of 0.29, depending on what else the JVM had compiled). Unlike the float",
             " * class, no methods with the run width a constant for square windows: for float64 they measured",
             " * slower (im2col_simple, one thread, JDK 25: 0.47 against 0.54 ms; in cache 0.30 against 0.335).")


def source(squares):
    """The double class's text; with squares, the float class's before its words are turned to float."""
    out = ["// GENERATED by ndarray/src/test/python/gen_im2col_runs.py; do not edit (change the script and rerun it).",
           "package dev.zeroj.ndarray.internal.kernel.conv;", "",
           "import jdk.incubator.vector.DoubleVector;", "import jdk.incubator.vector.VectorSpecies;", "",
           "/**",
           " * im2col's run copies for rows of at most {@link #HOISTED} runs, none on the padding (used by",
           " * {@link DoubleVectorIm2col}): each run one vector copy of {@code L} elements (the preferred, 256- or",
           " * 128-bit species), which may spill into the next run, written after it. One small method per copy",
           " * width and run count, the run bases in locals and every run written out: C2 does not unroll a run",
           " * loop whose length is not a constant (im2col_simple float32, 5 runs, 0.36 -> 0.28 ms on JDK 25), and",
           " * one method holding every width with a test per run was at times compiled with its vector calls left"]
    out += SQUARE_DOC if squares else PLAIN_DOC
    out += [" */",
           "final class DoubleIm2colRuns {", "    private DoubleIm2colRuns() {}", "",
           "    /** The most runs per row {@link #copy} takes. */",
           "    static final int HOISTED = %d;" % HOISTED, "",
           "    private static final VectorSpecies<Double> SP = DoubleVector.SPECIES_PREFERRED;",
           "    private static final VectorSpecies<Double> S256 = DoubleVector.SPECIES_256;",
           "    private static final VectorSpecies<Double> S128 = DoubleVector.SPECIES_128;", "",
           "    /**",
           "     * Windows {@code j..jb} of a row block (window j's row at {@code dst[d]}, K elements a row) whose",
           "     * rows have {@code rb.length <= HOISTED} runs of {@code fw} elements, run r of window j read from",
           "     * {@code src[rb[r] + j*s]}, copied {@code L} elements at a time ({@code L >= fw}: the length of",
           "     * the preferred, 256- or 128-bit species). The caller keeps every load inside {@code src} and every",
           "     * spill inside its piece.",
           "     */",
           "    static void copy(double[] src, int[] rb, int fw, int s, double[] dst, int d, int j, int jb, int K, int L) {",
           "        final int R = rb.length;"]
    for i, (cond, sp) in enumerate(WIDTHS):
        if cond is None:
            out.append("        } else {")
        else:
            out.append(("        if (%s) {" if i == 0 else "        } else if (%s) {") % cond)
        out += dispatch(sp, squares)
    out += ["        }", "    }", ""]
    for cond, sp in WIDTHS:
        for n in range(1, HOISTED + 1):
            out += runs(sp, n)
    if squares:
        for cond, sp in WIDTHS:
            for n in SQUARE:
                out += square(sp, n)
    while out[-1] == "":
        out.pop()
    out.append("}")
    return "\n".join(out) + "\n"


def write(name, text):
    path = os.path.join(DIR, name + ".java")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if text != old:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    print("%s %s.java" % ("wrote" if text != old else "current", name))


if __name__ == "__main__":
    write("DoubleIm2colRuns", source(False))
    write("FloatIm2colRuns", source(True).replace("Double", "Float").replace("double", "float"))
