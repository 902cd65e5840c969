#!/usr/bin/env python3
"""Golden data for views and copies: reshape (-1, view vs copy), T, transpose, swapaxes, ravel,
squeeze, expand_dims, broadcast_to, basic slicing, flatten, copy.

cases.tsv: view <case> <input> <pre> <op> <args> <shares> <writeable>
  x = in.<input> (a fresh copy), then b = x[pre] (`-` none, `T`, or an index spec as in gen_ufunc),
  r = op(b, args); <case>.out is r, <case>.strides its byte strides if it is a view
  (0 for length-1 axes, where any stride is valid), <shares> is np.shares_memory(r, x) (1/0). Unless op is
  broadcast_to, r += 1000 is then written through r and <case>.base is x afterwards. <writeable> is
  r.flags.writeable (1/0; `-` for a NumPy scalar): broadcast_to views, and views of them, are read-only.
"""
import numpy as np
from golden_util import Area
from gen_ufunc_views import apply_view

A = Area("views")
IN = {
    "a46": np.arange(24, dtype=np.float64).reshape(4, 6),
    "b234": np.arange(24, dtype=np.int64).reshape(2, 3, 4),
    "c6": np.arange(6, dtype=np.float64),
    "d131": np.arange(3, dtype=np.float64).reshape(1, 3, 1),
    "e0d": np.array(5.0),
    "f03": np.zeros((0, 3)),
    "g3114": np.arange(12, dtype=np.int64).reshape(3, 1, 1, 4),
    "h2345": np.arange(120, dtype=np.float32).reshape(2, 3, 4, 5),
}
A.save("in", **IN)


def ints(s):
    return tuple(int(v) for v in s.split(",")) if s else ()


def run(op, b, args):
    if op == "reshape":
        return b.reshape(ints(args))
    if op == "T":
        return b.T
    if op == "transpose":
        return b.transpose(*ints(args))
    if op == "swapaxes":
        return b.swapaxes(*ints(args))
    if op == "ravel":
        return b.ravel()
    if op == "squeeze":
        return b.squeeze(axis=ints(args) if args else None)
    if op == "expand_dims":
        return np.expand_dims(b, int(args))
    if op == "broadcast_to":
        return np.broadcast_to(b, ints(args))
    if op == "broadcast_to_T":  # a view of a read-only view is read-only; a copy of it is writeable
        return np.broadcast_to(b, ints(args)).T
    if op == "broadcast_to_reshape":
        return np.broadcast_to(b, ints(args)).reshape(-1)
    if op == "broadcast_to_copy":
        return np.broadcast_to(b, ints(args)).copy()
    if op == "get":
        return apply_view(b, args)
    if op == "flatten":
        return b.flatten()
    if op == "copy":
        return b.copy()
    if op == "np_copy":  # order='K', unlike ndarray.copy's 'C'
        return np.copy(b)
    if op == "astype":  # order='K'
        return b.astype(np.float32)
    raise ValueError(op)


CASES = [
    # reshape: views where the strides allow, copies where they do not
    ("a46", "-", "reshape", "6,4"), ("a46", "-", "reshape", "-1"), ("a46", "-", "reshape", "2,-1,3"),
    ("a46", "-", "reshape", "24,1"), ("a46", "-", "reshape", "-2,3"), ("c6", "::-1", "reshape", "-7"), ("a46", "-", "reshape", "1,24"), ("a46", "-", "reshape", "4,6,1,1"),
    ("a46", ":,::2", "reshape", "4,3,1"), ("a46", ":,::2", "reshape", "12"), ("a46", ":,::2", "reshape", "2,2,3"),
    ("a46", "T", "reshape", "-1"), ("a46", "T", "reshape", "6,2,2"), ("a46", "T", "reshape", "3,2,4"),
    ("a46", "::2", "reshape", "-1"), ("a46", "::2", "reshape", "2,3,2"), ("a46", "::-1", "reshape", "24"),
    ("a46", ":,::-1", "reshape", "4,2,3"), ("a46", "1:3,:", "reshape", "12"), ("a46", ":,1:3", "reshape", "8"),
    ("a46", ":,1:3", "reshape", "4,2,1"), ("a46", "None,:,None,:", "reshape", "4,6"), ("a46", ":,0", "reshape", "2,2"),
    ("b234", "-", "transpose", "1,0,2"), ("b234", "-", "reshape", "6,4"),
    ("b234", "T", "reshape", "4,6"), ("b234", "T", "reshape", "4,3,2"), ("b234", "T", "reshape", "2,2,6"),
    ("h2345", "-", "transpose", "0,2,1,3"), ("h2345", ":,:,::2", "reshape", "6,10"), ("h2345", ":,:,::2", "reshape", "2,3,10"),
    ("h2345", "...,::2", "reshape", "24,3"), ("h2345", "1", "reshape", "60"), ("h2345", ":,1", "reshape", "40"),
    ("c6", "-", "reshape", "2,3"), ("c6", "::2", "reshape", "3,1"), ("c6", "::2", "reshape", "1,3"),
    ("c6", "::-1", "reshape", "3,2"), ("e0d", "-", "reshape", "1,1"), ("e0d", "-", "reshape", "-1"),
    ("f03", "-", "reshape", "3,0"), ("f03", "-", "reshape", "5,0,7"), ("f03", "T", "reshape", "0"),
    ("d131", "-", "reshape", "3"), ("d131", "-", "reshape", "3,1,1"), ("g3114", "-", "reshape", "12"),
    ("g3114", ":,:,:,::2", "reshape", "6"), ("g3114", ":,:,:,::2", "reshape", "3,2"), ("g3114", "::-1", "reshape", "3,4"),
    # transposes
    ("a46", "-", "T", ""), ("a46", ":,::2", "T", ""), ("b234", "-", "T", ""), ("b234", "-", "transpose", ""),
    ("b234", "-", "transpose", "2,0,1"), ("b234", "-", "transpose", "-1,0,-2"), ("h2345", "-", "transpose", "3,1,2,0"),
    ("c6", "-", "T", ""), ("e0d", "-", "T", ""),
    ("b234", "-", "swapaxes", "0,2"), ("b234", "-", "swapaxes", "-1,1"), ("a46", "-", "swapaxes", "0,0"),
    # ravel: a view only for C-contiguous input
    ("a46", "-", "ravel", ""), ("a46", "T", "ravel", ""), ("a46", ":,::2", "ravel", ""), ("c6", "::2", "ravel", ""),
    ("a46", ":,:1", "ravel", ""), ("a46", "1:3", "ravel", ""), ("a46", "1", "ravel", ""), ("d131", "-", "ravel", ""),
    ("e0d", "-", "ravel", ""), ("f03", "-", "ravel", ""), ("a46", "::-1", "ravel", ""),
    # squeeze / expand_dims
    ("d131", "-", "squeeze", ""), ("d131", "-", "squeeze", "0"), ("d131", "-", "squeeze", "-1"), ("d131", "-", "squeeze", "0,2"),
    ("g3114", "-", "squeeze", ""), ("g3114", "::-1", "squeeze", "1"), ("a46", "-", "squeeze", ""), ("e0d", "-", "squeeze", ""),
    ("c6", "-", "expand_dims", "0"), ("c6", "-", "expand_dims", "1"), ("c6", "-", "expand_dims", "-1"),
    ("a46", "T", "expand_dims", "1"), ("a46", "-", "expand_dims", "-3"), ("e0d", "-", "expand_dims", "0"),
    # basic indexing
    ("a46", "-", "get", "1"), ("a46", "-", "get", "-1"), ("a46", "-", "get", "1,2"), ("a46", "-", "get", ":,2"),
    ("a46", "-", "get", "1:3,::2"), ("a46", "-", "get", "::-1,::-2"), ("a46", "-", "get", "None"), ("a46", "-", "get", "...,None"),
    ("a46", "-", "get", "...,1"), ("a46", "-", "get", "1,..."), ("a46", "-", "get", "None,1,None,::3"), ("a46", "-", "get", "..."),
    ("a46", "-", "get", "5:1"), ("a46", "-", "get", "-100:100,-2:"), ("a46", "-", "get", "3:0:-1,4::-2"), ("a46", "-", "get", ":0"),
    ("b234", "-", "get", "1,...,2"), ("b234", "-", "get", ":,None,1:,::-1"), ("b234", "-", "get", "...,None,1"),
    ("b234", "-", "get", "-1,-1,-1"), ("e0d", "-", "get", "..."), ("e0d", "-", "get", "None"), ("c6", "-", "get", "10:"),
    ("h2345", "T", "get", "1:3,...,0"), ("a46", ":,::2", "get", "::-1,1"),
    # steps near the int range (Slice.indices must not overflow)
    ("c6", "-", "get", "0:6:2147483647"), ("c6", "-", "get", "5::-2147483648"), ("c6", "-", "get", "::-2147483648"),
    ("c6", "-", "get", "-2147483648:2147483647:2147483647"), ("c6", "-", "get", "2147483647:-2147483648:-2147483648"),
    ("a46", "-", "get", "1::2147483647,::-2147483647"),
    # broadcast_to (read-only in NumPy: values and sharing only)
    ("c6", "-", "broadcast_to", "4,6"), ("d131", "-", "broadcast_to", "2,3,3"), ("e0d", "-", "broadcast_to", "2,2"),
    ("a46", ":,:1", "broadcast_to", "3,4,6"), ("c6", "-", "broadcast_to_T", "4,6"), ("e0d", "-", "broadcast_to_T", "2,2"),
    ("c6", "-", "broadcast_to_reshape", "1,6"), ("c6", "-", "broadcast_to_reshape", "2,6"), ("c6", "-", "broadcast_to_copy", "2,6"),
    ("c6", "-", "broadcast_to", "6"),
    # always copies
    ("a46", "-", "flatten", ""), ("a46", "T", "flatten", ""), ("e0d", "-", "flatten", ""), ("a46", "-", "copy", ""),
    ("a46", ":,::2", "copy", ""), ("f03", "-", "copy", ""),
    # memory order of copies: ndarray.copy, flatten, reshape copies are C; np.copy and astype keep it (K)
    ("a46", "T", "copy", ""), ("b234", "-", "transpose", "1,2,0"), ("a46", "T", "np_copy", ""), ("a46", "-", "np_copy", ""),
    ("b234", "T", "np_copy", ""), ("h2345", ":,::-1,::2", "np_copy", ""), ("a46", "T", "astype", ""),
    ("a46", ":,::2", "astype", ""), ("b234", "-", "astype", ""), ("h2345", "T", "astype", ""), ("f03", "T", "astype", ""),
    ("a46", "::-1,:", "astype", ""), ("a46", ":,::-1", "astype", ""), ("g3114", "T", "astype", ""),
    ("a46", "None,:,None,:", "astype", ""), ("a46", "T", "flatten", ""),
]
for i, (k, pre, op, args) in enumerate(CASES):
    x = IN[k].copy()
    b = x if pre == "-" else apply_view(x, pre)
    r = run(op, b, args)
    shares = int(np.shares_memory(r, x))
    out = r.copy()
    case = f"v{i:03d}_{op}"
    if (shares or r.ndim >= 2) and r.size > 1:  # a view's (Layout.reshapeStrides etc.) or a copy's memory order
        A.save(case, strides=np.array([st if n > 1 else 0 for st, n in zip(r.strides, r.shape)], np.int64))
        A.count -= 1
    if not r.flags.writeable:
        A.save(case, out=out)
    else:
        r += 1000
        A.save(case, out=out, base=x)
    A.line("view", case, k, pre, op, args if args else "-", shares,
           int(r.flags.writeable) if isinstance(r, np.ndarray) else "-")  # NumPy scalars: zeroj's 0-d copy is writeable
A.close()
