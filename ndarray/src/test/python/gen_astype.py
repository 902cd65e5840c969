#!/usr/bin/env python3
"""Golden data for casts: astype between every pair of zeroj's 7 dtypes (NumPy's unsafe casting
results on x86-64), and float16 rounding from float32 and float64 (ties, subnormals, overflow).

Files: in.<src>.npy (the source values), <src>_<dst>.out.npy (src.astype(dst));
half.f32 / half.f32_to_f16 (random float32 bit patterns and NumPy's float16 of them),
half.f64 / half.f64_to_f16 (doubles around float16 ties, subnormals and the overflow edge),
half.all_f16 / half.all_to_f32 (all 65536 float16 bit patterns and their float32 values).
"""
import numpy as np
import warnings
from golden_util import Area

warnings.simplefilter("ignore")
A = Area("astype")
DT = {"b": np.bool_, "u1": np.uint8, "i4": np.int32, "i8": np.int64, "f2": np.float16, "f4": np.float32, "f8": np.float64}

FLOATS = [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.0, -1.0, 2.5, -2.5, 0.5, 1.5, -0.5, 0.7, -0.7, 255.7, 255.0, 256.0,
          300.0, -1.0, -129.9, 127.5, 1e10, -1e10, 65504.0, 65519.99, 65520.0, -65520.0, 6e-8, 2.98e-8, 3e-8, 1e-5,
          6.1e-5, 2049.0, 2051.0, 16777217.0, 2.0**31, -2.0**31, -2.0**31 - 1, 2.0**31 - 0.5, 2.0**32 + 5, 2.0**63,
          -2.0**63, 9.3e18, -9.3e18, 2.0**53 + 2, 1e300, -1e300, 5e-324, 3.4028235e38, 3.5e38, 0.1, 1 / 3]
INTS = [0, 1, -1, 2, 255, 256, 300, -129, 127, 128, 65504, 65519, 65520, 2049, 2051, 16777217, 2**31 - 1, -2**31,
        2**31, -2**31 - 1, 2**32 + 5, 2**53 + 1, 2**62 + 2**40 + 1, 2**63 - 1, -2**63, -2**63 + 1, 4294967295, 1099511627776]

src = {}
src["f8"] = np.array(FLOATS, np.float64)
src["f4"] = src["f8"].astype(np.float32)
src["f2"] = src["f8"].astype(np.float16)
src["i8"] = np.array(INTS, np.int64)
src["i4"] = src["i8"].astype(np.int32)
src["u1"] = src["i8"].astype(np.uint8)
src["b"] = np.array([True, False, True, True, False], np.bool_)
A.save("in", **src)
for s, x in src.items():
    for d, t in DT.items():
        A.save(f"{s}_{d}", out=x.astype(t))
    # non-contiguous source and 2-D shape: the same values through a strided view
    A.save(f"{s}_rev", out=x[::-2].astype(np.float64 if s != "f8" else np.int64))

rng = np.random.default_rng(7)
bits = rng.integers(0, 2**32, 20000, dtype=np.uint64).astype(np.uint32)
# bias towards the float16 range: exponents 100..145 (subnormal halves up to overflow)
near = (rng.integers(100, 146, 20000).astype(np.uint32) << 23) | (rng.integers(0, 2**23, 20000).astype(np.uint32))
near |= (rng.integers(0, 2, 20000).astype(np.uint32) << 31)
# exact ties: a half mantissa plus exactly half an ulp (low 13 bits 0x1000), and +-1 float ulp around it
ties = ((rng.integers(103, 143, 6000).astype(np.uint32) << 23) | (rng.integers(0, 1024, 6000).astype(np.uint32) << 13)
        | np.uint32(0x1000))
f32 = np.concatenate([bits, near, ties, ties + 1, ties - 1]).view(np.float32)
f64 = np.concatenate([f32[20000:].astype(np.float64),
                      f32[40000:].astype(np.float64) * (1 + 2.0**-40), f32[40000:].astype(np.float64) * (1 - 2.0**-40),
                      np.array([65504.0, 65519.999, 65520.0, 65519.99999999999, 2.0**-25, 2.0**-25 * (1 + 2**-50),
                                2.0**-24 * 1.5, 2.0**-24 * 2.5, 2.0**-14 * (1 - 2**-11), 1e-30, -1e-30])])
all_h = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
A.save("half", f32=f32, f32_to_f16=f32.astype(np.float16), f64=f64, f64_to_f16=f64.astype(np.float16),
       all_f16=all_h, all_to_f32=all_h.astype(np.float32))
A.count = len(DT) * len(DT) + len(DT) + 3

# dtype spellings (DType.of): NumPy's answer, case-sensitive. cases.tsv: dtype <name> ok <dtype> |
# dtype <name> other <numpy dtype> (a NumPy dtype zeroj does not have) | dtype <name> err <Type> <message>
ZEROJ = {"bool", "uint8", "int32", "int64", "float16", "float32", "float64"}
SPELLINGS = ["bool", "?", "b1", "bool_", "uint8", "u1", "ubyte", "B", "int32", "i4", "intc", "i", "int64", "i8", "int",
             "int_", "long", "intp", "l", "q", "longlong", "p", "float16", "f2", "half", "e", "float32", "f4", "single",
             "f", "float64", "f8", "float", "double", "d", "<f4", "|f4", "=f8", "<i8", "|u1", "<u1", ">u1", "|b1", "<?",
             "=?", "|i8", ">f8", ">i4", "Float32", "FLOAT32", "Int64", "Bool", "Half", "F8", "float_", "f1", "bool8",
             "int0", "", " float32", "float32 ", "F", "D", "G", "g", "b", "h", "H", "I", "L", "Q", "P", "O", "int8",
             "int16", "uint16", "uint32", "uint64", "uint", "complex64", "complex128", "float128", "longdouble",
             "object", "c8", "i2", "u8", "<c16", "M8", "str"]
for n in SPELLINGS:
    try:
        t = np.dtype(n)
        A.line("dtype", n, "ok" if str(t) in ZEROJ else "other", str(t))
    except TypeError as e:
        A.line("dtype", n, "err", type(e).__name__, str(e))
    A.count += 1
A.close()
