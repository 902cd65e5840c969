"""Golden data for reductions: sum, mean, max, min, prod, var, std, all, any, argmax, argmin, average.

Inputs are saved once as <input>.x.npy, or derived from a saved one by a cases.tsv line
    input <name> <base> <n> <shape>        (base[:n].reshape(shape), a C-contiguous view)
so that most float inputs are prefixes of one long random array per dtype. Each case line reads
    case <name> <fn> <input> <view> <axes> <keepdims>
followed, when NumPy returns a result, by <dtype> <shape> <offset>: the result is an element range of the pack out_<dtype>.x.npy (all results of one dtype raveled and concatenated,
bits preserved). Views: c (as is), T (transpose), s2 (last axis ::2), rev (first axis ::-1),
rev2 (last axis ::-2). axes: None, an int, or ints joined by ','. Shapes: ints joined by ','
('' for 0-d). Error cases: a 'case' line then NumPy's 'error <name> <type> <message>'.
"""
import itertools
import numpy as np
from golden_util import Area

area = Area("reductions")
rng = np.random.default_rng(20240601)
DTYPES = ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]
n_inputs = 0
n_cases = 0


def make(dt, shape, special=True):
    n = int(np.prod(shape)) if shape else 1
    if dt == "bool":
        a = rng.random(n) < 0.5
    elif dt == "uint8":
        a = rng.integers(0, 256, n).astype(np.uint8)
    elif dt == "int32":
        a = rng.integers(-1000, 1000, n).astype(np.int32)
    elif dt == "int64":
        a = rng.integers(-10**6, 10**6, n).astype(np.int64)
    else:
        a = (rng.standard_normal(n) * 3).astype(dt)
    return a.reshape(shape)


def save_input(name, arr):
    global n_inputs
    np.save(f"{area.dir}/{name}.x.npy", arr, allow_pickle=False)
    n_inputs += 1
    return name


# one long random array per float dtype (and int64); most inputs are reshaped prefixes of these
LONG = {"float64": 50000, "float32": 100000, "float16": 70000, "int64": 30000}
long_arrays = {}


def long_array(dt):
    if dt not in long_arrays:
        a = make(dt, (LONG[dt],))
        if dt == "int64":
            a = a * 10**11
        save_input(f"i_{dt}_long", a)
        long_arrays[dt] = a
    return long_arrays[dt]


def derived(dt, shape):
    """A prefix of the long array of dt, reshaped: (input name, array)."""
    base = long_array(dt)
    n = int(np.prod(shape))
    assert n <= base.size, (dt, shape)
    name = f"d_{dt}_" + "x".join(map(str, shape))
    area.line("input", name, f"i_{dt}_long", n, ",".join(map(str, shape)))
    return name, base[:n].reshape(shape)


packs = {}
pack_len = {}


def pack(r):
    """Appends a result to its dtype's pack; returns (dtype, shape, offset)."""
    dt = r.dtype.name
    off = pack_len.get(dt, 0)
    packs.setdefault(dt, []).append(r.ravel())
    pack_len[dt] = off + r.size
    return dt, ",".join(map(str, r.shape)), off


def view(a, v):
    if v == "c":
        return a
    if v == "T":
        return a.T
    if v == "s2":
        return a[..., ::2]
    if v == "rev":
        return a[::-1]
    if v == "rev2":
        return a[..., ::-2]
    raise ValueError(v)


def call(fn, x, axes, keepdims, w=None):
    if fn == "average":
        return np.average(x, axis=axes, weights=w)
    if fn in ("argmax", "argmin"):
        return getattr(np, fn)(x, axis=axes, keepdims=keepdims)
    return getattr(np, fn)(x, axis=axes, keepdims=keepdims)


def axes_str(axes):
    if axes is None:
        return "None"
    if isinstance(axes, tuple):
        return ",".join(str(a) for a in axes)
    return str(axes)


def later_wins(fn, x, axes):
    """The signed-zero model zeroj implements, for max/min over one axis or all."""
    first = x.dtype == np.float16
    def fold(seq):
        r = seq[0]
        for v in seq[1:]:
            if np.isnan(r):
                break
            gt = (v > r) if fn == "max" else (v < r)
            if gt or np.isnan(v) or (v == r and not first):
                r = v
        return r
    if axes is None:
        return np.asarray(fold(list(x.ravel())), dtype=x.dtype)
    return np.apply_along_axis(lambda s: fold(list(s)), axes, x)


def case(fn, inp, x_base, v, axes, keepdims, w=None, zeros=False):
    global n_cases
    name = f"c{n_cases:05d}"
    n_cases += 1
    x = view(x_base, v)
    fields = ["case", name, fn, inp, v, axes_str(axes), keepdims]
    try:
        with np.errstate(all="ignore"):
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = call(fn, x, axes, keepdims, w)
    except Exception:  # noqa: BLE001
        area.line(*fields)
        area.error(name, lambda: call(fn, x, axes, keepdims, w))
        return
    r = np.asarray(r)
    if r.dtype == np.uint64:
        r = r.astype(np.int64)  # zeroj sums uint8 in int64 (no uint64)
    if zeros and fn in ("max", "min"):
        # NumPy's SIMD lane reduction may pick another zero on some lengths (CPU-dependent):
        # refuse to bake such data in; pick another length instead
        e = later_wins(fn, x, axes)
        assert np.array_equal(np.signbit(r), np.signbit(e)), (name, fn, v, axes, x.shape)
    area.line(*fields, *pack(r))
    area.count += 1


RED = ["sum", "mean", "max", "min", "prod", "var", "std", "all", "any"]
ARG = ["argmax", "argmin"]

# 1. every reduction x dtype x axis variants, on a 3-D array and its views
for dt in DTYPES:
    base = make(dt, (3, 4, 5))
    if dt in ("float16", "float32", "float64"):
        base.flat[7] = np.nan if dt != "float16" else base.flat[7]
    inp = save_input(f"i_{dt}_345", base)
    for fn in RED:
        for axes in [None, 0, 1, 2, -1, -2, (0, 2), (2, 0), (0, 1, 2), ()]:
            for kd in (False, True):
                case(fn, inp, base, "c", axes, kd)
        for v in ("T", "s2", "rev", "rev2"):
            for axes in [None, 0, 2, (0, 1)]:
                case(fn, inp, base, v, axes, False)
    for fn in ARG:
        for axes in [None, 0, 1, 2, -1]:
            for kd in (False, True):
                case(fn, inp, base, "c", axes, kd)
        for v in ("T", "s2", "rev", "rev2"):
            for axes in [None, 0, 2]:
                case(fn, inp, base, v, axes, False)

# NaN-free float copies so that sums/means compare real digits on strided views too
for dt in ("float16", "float32", "float64"):
    inp, base = derived(dt, (7, 129))
    for fn in ("sum", "mean", "var", "std", "prod", "max", "min", "argmax", "argmin"):
        for v in ("c", "T", "s2", "rev", "rev2"):
            for axes in [None, 0, 1]:
                case(fn, inp, base, v, axes, False)

# 2. summation order: 1..300 values, 10007 values, big rows and columns
for dt in ("float16", "float32", "float64"):
    for n in list(range(1, 301)) + [1000, 8191, 8192, 8193, 10007, 16385]:
        inp, base = derived(dt, (n,))
        case("sum", inp, base, "c", None, False)
        if n in (129, 300, 1000, 8193, 10007, 16385):
            for fn in ("mean", "var"):
                case(fn, inp, base, "c", None, False)
            for v in ("s2", "rev", "rev2"):
                case("sum", inp, base, v, None, False)
                case("mean", inp, base, v, None, False)
for dt in ("float32", "float64", "float16"):
    for shape in [(100, 50), (2, 8500), (8500, 2), (130, 70), (5, 3000), (64, 64, 3), (4, 300, 11), (300, 2, 40)]:
        inp, base = derived(dt, shape)
        axsets = [None] + list(range(len(shape))) + ([c for c in itertools.combinations(range(len(shape)), 2)] if len(shape) > 2 else [])
        case("sum", inp, base, "rev", None, False)
        for v in ("c", "T", "s2"):
            for axes in axsets:
                case("sum", inp, base, v, axes, False)
                if v in ("c", "T"):
                    case("mean", inp, base, v, axes, False)
        case("var", inp, base, "c", None, False)
        case("var", inp, base, "T", 0, False)
# large: parallel paths; mean of 100000 float32, float16 mean (float32 accumulation in 8192 blocks)
for dt, n in (("float32", 100000), ("float64", 50000), ("float16", 70000), ("int64", 30000)):
    base = long_array(dt)
    assert base.size == n
    inp = f"i_{dt}_long"
    for fn in ("sum", "mean", "var", "max", "min", "argmax", "argmin"):
        case(fn, inp, base, "c", None, False)
    case("sum", inp, base, "s2", None, False)
    case("mean", inp, base, "rev", None, False)
inp, base = derived("float32", (200, 300))
for v in ("c", "T", "s2"):
    for axes in (None, 0, 1):
        for fn in ("sum", "mean", "max", "var"):
            case(fn, inp, base, v, axes, False)

# 3. 0-d inputs, empty axes, errors
for dt in DTYPES:
    z = make(dt, ())
    inp = save_input(f"i_{dt}_0d", z)
    for fn in RED + ARG:
        case(fn, inp, z, "c", None, False)
        case(fn, inp, z, "c", None, True)
    for fn in ("sum", "max", "argmax"):
        case(fn, inp, z, "c", 0, False)
        case(fn, inp, z, "c", 1, False)
    e = make(dt, (2, 0, 3))
    inp = save_input(f"i_{dt}_203", e)
    for fn in RED + ARG:
        for axes in [None, 0, 1, 2] + ([(0, 2)] if fn in RED else []):
            case(fn, inp, e, "c", axes, False)
    e0 = make(dt, (0,))
    inp = save_input(f"i_{dt}_empty", e0)
    for fn in RED + ARG:
        case(fn, inp, e0, "c", None, False)
base = make("float64", (3, 4, 5))
inp = save_input("i_err", base)
for fn in ("sum", "max", "mean", "var", "all"):
    case(fn, inp, base, "c", 3, False)
    case(fn, inp, base, "c", -4, False)
    case(fn, inp, base, "c", (0, 0), False)
    case(fn, inp, base, "c", (1, -2), False)
for fn in ARG:
    case(fn, inp, base, "c", 3, False)
    case(fn, inp, base, "c", -4, False)

# 4. NaN handling and ties
for dt in ("float16", "float32", "float64"):
    t = np.array([[1, 5, 5, np.nan, 2, np.nan], [3, 3, 1, 1, 3, 1], [np.nan, 0, 0, 7, 7, np.nan], [-0.0, 0.0, 0.0, -0.0, 2, 2]], dtype=dt)
    inp = save_input(f"i_{dt}_nan", t)
    for fn in ("sum", "max", "min", "argmax", "argmin", "mean", "var", "all", "any"):
        for axes in (None, 0, 1):
            case(fn, inp, t, "c", axes, False)
for dt in ("bool", "uint8", "int32", "int64"):
    t = np.array([[1, 5, 5, 0, 2, 5], [3, 3, 1, 1, 3, 1], [0, 0, 0, 7, 7, 0]]).astype(dt)
    inp = save_input(f"i_{dt}_ties", t)
    for fn in ("argmax", "argmin", "max", "min", "sum", "prod", "all", "any"):
        for axes in (None, 0, 1):
            case(fn, inp, t, "c", axes, False)
# overflowing integer sums and products wrap as NumPy
big = np.array([2**62, 2**62, 2**62, 3], dtype=np.int64)
inp = save_input("i_wrap", big)
for fn in ("sum", "prod"):
    case(fn, inp, big, "c", None, False)
i32 = np.full((5,), 2**31 - 1, dtype=np.int32)
inp = save_input("i_i32max", i32)
for fn in ("sum", "prod", "mean"):
    case(fn, inp, i32, "c", None, False)

# 5. average
for dt, wdt in (("float64", "float64"), ("float32", "float32"), ("float32", "float64"), ("int32", "int32"),
                ("float16", "float16"), ("bool", "float32"), ("int64", "float16")):
    a = make(dt, (4, 6))
    inp = save_input(f"i_avg_{dt}_{wdt}", a)
    for axes in (None, 0, 1, -1):
        case("average", inp, a, "c", axes, False)
        w = (rng.random((4, 6)) + 0.5).astype(wdt)
        wn = save_input(f"w_{dt}_{wdt}_{axes}_full", w)
        area.line("weights", f"c{n_cases:05d}", wn)
        case("average", inp, a, "c", axes, False, w)
        if axes is not None:
            w1 = (rng.random(a.shape[axes]) + 0.5).astype(wdt)
            wn = save_input(f"w_{dt}_{wdt}_{axes}_1d", w1)
            area.line("weights", f"c{n_cases:05d}", wn)
            case("average", inp, a, "c", axes, False, w1)
    case("average", inp, a, "T", 0, False)
a = make("float64", (4, 6))
inp = save_input("i_avg_err", a)
for nm, w, axes in (("w_bad_noaxis", np.ones(6), None), ("w_bad_len", np.ones(5), 1),
                    ("w_zero", np.array([1.0, -1.0, 0, 0, 0, 0]), 1), ("w_bad_2d", np.ones((2, 6)), 1)):
    save_input(nm, w)
    area.line("weights", f"c{n_cases:05d}", nm)
    case("average", inp, a, "c", axes, False, w)

# 6. signed zeros: float32/float64 max/min let the later of equal elements win (np.maximum returns
# its second operand on ties), float16 the earlier. Contiguous runs are kept to lengths where
# NumPy's SIMD reduction ends with a scalar tail (or has no vector part): for a run whose length
# minus one is a multiple of the vector width (9, 17, ... float64 on AVX-512) NumPy's horizontal
# lane reduction decides and the result depends on the CPU (documented in Reductions).
zrng = np.random.default_rng(7)
for dt in ("float16", "float32", "float64"):
    for pat in ([-0.0, 0.0], [0.0, -0.0], [-0.0, 0.0, -0.0], [0.0, -0.0, 0.0, -0.0], [-1.0, -0.0, 0.0, -2.0],
                [1.0, 0.0, -0.0, 2.0], [-0.0, -3.0, 0.0, -0.0, -1.0, 0.0], [0.0, 3.0, -0.0, 0.0, 1.0, -0.0, 0.0, -0.0],
                [np.nan, -0.0, 0.0], [-0.0, np.nan, 0.0]):
        t = np.array(pat, dtype=dt)
        inp = save_input(f"i_{dt}_z{len(pat)}_{n_inputs}", t)
        for fn in ("max", "min", "argmax", "argmin", "sum", "prod"):
            case(fn, inp, t, "c", None, False, zeros=True)
            case(fn, inp, t, "rev", None, False, zeros=True)
    # 2-D patterns: axis 0 is a row-wise maximum, axis 1 runs of 6 (safe lengths), views strided
    for shape in ((7, 6), (40, 6), (3, 300)):
        z = np.where(zrng.random(shape) < 0.5, -0.0, 0.0).astype(dt)
        z[zrng.random(shape) < 0.1] = -1.0
        inp = save_input(f"i_{dt}_zeros_" + "x".join(map(str, shape)), z)
        for fn in ("max", "min", "argmax", "argmin"):
            for v, axes in (("c", 0), ("T", 1), ("s2", 0), ("s2", None), ("rev", 0), ("T", 0), ("c", 1 if shape[1] == 6 else 0)):
                case(fn, inp, z, v, axes, False, zeros=True)
    # many elements through strided views: one output cut in parallel pieces, combined in order
    z = np.where(zrng.random(33000) < 0.5, -0.0, 0.0).astype(dt)
    z[zrng.random(33000) < 0.01] = -1.0
    inp = save_input(f"i_{dt}_zeros_big", z)
    for fn in ("max", "min"):
        case(fn, inp, z, "rev", None, False, zeros=True)

# 7. kept innermost axis (row-by-row folds) across dtypes and piece boundaries; argmax layouts
for dt in DTYPES:
    if dt in ("float16", "float32", "float64", "int64"):
        inp, base = derived(dt, (12, 10, 23))
    else:
        base = make(dt, (12, 10, 23))
        inp = save_input(f"i_{dt}_12x10x23", base)
    for fn in ("sum", "prod", "max", "min", "mean", "all", "any"):
        for axes in (0, 1, (0, 1)):
            case(fn, inp, base, "c", axes, False)
        case(fn, inp, base, "rev", 0, False)
    for fn in ("var", "std"):
        case(fn, inp, base, "c", 0, False)
    for fn in ARG:
        for axes in (0, 1, 2):
            case(fn, inp, base, "c", axes, False)
        case(fn, inp, base, "T", 2, False)
        case(fn, inp, base, "s2", 0, False)
for dt, shape in (("float32", (1000, 100)), ("float64", (80, 600)), ("float64", (4000, 10)), ("int64", (100, 300))):
    inp, base = derived(dt, shape)
    for fn in ARG:
        for axes in (0, 1):
            case(fn, inp, base, "c", axes, False)
    if shape != (4000, 10):
        case("max", inp, base, "c", 0, False)
        case("sum", inp, base, "c", 0, False)

# row folds cut into several pieces (at least 1024 outputs and 65536 elements)
for dt, shape in (("float32", (70, 1100)), ("float16", (60, 1100))):
    inp, base = derived(dt, shape)
    for fn in ("sum", "max", "mean", "argmax", "argmin"):
        case(fn, inp, base, "c", 0, False)

for dt, parts in packs.items():
    np.save(f"{area.dir}/out_{dt}.x.npy", np.concatenate(parts), allow_pickle=False)
area.close()
print(f"reductions: {n_cases} cases over {n_inputs} input files")
