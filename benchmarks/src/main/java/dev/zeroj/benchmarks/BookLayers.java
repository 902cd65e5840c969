package dev.zeroj.benchmarks;

import dev.zeroj.ndarray.Conv;
import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.np;

/**
 * The book's Convolution and Pooling layers (common/layers.py) written with zeroj, the way a port
 * would write them: the same steps, with im2col/col2im/pooling buffers kept across calls.
 */
public final class BookLayers {
    private BookLayers() {}

    /** {@code buf} when it already has this shape and dtype, else a new zero array (kept by the caller). */
    static NDArray kept(NDArray buf, int[] shape, DType dtype) {
        if (buf != null && buf.dtype() == dtype && java.util.Arrays.equals(buf.shape(), shape)) {
            return buf;
        }
        return np.zeros(shape, dtype);
    }

    /**
     * Convolution(W, b, stride, pad) on zeroj's fused layer kernels ({@link Conv#convForward},
     * {@link Conv#convBackward}): the output is written in NCHW directly (a new buffer kept across
     * calls), the backward gathers the windows again from the remembered input.
     */
    public static final class Convolution {
        final NDArray w;
        final NDArray b;
        final int stride;
        final int pad;
        NDArray x;
        NDArray out;
        NDArray dx;
        /** Gradients of the last backward. */
        public NDArray dW;
        public NDArray db;

        public Convolution(NDArray w, NDArray b, int stride, int pad) {
            this.w = w;
            this.b = b;
            this.stride = stride;
            this.pad = pad;
        }

        /** The NCHW output (C-contiguous, reused across calls). */
        public NDArray forward(NDArray x) {
            int oh = Conv.outputSize(x.shape(2), w.shape(2), stride, pad);
            int ow = Conv.outputSize(x.shape(3), w.shape(3), stride, pad);
            int[] os = {x.shape(0), w.shape(0), oh, ow};
            out = kept(out, os, x.dtype());
            this.x = x;
            return Conv.convForward(x, w, b, stride, pad, out);
        }

        /** dx (returned), dW, db. */
        public NDArray backward(NDArray dout) {
            dx = kept(dx, x.shape(), x.dtype());
            dW = kept(dW, w.shape(), x.dtype());
            db = kept(db, new int[] {w.shape(0)}, x.dtype());
            return Conv.convBackward(dout, x, w, stride, pad, dx, dW, db);
        }
    }

    /**
     * Convolution(W, b, stride, pad) written literally as the book's steps (im2col matrix, GEMM, + b,
     * transposed view; backward through the transposed copy of dout and col2im) — the reference the
     * fused {@link Convolution} is measured against.
     */
    public static final class LiteralConvolution {
        final NDArray w;
        final NDArray b;
        final int stride;
        final int pad;
        final NDArray colW;
        NDArray x;
        NDArray col;
        NDArray outMat;
        NDArray dx;
        /** Gradients of the last backward. */
        public NDArray dW;
        public NDArray db;

        public LiteralConvolution(NDArray w, NDArray b, int stride, int pad) {
            this.w = w;
            this.b = b;
            this.stride = stride;
            this.pad = pad;
            this.colW = w.reshape(w.shape(0), -1).T();
        }

        /** im2col -> col·col_W + b -> reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2) (a view). */
        public NDArray forward(NDArray x) {
            int fn = w.shape(0), fh = w.shape(2), fw = w.shape(3);
            int n = x.shape(0);
            int oh = Conv.outputSize(x.shape(2), fh, stride, pad);
            int ow = Conv.outputSize(x.shape(3), fw, stride, pad);
            int rows = n * oh * ow;
            col = kept(col, new int[] {rows, colW.shape(0)}, x.dtype());
            outMat = kept(outMat, new int[] {rows, fn}, x.dtype());
            Conv.im2col(x, fh, fw, stride, pad, col);
            NDArray out = Ops.dot(col, colW, outMat);
            out.addi(b);
            this.x = x;
            return out.reshape(n, oh, ow, -1).transpose(0, 3, 1, 2);
        }

        /** dout.transpose(0,2,3,1).reshape(-1, FN); db; dW = colᵀ·dout; dcol = dout·col_Wᵀ; col2im. */
        public NDArray backward(NDArray dout) {
            int fn = w.shape(0), c = w.shape(1), fh = w.shape(2), fw = w.shape(3);
            NDArray d = dout.transpose(0, 2, 3, 1).reshape(-1, fn);
            db = Ops.sum0(d);
            dW = Ops.dot(col.T(), d, null).transpose(1, 0).reshape(fn, c, fh, fw);
            NDArray dcol = Ops.dot(d, colW.T(), null);
            dx = kept(dx, x.shape(), dcol.dtype());
            return Conv.col2im(dcol, x.shape(), fh, fw, stride, pad, dx);
        }
    }

    /** Pooling(pool_h, pool_w, stride, pad): max pooling with remembered argmax. */
    public static final class Pooling {
        final int ph;
        final int pw;
        final int stride;
        final int pad;
        int[] xShape;
        NDArray out;
        NDArray argmax;
        NDArray dx;

        public Pooling(int ph, int pw, int stride, int pad) {
            this.ph = ph;
            this.pw = pw;
            this.stride = stride;
            this.pad = pad;
        }

        public NDArray forward(NDArray x) {
            int oh = Conv.outputSize(x.shape(2), ph, stride, pad);
            int ow = Conv.outputSize(x.shape(3), pw, stride, pad);
            int[] os = {x.shape(0), x.shape(1), oh, ow};
            out = kept(out, os, x.dtype());
            argmax = kept(argmax, new int[] {os[0] * os[1] * oh * ow}, DType.INT64);
            xShape = x.shape();
            return Conv.maxPool(x, ph, pw, stride, pad, out, argmax);
        }

        public NDArray backward(NDArray dout) {
            dx = kept(dx, xShape, dout.dtype());
            return Conv.maxPoolBackward(dout, argmax, xShape, ph, pw, stride, pad, dx);
        }
    }
}
