"""Generates the float sections of classes that keep their double and float methods together.

In each file of SECTIONS the lines between "// ---- float twins: generated from ..." and
"// ---- end float twins ----" are rewritten as the twin (twins.float_section) of the hand-written lines
between "// ---- double twins (hand-written; ...) ----" and "// ---- end double twins ----", with the
file's pairs. TYPE_SECTIONS: the same for other primitive types ("// ---- long twins: generated from
..."), "double" -> the type. TwinSectionsTest re-does this in Java and fails when a section is stale.
Run: python3 ndarray/src/test/python/gen_twin_sections.py
"""
import os

from twins import twin_section

MAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../main/java/dev/zeroj/ndarray/internal")

PAIRS = (("double", "float"), ("Double", "Float"))

# (file under internal/, pairs) for a float section; keep in step with TwinSectionsTest
SECTIONS = (("kernel/PairwiseSum.java", PAIRS), ("kernel/ArgScan.java", PAIRS),
            # col2imT only: the species fields PD and PF stay hand-written (on JDK 21+ PF may be 256-bit
            # where PD is the preferred species, by design), and so does maxPool2x2 (the float kernel's
            # last step overlaps the previous one, the double kernel's does not)
            ("kernel/conv/VectorConv.java", PAIRS + (("PD", "PF"),)),
            # pairwiseSum only (the species D, F and their lengths DL, FL); the row folds differ (no
            # firstWins for float)
            ("kernel/VectorReduce.java", PAIRS + (("DL", "FL"), ("(D, ", "(F, "))),
            ("kernel/gemm/ScalarMicroKernels.java", PAIRS + (("dkernel", "skernel"),)),
            ("kernel/conv/Im2col.java", PAIRS), ("kernel/WorkBuffers.java", PAIRS),
            ("kernel/gemm/GemmTail.java", PAIRS),
            # the species and lane-count fields are named DOUBLE_* / FLOAT_*
            ("kernel/gemm/VectorGemmTail.java", PAIRS + (("DOUBLE", "FLOAT"),)))

# (file under internal/, types): a section per type, each the double section with "double" -> type
TYPE_SECTIONS = (("index/Masked.java", ("float", "long", "int", "short", "byte")),)


def jobs():
    for rel, pairs in SECTIONS:
        yield rel, "float", pairs
    for rel, types in TYPE_SECTIONS:
        for t in types:
            yield rel, t, (("double", t),)


if __name__ == "__main__":
    for rel, t, pairs in jobs():
        path = os.path.join(MAIN, rel)
        with open(path, encoding="utf-8") as fh:
            src = fh.read()
        out = twin_section(src, t, pairs, rel)
        if out != src:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(out)
        print("%s %s (%s)" % ("wrote" if out != src else "current", rel, t))
