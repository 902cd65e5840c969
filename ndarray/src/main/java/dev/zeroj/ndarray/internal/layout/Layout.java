package dev.zeroj.ndarray.internal.layout;

import java.util.Arrays;

/** Static shape and stride arithmetic. Strides are in elements. Nothing here allocates data. */
public final class Layout {
    private Layout() {}

    /** The element count of {@code shape}, or -1 if it does not fit in an {@code int}. */
    public static int size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE - 8) {
                // a zero-length axis later still makes the product 0
                for (int e : shape) {
                    if (e == 0) {
                        return 0;
                    }
                }
                return -1;
            }
        }
        return (int) n;
    }

    /** C-order (row-major) strides of a contiguous array of {@code shape}. */
    public static int[] cStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return st;
    }

    /** Fortran-order (column-major) strides of a contiguous array of {@code shape}. */
    public static int[] fStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = 0; i < shape.length; i++) {
            st[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return st;
    }

    /** Whether a view with these shape and strides walks memory in C order without gaps. */
    public static boolean isCContiguous(int[] shape, int[] strides) {
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 0) {
                return true;
            }
            if (shape[i] != 1 && strides[i] != s) {
                return false;
            }
            s *= shape[i];
        }
        return true;
    }

    /** Whether a view with these shape and strides walks memory in Fortran order without gaps. */
    public static boolean isFContiguous(int[] shape, int[] strides) {
        int s = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 0) {
                return true;
            }
            if (shape[i] != 1 && strides[i] != s) {
                return false;
            }
            s *= shape[i];
        }
        return true;
    }

    /**
     * NumPy's memory order of the axes for several operands of the same rank (its
     * {@code PyArray_CreateMultiSortedStridePerm} and the iterator's best axis ordering): the axes
     * from the largest to the smallest absolute stride, outermost first. A stable insertion sort in
     * which an axis moves in front of another only if every operand where neither axis has length 1
     * has a larger stride on it; any operand that disagrees keeps C order. So C-contiguous inputs
     * give the identity, transposed ones the reversed axes.
     *
     * <p>Callers choose which axes vote by the shapes they pass: a ufunc passes length 1 for its
     * operands' stride-0 (broadcast) axes, {@code astype} and {@code concatenate} the real shapes.
     *
     * @param shapes one shape per operand, each of the same length
     * @param strides one stride array per operand (in elements), each of that length
     */
    public static int[] strideOrder(int[][] shapes, int[][] strides) {
        int nd = shapes.length == 0 ? 0 : shapes[0].length;
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ipos = i0;
            int ax0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                boolean ambiguous = true;
                boolean swap = false;
                int ax1 = perm[i1];
                for (int k = 0; k < shapes.length; k++) {
                    if (shapes[k][ax0] != 1 && shapes[k][ax1] != 1) {
                        if (Math.abs(strides[k][ax0]) <= Math.abs(strides[k][ax1])) {
                            swap = false;
                        } else if (ambiguous) {
                            swap = true;
                        }
                        ambiguous = false;
                    }
                }
                if (!ambiguous) {
                    if (swap) {
                        ipos = i1;
                    } else {
                        break;
                    }
                }
            }
            if (ipos != i0) {
                System.arraycopy(perm, ipos, perm, ipos + 1, i0 - ipos);
                perm[ipos] = ax0;
            }
        }
        return perm;
    }

    /**
     * {@link #strideOrder} for operands already broadcast to one {@code shape}: an axis of length 1,
     * or of stride 0 in an operand, does not vote for that operand (NumPy's iterator).
     */
    public static int[] broadcastStrideOrder(int[] shape, int[]... strides) {
        int[][] shapes = new int[strides.length][];
        for (int k = 0; k < strides.length; k++) {
            shapes[k] = shape.clone();
            for (int d = 0; d < shape.length; d++) {
                if (strides[k][d] == 0) {
                    shapes[k][d] = 1;
                }
            }
        }
        return strideOrder(shapes, strides);
    }

    /** Whether {@code perm} is {@code 0, 1, ..., n-1}. */
    public static boolean isIdentity(int[] perm) {
        for (int i = 0; i < perm.length; i++) {
            if (perm[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Strides (in elements) of a new gap-free array of {@code shape} whose axes lie in memory in the
     * order {@code perm} (outermost first); all zero when the array is empty, as NumPy 2.4 gives
     * empty results. Returns {@code null} if the element count does not fit an {@code int}.
     */
    public static int[] stridesInOrder(int[] shape, int[] perm) {
        int nd = shape.length;
        int[] st = new int[nd];
        long s = 1;
        for (int i = nd - 1; i >= 0; i--) {
            st[perm[i]] = (int) s;
            s *= shape[perm[i]];
            if (s > Integer.MAX_VALUE) {
                return size(shape) == 0 ? new int[nd] : null;
            }
        }
        if (s == 0) {
            Arrays.fill(st, 0);
        }
        return st;
    }

    /**
     * The broadcast shape of the given shapes (NumPy's rules: align on the right, sizes must be equal
     * or 1), or {@code null} when they do not broadcast.
     */
    public static int[] broadcastShapes(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        Arrays.fill(out, 1);
        for (int[] s : shapes) {
            int pad = nd - s.length;
            for (int i = 0; i < s.length; i++) {
                int d = s[i];
                int o = out[pad + i];
                if (o == d || d == 1) {
                    continue;
                }
                if (o == 1) {
                    out[pad + i] = d;
                } else {
                    return null;
                }
            }
        }
        return out;
    }

    /**
     * Strides that view an operand of {@code shape}/{@code strides} as {@code target} (which must be
     * a broadcast of it): stride 0 on new and stretched axes. Returns {@code null} if it does not
     * broadcast.
     */
    public static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
        int pad = target.length - shape.length;
        if (pad < 0) {
            return null;
        }
        int[] out = new int[target.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == target[pad + i]) {
                out[pad + i] = shape[i] == 1 ? 0 : strides[i];
            } else if (shape[i] == 1) {
                out[pad + i] = 0;
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * NumPy's no-copy reshape rule (C order): strides that present the same elements in
     * {@code newShape}, or {@code null} if the existing strides do not allow a view and a copy is
     * needed. Sizes must already agree.
     */
    public static int[] reshapeStrides(int[] shape, int[] strides, int[] newShape) {
        // drop size-1 axes of the old shape; they never constrain the layout
        int n = 0;
        int[] os = new int[shape.length];
        int[] ost = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 0) {
                return Layout.cStrides(newShape);
            }
            if (shape[i] != 1) {
                os[n] = shape[i];
                ost[n] = strides[i];
                n++;
            }
        }
        int[] nst = new int[newShape.length];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newShape.length && oi < n) {
            long np = newShape[ni];
            long op = os[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= os[oj++];
                }
            }
            // old axes oi..oj-1 must be contiguous among themselves
            for (int ok = oi; ok < oj - 1; ok++) {
                if (ost[ok] != os[ok + 1] * ost[ok + 1]) {
                    return null;
                }
            }
            // new strides, innermost first
            nst[nj - 1] = ost[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                nst[nk - 1] = nst[nk] * newShape[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        // trailing size-1 axes of the new shape: any stride works; use the C-like one
        int last = ni > 0 ? nst[ni - 1] : 1;
        for (int k = ni; k < newShape.length; k++) {
            nst[k] = last;
        }
        return nst;
    }

    /** Formats a shape as Python prints a tuple: {@code (3, 2)}, {@code (784,)}, {@code ()}. */
    public static String shapeString(int[] shape) {
        return shapeString(shape, ", ");
    }

    /** Formats a shape as NumPy's broadcast error does: {@code (3,2)}, {@code (3,)}. */
    public static String shapeStringCompact(int[] shape) {
        return shapeString(shape, ",");
    }

    private static String shapeString(int[] shape, String separator) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }
}
