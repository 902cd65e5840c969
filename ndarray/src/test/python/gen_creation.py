"""Golden data for array creation: arange, linspace, logspace, eye, meshgrid, concatenate, stack,
and np.array's dtype/shape discovery for nested lists.

Every case saves its inputs (`args`, or `in0`, `in1`, ... for arrays) and NumPy's output (`out`,
or `out0`, `out1`, ... for meshgrid). Case names start with the function they test; the Java test
(CreationTest, ArrayFromJavaTest) dispatches on that prefix. Error cases are recorded in cases.tsv
(type and message) and re-created by name on the Java side.

Run: python3 ndarray/src/test/python/gen_creation.py
"""
import math
import numpy as np
from golden_util import Area

a = Area("creation")

DT = {"bool": np.bool_, "uint8": np.uint8, "int32": np.int32, "int64": np.int64,
      "float16": np.float16, "float32": np.float32, "float64": np.float64}
DT_CODE = {name: i for i, name in enumerate(DT)}  # DType ordinal in Java


def code(dt):
    return DT_CODE[np.dtype(dt).name]


# ---- arange ---------------------------------------------------------------------------------
ARANGE_INT = [(0, 10, 1), (5, 1, -1), (0, 0, 1), (10, 0, 1), (-7, 8, 3), (0, 1, 5), (3, -20, -4),
              (-2**62, 2**62, 2**61 + 1), (0, 3 * 2**61 + 1, 2**61), (2**63 - 10, 2**63 - 1, 4),
              (-2**63, -2**63 + 5, 2)]
for i, (start, stop, step) in enumerate(ARANGE_INT):
    a.save(f"arange_int_{i:02d}", args=np.array([start, stop, step], dtype=np.int64),
           out=np.arange(start, stop, step))

ARANGE_FLOAT = [(0, 6, 0.1), (-5.0, 5.0, 0.1), (0, 1, 0.1), (1, 2.05, 0.05), (0, 10, 1), (10, 0, -0.3),
                (0.5, 5, 1.5), (1, 1, 0.1), (0, 1, math.inf), (0, -1, math.inf), (-3.3, 7.7, 1.1),
                (0, 0.3, 0.1), (0.1, 0.4, 0.1), (2, 3, 0.1), (-1, 0, 0.25), (0, 5, -1), (5, 0, -0.7),
                (1e16, 1e16 + 10, 1), (0, 1, 1 / 3), (-0.0, 2, 1), (0, 1e-300, 1e-301), (-4, 4, 0.01)]
for i, (start, stop, step) in enumerate(ARANGE_FLOAT):
    a.save(f"arange_float_{i:02d}", args=np.array([start, stop, step], dtype=np.float64),
           out=np.arange(float(start), float(stop), float(step)))

ARANGE_DTYPE = [(0.5, 5, 1.5, "int64"), (0, 1, 0.1, "float32"), (0, 1, 0.1, "float16"), (0, 300, 100, "uint8"),
                (-2.5, 10, 1.25, "int32"), (0, 2, 1, "bool"), (1.5, 2, 1, "bool"), (0, 10, 2.5, "float32"),
                (-0.9, 3, 0.7, "int64"), (0, 6, 0.1, "float32"), (0, 250, 3.5, "uint8"), (1, 2, 0.5, "bool"),
                (0, 100, 0.3, "float16"), (-1e9, 2e9, 7.3e8, "int32"), (2, 30, 1.9, "float64")]
for i, (start, stop, step, dt) in enumerate(ARANGE_DTYPE):
    a.save(f"arange_dtype_{i:02d}", args=np.array([start, stop, step, code(dt)], dtype=np.float64),
           out=np.arange(float(start), float(stop), float(step), dtype=DT[dt]))

a.error("arange_err_int_step0", lambda: np.arange(0, 10, 0))
a.error("arange_err_float_step0", lambda: np.arange(0.0, 1.0, 0.0))
a.error("arange_err_nan", lambda: np.arange(0.0, math.nan, 1.0))
a.error("arange_err_inf", lambda: np.arange(0.0, math.inf, 1.0))
a.error("arange_err_neg_inf_start", lambda: np.arange(-math.inf, 0.0, 1.0))
a.error("arange_err_tiny_step", lambda: np.arange(0.0, 5.0, 1e-300))
a.error("arange_err_bool_len3", lambda: np.arange(0.0, 3.0, 1.0, dtype=np.bool_))
a.error("arange_err_uint8_overflow", lambda: np.arange(250.0, 300.0, 10.0, dtype=np.uint8))
a.error("arange_err_int_nan_start", lambda: np.arange(math.nan, 3.0, 1.0, dtype=np.int64))
a.error("arange_err_int64_range", lambda: np.arange(-2**63, 2**63 - 1, 1))

# ---- linspace / logspace --------------------------------------------------------------------
LINSPACE = [(0, 1, 5, True), (0, 1, 0, True), (0, 1, 1, True), (0, 1, 1, False), (2, 3, 5, False),
            (-5, 5, 11, True), (0, 10, 50, True), (1, 1, 3, True), (0, 1e-320, 5, True), (0, 5e-324, 3, True),
            (0, math.inf, 1, True), (math.inf, math.inf, 3, True), (10, -3, 7, True), (0.1, 0.9, 9, False),
            (1e10, 1e10 + 1, 7, True), (-1, 1, 200, True), (0, 2 * math.pi, 100, True), (-math.pi, math.pi, 64, False),
            (0, 1, 2, False), (3, 7, 2, True), (0, 0, 0, False), (-0.0, 0.0, 3, True)]
for i, (start, stop, num, endpoint) in enumerate(LINSPACE):
    a.save(f"linspace_{i:02d}", args=np.array([start, stop, num, int(endpoint)], dtype=np.float64),
           out=np.linspace(float(start), float(stop), num, endpoint=endpoint))
a.error("linspace_err_negative_num", lambda: np.linspace(0, 1, -1))

LOGSPACE = [(0, 3, 4, True, 10.0), (0, 1, 5, True, 2.0), (-2, 2, 9, True, 10.0), (0, 2, 10, False, 10.0),
            (1, 1, 1, True, 10.0), (0, 1, 0, True, 10.0), (0.5, 3.5, 7, True, math.e), (-3, 0, 50, True, 10.0),
            (0, 10, 11, True, 0.5), (2, 4, 3, False, 3.0)]
for i, (start, stop, num, endpoint, base) in enumerate(LOGSPACE):
    a.save(f"logspace_{i:02d}", args=np.array([start, stop, num, int(endpoint), base], dtype=np.float64),
           out=np.logspace(float(start), float(stop), num, endpoint=endpoint, base=base))

# ---- eye ------------------------------------------------------------------------------------
EYE = [(3, 3, 0, "float64"), (3, 4, 1, "float64"), (4, 3, -1, "float64"), (3, 3, 3, "float64"),
       (3, 3, -5, "float64"), (2, 5, 2, "int32"), (0, 0, 0, "float64"), (3, 3, 0, "bool"), (1, 4, -1, "uint8"),
       (4, 2, 1, "float16"), (5, 5, -2, "float32"), (2, 3, -1, "int64"), (1, 1, 0, "float64"), (4, 6, 5, "float64")]
for i, (n, m, k, dt) in enumerate(EYE):
    a.save(f"eye_{i:02d}", args=np.array([n, m, k, code(dt)], dtype=np.int64), out=np.eye(n, m, k, dtype=DT[dt]))
a.error("eye_err_negative", lambda: np.eye(-1))
a.error("eye_err_negative_m", lambda: np.eye(2, -1))

# ---- meshgrid -------------------------------------------------------------------------------
rng = np.random.RandomState(0)
MESH = [
    [np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0])],
    [np.arange(4, dtype=np.int32), np.linspace(0, 1, 3).astype(np.float32)],
    [np.array([7, 8, 9], dtype=np.int64)],
    [np.arange(2.0), np.arange(3, dtype=np.uint8), np.arange(4.0) * 0.5],
    [np.arange(6.0).reshape(2, 3), np.array([True, False])],
    [np.zeros(0), np.arange(3.0)],
    [np.arange(-5.0, 5.0, 0.1)[::7], rng.randn(5)],
]
for i, xs in enumerate(MESH):
    outs = np.meshgrid(*xs)
    ins = {f"in{j}": x for j, x in enumerate(xs)}
    res = {f"out{j}": o for j, o in enumerate(outs)}
    a.save(f"meshgrid_{i:02d}", **ins, **res)

# ---- concatenate / stack --------------------------------------------------------------------
t34 = np.arange(12.0).reshape(3, 4)
CONCAT = [
    ([t34, t34 + 100], 0),
    ([t34, t34 + 100], 1),
    ([t34, t34 + 100], -1),
    ([t34, t34[:1] + 100], -2),
    ([np.arange(6, dtype=np.uint8).reshape(2, 3), np.linspace(0, 1, 6).astype(np.float32).reshape(2, 3)], 0),
    ([np.arange(3, dtype=np.int32), np.array([0.5, 1.5], dtype=np.float16)], 0),
    ([np.array([True, False]), np.array([5, -6], dtype=np.int64)], 0),
    ([np.array([1, 2], dtype=np.int32), np.array([200, 255], dtype=np.uint8)], 0),
    ([np.arange(12).reshape(3, 4).T, np.arange(24).reshape(4, 6)[:, ::2]], 0),
    ([np.arange(12).reshape(3, 4).T, np.arange(24).reshape(4, 6)[:, ::2]], 1),
    ([np.arange(3.0), np.zeros(0), np.arange(2.0)[::-1]], 0),
    ([np.arange(24.0).reshape(2, 3, 4), np.arange(16.0).reshape(2, 2, 4)], 1),
    ([np.asfortranarray(t34), np.asfortranarray(t34 * 2)], 0),
    ([np.asfortranarray(t34), np.asfortranarray(t34 * 2)], 1),
    ([np.asfortranarray(t34), t34 * 2], 0),
    ([np.arange(5, dtype=np.float32)], 0),
    ([np.arange(4.0).reshape(2, 2), np.arange(2.0).reshape(2, 1), np.arange(6.0).reshape(2, 3)], 1),
    ([rng.randn(3, 1, 2), rng.randn(3, 2, 2).astype(np.float32)], -2),
]
for i, (arrs, axis) in enumerate(CONCAT):
    r = np.concatenate(arrs, axis=axis)
    ins = {f"in{j}": x for j, x in enumerate(arrs)}
    a.save(f"concatenate_{i:02d}", **ins, axis=np.array(axis), out=r, strides=np.array(r.strides, dtype=np.int64))

a.error("concatenate_err_empty", lambda: np.concatenate([]))
a.error("concatenate_err_zero_dim", lambda: np.concatenate([np.array(1.0), np.array(2.0)]))
a.error("concatenate_err_ndim", lambda: np.concatenate([np.zeros((2, 3)), np.zeros(3)]))
a.error("concatenate_err_shape", lambda: np.concatenate([np.zeros((2, 3)), np.zeros((2, 2))], axis=0))
a.error("concatenate_err_axis", lambda: np.concatenate([np.zeros((2, 3)), np.zeros((2, 3))], axis=2))
a.error("concatenate_err_neg_axis", lambda: np.concatenate([np.zeros((2, 3)), np.zeros((2, 3))], axis=-3))

STACK = [
    ([np.arange(3.0), np.arange(3.0) + 10], 0),
    ([np.arange(3.0), np.arange(3.0) + 10], 1),
    ([np.arange(3.0), np.arange(3.0) + 10, np.arange(3.0) + 20], -1),
    ([t34, t34 * 2], -1),
    ([t34, t34 * 2], 1),
    ([t34, t34 * 2], 2),
    ([np.arange(4, dtype=np.uint8), np.arange(4, dtype=np.int32)], 0),
    ([np.arange(6.0).reshape(2, 3).T, np.arange(6.0).reshape(3, 2)], 0),
    ([np.asfortranarray(t34), np.asfortranarray(t34 + 1)], 0),
    ([np.array(1.5), np.array(2.5)], 0),
    ([np.zeros((0, 2)), np.zeros((0, 2))], 1),
]
for i, (arrs, axis) in enumerate(STACK):
    r = np.stack(arrs, axis=axis)
    ins = {f"in{j}": x for j, x in enumerate(arrs)}
    a.save(f"stack_{i:02d}", **ins, axis=np.array(axis), out=r, strides=np.array(r.strides, dtype=np.int64))

a.error("stack_err_empty", lambda: np.stack([]))
a.error("stack_err_shape", lambda: np.stack([np.zeros(3), np.zeros(2)]))
a.error("stack_err_axis", lambda: np.stack([np.zeros(3), np.zeros(3)], axis=2))
a.error("stack_err_neg_axis", lambda: np.stack([np.zeros((2, 3)), np.zeros((2, 3))], axis=-4))

# ---- np.array from nested lists (inputs re-built in ArrayFromJavaTest by case name) -----------
ARRAY = {
    "array_int_float": [1, 2.5],
    "array_bool_int": [True, 1],
    "array_bool_float": [True, 2.5],
    "array_bools": [True, False],
    "array_uint8row_pyints": [np.array([1, 2], dtype=np.uint8), [3, 4]],
    "array_int32_float32_rows": [np.array([1, 2], dtype=np.int32), np.array([1.5, 2.5], dtype=np.float32)],
    "array_uint8_float32_rows": [np.array([1, 2], dtype=np.uint8), np.array([1.5, 2.5], dtype=np.float32)],
    "array_int32_float16_rows": [np.array([1, 2], dtype=np.int32), np.array([1.5, 2.5], dtype=np.float16)],
    "array_float32_pyfloat": [np.array([1.0], dtype=np.float32), [2.5]],
    "array_uint8_bool_rows": [np.array([7, 9], dtype=np.uint8), np.array([True, False])],
    "array_nested_ints": [[1, 2, 3], [4, 5, 6]],
    "array_nested3": [[[1.5], [2]], [[3], [4]]],
    "array_empty": [],
    "array_empty_rows": [[], []],
    "array_0d_and_int": [np.array(1.5), 2],
    "array_scalar_float": 2.5,
    "array_scalar_int": 7,
    "array_scalar_bool": True,
}
for name, obj in ARRAY.items():
    a.save(name, out=np.array(obj))

ARRAY_ERR = {
    "array_err_ragged_rows": [[1, 2], [3]],
    "array_err_scalar_and_list": [1, [2, 3]],
    "array_err_deep": [[1, [2]], [3, 4]],
    "array_err_ragged3": [[[1, 2]], [[3, 4], [5, 6]]],
    "array_err_three_rows": [[1, 2], [3, 4], [5]],
    "array_err_arrays": [np.zeros((2, 3)), np.zeros((2, 2))],
    "array_err_array_then_scalar": [np.zeros((2, 3)), 1],
}
for name, obj in ARRAY_ERR.items():
    a.error(name, lambda obj=obj: np.array(obj))
a.error("array_err_uint8_overflow", lambda: np.array([300], dtype=np.uint8))
a.error("array_err_int32_overflow_float", lambda: np.array([1.0, 3e9], dtype=np.int32))
a.error("array_err_int64_too_large", lambda: np.array([1e19], dtype=np.int64))
a.error("array_err_nan_to_int", lambda: np.array([math.nan], dtype=np.int64))
a.error("array_err_inf_to_uint8", lambda: np.array(-math.inf, dtype=np.uint8))
a.save("array_dtype_trunc_uint8", out=np.array([255.9, 0.5], dtype=np.uint8))
a.save("array_dtype_int64_exact", out=np.array([1.5, 2**62 + 1], dtype=np.int64))
a.save("array_dtype_wrap_int64_array", out=np.array(np.array([300, -1], dtype=np.int64), dtype=np.uint8))

a.close()
