package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.layout.Layout;
import java.util.Arrays;

/** View construction: reshape, transpose, squeeze, expand_dims, broadcast_to, basic indexing. */
final class Views {
    private Views() {}

    /** A non-negative axis for {@code axis} on {@code ndim} dimensions, or {@link AxisError}. */
    static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisError(axis, ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** {@link #normalizeAxis} for a named argument: NumPy prefixes the name, {@code axis2: axis 2 is out...}. */
    static int axisArgument(String name, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisError(name + ": " + new AxisError(axis, ndim).getMessage());
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** Normalised, duplicate-checked axes; {@code null} means all axes. */
    static int[] normalizeAxes(int[] axes, int ndim) {
        if (axes == null) {
            int[] all = new int[ndim];
            for (int i = 0; i < ndim; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int i = 0; i < axes.length; i++) {
            int a = normalizeAxis(axes[i], ndim);
            if (seen[a]) {
                throw new ValueError("duplicate value in 'axis'");
            }
            seen[a] = true;
            out[i] = a;
        }
        return out;
    }

    /** The shape with one {@code -1} resolved, or NumPy's errors. */
    static int[] resolveShape(int size, int[] newShape) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < newShape.length; i++) {
            int d = newShape[i];
            if (d < 0) { // NumPy takes any negative length as the unknown one
                if (unknown >= 0) {
                    throw new ValueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= d;
            }
        }
        int[] out = newShape.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw cannotReshape(size, newShape);
            }
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw cannotReshape(size, newShape);
        }
        return out;
    }

    private static ValueError cannotReshape(int size, int[] newShape) {
        return new ValueError("cannot reshape array of size " + size + " into shape " + requestedShape(newShape));
    }

    /**
     * The requested shape as NumPy's reshape error prints it: no spaces, leading unknown (negative)
     * lengths left out, later ones as {@code newaxis}, a trailing comma only for one length:
     * {@code (4,)}, {@code (4,2)}, {@code (4)} for {@code (-1, 4)}, {@code (0,newaxis)}.
     */
    private static String requestedShape(int[] shape) {
        int i = 0;
        while (i < shape.length && shape[i] < 0) {
            i++;
        }
        if (i == shape.length) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(").append(shape[i]);
        for (int k = i + 1; k < shape.length; k++) {
            sb.append(',').append(shape[k] < 0 ? "newaxis" : Integer.toString(shape[k]));
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static NDArray reshape(NDArray a, int[] newShape) {
        int[] shape = resolveShape(a.size, newShape);
        int[] st = Layout.reshapeStrides(a.shape, a.strides, shape);
        if (st != null) {
            return a.view(shape, st, a.offset);
        }
        NDArray c = Copies.astype(a, a.dtype);
        return new NDArray(c.dtype, c.data, shape, Layout.cStrides(shape), c.offset, null);
    }

    static NDArray transpose(NDArray a, int[] axes) {
        int nd = a.shape.length;
        int[] perm;
        if (axes == null) {
            perm = new int[nd];
            for (int i = 0; i < nd; i++) {
                perm[i] = nd - 1 - i;
            }
        } else {
            if (axes.length != nd) {
                throw new ValueError("axes don't match array");
            }
            perm = new int[nd];
            boolean[] seen = new boolean[nd];
            for (int i = 0; i < nd; i++) {
                int ax = normalizeAxis(axes[i], nd);
                if (seen[ax]) {
                    throw new ValueError("repeated axis in transpose");
                }
                seen[ax] = true;
                perm[i] = ax;
            }
        }
        int[] sh = new int[nd];
        int[] st = new int[nd];
        for (int i = 0; i < nd; i++) {
            sh[i] = a.shape[perm[i]];
            st[i] = a.strides[perm[i]];
        }
        return a.view(sh, st, a.offset);
    }

    static NDArray swapaxes(NDArray a, int x, int y) {
        int nd = a.shape.length;
        int i = axisArgument("axis1", x, nd);
        int j = axisArgument("axis2", y, nd);
        int[] perm = new int[nd];
        for (int k = 0; k < nd; k++) {
            perm[k] = k;
        }
        perm[i] = j;
        perm[j] = i;
        return transpose(a, perm);
    }

    static NDArray squeeze(NDArray a, int[] axes) {
        int nd = a.shape.length;
        boolean[] drop = new boolean[nd];
        if (axes == null) {
            for (int i = 0; i < nd; i++) {
                drop[i] = a.shape[i] == 1;
            }
        } else {
            for (int ax : normalizeAxes(axes, nd)) {
                if (a.shape[ax] != 1) {
                    throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
                }
                drop[ax] = true;
            }
        }
        int n = 0;
        for (boolean d : drop) {
            if (!d) {
                n++;
            }
        }
        int[] sh = new int[n];
        int[] st = new int[n];
        for (int i = 0, k = 0; i < nd; i++) {
            if (!drop[i]) {
                sh[k] = a.shape[i];
                st[k++] = a.strides[i];
            }
        }
        return a.view(sh, st, a.offset);
    }

    static NDArray expandDims(NDArray a, int axis) {
        int nd = a.shape.length + 1;
        int ax = normalizeAxis(axis, nd);
        int[] sh = new int[nd];
        int[] st = new int[nd];
        for (int i = 0, k = 0; i < nd; i++) {
            if (i == ax) {
                sh[i] = 1;
                st[i] = 0;
            } else {
                sh[i] = a.shape[k];
                st[i] = a.strides[k++];
            }
        }
        return a.view(sh, st, a.offset);
    }

    static NDArray broadcastTo(NDArray a, int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new ValueError("all elements of broadcast shape must be non-negative");
            }
        }
        int[] st = Layout.broadcastStrides(a.shape, a.strides, shape);
        if (st == null) {
            throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Layout.shapeStringCompact(a.shape) + "  and requested shape " + Layout.shapeStringCompact(shape));
        }
        return a.readOnlyView(shape.clone(), st, a.offset);
    }

    /**
     * Reading with a basic index ({@code x[...]}): the view of {@link #basicView}, except that an
     * integer for every axis gives a NumPy scalar, i.e. a 0-d copy ({@code t = x[i, j]} must not
     * change when {@code x[i, j]} is written later). Array entries go to advanced indexing.
     */
    static NDArray basicIndex(NDArray a, Index[] index) {
        NDArray v = basicView(a, index);
        return isScalarIndex(a, index) ? v.copy() : v;
    }

    /** Whether {@code index} is an integer for every axis of {@code a} and nothing else (NumPy's scalar access). */
    static boolean isScalarIndex(NDArray a, Index[] index) {
        if (index.length != a.shape.length) {
            return false;
        }
        for (Index ix : index) {
            if (!(ix instanceof Index.At)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Basic indexing with integers, slices, new axes and one ellipsis: always a view (also for an
     * integer on every axis — the target of {@code x[i, j] = v}). Array entries go to advanced
     * indexing.
     */
    static NDArray basicView(NDArray a, Index[] index) {
        int nd = a.shape.length;
        int consumed = 0;
        int ellipses = 0;
        for (Index ix : index) {
            if (ix == Index.ELLIPSIS) {
                ellipses++;
            } else if (ix instanceof Slice || ix instanceof Index.At) {
                consumed++;
            } else if (ix != Index.NEWAXIS) {
                return Indexing.get(a, index);
            }
        }
        if (ellipses > 1) {
            throw new IndexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > nd) {
            throw new IndexError("too many indices for array: array is " + nd + "-dimensional, but "
                    + consumed + " were indexed");
        }
        int[] sh = new int[nd + index.length];
        int[] st = new int[nd + index.length];
        int out = 0;
        int axis = 0;
        int off = a.offset;
        for (Index ix : index) {
            if (ix == Index.ELLIPSIS) {
                for (int k = 0; k < nd - consumed; k++) {
                    sh[out] = a.shape[axis];
                    st[out++] = a.strides[axis++];
                }
            } else if (ix == Index.NEWAXIS) {
                sh[out] = 1;
                st[out++] = 0;
            } else if (ix instanceof Index.At) {
                long i = ((Index.At) ix).index();
                int n = a.shape[axis];
                if (i < -n || i >= n) {
                    throw new IndexError("index " + i + " is out of bounds for axis " + axis + " with size " + n);
                }
                off += (int) (i < 0 ? i + n : i) * a.strides[axis++];
            } else {
                int[] r = ((Slice) ix).indices(a.shape[axis]);
                if (r[2] > 0) {
                    off += r[0] * a.strides[axis];
                }
                sh[out] = r[2];
                // one element or none: the step never applies (and r[1] * stride could overflow)
                st[out++] = r[2] <= 1 ? 0 : r[1] * a.strides[axis];
                axis++;
            }
        }
        while (axis < nd) {
            sh[out] = a.shape[axis];
            st[out++] = a.strides[axis++];
        }
        return a.view(Arrays.copyOf(sh, out), Arrays.copyOf(st, out), off);
    }
}
