#!/usr/bin/env python3
"""Golden error texts of the core (ufuncs, views, basic indexing, assignment): exception type and
NumPy's exact message per named case. ErrorsGoldenTest maps every case name to the same zeroj call."""
import numpy as np
from golden_util import Area

A = Area("errors")
a46 = np.arange(24.0).reshape(4, 6)
c6 = np.arange(6.0)
d131 = np.zeros((1, 3, 1))
u8 = np.array([1, 2], np.uint8)
i4 = np.array([1, 2], np.int32)
i8 = np.array([1, 2], np.int64)
b = np.array([True, False])


def inplace_add(x, y):
    x += y


def fancy_add(x, i, y):
    x[i] += y


def setall(x, y):
    x[...] = y


CASES = {
    # broadcasting (NumPy ends the text with a space)
    "bc_32_3": lambda: np.ones((3, 2)) + np.ones(3),
    "bc_4_5": lambda: np.ones(4) * np.ones(5),
    "bc_3d": lambda: np.less(np.ones((2, 3, 4)), np.ones((3, 1, 5))),
    "bc_out_shape": lambda: np.add(np.ones(3), np.ones(3), out=np.zeros(4)),
    "bc_out_scalar": lambda: np.add(np.ones((2, 3)), 1.0, out=np.zeros((3, 3))),
    "bc_unary_out": lambda: np.sqrt(np.ones(3), out=np.zeros(4)),
    "nonbc_out": lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros((2, 1))),
    "nonbc_inplace": lambda: inplace_add(np.ones(3), np.ones((2, 3))),
    "assign_bc": lambda: setall(np.zeros((4, 6)), np.ones(5)),
    "broadcast_to": lambda: np.broadcast_to(np.ones(3), (2, 4)),
    # casting of outputs
    "cast_out_f8_i8": lambda: np.add(np.ones(3), np.ones(3), out=np.zeros(3, np.int64)),
    "cast_inplace_i8_float": lambda: inplace_add(np.arange(3), 1.5),
    "cast_inplace_i4_f4": lambda: inplace_add(np.arange(3, dtype=np.int32), np.ones(3, np.float32)),
    "cast_out_first": lambda: np.add(np.ones((3, 2)), np.ones(3), out=np.zeros((3, 2), np.int32)),
    "cast_divide_int_out": lambda: np.divide(i4, i4, out=np.zeros(2, np.int32)),
    "cast_inplace_u1_bool_out": lambda: np.add(u8, u8, out=np.zeros(2, np.bool_)),
    # unsupported dtypes for an op
    "bool_subtract": lambda: b - b,
    "bool_negative": lambda: -b,
    "bool_sign": lambda: np.sign(b),
    # NEP 50 Python integers out of range, negative integer powers
    "pyint_300_u8": lambda: u8 + 300,
    "pyint_m1_u8": lambda: u8 * -1,
    "pyint_big_i4": lambda: i4 - 2**40,
    "pyint_300_u8_left": lambda: np.maximum(300, u8),
    "int_negative_power": lambda: i8 ** np.array([1, -1]),
    "int_negative_power_scalar": lambda: i8 ** -2,
    # reshape
    "reshape_6_4": lambda: np.arange(6).reshape(4),
    "reshape_6_4_2": lambda: np.arange(6).reshape(4, 2),
    "reshape_6_m1_4": lambda: np.arange(6).reshape(-1, 4),
    "reshape_two_unknown": lambda: np.arange(6).reshape(-1, -1),
    "reshape_m2_4": lambda: np.arange(6).reshape(-2, 4),
    "reshape_m1_m3": lambda: np.arange(6).reshape(-1, -3),
    "reshape_0_m1": lambda: np.zeros((0, 3)).reshape(0, -1),
    # axes
    "squeeze_axis_2_of_1": lambda: c6.squeeze(axis=2),
    "squeeze_not_one": lambda: d131.squeeze(axis=1),
    "squeeze_dup": lambda: d131.squeeze(axis=(0, 0)),
    "expand_dims_3": lambda: np.expand_dims(c6, 3),
    "expand_dims_m3": lambda: np.expand_dims(c6, -3),
    "swapaxes_2": lambda: a46.swapaxes(0, 2),
    "swapaxes_m3": lambda: a46.swapaxes(-3, 1),
    "transpose_len": lambda: a46.transpose(0, 1, 2),
    "transpose_axis": lambda: a46.transpose(0, 2),
    "transpose_repeat": lambda: a46.transpose(1, 1),
    # basic indexing
    "index_4_of_4": lambda: a46[4],
    "index_m7": lambda: a46[:, -7],
    "index_too_many": lambda: a46[1, 2, 3],
    "index_two_ellipses": lambda: a46[..., 1, ...],
    "slice_step_zero": lambda: a46[::0],
    # assigning a Python scalar checks it against an integer dtype (x[...] = v, x.fill(v))
    "assign_nan_i8": lambda: setall(np.zeros(2, np.int64), np.nan),
    "assign_inf_i4": lambda: setall(np.zeros(2, np.int32), np.inf),
    "assign_minf_u8": lambda: setall(np.zeros(2, np.uint8), -np.inf),
    "assign_300_u8": lambda: setall(np.zeros(2, np.uint8), 300),
    "assign_m1_u8": lambda: setall(np.zeros((2, 2), np.uint8)[:, 0], -1),
    "assign_2p40_i4": lambda: setall(np.zeros(2, np.int32), 2**40),
    "assign_1e10_i4": lambda: setall(np.zeros(2, np.int32), 1e10),
    "assign_1e20_i8": lambda: setall(np.zeros(2, np.int64), 1e20),
    "assign_m3p7_u8": lambda: setall(np.zeros(2, np.uint8), -3.7),
    "assign_300p5_u8": lambda: setall(np.zeros(2, np.uint8), 300.5),
    "fill_nan_i4": lambda: np.zeros(2, np.int32).fill(np.nan),
    "set_nan_u8": lambda: np.zeros(3, np.uint8).__setitem__(0, np.nan),
    "set_fancy_nan_u8": lambda: np.zeros(3, np.uint8).__setitem__([0, 1], np.nan),
    "set_fancy_m3p7_u8": lambda: np.zeros(3, np.uint8).__setitem__([0], -3.7),
    # read-only arrays (np.broadcast_to views and views of them) are never written
    "ro_out": lambda: np.add(np.arange(5), 1, out=np.broadcast_to(np.zeros(1), 5)),
    "ro_out_before_shape": lambda: np.add(np.ones(3), np.ones(3), out=np.broadcast_to(np.zeros(1), 4)),
    "ro_out_before_cast": lambda: np.add(np.ones(4), np.ones(4), out=np.broadcast_to(np.zeros(1, np.int64), 4)),
    "ro_unary_out": lambda: np.sqrt(np.ones(4), out=np.broadcast_to(np.zeros(1), 4)),
    "ro_clip_out": lambda: np.clip(np.ones(4), 0, 1, out=np.broadcast_to(np.zeros(1), 4)),
    "ro_inplace": lambda: inplace_add(np.broadcast_to(np.zeros(1), 5), 1),
    "ro_inplace_big": lambda: inplace_add(np.broadcast_to(np.zeros(1), 100000), 1.0),
    "ro_assign": lambda: setall(np.broadcast_to(np.zeros(1), 5), 1.0),
    "ro_assign_view": lambda: setall(np.broadcast_to(np.zeros(3), (2, 3)).T[1:], np.ones((2, 2))),
    "ro_set": lambda: np.broadcast_to(np.zeros(1), 5).__setitem__(0, 1.0),
    "ro_set_fancy": lambda: np.broadcast_to(np.zeros(1), 5).__setitem__([0, 1], 1.0),
    "ro_set_mask": lambda: np.broadcast_to(np.zeros(1), 5).__setitem__(np.ones(5, bool), 1.0),
    "ro_inplace_fancy": lambda: fancy_add(np.broadcast_to(np.zeros(1), 5), [0, 1], 1),
    "ro_sort": lambda: np.broadcast_to(np.arange(3.0)[::-1], (2, 3)).sort(),
    # int() of a float scalar (NDArray.longValue)
    "int_nan": lambda: int(np.float64("nan")),
    "int_inf": lambda: int(np.float64("inf")),
    "int_minf_0d": lambda: int(np.array(-np.inf)),
    "int_f32_nan": lambda: int(np.float32("nan")),
    "int_f2_inf": lambda: int(np.array(np.inf, np.float16)),
    # errors raised inside parallel pieces (the Java test runs every case with 2 threads)
    "par_int_negative_power": lambda: np.power(np.arange(100000), -1),
}
for name, fn in CASES.items():
    A.error(name, fn)
A.close()
