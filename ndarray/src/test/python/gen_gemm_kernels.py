"""Generates the Vector API GEMM micro-kernels and the float twin of the GEMM driver.

VectorMicroKernels.java: register-tiled kernels, fully unrolled over the tile's rows and vectors so
that every accumulator is a local variable (an array of vectors, or a phi merging a loaded vector
with a constant, defeats C2's box elimination). For each tile width nv (1..3 vectors) there are four
kernels: load C or start from zero; a general form (A and B read through row strides, in place or
packed) and a packed form (A sliver interleaved, B sliver rows contiguous: constant offsets, fewest
instructions per fma, for large products). The last vector of a tile sits at a given offset (lc in C, lb in
B), so a width that is not a multiple of the vector length is covered by a last vector overlapping
the previous one (the overlapped columns are computed twice, identically) instead of masks, which
the JDK 17 Vector API does not compile well. A is read as rows
(element (i, p) at ao + i*ars + p: a packed sliver or A itself), B as rows of the sliver
(element (p, j) at bo + p*brs + j: a packed sliver or B itself). float and double are twins.
Two tile shapes: MR = 8 rows x up to 3 vectors for CPUs with 32 vector registers (AVX-512),
MR = 6 rows x up to 2 vectors otherwise (16 registers).

FloatGemm.java is generated from DoubleGemm.java (GemmTest checks it is current).

Run:  python3 ndarray/src/test/python/gen_gemm_kernels.py
"""
import os

from twins import float_twin

def _u(name, default):
    v = os.environ.get(name, default)
    return {i + 1: int(x) for i, x in enumerate(v.split(','))}


# k steps per loop trip, by tile width nv = 1, 2, 3, for the general kernels (UG); overridable for
# experiments (GEMM_UG=2,2,1 python3 gen_gemm_kernels.py): two or four steps in the general kernels (A, B
# read in place: the book's shapes) measured 1-17% slower on JDK 25 (issue 4, 1 thread).
# Packed kernels: with two steps per trip C2 hoists the second step's three B loads, so the 8x3 tile's
# 24 accumulators + 6 B vectors + broadcasts exceed the 32 registers and 1-2 accumulators spill (seen in
# the JDK 17 and 25 assembly); one step per trip measured 0-4% faster on JDK 25 for 1024^3/2048^3
# (8-17% in a noisier run), but 3-8% slower on JDK 17.
UG = _u('GEMM_UG', '1,1,1')
# General kernels, one k step per trip: A's row i read at q + r_i, q = A's running index (the loop
# counter itself, ao .. ao + kc) and r_i = i*ars, instead of a_i + p with a_i = ao + i*ars (GEMM_GA=0):
# one register fewer in the loop (no separate p and ao), so fewer of the row offsets live on the stack;
# measured 3-18% faster for the book's small products (100x784x50, 784x100x50, 57600x25x30, f32 and
# f64, 1 thread) on JDK 17 and JDK 25 (issue 4).
GA_Q = os.environ.get('GEMM_GA', '1') == '1'
# The packed kernels exist in both forms (suffix x2: two steps), chosen at start-up by
# GemmConfig.PACKED_STEPS (one step from JDK 21 on, two on JDK 17, where one step measured 3-8% slower).
# The 6-row shape (16 registers) keeps two steps: with 256-bit vectors on JDK 25 one step measured
# 4-6% slower at 1024^3 (7% faster at 256^3 f64), so there is no start-up choice for it.
UP2_SHAPES = (8,)
# Rows of the edge kernels: a last tile of m % MR <= ER rows is computed by them (in place when exactly ER
# rows remain, as for m = 100 with MR = 8) instead of by the MR-row kernel on a zero-padded copy.
ER = 4

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "java", "dev", "zeroj",
                    "ndarray", "internal", "kernel", "gemm")

SHAPES = [("VectorMicroKernels", 8, 3, "32 vector registers (AVX-512 and wider species)"),
          ("VectorMicroKernels6", 6, 2, "16 vector registers (AVX2, NEON-sized species)")]


def vector_names(t):
    """The vector class, species field and lane-count field of element type t."""
    return ("DoubleVector", "D", "LD") if t == "double" else ("FloatVector", "F", "LF")


def c_offset(t, i, v, nv):
    """Where accumulator (row i, vector v) of a tile lives in C; the last vector ends at the sliver's end (lc)."""
    L = vector_names(t)[2]
    row = "co" if i == 0 else f"co + {i} * rs"
    if v == nv - 1 and v > 0:
        return f"{row} + lc"
    return row if v == 0 else f"{row} + {v} * {L}"


def open_tile(w, t, mr, nv, load):
    """Declares the mr x nv accumulators: C's partial sums (load) or zeros."""
    V, S, L = vector_names(t)
    w(f"        {V} " + ", ".join(f"c{i}_{v}" for i in range(mr) for v in range(nv)) + ";")
    for i in range(mr):
        for v in range(nv):
            if load:
                w(f"        c{i}_{v} = {V}.fromArray({S}, c, {c_offset(t, i, v, nv)});")
            else:
                w(f"        c{i}_{v} = {V}.zero({S});")


def close_tile(w, t, mr, nv):
    """Stores the accumulators back into C and ends the method."""
    for i in range(mr):
        for v in range(nv):
            w(f"        c{i}_{v}.intoArray(c, {c_offset(t, i, v, nv)});")
    w("    }")


def kernel(mr, t, nv, load, rows=None):
    """rows < mr: an edge kernel (suffix e) computing only that many rows."""
    V = "DoubleVector" if t == "double" else "FloatVector"
    S = "D" if t == "double" else "F"
    L = "LD" if t == "double" else "LF"
    name = ("d" if t == "double" else "s") + ("k" if load else "z") + str(nv) + ("e" if rows else "")
    mr = rows or mr
    out = []
    w = out.append
    w(f"    private static void {name}(int kc, {t}[] a, int ao, int ars, {t}[] b, int bo, int brs, {t}[] c, int co, int rs,")
    w(f"            int lc, int lb) {{")
    open_tile(w, t, mr, nv, load)
    u = UG.get(nv, 1)
    GA = GA_Q and u == 1
    if GA:
        for i in range(1, mr):
            w(f"        int r{i} = {i} * ars;")
    else:
        for i in range(mr):
            w(f"        int a{i} = ao" + ("" if i == 0 else f" + {i} * ars") + ";")
    w("        int pb = bo;")
    if u > 1:
        w(f"        {V} x, " + ", ".join(f"b{v}" for v in range(nv)) + ";")

    def body(pp, bb):
        for v in range(nv):
            off = bb if v == 0 else (f"{bb} + lb" if v == nv - 1 else f"{bb} + {v} * {L}")
            w(f"            " + ("" if u > 1 else f"{V} ") + f"b{v} = {V}.fromArray({S}, b, {off});")
        if u == 1:
            w(f"            {V} x;")
        for i in range(mr):
            idx = (f"q" if i == 0 else f"q + r{i}") if GA else f"a{i} + {pp}"
            w(f"            x = {V}.broadcast({S}, a[{idx}]);")
            w("            " + " ".join(f"c{i}_{v} = x.fma(b{v}, c{i}_{v});" for v in range(nv)))

    # A's indices are linear in p (range checks can be hoisted); B's advance by brs.
    if u == 1 and GA:
        w("        for (int q = ao, qe = ao + kc; q < qe; q++, pb += brs) {")
        body("p", "pb")
        w("        }")
    elif u == 1:
        w("        for (int p = 0; p < kc; p++, pb += brs) {")
        body("p", "pb")
        w("        }")
    else:
        w("        int p = 0;")
        w(f"        for (; p < kc - {u - 1}; p += {u}) {{  // {u} k steps per trip: A's addresses shared by displacement")
        for q in range(u):
            body("p" if q == 0 else f"p + {q}", "pb")
            w("            pb += brs;")
        w("        }")
        w("        for (; p < kc; p++, pb += brs) {")
        body("p", "pb")
        w("        }")
    close_tile(w, t, mr, nv)
    return "\n".join(out)


def kernel_packed(mr, t, nv, load, steps, rows=None):
    """Packed operands: A's element (i, p) at ao + p*MR + i, B's (p, j) at bo + p*nv*L + j (all offsets
    constant, one index each: fewest instructions per fma). rows < mr: an edge kernel (suffix e) computing
    only the sliver's first rows."""
    V = "DoubleVector" if t == "double" else "FloatVector"
    S = "D" if t == "double" else "F"
    L = "LD" if t == "double" else "LF"
    name = ("d" if t == "double" else "s") + ("p" if load else "q") + str(nv) + ("" if steps == 1 else "x2") \
        + ("e" if rows else "")
    mr = rows or mr
    out = []
    w = out.append
    w(f"    private static void {name}(int kc, {t}[] a, int ao, {t}[] b, int bo, {t}[] c, int co, int rs, int lc) {{")
    open_tile(w, t, mr, nv, load)
    def body(pp):
        for v in range(nv):
            off = f"bo + {pp} * {nv} * {L}" + ("" if v == 0 else f" + {v} * {L}")
            w(f"            b{v} = {V}.fromArray({S}, b, {off});")
        for i in range(mr):
            idx = f"ao + {pp} * MR" if i == 0 else f"ao + {pp} * MR + {i}"
            w(f"            x = {V}.broadcast({S}, a[{idx}]);")
            w("            " + " ".join(f"c{i}_{v} = x.fma(b{v}, c{i}_{v});" for v in range(nv)))

    w(f"        {V} x, " + ", ".join(f"b{v}" for v in range(nv)) + ";")
    if steps == 2:
        w("        int p = 0;")
        w("        for (; p < kc - 1; p += 2) {  // two k steps per trip: half the loop overhead")
        body("p")
        body("(p + 1)")
        w("        }")
        w("        if (p < kc) {")
        body("p")
        w("        }")
    else:
        w("        for (int p = 0; p < kc; p++) {")
        body("p")
        w("        }")
    close_tile(w, t, mr, nv)
    return "\n".join(out)


def kernel_half(mr, t, nv, load):
    """A read through its row stride (in place), B packed (its sliver rows nv*L apart, a constant): both
    indices linear in the loop counter q = A's running index, so C2 hoists every range check."""
    V = "DoubleVector" if t == "double" else "FloatVector"
    S = "D" if t == "double" else "F"
    L = "LD" if t == "double" else "LF"
    name = ("d" if t == "double" else "s") + ("h" if load else "g") + str(nv)
    out = []
    w = out.append
    w(f"    private static void {name}(int kc, {t}[] a, int ao, int ars, {t}[] b, int bo, {t}[] c, int co, int rs, int lc) {{")
    open_tile(w, t, mr, nv, load)
    for i in range(1, mr):
        w(f"        int r{i} = {i} * ars;")
    w(f"        int bq = bo - ao * ({nv} * {L}); // B's row for A's index q at bq + q * {nv} * {L}")
    w("        for (int q = ao, qe = ao + kc; q < qe; q++) {")
    for v in range(nv):
        off = f"bq + q * ({nv} * {L})" + ("" if v == 0 else f" + {v} * {L}")
        w(f"            {V} b{v} = {V}.fromArray({S}, b, {off});")
    w(f"            {V} x;")
    for i in range(mr):
        idx = "q" if i == 0 else f"q + r{i}"
        w(f"            x = {V}.broadcast({S}, a[{idx}]);")
        w("            " + " ".join(f"c{i}_{v} = x.fma(b{v}, c{i}_{v});" for v in range(nv)))
    w("        }")
    close_tile(w, t, mr, nv)
    return "\n".join(out)


def dispatch_half(t, maxnv):
    k = "dkernelHalf" if t == "double" else "skernelHalf"
    p = "d" if t == "double" else "s"
    out = [f"""    @Override
    public void {k}(int nv, int kc, {t}[] a, int ao, int ars, {t}[] b, int bo, {t}[] c, int co, int rs, boolean load,
            int lc) {{
        switch (nv * 2 + (load ? 1 : 0)) {{"""]
    for nv in range(maxnv, 0, -1):
        for load in (1, 0):
            fn = p + ("h" if load else "g") + str(nv)
            out.append(f"            case {nv * 2 + load}: {fn}(kc, a, ao, ars, b, bo, c, co, rs, lc); break;")
    out.append("            default: throw new IllegalArgumentException(\"nv=\" + nv);")
    out.append("        }")
    out.append("    }")
    return "\n".join(out)


def dispatch_packed(mr, t, maxnv, edge=False):
    k = ("dkernelPacked" if t == "double" else "skernelPacked") + ("Edge" if edge else "")
    p = "d" if t == "double" else "s"
    e = "e" if edge else ""
    out = [f"""    @Override
    public void {k}(int nv, int kc, {t}[] a, int ao, {t}[] b, int bo, {t}[] c, int co, int rs, boolean load, int lc) {{
        switch (nv * 2 + (load ? 1 : 0)) {{"""]
    for nv in range(maxnv, 0, -1):
        for load in (1, 0):
            fn = p + ("p" if load else "q") + str(nv)
            if edge:
                out.append(f"            case {nv * 2 + load}: {fn}e(kc, a, ao, b, bo, c, co, rs, lc); break;")
            elif mr in UP2_SHAPES:
                out.append(f"            case {nv * 2 + load}:")
                out.append(f"                if (GemmConfig.twoSteps()) {{")
                out.append(f"                    {fn}x2(kc, a, ao, b, bo, c, co, rs, lc);")
                out.append(f"                }} else {{")
                out.append(f"                    {fn}(kc, a, ao, b, bo, c, co, rs, lc);")
                out.append(f"                }}")
                out.append(f"                break;")
            else:
                out.append(f"            case {nv * 2 + load}: {fn}(kc, a, ao, b, bo, c, co, rs, lc); break;")
    out.append("            default: throw new IllegalArgumentException(\"nv=\" + nv);")
    out.append("        }")
    out.append("    }")
    return "\n".join(out)


def dispatch(t, maxnv, edge=False):
    k = ("dkernel" if t == "double" else "skernel") + ("Edge" if edge else "")
    p = "d" if t == "double" else "s"
    e = "e" if edge else ""
    out = [f"""    @Override
    public void {k}(int nv, int kc, {t}[] a, int ao, int ars, {t}[] b, int bo, int brs, {t}[] c, int co, int rs,
            boolean load, int lc, int lb) {{
        switch (nv * 2 + (load ? 1 : 0)) {{"""]
    for nv in range(maxnv, 0, -1):
        for load in (1, 0):
            fn = p + ("k" if load else "z") + str(nv) + e
            out.append(f"            case {nv * 2 + load}: {fn}(kc, a, ao, ars, b, bo, brs, c, co, rs, lc, lb); break;")
    out.append("            default: throw new IllegalArgumentException(\"nv=\" + nv);")
    out.append("        }")
    out.append("    }")
    return "\n".join(out)


def provider(cls, mr, maxnv, regs):
    parts = [f"""// GENERATED by ndarray/src/test/python/gen_gemm_kernels.py; do not edit by hand.
package dev.zeroj.ndarray.internal.kernel.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API micro-kernels (preferred species) for CPUs with {regs}: a tile of
 * {mr} rows × 1..{maxnv} vectors of C is held in local accumulators and updated with one fused
 * multiply-add per element pair, so each element of C is the chain
 * {{@code acc = fma(a[i][p], b[p][j], acc)}} in k order, bitwise equal to {{@link ScalarMicroKernels}}.
 * Loaded by name only when the Vector API module is readable.
 */
final class {cls} extends MicroKernels {{
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LD = D.length();
    private static final int LF = F.length();
    private static final int MR = {mr};

    {cls}() {{
        super(MR, {maxnv}, LD, LF, {ER});
    }}
"""]
    for edge in (False, True):
        parts.append(dispatch("double", maxnv, edge) + "\n")
        parts.append(dispatch("float", maxnv, edge) + "\n")
        parts.append(dispatch_packed(mr, "double", maxnv, edge) + "\n")
        parts.append(dispatch_packed(mr, "float", maxnv, edge) + "\n")
    parts.append(dispatch_half("double", maxnv) + "\n")
    parts.append(dispatch_half("float", maxnv) + "\n")
    for t, T in (("double", "Double"), ("float", "Float")):
        parts.append(f"""    @Override
    public void {"d" if t == "double" else "s"}kernelTail(int rows, int t, int kb, {t}[] a, int ao, int ars, {t}[] bt, int bo, int bts, {t}[] part, int po,
            boolean load) {{
        VectorGemmTail.tail{T}(rows, t, kb, a, ao, ars, bt, bo, bts, part, po, load);
    }}
""")
    for t in ("double", "float"):
        for nv in range(maxnv, 0, -1):
            for load in (True, False):
                parts.append(kernel(mr, t, nv, load) + "\n")
                if mr in UP2_SHAPES:
                    parts.append(kernel_packed(mr, t, nv, load, 1) + "\n")
                    parts.append(kernel_packed(mr, t, nv, load, 2) + "\n")
                else:
                    parts.append(kernel_packed(mr, t, nv, load, 2).replace(f"{nv}x2(", f"{nv}(") + "\n")
                parts.append(kernel_half(mr, t, nv, load) + "\n")
                parts.append(kernel(mr, t, nv, load, ER) + "\n")
                parts.append(kernel_packed(mr, t, nv, load, 1, ER) + "\n")
    parts.append("}\n")
    return "\n".join(parts)


for cls, mr, maxnv, regs in SHAPES:
    path = os.path.join(HERE, cls + ".java")
    with open(path, "w", encoding="utf-8") as f:
        f.write(provider(cls, mr, maxnv, regs))
    print("wrote", os.path.normpath(path))


with open(os.path.join(HERE, "DoubleGemm.java"), encoding="utf-8") as f:
    twin = float_twin(f.read(), "DoubleGemm", "gen_gemm_kernels.py",
                      (("double", "float"), ("Double", "Float"), ("dkernel", "skernel"), ("lanesD", "lanesF")))
with open(os.path.join(HERE, "FloatGemm.java"), "w", encoding="utf-8") as f:
    f.write(twin)
print("wrote FloatGemm.java")
