package dev.zeroj.ndarray;

import java.util.List;

/**
 * The NumPy facade: static functions named as NumPy names them, so a port reads like the Python it
 * came from ({@code np.dot(x, W1)}, {@code np.sum(y, 1)}, {@code np.zeros(3, 4)}).
 *
 * <p>Arguments typed {@code Object} accept what NumPy calls <em>array_like</em>: an
 * {@link NDArray}, a Java {@code double}/{@code float} (a weak Python float), {@code long}/{@code
 * int} (a weak Python int), {@code boolean}, or a (nested) primitive array such as
 * {@code double[][]}. Every function returns a new array unless its documentation says view.
 */
@SuppressWarnings({"checkstyle:TypeName", "checkstyle:MethodName"})
public final class np {
    private np() {}

    /** {@code np.bool}. */
    public static final DType bool = DType.BOOL;
    /** {@code np.uint8}. */
    public static final DType uint8 = DType.UINT8;
    /** {@code np.int32}. */
    public static final DType int32 = DType.INT32;
    /** {@code np.int64}. */
    public static final DType int64 = DType.INT64;
    /** {@code np.float16}. */
    public static final DType float16 = DType.FLOAT16;
    /** {@code np.float32}. */
    public static final DType float32 = DType.FLOAT32;
    /** {@code np.float64}. */
    public static final DType float64 = DType.FLOAT64;
    /** {@code np.newaxis} (Python's {@code None} in an index). */
    public static final Index newaxis = Index.NEWAXIS;
    /** {@code np.pi}. */
    public static final double pi = Math.PI;
    /** {@code np.e}. */
    public static final double e = Math.E;
    /** {@code np.inf}. */
    public static final double inf = Double.POSITIVE_INFINITY;
    /** {@code np.nan}. */
    public static final double nan = Double.NaN;

    // ---------------------------------------------------------------------------------------------
    // Creation
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code np.array(obj)}: a new array from a Java scalar, a (nested, rectangular) primitive array,
     * an {@code Object[]} or {@code List} (a Python list: its elements may be numbers, booleans,
     * arrays, lists or NDArrays) or an NDArray (copied). {@code double[]} gives float64,
     * {@code float[]} float32, {@code long[]} int64, {@code int[]} int32, {@code byte[]} uint8 (read
     * unsigned), {@code short[]} int32, {@code boolean[]} bool; a boxed {@code Double}/{@code Float}
     * float64, a {@code Long}/{@code Integer} int64 and a {@code Boolean} bool. Mixed elements
     * promote as NumPy promotes a list's elements ({@code {1, 2.5}} is float64). Always a copy.
     *
     * @throws ValueError if nested arrays are ragged (NumPy's "inhomogeneous shape" message)
     * @throws TypeError if {@code obj} is not array_like
     */
    public static NDArray array(Object obj) {
        return Creation.array(obj, null);
    }

    /**
     * {@code np.array(obj, dtype)}: as {@link #array(Object)}, cast to {@code dtype}. Primitive
     * arrays and NDArrays are cast as {@code astype} casts (wrapping integers); boxed numbers are
     * converted as NumPy converts Python scalars. Always a copy.
     *
     * @throws ValueError if nested arrays are ragged, or a NaN boxed number goes to an integer dtype
     * @throws OverflowError if a boxed number does not fit an integer {@code dtype}
     * @throws TypeError if {@code obj} is not array_like
     */
    public static NDArray array(Object obj, DType dtype) {
        return Creation.array(obj, dtype);
    }

    /**
     * {@code np.asarray(obj)}: {@code obj} itself if it is an NDArray (no copy), otherwise
     * {@link #array(Object)}.
     *
     * @throws TypeError if {@code obj} is not array_like
     */
    public static NDArray asarray(Object obj) {
        return Creation.asarray(obj);
    }

    /**
     * {@code np.asarray(obj, dtype)}: {@code obj} itself if it is an NDArray of {@code dtype},
     * otherwise a converted copy.
     *
     * @throws TypeError if {@code obj} is not array_like
     */
    public static NDArray asarray(Object obj, DType dtype) {
        NDArray a = Creation.asarray(obj);
        return a.dtype == dtype ? a : a.astype(dtype);
    }

    /**
     * {@code np.frombuffer(buffer, dtype)}: the remaining bytes of {@code buffer}, read in the
     * buffer's byte order, as a new 1-D array. The buffer's position is not moved. A copy.
     *
     * @throws ValueError if the byte count is not a multiple of the item size
     */
    public static NDArray frombuffer(java.nio.ByteBuffer buffer, DType dtype) {
        return Creation.frombuffer(buffer, dtype);
    }

    /** {@code np.zeros(shape)}: float64 zeros. @throws ValueError for a negative dimension */
    public static NDArray zeros(int... shape) {
        return NDArray.allocate(DType.FLOAT64, shape);
    }

    /** {@code np.zeros(shape, dtype)}. @throws ValueError for a negative dimension */
    public static NDArray zeros(int[] shape, DType dtype) {
        return NDArray.allocate(dtype, shape);
    }

    /** {@code np.ones(shape)}: float64 ones. @throws ValueError for a negative dimension */
    public static NDArray ones(int... shape) {
        return NDArray.allocate(DType.FLOAT64, shape).assign(1L);
    }

    /** {@code np.ones(shape, dtype)}. @throws ValueError for a negative dimension */
    public static NDArray ones(int[] shape, DType dtype) {
        return NDArray.allocate(dtype, shape).assign(1L);
    }

    /**
     * {@code np.empty(shape)}: float64, uninitialised in NumPy; zeroj's arrays always start zeroed.
     *
     * @throws ValueError for a negative dimension
     */
    public static NDArray empty(int... shape) {
        return NDArray.allocate(DType.FLOAT64, shape);
    }

    /** {@code np.empty(shape, dtype)} (zeroed). @throws ValueError for a negative dimension */
    public static NDArray empty(int[] shape, DType dtype) {
        return NDArray.allocate(dtype, shape);
    }

    /** {@code np.full(shape, value)}: float64 filled with {@code value}. */
    public static NDArray full(int[] shape, double value) {
        return NDArray.allocate(DType.FLOAT64, shape).assign(value);
    }

    /** {@code np.full(shape, value)}: int64 filled with {@code value}. */
    public static NDArray full(int[] shape, long value) {
        return NDArray.allocate(DType.INT64, shape).assign(value);
    }

    /** {@code np.full(shape, value)}: bool filled with {@code value}. */
    public static NDArray full(int[] shape, boolean value) {
        return NDArray.allocate(DType.BOOL, shape).assign(value ? 1L : 0L);
    }

    /** {@code np.full(shape, value, dtype)}, {@code value} cast to {@code dtype}. */
    public static NDArray full(int[] shape, double value, DType dtype) {
        NDArray r = NDArray.allocate(dtype, shape);
        Copies.fill(r, value); // unsafe casting, unchecked, as NumPy's full
        return r;
    }

    /** {@code np.zeros_like(a)}: zeros with {@code a}'s shape and dtype. */
    public static NDArray zeros_like(NDArray a) {
        return NDArray.allocate(a.dtype, a.shape);
    }

    /** {@code np.zeros_like(a, dtype)}. */
    public static NDArray zeros_like(NDArray a, DType dtype) {
        return NDArray.allocate(dtype, a.shape);
    }

    /** {@code np.ones_like(a)}. */
    public static NDArray ones_like(NDArray a) {
        return ones(a.shape, a.dtype);
    }

    /** {@code np.ones_like(a, dtype)}. */
    public static NDArray ones_like(NDArray a, DType dtype) {
        return ones(a.shape, dtype);
    }

    /** {@code np.empty_like(a)} (zeroed). */
    public static NDArray empty_like(NDArray a) {
        return NDArray.allocate(a.dtype, a.shape);
    }

    /** {@code np.empty_like(a, dtype)} (zeroed). */
    public static NDArray empty_like(NDArray a, DType dtype) {
        return NDArray.allocate(dtype, a.shape);
    }

    /** {@code np.full_like(a, value)}: {@code a}'s shape and dtype, {@code value} cast to it. */
    public static NDArray full_like(NDArray a, double value) {
        NDArray r = NDArray.allocate(a.dtype, a.shape);
        Copies.fill(r, value); // unsafe casting, unchecked, as NumPy's full
        return r;
    }

    /** {@code np.full_like(a, value, dtype)}. */
    public static NDArray full_like(NDArray a, double value, DType dtype) {
        NDArray r = NDArray.allocate(dtype, a.shape);
        Copies.fill(r, value); // unsafe casting, unchecked, as NumPy's full
        return r;
    }

    /** {@code np.arange(stop)}: int64 {@code 0, 1, ..., stop-1}. */
    public static NDArray arange(long stop) {
        return Creation.arange(0, stop, 1);
    }

    /** {@code np.arange(start, stop)}: int64. */
    public static NDArray arange(long start, long stop) {
        return Creation.arange(start, stop, 1);
    }

    /** {@code np.arange(start, stop, step)}: int64. @throws ValueError if {@code step} is 0 */
    public static NDArray arange(long start, long stop, long step) {
        return Creation.arange(start, stop, step);
    }

    /** {@code np.arange(stop)} with a float stop: float64. */
    public static NDArray arange(double stop) {
        return Creation.arange(0.0, stop, 1.0);
    }

    /** {@code np.arange(start, stop)}: float64. */
    public static NDArray arange(double start, double stop) {
        return Creation.arange(start, stop, 1.0);
    }

    /**
     * {@code np.arange(start, stop, step)}: float64, {@code ceil((stop - start) / step)} values
     * {@code start + i*step}, as NumPy computes them.
     *
     * @throws ValueError if {@code step} is 0
     */
    public static NDArray arange(double start, double stop, double step) {
        return Creation.arange(start, stop, step);
    }

    /**
     * {@code np.arange(start, stop, step, dtype)}: as NumPy computes it, in {@code dtype}: the first
     * two values {@code start} and {@code start + step} are converted to {@code dtype}, the rest are
     * {@code first + i*(second - first)} in {@code dtype}'s arithmetic (so
     * {@code arange(0.5, 5, 1.5, INT64)} is {@code [0, 2, 4]}).
     *
     * @throws ValueError if {@code step} is 0
     * @throws OverflowError if {@code start} or {@code start + step} does not fit an integer dtype
     * @throws TypeError for bool with more than 2 values
     */
    public static NDArray arange(double start, double stop, double step, DType dtype) {
        return Creation.arange(start, stop, step, dtype);
    }

    /** {@code np.linspace(start, stop, num)}: {@code num} evenly spaced float64 values, stop included. */
    public static NDArray linspace(double start, double stop, int num) {
        return Creation.linspace(start, stop, num, true);
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint)}.
     *
     * @throws ValueError if {@code num} is negative
     */
    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        return Creation.linspace(start, stop, num, endpoint);
    }

    /**
     * {@code np.logspace(start, stop, num)}: {@code np.power(10.0, linspace(start, stop, num))}
     * (power uses {@link Math#pow}: within 1 ulp of NumPy's libm result).
     */
    public static NDArray logspace(double start, double stop, int num) {
        return Creation.logspace(start, stop, num, true, 10.0);
    }

    /** {@code np.logspace(start, stop, num, endpoint, base)}. */
    public static NDArray logspace(double start, double stop, int num, boolean endpoint, double base) {
        return Creation.logspace(start, stop, num, endpoint, base);
    }

    /** {@code np.eye(n)}: the n x n float64 identity. */
    public static NDArray eye(int n) {
        return Creation.eye(n, n, 0, DType.FLOAT64);
    }

    /** {@code np.eye(n, m, k)}: ones on diagonal {@code k} of an n x m float64 array. */
    public static NDArray eye(int n, int m, int k) {
        return Creation.eye(n, m, k, DType.FLOAT64);
    }

    /** {@code np.eye(n, m, k, dtype)}. */
    public static NDArray eye(int n, int m, int k, DType dtype) {
        return Creation.eye(n, m, k, dtype);
    }

    /** {@code np.identity(n)}: the n x n float64 identity. */
    public static NDArray identity(int n) {
        return Creation.eye(n, n, 0, DType.FLOAT64);
    }

    /**
     * {@code np.meshgrid(*xi)} with {@code indexing='xy'}: for 1-D inputs x (length nx) and y
     * (length ny), two (ny, nx) arrays; with three inputs (ny, nx, nz) arrays; inputs of more
     * dimensions are flattened. Each output keeps its input's dtype. New arrays (NumPy's
     * {@code copy=True}).
     */
    public static NDArray[] meshgrid(NDArray... xi) {
        return Creation.meshgrid(xi);
    }

    /**
     * {@code np.concatenate(arrays, axis=0)}.
     *
     * @throws ValueError if the arrays' shapes differ off the axis, or no array is given
     */
    public static NDArray concatenate(NDArray... arrays) {
        return Creation.concatenate(arrays, 0);
    }

    /**
     * {@code np.concatenate(arrays, axis)}; the result dtype promotes all inputs.
     *
     * @throws ValueError if the shapes differ off the axis or the ranks differ
     * @throws AxisError if the axis is out of range
     */
    public static NDArray concatenate(NDArray[] arrays, int axis) {
        return Creation.concatenate(arrays, axis);
    }

    /** {@code np.concatenate(arrays, axis)} from a list. @throws ValueError, AxisError as above */
    public static NDArray concatenate(List<NDArray> arrays, int axis) {
        return Creation.concatenate(arrays.toArray(new NDArray[0]), axis);
    }

    /**
     * {@code np.stack(arrays)}: joins equal-shape arrays along a new first axis.
     *
     * @throws ValueError {@code all input arrays must have the same shape}
     */
    public static NDArray stack(NDArray... arrays) {
        return Creation.stack(arrays, 0);
    }

    /**
     * {@code np.stack(arrays, axis)}: joins along a new axis at {@code axis} of the result.
     *
     * @throws ValueError {@code all input arrays must have the same shape}
     * @throws AxisError if the axis is out of range
     */
    public static NDArray stack(NDArray[] arrays, int axis) {
        return Creation.stack(arrays, axis);
    }

    /** {@code np.stack(arrays, axis)} from a list. @throws ValueError, AxisError as above */
    public static NDArray stack(List<NDArray> arrays, int axis) {
        return Creation.stack(arrays.toArray(new NDArray[0]), axis);
    }

    // ---------------------------------------------------------------------------------------------
    // Shape manipulation (views where NumPy gives views)
    // ---------------------------------------------------------------------------------------------

    /** {@code np.reshape(a, shape)}: see {@link NDArray#reshape}. A view when possible. */
    public static NDArray reshape(NDArray a, int... shape) {
        return a.reshape(shape);
    }

    /** {@code np.transpose(a, axes)}: see {@link NDArray#transpose}. A view. */
    public static NDArray transpose(NDArray a, int... axes) {
        return a.transpose(axes);
    }

    /** {@code np.swapaxes(a, x, y)}. A view. @throws AxisError if an axis is out of range */
    public static NDArray swapaxes(NDArray a, int x, int y) {
        return a.swapaxes(x, y);
    }

    /** {@code np.ravel(a)}: a 1-D view when {@code a} is C-contiguous, otherwise a copy. */
    public static NDArray ravel(NDArray a) {
        return a.ravel();
    }

    /** {@code np.squeeze(a)}: length-1 axes removed. A view. */
    public static NDArray squeeze(NDArray a) {
        return a.squeeze();
    }

    /** {@code np.squeeze(a, axis)}. A view. @throws ValueError if an axis is not of length 1 */
    public static NDArray squeeze(NDArray a, int... axes) {
        return a.squeeze(axes);
    }

    /** {@code np.expand_dims(a, axis)}. A view. @throws AxisError if out of range */
    public static NDArray expand_dims(NDArray a, int axis) {
        return a.expandDims(axis);
    }

    /** {@code np.broadcast_to(a, shape)}. A view with stride 0 on repeated axes. @throws ValueError */
    public static NDArray broadcast_to(NDArray a, int... shape) {
        return a.broadcastTo(shape);
    }

    /**
     * {@code np.copy(a)}: a copy in {@code a}'s memory order (NumPy's default {@code order='K'}:
     * {@code np.copy(x.T)} is F-contiguous, unlike {@code x.T.copy()}, which is C-contiguous).
     */
    public static NDArray copy(NDArray a) {
        return Copies.astypeK(a, a.dtype);
    }

    /** {@code np.astype(a, dtype)}. A copy. */
    public static NDArray astype(NDArray a, DType dtype) {
        return a.astype(dtype);
    }

    /** {@code np.ndim(a)}. */
    public static int ndim(NDArray a) {
        return a.ndim();
    }

    /** {@code np.shape(a)} (a fresh copy). */
    public static int[] shape(NDArray a) {
        return a.shape();
    }

    /** {@code np.size(a)}. */
    public static int size(NDArray a) {
        return a.size();
    }

    /**
     * {@code np.result_type(a, b)} for two arrays (NumPy's promotion of their dtypes).
     */
    public static DType result_type(NDArray a, NDArray b) {
        return DType.promote(a.dtype, b.dtype);
    }

    /** {@code np.promote_types(a, b)}. */
    public static DType promote_types(DType a, DType b) {
        return DType.promote(a, b);
    }

    /**
     * {@code np.array_equal(a, b)}: same shape and equal elements (dtypes may differ; NaN is not
     * equal to NaN, as NumPy's default).
     */
    public static boolean array_equal(NDArray a, NDArray b) {
        return java.util.Arrays.equals(a.shape, b.shape) && (a.size == 0 || equal(a, b).all().booleanValue());
    }

    /**
     * {@code np.allclose(a, b, rtol, atol)}: {@code |a - b| <= atol + rtol * |b|} everywhere (NaN
     * never close), with broadcasting.
     *
     * @throws ValueError if the shapes do not broadcast
     */
    public static boolean allclose(Object a, Object b, double rtol, double atol) {
        NDArray x = asarray(a).astype(DType.FLOAT64);
        NDArray y = asarray(b).astype(DType.FLOAT64);
        NDArray lhs = absolute(subtract(x, y));
        NDArray rhs = add(multiply(absolute(y), rtol), atol);
        NDArray ok = logical_or(less_equal(lhs, rhs), equal(x, y));
        return ok.size == 0 || ok.all().booleanValue();
    }

    /** {@code np.allclose(a, b)} with NumPy's defaults {@code rtol=1e-05, atol=1e-08}. */
    public static boolean allclose(Object a, Object b) {
        return allclose(a, b, 1e-05, 1e-08);
    }

    // ---------------------------------------------------------------------------------------------
    // Files
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code np.save(file, a)}: writes {@code a} in NumPy's {@code .npy} format (version 1.0, or
     * newer when the header needs it). A {@code .npy} suffix is added if missing, as NumPy does.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void save(String file, NDArray a) {
        dev.zeroj.ndarray.io.Npy.save(java.nio.file.Path.of(file.endsWith(".npy") ? file : file + ".npy"), a);
    }

    /**
     * {@code np.load(file)} for a {@code .npy} file.
     *
     * @throws ValueError if the file is not a valid {@code .npy} file or is truncated
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public static NDArray load(String file) {
        return dev.zeroj.ndarray.io.Npy.load(java.nio.file.Path.of(file));
    }

    // ---------------------------------------------------------------------------------------------
    // Elementwise (ufuncs)
    // ---------------------------------------------------------------------------------------------

    /**
     * NumPy's {@code np.add}: {@code x1 + x2}, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray add(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.ADD, x1, x2, null);
    }

    /**
     * {@code np.add(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray add(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.ADD, x1, x2, out);
    }

    /**
     * NumPy's {@code np.subtract}: {@code x1 - x2} (not for two bool operands: TypeError), elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray subtract(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, x1, x2, null);
    }

    /**
     * {@code np.subtract(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray subtract(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, x1, x2, out);
    }

    /**
     * NumPy's {@code np.multiply}: {@code x1 * x2}, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray multiply(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, x1, x2, null);
    }

    /**
     * {@code np.multiply(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray multiply(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, x1, x2, out);
    }

    /**
     * NumPy's {@code np.divide}: {@code x1 / x2}, true division (integers give float64), elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray divide(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, x1, x2, null);
    }

    /**
     * {@code np.divide(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray divide(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, x1, x2, out);
    }

    /**
     * NumPy's {@code np.true_divide}: {@code x1 / x2}, an alias of {@link #divide(Object, Object)}, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray true_divide(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, x1, x2, null);
    }

    /**
     * {@code np.true_divide(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray true_divide(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, x1, x2, out);
    }

    /**
     * NumPy's {@code np.power}: {@code x1 ** x2} (integers to negative integer powers: ValueError), elementwise with broadcasting. A new array.
     * A single float exponent of 2, -1 or 0.5 computes square, reciprocal or sqrt, as NumPy's loops
     * do (bitwise equal to NumPy).
     *
     * <p><b>Accuracy.</b> zeroj computes {@code pow} with Java's {@code Math} (within 1 ulp of the
     * exact result, float32 computed in double and rounded once); NumPy 2.4 on x86-64 uses its
     * AVX-512 (SVML) loops, so results can differ from NumPy's by 1 to 3 ulp on a fraction of inputs
     * (measured: float32 about 20% of general exponents). The tests allow those ulps; exactly rounded ops (+ - * / sqrt square) match bitwise.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray power(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.POWER, x1, x2, null);
    }

    /**
     * {@code np.power(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray power(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.POWER, x1, x2, out);
    }

    /**
     * NumPy's {@code np.maximum}: the elementwise maximum, NaN propagating, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray maximum(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.MAXIMUM, x1, x2, null);
    }

    /**
     * {@code np.maximum(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray maximum(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.MAXIMUM, x1, x2, out);
    }

    /**
     * NumPy's {@code np.minimum}: the elementwise minimum, NaN propagating, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray minimum(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.MINIMUM, x1, x2, null);
    }

    /**
     * {@code np.minimum(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray minimum(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.MINIMUM, x1, x2, out);
    }

    /**
     * NumPy's {@code np.equal}: {@code x1 == x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray equal(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.EQUAL, x1, x2, null);
    }

    /**
     * {@code np.equal(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray equal(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.EQUAL, x1, x2, out);
    }

    /**
     * NumPy's {@code np.not_equal}: {@code x1 != x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray not_equal(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.NOT_EQUAL, x1, x2, null);
    }

    /**
     * {@code np.not_equal(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray not_equal(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.NOT_EQUAL, x1, x2, out);
    }

    /**
     * NumPy's {@code np.less}: {@code x1 < x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray less(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.LESS, x1, x2, null);
    }

    /**
     * {@code np.less(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray less(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.LESS, x1, x2, out);
    }

    /**
     * NumPy's {@code np.less_equal}: {@code x1 <= x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray less_equal(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.LESS_EQUAL, x1, x2, null);
    }

    /**
     * {@code np.less_equal(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray less_equal(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.LESS_EQUAL, x1, x2, out);
    }

    /**
     * NumPy's {@code np.greater}: {@code x1 > x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray greater(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.GREATER, x1, x2, null);
    }

    /**
     * {@code np.greater(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray greater(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.GREATER, x1, x2, out);
    }

    /**
     * NumPy's {@code np.greater_equal}: {@code x1 >= x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray greater_equal(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.GREATER_EQUAL, x1, x2, null);
    }

    /**
     * {@code np.greater_equal(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray greater_equal(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.GREATER_EQUAL, x1, x2, out);
    }

    /**
     * NumPy's {@code np.logical_and}: the truth of {@code x1 and x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray logical_and(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_AND, x1, x2, null);
    }

    /**
     * {@code np.logical_and(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray logical_and(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_AND, x1, x2, out);
    }

    /**
     * NumPy's {@code np.logical_or}: the truth of {@code x1 or x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray logical_or(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_OR, x1, x2, null);
    }

    /**
     * {@code np.logical_or(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray logical_or(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_OR, x1, x2, out);
    }

    /**
     * NumPy's {@code np.logical_xor}: the truth of {@code x1 xor x2} as a bool array, elementwise with broadcasting. A new array.
     *
     * @param x1 an array or array_like; a Java {@code double}/{@code long} is a weak scalar
     * @param x2 an array or array_like
     * @throws ValueError if the shapes do not broadcast
     */
    public static NDArray logical_xor(Object x1, Object x2) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_XOR, x1, x2, null);
    }

    /**
     * {@code np.logical_xor(x1, x2, out=out)}: writes the result into {@code out} (cast with the
     * {@code same_kind} rule) and returns it.
     *
     * @throws ValueError if the shapes do not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result dtype cannot be cast to {@code out}'s with {@code same_kind}
     */
    public static NDArray logical_xor(Object x1, Object x2, NDArray out) {
        return Ufuncs.binary(Ufuncs.Op.LOGICAL_XOR, x1, x2, out);
    }

    /** NumPy's {@code np.negative}: {@code -x} (TypeError for bool), elementwise. A new array. */
    public static NDArray negative(Object x) {
        return Ufuncs.unary(Ufuncs.Op.NEGATIVE, x, null);
    }

    /**
     * {@code np.negative(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray negative(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.NEGATIVE, x, out);
    }

    /** NumPy's {@code np.absolute}: {@code |x|}, elementwise. A new array. */
    public static NDArray absolute(Object x) {
        return Ufuncs.unary(Ufuncs.Op.ABSOLUTE, x, null);
    }

    /**
     * {@code np.absolute(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray absolute(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.ABSOLUTE, x, out);
    }

    /** NumPy's {@code np.abs}: {@code |x|}, an alias of {@link #absolute(Object)}, elementwise. A new array. */
    public static NDArray abs(Object x) {
        return Ufuncs.unary(Ufuncs.Op.ABSOLUTE, x, null);
    }

    /**
     * {@code np.abs(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray abs(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.ABSOLUTE, x, out);
    }

    /** NumPy's {@code np.sign}: the sign: -1, 0 or 1 (NaN for NaN), elementwise. A new array. */
    public static NDArray sign(Object x) {
        return Ufuncs.unary(Ufuncs.Op.SIGN, x, null);
    }

    /**
     * {@code np.sign(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray sign(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.SIGN, x, out);
    }

    /** NumPy's {@code np.square}: {@code x * x}, elementwise. A new array. */
    public static NDArray square(Object x) {
        return Ufuncs.unary(Ufuncs.Op.SQUARE, x, null);
    }

    /**
     * {@code np.square(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray square(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.SQUARE, x, out);
    }

    /** NumPy's {@code np.sqrt}: the square root (integers give float64, bool and uint8 float16, as NumPy), elementwise. A new array. */
    public static NDArray sqrt(Object x) {
        return Ufuncs.unary(Ufuncs.Op.SQRT, x, null);
    }

    /**
     * {@code np.sqrt(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray sqrt(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.SQRT, x, out);
    }

    /**
     * NumPy's {@code np.exp}: {@code e**x} (integers give float64, bool and uint8 float16), elementwise. A new array.
     *
     * <p><b>Accuracy.</b> zeroj computes {@code exp} with Java's {@code Math} (within 1 ulp of the
     * exact result, float32 computed in double and rounded once); NumPy 2.4 on x86-64 uses its
     * AVX-512 (SVML) loops, so results can differ from NumPy's by 1 to 3 ulp on a fraction of inputs
     * (measured: float32 about 40%, float64 about 5%). The tests allow those ulps; exactly rounded ops (+ - * / sqrt square) match bitwise.
     */
    public static NDArray exp(Object x) {
        return Ufuncs.unary(Ufuncs.Op.EXP, x, null);
    }

    /**
     * {@code np.exp(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray exp(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.EXP, x, out);
    }

    /**
     * NumPy's {@code np.log}: the natural logarithm (integers give float64), elementwise. A new array.
     *
     * <p><b>Accuracy.</b> zeroj computes {@code log} with Java's {@code Math} (within 1 ulp of the
     * exact result, float32 computed in double and rounded once); NumPy 2.4 on x86-64 uses its
     * AVX-512 (SVML) loops, so results can differ from NumPy's by 1 to 3 ulp on a fraction of inputs
     * (measured: float32 about 15%). The tests allow those ulps; exactly rounded ops (+ - * / sqrt square) match bitwise.
     */
    public static NDArray log(Object x) {
        return Ufuncs.unary(Ufuncs.Op.LOG, x, null);
    }

    /**
     * {@code np.log(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray log(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.LOG, x, out);
    }

    /**
     * NumPy's {@code np.tanh}: the hyperbolic tangent, elementwise. A new array.
     *
     * <p><b>Accuracy.</b> zeroj computes {@code tanh} with Java's {@code Math} (within 1 ulp of the
     * exact result, float32 computed in double and rounded once); NumPy 2.4 on x86-64 uses its
     * AVX-512 (SVML) loops, so results can differ from NumPy's by 1 to 3 ulp on a fraction of inputs
     * (measured: float32 about 32%, float64 about 26%). The tests allow those ulps; exactly rounded ops (+ - * / sqrt square) match bitwise.
     */
    public static NDArray tanh(Object x) {
        return Ufuncs.unary(Ufuncs.Op.TANH, x, null);
    }

    /**
     * {@code np.tanh(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray tanh(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.TANH, x, out);
    }

    /** NumPy's {@code np.sin}: the sine, elementwise. A new array. */
    public static NDArray sin(Object x) {
        return Ufuncs.unary(Ufuncs.Op.SIN, x, null);
    }

    /**
     * {@code np.sin(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray sin(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.SIN, x, out);
    }

    /** NumPy's {@code np.cos}: the cosine, elementwise. A new array. */
    public static NDArray cos(Object x) {
        return Ufuncs.unary(Ufuncs.Op.COS, x, null);
    }

    /**
     * {@code np.cos(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray cos(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.COS, x, out);
    }

    /** NumPy's {@code np.floor}: the floor (integers unchanged, as NumPy 2), elementwise. A new array. */
    public static NDArray floor(Object x) {
        return Ufuncs.unary(Ufuncs.Op.FLOOR, x, null);
    }

    /**
     * {@code np.floor(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray floor(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.FLOOR, x, out);
    }

    /** NumPy's {@code np.ceil}: the ceiling (integers unchanged), elementwise. A new array. */
    public static NDArray ceil(Object x) {
        return Ufuncs.unary(Ufuncs.Op.CEIL, x, null);
    }

    /**
     * {@code np.ceil(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray ceil(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.CEIL, x, out);
    }

    /** NumPy's {@code np.logical_not}: the truth of {@code not x} as a bool array, elementwise. A new array. */
    public static NDArray logical_not(Object x) {
        return Ufuncs.unary(Ufuncs.Op.LOGICAL_NOT, x, null);
    }

    /**
     * {@code np.logical_not(x, out=out)}: writes into {@code out} and returns it.
     *
     * @throws ValueError if {@code x} does not broadcast to {@code out}'s shape, or {@code output array is read-only}
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype with {@code same_kind}
     */
    public static NDArray logical_not(Object x, NDArray out) {
        return Ufuncs.unary(Ufuncs.Op.LOGICAL_NOT, x, out);
    }

    /** NumPy's {@code np.sum(a)}: the sum (bool counts; bool/uint8/int32 sum in int64; floats summed pairwise as NumPy) over all elements, a 0-d array. */
    public static NDArray sum(Object a) {
        return Reductions.reduce(Reductions.Kind.SUM, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.sum(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray sum(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.SUM, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.sum(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray sum(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.sum(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray sum(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.mean(a)}: the arithmetic mean (integers give float64) over all elements, a 0-d array. */
    public static NDArray mean(Object a) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.mean(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray mean(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.mean(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray mean(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.mean(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray mean(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.max(a)}: the maximum (NaN propagates) over all elements, a 0-d array. */
    public static NDArray max(Object a) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.max(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray max(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.max(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray max(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.max(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray max(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.amax(a)}: the maximum, an alias of max over all elements, a 0-d array. */
    public static NDArray amax(Object a) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.amax(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray amax(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.amax(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray amax(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.amax(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray amax(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.min(a)}: the minimum (NaN propagates) over all elements, a 0-d array. */
    public static NDArray min(Object a) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.min(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray min(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.min(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray min(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.min(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray min(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.amin(a)}: the minimum, an alias of min over all elements, a 0-d array. */
    public static NDArray amin(Object a) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.amin(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray amin(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.amin(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray amin(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.amin(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray amin(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.prod(a)}: the product over all elements, a 0-d array. */
    public static NDArray prod(Object a) {
        return Reductions.reduce(Reductions.Kind.PROD, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.prod(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray prod(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.PROD, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.prod(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray prod(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.PROD, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.prod(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray prod(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.PROD, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.var(a)}: the population variance (ddof 0) over all elements, a 0-d array. */
    public static NDArray var(Object a) {
        return Reductions.reduce(Reductions.Kind.VAR, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.var(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray var(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.VAR, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.var(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray var(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.VAR, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.var(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray var(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.VAR, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.std(a)}: the population standard deviation (ddof 0) over all elements, a 0-d array. */
    public static NDArray std(Object a) {
        return Reductions.reduce(Reductions.Kind.STD, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.std(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray std(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.STD, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.std(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray std(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.STD, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.std(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray std(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.STD, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.all(a)}: whether all elements are true (non-zero) over all elements, a 0-d array. */
    public static NDArray all(Object a) {
        return Reductions.reduce(Reductions.Kind.ALL, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.all(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray all(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.ALL, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.all(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray all(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ALL, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.all(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray all(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ALL, Creation.asarray(a), axes, keepdims);
    }

    /** NumPy's {@code np.any(a)}: whether any element is true over all elements, a 0-d array. */
    public static NDArray any(Object a) {
        return Reductions.reduce(Reductions.Kind.ANY, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.any(a, axis)} along one axis (negative counts from the end).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray any(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.ANY, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.any(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray any(Object a, int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ANY, Creation.asarray(a), new int[] {axis}, keepdims);
    }

    /**
     * {@code np.any(a, axis=tuple(axes), keepdims=keepdims)}; {@code axes == null} means all.
     *
     * @throws AxisError if an axis is out of range
     * @throws ValueError if an axis is repeated
     */
    public static NDArray any(Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ANY, Creation.asarray(a), axes, keepdims);
    }

    /**
     * NumPy's {@code np.argmax(a)}: the index into the flattened array (first on ties), a 0-d
     * int64 array.
     *
     * @throws ValueError {@code attempt to get argmax of an empty sequence}
     */
    public static NDArray argmax(Object a) {
        return Reductions.arg(true, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.argmax(a, axis)}: int64 indices along {@code axis} (first on ties).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray argmax(Object a, int axis) {
        return Reductions.arg(true, Creation.asarray(a), axis, false);
    }

    /**
     * {@code np.argmax(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray argmax(Object a, int axis, boolean keepdims) {
        return Reductions.arg(true, Creation.asarray(a), axis, keepdims);
    }

    /**
     * NumPy's {@code np.argmin(a)}: the index into the flattened array (first on ties), a 0-d
     * int64 array.
     *
     * @throws ValueError {@code attempt to get argmin of an empty sequence}
     */
    public static NDArray argmin(Object a) {
        return Reductions.arg(false, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.argmin(a, axis)}: int64 indices along {@code axis} (first on ties).
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray argmin(Object a, int axis) {
        return Reductions.arg(false, Creation.asarray(a), axis, false);
    }

    /**
     * {@code np.argmin(a, axis, keepdims=keepdims)}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray argmin(Object a, int axis, boolean keepdims) {
        return Reductions.arg(false, Creation.asarray(a), axis, keepdims);
    }

    /**
     * NumPy's {@code np.average(a)}: the mean of all elements, a 0-d array.
     */
    public static NDArray average(Object a) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), null, false);
    }

    /**
     * {@code np.average(a, axis)}: the mean along {@code axis}.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray average(Object a, int axis) {
        return Reductions.reduce(Reductions.Kind.MEAN, Creation.asarray(a), new int[] {axis}, false);
    }

    /**
     * {@code np.average(a, axis, weights)}: {@code sum(a * w) / sum(w)} along {@code axis}
     * ({@code null} for all elements); {@code weights} is either of {@code a}'s shape or 1-D with the
     * length of the axis.
     *
     * @throws ValueError if the weights' shape does not fit, or they sum to zero (NumPy raises
     *     {@code ZeroDivisionError("Weights sum to zero, can't be normalized")}; zeroj has no such
     *     class and throws {@code ValueError} with the same text)
     * @throws TypeError {@code Axis must be specified when shapes of a and weights differ.}
     * @throws AxisError if the axis is out of range
     */
    public static NDArray average(Object a, Integer axis, Object weights) {
        return Reductions.average(Creation.asarray(a), axis, Creation.asarray(weights));
    }

    // ---------------------------------------------------------------------------------------------
    // Linear algebra and convolution helpers (issue 4: linalg). Add methods below this line.
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code np.dot(a, b)}: for 1-D·1-D the inner product (a 0-d array); for 2-D·2-D the matrix
     * product; for N-D·1-D the sum over the last axes; for N-D·M-D ({@code M >= 2}) the sum over the
     * last axis of {@code a} and the second-to-last of {@code b}, result shape
     * {@code a.shape[:-1] + b.shape[:-2] + b.shape[-1:]}; with a 0-d operand (or a Java scalar) the
     * elementwise product. Operands may be transposed or strided views (read in place). The dtype is
     * {@code np.promote_types} of both (Java scalars count as float64/int64 arrays here, as Python
     * scalars do for dot); integers wrap, float16 is computed in float32. Float sums are fused
     * multiply-adds in k order, bitwise the same for any thread count; NumPy (OpenBLAS) sums in another
     * order, so results agree with NumPy's to rounding. A new array.
     *
     * @throws ValueError {@code shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)}
     */
    public static NDArray dot(Object a, Object b) {
        return LinAlg.dot(a, b, null);
    }

    /**
     * {@code np.dot(a, b, out=out)}: as {@link #dot(Object, Object)}, written into {@code out}, which
     * must be C-contiguous with exactly the result's dtype and shape (no allocation in steady state).
     * Returns {@code out}.
     *
     * @throws ValueError {@code output array is not acceptable (must have the right datatype, number
     *     of dimensions, and be a C-Array)}, {@code output array has wrong dimensions}, or the
     *     alignment error of {@link #dot(Object, Object)}
     */
    public static NDArray dot(Object a, Object b, NDArray out) {
        return LinAlg.dot(a, b, out);
    }

    /**
     * {@code np.matmul(a, b)} ({@code a @ b}): the matrix product of the last two axes, with the
     * leading (batch) axes broadcast; a 1-D {@code a} is a row and a 1-D {@code b} a column, their
     * axis removed from the result. Same dtypes and summation order as {@link #dot(Object, Object)}.
     * A new array.
     *
     * @throws ValueError for a 0-d operand ({@code matmul: Input operand 0 does not have enough
     *     dimensions ...}), mismatched inner sizes ({@code matmul: Input operand 1 has a mismatch in
     *     its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from
     *     3)}) or batch shapes that do not broadcast
     */
    public static NDArray matmul(Object a, Object b) {
        return LinAlg.matmul(a, b, null);
    }

    /**
     * {@code np.matmul(a, b, out=out)}: as {@link #matmul(Object, Object)}, written into {@code out}
     * (any strides; the result is cast to its dtype under the {@code same_kind} rule; extra leading
     * axes of {@code out} broadcast the inputs). Returns {@code out}. No allocation in steady state
     * when {@code out} has the result dtype, unit last stride and does not overlap the inputs.
     *
     * @throws ValueError as {@link #matmul(Object, Object)}, or {@code matmul: Output operand 0 has a
     *     mismatch in its core dimension ...}
     * @throws TypeError {@code Cannot cast ufunc 'matmul' output from dtype('float64') to
     *     dtype('int64') with casting rule 'same_kind'}
     */
    public static NDArray matmul(Object a, Object b, NDArray out) {
        return LinAlg.matmul(a, b, out);
    }

    /**
     * Sets how many threads zeroj's parallel kernels (GEMM, large elementwise loops) may use; the
     * default is the number of available processors, or the system property {@code zeroj.threads}.
     * Results do not depend on it (see {@link #dot(Object, Object)}). Not a NumPy function: NumPy's
     * equivalent is the {@code OPENBLAS_NUM_THREADS} environment variable.
     *
     * @throws IllegalArgumentException if {@code n} is outside 1..64
     */
    public static void setNumThreads(int n) {
        dev.zeroj.ndarray.internal.parallel.Parallel.setThreads(n);
    }

    /** The thread count set by {@link #setNumThreads(int)}. */
    public static int getNumThreads() {
        return dev.zeroj.ndarray.internal.parallel.Parallel.threads();
    }

    // ---- end linalg ----

    // ---------------------------------------------------------------------------------------------
    // Indexing helpers: where, clip, pad, take, sort, argsort, nditer, add.at (issue 3). Add below.
    // ---------------------------------------------------------------------------------------------


    /**
     * {@code np.where(condition)}: the same as {@link #nonzero(Object)}, one int64 index array per
     * axis.
     *
     * @throws ValueError for a 0-d condition
     */
    public static NDArray[] where(Object condition) {
        return Indexing.nonzero(Creation.asarray(condition));
    }

    /**
     * {@code np.where(condition, x, y)}: {@code x} where the condition is true, {@code y} elsewhere;
     * all three broadcast. The dtype is NumPy 2's: Java numbers are weak Python scalars
     * ({@code np.where(c, float32Array, 0.0)} stays float32; a Java int beyond an integer array's
     * range wraps as NumPy's does). A new array.
     *
     * @throws ValueError {@code operands could not be broadcast together with shapes (2,) (3,) (2,) }
     */
    public static NDArray where(Object condition, Object x, Object y) {
        return IndexFunctions.where(condition, x, y);
    }

    /**
     * {@code np.nonzero(a)}: the coordinates of the non-zero elements, one int64 array per axis, in
     * C order. New arrays.
     *
     * @throws ValueError for a 0-d array
     */
    public static NDArray[] nonzero(Object a) {
        return Indexing.nonzero(Creation.asarray(a));
    }

    /**
     * {@code np.clip(a, a_min, a_max)}: {@code minimum(maximum(a, a_min), a_max)}; either bound may
     * be {@code null} (no bound), a Java number (weak scalar) or an array (broadcast). NaN in
     * {@code a} or a bound gives NaN; {@code a_min > a_max} gives {@code a_max}. The dtype follows
     * NumPy 2's promotion of all three (a Java integer bound outside an integer dtype's range on the
     * side where it cannot bind is ignored, as in NumPy). Both bounds {@code null} give a copy
     * ({@code np.positive(a)}, NumPy 2.1+). A new array.
     *
     * @throws TypeError for a bool array without bounds ({@code ufunc 'positive' did not contain a loop ...})
     * @throws OverflowError for a Java integer bound that does not fit the integer dtype
     */
    public static NDArray clip(Object a, Object a_min, Object a_max) {
        return IndexFunctions.clip(a, a_min, a_max, null);
    }

    /**
     * {@code np.clip(a, a_min, a_max, out=out)}: writes into {@code out} and returns it.
     *
     * @throws TypeError if the result cannot be cast to {@code out}'s dtype ({@code same_kind}; the
     *     message names ufunc 'clip', or 'maximum'/'minimum'/'positive' when bounds are null, as NumPy's)
     * @throws ValueError if the operands and {@code out} do not broadcast, or {@code out} is read-only
     */
    public static NDArray clip(Object a, Object a_min, Object a_max, NDArray out) {
        return IndexFunctions.clip(a, a_min, a_max, out);
    }

    /**
     * {@code np.pad(a, pad_width)} in constant mode with zeros: every axis padded by {@code width}
     * on both sides. A new array.
     *
     * @throws ValueError {@code index can't contain negative values}
     */
    public static NDArray pad(NDArray a, int width) {
        return IndexFunctions.pad(a, new int[][] {{width}}, 0L);
    }

    /**
     * {@code np.pad(a, [(before, after), ...], 'constant', constant_values=value)}: {@code widths}
     * has one {@code {before, after}} row per axis, or a single row for every axis; a row of one
     * number pads both sides. The book's {@code np.pad(x, [(0,0), (0,0), (p,p), (p,p)], 'constant')}
     * is {@code np.pad(x, new int[][] {{0, 0}, {0, 0}, {p, p}, {p, p}}, 0)}. The value is cast to
     * {@code a}'s dtype as NumPy casts its float64 scalar: unsafely for uint8, bool and floats
     * ({@code 300.7} gives 44 in uint8, NaN gives 0), like a Python float for int32 and int64
     * (truncated; NaN, infinities and out-of-range values raise). A new array.
     *
     * @throws ValueError for negative widths, a widths table that does not fit {@code a.ndim}, a
     *     result too big for zeroj, or {@code cannot convert float NaN to integer} (int32/int64)
     * @throws OverflowError {@code cannot convert float infinity to integer},
     *     {@code Python integer 10000000000 out of bounds for int32} (int32/int64 only)
     * @throws TypeError {@code `pad_width` must be of integral type.} for a null table or row
     */
    public static NDArray pad(NDArray a, int[][] widths, double value) {
        return IndexFunctions.pad(a, widths, value);
    }

    /**
     * {@link #pad(NDArray, int[][], double)} with an integer constant (exact for int64 arrays),
     * cast as NumPy casts its int64 scalar: uint8 wraps ({@code 300} gives 44, {@code -1} 255),
     * bool is {@code value != 0}, int32 must hold it.
     *
     * @throws OverflowError {@code Python integer 1099511627776 out of bounds for int32}
     * @throws ValueError for negative widths, a widths table that does not fit {@code a.ndim}, or
     *     a result too big for zeroj
     * @throws TypeError {@code `pad_width` must be of integral type.} for a null table or row
     */
    public static NDArray pad(NDArray a, int[][] widths, long value) {
        return IndexFunctions.pad(a, widths, value);
    }

    /**
     * {@code np.pad(a, [(before, after), ...], 'constant')} with zeros. A new array.
     *
     * @throws ValueError for negative widths, a widths table that does not fit {@code a.ndim}, or
     *     a result too big for zeroj
     * @throws TypeError {@code `pad_width` must be of integral type.} for a null table or row
     */
    public static NDArray pad(NDArray a, int[][] widths) {
        return IndexFunctions.pad(a, widths, 0L);
    }

    /**
     * {@code np.take(a, indices)}: elements of the flattened {@code a} at {@code indices} (NDArray,
     * int, int[], long[]); the result has the indices' shape. A copy.
     *
     * @throws IndexError {@code index 10 is out of bounds for axis 0 with size 6}
     */
    public static NDArray take(Object a, Object indices) {
        return IndexFunctions.take(Creation.asarray(a), indices, null);
    }

    /**
     * {@code np.take(a, indices, axis)}: {@code a[:, ..., indices, ...]} with {@code indices} on
     * {@code axis}. A copy.
     *
     * @throws IndexError if an index is out of bounds
     * @throws AxisError if the axis is out of range
     */
    public static NDArray take(Object a, Object indices, int axis) {
        return IndexFunctions.take(Creation.asarray(a), indices, axis);
    }

    /** {@code np.sort(a)}: a sorted copy along the last axis (NaN last). */
    public static NDArray sort(Object a) {
        return Sorting.sort(Creation.asarray(a), -1);
    }

    /**
     * {@code np.sort(a, axis)}: a sorted copy along {@code axis}; {@code null} sorts the flattened
     * array.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray sort(Object a, Integer axis) {
        return Sorting.sort(Creation.asarray(a), axis);
    }

    /**
     * {@code np.sort(a, axis, kind)}: every kind ('quicksort', 'mergesort', 'heapsort', 'stable';
     * as in NumPy only the first letter counts, in either case) is computed as 'stable'.
     *
     * @throws ValueError for a kind that is empty or starts with another letter
     */
    public static NDArray sort(Object a, Integer axis, String kind) {
        Sorting.checkKind(kind);
        return Sorting.sort(Creation.asarray(a), axis);
    }

    /**
     * {@code np.argsort(a)}: int64 indices that sort along the last axis. zeroj always sorts
     * stably ({@code kind='stable'}): equal elements keep their order, NaN comes last. NumPy's
     * default kind may order ties differently; indices of distinct values agree. A 0-d array is
     * sorted as a 1-d one ({@code array([0])}).
     */
    public static NDArray argsort(Object a) {
        return Sorting.argsort(Creation.asarray(a), -1);
    }

    /**
     * {@code np.argsort(a, axis)}; {@code null} for the flattened array. Stable.
     *
     * @throws AxisError if the axis is out of range
     */
    public static NDArray argsort(Object a, Integer axis) {
        return Sorting.argsort(Creation.asarray(a), axis);
    }

    /**
     * {@code np.argsort(a, axis, kind)}; every kind is computed stably ({@code 'stable'}). As in
     * NumPy only the kind's first letter counts, in either case.
     *
     * @throws ValueError for a kind that is empty or starts with another letter
     */
    public static NDArray argsort(Object a, Integer axis, String kind) {
        Sorting.checkKind(kind);
        return Sorting.argsort(Creation.asarray(a), axis);
    }

    /**
     * {@code np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])}: a C-order iterator with
     * the current multi-index and read/write access to the current element.
     *
     * @throws ValueError {@code operand array with iterator write flag set is read-only} for a
     *     read-only array (see {@link NDArray#isWriteable()}), else
     *     {@code Iteration of zero-sized operands is not enabled}
     */
    public static NDIter nditer(NDArray x) {
        return new NDIter(x);
    }

    /**
     * {@code np.add.at(a, index, b)}: unbuffered {@code a[index] += b}, so repeated indices
     * accumulate ({@code a[index] += b} through {@link NDArray#at} applies a repeated index once).
     * {@code index} is one entry or an {@code Object[]} tuple of entries, as
     * {@link NDArray#get(Object...)} takes them. Computed in the promoted dtype and stored back with
     * unsafe casting, as NumPy does. Modifies {@code a}.
     *
     * @throws ValueError {@code array is not broadcastable to correct shape}
     * @throws IndexError for an out-of-bounds index
     */
    public static void add_at(NDArray a, Object index, Object b) {
        Indexing.ufuncAt(Ufuncs.Op.ADD, a, atIndex(index), b);
    }

    /** {@code np.subtract.at(a, index, b)}: unbuffered {@code a[index] -= b}. See {@link #add_at}. */
    public static void subtract_at(NDArray a, Object index, Object b) {
        Indexing.ufuncAt(Ufuncs.Op.SUBTRACT, a, atIndex(index), b);
    }

    /** {@code np.multiply.at(a, index, b)}: unbuffered {@code a[index] *= b}. See {@link #add_at}. */
    public static void multiply_at(NDArray a, Object index, Object b) {
        Indexing.ufuncAt(Ufuncs.Op.MULTIPLY, a, atIndex(index), b);
    }

    /** {@code np.maximum.at(a, index, b)}: unbuffered maximum (NaN propagates). See {@link #add_at}. */
    public static void maximum_at(NDArray a, Object index, Object b) {
        Indexing.ufuncAt(Ufuncs.Op.MAXIMUM, a, atIndex(index), b);
    }

    /** {@code np.minimum.at(a, index, b)}: unbuffered minimum (NaN propagates). See {@link #add_at}. */
    public static void minimum_at(NDArray a, Object index, Object b) {
        Indexing.ufuncAt(Ufuncs.Op.MINIMUM, a, atIndex(index), b);
    }

    private static Index[] atIndex(Object index) {
        if (index instanceof Index[]) {
            return (Index[]) index;
        }
        if (index instanceof Object[]) {
            return Indexing.toIndex((Object[]) index);
        }
        return Indexing.toIndex(new Object[] {index});
    }

    // ---- end indexing ----

    // ---------------------------------------------------------------------------------------------
    // Printing helpers (printing). Add below.
    // ---------------------------------------------------------------------------------------------

    // ---- end printing ----
}
