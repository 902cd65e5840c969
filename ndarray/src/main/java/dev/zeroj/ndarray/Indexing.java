package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.index.Gather;
import dev.zeroj.ndarray.internal.index.Masked;
import dev.zeroj.ndarray.internal.iter.StridedLoop;
import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.layout.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's indexing beyond views: integer-array ("fancy") and boolean-mask indexing for reading
 * ({@code x[idx]}, a copy), assignment ({@code x[idx] = v}), buffered in-place operations
 * ({@code x[idx] += v}) and the unbuffered {@code np.add.at}.
 *
 * <p>The rules (NumPy's {@code mapping.c}): a bool array of k dimensions stands for the k integer
 * arrays of its {@code nonzero()}; when any array is present, integers count as 0-d integer arrays;
 * all index arrays broadcast to one shape B. The axes they index are replaced by B: in place when
 * the advanced indices are next to each other in the index, otherwise at the front of the result.
 */
final class Indexing {
    /** NumPy's IndexError text for an entry that is no valid index. */
    static final String INVALID_INDEX = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

    private Indexing() {}

    // ---------------------------------------------------------------------------------------------
    // Index normalisation
    // ---------------------------------------------------------------------------------------------

    /**
     * The {@link Index} entries for a mixed Java index: Index as is, Integer/Long/Short/Byte an
     * integer, {@code null} a new axis, NDArray an array index, int[]/long[]/boolean[] a 1-D index
     * array (Python's list), Boolean a 0-d bool index, String parsed and spliced in, nested Java
     * arrays through {@code np.asarray}.
     */
    static Index[] toIndex(Object[] items) {
        List<Index> out = new ArrayList<>(items.length);
        for (Object o : items) {
            if (o instanceof Index) {
                out.add((Index) o);
            } else if (o == null) {
                out.add(Index.NEWAXIS);
            } else if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
                out.add(Index.at(((Number) o).intValue()));
            } else if (o instanceof Long) {
                out.add(new Index.At((Long) o)); // bounds checked against the axis, as NumPy does
            } else if (o instanceof NDArray) {
                out.add(Index.of((NDArray) o));
            } else if (o instanceof int[]) {
                out.add(Index.of((int[]) o));
            } else if (o instanceof long[]) {
                out.add(Index.of((long[]) o));
            } else if (o instanceof boolean[]) {
                out.add(Index.of((boolean[]) o));
            } else if (o instanceof Boolean) {
                out.add(Index.of(Coercion.bool((Boolean) o)));
            } else if (o instanceof String) {
                out.addAll(Arrays.asList(IndexParser.parse((String) o)));
            } else if (o instanceof Number) {
                throw new IndexError(INVALID_INDEX);
            } else {
                out.add(Index.of(Creation.asarray(o)));
            }
        }
        return out.toArray(new Index[0]);
    }

    /** Whether every entry is an integer, slice, new axis or ellipsis (a view results). */
    static boolean isBasic(Index[] index) {
        for (Index ix : index) {
            if (!(ix instanceof Slice || ix instanceof Index.At || ix == Index.NEWAXIS || ix == Index.ELLIPSIS)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // The plan of an advanced index
    // ---------------------------------------------------------------------------------------------

    /** An advanced index resolved against one array. */
    static final class Plan {
        /** The array with the basic part applied and the advanced axes kept whole. */
        NDArray view;
        /** The broadcast shape of the index arrays. */
        int[] bShape;
        /** Element offsets into {@code view.data}, one per broadcast position in C order. */
        int[] bOff;
        /** The axes of {@code view} not indexed by arrays, in order. */
        int[] subShape;
        int[] subStrides;
        /** Where the broadcast axes go in the result. */
        int insert;
        int[] resultShape;
        /** A single bool index covering every axis ({@code x[mask]} with {@code mask.ndim == x.ndim}). */
        boolean fullMask;

        int n() {
            return bOff.length;
        }
    }

    private static final class Adv {
        final int position;
        final int subBefore;
        final int[] dims;
        final int[] orig;
        final NDArray[] arrays;
        final boolean fromInt;

        Adv(int position, int subBefore, int[] dims, int[] orig, NDArray[] arrays, boolean fromInt) {
            this.position = position;
            this.subBefore = subBefore;
            this.dims = dims;
            this.orig = orig;
            this.arrays = arrays;
            this.fromInt = fromInt;
        }
    }

    static Plan plan(NDArray a, Index[] index) {
        int nd = a.shape.length;
        int consumed = 0;
        int ellipses = 0;
        for (Index ix : index) {
            if (ix == Index.ELLIPSIS) {
                ellipses++;
            } else if (ix instanceof Slice || ix instanceof Index.At) {
                consumed++;
            } else if (ix instanceof Index.Arr) {
                NDArray arr = ((Index.Arr) ix).array();
                if (arr.dtype.isFloat()) {
                    throw new IndexError("arrays used as indices must be of integer (or boolean) type");
                }
                consumed += arr.dtype.isBool() ? arr.shape.length : 1;
            } else if (ix != Index.NEWAXIS) {
                throw new IndexError(INVALID_INDEX);
            }
        }
        if (ellipses > 1) {
            throw new IndexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > nd) {
            throw new IndexError("too many indices for array: array is " + nd + "-dimensional, but " + consumed + " were indexed");
        }
        int cap = nd + index.length;
        int[] vShape = new int[cap];
        int[] vStrides = new int[cap];
        boolean[] isAdv = new boolean[cap];
        int vn = 0;
        int advDims = 0;
        int axis = 0;
        int off = a.offset;
        List<Adv> adv = new ArrayList<>();
        for (int p = 0; p < index.length; p++) {
            Index ix = index[p];
            if (ix == Index.ELLIPSIS) {
                for (int k = 0; k < nd - consumed; k++) {
                    vShape[vn] = a.shape[axis];
                    vStrides[vn++] = a.strides[axis++];
                }
            } else if (ix == Index.NEWAXIS) {
                vShape[vn] = 1;
                vStrides[vn++] = 0;
            } else if (ix instanceof Slice) {
                int[] r = ((Slice) ix).indices(a.shape[axis]);
                if (r[2] > 0) {
                    off += r[0] * a.strides[axis];
                }
                vShape[vn] = r[2];
                vStrides[vn++] = r[1] * a.strides[axis++];
            } else if (ix instanceof Index.At) {
                long v = ((Index.At) ix).index();
                NDArray arr = new NDArray(DType.INT64, new long[] {v}, new int[0], new int[0], 0, null);
                adv.add(new Adv(p, vn - advDims, new int[] {vn}, new int[] {axis}, new NDArray[] {arr}, true));
                isAdv[vn] = true;
                advDims++;
                vShape[vn] = a.shape[axis];
                vStrides[vn++] = a.strides[axis++];
            } else {
                NDArray arr = ((Index.Arr) ix).array();
                if (!arr.dtype.isBool()) {
                    adv.add(new Adv(p, vn - advDims, new int[] {vn}, new int[] {axis}, new NDArray[] {arr}, false));
                    isAdv[vn] = true;
                    advDims++;
                    vShape[vn] = a.shape[axis];
                    vStrides[vn++] = a.strides[axis++];
                } else if (arr.shape.length == 0) {
                    // x[True] / x[False]: a new axis of length 1 or 0 that broadcasts with the other arrays
                    boolean t = Convert.getBool(arr.data, arr.dtype.ordinal(), arr.offset);
                    NDArray z = NDArray.allocate(DType.INT64, new int[] {t ? 1 : 0});
                    adv.add(new Adv(p, vn - advDims, new int[0], new int[0], new NDArray[] {z}, false));
                } else {
                    int k = arr.shape.length;
                    for (int j = 0; j < k; j++) {
                        if (arr.shape[j] != a.shape[axis + j]) {
                            throw new IndexError("boolean index did not match indexed array along axis " + (axis + j)
                                    + "; size of axis is " + a.shape[axis + j] + " but size of corresponding boolean axis is "
                                    + arr.shape[j]);
                        }
                    }
                    NDArray[] nz = nonzero(arr);
                    int[] dims = new int[k];
                    int[] orig = new int[k];
                    int before = vn - advDims;
                    for (int j = 0; j < k; j++) {
                        dims[j] = vn;
                        orig[j] = axis;
                        isAdv[vn] = true;
                        advDims++;
                        vShape[vn] = a.shape[axis];
                        vStrides[vn++] = a.strides[axis++];
                    }
                    adv.add(new Adv(p, before, dims, orig, nz, false));
                }
            }
        }
        while (axis < nd) {
            vShape[vn] = a.shape[axis];
            vStrides[vn++] = a.strides[axis++];
        }
        Plan plan = new Plan();
        plan.view = a.view(Arrays.copyOf(vShape, vn), Arrays.copyOf(vStrides, vn), off);
        plan.fullMask = index.length == 1 && adv.size() == 1 && adv.get(0).dims.length == nd && nd > 0
                && !adv.get(0).fromInt && ((Index.Arr) index[0]).array().dtype.isBool();
        // broadcast the index arrays
        List<int[]> shapes = new ArrayList<>();
        StringBuilder msg = new StringBuilder();
        for (Adv e : adv) {
            for (NDArray arr : e.arrays) {
                shapes.add(arr.shape);
                if (!e.fromInt) {
                    msg.append(Layout.shapeStringCompact(arr.shape)).append(' ');
                }
            }
        }
        int[] b = Layout.broadcastShapes(shapes.toArray(new int[0][]));
        if (b == null) {
            throw new IndexError("shape mismatch: indexing arrays could not be broadcast together with shapes " + msg);
        }
        plan.bShape = b;
        int nb = Layout.size(b);
        int[] bOff = new int[nb];
        Arrays.fill(bOff, off);
        for (Adv e : adv) {
            for (int j = 0; j < e.dims.length; j++) {
                addOffsets(bOff, e.arrays[j], b, vShape[e.dims[j]], vStrides[e.dims[j]], e.orig[j]);
            }
        }
        plan.bOff = bOff;
        int ns = vn - advDims;
        plan.subShape = new int[ns];
        plan.subStrides = new int[ns];
        for (int d = 0, k = 0; d < vn; d++) {
            if (!isAdv[d]) {
                plan.subShape[k] = vShape[d];
                plan.subStrides[k++] = vStrides[d];
            }
        }
        boolean adjacent = adv.get(adv.size() - 1).position - adv.get(0).position == adv.size() - 1;
        plan.insert = adjacent ? adv.get(0).subBefore : 0;
        int[] rs = new int[ns + b.length];
        System.arraycopy(plan.subShape, 0, rs, 0, plan.insert);
        System.arraycopy(b, 0, rs, plan.insert, b.length);
        System.arraycopy(plan.subShape, plan.insert, rs, plan.insert + b.length, ns - plan.insert);
        plan.resultShape = rs;
        return plan;
    }

    /** Adds {@code normalised index * stride} for every broadcast position, with NumPy's bounds errors. */
    private static void addOffsets(int[] bOff, NDArray arr, int[] b, int n, int stride, int origAxis) {
        int[] st = Layout.broadcastStrides(arr.shape, arr.strides, b);
        int[] pos = Gather.offsets(b, st, arr.offset);
        Object d = arr.data;
        if (d instanceof long[]) {
            long[] v = (long[]) d;
            for (int i = 0; i < pos.length; i++) {
                long x = v[pos[i]];
                if (x < -n || x >= n) {
                    throw outOfBounds(x, origAxis, n);
                }
                bOff[i] += (int) (x < 0 ? x + n : x) * stride;
            }
        } else if (d instanceof int[]) {
            int[] v = (int[]) d;
            for (int i = 0; i < pos.length; i++) {
                int x = v[pos[i]];
                if (x < -n || x >= n) {
                    throw outOfBounds(x, origAxis, n);
                }
                bOff[i] += (x < 0 ? x + n : x) * stride;
            }
        } else {
            int code = arr.dtype.ordinal();
            for (int i = 0; i < pos.length; i++) {
                long x = Convert.getLong(d, code, pos[i]);
                if (x < -n || x >= n) {
                    throw outOfBounds(x, origAxis, n);
                }
                bOff[i] += (int) (x < 0 ? x + n : x) * stride;
            }
        }
    }

    private static IndexError outOfBounds(long i, int axis, int n) {
        return new IndexError("index " + i + " is out of bounds for axis " + axis + " with size " + n);
    }

    /** The result's strides permuted into the plan's work order: broadcast axes first, then the rest. */
    private static int[][] workStrides(Plan p, int[] resultStrides) {
        int nb = p.bShape.length;
        int ns = p.subShape.length;
        int[] bs = Arrays.copyOfRange(resultStrides, p.insert, p.insert + nb);
        int[] ss = new int[ns];
        for (int k = 0; k < ns; k++) {
            ss[k] = resultStrides[k < p.insert ? k : k + nb];
        }
        return new int[][] {bs, ss};
    }

    // ---------------------------------------------------------------------------------------------
    // Read, assign, in-place
    // ---------------------------------------------------------------------------------------------

    /** {@code a[index]}: a view for basic indices, otherwise a new array. */
    static NDArray get(NDArray a, Index[] index) {
        if (isBasic(index)) {
            return Views.basicIndex(a, index);
        }
        NDArray mask = sameShapeMask(a, index);
        if (mask != null) {
            NDArray out = NDArray.allocate(a.dtype, new int[] {countTrue(a, mask)});
            maskedWalk(true, a, mask, out.data, out.offset, 1);
            return out;
        }
        return gather(plan(a, index));
    }

    /** The mask of {@code x[mask]} when it is the only entry and has exactly x's shape, else null. */
    private static NDArray sameShapeMask(NDArray a, Index[] index) {
        if (index.length != 1 || !(index[0] instanceof Index.Arr) || a.shape.length == 0) {
            return null;
        }
        NDArray m = ((Index.Arr) index[0]).array();
        return m.dtype.isBool() && Arrays.equals(m.shape, a.shape) ? m : null;
    }

    private static int countTrue(NDArray a, NDArray mask) {
        if (mask.size == 0) {
            return 0;
        }
        StridedLoop plan = StridedLoop.of(mask.shape, mask.strides);
        int ms = plan.innerStride(0);
        boolean[] m = (boolean[]) mask.data;
        int[] c = new int[1];
        plan.run(new int[] {mask.offset}, 0, mask.size, (offs, n) -> c[0] += Masked.count(m, offs[0], ms, n));
        return c[0];
    }

    /** Walks {@code a} and its same-shape mask in C order, moving the selected elements to/from {@code seq}. */
    private static void maskedWalk(boolean get, NDArray a, NDArray mask, Object seq, int seqStart, int seqStride) {
        if (a.size == 0) {
            return;
        }
        StridedLoop plan = StridedLoop.of(a.shape, a.strides, mask.strides);
        int as = plan.innerStride(0);
        int ms = plan.innerStride(1);
        boolean[] m = (boolean[]) mask.data;
        int[] sp = {seqStart};
        plan.run(new int[] {a.offset, mask.offset}, 0, a.size,
                (offs, n) -> sp[0] = Masked.run(get, a.data, offs[0], as, m, offs[1], ms, n, seq, sp[0], seqStride));
    }

    static NDArray gather(Plan p) {
        NDArray v = p.view;
        NDArray r = NDArray.allocate(v.dtype, p.resultShape);
        int[][] ws = workStrides(p, r.strides);
        int[] dst = Gather.offsets(p.bShape, ws[0], r.offset);
        Gather.copy(v.data, p.bOff, p.subStrides, r.data, dst, ws[1], p.subShape, p.n());
        return r;
    }

    /** {@code a[index] = value} with NumPy's casting (unsafe, but Python ints must fit). */
    static void set(NDArray a, Index[] index, Object value) {
        a.checkWriteable("assignment destination");
        if (isBasic(index)) {
            NDArray view = Views.basicView(a, index);
            NDArray val = valueArray(value, a.dtype);
            if (val.shape.length > 0 && Views.isScalarIndex(a, index)) {
                // x[i, j] = v stores one element (NumPy's scalar path): no broadcasting, no stripping
                throw new ValueError("setting an array element with a sequence.");
            }
            Copies.assign(view, val);
            return;
        }
        NDArray mask = sameShapeMask(a, index);
        NDArray val = valueArray(value, a.dtype);
        if (mask != null) {
            int count = countTrue(a, mask);
            checkMaskValue(val, count);
            NDArray v = Copies.astype(val, a.dtype); // a contiguous copy: also separates it from a
            maskedWalk(false, a, mask, v.data, v.offset, v.size == 1 ? 0 : 1);
            return;
        }
        Plan p = plan(a, index);
        scatter(a, p, val);
    }

    private static void checkMaskValue(NDArray val, int count) {
        if (val.shape.length > 1) {
            throw new TypeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                    + val.shape.length + " dimensions");
        }
        if (val.shape.length == 1 && val.size != count && val.size != 1) {
            throw new ValueError("NumPy boolean array indexing assignment cannot assign " + val.size
                    + " input values to the " + count + " output values where the mask is true");
        }
    }

    private static void scatter(NDArray a, Plan p, NDArray val) {
        if (p.fullMask) {
            checkMaskValue(val, p.n());
        }
        int[] shown = val.shape;
        val = Copies.dropLeadingOnes(val, p.resultShape.length);
        int[] st = Layout.broadcastStrides(val.shape, val.strides, p.resultShape);
        if (st == null) {
            throw new ValueError("shape mismatch: value array of shape " + Layout.shapeStringCompact(shown)
                    + " could not be broadcast to indexing result of shape " + Layout.shapeStringCompact(p.resultShape));
        }
        if (val.dtype != a.dtype || val.data == a.data) {
            NDArray c = Copies.astype(val, a.dtype);
            st = Layout.broadcastStrides(c.shape, c.strides, p.resultShape);
            val = c;
        }
        int[][] ws = workStrides(p, st);
        int[] src = Gather.offsets(p.bShape, ws[0], val.offset);
        Gather.copy(val.data, src, ws[1], p.view.data, p.bOff, p.subStrides, p.subShape, p.n());
    }

    /**
     * An assigned value as an array: NDArray as is, Java numbers as NumPy treats Python scalars
     * (an integer must fit an integer target: {@code Python integer 300 out of bounds for uint8}).
     */
    static NDArray valueArray(Object value, DType target) {
        Coercion.Operand o = Coercion.operand(value);
        if (o.weak == Coercion.Operand.INT) {
            Coercion.checkPythonIntRange(((long[]) o.arr.data)[o.arr.offset], target);
        } else if (o.weak == Coercion.Operand.FLOAT && target.isInteger()) {
            Coercion.checkPythonFloatToInt(((double[]) o.arr.data)[o.arr.offset], target); // x[i] = nan into an integer array raises
        }
        return o.arr;
    }

    /** {@code a[index] op= value}: buffered, so a repeated index takes the operation once. */
    static void inplace(NDArray a, Index[] index, Ufuncs.Op op, Object value) {
        if (!isBasic(index)) {
            a.checkWriteable("assignment destination"); // the basic path's ufunc checks its out itself
        }
        if (isBasic(index)) {
            NDArray view = Views.basicView(a, index);
            Ufuncs.binary(op, view, value, view);
            return;
        }
        Plan p = plan(a, index);
        NDArray tmp = gather(p);
        Ufuncs.binary(op, tmp, value, tmp);
        scatter(a, p, tmp);
    }

    // ---------------------------------------------------------------------------------------------
    // ufunc.at (unbuffered)
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code np.<op>.at(a, index, b)}: for every indexed element in order, {@code a[i] = a[i] op b},
     * so repeated indices accumulate. Each element is computed by the ufunc ({@link Ufuncs#binary},
     * so promotion and loops are the ufunc's) and stored back with unsafe casting. The elements are
     * processed in rounds: round k holds the k-th occurrence of every position, so a round has no
     * repeats and each position sees its updates in index order.
     */
    static void ufuncAt(Ufuncs.Op op, NDArray a, Index[] index, Object b) {
        Object w = atOperand(a, b);
        NDArray bv = w instanceof NDArray ? (NDArray) w : null;
        if (isBasic(index)) {
            NDArray view = Views.basicView(a, index); // no repeats: one round
            checkAtValue(bv, view.shape);
            Copies.fill(view, Ufuncs.binary(op, view, w, null));
            return;
        }
        Plan p = plan(a, index);
        checkAtValue(bv, p.resultShape);
        int[] aSub = Gather.offsets(p.subShape, p.subStrides, 0);
        int m = p.n() * aSub.length;
        int[] aPos = new int[m];
        for (int i = 0, k = 0; i < p.n(); i++) {
            for (int sub : aSub) {
                aPos[k++] = p.bOff[i] + sub;
            }
        }
        int[] bPos = null;
        if (bv != null) {
            int[][] ws = workStrides(p, Layout.broadcastStrides(bv.shape, bv.strides, p.resultShape));
            int[] bBase = Gather.offsets(p.bShape, ws[0], bv.offset);
            int[] bSub = Gather.offsets(p.subShape, ws[1], 0);
            bPos = new int[m];
            for (int i = 0, k = 0; i < p.n(); i++) {
                for (int sub : bSub) {
                    bPos[k++] = bBase[i] + sub;
                }
            }
        }
        int[] round = new int[m];
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        int rounds = 1;
        for (int k = 0; k < m; k++) {
            int r = seen.merge(aPos[k], 1, Integer::sum) - 1;
            round[k] = r;
            rounds = Math.max(rounds, r + 1);
        }
        for (int r = 0; r < rounds; r++) {
            int n = 0;
            for (int k = 0; k < m; k++) {
                n += round[k] == r ? 1 : 0;
            }
            int[] pa = new int[n];
            int[] pb = bv == null ? null : new int[n];
            int[] seq = new int[n];
            for (int k = 0, j = 0; k < m; k++) {
                if (round[k] == r) {
                    pa[j] = aPos[k];
                    if (pb != null) {
                        pb[j] = bPos[k];
                    }
                    seq[j] = j;
                    j++;
                }
            }
            NDArray av = NDArray.allocate(a.dtype, new int[] {n});
            Gather.copyElements(a.data, pa, av.data, plus(seq, av.offset), n);
            Object operand = w;
            if (bv != null) {
                NDArray bb = NDArray.allocate(bv.dtype, new int[] {n});
                Gather.copyElements(bv.data, pb, bb.data, plus(seq, bb.offset), n);
                operand = bb;
            }
            NDArray res = Copies.astype(Ufuncs.binary(op, av, operand, null), a.dtype);
            Gather.copyElements(res.data, plus(seq, res.offset), a.data, pa, n);
        }
    }

    /** {@code seq[j] + off} for every j (positions in a new array's buffer, which starts at its offset). */
    private static int[] plus(int[] seq, int off) {
        int[] r = seq.clone();
        for (int j = 0; j < r.length; j++) {
            r[j] += off;
        }
        return r;
    }

    /** NumPy's ufunc.at check: the value array must broadcast to the indexed shape. */
    private static void checkAtValue(NDArray bv, int[] shape) {
        if (bv != null && Layout.broadcastStrides(bv.shape, bv.strides, shape) == null) {
            throw new ValueError("array is not broadcastable to correct shape");
        }
    }

    /**
     * The operand {@code b} of {@code np.<op>.at(a, ...)}: a Java integer is a strong int64 for an
     * integer or bool {@code a} (NumPy computes {@code np.maximum.at(uint8, i, 300)} in int64, no
     * range error), otherwise converted as for any ufunc (a weak scalar stays a Java number).
     */
    private static Object atOperand(NDArray a, Object b) {
        Coercion.Operand o = Coercion.operand(b);
        if (o.weak == Coercion.Operand.INT && !a.dtype.isFloat()) {
            return o.arr;
        }
        return o.weak == Coercion.Operand.STRONG ? o.arr : b;
    }

    // ---------------------------------------------------------------------------------------------
    // nonzero
    // ---------------------------------------------------------------------------------------------

    /** {@code np.nonzero(a)}: one int64 array per axis with the coordinates of the true elements, C order. */
    static NDArray[] nonzero(NDArray a) {
        int nd = a.shape.length;
        if (nd == 0) {
            throw new ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
        }
        int[] pos = Gather.offsets(a.shape, a.strides, a.offset);
        Object d = a.data;
        int code = a.dtype.ordinal();
        int count = 0;
        boolean[] t = new boolean[pos.length];
        if (d instanceof boolean[]) {
            boolean[] v = (boolean[]) d;
            for (int i = 0; i < pos.length; i++) {
                t[i] = v[pos[i]];
                count += t[i] ? 1 : 0;
            }
        } else {
            for (int i = 0; i < pos.length; i++) {
                t[i] = Convert.getBool(d, code, pos[i]);
                count += t[i] ? 1 : 0;
            }
        }
        long[][] out = new long[nd][count];
        int[] idx = new int[nd];
        for (int i = 0, k = 0; i < pos.length; i++) {
            if (t[i]) {
                for (int j = 0; j < nd; j++) {
                    out[j][k] = idx[j];
                }
                k++;
            }
            for (int j = nd - 1; j >= 0; j--) {
                if (++idx[j] < a.shape[j]) {
                    break;
                }
                idx[j] = 0;
            }
        }
        NDArray[] res = new NDArray[nd];
        for (int j = 0; j < nd; j++) {
            res[j] = new NDArray(DType.INT64, out[j], new int[] {count}, new int[] {1}, 0, null);
        }
        return res;
    }
}
