"""Golden data for printing: NumPy's str()/repr() of arrays, Python's repr(float), NumPy's
str() of float32/float16 scalars.

Writes under ndarray/src/test/resources/golden/printing/:
  <case>.a.npy      the input array
  cases.tsv         case <TAB> view <TAB> str(x) <TAB> repr(x), where x is a (view "-") or a.T
                    (view "T"); texts escaped: backslash -> \\, newline -> \n, tab -> \t
  float64.tsv       16 hex digits of the double's bits <TAB> repr(float(x))
  float32.tsv       8 hex digits of the float32's bits <TAB> str(np.float32(x))
  float16.tsv       4 hex digits of the float16's bits <TAB> str(np.float16(x))
  py.tsv            kind <TAB> input <TAB> Python's str(): kind "shape" (comma-separated ints ->
                    tuple), "list" (float64 hex bits, comma-separated -> list of floats), "print"
                    (the line print() writes for the values listed in the generator)
"""
import os
import struct
import numpy as np
from golden_util import Area

assert np.__version__.startswith("2."), np.__version__

area = Area("printing")


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


n_cases = 0


def case(name, a, transposed=False):
    global n_cases
    a = np.asarray(a)
    area.save(name, a=a)
    area.line(name, "-", esc(str(a)), esc(repr(a)))
    if transposed:
        area.line(name, "T", esc(str(a.T)), esc(repr(a.T)))
        area.count += 1


rng = np.random.RandomState(20240601)
FLOATS = [np.float64, np.float32, np.float16]

# The book's style and small basics
case("book_2x3", np.array([[0.13080857, 0.36344862, -0.49425719], [0.1, -0.2, 0.3]]))
case("book_row", rng.randn(1, 3))
case("ints_1d", np.array([1, 2, 3]))
case("ints_neg", np.array([[-5, 10, 200], [3, -1000, 7]]), transposed=True)
case("int32_1d", np.array([1, -2, 3], dtype=np.int32))
case("uint8_2d", np.array([[0, 255, 7], [10, 1, 100]], dtype=np.uint8))
case("bool_1d", np.array([True, False, True]))
case("bool_2d", np.array([[True, False], [False, False]]), transposed=True)
case("bool_0d", np.array(True))
case("bool_0d_false", np.array(False))
case("int_0d", np.array(42))
case("int32_0d", np.array(-7, dtype=np.int32))
case("uint8_0d", np.array(200, dtype=np.uint8))
case("f64_0d", np.array(0.9352))
case("f64_0d_long", np.array(0.123456789123))
case("f64_0d_small", np.array(1.7966944727947356e-06))
case("f64_0d_big", np.array(1e16))
case("f64_0d_neg0", np.array(-0.0))
case("f64_0d_nan", np.array(np.nan))
case("f64_0d_inf", np.array(-np.inf))
case("f32_0d", np.array(0.1, dtype=np.float32))
case("f32_0d_big", np.array(1e6, dtype=np.float32))
case("f32_0d_pi", np.array(np.pi, dtype=np.float32))
case("f16_0d", np.array(0.1, dtype=np.float16))
case("f16_0d_big", np.array(65504, dtype=np.float16))
case("shape_784", np.zeros(784))
case("arange_10", np.arange(10.0))
case("neg_zero", np.array([-0.0, 0.0, 1.0]))
case("all_zero", np.zeros((2, 3)))
case("ones_f32", np.ones((2, 2), dtype=np.float32))
case("ones_f16", np.ones(3, dtype=np.float16))

# Empty and degenerate shapes
for t in [np.float64, np.float32, np.float16, np.int64, np.int32, np.uint8, np.bool_]:
    tn = np.dtype(t).name
    case(f"empty_0_{tn}", np.zeros((0,), dtype=t))
    case(f"empty_2x0_{tn}", np.zeros((2, 0), dtype=t))
case("empty_0x3x2", np.zeros((0, 3, 2)))
case("one_elem", np.array([[[2.5]]]))

# Random normals times many magnitudes, several shapes and dtypes
shapes = [(3,), (2, 3), (2, 3, 4), (4, 1, 3), (2, 2, 2, 2)]
scales = [1e-12, 1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e7, 1e8, 1e9, 1e15, 1e20, 1e200]
for t in FLOATS:
    tn = np.dtype(t).name
    for sc in scales:
        shape = shapes[rng.randint(len(shapes))]
        with np.errstate(over="ignore"):
            a = (rng.randn(*shape) * sc).astype(t)
        case(f"randn_{tn}_{sc:g}", a, transposed=(len(shape) >= 2 and sc in (1, 1e-5, 1e8)))

# Values that sit on the scientific-notation thresholds
for t in FLOATS:
    tn = np.dtype(t).name
    case(f"thr_1e-4_{tn}", np.array([1.0, 1e-4], dtype=t))
    case(f"thr_below_1e-4_{tn}", np.array([1.0, 9.99e-5], dtype=t))
    case(f"thr_ratio_1000_{tn}", np.array([1.0, 1000.0], dtype=t))
    case(f"thr_ratio_1001_{tn}", np.array([1.0, 1001.0], dtype=t))
    case(f"thr_ratio_close_{tn}", np.array([0.3, 300.0001], dtype=t))
    case(f"big_{tn}", np.array([1.0, 2.0, 999.0], dtype=t))
    case(f"exact_ints_{tn}", np.array([0.0, 1.0, -2.0, 3.0], dtype=t))
    case(f"halves_{tn}", np.array([0.5, 0.25, -0.125], dtype=t))
    case(f"pi_e_{tn}", np.array([np.pi, np.e, -np.sqrt(2)], dtype=t))
for v in [1e7, 9.9e7, 1e8, 1.5e8]:
    case(f"cutoff_f64_{v:g}", np.array([v, 1.0]))
case("cutoff_f32_1e6", np.array([1e6, 2.0], dtype=np.float32))
case("cutoff_f32_999999", np.array([999999.0, 2.0], dtype=np.float32))
case("cutoff_f16_1000", np.array([1000.0, 2.0], dtype=np.float16))
case("cutoff_f16_999", np.array([999.0, 2.0], dtype=np.float16))
case("f16_ratio_overflow", np.array([65504.0, 6e-8], dtype=np.float16))
case("sci_mixed", np.array([1e-10, 1.0, 12345.678]))
case("sci_exp3", np.array([1e-100, 1.5e200, -3.0]))
case("sci_tiny", np.array([5e-324, 1.0]))
case("sci_max", np.array([1.7976931348623157e308, -1.0]))
case("f32_0.1_sci", np.array([0.1, 1.2345678e-5], dtype=np.float32))
case("f32_0.1_sci2", np.array([0.1, 1.23e-5], dtype=np.float32))
case("f64_long_digits", np.array([0.1 + 0.2, 1 / 3, 2 / 3]))
case("f64_round_carry", np.array([0.999999999, 9.9999999999, 99.999999999]))

# nan / inf
case("nan_1", np.array([np.nan, 1.0]))
case("inf_neg", np.array([np.inf, -1.0]))
case("nan_only", np.array([np.nan]))
case("inf_nan", np.array([-np.inf, np.nan]))
case("nan_sci", np.array([np.nan, 1e-7]))
case("nan_inf_2d", np.array([[np.nan, np.inf, -np.inf], [1.5, -2.25, 1e3]]))
case("nan_f32", np.array([np.nan, 0.1, -np.inf], dtype=np.float32))
case("nan_f16", np.array([np.nan, 0.1, np.inf], dtype=np.float16))
case("inf_big", np.array([np.inf, 123456.5, -0.5]))

# Integers of many widths
case("ints_wide", np.array([1, -123456789012345, 42]))
case("int64_extremes", np.array([np.iinfo(np.int64).min, np.iinfo(np.int64).max]))
case("int32_extremes", np.array([np.iinfo(np.int32).min, np.iinfo(np.int32).max], dtype=np.int32))
case("ints_3d", np.arange(24).reshape(2, 3, 4) - 12, transposed=True)
case("uint8_row", rng.randint(0, 256, size=(3, 30)).astype(np.uint8))

# Line wrapping
case("wrap_f64_30", rng.randn(30))
case("wrap_f64_2x20", rng.randn(2, 20), transposed=True)
case("wrap_int_100", np.arange(100))
case("wrap_bool_40", rng.rand(40) > 0.5)
case("wrap_f32_25", rng.randn(25).astype(np.float32))
case("wrap_sci_20", rng.randn(20) * 1e-7)
case("wrap_exact_fit", np.arange(21) * 1000)
case("mat_40x40", rng.randn(40, 40))
case("mat_10x10_int", rng.randint(-50, 50, size=(10, 10)))
case("mnist_like", (rng.rand(28, 28) * 255).astype(np.uint8).astype(np.float32) / 255)

# Summarisation
case("sum_1001", np.arange(1001.0))
case("sum_1001_int", np.arange(1001))
case("sum_3x1000", rng.randn(3, 1000), transposed=True)
case("sum_40x40", rng.randn(40, 40))
case("sum_2x3x200", rng.randn(2, 3, 200))
case("sum_11x11x11", np.arange(1331).reshape(11, 11, 11))
case("sum_bool", rng.rand(2000) > 0.5)
case("sum_f32_sci", (rng.randn(1200) * 1e-6).astype(np.float32))
case("sum_hidden_nan", np.concatenate([[1.0], np.full(1000, np.nan), [2.0]]))
case("sum_hidden_big", np.concatenate([[1.0, 2.0, 3.0], np.full(1000, 1e10), [2.0, 3.0, 4.0]]))
case("sum_1000_not", np.arange(1000.0))

# More layouts
case("wrap_3d_2x2x30", rng.randn(2, 2, 30))
case("sum_4d", rng.randn(10, 10, 10, 2), transposed=True)
case("sum_f16", rng.randn(1500).astype(np.float16))
case("neg0_sci", np.array([-0.0, 1e-7, -2.5e-8]))
case("wide_ints_wrap", np.arange(30) * 10 ** 12)
case("nan_pad_wide", np.array([np.nan, 12345.678, -np.inf, 0.5]))
case("sci_nan_neg", np.array([np.nan, -1e-20, np.inf]))

# Random mixtures: dtype, shape, magnitude spread, specials, views
frng2 = np.random.RandomState(99)
ALL = [np.float64, np.float32, np.float16, np.int64, np.int32, np.uint8, np.bool_]
for i in range(150):
    t = ALL[frng2.randint(len(ALL))]
    nd = frng2.randint(0, 5)
    shape = tuple(int(frng2.randint(1, 5 if nd > 2 else 9)) for _ in range(nd))
    if np.dtype(t).kind == "f":
        a = frng2.randn(*shape) * 10.0 ** frng2.randint(-9, 12, size=shape)
        if frng2.rand() < 0.5:
            a = np.round(a, frng2.randint(0, 4))
        if a.size and frng2.rand() < 0.3:
            flat = a.reshape(-1)
            flat[frng2.randint(a.size)] = [np.nan, np.inf, -np.inf, -0.0, 0.0][frng2.randint(5)]
        with np.errstate(over="ignore"):
            a = np.asarray(a).astype(t)
    elif t is np.bool_:
        a = frng2.rand(*shape) > 0.5
    else:
        info = np.iinfo(t)
        hi = min(int(info.max), 10 ** int(frng2.randint(1, 12)))
        lo = max(int(info.min), -hi)
        a = frng2.randint(lo, hi, size=shape, dtype=np.int64).astype(t)
    case(f"mix_{i:03d}", np.asarray(a), transposed=(nd >= 2 and frng2.rand() < 0.3))

area.close()

# ---- scalar floats ---------------------------------------------------------------------------
frng = np.random.RandomState(7)
vals = set()
for b in frng.randint(0, 2**63 - 1, size=11000, dtype=np.int64):
    vals.add(int(b) | (int(frng.randint(2)) << 63))
for x in frng.uniform(-1, 1, size=3000) * 10.0 ** frng.randint(-30, 30, size=3000):
    vals.add(struct.unpack("<Q", struct.pack("<d", float(x)))[0])
for _ in range(3000):  # short decimals
    x = float(f"{frng.randint(1, 10**frng.randint(1, 8))}e{frng.randint(-25, 25)}")
    vals.add(struct.unpack("<Q", struct.pack("<d", x))[0])
special = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 0.9352, 1.7966944727947356e-06, 5e-324, 1e-323,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e16, 1e16 - 2,
           9999999999999998.0, 1e-4, 0.0001 - 1e-20, 1e-5, 1e15, 1e22, 1e23, 100.0, 1.0, 2.0 / 3,
           123456789.0, 0.5, 1.5, 2.5, float("inf"), float("-inf"), float("nan"), 4.35, 0.3]
for e in range(-325, 309):
    for x in (10.0 ** e, np.nextafter(10.0 ** e, 0), np.nextafter(10.0 ** e, np.inf)):
        special.append(float(x))
for e in range(-1074, 1024, 3):
    special.append(2.0 ** e)
    special.append(float(np.nextafter(2.0 ** e, 0)))
for x in special:
    vals.add(struct.unpack("<Q", struct.pack("<d", x))[0])
lines = []
for b in sorted(vals):
    x = struct.unpack("<d", struct.pack("<Q", b))[0]
    if x != x and b != 0x7FF8000000000000:
        continue  # only the canonical NaN
    lines.append(f"{b:016x}\t{repr(x)}")
with open(os.path.join(area.dir, "float64.tsv"), "w") as f:
    f.write("\n".join(lines) + "\n")
n64 = len(lines)

vals32 = set()
for b in frng.randint(0, 2**32, size=3000, dtype=np.int64):
    vals32.add(int(b))
for x in (frng.uniform(-1, 1, size=1500) * 10.0 ** frng.randint(-40, 38, size=1500)).astype(np.float32):
    vals32.add(int(np.array(x).view(np.uint32)))
sp32 = [0.0, -0.0, 0.1, 1e-4, 1e-5, 1e6, 999999.94, 1e16, 0.3, 16777216.0, 3.4028235e38, 1e-45,
        1.1754944e-38, np.pi, 0.9352]
for e in range(-45, 39):
    sp32.append(10.0 ** e)
for e in range(-149, 128, 2):
    sp32.append(2.0 ** e)
for x in sp32:
    with np.errstate(over="ignore"):
        vals32.add(int(np.array(np.float32(x)).view(np.uint32)))
lines = []
for b in sorted(vals32):
    x = np.array(b, dtype=np.uint32).view(np.float32)[()]
    if np.isnan(x) and b != 0x7FC00000:
        continue
    lines.append(f"{b:08x}\t{str(x)}")
with open(os.path.join(area.dir, "float32.tsv"), "w") as f:
    f.write("\n".join(lines) + "\n")
n32 = len(lines)

lines = []
for b in list(range(0, 0x7C01)) + [0x7E00, 0x8000, 0x8001, 0xBC00, 0xFBFF, 0xFC00]:  # every positive float16
    x = np.array(b, dtype=np.uint16).view(np.float16)[()]
    if np.isnan(x) and b != 0x7E00:
        continue
    lines.append(f"{b:04x}\t{str(x)}")
with open(os.path.join(area.dir, "float16.tsv"), "w") as f:
    f.write("\n".join(lines) + "\n")
n16 = len(lines)
print(f"printing: {n64} float64, {n32} float32, {n16} float16 scalar texts")

# ---- Python str() of tuples, lists and print lines ----------------------------------------------
lines = []
for shape in [(), (784,), (28, 28), (100, 1, 28, 28), (0,), (2, 0)]:
    lines.append(f"shape\t{','.join(str(d) for d in shape)}\t{str(shape)}")
for lst in [[], [0.1], [0.1, 2.0, 1e-05], [float("nan"), -0.0, 1e300]]:
    bits = ",".join(f"{struct.unpack('<Q', struct.pack('<d', x))[0]:016x}" for x in lst)
    lines.append(f"list\t{bits}\t{str(lst)}")
import io
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("Accuracy:" + str(0.9352))
    print("loss", 2.302585092994046, 1e-07, 3, True, None, (784,), np.float32(0.1))
    print()
for ln in buf.getvalue().split("\n")[:-1]:
    lines.append(f"print\t-\t{ln}")
with open(os.path.join(area.dir, "py.tsv"), "w") as f:
    f.write("\n".join(lines) + "\n")
