"""Golden data for the fused Convolution layer (Conv.convForward / Conv.convBackward).

The book's Convolution layer (common/layers.py) with its im2col/col2im (common/util.py), restated:
forward  col = im2col(x); out = col . W.reshape(FN, -1).T + b; reshape(N, oh, ow, -1).transpose(0, 3, 1, 2)
backward dout' = dout.transpose(0, 2, 3, 1).reshape(-1, FN); db = sum(dout', 0); dW = col.T . dout'
         (transposed, reshaped to W's shape); dx = col2im(dout' . col_W.T).
For float32 the book's np.zeros buffers are created in the input's dtype (so everything stays float32).
Each case: x, W, b, dout (inputs), out, dx, dW, db (NumPy's results); stride and pad in cases.tsv.
Run: python3 ndarray/src/test/python/gen_convlayer.py
"""
import numpy as np
from golden_util import Area


def im2col(x, fh, fw, stride, pad):
    n, c, h, w = x.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    col = np.zeros((n, c, fh, fw, oh, ow), dtype=x.dtype)
    for y in range(fh):
        y_max = y + stride * oh
        for xx in range(fw):
            x_max = xx + stride * ow
            col[:, :, y, xx, :, :] = img[:, :, y:y_max:stride, xx:x_max:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, -1)


def col2im(col, shape, fh, fw, stride, pad):
    n, c, h, w = shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    col = col.reshape(n, oh, ow, c, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1), dtype=col.dtype)
    for y in range(fh):
        y_max = y + stride * oh
        for xx in range(fw):
            x_max = xx + stride * ow
            img[:, :, y:y_max:stride, xx:x_max:stride] += col[:, :, y, xx, :, :]
    return img[:, :, pad:h + pad, pad:w + pad]


def forward(x, W, b, stride, pad):
    fn, c, fh, fw = W.shape
    n, c, h, w = x.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    col = im2col(x, fh, fw, stride, pad)
    col_w = W.reshape(fn, -1).T
    out = np.dot(col, col_w) + b
    return out.reshape(n, oh, ow, -1).transpose(0, 3, 1, 2), col, col_w


def backward(dout, x, W, col, col_w, stride, pad):
    fn, c, fh, fw = W.shape
    d = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
    db = np.sum(d, axis=0)
    dW = np.dot(col.T, d).transpose(1, 0).reshape(fn, c, fh, fw)
    dcol = np.dot(d, col_w.T)
    dx = col2im(dcol, x.shape, fh, fw, stride, pad)
    return dx, dW, db


CASES = [
    # name, x shape, W shape, stride, pad
    ("c1_s1_p0", (2, 1, 7, 7), (3, 1, 3, 3), 1, 0),
    ("c3_s2_p1", (2, 3, 9, 8), (4, 3, 3, 3), 2, 1),
    ("c3_s1_p2", (3, 3, 6, 7), (5, 3, 2, 3), 1, 2),
    ("c2_s2_p2_odd", (2, 2, 11, 9), (3, 2, 5, 5), 2, 2),
    ("c3_1x1out", (1, 3, 5, 5), (2, 3, 5, 5), 1, 0),
    ("c2_n20_s1_p1", (20, 2, 6, 6), (4, 2, 3, 3), 1, 1),
    ("c1_s3_p1", (3, 1, 10, 8), (2, 1, 4, 2), 3, 1),
    ("simple_like", (4, 1, 12, 12), (6, 1, 5, 5), 1, 0),
    # FN >= K: dW through the (P x K) im2col rows (ConvLayer's other orientation)
    ("fn_ge_k_s1_p1", (5, 1, 8, 8), (10, 1, 3, 3), 1, 1),
    ("fn_ge_k_s2_p1", (3, 2, 9, 7), (9, 2, 2, 2), 2, 1),
]


def main():
    area = Area("convlayer")
    rng = np.random.default_rng(20261124)
    for name, xs, ws, stride, pad in CASES:
        for dt in (np.float64, np.float32):
            x = rng.standard_normal(xs).astype(dt)
            W = (rng.standard_normal(ws) * 0.5).astype(dt)
            b = rng.standard_normal(ws[0]).astype(dt)
            out, col, col_w = forward(x, W, b, stride, pad)
            dout = rng.standard_normal(out.shape).astype(dt)
            dx, dW, db = backward(dout, x, W, col, col_w, stride, pad)
            for a in (out, dx, dW, db):
                assert a.dtype == dt, (name, a.dtype)
            case = f"{name}_{np.dtype(dt).name}"
            area.save(case, x=x, W=W, b=b, dout=dout, out=out, dx=dx, dW=dW, db=db)
            area.line(case, stride, pad)
    area.close()


if __name__ == "__main__":
    main()
