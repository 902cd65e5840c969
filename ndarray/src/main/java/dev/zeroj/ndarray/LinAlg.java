package dev.zeroj.ndarray;

import dev.zeroj.ndarray.internal.kernel.Convert;
import dev.zeroj.ndarray.internal.kernel.Half;
import dev.zeroj.ndarray.internal.kernel.gemm.Gemm;
import dev.zeroj.ndarray.internal.layout.Layout;
import java.util.Arrays;

/**
 * NumPy's {@code np.dot} and {@code np.matmul} on top of {@link Gemm}: rank rules, batched
 * broadcasting, dtype promotion, the {@code out} checks and NumPy's error texts.
 *
 * <p>Every product is cut into a batch of 2-D problems {@code C[m×n] = A[m×k]·B[k×n]} whose operands
 * are read through their strides (a transposed or sliced view is never copied first). float64 and
 * float32 go to the blocked GEMM; float16 is computed in float32 (multiply then add, in k order) and
 * rounded once on store, as NumPy's half loops do; integers accumulate with wrap-around in their own
 * width; bool is OR of ANDs. Operands of another dtype than the result are converted first (a copy).
 */
final class LinAlg {
    private static final String SIG = "(n?,k),(k,m?)->(n?,m?)";

    private LinAlg() {}

    /** An operand: Java scalars become strong 0-d arrays (dot is not a ufunc: no NEP 50 weak scalars). */
    private static NDArray operand(Object x) {
        return Coercion.asArray(x);
    }

    // ---------------------------------------------------------------------------------------------
    // dot
    // ---------------------------------------------------------------------------------------------

    static NDArray dot(Object x, Object y, NDArray out) {
        NDArray a = operand(x);
        NDArray b = operand(y);
        DType res = DType.promote(a.dtype, b.dtype);
        if (a.ndim() == 0 || b.ndim() == 0) {
            NDArray prod = Ufuncs.binary(Ufuncs.Op.MULTIPLY, a, b, null);
            if (out == null) {
                return prod;
            }
            checkDotOut(out, res, prod.shape);
            return out.assign(prod);
        }
        int kAxisB = b.ndim() == 1 ? 0 : b.ndim() - 2;
        int k = a.shape[a.ndim() - 1];
        if (k != b.shape[kAxisB]) {
            throw new ValueError("shapes " + Layout.shapeStringCompact(a.shape) + " and " + Layout.shapeStringCompact(b.shape)
                    + " not aligned: " + k + " (dim " + (a.ndim() - 1) + ") != " + b.shape[kAxisB] + " (dim " + kAxisB + ")");
        }
        int[] aLead = Arrays.copyOf(a.shape, a.ndim() - 1);
        int[] aLeadStrides = Arrays.copyOf(a.strides, a.ndim() - 1);
        int[] bLead = Arrays.copyOf(b.shape, b.ndim() >= 2 ? kAxisB : 0);
        int[] bLeadStrides = Arrays.copyOf(b.strides, bLead.length);
        boolean hasN = b.ndim() >= 2;
        int n = hasN ? b.shape[b.ndim() - 1] : 1;
        int[] shape = new int[aLead.length + bLead.length + (hasN ? 1 : 0)];
        System.arraycopy(aLead, 0, shape, 0, aLead.length);
        System.arraycopy(bLead, 0, shape, aLead.length, bLead.length);
        if (hasN) {
            shape[shape.length - 1] = n;
        }
        if (out != null) {
            checkDotOut(out, res, shape);
        }
        NDArray target = out == null || out.data == a.data || out.data == b.data ? NDArray.allocate(res, shape) : out;
        NDArray ac = a.dtype == res ? a : a.astype(res);
        NDArray bc = b.dtype == res ? b : b.astype(res);
        int acs = ac.strides[ac.ndim() - 1];
        int brs = bc.strides[kAxisB];
        int bcs = hasN ? bc.strides[bc.ndim() - 1] : 0;
        int bCount = Layout.size(bLead);
        int crs = bCount * n;
        // a's leading axes: coalesced; the last run is the m axis, the rest an outer loop
        int[][] co = coalesce(aLead, aLeadStrides);
        int[] oShape = co[0];
        int[] oStrides = co[1];
        int m = oShape.length == 0 ? 1 : oShape[oShape.length - 1];
        int ars = oStrides.length == 0 ? 0 : oStrides[oStrides.length - 1];
        int outerCount = oShape.length <= 1 ? 1 : Layout.size(Arrays.copyOf(oShape, oShape.length - 1));
        int[] outerIdx = new int[Math.max(0, oShape.length - 1)];
        int[] bIdx = new int[bLead.length];
        for (int o = 0; o < outerCount; o++) {
            int aOff = ac.offset;
            for (int d = 0; d < outerIdx.length; d++) {
                aOff += outerIdx[d] * oStrides[d];
            }
            Arrays.fill(bIdx, 0);
            for (int q = 0; q < bCount; q++) {
                int bOff = bc.offset;
                for (int d = 0; d < bIdx.length; d++) {
                    bOff += bIdx[d] * bLeadStrides[d];
                }
                int cOff = target.offset + o * m * crs + q * n;
                gemm(res, m, n, k, ac.data, aOff, ars, acs, bc.data, bOff, brs, bcs, target.data, cOff, crs);
                increment(bIdx, bLead);
            }
            increment(outerIdx, oShape);
        }
        if (target != out && out != null) {
            out.assign(target);
            return out;
        }
        return target;
    }

    private static void checkDotOut(NDArray out, DType res, int[] shape) {
        if (out.dtype != res || out.ndim() != shape.length || !out.isCContiguous()) {
            throw new ValueError("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)");
        }
        if (!Arrays.equals(out.shape, shape)) {
            throw new ValueError("output array has wrong dimensions");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // matmul
    // ---------------------------------------------------------------------------------------------

    static NDArray matmul(Object x, Object y, NDArray out) {
        NDArray a = operand(x);
        NDArray b = operand(y);
        for (int i = 0; i < 2; i++) {
            NDArray t = i == 0 ? a : b;
            if (t.ndim() == 0) {
                throw new ValueError("matmul: Input operand " + i + " does not have enough dimensions (has 0, gufunc core with signature "
                        + SIG + " requires 1)");
            }
        }
        DType res = DType.promote(a.dtype, b.dtype);
        boolean a1 = a.ndim() == 1;
        boolean b1 = b.ndim() == 1;
        int k = a.shape[a.ndim() - 1];
        int kb = b.shape[b1 ? 0 : b.ndim() - 2];
        if (k != kb) {
            throw new ValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " + SIG
                    + " (size " + kb + " is different from " + k + ")");
        }
        int m = a1 ? 1 : a.shape[a.ndim() - 2];
        int n = b1 ? 1 : b.shape[b.ndim() - 1];
        int ars = a1 ? 0 : a.strides[a.ndim() - 2];
        int acs = a.strides[a.ndim() - 1];
        int brs = b1 ? b.strides[0] : b.strides[b.ndim() - 2];
        int bcs = b1 ? 0 : b.strides[b.ndim() - 1];
        int[] aBatch = Arrays.copyOf(a.shape, a1 ? 0 : a.ndim() - 2);
        int[] bBatch = Arrays.copyOf(b.shape, b1 ? 0 : b.ndim() - 2);
        int[] core = a1 && b1 ? new int[0] : a1 ? new int[] {n} : b1 ? new int[] {m} : new int[] {m, n};
        int[] outBatch = null;
        if (out != null) {
            if (out.ndim() < core.length) {
                for (int i = 0; i < out.ndim(); i++) {
                    if (out.shape[i] != core[i]) {
                        throw new ValueError("matmul: Output operand 0 has a mismatch in its core dimension " + i
                                + ", with gufunc signature " + SIG + " (size " + out.shape[i] + " is different from " + core[i] + ")");
                    }
                }
                throw new ValueError("matmul: Output operand 0 does not have enough dimensions (has " + out.ndim()
                        + ", gufunc core with signature " + SIG + " requires " + core.length + ")");
            }
            for (int i = 0; i < core.length; i++) {
                int have = out.shape[out.ndim() - core.length + i];
                if (have != core[i]) {
                    throw new ValueError("matmul: Output operand 0 has a mismatch in its core dimension " + i
                            + ", with gufunc signature " + SIG + " (size " + have + " is different from " + core[i] + ")");
                }
            }
            outBatch = Arrays.copyOf(out.shape, out.ndim() - core.length);
        }
        int[] batch = outBatch == null ? Layout.broadcastShapes(aBatch, bBatch) : Layout.broadcastShapes(aBatch, bBatch, outBatch);
        if (batch == null || (outBatch != null && !Arrays.equals(batch, outBatch))) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
            sb.append(remapped(a.shape, aBatch.length, a1 ? 1 : 2)).append(' ');
            sb.append(remapped(b.shape, bBatch.length, b1 ? 1 : 2)).append(' ');
            if (out != null) {
                sb.append(Layout.shapeStringCompact(out.shape)).append("->").append(Layout.shapeStringCompact(out.shape)).append(' ');
            }
            sb.append(" and requested shape ").append(Layout.shapeStringCompact(core));
            throw new ValueError(sb.toString());
        }
        int[] shape = new int[batch.length + core.length];
        System.arraycopy(batch, 0, shape, 0, batch.length);
        System.arraycopy(core, 0, shape, batch.length, core.length);
        NDArray target;
        if (out == null) {
            target = NDArray.allocate(res, shape);
        } else {
            if (!Ufuncs.sameKind(res, out.dtype)) {
                throw new TypeError("Cannot cast ufunc 'matmul' output from dtype('" + res + "') to dtype('" + out.dtype
                        + "') with casting rule 'same_kind'");
            }
            boolean unitCols = b1 || n <= 1 || out.strides[out.ndim() - 1] == 1;
            boolean direct = out.dtype == res && unitCols && out.data != a.data && out.data != b.data;
            target = direct ? out : NDArray.allocate(res, shape);
        }
        if (target.size == 0) {
            return finish(out, target);
        }
        NDArray ac = a.dtype == res ? a : a.astype(res);
        NDArray bc = b.dtype == res ? b : b.astype(res);
        // C's row stride: a column when b is 1-D, a single row when a is 1-D
        int crs = a1 ? 0 : b1 ? target.strides[target.ndim() - 1] : target.strides[target.ndim() - 2];
        int[] sa = Layout.broadcastStrides(aBatch, Arrays.copyOf(ac.strides, aBatch.length), batch);
        int[] sb = Layout.broadcastStrides(bBatch, Arrays.copyOf(bc.strides, bBatch.length), batch);
        int[] sc = Arrays.copyOf(target.strides, batch.length);
        // fast path: b shared by every batch entry and a's batch+rows form one run in a and C
        if (batch.length > 0 && !a1 && allZero(sb) && runs(batch, sa, m, ars) && runs(batch, sc, m, crs)) {
            gemm(res, Layout.size(batch) * m, n, k, ac.data, ac.offset, ars, acs, bc.data, bc.offset, brs, bcs,
                    target.data, target.offset, crs);
            return finish(out, target);
        }
        int count = Layout.size(batch);
        int[] idx = new int[batch.length];
        for (int q = 0; q < count; q++) {
            int aOff = ac.offset;
            int bOff = bc.offset;
            int cOff = target.offset;
            for (int d = 0; d < idx.length; d++) {
                aOff += idx[d] * sa[d];
                bOff += idx[d] * sb[d];
                cOff += idx[d] * sc[d];
            }
            gemm(res, m, n, k, ac.data, aOff, ars, acs, bc.data, bOff, brs, bcs, target.data, cOff, crs);
            increment(idx, batch);
        }
        return finish(out, target);
    }

    private static NDArray finish(NDArray out, NDArray target) {
        if (out != null && target != out) {
            out.assign(target);
            return out;
        }
        return target;
    }

    private static String remapped(int[] shape, int batchLen, int coreLen) {
        StringBuilder sb = new StringBuilder(Layout.shapeStringCompact(shape)).append("->");
        if (batchLen == 0) {
            return sb.append("()").toString();
        }
        sb.append('(');
        for (int i = 0; i < batchLen; i++) {
            sb.append(shape[i]).append(',');
        }
        for (int i = 0; i < coreLen; i++) {
            sb.append(i > 0 ? "," : "").append("newaxis");
        }
        return sb.append(')').toString();
    }

    private static boolean allZero(int[] s) {
        for (int v : s) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether batch axes with these strides followed by {@code m} rows of stride {@code rs} are one run. */
    private static boolean runs(int[] batch, int[] strides, int m, int rs) {
        int expect = m * rs;
        for (int d = batch.length - 1; d >= 0; d--) {
            if (batch[d] != 1 && strides[d] != expect) {
                return false;
            }
            expect *= batch[d];
        }
        return m == 1 ? false : true;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** Drops length-1 axes and merges neighbours that form one run: {shape, strides}. */
    static int[][] coalesce(int[] shape, int[] strides) {
        int[] s = new int[shape.length];
        int[] t = new int[shape.length];
        int r = 0;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) {
                continue;
            }
            if (r > 0 && t[r - 1] == strides[i] * shape[i]) {
                s[r - 1] *= shape[i];
                t[r - 1] = strides[i];
            } else {
                s[r] = shape[i];
                t[r] = strides[i];
                r++;
            }
        }
        for (int d : shape) {
            if (d == 0) {
                return new int[][] {{0}, {0}};
            }
        }
        return new int[][] {Arrays.copyOf(s, r), Arrays.copyOf(t, r)};
    }

    private static void increment(int[] idx, int[] shape) {
        for (int d = idx.length - 1; d >= 0; d--) {
            if (++idx[d] < shape[d]) {
                return;
            }
            idx[d] = 0;
        }
    }

    /** One 2-D product in the result dtype {@code t} (operands already of that dtype). */
    static void gemm(DType t, int m, int n, int k, Object a, int ao, int ars, int acs, Object b, int bo, int brs, int bcs,
            Object c, int co, int crs) {
        if (m == 0 || n == 0) {
            return;
        }
        switch (t) {
            case FLOAT64:
                Gemm.dgemm(m, n, k, (double[]) a, ao, ars, acs, (double[]) b, bo, brs, bcs, (double[]) c, co, crs);
                return;
            case FLOAT32:
                Gemm.sgemm(m, n, k, (float[]) a, ao, ars, acs, (float[]) b, bo, brs, bcs, (float[]) c, co, crs);
                return;
            case FLOAT16:
                halfGemm(m, n, k, (short[]) a, ao, ars, acs, (short[]) b, bo, brs, bcs, (short[]) c, co, crs);
                return;
            case BOOL:
                boolGemm(m, n, k, (boolean[]) a, ao, ars, acs, (boolean[]) b, bo, brs, bcs, (boolean[]) c, co, crs);
                return;
            default:
                intGemm(t.ordinal(), m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs);
        }
    }

    /** float16: products and sums in float32 in k order, one rounding to half on store. */
    private static void halfGemm(int m, int n, int k, short[] a, int ao, int ars, int acs, short[] b, int bo, int brs, int bcs,
            short[] c, int co, int crs) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0;
                int pa = ao + i * ars;
                int pb = bo + j * bcs;
                for (int p = 0; p < k; p++, pa += acs, pb += brs) {
                    float prod = Half.toFloat(a[pa]) * Half.toFloat(b[pb]);
                    s += prod;
                }
                c[co + i * crs + j] = Half.fromFloat(s);
            }
        }
    }

    private static void boolGemm(int m, int n, int k, boolean[] a, int ao, int ars, int acs, boolean[] b, int bo, int brs,
            int bcs, boolean[] c, int co, int crs) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                boolean s = false;
                int pa = ao + i * ars;
                int pb = bo + j * bcs;
                for (int p = 0; p < k && !s; p++, pa += acs, pb += brs) {
                    s = a[pa] && b[pb];
                }
                c[co + i * crs + j] = s;
            }
        }
    }

    /** Integers: wrap-around sums (a long sum stored with the dtype's wrapping is the same thing). */
    private static void intGemm(int code, int m, int n, int k, Object a, int ao, int ars, int acs, Object b, int bo, int brs,
            int bcs, Object c, int co, int crs) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long s = 0;
                int pa = ao + i * ars;
                int pb = bo + j * bcs;
                for (int p = 0; p < k; p++, pa += acs, pb += brs) {
                    s += Convert.getLong(a, code, pa) * Convert.getLong(b, code, pb);
                }
                Convert.setLong(c, code, co + i * crs + j, s);
            }
        }
    }
}
