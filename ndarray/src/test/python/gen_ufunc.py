#!/usr/bin/env python3
"""Golden data for zeroj's elementwise engine (Ufuncs + kernels): promotion of every binary op over
every dtype pair, NEP 50 weak Python scalars, unary ops, broadcasting corners, in-place into strided
views, overlap, out=, and large (parallel) arrays.

Layout: inputs are `in.<name>.npy`; each case writes `<case>.out.npy` (or an error line).
cases.tsv, one line per case (tab-separated):
  bin    <case> <op> <x> <y>                      np.<op>(x, y)
  binw   <case> <op> <x> <int|float> <value> <L|R> np.<op>(x, value) (R) or np.<op>(value, x) (L)
  un     <case> <op> <x>                          np.<op>(x)
  inpl   <case> <op> <base> <view> <y>             v = view(base.copy()); v op= y; out = base
  inplw  <case> <op> <base> <view> <int|float> <v> the same with a Python scalar
  out    <case> <op> <x> <y> <dtype> <shape>       np.<op>(x, y, out=np.zeros(shape, dtype))
and every line ends with `ok <ulps>` (compare <case>.out with that many ulps; 0 = bitwise) or
`err <PythonType> <message>`. <view> is a small index language: `:`, `1:`, `::2`, `1`, `None`, `...`,
comma separated, or `T` for the transpose.
"""
import numpy as np
import warnings
from golden_util import Area
from gen_ufunc_views import apply_view

warnings.simplefilter("ignore")
A = Area("ufunc")
INPUTS = {}
DT = {"b": np.bool_, "u1": np.uint8, "i4": np.int32, "i8": np.int64, "f2": np.float16, "f4": np.float32, "f8": np.float64}
NAMES = list(DT)
BINOPS = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "equal", "not_equal", "less",
          "less_equal", "greater", "greater_equal", "logical_and", "logical_or", "logical_xor"]
UNOPS = ["negative", "absolute", "sign", "sqrt", "exp", "log", "tanh", "sin", "cos", "floor", "ceil", "logical_not",
         "square"]
# ulps allowed against NumPy, by result dtype (float16, float32, float64): exactly rounded ops are
# bitwise (0). zeroj computes libm functions in double and rounds once (Java's Math.exp etc. are
# within 1 ulp); NumPy's own SIMD float32 exp and log are up to 2 and 4 ulps off the correctly
# rounded value (measured over 2e6 random inputs), its float64 ones within 1.
TRANSCENDENTAL = {"exp": (1, 2, 1), "log": (1, 4, 1), "tanh": (1, 2, 2), "sin": (1, 1, 1), "cos": (1, 1, 1),
                  "power": (1, 1, 1)}
KNOWN = (AxisError := np.exceptions.AxisError, TypeError, ValueError, IndexError, OverflowError)
n_cases = 0


def inp(name, arr):
    arr = np.asarray(arr)
    if name in INPUTS:
        assert INPUTS[name].dtype == arr.dtype and np.array_equal(INPUTS[name], arr, equal_nan=True), name
    INPUTS[name] = arr
    return name


def pytype(e):
    for c in type(e).__mro__:
        if c.__name__ in ("AxisError", "TypeError", "ValueError", "IndexError", "OverflowError"):
            return c.__name__
    raise e


def record(kind, case, fields, fn, ulps=0):
    global n_cases
    try:
        r = fn()
    except KNOWN as e:
        A.line(kind, case, *fields, "err", pytype(e), str(e))
        n_cases += 1
        return
    r = np.asarray(r)
    if r.dtype == np.int8:
        # NumPy answers int8 (bool ** bool, square(bool)); zeroj has no int8 and raises TypeError instead.
        A.line(kind, case, *fields, "err", "TypeError", "~int8")
    else:
        if isinstance(ulps, str):  # an op name: its ulps for this result dtype
            t = TRANSCENDENTAL.get(ulps)
            ulps = t[{"float16": 0, "float32": 1}.get(r.dtype.name, 2)] if t and r.dtype.kind == "f" else 0
        A.save(case, out=r)
        if r.ndim >= 2 and r.size > 1:  # NumPy's order='K' layout: byte strides, 0 on length-1 axes
            A.save(case, strides=np.array([st if n > 1 else 0 for st, n in zip(r.strides, r.shape)], np.int64))
            A.count -= 1
        A.line(kind, case, *fields, "ok", ulps)
    n_cases += 1


FLOATS = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.5, 3.0, np.nan, np.inf, -np.inf, 7.25, 100.0, -0.001, 1e-3, 65504.0]
FLOATS_Y = [2.0, 0.0, -0.0, np.nan, 2.5, -3.0, 0.5, np.inf, 1.0, -np.inf, -7.25, 3.0, 1e-3, 100.0, -1.0, 0.1]
INTS = {"u1": [0, 1, 255, 2, 3, 7, 128, 100, 127, 200, 5, 16, 250, 1, 0, 9],
        "i4": [0, 1, -1, 2, 3, -7, 2**31 - 1, -2**31, 100, -100, 46341, 65536, 5, -5, 12, 9],
        "i8": [0, 1, -1, 2, 3, -7, 2**63 - 1, -2**63, 100, -100, 2**32, 3037000500, 5, -5, 12, 9]}
INTS_Y = {"u1": [1, 2, 0, 255, 3, 7, 2, 100, 1, 3, 5, 16, 6, 0, 1, 2],
          "i4": [1, 2, 0, -1, 3, 7, 2, -2, 100, 3, -5, 16, 6, 1, 2, 9],
          "i8": [1, 2, 0, -1, 3, 7, 2, -2, 100, 3, -5, 16, 6, 1, 2, 9]}
POW_Y = [0, 1, 2, 3, 0, 1, 2, 5, 1, 2, 3, 0, 2, 1, 4, 2]  # non-negative: integer powers are defined
BOOLS = [False, True, True, False, True, False, False, True, True, True, False, False, True, False, True, False]
BOOLS_Y = [False, True, False, True, True, True, False, False, True, False, True, False, False, True, True, True]


def vals(n, y=False, pw=False):
    t = DT[n]
    if n == "b":
        return np.array(BOOLS_Y if y else BOOLS, t)
    if n.startswith("f"):
        v = FLOATS_Y if y else FLOATS
        if pw:
            v = [2.0, 0.5, -1.0, 3.0, np.nan, 0.0, -0.0, 2.5, 1.0, np.inf, -np.inf, 10.0, -2.0, 0.25, 4.0, 1.5]
        return np.array(v, np.float64).astype(t)
    if pw:
        return np.array(POW_Y, t)
    return np.array((INTS_Y if y else INTS)[n], np.int64).astype(t)


# ---- every binary op x every dtype pair --------------------------------------------------------
for xn in NAMES:
    inp("x_" + xn, vals(xn))
    inp("y_" + xn, vals(xn, y=True))
    inp("p_" + xn, vals(xn, pw=True))
for op in BINOPS:
    for xn in NAMES:
        for yn in NAMES:
            yk = ("p_" if op == "power" else "y_") + yn
            f = getattr(np, op)
            x, y = INPUTS["x_" + xn], INPUTS[yk]
            record("bin", f"bin_{op}_{xn}_{yn}", [op, "x_" + xn, yk], lambda: f(x, y), op)

# integer power with a negative exponent
inp("x3_i8", INPUTS["x_i8"][:3].copy())
inp("neg_i8", np.array([1, -1, 2], np.int64))
record("bin", "bin_power_negexp", ["power", "x3_i8", "neg_i8"], lambda: np.power(INPUTS["x3_i8"], INPUTS["neg_i8"]))

rng_pow = np.random.default_rng(99)

# ---- weak Python scalars (NEP 50) ------------------------------------------------------------
SCALARS = [("int", 2), ("int", 0), ("int", -1), ("int", 300), ("int", 2049), ("int", 65505), ("int", 2**40), ("int", -3),
           ("int", 2**63 - 1),
           ("float", 2.5), ("float", 0.1), ("float", -0.0), ("float", float("inf")), ("float", float("nan")),
           ("float", 1e300), ("float", 65519.0)]
for op in BINOPS:
    f = getattr(np, op)
    for xn in NAMES:
        x = INPUTS["x_" + xn] if op != "power" else INPUTS["p_" + xn]
        xk = "x_" + xn if op != "power" else "p_" + xn
        for kind, v in SCALARS:
            for side in ("R", "L"):
                if side == "L" and kind == "float" and v not in (2.5,):
                    continue
                if side == "L" and kind == "int" and v not in (2, 300, -1):
                    continue
                sv = f"{v!r}" if kind == "float" else str(v)
                case = f"binw_{op}_{xn}_{kind}{sv}_{side}".replace(".", "p").replace("-", "m").replace("+", "")
                fn = (lambda f=f, x=x, v=v: f(x, v)) if side == "R" else (lambda f=f, x=x, v=v: f(v, x))
                record("binw", case, [op, xk, kind, sv, side], fn, op)

# Python ints beyond 2**53 against int64: exact comparisons (a Java long must not widen to double)
inp("w53_i8", np.array([2**53, 2**53 + 1, 2**53 + 2, -2**53 - 1, 2**63 - 1], np.int64))
for op in ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "add", "subtract", "maximum"):
    for v in (2**53 + 1, -2**53 - 1):
        record("binw", f"binw53_{op}_{v}", [op, "w53_i8", "int", str(v), "R"], lambda f=getattr(np, op), v=v: f(INPUTS["w53_i8"], v))

# power with a stride-0 exponent of 0.5, 2 or -1: NumPy's loops take sqrt, square and reciprocal
# (bitwise: [-inf, -0.0] ** 0.5 is [nan, -0.0]; x ** -1 is 1 / x). float16 ** 0.5 stays pow.
for dn in ("f2", "f4", "f8"):
    t = DT[dn]
    w = np.concatenate([[-np.inf, -0.0, 0.0, np.inf, np.nan, -1.5, 1e-30, 1e30, 3.0, 2.0, 0.1],
                        rng_pow.uniform(0, 10, 20000 if dn == "f8" else 4000)]).astype(t)
    xk = inp("pw_" + dn, w)
    for kind, v in (("float", 0.5), ("float", 2.0), ("float", -1.0), ("int", 2), ("int", -1), ("float", 1.0), ("float", 0.0)):
        sv = repr(v) if kind == "float" else str(v)
        record("binw", f"binwpow_{dn}_{kind}{sv}".replace(".", "p").replace("-", "m"), ["power", xk, kind, sv, "R"],
               lambda xk=xk, v=v: np.power(INPUTS[xk], v))
    for v in (0.5, 2.0, -1.0):
        e1 = inp(f"pe1_{dn}_{v}", np.array([v], t))
        e0 = inp(f"pe0_{dn}_{v}", np.array(v, t))
        for ek in (e1, e0):
            record("bin", f"binpow_{xk}_{ek}".replace(".", "p").replace("-", "m"), ["power", xk, ek],
                   lambda xk=xk, ek=ek: np.power(INPUTS[xk], INPUTS[ek]))

# ---- unary ops ------------------------------------------------------------------------------------
UN_EXTRA = {"f8": np.array([0.1, 1e-310, 710.0, -745.5, 1e300, 20.0, -20.0, 3.14159, 1e6, 0.7], np.float64)}
for op in UNOPS:
    f = getattr(np, op)
    for xn in NAMES:
        x = INPUTS["x_" + xn]
        record("un", f"un_{op}_{xn}", [op, "x_" + xn], lambda: f(x), op)
rng = np.random.default_rng(1234)
for dn in ("f2", "f4", "f8"):
    t = DT[dn]
    w = np.concatenate([rng.uniform(-10, 10, 300), rng.uniform(-700, 700, 100), np.exp(rng.uniform(-30, 30, 100))])
    inp("r_" + dn, w.astype(t))
    for op in ("exp", "log", "tanh", "sin", "cos", "sqrt", "floor", "ceil", "sign", "absolute", "negative", "square"):
        f = getattr(np, op)
        x = INPUTS["r_" + dn]
        record("un", f"un_{op}_r{dn}", [op, "r_" + dn], lambda: f(x), op)
    inp("rr_" + dn, INPUTS["r_" + dn][::-1].copy())
    inp("ra_" + dn, np.abs(INPUTS["r_" + dn]))
    inp("rq_" + dn, (INPUTS["rr_" + dn] / 4).astype(t))
    for op in ("add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "less"):
        f = getattr(np, op)
        xk, yk = ("ra_" + dn, "rq_" + dn) if op == "power" else ("r_" + dn, "rr_" + dn)
        record("bin", f"bin_{op}_r{dn}", [op, xk, yk], lambda: f(INPUTS[xk], INPUTS[yk]), op)
inp("u_f8", UN_EXTRA["f8"])
for op in ("exp", "log", "tanh", "sin", "cos", "sqrt"):
    f = getattr(np, op)
    record("un", f"un_{op}_uf8", [op, "u_f8"], lambda: f(UN_EXTRA["f8"]), op)

# ---- broadcasting corners --------------------------------------------------------------------------
def arr(shape, dt="f8", start=1):
    n = int(np.prod(shape))
    return (np.arange(start, start + n) * (1.5 if dt.startswith("f") else 1)).astype(DT[dt]).reshape(shape)


BC = [((), ()), ((), (3,)), ((3,), ()), ((0,), ()), ((0,), (1,)), ((3,), (3,)), ((2, 1), (1, 3)), ((2, 0), (1, 0)),
      ((2, 0), (0,)), ((1,), (0,)), ((4, 1, 3), (5, 1)), ((1, 1, 1), (2, 3)), ((2, 3, 4), (4,)), ((2, 3, 4), (3, 1)),
      ((3, 1), (1, 4)), ((1,), (2, 3)), ((5, 1, 1), (1, 1, 7)), ((3, 2), (3,)), ((2, 3), (3, 2)), ((4,), (5,)),
      ((2, 1), (8, 4, 3)), ((0, 3), (2, 1))]
for i, (sa, sb) in enumerate(BC):
    for dta, dtb in (("f8", "f8"), ("i4", "f4"), ("u1", "i8")):
        ka = inp(f"bc{i}a_{dta}", arr(sa, dta))
        kb = inp(f"bc{i}b_{dtb}", arr(sb, dtb, start=3))
        for op in ("add", "multiply", "less", "maximum"):
            f = getattr(np, op)
            record("bin", f"bc{i}_{op}_{dta}{dtb}", [op, ka, kb], lambda: f(INPUTS[ka], INPUTS[kb]))

# transposed / sliced / negative-stride operands: the inputs are views built in Java from the spec
# (binv: <case> <op> <x> <xview> <y> <yview>)
VIEWS = [("x", "T", "y", ":"), ("x", "::2", "y", "::-1"), ("x", ":,::-1", "y", "T"), ("x", "1:,None", "y", "...,1"),
         ("x", "None,...", "y", "::-1,::2"), ("x", "T", "y", "T")]


inp("v_x_f8", arr((4, 6), "f8"))
inp("v_y_f8", arr((4, 6), "f8", start=5))
inp("v_x_f4", arr((4, 6), "f4"))
inp("v_y_i4", arr((4, 6), "i4", start=-7))
for i, (_, xv, _, yv) in enumerate(VIEWS):
    for xk, yk in (("v_x_f8", "v_y_f8"), ("v_x_f4", "v_y_i4")):
        for op in ("add", "subtract", "greater"):
            f = getattr(np, op)
            x = apply_view(INPUTS[xk], xv)
            y = apply_view(INPUTS[yk], yv)
            record("binv", f"binv{i}_{op}_{xk}_{yk}", [op, xk, xv, yk, yv], lambda: f(x, y))

# unary ops and weak scalars on views: the result keeps the input's memory order (order='K')
inp("k_x_f8", arr((2, 3, 4), "f8"))
for i, xv in enumerate(["T", "::-1", ":,::2", "...,::-1", "1:,None", "None,...", ":,:,::3"]):
    for op in ("negative", "sqrt", "exp"):
        x = apply_view(INPUTS["k_x_f8"], xv)
        record("unv", f"unv{i}_{op}", [op, "k_x_f8", xv], lambda f=getattr(np, op), x=x: f(x), op)
    x = apply_view(INPUTS["k_x_f8"], xv)
    record("binvw", f"binvw{i}_multiply", ["multiply", "k_x_f8", xv, "float", "2.0"], lambda x=x: x * 2.0)
# mixed layouts: the iterator's axis order over several operands (C order wins on disagreement)
inp("k_sq_f8", arr((4, 4), "f8"))
inp("k_col_f4", arr((6, 1), "f4"))
inp("k_row_f8", arr((4,), "f8"))
for i, (xk, xv, yk, yv) in enumerate([("k_sq_f8", "T", "k_sq_f8", ":"), ("k_sq_f8", ":", "k_sq_f8", "T"),
                                      ("v_x_f8", "T", "k_row_f8", ":"), ("k_row_f8", ":", "v_x_f8", "T"),
                                      ("v_x_f8", "T", "k_col_f4", ":"), ("v_x_f8", ":,::-1", "v_y_f8", "::-1,:"),
                                      ("k_x_f8", "T", "k_x_f8", "T"), ("k_x_f8", "None,...", "v_x_f8", "T")]):
    x = apply_view(INPUTS[xk], xv)
    y = apply_view(INPUTS[yk], yv)
    record("binv", f"binvk{i}_add", ["add", xk, xv, yk, yv], lambda x=x, y=y: np.add(x, y))
# the book's softmax on a transpose: the K-ordered x - max makes NumPy's sum(axis=0) run row by row;
# a C-ordered intermediate would sum pairwise and differ in the last bits (checked bitwise)
inp("sm_x_f8", np.random.default_rng(5).standard_normal((100, 10)))
inp("sm_a_f4", (np.random.default_rng(11).standard_normal((40000, 3)) * 100 + 500).astype(np.float32))
def softmax_sum(x, exp):
    x = x.T
    x = x - np.max(x, axis=0)
    return np.sum(np.exp(x) if exp else x * x, axis=0)
# with exp (1-ulp libm differences allowed), and with the exactly rounded x * x in its place (bitwise)
record("softmax", "softmax_T_sum_exp", ["sm_x_f8", "exp"], lambda: softmax_sum(INPUTS["sm_x_f8"], True), 4)
record("softmax", "softmax_T_sum_sq", ["sm_x_f8", "square"], lambda: softmax_sum(INPUTS["sm_x_f8"], False))
record("scaleT", "scaleT_f4", ["sm_a_f4"], lambda: (INPUTS["sm_a_f4"].T * np.float32(1)))
record("scaleT", "scaleT_f4_sum1", ["sm_a_f4"], lambda: (INPUTS["sm_a_f4"].T * np.float32(1)).sum(1))

# ---- in place, into strided views, and overlapping -----------------------------------------------------
INPL = [("v_x_f8", ":", "v_y_f8", ":"), ("v_x_f8", ":,0::2", "v_y_f8", ":,::2"), ("v_x_f8", "T", "v_y_f8", "T"),
        ("v_x_f8", "::-1", "v_y_f8", ":"), ("v_x_f8", "1,:", "v_y_f8", "2"), ("v_x_f8", ":,1", "v_y_f8", ":,2"),
        ("v_x_f4", ":,1::2", "v_y_f8", ":,::2"), ("v_x_f8", "T", "v_y_i4", "T"), ("v_x_f4", ":", "v_y_i4", "0"),
        ("v_y_i4", "::2", "v_y_i4", "1::2"), ("v_y_i4", ":", "v_x_f8", ":")]
for i, (bk, bv, yk, yv) in enumerate(INPL):
    for op in ("add", "subtract", "multiply", "divide", "maximum"):
        def fn(op=op, bk=bk, bv=bv, yk=yk, yv=yv):
            b = INPUTS[bk].copy()
            v = apply_view(b, bv)
            getattr(np, op)(v, apply_view(INPUTS[yk], yv), out=v)
            return b
        record("inpl", f"inpl{i}_{op}", [op, bk, bv, yk + "|" + yv], fn, op)
# overlapping: the right operand is a view of the same base
OVER = [("1:", ":-1"), (":-1", "1:"), ("::-1", ":"), (":", "::-1"), ("1:,:", ":-1,:"), ("T", ":")]
inp("sq_f8", arr((5, 5), "f8"))
inp("line_f8", arr((7,), "f8"))
for i, (lv, rv) in enumerate(OVER):
    bk = "sq_f8" if "," in lv or lv == "T" else "line_f8"
    for op in ("add", "subtract", "multiply"):
        def fn(op=op, bk=bk, lv=lv, rv=rv):
            b = INPUTS[bk].copy()
            v = apply_view(b, lv)
            getattr(np, op)(v, apply_view(b, rv), out=v)
            return b
        record("inpl", f"over{i}_{op}", [op, bk, lv, "@self|" + rv], fn)
for i, (bk, bv) in enumerate([("v_x_f8", ":,::2"), ("v_x_f4", "T"), ("v_y_i4", "::-1"), ("v_y_i4", ":")]):
    for kind, v in (("int", 3), ("float", 2.5), ("int", 2**40)):
        for op in ("add", "multiply", "power", "subtract"):
            def fn(op=op, bk=bk, bv=bv, v=v):
                b = INPUTS[bk].copy()
                w = apply_view(b, bv)
                getattr(np, op)(w, v, out=w)
                return b
            record("inplw", f"inplw{i}_{op}_{kind}{abs(v)}", [op, bk, bv, kind, repr(v)], fn, op)

# ---- out= -----------------------------------------------------------------------------------------------
OUTS = [("add", "x_f8", "y_f8", "f4", "16"), ("add", "x_f8", "y_f8", "i8", "16"), ("add", "x_i8", "y_i8", "f8", "16"),
        ("add", "x_i8", "y_i8", "u1", "16"), ("add", "x_i4", "y_i4", "i8", "16"), ("multiply", "x_f4", "y_f4", "f2", "16"),
        ("less", "x_f8", "y_f8", "f8", "16"), ("less", "x_f8", "y_f8", "i4", "16"), ("divide", "x_i4", "y_i4", "i4", "16"),
        ("add", "x_f8", "y_f8", "f8", "4"), ("add", "x_f8", "y_f8", "f8", "2,16"), ("add", "x_f8", "y_f8", "f8", "16,1"),
        ("add", "x_f8", "y_f8", "f8", "1"), ("logical_and", "x_f8", "y_f8", "f4", "16"), ("add", "x_u1", "y_u1", "b", "16"),
        ("add", "x_b", "y_b", "b", "16"), ("subtract", "x_f2", "y_f2", "f8", "16"), ("maximum", "x_i4", "y_f2", "f4", "16"),
        ("divide", "x_u1", "y_u1", "f2", "16"), ("equal", "x_i8", "y_i8", "u1", "2,16")]
for i, (op, xk, yk, odt, oshape) in enumerate(OUTS):
    shape = tuple(int(s) for s in oshape.split(","))
    def fn(op=op, xk=xk, yk=yk, odt=odt, shape=shape):
        o = np.zeros(shape, DT[odt])
        r = getattr(np, op)(INPUTS[xk], INPUTS[yk], out=o)
        assert r is o
        return o
    record("out", f"out{i}_{op}", [op, xk, yk, odt, oshape], fn)
# unary out
for i, (op, xk, odt) in enumerate([("sqrt", "x_f8", "f4"), ("sqrt", "x_f8", "i8"), ("negative", "x_i4", "f8"),
                                    ("exp", "x_u1", "f4"), ("logical_not", "x_f8", "u1")]):
    def fn(op=op, xk=xk, odt=odt):
        o = np.zeros(16, DT[odt])
        getattr(np, op)(INPUTS[xk], out=o)
        return o
    record("unout", f"unout{i}_{op}", [op, xk, odt, "16"], fn, op)

# ---- large arrays (> 32768 elements: parallel pieces), contiguous, strided and mixed dtypes ------------------
N = 40_000  # a little more than one piece (StridedLoop.PIECE = 32768); the Java test also runs 1 vs 2 threads
inp("big_a_f8", rng.standard_normal(N))
inp("big_b_f8", rng.standard_normal(N))
inp("big_a_f4", rng.standard_normal(N).astype(np.float32))
inp("big_u_u1", rng.integers(0, 256, N).astype(np.uint8))
inp("big_m_f4", rng.standard_normal((200, 201)).astype(np.float32))
BIG = [("bin", "add", "big_a_f8", "big_b_f8"), ("bin", "less", "big_a_f8", "big_b_f8"),
       ("bin", "multiply", "big_a_f4", "big_u_u1"), ("bin", "maximum", "big_u_u1", "big_a_f4")]
for kind, op, xk, yk in BIG:
    record(kind, f"big_{op}_{xk}_{yk}", [op, xk, yk], lambda: getattr(np, op)(INPUTS[xk], INPUTS[yk]))
M = INPUTS["big_m_f4"]
record("binv", "bigv_add_T", ["add", "big_m_f4", "T", "big_m_f4", "T"], lambda: np.add(M.T, M.T))
record("binv", "bigv_sub_sl", ["subtract", "big_m_f4", "::-1,1:", "big_m_f4", ":,:-1"], lambda: M[::-1, 1:] - M[:, :-1])
for op in ("exp", "sqrt"):
    record("un", f"big_{op}_f4", [op, "big_a_f4"], lambda: getattr(np, op)(INPUTS["big_a_f4"]), op)

A.save("in", **INPUTS)
A.count = n_cases
A.close()
