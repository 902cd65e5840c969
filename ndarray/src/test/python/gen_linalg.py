"""Golden data for np.dot / np.matmul (area 'linalg').

Each case: <case>.a.npy, <case>.b.npy (the base arrays), <case>.out.npy (NumPy's result) and, for
floats, <case>.scale.npy = the same product of |a| and |b| (the error bound's scale: NumPy's
OpenBLAS sums in another order than zeroj, so floats compare with a tolerance eps·k·scale).
cases.tsv: "case <name> <func> <viewA> <viewB>" (views: '-' as is, 'T' transpose, 'step' every
other element of the last axis, 'rev' first axis reversed) and "error <spec> <type> <message>" lines,
where spec is func;shapeA;shapeB[;outdtype;outshape[;nc]] applied to np.ones.
Run: python3 ndarray/src/test/python/gen_linalg.py
"""
import numpy as np
from golden_util import Area

rng = np.random.default_rng(20240404)
area = Area("linalg")


def view(x, v):
    if v == "T":
        return x.T
    if v == "step":
        return x[..., ::2]
    if v == "rev":
        return x[::-1]
    return x


def base_shape(shape, v):
    """The base array's shape such that view(base, v) has `shape`."""
    if v == "T":
        return tuple(reversed(shape))
    if v == "step":
        return tuple(shape[:-1]) + (shape[-1] * 2 - 1,)
    return tuple(shape)


def make(shape, dt):
    if dt == np.bool_:
        return rng.random(shape) < 0.4
    if np.issubdtype(dt, np.integer):
        hi = 250 if dt == np.uint8 else 1000
        lo = 0 if dt == np.uint8 else -1000
        return rng.integers(lo, hi, size=shape).astype(dt)
    return (rng.random(shape) * 2 - 1).astype(dt)


n = 0


def case(func, sa, sb, da, db, va="-", vb="-"):
    global n
    a = make(base_shape(sa, va), da)
    b = make(base_shape(sb, vb), db)
    f = np.dot if func == "dot" else np.matmul
    r = f(view(a, va), view(b, vb))
    name = f"c{n:03d}"
    n += 1
    arrays = dict(a=a, b=b, out=r)
    if np.asarray(r).dtype.kind == "f":
        aa = np.abs(view(a, va)).astype(np.float64)
        bb = np.abs(view(b, vb)).astype(np.float64)
        arrays["scale"] = f(aa, bb)
    area.save(name, **arrays)
    area.line("case", name, func, va, vb)


f64, f32, f16, i32, i64, u8, bo = np.float64, np.float32, np.float16, np.int32, np.int64, np.uint8, np.bool_

# every rank combination, float64 and float32
dot_ranks = [((5,), (5,)), ((3, 5), (5,)), ((5,), (5, 4)), ((3, 5), (5, 4)), ((2, 3, 5), (5,)),
             ((2, 3, 5), (5, 4)), ((5,), (2, 5, 4)), ((3, 5), (2, 5, 4)), ((2, 3, 5), (4, 5, 2)),
             ((2, 1, 3, 5), (5, 2)), ((0, 5), (5, 3)), ((3, 0), (0, 4)), ((1, 2), (2, 3))]
mm_ranks = [((5,), (5,)), ((3, 5), (5,)), ((5,), (5, 4)), ((3, 5), (5, 4)), ((2, 3, 5), (5,)),
            ((5,), (2, 5, 4)), ((2, 3, 5), (5, 4)), ((3, 5), (2, 5, 4)), ((2, 3, 5), (2, 5, 4)),
            ((2, 1, 3, 5), (4, 5, 2)), ((1, 3, 5), (4, 5, 2)), ((3, 0, 5), (5, 2)), ((2, 3, 0), (0, 4))]
for dt in (f64, f32):
    for sa, sb in dot_ranks:
        case("dot", sa, sb, dt, dt)
    for sa, sb in mm_ranks:
        case("matmul", sa, sb, dt, dt)
# other dtypes and mixed promotion
for da, db in ((f16, f16), (i32, i32), (i64, i64), (u8, u8), (bo, bo), (f32, f64), (i32, f32), (u8, bo),
               (i64, f16), (i32, i64), (bo, f32), (f16, f32)):
    case("dot", (3, 7), (7, 4), da, db)
    case("dot", (7,), (7,), da, db)
    case("matmul", (2, 3, 7), (7, 4), da, db)
    case("matmul", (7,), (2, 7, 3), da, db)
# transposed / strided / reversed operands (the book's x.T·dout and dout·W.T), small and packed sizes
for dt in (f64, f32):
    for (m, k, nn) in ((3, 4, 5), (37, 53, 29), (19, 70, 26)):
        case("dot", (m, k), (k, nn), dt, dt, "T", "-")
        case("dot", (m, k), (k, nn), dt, dt, "-", "T")
        case("dot", (m, k), (k, nn), dt, dt, "T", "T")
        case("dot", (m, k), (k, nn), dt, dt, "step", "rev")
        case("matmul", (m, k), (k, nn), dt, dt, "rev", "step")
    case("matmul", (3, 17, 9), (9, 19), dt, dt, "step", "T")
    case("matmul", (2, 50, 33), (2, 33, 41), dt, dt)
    case("dot", (60, 50), (50, 51), dt, dt)

# errors
def err(spec):
    parts = spec.split(";")
    func = np.dot if parts[0] == "dot" else np.matmul
    shp = lambda s: tuple(int(x) for x in s.split(",") if x != "")
    a = np.ones(shp(parts[1]))
    b = np.ones(shp(parts[2]))
    kw = {}
    if len(parts) > 3:
        o = np.ones(shp(parts[4]), dtype=parts[3])
        if len(parts) > 5:
            o = np.ones(shp(parts[4])[:-1] + (shp(parts[4])[-1] * 2,), dtype=parts[3])[..., ::2]
        kw["out"] = o
    area.error(spec, lambda: func(a, b, **kw))


for spec in ["dot;2,3;2,3", "dot;3;4", "dot;2,3,4;5,6,7", "dot;2,3;4", "dot;4;3,2",
             "matmul;2,3;2,3", "matmul;3;4", "matmul;2,3;4", "matmul;2;3,4", "matmul;;2,3", "matmul;2,3;",
             "matmul;2,2,3;3,3,4", "matmul;2,1,2,3;3,5,3,4", "matmul;3,2,3;3,2;float64;2,2,2",
             "dot;2,3;3,2;float32;2,2", "dot;2,3;3,2;float64;2,3", "dot;2,3;3,2;float64;2,2;nc",
             "dot;2,3;3,2;float64;4", "matmul;2,3;3,2;int64;2,2", "matmul;2,3;3,2;float64;2,3",
             "matmul;2,3;3,2;float64;3,2", "matmul;2,3;3,2;float64;4"]:
    err(spec)
area.close()
