"""Golden files for dev.zeroj.ndarray.io.Npy (the .npy format).

For every case <case>.npy is a file written by NumPy (np.save, or numpy.lib.format.write_array for
versions 2.0 and 3.0) and <case>.bin holds the same elements as raw C-order little-endian bytes, so
the Java test can check Npy.load against bytes without trusting Npy. cases.tsv lines:

  file   <case> <dtype> <shape> <fortran_order> <version> <byte order '<' '>' or '|'>
  write  <case> <source case> <axes>   np.save of source.transpose(axes) (axes '-' = source itself)
  header <dtype> <fortran_order> <shape> <hex of the header bytes np.save writes>
  error  <case> <NumPy's exception type> <NumPy's message>   for the corrupt bytes in <case>.bad;
         'same_' cases: zeroj must give NumPy's message; 'diff_' cases: zeroj differs on purpose
         (a dtype zeroj lacks, a message naming NumPy-only options), only a ValueError is required.

<shape> is comma-separated dims ('' for 0-d). Deterministic (fixed seed).
"""
import io
import os
import re

import numpy as np
import numpy.lib.format as fmt
from numpy.lib import _format_impl  # _write_array_header: what np.save uses

from golden_util import Area

area = Area("npy")
rng = np.random.default_rng(20240607)

DTYPES = ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]


def values(dtype, shape):
    n = int(np.prod(shape)) if len(shape) else 1
    if dtype == "bool":
        v = rng.integers(0, 2, n).astype(bool)
    elif dtype == "uint8":
        v = rng.integers(0, 256, n).astype(np.uint8)
        v[:2] = [0, 255][: min(2, n)]
    elif dtype in ("int32", "int64"):
        info = np.iinfo(dtype)
        v = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
        v[:3] = [info.min, info.max, -1][: min(3, n)]
    else:
        v = (rng.standard_normal(n) * 1000).astype(dtype)
        info = np.finfo(dtype)
        special = np.array([np.nan, np.inf, -np.inf, -0.0, info.tiny / 4, info.max], dtype=dtype)
        k = min(len(special), n)
        v[:k] = special[:k]
    return v.reshape(shape)


def shape_str(shape):
    return ",".join(str(d) for d in shape)


def write_file(case, arr, version):
    path = os.path.join(area.dir, case + ".npy")
    if version == (1, 0):
        np.save(path, arr, allow_pickle=False)
    else:
        with open(path, "wb") as f:
            fmt.write_array(f, arr, version=version, allow_pickle=False)
    with open(os.path.join(area.dir, case + ".bin"), "wb") as f:
        f.write(arr.astype(arr.dtype.newbyteorder("<")).tobytes(order="C"))
    with open(path, "rb") as f:
        assert f.read(6) == b"\x93NUMPY"
        major = f.read(1)[0]
        assert (major, 0) == version, (case, major)
    order = arr.dtype.byteorder if arr.dtype.itemsize > 1 else "|"
    order = "<" if order == "=" else order
    fortran = arr.flags.f_contiguous and not arr.flags.c_contiguous
    area.line("file", case, arr.dtype.name, shape_str(arr.shape), fortran, f"{version[0]}.{version[1]}", order)
    area.count += 1


# Every dtype x C/F order x byte order x version, on a 3-D array.
for dt in DTYPES:
    base = values(dt, (2, 3, 4))
    for order in "CF":
        for endian in "<>":
            if endian == ">" and np.dtype(dt).itemsize == 1:
                continue  # single bytes have no byte order
            for version in [(1, 0), (2, 0), (3, 0)]:
                arr = base.astype(np.dtype(dt).newbyteorder(endian), order=order)
                case = f"{dt}_{order}_{'le' if endian == '<' else 'be'}_v{version[0]}"
                write_file(case, arr, version)

# Special shapes: 0-d, empty, 1-D, a size-1 axis, 2-D in both orders, 4-D.
SHAPES = {"0d": (), "empty1": (0,), "empty3": (2, 0, 3), "1d": (7,), "row": (1, 5), "2d": (3, 5), "4d": (2, 1, 3, 2)}
for dt in DTYPES:
    for name, shape in SHAPES.items():
        arr = values(dt, shape)
        write_file(f"{dt}_{name}", arr, (1, 0))
        if len(shape) >= 2:
            write_file(f"{dt}_{name}_F", np.asfortranarray(arr), (1, 0))
        if np.dtype(dt).itemsize > 1:
            write_file(f"{dt}_{name}_be", arr.astype(arr.dtype.newbyteorder(">")), (1, 0))

# What np.save writes for arrays that are neither C- nor F-contiguous, or both.
for dt in ["float64", "int32", "bool"]:
    src = f"{dt}_permsrc"
    base = values(dt, (2, 3, 4))
    write_file(src, base, (1, 0))
    for axes in [(1, 0, 2), (2, 0, 1), (2, 1, 0), (0, 2, 1)]:
        case = f"{dt}_perm_{''.join(map(str, axes))}"
        np.save(os.path.join(area.dir, case + ".npy"), base.transpose(axes))
        area.line("write", case, src, ",".join(map(str, axes)))
        area.count += 1

# Header bytes for many shapes (alignment, growth padding, padlen == 64, large dims).
header_shapes = [(), (0,), (1,), (9,), (10,), (2**31 - 1,), (1, 1), (3, 1), (1, 3), (5, 2**20, 0)]
header_shapes += [tuple(int(x) for x in rng.integers(0, 10 ** int(rng.integers(1, 10)), int(rng.integers(1, 9))))
                  for _ in range(40)]
header_shapes += [(7,) * k for k in range(1, 20)] + [(123456,) * k for k in range(1, 12)]
for shape in header_shapes:
    for dt in ["bool", "uint8", "float16", "float64"]:
        for fortran in (False, True):
            buf = io.BytesIO()
            _format_impl._write_array_header(buf, {"descr": fmt.dtype_to_descr(np.dtype(dt)), "fortran_order": fortran,
                                          "shape": shape})
            area.line("header", dt, fortran, shape_str(shape), buf.getvalue().hex())
            area.count += 1



# Corrupt inputs and NumPy's error for each (read from a stream, as np.load does inside an .npz).
def raw(header, version=1, major=None):
    h = header.encode("utf8" if version == 3 else "latin1")
    n = len(h).to_bytes(2 if version == 1 else 4, "little")
    return b"\x93NUMPY" + bytes([version if major is None else major, 0]) + n + h


def good(shape="(3,)", descr="'<f8'", fortran="False"):
    return "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)


BAD = {
    "same_magic": b"\x93NUMPZ\x01\x00" + raw(good())[8:] + bytes(24),
    "same_magic_quote": b"ab'cd\x00\x01\x00" + raw(good())[8:],
    "same_magic_zip": b"PK\x03\x04\x14\x00\x00\x00\x00\x00",
    "same_version_4": raw(good(), major=4) + bytes(24),
    "same_version_0": raw(good(), major=0) + bytes(24),
    "same_version_minor": raw(good())[:7] + b"\x01" + raw(good())[8:] + bytes(24),
    "same_eof_magic": b"\x93NUM",
    "same_eof_empty": b"",
    "same_eof_hlen": raw(good())[:9],
    "same_eof_hlen_v2": raw(good(), 2)[:11],
    "same_eof_header": raw(good())[:40],
    "same_eof_header_v3": raw(good(), 3)[:40],
    "same_eof_data": raw(good("(100,)")) + bytes(13),
    "same_eof_data_v2": raw(good("(2, 5)", "'<i4'"), 2) + bytes(39),
    "same_not_dict": raw("[1, 2]"),
    "same_not_dict_tuple": raw("('descr', '<f8')"),
    "same_not_dict_str": raw("'hello'"),
    "same_keys_missing": raw("{'descr': '<f8', 'shape': (1,)}"),
    "same_keys_extra": raw("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1}"),
    "same_keys_none": raw("{}"),
    "same_shape_list": raw(good("[3]")),
    "same_shape_float": raw(good("(1.5,)")),
    "same_shape_str": raw(good("'3'")),
    "same_shape_int": raw(good("3")),
    "same_fortran_int": raw(good(fortran="1")),
    "same_fortran_none": raw(good(fortran="None")),
    "same_negative": raw(good("(-1,)")) + bytes(8),
    "same_negative2": raw(good("(2, -3)")) + bytes(8),
    "same_descr_int": raw(good(descr="5")),
    "same_descr_none": raw(good(descr="None")),
    "diff_descr_garbage": raw(good(descr="'zz'")),
    "diff_object": raw(good(descr="'|O'")) + bytes(24),
    "diff_structured": raw(good(descr="[('a', '<i4'), ('b', '<f8')]")) + bytes(36),
    "diff_int16": raw(good(descr="'<i2'")) + bytes(6),
    "diff_complex": raw(good(descr="'<c16'")) + bytes(48),
    "diff_unicode": raw(good(descr="'<U3'")) + bytes(36),
    "diff_syntax": raw("{'descr': "),
    "diff_syntax_call": raw(good("(__import__('os'),)")),
    "diff_header_huge": raw("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }" + " " * 20000, 2) + bytes(8),
    "diff_bad_utf8": raw(good(), 3)[:12] + b"\xff\xfe" + raw(good(), 3)[14:],
    "same_too_many_dims": raw(good("(" + "1, " * 65 + ")")) + bytes(8),
}
for name, data in BAD.items():
    with open(os.path.join(area.dir, name + ".bad"), "wb") as f:
        f.write(data)
    try:
        fmt.read_array(io.BytesIO(data), allow_pickle=False)
    except Exception as e:  # noqa: BLE001 - we record whatever NumPy raises
        msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(e)).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        if name.startswith("same_"):
            assert type(e) is ValueError and "\n" not in str(e), (name, e)
        area.line("error", name, type(e).__name__, msg)
        area.count += 1
        continue
    assert name.startswith("diff_"), name  # NumPy reads it; zeroj cannot (a dtype it lacks)
    area.line("error", name, "-", "-")
    area.count += 1

area.close()
