package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.conv.Col2im;
import dev.zeroj.ndarray.internal.kernel.conv.ConvLayer;
import dev.zeroj.ndarray.internal.kernel.conv.Geometry;
import dev.zeroj.ndarray.internal.kernel.conv.Im2col;
import dev.zeroj.ndarray.internal.kernel.conv.MaxPool;
import dev.zeroj.ndarray.internal.layout.Layout;

/**
 * The array primitives of the book's Convolution and Pooling layers ({@code common/util.py}'s
 * {@code im2col}/{@code col2im} and {@code common/layers.py}'s Pooling), as fast kernels that give
 * bitwise the book's results.
 *
 * <p><b>Layout.</b> {@code im2col} turns an {@code (N, C, H, W)} input into a
 * {@code (N*out_h*out_w, C*filter_h*filter_w)} matrix whose rows are ordered (n, out_h, out_w) and
 * columns (c, fh, fw), reading zeros where a window covers the padding. {@code col2im} is its
 * adjoint: every matrix entry is added back to its pixel (overlapping windows accumulate, in the
 * book's order: for each pixel, window row {@code y} ascending, then column {@code x} ascending,
 * starting from {@code +0.0}), and the padding is cropped.
 *
 * <p><b>dtypes.</b> float32 and float64 inputs keep their dtype; every other dtype (bool, uint8,
 * int32, int64, float16) is converted to float64, which is what the book's code returns for them
 * (its {@code np.zeros} buffers are float64). For float32 the book's code would also return float64;
 * zeroj keeps float32 so that float32 networks stay float32. The values of {@code im2col} and of max
 * pooling forward are the same either way (copies); {@code col2im} and pooling backward accumulate in
 * float32, i.e. as the book's code does with its buffers created in the input's dtype.
 *
 * <p><b>Threads.</b> The kernels run on zeroj's shared pool and produce the same bits for any thread
 * count. The {@code out} variants allocate nothing (apart from a conversion of a non-float input), so
 * a layer can reuse its buffers across batches.
 */
public final class Conv {
    private Conv() {}

    /**
     * The book's {@code conv_output_size}: {@code (in + 2*pad - filter) / stride + 1}, the division
     * rounded down (may be zero or negative when the filter does not fit).
     *
     * @throws ValueError if {@code stride} is below 1
     */
    public static int outputSize(int in, int filter, int stride, int pad) {
        if (stride < 1) {
            throw new ValueError("stride must be at least 1, got " + stride);
        }
        return Geometry.outputSize(in, filter, stride, pad);
    }

    // ---------------------------------------------------------------------------------------------
    // im2col / col2im
    // ---------------------------------------------------------------------------------------------

    /**
     * The book's {@code im2col(input, filter_h, filter_w, stride, pad)}: a new C-contiguous
     * {@code (N*out_h*out_w, C*filterH*filterW)} matrix (a copy; float32 stays float32, other dtypes
     * give float64). The input may have any strides.
     *
     * @throws ValueError if {@code input} is not 4-D (Python's unpacking message), a filter size or
     *     the stride is below 1, {@code pad} is negative, or the window does not fit
     *     ({@code negative dimensions are not allowed})
     */
    public static NDArray im2col(NDArray input, int filterH, int filterW, int stride, int pad) {
        NDArray x = floatInput(input);
        Geometry g = geometry(x.shape, filterH, filterW, stride, pad);
        NDArray out = NDArray.allocate(x.dtype, new int[] {rows(g), cols(g)});
        runIm2col(g, x, out);
        return out;
    }

    /**
     * {@link #im2col(NDArray, int, int, int, int)} into a caller-supplied matrix, which is returned.
     * Allocates nothing for a float32 or float64 input.
     *
     * @throws ValueError as {@link #im2col(NDArray, int, int, int, int)}, or if {@code out} is not a
     *     C-contiguous array of the result's shape and dtype, or shares memory with {@code input}
     */
    public static NDArray im2col(NDArray input, int filterH, int filterW, int stride, int pad, NDArray out) {
        NDArray x = floatInput(input);
        Geometry g = geometry(x.shape, filterH, filterW, stride, pad);
        checkOut(out, x.dtype, new int[] {rows(g), cols(g)}, "im2col", x);
        runIm2col(g, x, out);
        return out;
    }

    private static void runIm2col(Geometry g, NDArray x, NDArray out) {
        int[] s = x.strides;
        if (x.dtype == DType.FLOAT32) {
            Im2col.im2col(g, (float[]) x.data, x.offset, s[0], s[1], s[2], s[3], (float[]) out.data, out.offset);
        } else {
            Im2col.im2col(g, (double[]) x.data, x.offset, s[0], s[1], s[2], s[3], (double[]) out.data, out.offset);
        }
    }

    /**
     * The book's {@code col2im(col, input_shape, filter_h, filter_w, stride, pad)}: a new C-contiguous
     * image of {@code inputShape} where every entry of {@code col} is added to the pixel it was copied
     * from by {@link #im2col}, in the book's order, padding cropped. {@code col} may have any shape
     * and strides with {@code N*out_h*out_w*C*filterH*filterW} elements (the book reshapes it).
     *
     * @throws ValueError if {@code inputShape} does not have 4 entries, a size is negative, a filter
     *     size or the stride is below 1, {@code pad} is negative, or {@code col} has the wrong size
     *     ({@code cannot reshape array of size ... into shape (...)})
     */
    public static NDArray col2im(NDArray col, int[] inputShape, int filterH, int filterW, int stride, int pad) {
        NDArray c = floatInput(col);
        Geometry g = geometry(checkShape(inputShape), filterH, filterW, stride, pad);
        NDArray m = asMatrix(c, g);
        NDArray out = NDArray.allocate(c.dtype, inputShape);
        runCol2im(g, m, out);
        return out;
    }

    /**
     * {@link #col2im(NDArray, int[], int, int, int, int)} into a caller-supplied image, which is
     * returned. Allocates nothing for a float32 or float64 {@code col} whose rows can be viewed as a
     * matrix (any C-contiguous or row-strided matrix).
     *
     * @throws ValueError as {@link #col2im(NDArray, int[], int, int, int, int)}, or if {@code out} is
     *     not a C-contiguous array of {@code inputShape} and {@code col}'s dtype, or shares memory
     *     with {@code col}
     */
    public static NDArray col2im(NDArray col, int[] inputShape, int filterH, int filterW, int stride, int pad,
            NDArray out) {
        NDArray c = floatInput(col);
        Geometry g = geometry(checkShape(inputShape), filterH, filterW, stride, pad);
        NDArray m = asMatrix(c, g);
        checkOut(out, c.dtype, inputShape, "col2im", c);
        runCol2im(g, m, out);
        return out;
    }

    private static void runCol2im(Geometry g, NDArray m, NDArray out) {
        if (m.dtype == DType.FLOAT32) {
            Col2im.col2im(g, (float[]) m.data, m.offset, m.strides[0], m.strides[1], (float[]) out.data, out.offset);
        } else {
            Col2im.col2im(g, (double[]) m.data, m.offset, m.strides[0], m.strides[1], (double[]) out.data, out.offset);
        }
    }

    /** col as a (rows, K) matrix: the book's 6-D reshape (its size check and message), then a 2-D view. */
    private static NDArray asMatrix(NDArray col, Geometry g) {
        if (col.ndim() == 2 && col.shape[0] == g.rows() && col.shape[1] == g.k()) {
            return col;
        }
        int[] six = {g.n, g.oh, g.ow, g.c, g.fh, g.fw};
        if ((long) col.size != g.rows() * g.k()) {
            throw new ValueError("cannot reshape array of size " + col.size + " into shape " + Layout.shapeStringCompact(six));
        }
        return col.reshape(six).reshape(rows(g), cols(g));
    }

    // ---------------------------------------------------------------------------------------------
    // Max pooling
    // ---------------------------------------------------------------------------------------------

    /** The two results of {@link #maxPool(NDArray, int, int, int, int)}. */
    public static final class MaxPoolResult {
        private final NDArray out;
        private final NDArray argmax;

        MaxPoolResult(NDArray out, NDArray argmax) {
            this.out = out;
            this.argmax = argmax;
        }

        /** The pooled values, {@code (N, C, out_h, out_w)}. */
        public NDArray out() {
            return out;
        }

        /** The book's {@code arg_max}: int64, {@code (N*out_h*out_w*C,)}, rows ordered (n, out_h, out_w, c). */
        public NDArray argmax() {
            return argmax;
        }
    }

    /**
     * The forward pass of the book's {@code Pooling(poolH, poolW, stride, pad)} layer, computed
     * directly (no im2col matrix): for every window, the maximum and the index of its first maximum
     * within the window ({@code y*poolW + x}; the first NaN if any), exactly what the book's
     * {@code im2col -> reshape(-1, poolH*poolW) -> argmax / max -> reshape(N, out_h, out_w, C)
     * .transpose(0, 3, 1, 2)} gives. The output is a new C-contiguous {@code (N, C, out_h, out_w)}
     * array (dtype as {@link #im2col}), the argmax a new int64 array. With {@code pad = 0} the sizes
     * are the book's; with {@code pad > 0} the book's layer fails, and zeroj pools over the zero-padded
     * input that im2col sees ({@code out_h = (H + 2 pad - poolH) / stride + 1}).
     *
     * <p>A maximum that is a zero present with both signs takes the sign NumPy's {@code np.max}
     * gives for windows of up to 8 (float64) or 16 (float32) elements (the last such zero); for
     * larger windows NumPy's vectorised reduction may pick the other sign.
     *
     * @throws ValueError as {@link #im2col(NDArray, int, int, int, int)}
     */
    public static MaxPoolResult maxPool(NDArray x, int poolH, int poolW, int stride, int pad) {
        NDArray in = floatInput(x);
        Geometry g = geometry(in.shape, poolH, poolW, stride, pad);
        NDArray out = NDArray.allocate(in.dtype, new int[] {g.n, g.c, g.oh, g.ow});
        NDArray arg = NDArray.allocate(DType.INT64, new int[] {Math.multiplyExact(rows(g), g.c)});
        runMaxPool(g, in, out, arg);
        return new MaxPoolResult(out, arg);
    }

    /**
     * {@link #maxPool(NDArray, int, int, int, int)} into caller-supplied arrays: {@code out}
     * (C-contiguous {@code (N, C, out_h, out_w)}, the result dtype) and {@code argmax} (C-contiguous
     * int64 with {@code N*out_h*out_w*C} elements, any shape). Returns {@code out}.
     *
     * @throws ValueError as {@link #maxPool(NDArray, int, int, int, int)}, or if an output has the
     *     wrong shape, dtype or layout, or shares memory with {@code x}
     */
    public static NDArray maxPool(NDArray x, int poolH, int poolW, int stride, int pad, NDArray out, NDArray argmax) {
        NDArray in = floatInput(x);
        Geometry g = geometry(in.shape, poolH, poolW, stride, pad);
        checkOut(out, in.dtype, new int[] {g.n, g.c, g.oh, g.ow}, "maxPool", in);
        int count = Math.multiplyExact(rows(g), g.c);
        if (argmax.dtype != DType.INT64 || argmax.size != count || !argmax.isCContiguous()) {
            throw new ValueError("maxPool: argmax must be a C-contiguous int64 array of " + count + " elements");
        }
        runMaxPool(g, in, out, argmax);
        return out;
    }

    private static void runMaxPool(Geometry g, NDArray in, NDArray out, NDArray arg) {
        int[] s = in.strides;
        if (in.dtype == DType.FLOAT32) {
            MaxPool.forward(g, (float[]) in.data, in.offset, s[0], s[1], s[2], s[3], (float[]) out.data, out.offset,
                    (long[]) arg.data, arg.offset);
        } else {
            MaxPool.forward(g, (double[]) in.data, in.offset, s[0], s[1], s[2], s[3], (double[]) out.data, out.offset,
                    (long[]) arg.data, arg.offset);
        }
    }

    /**
     * The backward pass of the book's Pooling layer: {@code dout} (shape {@code (N, C, out_h, out_w)})
     * is placed at each window's argmax position and summed back into the image as col2im does, in
     * the book's order, giving bitwise the book's {@code dx} — without materialising its
     * {@code (N*out_h*out_w*C, poolH*poolW)} matrix. A new C-contiguous array of {@code inputShape};
     * dtype float32 for float32 {@code dout}, otherwise float64. {@code argmax} is
     * {@link MaxPoolResult#argmax()} (any integer dtype, any shape with one entry per window and
     * channel; negative entries count from the end of the window, as NumPy's indexing does).
     *
     * @throws ValueError if {@code inputShape} is not 4 non-negative sizes, the pooling parameters
     *     are invalid, or {@code dout}/{@code argmax} do not match the geometry
     * @throws IndexError if an argmax entry is outside the window
     */
    public static NDArray maxPoolBackward(NDArray dout, NDArray argmax, int[] inputShape, int poolH, int poolW,
            int stride, int pad) {
        NDArray d = floatInput(dout);
        NDArray dx = NDArray.allocate(d.dtype, checkShape(inputShape));
        return runMaxPoolBackward(d, argmax, inputShape, poolH, poolW, stride, pad, dx);
    }

    /**
     * {@link #maxPoolBackward(NDArray, NDArray, int[], int, int, int, int)} into a caller-supplied
     * C-contiguous {@code dx} of {@code inputShape} and the result dtype, which is returned.
     *
     * @throws ValueError as the allocating variant, or if {@code dx} has the wrong shape, dtype or
     *     layout, or shares memory with {@code dout}
     * @throws IndexError if an argmax entry is outside the window
     */
    public static NDArray maxPoolBackward(NDArray dout, NDArray argmax, int[] inputShape, int poolH, int poolW,
            int stride, int pad, NDArray dx) {
        NDArray d = floatInput(dout);
        checkOut(dx, d.dtype, checkShape(inputShape), "maxPoolBackward", d);
        return runMaxPoolBackward(d, argmax, inputShape, poolH, poolW, stride, pad, dx);
    }

    private static NDArray runMaxPoolBackward(NDArray d, NDArray argmax, int[] inputShape, int poolH, int poolW,
            int stride, int pad, NDArray dx) {
        Geometry g = geometry(inputShape, poolH, poolW, stride, pad);
        int[] want = {g.n, g.c, g.oh, g.ow};
        if (d.ndim() != 4 || !java.util.Arrays.equals(d.shape, want)) {
            throw new ValueError("maxPoolBackward: dout has shape " + Layout.shapeString(d.shape)
                    + ", expected " + Layout.shapeString(want));
        }
        NDArray a = argmax;
        if (!a.dtype.isInteger()) {
            throw new IndexError("arrays used as indices must be of integer (or boolean) type");
        }
        if (a.dtype != DType.INT64) {
            a = a.astype(DType.INT64);
        }
        if (a.size != d.size) {
            throw new ValueError("maxPoolBackward: argmax has " + a.size + " elements, expected " + d.size);
        }
        if (a.ndim() != 1) {
            a = a.ravel();
        }
        int argStride = a.ndim() == 1 && a.size > 0 ? a.strides[0] : 1;
        int[] s = d.strides;
        try {
            if (d.dtype == DType.FLOAT32) {
                MaxPool.backward(g, (float[]) d.data, d.offset, s[0], s[1], s[2], s[3], (long[]) a.data, a.offset,
                        argStride, (float[]) dx.data, dx.offset);
            } else {
                MaxPool.backward(g, (double[]) d.data, d.offset, s[0], s[1], s[2], s[3], (long[]) a.data, a.offset,
                        argStride, (double[]) dx.data, dx.offset);
            }
        } catch (MaxPool.BadIndex e) {
            throw new IndexError("index " + e.value + " is out of bounds for axis 1 with size " + (poolH * poolW));
        }
        return dx;
    }

    // ---------------------------------------------------------------------------------------------
    // Convolution layer (fused)
    // ---------------------------------------------------------------------------------------------

    /** The three gradients of {@link #convBackward(NDArray, NDArray, NDArray, int, int)}. */
    public static final class ConvGradients {
        private final NDArray dx;
        private final NDArray dW;
        private final NDArray db;

        ConvGradients(NDArray dx, NDArray dW, NDArray db) {
            this.dx = dx;
            this.dW = dW;
            this.db = db;
        }

        /** The input gradient, shape of {@code x}. */
        public NDArray dx() {
            return dx;
        }

        /** The weight gradient, shape of {@code W}. */
        public NDArray dW() {
            return dW;
        }

        /** The bias gradient, {@code (FN,)}. */
        public NDArray db() {
            return db;
        }
    }

    /**
     * The forward pass of the book's {@code Convolution(W, b, stride, pad)} layer, fused: a new
     * C-contiguous {@code (N, FN, out_h, out_w)} array (a copy, the input's dtype) for an input
     * {@code x (N, C, H, W)}, weights {@code W (FN, C, FH, FW)} and bias {@code b (FN,)}.
     *
     * <p>The values are bitwise those of the book's steps done with zeroj
     * ({@code im2col(x) · W.reshape(FN, -1).T + b}, then {@code reshape(N, out_h, out_w, -1)
     * .transpose(0, 3, 1, 2)}): every element is one fused multiply-add chain over {@code (c, fh, fw)}
     * in order, then {@code + b}, on both kernel providers and any thread count. (NumPy's BLAS sums in
     * another order, so results agree with NumPy to rounding.) No im2col matrix is built: each image's
     * windows are gathered into a small per-thread buffer and multiplied straight into the NCHW output,
     * images in parallel.
     *
     * @throws TypeError if {@code x}, {@code W} and {@code b} are not all float32 or all float64
     * @throws ValueError if {@code x} or {@code W} is not 4-D, their channel counts differ, {@code b}
     *     does not hold {@code FN} elements, or the geometry is invalid (as {@link #im2col})
     */
    public static NDArray convForward(NDArray x, NDArray W, NDArray b, int stride, int pad) {
        Geometry g = convGeometry("convForward", x, W, b, stride, pad);
        NDArray out = NDArray.allocate(x.dtype, new int[] {g.n, W.shape[0], g.oh, g.ow});
        runConvForward(g, x, W, b, out);
        return out;
    }

    /**
     * {@link #convForward(NDArray, NDArray, NDArray, int, int)} into a caller-supplied C-contiguous
     * {@code (N, FN, out_h, out_w)} array of the input's dtype, which is returned. Allocates nothing
     * once the per-thread buffers have grown (unless {@code W} is not C-contiguous: then a copy).
     *
     * @throws TypeError as the allocating variant
     * @throws ValueError as the allocating variant, or if {@code out} has the wrong shape, dtype or
     *     layout, or shares memory with {@code x}, {@code W} or {@code b}
     */
    public static NDArray convForward(NDArray x, NDArray W, NDArray b, int stride, int pad, NDArray out) {
        Geometry g = convGeometry("convForward", x, W, b, stride, pad);
        checkOut(out, x.dtype, new int[] {g.n, W.shape[0], g.oh, g.ow}, "convForward", x);
        checkNoShare(out, "convForward", "out", W, b);
        runConvForward(g, x, W, b, out);
        return out;
    }

    private static void runConvForward(Geometry g, NDArray x, NDArray W, NDArray b, NDArray out) {
        NDArray w = W.isCContiguous() ? W : W.copy();
        int fn = W.shape[0];
        int[] s = x.strides;
        NDArray bb = b.ndim() == 1 ? b : b.ravel(); // a 1-D b is read through its stride, never copied
        int bs = bb.strides[0];
        if (x.dtype == DType.FLOAT32) {
            ConvLayer.forward(g, fn, (float[]) x.data, x.offset, s[0], s[1], s[2], s[3], (float[]) w.data, w.offset,
                    (float[]) bb.data, bb.offset, bs, (float[]) out.data, out.offset);
        } else {
            ConvLayer.forward(g, fn, (double[]) x.data, x.offset, s[0], s[1], s[2], s[3], (double[]) w.data, w.offset,
                    (double[]) bb.data, bb.offset, bs, (double[]) out.data, out.offset);
        }
    }

    /**
     * The backward pass of the book's Convolution layer, fused: from the upstream gradient
     * {@code dout (N, FN, out_h, out_w)}, the layer's input {@code x} and weights {@code W}, new
     * C-contiguous arrays {@code dx} (shape of {@code x}), {@code dW} (shape of {@code W}) and
     * {@code db (FN,)}, in the input's dtype. The windows are gathered again from {@code x} image by
     * image (nothing from the forward pass is needed).
     *
     * <p>{@code dx} is bitwise the book's ({@code col2im(dout' · col_W.T)} with zeroj's GEMM and
     * col2im, {@code dout'} the book's {@code dout.transpose(0,2,3,1).reshape(-1, FN)}). {@code dW}
     * and {@code db} sum the same terms in another order than the book's one product over all
     * {@code N*out_h*out_w} rows: per image (for {@code dW} one fma chain over its pixels; with stride
     * 1, and for {@code db}, 64 bytes' worth of partial sums over every 8th or 16th pixel), images
     * summed within at most 16 fixed runs of images, the runs' partial sums then added in order — so
     * they agree with the book (and NumPy) to rounding, and are identical for every thread count and
     * kernel provider.
     *
     * @throws TypeError if {@code dout}, {@code x} and {@code W} are not all float32 or all float64
     * @throws ValueError if a shape does not match ({@code dout} must be
     *     {@code (N, FN, out_h, out_w)} of this geometry) or the geometry is invalid
     */
    public static ConvGradients convBackward(NDArray dout, NDArray x, NDArray W, int stride, int pad) {
        Geometry g = convGeometry("convBackward", x, W, null, stride, pad);
        checkDout(g, dout, x, W);
        NDArray dx = NDArray.allocate(x.dtype, x.shape.clone());
        NDArray dW = NDArray.allocate(x.dtype, W.shape.clone());
        NDArray db = NDArray.allocate(x.dtype, new int[] {W.shape[0]});
        runConvBackward(g, dout, x, W, dx, dW, db);
        return new ConvGradients(dx, dW, db);
    }

    /**
     * {@link #convBackward(NDArray, NDArray, NDArray, int, int)} into caller-supplied C-contiguous
     * arrays of the input's dtype: {@code dx} (shape of {@code x}), {@code dW} (shape of {@code W}),
     * {@code db} ({@code FN} elements, any shape). Any of them may be {@code null}: that gradient is
     * not computed (a first layer needs no {@code dx}). Returns {@code dx}. Allocates nothing once
     * the per-thread buffers have grown (unless {@code W} is not C-contiguous, or {@code dout}'s
     * pixels are not contiguous per channel: then a copy).
     *
     * @throws TypeError as the allocating variant
     * @throws ValueError as the allocating variant, or if an output has the wrong shape, dtype or
     *     layout, or shares memory with an input or another output
     */
    public static NDArray convBackward(NDArray dout, NDArray x, NDArray W, int stride, int pad, NDArray dx,
            NDArray dW, NDArray db) {
        Geometry g = convGeometry("convBackward", x, W, null, stride, pad);
        checkDout(g, dout, x, W);
        if (dx != null) {
            checkOut(dx, x.dtype, x.shape, "convBackward", x);
            checkNoShare(dx, "convBackward", "dx", dout, W, dW, db);
        }
        if (dW != null) {
            checkOut(dW, x.dtype, W.shape, "convBackward", W);
            checkNoShare(dW, "convBackward", "dW", dout, x, db);
        }
        if (db != null) {
            if (db.dtype != x.dtype || db.size != W.shape[0] || !db.isCContiguous()) {
                throw new ValueError("convBackward: db must be a C-contiguous " + x.dtype + " array of "
                        + W.shape[0] + " elements, got " + db.dtype + " " + Layout.shapeString(db.shape));
            }
            checkNoShare(db, "convBackward", "db", dout, x, W);
        }
        runConvBackward(g, dout, x, W, dx, dW, db);
        return dx;
    }

    private static void runConvBackward(Geometry g, NDArray dout, NDArray x, NDArray W, NDArray dx, NDArray dW,
            NDArray db) {
        NDArray w = W.isCContiguous() ? W : W.copy();
        int fn = W.shape[0];
        int p = g.oh * g.ow;
        NDArray d = dout;
        // each (image, channel) block of pixels must be contiguous
        boolean pixelsOk = p <= 1 || (d.strides[3] == 1 && (g.oh == 1 || d.strides[2] == g.ow));
        if (!pixelsOk) {
            d = d.copy();
        }
        int[] s = x.strides;
        if (x.dtype == DType.FLOAT32) {
            ConvLayer.backward(g, fn, (float[]) d.data, d.offset, d.strides[0], d.strides[1],
                    (float[]) x.data, x.offset, s[0], s[1], s[2], s[3], (float[]) w.data, w.offset,
                    dx == null ? null : (float[]) dx.data, dx == null ? 0 : dx.offset,
                    dW == null ? null : (float[]) dW.data, dW == null ? 0 : dW.offset,
                    db == null ? null : (float[]) db.data, db == null ? 0 : db.offset);
        } else {
            ConvLayer.backward(g, fn, (double[]) d.data, d.offset, d.strides[0], d.strides[1],
                    (double[]) x.data, x.offset, s[0], s[1], s[2], s[3], (double[]) w.data, w.offset,
                    dx == null ? null : (double[]) dx.data, dx == null ? 0 : dx.offset,
                    dW == null ? null : (double[]) dW.data, dW == null ? 0 : dW.offset,
                    db == null ? null : (double[]) db.data, db == null ? 0 : db.offset);
        }
    }

    /** Validates the layer's operands (b may be null) and returns the geometry. */
    private static Geometry convGeometry(String op, NDArray x, NDArray W, NDArray b, int stride, int pad) {
        DType dt = x.dtype;
        boolean same = (dt == DType.FLOAT32 || dt == DType.FLOAT64) && W.dtype == dt && (b == null || b.dtype == dt);
        if (!same) {
            throw new TypeError(op + ": x, W" + (b == null ? "" : " and b") + " must all be float32 or all float64, got "
                    + dt + ", " + W.dtype + (b == null ? "" : ", " + b.dtype));
        }
        if (x.ndim() != 4 || W.ndim() != 4) {
            throw new ValueError(op + ": x and W must be 4-D (N, C, H, W) and (FN, C, FH, FW), got "
                    + Layout.shapeString(x.shape) + " and " + Layout.shapeString(W.shape));
        }
        if (x.shape[1] != W.shape[1]) {
            throw new ValueError(op + ": x has " + x.shape[1] + " channels but W expects " + W.shape[1]);
        }
        if (b != null && b.size != W.shape[0]) {
            throw new ValueError(op + ": b must hold FN = " + W.shape[0] + " elements, got shape "
                    + Layout.shapeString(b.shape));
        }
        Geometry g = geometry(x.shape, W.shape[2], W.shape[3], stride, pad);
        if ((long) W.shape[0] * g.oh * g.ow * g.n > Integer.MAX_VALUE - 8) {
            throw new ValueError(NDArray.TOO_BIG);
        }
        return g;
    }

    private static void checkDout(Geometry g, NDArray dout, NDArray x, NDArray W) {
        int[] want = {g.n, W.shape[0], g.oh, g.ow};
        if (dout.dtype != x.dtype) {
            throw new TypeError("convBackward: dout must have the dtype of x (" + x.dtype + "), got " + dout.dtype);
        }
        if (!java.util.Arrays.equals(dout.shape, want)) {
            throw new ValueError("convBackward: dout has shape " + Layout.shapeString(dout.shape) + ", expected "
                    + Layout.shapeString(want));
        }
    }

    private static void checkNoShare(NDArray out, String op, String name, NDArray... others) {
        for (NDArray o : others) {
            if (o != null && out.size > 0 && o.size > 0 && out.sharesMemoryWith(o)) {
                throw new ValueError(op + ": " + name + " must not share memory with another operand");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Checks
    // ---------------------------------------------------------------------------------------------

    /** float32 and float64 as they are; every other dtype converted to float64 (the book's buffers). */
    private static NDArray floatInput(NDArray a) {
        if (a.dtype == DType.FLOAT32 || a.dtype == DType.FLOAT64) {
            return a;
        }
        return a.astype(DType.FLOAT64);
    }

    private static int[] checkShape(int[] shape) {
        if (shape.length < 4) {
            throw new ValueError("not enough values to unpack (expected 4, got " + shape.length + ")");
        }
        if (shape.length > 4) {
            throw new ValueError("too many values to unpack (expected 4)");
        }
        for (int d : shape) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
        }
        return shape;
    }

    private static Geometry geometry(int[] shape, int fh, int fw, int stride, int pad) {
        checkShape(shape);
        if (fh < 1 || fw < 1) {
            throw new ValueError("filter size must be at least 1, got " + fh + "x" + fw);
        }
        if (stride < 1) {
            throw new ValueError("stride must be at least 1, got " + stride);
        }
        if (pad < 0) {
            throw new ValueError("pad must not be negative, got " + pad);
        }
        Geometry g = new Geometry(shape[0], shape[1], shape[2], shape[3], fh, fw, stride, pad);
        if (g.oh < 0 || g.ow < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        if (g.rows() * g.k() > Integer.MAX_VALUE - 8) {
            throw new ValueError(NDArray.TOO_BIG);
        }
        return g;
    }

    private static int rows(Geometry g) {
        return (int) g.rows();
    }

    private static int cols(Geometry g) {
        return (int) g.k();
    }

    private static void checkOut(NDArray out, DType dtype, int[] shape, String op, NDArray input) {
        if (out.dtype != dtype || !java.util.Arrays.equals(out.shape, shape) || !out.isCContiguous()) {
            throw new ValueError(op + ": out must be a C-contiguous " + dtype + " array of shape "
                    + Layout.shapeString(shape) + ", got " + out.dtype + " " + Layout.shapeString(out.shape)
                    + (out.isCContiguous() ? "" : " (not C-contiguous)"));
        }
        if (out.size > 0 && out.sharesMemoryWith(input)) {
            throw new ValueError(op + ": out must not share memory with the input");
        }
    }
}
