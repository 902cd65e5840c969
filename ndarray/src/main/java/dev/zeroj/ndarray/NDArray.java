package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Aligned;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.layout.Layout;

/**
 * An n-dimensional array with NumPy's semantics: a typed flat buffer seen through a shape, strides
 * (in elements) and an offset.
 *
 * <p><b>Views and copies.</b> As in NumPy, {@link #reshape}, {@link #T()}, {@link #transpose},
 * {@link #swapaxes}, {@link #ravel}, {@link #squeeze}, {@link #expandDims}, {@link #get(Index...)}
 * with integers and slices, and {@link #broadcastTo} return <em>views</em>: they share the buffer,
 * and a write through them reaches the base array. {@link #copy()}, {@link #flatten()},
 * {@link #astype} and every arithmetic result are new arrays. Each method's documentation says which.
 *
 * <p><b>Arithmetic.</b> Java has no operators, so the verbs are {@code add, sub, mul, div, pow}
 * (new array) and {@code addi, subi, muli, divi, powi} (in place, into this array, also when it is
 * a strided view). Operands broadcast as in NumPy; a Java {@code double} or {@code long} operand is a
 * "weak" Python scalar (NEP 50): {@code float32 * 2.5} stays float32. The full set of ufuncs, with
 * an optional {@code out}, is on {@link np}.
 *
 * <p><b>Scalars.</b> Every operation returns an {@code NDArray}; a full reduction returns a 0-d array
 * ({@code shape ()}), as NumPy's scalars behave. {@link #item()}, {@link #doubleValue()},
 * {@link #longValue()} and {@link #booleanValue()} turn a one-element array into a Java value.
 *
 * <p>Not thread-safe for concurrent writes; concurrent reads are safe.
 */
public final class NDArray {
    /** NumPy's text for an array whose byte size does not fit. */
    static final String TOO_BIG = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    final DType dtype;
    /** {@code boolean[]}, {@code byte[]}, {@code int[]}, {@code long[]}, {@code short[]}, {@code float[]} or {@code double[]}. */
    final Object data;
    final int[] shape;
    /** In elements. */
    final int[] strides;
    final int offset;
    final int size;
    /** The array that owns {@link #data}, or {@code null} if this one does. */
    final NDArray base;
    /** NumPy's {@code flags.writeable}: false for broadcast views and every view of one. */
    final boolean writeable;

    NDArray(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base) {
        this(dtype, data, shape, strides, offset, base, true);
    }

    NDArray(DType dtype, Object data, int[] shape, int[] strides, int offset, NDArray base, boolean writeable) {
        this.writeable = writeable;
        this.dtype = dtype;
        this.data = data;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        int n = Layout.size(shape);
        if (n < 0) {
            throw new ValueError(TOO_BIG);
        }
        this.size = n;
        this.base = base == null ? null : (base.base != null ? base.base : base);
    }

    /** A new C-contiguous array of {@code shape}, filled with zeros (false). */
    static NDArray allocate(DType dtype, int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
        }
        int n = Layout.size(shape);
        if (n < 0) {
            throw new ValueError(TOO_BIG);
        }
        return fresh(dtype, n, shape.clone(), Layout.cStrides(shape));
    }

    /**
     * A new array owning a new zeroed buffer of {@code n} elements laid out by {@code strides}. A float32
     * or float64 buffer the JVM places at the start of a heap region (a humongous object, see
     * {@link Aligned#lead}) starts its data on a 64-byte boundary: a kernel's 64-byte vector loads then
     * read one cache line each instead of two (the conv backward pass reading {@code dout}: 7-9%).
     */
    static NDArray fresh(DType dtype, int n, int[] shape, int[] strides) {
        int code = dtype.ordinal();
        int lead = code == Convert.F64 ? Aligned.lead(n, Double.BYTES)
                : code == Convert.F32 ? Aligned.lead(n, Float.BYTES) : 0;
        return new NDArray(dtype, Convert.allocate(code, n + lead), shape, strides, lead, null);
    }

    /**
     * A new zeroed array of {@code shape} whose axes lie in memory in the order {@code perm}
     * (outermost first, see {@code Layout.strideOrder}): NumPy's {@code order='K'} allocation.
     */
    static NDArray allocateInOrder(DType dtype, int[] shape, int[] perm) {
        if (Layout.isIdentity(perm)) {
            return allocate(dtype, shape);
        }
        int[] st = Layout.stridesInOrder(shape, perm);
        if (st == null) {
            throw new ValueError(TOO_BIG);
        }
        return fresh(dtype, Layout.size(shape), shape.clone(), st);
    }

    /** A view of this array's buffer with other shape, strides and offset; read-only if this one is. */
    NDArray view(int[] newShape, int[] newStrides, int newOffset) {
        return new NDArray(dtype, data, newShape, newStrides, newOffset, this.base != null ? this.base : this, writeable);
    }

    /** A read-only view of this array's buffer (NumPy's {@code broadcast_to} result). */
    NDArray readOnlyView(int[] newShape, int[] newStrides, int newOffset) {
        return new NDArray(dtype, data, newShape, newStrides, newOffset, this.base != null ? this.base : this, false);
    }

    /**
     * Throws NumPy's {@code ValueError: <what> is read-only} ({@code what}: "assignment destination",
     * "output array", "sort array") if this array is read-only.
     */
    void checkWriteable(String what) {
        if (!writeable) {
            throw new ValueError(what + " is read-only");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Attributes
    // ---------------------------------------------------------------------------------------------

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** The shape, a fresh copy ({@code x.shape} in NumPy). */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * The length of one axis ({@code x.shape[axis]}); negative axes count from the end.
     *
     * @throws AxisError if the axis is out of range
     */
    public int shape(int axis) {
        return shape[Views.normalizeAxis(axis, shape.length)];
    }

    /** The number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return size;
    }

    /** Bytes per element. */
    public int itemsize() {
        return dtype.itemSize();
    }

    /** {@code size * itemsize}. */
    public long nbytes() {
        return (long) size * dtype.itemSize();
    }

    /** The strides in bytes, as NumPy reports them (a fresh copy). */
    public long[] strides() {
        long[] s = new long[strides.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (long) strides[i] * dtype.itemSize();
        }
        return s;
    }

    /** The array whose buffer this view shares, or {@code null} if this array owns its buffer. */
    public NDArray base() {
        return base;
    }

    /**
     * Whether this array may be written ({@code x.flags.writeable}). False for the views
     * {@link #broadcastTo} returns and for every view taken of them (a stride-0 axis would write one
     * element many times); writing raises NumPy's {@code ValueError: output array is read-only} or
     * {@code assignment destination is read-only}. Copies are always writeable.
     */
    public boolean isWriteable() {
        return writeable;
    }

    /** Whether the elements lie in memory in C (row-major) order without gaps. */
    public boolean isCContiguous() {
        return Layout.isCContiguous(shape, strides);
    }

    /** Whether the elements lie in memory in Fortran (column-major) order without gaps. */
    public boolean isFContiguous() {
        return Layout.isFContiguous(shape, strides);
    }

    /**
     * Whether this array and {@code other} may share elements (NumPy's {@code may_share_memory}): the
     * same buffer, both non-empty, and overlapping extents in it.
     */
    public boolean sharesMemoryWith(NDArray other) {
        if (data != other.data || size == 0 || other.size == 0) {
            return false;
        }
        long[] e = extent();
        long[] f = other.extent();
        return e[0] <= f[1] && f[0] <= e[1];
    }

    /** The lowest and highest buffer positions of a non-empty array. */
    private long[] extent() {
        long lo = offset;
        long hi = offset;
        for (int i = 0; i < shape.length; i++) {
            long span = (long) (shape[i] - 1) * strides[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return new long[] {lo, hi};
    }

    // ---------------------------------------------------------------------------------------------
    // Elements
    // ---------------------------------------------------------------------------------------------

    /** The buffer position of a full multi-index, with NumPy's bounds errors. */
    int position(int[] index) {
        if (index.length != shape.length) {
            if (index.length > shape.length) {
                throw new IndexError("too many indices for array: array is " + shape.length
                        + "-dimensional, but " + index.length + " were indexed");
            }
            throw new IndexError("expected " + shape.length + " indices for an element of a "
                    + shape.length + "-dimensional array, got " + index.length);
        }
        int p = offset;
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            int n = shape[k];
            if (i < -n || i >= n) {
                throw new IndexError("index " + i + " is out of bounds for axis " + k + " with size " + n);
            }
            p += (i < 0 ? i + n : i) * strides[k];
        }
        return p;
    }

    /**
     * The element at a full index (one integer per axis, negative counting from the end), as a
     * double.
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     */
    public double getDouble(int... index) {
        return Convert.getDouble(data, dtype.ordinal(), position(index));
    }

    /**
     * The element at a full index as a long, converted as {@code astype(int64)} converts it: floats
     * are truncated toward zero, and NaN, infinities and values beyond the long range give
     * {@code Long.MIN_VALUE} (NumPy's result on x86-64) without an error. For Python's checked
     * {@code int(x)} use {@link #longValue()} on the element.
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     */
    public long getLong(int... index) {
        return Convert.getLong(data, dtype.ordinal(), position(index));
    }

    /**
     * The element at a full index as a truth value (non-zero is true).
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     */
    public boolean getBoolean(int... index) {
        return Convert.getBool(data, dtype.ordinal(), position(index));
    }

    /**
     * Writes {@code value} at a full index, cast to this array's dtype as NumPy casts a float
     * (unchecked: NaN into an integer array stores what {@code astype} gives).
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     * @throws ValueError {@code assignment destination is read-only} (see {@link #isWriteable()})
     */
    public void setDouble(double value, int... index) {
        checkWriteable("assignment destination");
        Convert.setDouble(data, dtype.ordinal(), position(index), value);
    }

    /**
     * Writes {@code value} at a full index, cast to this array's dtype as NumPy casts an integer.
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     * @throws ValueError {@code assignment destination is read-only} (see {@link #isWriteable()})
     */
    public void setLong(long value, int... index) {
        checkWriteable("assignment destination");
        Convert.setLong(data, dtype.ordinal(), position(index), value);
    }

    /**
     * Writes {@code value} (as 1 or 0) at a full index.
     *
     * @throws IndexError if an index is out of bounds or the count is not {@code ndim()}
     * @throws ValueError {@code assignment destination is read-only} (see {@link #isWriteable()})
     */
    public void setBoolean(boolean value, int... index) {
        checkWriteable("assignment destination");
        Convert.setLong(data, dtype.ordinal(), position(index), value ? 1 : 0);
    }

    private int singlePosition() {
        if (size != 1) {
            throw new ValueError("can only convert an array of size 1 to a Python scalar");
        }
        int p = offset;
        // every axis has length 1: the element sits at the offset
        return p;
    }

    /**
     * The only element of a one-element array as a Java object: {@link Double} for float dtypes,
     * {@link Long} for integers, {@link Boolean} for bool (NumPy's {@code item()}).
     *
     * @throws ValueError if the array does not have exactly one element
     */
    public Object item() {
        int p = singlePosition();
        if (dtype.isFloat()) {
            return Convert.getDouble(data, dtype.ordinal(), p);
        }
        if (dtype.isBool()) {
            return Convert.getBool(data, dtype.ordinal(), p);
        }
        return Convert.getLong(data, dtype.ordinal(), p);
    }

    /**
     * The only element as a double ({@code float(x)}).
     *
     * @throws ValueError if the array does not have exactly one element
     */
    public double doubleValue() {
        return Convert.getDouble(data, dtype.ordinal(), singlePosition());
    }

    /**
     * The only element as a long, as Python's {@code int(x)}: floats truncate toward zero.
     *
     * @throws ValueError if the array does not have exactly one element, or
     *     {@code cannot convert float NaN to integer}
     * @throws OverflowError {@code cannot convert float infinity to integer}, or
     *     {@code Python int too large to convert to C long} for a float beyond the long range
     *     (Python's int would be exact; a Java long cannot hold it)
     */
    public long longValue() {
        int p = singlePosition();
        if (dtype.isFloat()) {
            Coercion.checkPythonFloatToInt(Convert.getDouble(data, dtype.ordinal(), p), DType.INT64);
        }
        return Convert.getLong(data, dtype.ordinal(), p);
    }

    /**
     * The only element as a truth value ({@code bool(x)}).
     *
     * @throws ValueError if the array does not have exactly one element ("The truth value of an
     *     array with more than one element is ambiguous...")
     */
    public boolean booleanValue() {
        if (size != 1) {
            throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
        }
        return Convert.getBool(data, dtype.ordinal(), offset);
    }

    /** All elements in C order as a new {@code double[]} (a copy). */
    public double[] toDoubleArray() {
        return (double[]) Copies.toFlat(this, DType.FLOAT64);
    }

    /** All elements in C order as a new {@code float[]} (a copy, cast as NumPy's astype). */
    public float[] toFloatArray() {
        return (float[]) Copies.toFlat(this, DType.FLOAT32);
    }

    /** All elements in C order as a new {@code long[]} (a copy, cast as NumPy's astype). */
    public long[] toLongArray() {
        return (long[]) Copies.toFlat(this, DType.INT64);
    }

    /** All elements in C order as a new {@code int[]} (a copy, cast as NumPy's astype). */
    public int[] toIntArray() {
        return (int[]) Copies.toFlat(this, DType.INT32);
    }

    /** All elements in C order as a new {@code boolean[]} (a copy; non-zero is true). */
    public boolean[] toBooleanArray() {
        return (boolean[]) Copies.toFlat(this, DType.BOOL);
    }

    /**
     * The raw bytes of the elements in C order, little-endian ({@code x.tobytes()}). A copy.
     */
    public byte[] tobytes() {
        return Copies.toBytes(this, 'C');
    }

    /**
     * The raw bytes of the elements in {@code order} ('C' or 'F'), little-endian. A copy.
     *
     * @throws ValueError if the order is not 'C' or 'F'
     */
    public byte[] tobytes(char order) {
        return Copies.toBytes(this, order);
    }

    // ---------------------------------------------------------------------------------------------
    // Copies and casts
    // ---------------------------------------------------------------------------------------------

    /**
     * A C-contiguous copy with the same dtype ({@code x.copy()}, whose default is {@code order='C'};
     * {@link np#copy} keeps the memory order instead). Always a copy.
     */
    public NDArray copy() {
        return Copies.astype(this, dtype);
    }

    /**
     * A copy converted to {@code dtype} with NumPy's casting results (floats truncate toward zero
     * when cast to integers, integers wrap, non-zero is true). Always a copy, as NumPy's default
     * {@code astype(copy=True)}, and laid out as NumPy's default {@code order='K'}: the axes keep
     * this array's memory order ({@code x.T.astype(t)} is F-contiguous).
     */
    public NDArray astype(DType dtype) {
        return Copies.astypeK(this, dtype);
    }

    /** A 1-D C-order copy ({@code x.flatten()}). Always a copy. */
    public NDArray flatten() {
        return Copies.astype(this, dtype).reshape(size);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /**
     * This array with a new shape; one axis may be {@code -1} and is inferred. A view whenever the
     * strides allow it (always for a contiguous array), otherwise a copy, as NumPy's
     * {@code reshape}.
     *
     * @throws ValueError {@code cannot reshape array of size 6 into shape (4,)}, or
     *     {@code can only specify one unknown dimension}
     */
    public NDArray reshape(int... newShape) {
        return Views.reshape(this, newShape);
    }

    /** The transpose: axes reversed ({@code x.T}). A view. */
    public NDArray T() {
        return Views.transpose(this, null);
    }

    /**
     * The axes permuted: result axis {@code i} is this array's axis {@code axes[i]}; no argument
     * reverses them. A view.
     *
     * @throws ValueError {@code axes don't match array} if {@code axes} is not a permutation
     * @throws AxisError if an axis is out of range
     */
    public NDArray transpose(int... axes) {
        return Views.transpose(this, axes.length == 0 ? null : axes);
    }

    /**
     * Axes {@code a} and {@code b} interchanged. A view.
     *
     * @throws AxisError if an axis is out of range
     */
    public NDArray swapaxes(int a, int b) {
        return Views.swapaxes(this, a, b);
    }

    /**
     * A 1-D array of the elements in C order ({@code x.ravel()}): a view when this array is
     * C-contiguous, otherwise a copy, exactly as NumPy (even where {@code reshape(-1)} could view,
     * e.g. {@code x[::2].ravel()} copies).
     */
    public NDArray ravel() {
        return isCContiguous() ? Views.reshape(this, new int[] {size}) : flatten();
    }

    /** All length-1 axes removed. A view. */
    public NDArray squeeze() {
        return Views.squeeze(this, null);
    }

    /**
     * The given length-1 axes removed. A view.
     *
     * @throws ValueError {@code cannot select an axis to squeeze out which has size not equal to one}
     * @throws AxisError if an axis is out of range
     */
    public NDArray squeeze(int... axes) {
        return Views.squeeze(this, axes);
    }

    /**
     * A length-1 axis inserted at position {@code axis} of the result ({@code np.expand_dims}). A view.
     *
     * @throws AxisError if {@code axis} is outside {@code [-ndim-1, ndim]}
     */
    public NDArray expandDims(int axis) {
        return Views.expandDims(this, axis);
    }

    /**
     * This array broadcast to {@code shape} ({@code np.broadcast_to}): a <em>read-only</em> view with
     * stride 0 on the repeated axes ({@link #isWriteable()} is false, also for views of it; writing
     * raises {@code ValueError: assignment destination is read-only} / {@code output array is
     * read-only}). {@link #copy()} it to get a writeable array.
     *
     * @throws ValueError if the shapes do not broadcast
     */
    public NDArray broadcastTo(int... shape) {
        return Views.broadcastTo(this, shape);
    }

    /**
     * Indexing with typed entries: integers ({@link Index#at}), slices ({@link Index#slice}),
     * {@link Index#NEWAXIS} and {@link Index#ELLIPSIS}, any mix, give a <em>view</em> — except when
     * every axis gets an integer: then, as NumPy returns a scalar, a 0-d copy. An array entry
     * ({@link Index#of(NDArray)}: integer array or bool mask) makes it advanced indexing and the
     * result a <em>copy</em>. See {@link #get(Object...)} for the untyped form.
     *
     * @throws IndexError {@code index 5 is out of bounds for axis 0 with size 3}, or
     *     {@code too many indices for array: array is 2-dimensional, but 3 were indexed}
     */
    public NDArray get(Index... index) {
        return Views.basicIndex(this, index);
    }

    // ---------------------------------------------------------------------------------------------
    // Arithmetic (new arrays) and in-place arithmetic (into this array)
    // ---------------------------------------------------------------------------------------------

    /** {@code this + other}, broadcast. A new array. @throws ValueError if the shapes do not broadcast */
    public NDArray add(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, other, null);
    }

    /** {@code this + v} (weak scalar). A new array. */
    public NDArray add(double v) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, Ufuncs.weak(v), null);
    }

    /** {@code this + v} (weak scalar). A new array. @throws OverflowError if v does not fit an integer dtype */
    public NDArray add(long v) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, Ufuncs.weak(v), null);
    }

    /** {@code this - other}, broadcast. A new array. @throws TypeError for two bool arrays */
    public NDArray sub(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, other, null);
    }

    /** {@code this - v}. A new array. */
    public NDArray sub(double v) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, Ufuncs.weak(v), null);
    }

    /** {@code this - v}. A new array. */
    public NDArray sub(long v) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, Ufuncs.weak(v), null);
    }

    /** {@code this * other}, broadcast. A new array. */
    public NDArray mul(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, other, null);
    }

    /** {@code this * v}. A new array. */
    public NDArray mul(double v) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, Ufuncs.weak(v), null);
    }

    /** {@code this * v}. A new array. */
    public NDArray mul(long v) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, Ufuncs.weak(v), null);
    }

    /** {@code this / other} (true division: integers give float64). A new array. */
    public NDArray div(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, other, null);
    }

    /** {@code this / v}. A new array. */
    public NDArray div(double v) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, Ufuncs.weak(v), null);
    }

    /** {@code this / v}. A new array. */
    public NDArray div(long v) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, Ufuncs.weak(v), null);
    }

    /**
     * {@code this ** other}. A new array. See {@link np#power(Object, Object)} for the accuracy
     * against NumPy (1-3 ulp on some inputs, as exp/log/tanh).
     *
     * @throws ValueError for integer arrays to negative integer powers
     */
    public NDArray pow(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, other, null);
    }

    /** {@code this ** v}. A new array. */
    public NDArray pow(double v) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, Ufuncs.weak(v), null);
    }

    /** {@code this ** v}. A new array. */
    public NDArray pow(long v) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, Ufuncs.weak(v), null);
    }

    /** {@code -this}. A new array. @throws TypeError for bool arrays */
    public NDArray neg() {
        return Ufuncs.unary(Ufuncs.Op.NEGATIVE, this, null);
    }

    /**
     * {@code this += other} in place (also through a strided view); the result is cast back to this
     * array's dtype with NumPy's {@code same_kind} rule. Returns this array.
     *
     * @throws ValueError if {@code other} does not broadcast to this array's shape, or
     *     {@code output array is read-only} (a {@link #broadcastTo} view)
     * @throws TypeError if the result cannot be cast to this dtype (e.g. int += float)
     */
    public NDArray addi(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, other, this);
    }

    /** {@code this += v} in place. Returns this array. @throws TypeError int += float */
    public NDArray addi(double v) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, Ufuncs.weak(v), this);
    }

    /** {@code this += v} in place. Returns this array. */
    public NDArray addi(long v) {
        return Ufuncs.binary(Ufuncs.Op.ADD, this, Ufuncs.weak(v), this);
    }

    /** {@code this -= other} in place. Returns this array. @throws ValueError, TypeError as {@link #addi(NDArray)} */
    public NDArray subi(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, other, this);
    }

    /** {@code this -= v} in place. Returns this array. */
    public NDArray subi(double v) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, Ufuncs.weak(v), this);
    }

    /** {@code this -= v} in place. Returns this array. */
    public NDArray subi(long v) {
        return Ufuncs.binary(Ufuncs.Op.SUBTRACT, this, Ufuncs.weak(v), this);
    }

    /** {@code this *= other} in place. Returns this array. @throws ValueError, TypeError as {@link #addi(NDArray)} */
    public NDArray muli(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, other, this);
    }

    /** {@code this *= v} in place. Returns this array. */
    public NDArray muli(double v) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, Ufuncs.weak(v), this);
    }

    /** {@code this *= v} in place. Returns this array. */
    public NDArray muli(long v) {
        return Ufuncs.binary(Ufuncs.Op.MULTIPLY, this, Ufuncs.weak(v), this);
    }

    /** {@code this /= other} in place. Returns this array. @throws TypeError on integer arrays */
    public NDArray divi(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, other, this);
    }

    /** {@code this /= v} in place. Returns this array. @throws TypeError on integer arrays */
    public NDArray divi(double v) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, Ufuncs.weak(v), this);
    }

    /** {@code this /= v} in place. Returns this array. @throws TypeError on integer arrays */
    public NDArray divi(long v) {
        return Ufuncs.binary(Ufuncs.Op.DIVIDE, this, Ufuncs.weak(v), this);
    }

    /** {@code this **= other} in place. Returns this array. */
    public NDArray powi(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, other, this);
    }

    /** {@code this **= v} in place. Returns this array. */
    public NDArray powi(double v) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, Ufuncs.weak(v), this);
    }

    /** {@code this **= v} in place (a Python int: {@code x **= 2} keeps an integer array integer). Returns this array. */
    public NDArray powi(long v) {
        return Ufuncs.binary(Ufuncs.Op.POWER, this, Ufuncs.weak(v), this);
    }

    /**
     * Copies {@code value} into this array in place, broadcasting ({@code x[...] = value}), cast
     * to this dtype (unsafe casting, as NumPy's assignment). Returns this array.
     *
     * @throws ValueError if {@code value} does not broadcast to this shape, or
     *     {@code assignment destination is read-only}
     */
    public NDArray assign(NDArray value) {
        Copies.assign(this, value);
        return this;
    }

    /**
     * Sets every element to {@code value} ({@code x[...] = value}, {@code x.fill(value)}), a Python
     * float: into an integer array it is truncated, and NaN, infinities and out-of-range values raise
     * as in NumPy. Returns this array.
     *
     * @throws ValueError {@code cannot convert float NaN to integer}, or
     *     {@code assignment destination is read-only}
     * @throws OverflowError {@code cannot convert float infinity to integer},
     *     {@code Python integer 300 out of bounds for uint8}
     */
    public NDArray assign(double value) {
        Copies.assign(this, Ufuncs.weak(value));
        return this;
    }

    /**
     * Sets every element to {@code value}, a Python int. Returns this array.
     *
     * @throws OverflowError {@code Python integer 300 out of bounds for uint8} (also int32)
     * @throws ValueError {@code assignment destination is read-only}
     */
    public NDArray assign(long value) {
        Copies.assign(this, Ufuncs.weak(value));
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // Comparisons (bool arrays)
    // ---------------------------------------------------------------------------------------------

    /** {@code this == other}, elementwise, a new bool array. */
    public NDArray eq(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.EQUAL, this, other, null);
    }

    /** {@code this == v}, elementwise, a new bool array. */
    public NDArray eq(double v) {
        return Ufuncs.binary(Ufuncs.Op.EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this == v}, elementwise, a new bool array. */
    public NDArray eq(long v) {
        return Ufuncs.binary(Ufuncs.Op.EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this != other}, elementwise, a new bool array. */
    public NDArray ne(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.NOT_EQUAL, this, other, null);
    }

    /** {@code this != v}, elementwise, a new bool array. */
    public NDArray ne(double v) {
        return Ufuncs.binary(Ufuncs.Op.NOT_EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this != v} with {@code v} a Python int (exact beyond 2**53), elementwise, a new bool array. */
    public NDArray ne(long v) {
        return Ufuncs.binary(Ufuncs.Op.NOT_EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this < other}, elementwise, a new bool array. */
    public NDArray lt(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.LESS, this, other, null);
    }

    /** {@code this < v}, elementwise, a new bool array. */
    public NDArray lt(double v) {
        return Ufuncs.binary(Ufuncs.Op.LESS, this, Ufuncs.weak(v), null);
    }

    /** {@code this < v} with {@code v} a Python int (exact beyond 2**53), elementwise, a new bool array. */
    public NDArray lt(long v) {
        return Ufuncs.binary(Ufuncs.Op.LESS, this, Ufuncs.weak(v), null);
    }

    /** {@code this <= other}, elementwise, a new bool array. */
    public NDArray le(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.LESS_EQUAL, this, other, null);
    }

    /** {@code this <= v}, elementwise, a new bool array. */
    public NDArray le(double v) {
        return Ufuncs.binary(Ufuncs.Op.LESS_EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this <= v} with {@code v} a Python int (exact beyond 2**53), elementwise, a new bool array. */
    public NDArray le(long v) {
        return Ufuncs.binary(Ufuncs.Op.LESS_EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this > other}, elementwise, a new bool array. */
    public NDArray gt(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.GREATER, this, other, null);
    }

    /** {@code this > v}, elementwise, a new bool array. */
    public NDArray gt(double v) {
        return Ufuncs.binary(Ufuncs.Op.GREATER, this, Ufuncs.weak(v), null);
    }

    /** {@code this > v} with {@code v} a Python int (exact beyond 2**53), elementwise, a new bool array. */
    public NDArray gt(long v) {
        return Ufuncs.binary(Ufuncs.Op.GREATER, this, Ufuncs.weak(v), null);
    }

    /** {@code this >= other}, elementwise, a new bool array. */
    public NDArray ge(NDArray other) {
        return Ufuncs.binary(Ufuncs.Op.GREATER_EQUAL, this, other, null);
    }

    /** {@code this >= v}, elementwise, a new bool array. */
    public NDArray ge(double v) {
        return Ufuncs.binary(Ufuncs.Op.GREATER_EQUAL, this, Ufuncs.weak(v), null);
    }

    /** {@code this >= v} with {@code v} a Python int (exact beyond 2**53), elementwise, a new bool array. */
    public NDArray ge(long v) {
        return Ufuncs.binary(Ufuncs.Op.GREATER_EQUAL, this, Ufuncs.weak(v), null);
    }

    // ---------------------------------------------------------------------------------------------
    // Reductions (see np for the full documentation of each)
    // ---------------------------------------------------------------------------------------------

    /** Sum of all elements, a 0-d array ({@code np.sum(x)}); bool counts, small ints sum in int64. */
    public NDArray sum() {
        return Reductions.reduce(Reductions.Kind.SUM, this, null, false);
    }

    /** Sum along {@code axis} (negative counts from the end). @throws AxisError if out of range */
    public NDArray sum(int axis) {
        return Reductions.reduce(Reductions.Kind.SUM, this, new int[] {axis}, false);
    }

    /** Sum along {@code axis}, keeping it as length 1 if {@code keepdims}. @throws AxisError if out of range */
    public NDArray sum(int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, this, new int[] {axis}, keepdims);
    }

    /** Sum along several axes ({@code null}: all). @throws AxisError, ValueError on a repeated axis */
    public NDArray sum(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, this, axes, keepdims);
    }

    /** Mean of all elements, a 0-d array (integers give float64). */
    public NDArray mean() {
        return Reductions.reduce(Reductions.Kind.MEAN, this, null, false);
    }

    /** Mean along {@code axis}. @throws AxisError if out of range */
    public NDArray mean(int axis) {
        return Reductions.reduce(Reductions.Kind.MEAN, this, new int[] {axis}, false);
    }

    /** Mean along {@code axis}, optionally keeping it. @throws AxisError if out of range */
    public NDArray mean(int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MEAN, this, new int[] {axis}, keepdims);
    }

    /** Mean along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray mean(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MEAN, this, axes, keepdims);
    }

    /** Maximum of all elements (NaN propagates). @throws ValueError on an empty array */
    public NDArray max() {
        return Reductions.reduce(Reductions.Kind.MAX, this, null, false);
    }

    /** Maximum along {@code axis}. @throws AxisError, ValueError on an empty axis */
    public NDArray max(int axis) {
        return Reductions.reduce(Reductions.Kind.MAX, this, new int[] {axis}, false);
    }

    /** Maximum along {@code axis}, optionally keeping it. @throws AxisError, ValueError */
    public NDArray max(int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, this, new int[] {axis}, keepdims);
    }

    /** Maximum along several axes ({@code null}: all). @throws AxisError, ValueError */
    public NDArray max(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, this, axes, keepdims);
    }

    /** Minimum of all elements (NaN propagates). @throws ValueError on an empty array */
    public NDArray min() {
        return Reductions.reduce(Reductions.Kind.MIN, this, null, false);
    }

    /** Minimum along {@code axis}. @throws AxisError, ValueError on an empty axis */
    public NDArray min(int axis) {
        return Reductions.reduce(Reductions.Kind.MIN, this, new int[] {axis}, false);
    }

    /** Minimum along {@code axis}, optionally keeping it. @throws AxisError, ValueError */
    public NDArray min(int axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, this, new int[] {axis}, keepdims);
    }

    /** Minimum along several axes ({@code null}: all). @throws AxisError, ValueError */
    public NDArray min(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, this, axes, keepdims);
    }

    /** Product of all elements. */
    public NDArray prod() {
        return Reductions.reduce(Reductions.Kind.PROD, this, null, false);
    }

    /** Product along {@code axis}. @throws AxisError if out of range */
    public NDArray prod(int axis) {
        return Reductions.reduce(Reductions.Kind.PROD, this, new int[] {axis}, false);
    }

    /** Product along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray prod(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.PROD, this, axes, keepdims);
    }

    /** Population variance (ddof 0) of all elements. */
    public NDArray var() {
        return Reductions.reduce(Reductions.Kind.VAR, this, null, false);
    }

    /** Variance along {@code axis}. @throws AxisError if out of range */
    public NDArray var(int axis) {
        return Reductions.reduce(Reductions.Kind.VAR, this, new int[] {axis}, false);
    }

    /** Variance along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray var(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.VAR, this, axes, keepdims);
    }

    /** Standard deviation (ddof 0) of all elements. */
    public NDArray std() {
        return Reductions.reduce(Reductions.Kind.STD, this, null, false);
    }

    /** Standard deviation along {@code axis}. @throws AxisError if out of range */
    public NDArray std(int axis) {
        return Reductions.reduce(Reductions.Kind.STD, this, new int[] {axis}, false);
    }

    /** Standard deviation along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray std(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.STD, this, axes, keepdims);
    }

    /** Whether every element is true (non-zero), a 0-d bool array. */
    public NDArray all() {
        return Reductions.reduce(Reductions.Kind.ALL, this, null, false);
    }

    /** {@link #all()} along {@code axis}. @throws AxisError if out of range */
    public NDArray all(int axis) {
        return Reductions.reduce(Reductions.Kind.ALL, this, new int[] {axis}, false);
    }

    /** {@link #all()} along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray all(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ALL, this, axes, keepdims);
    }

    /** Whether any element is true (non-zero), a 0-d bool array. */
    public NDArray any() {
        return Reductions.reduce(Reductions.Kind.ANY, this, null, false);
    }

    /** {@link #any()} along {@code axis}. @throws AxisError if out of range */
    public NDArray any(int axis) {
        return Reductions.reduce(Reductions.Kind.ANY, this, new int[] {axis}, false);
    }

    /** {@link #any()} along several axes ({@code null}: all). @throws AxisError if out of range */
    public NDArray any(int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ANY, this, axes, keepdims);
    }

    /**
     * Index of the maximum in the flattened array (first one on ties; NaN counts as the maximum),
     * a 0-d int64 array.
     *
     * @throws ValueError {@code attempt to get argmax of an empty sequence}
     */
    public NDArray argmax() {
        return Reductions.arg(true, this, null, false);
    }

    /** Indices of the maxima along {@code axis}, int64. @throws AxisError, ValueError */
    public NDArray argmax(int axis) {
        return Reductions.arg(true, this, axis, false);
    }

    /** Indices of the maxima along {@code axis}, optionally keeping it. @throws AxisError, ValueError */
    public NDArray argmax(int axis, boolean keepdims) {
        return Reductions.arg(true, this, axis, keepdims);
    }

    /** Index of the minimum in the flattened array (first on ties). @throws ValueError if empty */
    public NDArray argmin() {
        return Reductions.arg(false, this, null, false);
    }

    /** Indices of the minima along {@code axis}, int64. @throws AxisError, ValueError */
    public NDArray argmin(int axis) {
        return Reductions.arg(false, this, axis, false);
    }

    /** Indices of the minima along {@code axis}, optionally keeping it. @throws AxisError, ValueError */
    public NDArray argmin(int axis, boolean keepdims) {
        return Reductions.arg(false, this, axis, keepdims);
    }

    // ---------------------------------------------------------------------------------------------
    // Object methods
    // ---------------------------------------------------------------------------------------------

    /**
     * NumPy's {@code str(x)}: {@code [[ 0.13080857  0.36344862 -0.49425719]]}, {@code 0.9352} for a
     * 0-d array, summarised with {@code ...} above 1000 elements.
     */
    @Override
    public String toString() {
        return ArrayPrinter.str(this);
    }

    /** NumPy's {@code repr(x)}: {@code array([1., 2.], dtype=float32)}. */
    public String repr() {
        return ArrayPrinter.repr(this);
    }

    /**
     * Whether {@code o} is an NDArray with the same dtype, shape and elements (NaN equal to NaN, as
     * {@code np.array_equal(a, b, equal_nan=True)} plus a dtype check). Arrays are mutable: do not
     * use them as hash keys while they change.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NDArray)) {
            return false;
        }
        NDArray b = (NDArray) o;
        return dtype == b.dtype && java.util.Arrays.equals(shape, b.shape) && Copies.equalWithNan(this, b);
    }

    /** A hash of dtype, shape and elements. */
    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + java.util.Arrays.hashCode(shape)) + Copies.hash(this);
    }

    // ---------------------------------------------------------------------------------------------
    // Linear algebra (issue 4: linalg). Add methods below this line.
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code x.dot(other)}: NumPy's dot product (see {@link np#dot(Object, Object)} for the rank
     * rules and dtypes). A new array.
     *
     * @throws ValueError {@code shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)}
     */
    public NDArray dot(NDArray other) {
        return LinAlg.dot(this, other, null);
    }

    /**
     * {@code x @ other}: NumPy's matmul (see {@link np#matmul(Object, Object)}: batched broadcasting,
     * 1-D operands as row/column). A new array.
     *
     * @throws ValueError on a 0-d operand, mismatched core dimensions or non-broadcastable batches
     */
    public NDArray matmul(NDArray other) {
        return LinAlg.matmul(this, other, null);
    }

    // ---- end linalg ----

    // ---------------------------------------------------------------------------------------------
    // Indexing: get(String), set(...), masks, fancy indexing, iteration (issue 3). Add below.
    // ---------------------------------------------------------------------------------------------


    /**
     * NumPy indexing with any mix of index kinds, written as in Python:
     * <ul>
     *   <li>{@code int}/{@code long}: an integer ({@code x[2]}, negative from the end);</li>
     *   <li>{@link Index}: {@code all()}, {@code slice(a, b, c)}, {@code from(a)}, {@code to(b)},
     *       {@code NEWAXIS}, {@code ELLIPSIS}, {@code Index.of(array)};</li>
     *   <li>{@code null}: a new axis ({@code None});</li>
     *   <li>an {@link NDArray}, {@code int[]}, {@code long[]}: an integer index array (int64, int32
     *       or uint8 dtype); a bool NDArray or {@code boolean[]}: a mask;</li>
     *   <li>a {@code String}: NumPy's spelling of one or more entries, spliced in
     *       ({@code x.get(":, 1:3", t)}).</li>
     * </ul>
     * {@code y[np.arange(n), t]} is {@code y.get(np.arange(n), t)}; {@code x[perm, :]} is
     * {@code x.get(perm, all())}; {@code x[mask]} is {@code x.get(mask)}.
     *
     * <p>Only integers, slices, new axes and the ellipsis: a <em>view</em>. Any array in the index:
     * a <em>copy</em> (advanced indexing, NumPy's rules for where the broadcast index dimensions go).
     *
     * @throws IndexError {@code index 5 is out of bounds for axis 0 with size 3},
     *     {@code too many indices for array: array is 2-dimensional, but 3 were indexed},
     *     {@code boolean index did not match indexed array along axis 0; ...},
     *     {@code shape mismatch: indexing arrays could not be broadcast together with shapes ...},
     *     {@code arrays used as indices must be of integer (or boolean) type}
     * @throws ValueError if a string entry is malformed
     */
    public NDArray get(Object... index) {
        return Indexing.get(this, Indexing.toIndex(index));
    }

    /**
     * Indexing written exactly as between NumPy's brackets: {@code x.get(":, :, 1:5:2")} is
     * {@code x[:, :, 1:5:2]}, {@code x.get("..., None")}, {@code x.get("::-1")}. The grammar is
     * Python's for integers, slices {@code start:stop:step} (any part omitted, negative numbers),
     * {@code ...} and {@code None}/{@code np.newaxis}, comma-separated, spaces allowed. Always a
     * view (the string has no arrays).
     *
     * @throws ValueError if the string is malformed; the message names the column and the token
     * @throws IndexError as {@link #get(Index...)}
     */
    public NDArray get(String index) {
        return Views.basicIndex(this, IndexParser.parse(index));
    }

    /**
     * {@code x[index] = value}: {@code value} (NDArray, Java number or boolean, or array_like) is
     * broadcast to the selected elements and cast to this dtype. The index takes everything
     * {@link #get(Object...)} takes. Writes into this array; returns it.
     *
     * <p>{@code out[mask] = 0} is {@code out.set(0, mask)}; {@code x[:, 1] = v} is
     * {@code x.set(v, all(), 1)}. With repeated array indices the last value wins.
     *
     * @throws ValueError {@code could not broadcast input array from shape (4,) into shape (2,3)}
     *     (basic index) or {@code shape mismatch: value array of shape ... could not be broadcast to
     *     indexing result of shape ...} (array index)
     * @throws OverflowError {@code Python integer 300 out of bounds for uint8}
     * @throws IndexError as {@link #get(Object...)}
     */
    public NDArray set(Object value, Object... index) {
        Indexing.set(this, Indexing.toIndex(index), value);
        return this;
    }

    /**
     * {@code x[index] = value} with the index in NumPy's spelling ({@code x.set(0, ":, 1:3")}).
     * Returns this array.
     *
     * @throws ValueError if the string is malformed or the value does not broadcast
     * @throws IndexError as {@link #get(String)}
     */
    public NDArray set(Object value, String index) {
        Indexing.set(this, IndexParser.parse(index), value);
        return this;
    }

    /**
     * The left-hand side {@code x[index]} for an in-place operation through an index:
     * {@code dx[np.arange(n), t] -= 1} is {@code dx.at(np.arange(n), t).subi(1)}. Takes everything
     * {@link #get(Object...)} takes. See {@link Selection} for NumPy's buffered semantics.
     */
    public Selection at(Object... index) {
        return new Selection(this, Indexing.toIndex(index));
    }

    /**
     * {@link #at(Object...)} with the index in NumPy's spelling:
     * {@code img.at(":, :, 0:7:2, 0:7:2").addi(c)}.
     *
     * @throws ValueError if the string is malformed
     */
    public Selection at(String index) {
        return new Selection(this, IndexParser.parse(index));
    }

    /**
     * The coordinates of the non-zero (true) elements, one int64 array per axis, in C order
     * ({@code x.nonzero()}). New arrays.
     *
     * @throws ValueError for a 0-d array
     */
    public NDArray[] nonzero() {
        return Indexing.nonzero(this);
    }

    /**
     * The sub-arrays along axis 0, as Python's {@code for row in x} yields them: writable
     * <em>views</em> {@code x[0]}, {@code x[1]}, ...
     *
     * @throws TypeError {@code iteration over a 0-d array}
     */
    public Iterable<NDArray> iterAxis0() {
        if (shape.length == 0) {
            throw new TypeError("iteration over a 0-d array");
        }
        NDArray self = this;
        return () -> new java.util.Iterator<NDArray>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < self.shape[0];
            }

            @Override
            public NDArray next() {
                if (i >= self.shape[0]) {
                    throw new java.util.NoSuchElementException();
                }
                return Views.basicIndex(self, new Index[] {Index.at(i++)});
            }
        };
    }

    /**
     * {@code x.take(indices, axis)}: elements at {@code indices} (NDArray, int, int[], long[]) along
     * {@code axis}. A copy. See {@link np#take(Object, Object, int)}.
     *
     * @throws IndexError if an index is out of bounds
     * @throws AxisError if the axis is out of range
     */
    public NDArray take(Object indices, int axis) {
        return IndexFunctions.take(this, indices, axis);
    }

    /**
     * Sorts this array in place along {@code axis} ({@code x.sort(axis)}; NaN last). Returns this
     * array.
     *
     * @throws AxisError if the axis is out of range
     */
    public NDArray sort(int axis) {
        Sorting.sortInPlace(this, axis);
        return this;
    }

    /** Sorts this array in place along the last axis ({@code x.sort()}). Returns this array. */
    public NDArray sort() {
        Sorting.sortInPlace(this, -1);
        return this;
    }

    /**
     * Indices that sort along {@code axis} ({@code x.argsort(axis)}), int64; ties keep their order.
     * A new array.
     *
     * @throws AxisError if the axis is out of range
     */
    public NDArray argsort(int axis) {
        return Sorting.argsort(this, axis);
    }

    /** Indices that sort along the last axis ({@code x.argsort()}). A new array. */
    public NDArray argsort() {
        return Sorting.argsort(this, -1);
    }

    /**
     * {@code x.clip(min, max)}: see {@link np#clip(Object, Object, Object)}; both bounds
     * {@code null} give a copy. A new array.
     *
     * @throws TypeError for a bool array without bounds ({@code ufunc 'positive' did not contain a loop ...})
     * @throws OverflowError for a Java integer bound that does not fit the integer dtype
     */
    public NDArray clip(Object min, Object max) {
        return IndexFunctions.clip(this, min, max, null);
    }

    // ---- end indexing ----
}
