"""Golden data for zeroj's Conv (im2col, col2im, max pooling forward/backward).

The functions below restate the book's common/util.py im2col/col2im and common/layers.py Pooling
(see /work/shared/book/SPEC.md) in NumPy, with the same operations in the same order, so their
results are the book's bit for bit. One deliberate parameter: `dtype` of the working buffers. The
book always uses float64 (np.zeros default); for float32 inputs zeroj keeps float32, which is the
book's code with its buffers created in the input's dtype (same values for the copies, float32 sums
for col2im / pooling backward, still in the book's order).

Writes ndarray/src/test/resources/golden/conv/. Run: python3 ndarray/src/test/python/gen_conv.py
"""
import numpy as np
from golden_util import Area


def out_size(n, f, stride, pad):
    return (n + 2 * pad - f) // stride + 1


def book_im2col(x, fh, fw, stride=1, pad=0, dtype=np.float64):
    n, c, h, w = x.shape
    oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
    padded = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    six = np.zeros((n, c, fh, fw, oh, ow), dtype=dtype)
    for y in range(fh):
        for xx in range(fw):
            six[:, :, y, xx, :, :] = padded[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride]
    return six.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, -1)


def book_col2im(col, shape, fh, fw, stride=1, pad=0, dtype=np.float64):
    n, c, h, w = shape
    oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
    six = col.reshape(n, oh, ow, c, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1), dtype=dtype)
    for y in range(fh):
        for xx in range(fw):
            img[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride] += six[:, :, y, xx, :, :]
    return img[:, :, pad:h + pad, pad:w + pad]


def book_pool_forward(x, ph, pw, stride, pad, dtype):
    """The Pooling layer's forward; out_h as im2col computes it (the book's own formula for pad=0)."""
    n, c, h, w = x.shape
    oh, ow = out_size(h, ph, stride, pad), out_size(w, pw, stride, pad)
    col = book_im2col(x, ph, pw, stride, pad, dtype).reshape(-1, ph * pw)
    arg = np.argmax(col, axis=1)
    out = np.max(col, axis=1).reshape(n, oh, ow, c).transpose(0, 3, 1, 2)
    return out, arg


def book_pool_backward(dout, arg, shape, ph, pw, stride, pad, dtype):
    d = dout.transpose(0, 2, 3, 1)
    size = ph * pw
    dmax = np.zeros((d.size, size), dtype=dtype)
    dmax[np.arange(arg.size), arg.flatten()] = d.flatten()
    dmax = dmax.reshape(d.shape + (size,))
    dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
    return book_col2im(dcol, shape, ph, pw, stride, pad, dtype)


def nhwc(x):
    """x stored as (N, H, W, C); the Java test views it back as NCHW (a non-contiguous view)."""
    return np.ascontiguousarray(x.transpose(0, 2, 3, 1))


def main():
    area = Area("conv")
    plain_save = area.save
    area.save = lambda case, **arrays: plain_save(case, **{k: np.ascontiguousarray(v) for k, v in arrays.items()})
    rng = np.random.default_rng(20240611)
    count = 0
    # ---- im2col / col2im -------------------------------------------------------------------
    tried = 0
    while count < 120:
        tried += 1
        n, c = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        h, w = int(rng.choice([1, 3, 5, 7, 9])), int(rng.choice([1, 3, 5, 7, 8]))
        fh, fw = int(rng.integers(1, 6)), int(rng.integers(1, 6))
        stride, pad = int(rng.integers(1, 4)), int(rng.integers(0, 3))
        oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
        if oh < 1 or ow < 1:
            continue
        dt = np.float32 if count % 2 else np.float64
        layout = "t" if count % 3 == 0 else "c"
        x = rng.standard_normal((n, c, h, w)).astype(dt)
        col = book_im2col(x, fh, fw, stride, pad, dt)
        # the book's exact float64 buffers give the same values for im2col
        assert np.array_equal(col, book_im2col(x, fh, fw, stride, pad).astype(dt))
        dcol = rng.standard_normal(col.shape).astype(dt)
        img = book_col2im(dcol, x.shape, fh, fw, stride, pad, dt)
        if dt == np.float64:
            assert np.array_equal(img, book_col2im(dcol, x.shape, fh, fw, stride, pad))
        name = f"im2col_{count:03d}"
        if layout == "t":
            area.save(name, xnhwc=nhwc(x), col=col, dcolT=np.ascontiguousarray(dcol.T), img=img)
        else:
            area.save(name, x=x, col=col, dcol=dcol, img=img)
        area.line("im2col", name, n, c, h, w, fh, fw, stride, pad, layout)
        count += 1
    # ---- max pooling -----------------------------------------------------------------------
    count = 0
    while count < 80:
        n, c = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        h, w = int(rng.choice([2, 3, 5, 6, 7, 9])), int(rng.choice([2, 4, 5, 7, 8]))
        ph, pw = int(rng.integers(1, 5)), int(rng.integers(1, 5))
        stride = int(rng.integers(1, 4))
        pad = int(rng.integers(0, 2)) if count % 4 == 3 else 0
        oh, ow = out_size(h, ph, stride, pad), out_size(w, pw, stride, pad)
        if oh < 1 or ow < 1:
            continue
        dt = np.float32 if count % 2 else np.float64
        layout = "t" if count % 3 == 0 else "c"
        window = ph * pw
        kind = count % 4
        if kind == 0:
            x = rng.standard_normal((n, c, h, w))
        else:
            # many ties; signed zeros only where NumPy's max keeps the last zero (see Conv javadoc)
            vals = [-1.0, 0.0, 1.0, 2.0]
            if window <= 8:
                vals.append(-0.0)
            x = rng.choice(vals, size=(n, c, h, w))
            if kind == 2:
                x[rng.random(x.shape) < 0.05] = np.nan
        x = x.astype(dt)
        out, arg = book_pool_forward(x, ph, pw, stride, pad, dt)
        # the book's float64 buffers give the same values and argmax
        o64, a64 = book_pool_forward(x, ph, pw, stride, pad, np.float64)
        assert np.array_equal(out, o64.astype(dt), equal_nan=True) and np.array_equal(arg, a64)
        assert np.array_equal(np.signbit(out), np.signbit(o64))
        dout = rng.standard_normal(out.shape).astype(dt)
        dx = book_pool_backward(dout, arg, x.shape, ph, pw, stride, pad, dt)
        name = f"pool_{count:03d}"
        if layout == "t":
            area.save(name, xnhwc=nhwc(x), out=out, arg=arg, doutnhwc=nhwc(dout), dx=dx)
        else:
            area.save(name, x=x, out=out, arg=arg, dout=dout, dx=dx)
        area.line("pool", name, n, c, h, w, ph, pw, stride, pad, layout)
        count += 1
    # ---- a non-float input: the book's buffers make it float64 -----------------------------
    xi = rng.integers(-5, 6, size=(2, 2, 5, 5)).astype(np.int32)
    area.save("int_input", x=xi, col=book_im2col(xi, 3, 3, 1, 1))
    area.line("int", "int_input", 2, 2, 5, 5, 3, 3, 1, 1, "c")
    # ---- errors ----------------------------------------------------------------------------
    area.error("col2im_bad_size", lambda: book_col2im(np.zeros(10), (1, 1, 3, 3), 2, 2, 1, 0))
    area.error("im2col_3d", lambda: book_im2col(np.zeros((2, 3, 3)), 2, 2, 1, 0))
    area.error("im2col_5d", lambda: book_im2col(np.zeros((1, 2, 2, 3, 3)), 2, 2, 1, 0))
    area.error("im2col_too_big_filter", lambda: book_im2col(np.zeros((1, 1, 3, 3)), 6, 2, 1, 0))
    area.error("pool_bad_index", lambda: book_pool_backward(np.ones((1, 1, 1, 1)), np.array([4]), (1, 1, 2, 2), 2, 2, 2, 0, np.float64))
    area.close()


if __name__ == "__main__":
    main()
