"""Golden data for indexing (issue 3): basic/advanced/mask indexing, assignment, in-place ops,
ufunc.at, where, clip, pad, take, sort, argsort, nonzero, nditer, iteration over axis 0, errors.

cases.tsv lines (tab-separated):
  get     <case> <index>                  x -> res (result), xw (x after writing wv through res, if res is an array)
  set     <case> <index> <value>          x -> out (x after x[index] = value)
  iop     <case> <index> <op> <value>     x -> out (x after x[index] op= value, buffered)
  at      <case> <index> <op> <value>     x -> out (x after np.<op>.at(x, index, value))
  error   <case> <Type> <message>         written by Area.error; the call is in errcall lines
  errcall <case> <kind> <index> [<value>] what the Java side runs for an error case (x is <case>.x)
  where/clip/pad/take/sort/argsort ...    see the sections below
<index> is NumPy's spelling with $name for the array <case>.<name>.npy and True/False for bool
scalars. <value> is $v (the array <case>.v.npy), or #<python literal> for a Python scalar.
"""
import numpy as np
from golden_util import Area

nan = float("nan")

A = Area("indexing")
rng = np.random.default_rng(20240603)
WRITE = -7


def parse_value(spec, arrays):
    if spec.startswith("$"):
        return arrays[spec[1:]]
    return eval(spec[1:])  # noqa: S307 - our own literals


def build_index(spec, arrays):
    items = []
    for tok in [t.strip() for t in spec.split(",")]:
        if tok == "":
            continue
        if tok.startswith("$"):
            items.append(arrays[tok[1:]])
        elif tok == "...":
            items.append(Ellipsis)
        elif tok in ("None", "np.newaxis"):
            items.append(None)
        elif tok in ("True", "False"):
            items.append(tok == "True")
        elif ":" in tok:
            parts = [int(p) if p.strip() else None for p in tok.split(":")]
            items.append(slice(*parts))
        else:
            items.append(int(tok))
    return tuple(items)


def arr(shape, dtype=np.float64):
    n = int(np.prod(shape))
    if np.dtype(dtype) == np.bool_:
        return rng.random(shape) < 0.5
    if np.dtype(dtype).kind in "ui":
        return rng.integers(0, 100, size=shape).astype(dtype)
    return (np.arange(n, dtype=np.float64).reshape(shape) + rng.random(shape).round(2)).astype(dtype)


def get(case, x, spec, **arrays):
    idx = build_index(spec, arrays)
    r = x[idx]
    out = dict(x=x, res=np.asarray(r), **arrays)
    if isinstance(r, np.ndarray) and r.size > 0:
        xw = x.copy()
        rw = xw[idx]
        wv = np.array(True if x.dtype == np.bool_ else 77 if x.dtype == np.uint8 else WRITE, dtype=x.dtype)
        rw[...] = wv
        out["xw"] = xw
        out["wv"] = wv
    A.save(case, **out)
    A.line("get", case, spec)


def setc(case, x, spec, value, **arrays):
    idx = build_index(spec, arrays)
    xx = x.copy()
    xx[idx] = parse_value(value, arrays)
    A.save(case, x=x, out=xx, **arrays)
    A.line("set", case, spec, value)


OPS = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
       "maximum": np.maximum, "minimum": np.minimum}


def iop(case, x, spec, op, value, **arrays):
    idx = build_index(spec, arrays)
    xx = x.copy()
    v = parse_value(value, arrays)
    if op == "add":
        xx[idx] += v
    elif op == "subtract":
        xx[idx] -= v
    elif op == "multiply":
        xx[idx] *= v
    else:
        xx[idx] /= v
    A.save(case, x=x, out=xx, **arrays)
    A.line("iop", case, spec, op, value)


def at(case, x, spec, op, value, **arrays):
    idx = build_index(spec, arrays)
    xx = x.copy()
    OPS[op].at(xx, idx, parse_value(value, arrays))
    A.save(case, x=x, out=xx, **arrays)
    A.line("at", case, spec, op, value)


def err(case, x, kind, spec, value="", **arrays):
    idx = build_index(spec, arrays)
    A.save(case, x=x, **arrays)

    def run():
        if kind == "get":
            x[idx]
        elif kind == "set":
            x.copy()[idx] = parse_value(value, arrays)
        elif kind == "iop":
            xx = x.copy()
            xx[idx] += parse_value(value, arrays)
        else:
            raise AssertionError(kind)
    A.line("errcall", case, kind, spec, value)
    A.error(case, run)


# ---- basic indexing (views) -------------------------------------------------------------------
x2 = arr((4, 5))
x3 = arr((3, 4, 5))
x4 = arr((2, 3, 7, 7))
x6 = arr((2, 3, 2, 2, 3, 3))
basic = [
    ("b_int", x2, "1"), ("b_negint", x2, "-1"), ("b_int2", x2, "1, -2"), ("b_slice", x2, "1:3"),
    ("b_slice_step", x2, "::2"), ("b_slice_neg_step", x2, "::-1"), ("b_slice_neg_step2", x2, "3:0:-2, ::-3"),
    ("b_slice_neg_bounds", x2, "-3:-1, -4:"), ("b_slice_out_of_range", x2, "2:100, -100:2"),
    ("b_slice_empty", x2, "3:1"), ("b_slice_empty2", x2, ":, 5:"), ("b_newaxis", x2, "None, :, None"),
    ("b_newaxis_end", x2, "..., None"), ("b_ellipsis", x3, "..., 1"), ("b_ellipsis_mid", x3, "0, ..., 2"),
    ("b_ellipsis_all", x3, "..."), ("b_ellipsis_empty", x2, "1, 2, ..."), ("b_mix", x3, "1:, None, ::-2, 3"),
    ("b_im2col_like", x4, ":, :, 1:6:2, 0:7:2"), ("b_col_like", x6, ":, :, 1, 0, :, :"),
    ("b_row", x2, "2, :"), ("b_col", x2, ":, 3"), ("b_step_big", x2, "::7, ::-7"),
    ("b_neg_step_start", x2, "-1::-1, 2::-1"), ("b_all_none", x2, "None"), ("b_trailing_comma", x2, "1,"),
    ("b_3d_mixed", x3, "-1, 1:3, ::-1"), ("b_0d", np.array(3.5), "..."), ("b_0d_none", np.array(3.5), "None"),
]
for case, x, spec in basic:
    get(case, x, spec)
get("b_full_int", x2, "2, 3")  # a scalar in NumPy, a 0-d view in zeroj (no write check)

# ---- advanced indexing ---------------------------------------------------------------------
perm = rng.permutation(4)
get("a_perm_rows", x2, "$p, :", p=perm)
get("a_perm_only", x2, "$p", p=perm)
get("a_cols", x2, ":, $c", c=np.array([4, 0, -1, 2]))
for dt in (np.int64, np.int32, np.uint8):
    get(f"a_dtype_{np.dtype(dt).name}", x2, "$i", i=np.array([3, 1, 1, 0], dtype=dt))
n = 6
y = arr((n, 10))
t = rng.integers(0, 10, size=n)
get("a_arange_t", y, "$r, $t", r=np.arange(n), t=t)
get("a_arange_t_uint8", y, "$r, $t", r=np.arange(n), t=t.astype(np.uint8))
get("a_arange_t_int32", y, "$r, $t", r=np.arange(n).astype(np.int32), t=t.astype(np.int32))
get("a_t_11", arr((1, 10)), "$r, $t", r=np.arange(1), t=np.array([[3]]))
get("a_broadcast", x2, "$r, $c", r=np.array([[0], [2], [3]]), c=np.array([1, 4]))
get("a_2d_index", x2, "$i", i=np.array([[0, 1], [3, 2], [1, 1]]))
get("a_empty", x2, "$i", i=np.array([], dtype=np.int64))
get("a_empty_cols", x2, ":, $i", i=np.array([], dtype=np.int64))
get("a_repeat", x2, "$i", i=np.array([1, 1, 1, 0]))
get("a_negative", x2, "$i, $j", i=np.array([-1, -4]), j=np.array([-5, 4]))
get("a_0d_array", x2, "$i", i=np.array(2))
get("a_0d_array_pair", x2, "$i, $j", i=np.array(2), j=np.array(3))
# mixed basic/advanced: placement rules
get("m_adjacent_mid", x3, ":, $i, $j", i=np.array([0, 2, 3]), j=np.array([1, 4, 0]))
get("m_adjacent_int", x3, ":, $i, 2", i=np.array([0, 2, 3]))
get("m_separated", x3, "$i, :, $j", i=np.array([0, 2]), j=np.array([1, 4]))
get("m_int_separated", x3, "0, :, $j", j=np.array([1, 4]))
get("m_newaxis_between", x3, "$i, None, $j", i=np.array([0, 2]), j=np.array([1, 3]))
get("m_ellipsis_between", x3, "$i, ..., $j", i=np.array([0, 2]), j=np.array([1, 4]))
get("m_ellipsis_zero_between", x3, ":, $i, ..., $j", i=np.array([0, 2]), j=np.array([1, 4]))
get("m_slice_then_adv", x4, "1:, $i, ::-2", i=np.array([[2], [0]]))
get("m_adv_then_slice_step", x4, "$i, :, 1:6:2, 0:7:3", i=np.array([1, 0, 1]))
get("m_leading_newaxis", x3, "None, :, $i", i=np.array([3, 1]))
get("m_true_scalar", x3, ":, True, $i", i=np.array([0, 1]))
get("m_false_scalar", x2, "False")
get("m_true_alone", x2, "True")
get("m_2d_adv_mid", x4, ":, $i, $j, :", i=np.array([[0, 1], [2, 2]]), j=np.array([[6, 5], [0, -1]]))
# boolean masks
get("k_mask_full", x2, "$m", m=x2 > 10)
get("k_mask_rows", x2, "$m", m=np.array([True, False, True, True]))
get("k_mask_cols", x2, ":, $m", m=np.array([False, True, False, True, True]))
get("k_mask_3d_lead2", x3, "$m", m=arr((3, 4), np.bool_))
get("k_mask_3d_tail2", x3, ":, $m", m=arr((4, 5), np.bool_))
get("k_mask_none", x2, "$m", m=np.zeros((4, 5), bool))
get("k_mask_and_int_array", x2, "$m, $i", m=np.array([True, False, True, False]), i=np.array([4, 0]))
get("k_mask_and_slice", x3, "$m, 1:3", m=np.array([True, False, True]))
get("k_mask_uint8_data", arr((3, 4), np.uint8), "$m", m=arr((3, 4), np.bool_))
get("k_mask_float32", arr((5, 6), np.float32), "$m", m=arr((5, 6), np.bool_))
# dtypes of the indexed array
for dt in (np.bool_, np.uint8, np.int32, np.int64, np.float16, np.float32, np.float64):
    get(f"d_{np.dtype(dt).name}", arr((4, 3), dt), "$i, ::-1", i=np.array([3, 0, 3]))
# strided / transposed sources
get("s_transposed", x3.transpose(2, 0, 1), "$i, 1:", i=np.array([0, 4]))
get("s_strided", x4[:, :, ::2, 1::3], "..., $i", i=np.array([1, 0]))

# ---- assignment --------------------------------------------------------------------------------
setc("set_basic_scalar", x2, "1:3, ::2", "#0.5")
setc("set_basic_array", x2, ":, 1", "$v", v=np.arange(4.0))
setc("set_basic_broadcast", x3, "::2, 1:3", "$v", v=np.arange(5.0))
setc("set_basic_int_into_float", x2, "0", "#3")
setc("set_basic_float_into_int", arr((3, 4), np.int64), "1", "#2.9")
setc("set_basic_neg_step", x2, "::-1, ::-2", "$v", v=arr((4, 3)))
setc("set_mask_scalar", x2, "$m", "#0", m=x2 > 9)
setc("set_mask_array", x2, "$m", "$v", m=x2 > 9, v=np.arange(float((x2 > 9).sum())))
setc("set_mask_rows_array", x2, "$m", "$v", m=np.array([True, False, False, True]), v=np.arange(5.0))
setc("set_mask_bool_array", arr((3, 3), np.bool_), "$m", "#True", m=arr((3, 3), np.bool_))
setc("set_fancy_scalar", x2, "$r, $c", "#-1", r=np.array([0, 3]), c=np.array([4, 0]))
setc("set_fancy_array", x2, "$r, $c", "$v", r=np.arange(4), c=np.array([1, 1, 4, 0]), v=np.array([9.0, 8, 7, 6]))
setc("set_fancy_repeat_last_wins", x2, "$i", "$v", i=np.array([1, 2, 1]), v=arr((3, 5)))
setc("set_fancy_mixed", x3, ":, $i, 1:4", "$v", i=np.array([0, 3]), v=arr((2, 3)))
setc("set_fancy_separated", x3, "$i, :, $j", "$v", i=np.array([0, 2]), j=np.array([1, 4]), v=arr((4,)))
setc("set_dmax_like", np.zeros((6, 4)), "$r, $c", "$v", r=np.arange(6), c=rng.integers(0, 4, 6), v=arr((6,)))
setc("set_uint8_index", x2, "$i", "#2.5", i=np.array([3, 0], np.uint8))
setc("set_float32_from_f64", arr((3, 4), np.float32), "$i", "$v", i=np.array([2, 0]), v=arr((4,)) / 3)
setc("set_empty_mask", x2, "$m", "#1.0", m=np.zeros((4, 5), bool))

# ---- in-place through an index -----------------------------------------------------------------
col = arr((2, 3, 3, 3, 4, 4))
img = np.zeros((2, 3, 4 + 2 * 1 + 3, 4 + 2 * 1 + 3))
for yy in range(3):
    for xx in range(3):
        pass
iop("iop_col2im_slice", img, ":, :, 1:9:2, 2:10:2", "add", "$v", v=col[:, :, 1, 2, :, :])
iop("iop_dx_minus_1", arr((5, 4)), "$r, $t", "subtract", "#1", r=np.arange(5), t=rng.integers(0, 4, 5))
iop("iop_dx_minus_1_uint8", arr((5, 4)), "$r, $t", "subtract", "#1", r=np.arange(5), t=rng.integers(0, 4, 5).astype(np.uint8))
iop("iop_repeat_buffered", np.zeros(5), "$i", "add", "#1", i=np.array([0, 0, 1, 3, 3, 3]))
iop("iop_mask_mul", x2, "$m", "multiply", "#2.5", m=x2 > 5)
iop("iop_mixed_div", x3, "1:, $i", "divide", "$v", i=np.array([2, 0]), v=arr((2, 1, 5)) + 1)
iop("iop_int_add", arr((3, 4), np.int32), "$i, ::2", "add", "#7", i=np.array([2, 0]))

# ---- ufunc.at (unbuffered) ---------------------------------------------------------------------
at("at_add_repeat", np.zeros(5), "$i", "add", "#1", i=np.array([0, 0, 1, 3, 3, 3]))
at("at_add_values", np.zeros((3, 4)), "$i", "add", "$v", i=np.array([2, 0, 2]), v=arr((3, 4)))
at("at_add_pairs", np.zeros((3, 4)), "$r, $c", "add", "$v", r=np.array([0, 0, 2, 0]), c=np.array([1, 1, 3, 1]), v=np.array([1.0, 2, 3, 4]))
at("at_add_slice_mix", np.zeros((2, 3)), ":, $c", "add", "$v", c=np.array([0, 0]), v=np.ones((2, 1)))
at("at_sub_int", np.full(4, 10, np.int64), "$i", "subtract", "#3", i=np.array([1, 1, 2]))
at("at_int_float_unsafe", np.zeros(3, np.int64), "$i", "add", "#1.5", i=np.array([0, 1, 0]))
at("at_uint8_wrap", np.full(3, 250, np.uint8), "$i", "add", "#300", i=np.array([0, 1, 0]))
at("at_f16_f64", np.full(3, 2, np.float16), "$i", "add", "$v", i=np.array([0, 1, 0]), v=np.float64(1e-3))
at("at_f32_weak", np.zeros(4, np.float32), "$i", "add", "#0.1", i=np.array([0, 0, 0, 2]))
at("at_max", arr((5,)), "$i", "maximum", "$v", i=np.array([1, 1, 4]), v=np.array([100.0, 200.0, -5.0]))
at("at_min", arr((5,)), "$i", "minimum", "$v", i=np.array([1, 1, 4]), v=np.array([-100.0, 200.0, -5.0]))
at("at_mul", np.ones(3), "$i", "multiply", "#2.0", i=np.array([2, 2, 2]))
at("at_mask", arr((3, 3)), "$m", "add", "#1.0", m=arr((3, 3), np.bool_))

# ---- errors ------------------------------------------------------------------------------------
e2 = np.arange(6.0).reshape(2, 3)
err("e_oob_int", e2, "get", "5")
err("e_oob_neg", e2, "get", "-3")
err("e_oob_axis1", e2, "get", ":, 3")
err("e_oob_array", e2, "get", "$i", i=np.array([0, 2]))
err("e_oob_array_axis1", e2, "get", "None, :, $i", i=np.array([5]))
err("e_oob_array_neg", e2, "get", "$i, $j", i=np.array([0]), j=np.array([-4]))
err("e_oob_uint8", e2, "get", "$i", i=np.array([200], np.uint8))
err("e_too_many", e2, "get", "1, 2, 3")
err("e_too_many_arrays", e2, "get", "$i, $i, $i", i=np.array([0]))
err("e_too_many_slices", e2, "get", ":, :, :")
err("e_two_ellipsis", e2, "get", "..., ...")
err("e_mask_shape", e2, "get", "$m", m=np.array([True, False, True]))
err("e_mask_shape_axis1", e2, "get", ":, $m", m=np.array([True, False]))
err("e_mask_shape_2d", e2, "get", "$m", m=np.zeros((2, 2), bool))
err("e_broadcast", e2, "get", "$i, $j", i=np.array([0, 1]), j=np.array([0, 1, 2]))
err("e_broadcast_2d", np.zeros((3, 4, 5)), "get", "$i, $j", i=np.zeros((2, 3), int), j=np.zeros(4, int))
err("e_float_index", e2, "get", "$i", i=np.array([1.0]))
err("e_set_basic_shape", e2, "set", ":", "$v", v=np.ones(4))
err("e_set_fancy_shape", e2, "set", ":, $i", "$v", i=np.array([0, 1]), v=np.ones(3))
err("e_set_mask_count", e2, "set", "$m", "$v", m=e2 > 2, v=np.ones(2))
err("e_set_mask_2d_value", e2, "set", "$m", "$v", m=e2 > 2, v=np.ones((2, 2)))
err("e_set_mask_rows_shape", e2, "set", "$m", "$v", m=np.array([True, False]), v=np.ones(4))
err("e_set_uint8_overflow", np.zeros(3, np.uint8), "set", "$i", "#300", i=np.array([0]))
err("e_set_uint8_overflow_basic", np.zeros(3, np.uint8), "set", "0:1", "#-1")
err("e_iop_int_float", np.zeros(3, np.int64), "iop", "$i", "#1.5", i=np.array([0]))
err("e_oob_empty_axis", np.zeros((0, 3)), "get", "$i", i=np.array([0]))

# ---- where / nonzero ---------------------------------------------------------------------------
c = arr((3, 4), np.bool_)
A.save("where1", c=c, r0=np.where(c)[0], r1=np.where(c)[1])
A.line("where1", "where1")
nz = arr((2, 3, 2), np.int32) % 3
res = np.nonzero(nz)
A.save("nonzero3", a=nz, **{f"r{i}": r for i, r in enumerate(res)})
A.line("nonzero", "nonzero3", len(res))


def where3(case, cond, x, y):
    xv = x if not isinstance(x, str) else eval(x[1:])  # noqa: S307
    yv = y if not isinstance(y, str) else eval(y[1:])  # noqa: S307
    r = np.where(cond, xv, yv)
    arrays = dict(c=cond, r=r)
    xs = x if isinstance(x, str) else "$x"
    ys = y if isinstance(y, str) else "$y"
    if not isinstance(x, str):
        arrays["x"] = x
    if not isinstance(y, str):
        arrays["y"] = y
    A.save(case, **arrays)
    A.line("where3", case, xs, ys)


where3("w_same", c, arr((3, 4)), arr((3, 4)))
where3("w_broadcast", c, arr((4,)), arr((3, 1)))
where3("w_f32_weak", c, arr((3, 4), np.float32), "#0.0")
where3("w_int_weak_float", c, arr((3, 4), np.int32), "#2.5")
where3("w_uint8_wrap", c, arr((3, 4), np.uint8), "#300")
where3("w_promote", c, arr((3, 4), np.int32), arr((3, 4), np.float32))
where3("w_both_weak", c, "#1", "#2.5")
where3("w_both_weak_int", c, "#1", "#-2")
where3("w_bool", c, arr((3, 4), np.bool_), arr((3, 4), np.bool_))
where3("w_f16", c, arr((4,), np.float16), "#0.1")

# ---- clip -------------------------------------------------------------------------------------


def clip(case, a, lo, hi):
    def v(s):
        return None if s == "None" else (eval(s[1:]) if s.startswith("#") else None)  # noqa: S307
    arrays = dict(a=a)
    los, his = lo, hi
    lov = v(lo) if isinstance(lo, str) else lo
    hiv = v(hi) if isinstance(hi, str) else hi
    if not isinstance(lo, str):
        arrays["lo"] = lo
        los = "$lo"
    if not isinstance(hi, str):
        arrays["hi"] = hi
        his = "$hi"
    arrays["r"] = np.clip(a, lov, hiv)
    A.save(case, **arrays)
    A.line("clip", case, los, his)


fa = np.array([-3.0, -0.5, 0.0, 0.25, 1.0, 7.0, np.nan, np.inf, -np.inf])
clip("c_float", fa, "#0.0", "#1.0")
clip("c_float_none_lo", fa, "None", "#0.5")
clip("c_float_none_hi", fa, "#0.5", "None")
clip("c_nan_bound", fa, "#nan", "#2.0")
clip("c_min_gt_max", fa, "#3.0", "#2.0")
clip("c_f32_weak", fa.astype(np.float32), "#1e-7", "#0.3")
clip("c_int_float_bounds", np.arange(-3, 5), "#0.5", "#2.5")
clip("c_int32_big", np.arange(-3, 5, dtype=np.int32), "#1", f"#{2**40}")
clip("c_uint8_out_of_range", np.arange(0, 250, 40, dtype=np.uint8), "#-1", "#300")
clip("c_uint8_in_range", np.arange(0, 250, 40, dtype=np.uint8), "#10", "#200")
clip("c_arrays", arr((3, 4)), arr((4,)), arr((3, 1)) + 5)
clip("c_f32_f64_array", arr((4,), np.float32), np.array([1.0, 2.0, 3.0, 4.0]), "#3.0")
A.save("c_err_overflow", a=np.arange(3, dtype=np.uint8))
A.line("errclip", "c_err_overflow", "#2", "#-1")
A.error("c_err_overflow", lambda: np.clip(np.arange(3, dtype=np.uint8), 2, -1))

# ---- pad --------------------------------------------------------------------------------------


def pad(case, a, widths, value):
    r = np.pad(a, widths, "constant", constant_values=value)
    A.save(case, a=a, r=r)
    A.line("pad", case, ";".join(",".join(str(v) for v in w) for w in widths), repr(value))


pad("p_book", arr((2, 3, 4, 4)), [(0, 0), (0, 0), (1, 1), (1, 1)], 0)
pad("p_asym", arr((3, 4)), [(1, 2), (0, 3)], 0)
pad("p_value", arr((3, 4)), [(2, 1), (1, 0)], -1.5)
pad("p_one_row", arr((2, 3)), [(1, 2)], 0)
pad("p_single", arr((2, 3)), [(2,)], 0)
pad("p_int_value_cast", arr((2, 3), np.int64), [(1, 1), (1, 1)], 7.9)
pad("p_uint8", arr((2, 2), np.uint8), [(1, 1), (0, 2)], 255)
pad("p_zero_widths", arr((2, 3)), [(0, 0), (0, 0)], 0)
pad("p_empty", np.zeros((0, 3)), [(1, 1), (0, 0)], 5)
A.save("p_err_neg", a=arr((2, 3)))
A.line("errpad", "p_err_neg", "-1,1;0,0")
A.error("p_err_neg", lambda: np.pad(arr((2, 3)), [(-1, 1), (0, 0)]))

# ---- take -------------------------------------------------------------------------------------


def take(case, a, idx, axis):
    r = np.take(a, idx) if axis == "None" else np.take(a, idx, axis=int(axis))
    A.save(case, a=a, i=np.asarray(idx), r=r)
    A.line("take", case, axis)


take("t_flat", arr((3, 4)), np.array([0, 11, -1, 5]), "None")
take("t_axis0", arr((3, 4)), np.array([2, 0, 2]), "0")
take("t_axis1", arr((3, 4)), np.array([[3, 0], [1, 1]]), "1")
take("t_axis_neg", arr((2, 3, 4)), np.array([1]), "-2")
take("t_scalar", arr((3, 4)), np.array(7), "None")
take("t_uint8", arr((3, 4)), np.array([1, 2], np.uint8), "1")
A.save("t_err", a=arr((2, 3)), i=np.array([10]))
A.line("errtake", "t_err", "None")
A.error("t_err", lambda: np.take(arr((2, 3)), [10]))
A.save("t_err_axis", a=arr((2, 3)), i=np.array([3]))
A.line("errtake", "t_err_axis", "1")
A.error("t_err_axis", lambda: np.take(arr((2, 3)), [3], axis=1))

# ---- sort / argsort ---------------------------------------------------------------------------


def sort(case, a, axis, kind):
    ax = None if axis == "None" else int(axis)
    r = np.sort(a, axis=ax, kind=kind)
    ar = np.argsort(a, axis=ax, kind=kind)
    A.save(case, a=a, r=r, ar=ar)
    A.line("sort", case, axis, kind)


tiefree = rng.permutation(60).astype(np.float64).reshape(3, 4, 5) / 7
sort("o_f64_last", tiefree, "-1", "quicksort")
sort("o_f64_axis0", tiefree, "0", "quicksort")
sort("o_f64_axis1", tiefree, "1", "quicksort")
sort("o_f64_flat", tiefree, "None", "quicksort")
sort("o_nan", np.array([3.0, np.nan, -1.0, np.inf, np.nan, -np.inf, 2.0]), "-1", "quicksort")
sort("o_f32", rng.permutation(40).astype(np.float32).reshape(8, 5), "0", "quicksort")
sort("o_int64", rng.permutation(50).reshape(5, 10) - 25, "-1", "quicksort")
sort("o_int32", (rng.permutation(30) - 10).astype(np.int32), "0", "quicksort")
sort("o_uint8", rng.permutation(200).astype(np.uint8) + 50, "0", "quicksort")
sort("o_f16", (rng.permutation(30) / 4 - 3).astype(np.float16), "0", "quicksort")
sort("o_ties_stable", rng.integers(0, 5, size=(4, 40)).astype(np.float64), "-1", "stable")
sort("o_ties_stable_int", rng.integers(0, 5, size=(40, 3)), "0", "stable")
sort("o_ties_stable_nan", np.array([1.0, np.nan, 1.0, 0.0, np.nan, 0.0, 1.0]), "0", "stable")
sort("o_bool", arr((20,), np.bool_), "0", "stable")
sort("o_empty", np.zeros((0, 3)), "-1", "quicksort")
sort("o_strided", tiefree[:, ::-1, ::2], "1", "quicksort")

# ---- nditer (the book's numerical_gradient) and iteration over axis 0 -------------------------
xg = arr((2, 3))
grad = np.zeros_like(xg)
h = 1e-4
it = np.nditer(xg, flags=["multi_index"], op_flags=["readwrite"])
xw = xg.copy()
it = np.nditer(xw, flags=["multi_index"], op_flags=["readwrite"])
order = []
while not it.finished:
    idx = it.multi_index
    order.append(list(idx))
    tmp = xw[idx]
    xw[idx] = float(tmp) + h
    f1 = np.sum(xw ** 2)
    xw[idx] = tmp - h
    f2 = np.sum(xw ** 2)
    grad[idx] = (f1 - f2) / (2 * h)
    xw[idx] = tmp
    it.iternext()
A.save("nditer_grad", x=xg, grad=grad, order=np.array(order), after=xw)
A.line("nditer", "nditer_grad")
xv = arr((3, 2, 2))
xa = xv.copy()
for row in xa:
    row *= 2
    row[0, 0] = -1
A.save("iter_axis0", x=xv, after=xa)
A.line("iteraxis0", "iter_axis0")

# ---- the string grammar: what Python itself accepts between the brackets ----------------------
xp = arr((4, 5, 6))
good = ["1", "-1", "+2", "- 1", "1:3", ":", "::", "::-1", "1:", ":2", "1:5:2", "-1:-4:-1", "  1 ,  2  ",
        ":, :, 1:5:2", "...", "..., 1", "None", "np.newaxis", "None, ..., None", "1_0:", "00",
        "3:1:-1, ::2", "1,", "1 : 3 : 1", "::+2", ":-1:", "0, 0, 0", "100:", "-100:100",
        "None:", "None:None:None", "1:None:-1", ":None", "::None, None", "np.newaxis:", "None :2"]
for k, src in enumerate(good):
    r = eval("xp[" + src + "]", {"xp": xp, "np": np})  # noqa: S307
    A.save(f"g{k:02d}", x=xp, res=np.asarray(r))
    A.line("parse", f"g{k:02d}", src)
bad = ["", " ", "1:2:3:4", "a", "1.5", "1,,2", ",1", "1 2", "1:x", ":::", "1e3", "01", "None None:", "None1",
       "..", "...1", "1:2,,", "None None", "1:2:3,4:5:6:7", "- ", "1:-"]
ok_in_python = {"1:2,"}
for src in bad:
    if src in ok_in_python:
        continue
    try:
        eval("xp[" + src + "]", {"xp": xp, "np": np})  # noqa: S307
        raise AssertionError(src)
    except (SyntaxError, TypeError, NameError, IndexError):
        pass
    A.line("badparse", src.replace("\t", " ") if src else "<empty>")
    A.count += 1

# ---- review 2: fixes proven case by case (no rng below, so earlier data is unchanged) ----------
#   api    <case>     the Java test maps <case> to a zeroj call whose result must equal <case>.r
#   errapi <case>     the Java test maps <case> to a zeroj call that must raise NumPy's error


def api(case, r, **arrays):
    A.save(case, r=np.asarray(r), **arrays)
    A.line("api", case)


def errapi(case, fn):
    A.line("errapi", case)
    A.error(case, fn)


def bitwise_sort(case, a, axis, kind):
    """A sort case whose values must also match bit for bit (signed zeros)."""
    sort(case, a, axis, kind)
    A.line("sortbits", case)


# 1: np.pad of a 0-d array is the array itself
pad("p_0d", np.array(5.0), [(1,)], 0)
pad("p_0d_value", np.array(5.0), [(2, 3)], 3)
# 2: an empty value array through a mask is an error unless the mask selects nothing
e3 = np.arange(3.0)
err("e_set_mask_empty_value", e3, "set", "$m", "$v", m=e3 > 0, v=np.array([]))
err("e_set_mask2d_empty_value", e2, "set", "$m", "$v", m=e2 > 0, v=np.array([]))
err("e_set_mask_rows_empty_value", np.zeros((2, 3, 2)), "set", "$m", "$v", m=np.ones((2, 3), bool), v=np.array([]))
err("e_iop_mask_empty_value", e3, "iop", "$m", "$v", m=e3 > 0, v=np.array([]))
setc("set_mask_none_empty_value", e2, "$m", "$v", m=e2 > 9, v=np.array([]))
# 3: assignment strips leading length-1 axes of the value; in-place operations do not
setc("set_lead1_fancy", np.zeros(3), "$i", "$v", i=np.array([0, 1]), v=np.ones((1, 2)))
setc("set_lead1_basic", np.zeros(3), "0:2", "$v", v=np.arange(1.0, 3.0).reshape(1, 2))
setc("set_lead11_basic", np.zeros(3), "0:2", "$v", v=np.arange(1.0, 3.0).reshape(1, 1, 2))
setc("set_lead1_ellipsis", np.zeros((2, 3)), "...", "$v", v=np.arange(1.0, 4.0).reshape(1, 1, 3))
setc("set_lead1_0d_view", np.zeros(3), "1, ...", "$v", v=np.full((1, 1), 4.0))
setc("set_lead1_mask_rows", np.zeros((3, 2)), "$m", "$v", m=np.array([True, False, True]), v=np.arange(2.0).reshape(1, 1, 2))
setc("set_lead1_2d_fancy", np.zeros((3, 2)), "$r, $c", "$v", r=np.array([[0], [2]]), c=np.array([0, 1]), v=np.arange(1.0, 3.0).reshape(1, 1, 2))
setc("set_lead1_true", np.zeros(3), "True", "$v", v=np.arange(3.0).reshape(1, 1, 3))
setc("set_lead1_uint8", np.zeros(4, np.uint8), "1:3", "$v", v=np.array([[7, 300]]))
err("e_set_lead1_not_strippable", np.zeros(3), "set", "0:2", "$v", v=np.ones((1, 2, 1)))
err("e_set_fancy_lead_not1", np.zeros(3), "set", "$i", "$v", i=np.array([0, 1]), v=np.ones((2, 1)))
err("e_set_mask_rows_lead1_bad", np.zeros((3, 2)), "set", "$m", "$v", m=np.array([True, False, True]), v=np.ones((1, 2, 1, 2)))
err("e_set_int_sequence", np.zeros((2, 3)), "set", "0, 0", "$v", v=np.ones((1,)))
err("e_set_int_sequence_11", np.zeros((2, 3)), "set", "0, -1", "$v", v=np.ones((1, 1)))
err("e_set_int_sequence_empty", np.zeros((2, 3)), "set", "1, 0", "$v", v=np.ones((0,)))
err("e_set_mask_lead1", np.zeros(3), "set", "$m", "$v", m=np.ones(3, bool), v=np.ones((1, 3)))
err("e_iop_lead1_fancy", np.zeros(3), "iop", "$i", "$v", i=np.array([0, 1]), v=np.ones((1, 2)))
err("e_iop_lead1_basic", np.zeros(3), "iop", "0:2", "$v", v=np.ones((1, 1, 2)))
# 4: ufunc.at with a basic index stores with unsafe casting
at("at_basic_int_float_unsafe", np.zeros(3, np.int64), "0", "add", "#1.5")
at("at_basic_uint8_wrap", np.zeros(3, np.uint8), "0:2", "add", "#300")
at("at_basic_uint8_array", np.full(3, 200, np.uint8), "1:", "add", "$v", v=np.array([100, 60]))
at("at_basic_f32_f64", np.zeros(3, np.float32), "0:2", "add", "$v", v=np.array([0.1, 1e-9]))
at("at_basic_bool_int", np.zeros(3, np.bool_), "0:2", "add", "#2")
at("at_basic_int32_mul_float", np.full(4, 3, np.int32), "::2", "multiply", "#2.5")
errapi("at_basic_bool_subtract", lambda: np.subtract.at(np.zeros(3, bool), slice(0, 2), True))
errapi("at_basic_not_broadcastable", lambda: np.add.at(np.zeros(3, np.int64), slice(0, 2), np.ones(3)))
# 5: clip with no bounds is a copy
clip("c_none_none", fa, "None", "None")
clip("c_none_none_int", np.arange(-3, 5, dtype=np.int32), "None", "None")
# 6: np.pad's constant is a NumPy int64/float64 scalar: uint8 wraps, int32/int64 check like Python's
pad("p_uint8_300", np.ones(2, np.uint8), [(1,)], 300)
pad("p_uint8_m1", np.ones(2, np.uint8), [(1,)], -1)
pad("p_uint8_float", np.ones(2, np.uint8), [(1, 2)], 300.7)
pad("p_uint8_nan", np.ones(2, np.uint8), [(1,)], nan)
pad("p_int32_float", np.ones(2, np.int32), [(1,)], -1.5)
pad("p_bool_2", np.zeros(2, np.bool_), [(1,)], 2)
pad("p_bool_half", np.zeros(2, np.bool_), [(1,)], 0.5)
pad("p_f16_big", np.ones(2, np.float16), [(1,)], 2**40)
errapi("pad_int32_big", lambda: np.pad(np.ones(2, np.int32), 1, constant_values=2**40))
errapi("pad_int32_float_big", lambda: np.pad(np.ones(2, np.int32), 1, constant_values=1e10))
errapi("pad_int64_nan", lambda: np.pad(np.ones(2, np.int64), 1, constant_values=nan))
errapi("pad_int64_inf", lambda: np.pad(np.ones(2, np.int64), 1, constant_values=np.inf))
errapi("pad_int64_1e30", lambda: np.pad(np.ones(2, np.int64), 1, constant_values=1e30))
# 10: a missing pad_width row (Java null) is NumPy's None
errapi("pad_width_none_row", lambda: np.pad(np.ones(2), [None]))
errapi("pad_width_none", lambda: np.pad(np.ones(2), None))
# 7: argsort of a 0-d array sorts it as 1-d; sort raises
api("argsort_0d", np.argsort(np.array(3.0)), a=np.array(3.0))
api("argsort_0d_axis0", np.argsort(np.array(3.0), axis=0), a=np.array(3.0))
api("argsort_0d_flat", np.argsort(np.array(3.0), axis=None), a=np.array(3.0))
api("sort_0d_flat", np.sort(np.array(3.0), axis=None), a=np.array(3.0))
errapi("argsort_0d_axis1", lambda: np.argsort(np.array(3.0), axis=1))
errapi("sort_0d", lambda: np.sort(np.array(3.0)))
# 8: sort keeps equal values in order, so 0.0 and -0.0 keep theirs (bitwise x[argsort(x, stable)])
bitwise_sort("o_signed_zero", np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, nan, -0.0]), "0", "stable")
bitwise_sort("o_signed_zero_2d", np.array([[0.0, -0.0, -0.0], [-0.0, 0.0, 2.0]]), "-1", "stable")
bitwise_sort("o_signed_zero_f32", np.array([0.0, -0.0, 3.0, -0.0, 0.0], np.float32), "0", "stable")
bitwise_sort("o_signed_zero_f16", np.array([0.0, -0.0, -2.0, 0.0], np.float16), "0", "stable")
bitwise_sort("o_signed_zero_long", np.array([0.0, -0.0] * 20 + [-1.0, 1.0] * 5), "0", "stable")
# 9: nditer with write access refuses read-only arrays (before the zero-size check)
errapi("nditer_readonly", lambda: np.nditer(np.broadcast_to(np.zeros(1), 3), flags=["multi_index"], op_flags=["readwrite"]))
errapi("nditer_readonly_empty", lambda: np.nditer(np.broadcast_to(np.zeros(0), 0), flags=["multi_index"], op_flags=["readwrite"]))
# 11: texts
errapi("nonzero_0d", lambda: np.nonzero(np.array(3)))
errapi("take_float_index", lambda: np.take(np.arange(3), np.array([1.0])))
errapi("take_float32_index", lambda: np.take(np.arange(3), np.array([1.0], np.float32)))
errapi("clip_out_both", lambda: np.clip(np.arange(3, dtype=np.int32), 0.5, 1, out=np.zeros(3, np.int32)))
errapi("clip_out_both_float", lambda: np.clip(np.arange(3.0), 0, 1, out=np.zeros(3, np.int32)))
errapi("clip_out_min", lambda: np.clip(np.arange(3, dtype=np.int32), 0.5, None, out=np.zeros(3, np.int32)))
errapi("clip_out_max", lambda: np.clip(np.arange(3, dtype=np.int32), None, 1.5, out=np.zeros(3, np.int32)))
errapi("clip_out_none", lambda: np.clip(np.arange(3.0), None, None, out=np.zeros(3, np.int32)))
errapi("clip_out_shape", lambda: np.clip(np.ones(4), 0, 1, out=np.zeros(3)))
errapi("clip_none_out_shape", lambda: np.clip(np.ones(4), None, None, out=np.zeros(3)))
errapi("clip_none_bool", lambda: np.clip(np.array([True, False]), None, None))
err("e_oob_2p40", np.arange(3.0), "get", "1099511627776")
err("e_oob_m2p40", np.arange(3.0), "get", "-1099511627776")
err("e_oob_2p31", np.arange(3.0), "get", "2147483648")
err("e_oob_2p40_axis1", e2, "get", "0, 1099511627776")
err("e_oob_2p40_adv", e2, "get", "$i, 1099511627776", i=np.array([0]))
err("e_set_oob_2p40", e2, "set", "1, 1099511627776", "#1.0")
err("e_oob_2p70", np.arange(3.0), "get", str(2**70))
err("e_oob_2p63", np.arange(3.0), "get", str(2**63))
err("e_oob_m2p63", np.arange(3.0), "get", str(-2**63))
errapi("oob_2p40_long", lambda: np.arange(3.0)[2**40])
errapi("oob_2p40_long_axis1", lambda: e2[1, 2**40])
for kind in ["quick", "q", "Stable", "qwerty", "QUICK", "m", "Heapsort", "s"]:
    sort(f"o_kind_{kind}", np.array([3.0, 1.0, 2.0, 0.5, -4.0]), "0", kind)
errapi("sort_kind_empty", lambda: np.sort(np.arange(3.0), kind=""))
errapi("sort_kind_x", lambda: np.sort(np.arange(3.0), kind="x"))
errapi("argsort_kind_z", lambda: np.argsort(np.arange(3.0), kind="zap"))

A.close()
