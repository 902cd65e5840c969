// GENERATED from DoubleMaxPool.java by ndarray/src/test/python/gen_conv_twins.py; do not edit.
package dev.zeroj.ndarray.internal.kernel.conv;

import dev.zeroj.ndarray.internal.parallel.Parallel;

/**
 * The float half of {@link MaxPool} (see there for the algorithm and the layouts).
 * <p>FloatMaxPool.java is generated from DoubleMaxPool.java by ndarray/src/test/python/gen_conv_twins.py (every word double to float): edit DoubleMaxPool.java and regenerate.
 * Literals are ints ({@code 0}), which both twins widen to their own type.
 */
final class FloatMaxPool {
    private FloatMaxPool() {}

    /**
     * Forward pass. Input at {@code src[off]} with strides {@code sN, sC, sH, sW}; {@code out}
     * C-contiguous {@code (n, c, oh, ow)} at {@code outOff}; {@code argmax} C-contiguous at
     * {@code argOff}.
     */
    static void forward(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] out, int outOff, long[] argmax, int argOff) {
        int units = g.n * g.oh;
        if (g.rows() == 0 || g.c == 0) {
            return;
        }
        int upp = Geometry.unitsPerPiece(g.k() * g.ow);
        int pieces = (units + upp - 1) / upp;
        // the book's 2x2 pooling with stride 2 and no padding: every window lies inside
        final boolean pool2x2 = g.fh == 2 && g.fw == 2 && g.stride == 2 && g.pad == 0;
        final ConvKernels vec = ConvKernels.VECTOR;
        Parallel.forEach(pieces, piece -> {
            int end = Math.min(units, (piece + 1) * upp);
            if (pool2x2 && vec != null && vec.maxPool2x2(g, src, off, sN, sC, sH, sW, out, outOff, argmax, argOff,
                    piece * upp, end)) {
                return;
            }
            if (pool2x2) {
                forward2x2(g, src, off, sN, sC, sH, sW, out, outOff, argmax, argOff, piece * upp, end);
                return;
            }
            for (int u = piece * upp; u < end; u++) {
                forwardRow(g, src, off, sN, sC, sH, sW, out, outOff, argmax, argOff, u);
            }
        });
    }

    private static void forwardRow(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] out, int outOff, long[] argmax, int argOff, int u) {
        final int n = u / g.oh, i = u % g.oh;
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OW = g.ow;
        final int ohw = g.oh * OW;
        final int h0 = i * s - p;
        final boolean rowsIn = h0 >= 0 && h0 + fh <= H;
        for (int c = 0; c < C; c++) {
            final int planeBase = off + n * sN + c * sC;
            int o = outOff + (n * C + c) * ohw + i * OW;
            int a = argOff + u * OW * C + c;
            for (int j = 0; j < OW; j++, o++, a += C) {
                final int w0 = j * s - p;
                // branch-free scan (random data makes compare branches unpredictable): a later equal
                // value replaces the maximum (np.max's sign of zero), a later greater one the argmax
                float best;
                int bi = 0;
                boolean nan;
                if (fh == 2 && fw == 2 && rowsIn && w0 >= 0 && w0 + 2 <= W) {
                    // the book's 2x2 pooling, straight-line
                    final int base = planeBase + h0 * sH + w0 * sW;
                    final float v0 = src[base], v1 = src[base + sW], v2 = src[base + sH], v3 = src[base + sH + sW];
                    best = v0;
                    bi = v1 > best ? 1 : 0;
                    best = v1 >= best ? v1 : best;
                    bi = v2 > best ? 2 : bi;
                    best = v2 >= best ? v2 : best;
                    bi = v3 > best ? 3 : bi;
                    best = v3 >= best ? v3 : best;
                    nan = v0 != v0 | v1 != v1 | v2 != v2 | v3 != v3;
                } else if (rowsIn && w0 >= 0 && w0 + fw <= W) {
                    final int base = planeBase + h0 * sH + w0 * sW;
                    best = src[base];
                    nan = best != best;
                    int k = 1;
                    for (int x = 1; x < fw; x++, k++) {
                        float v = src[base + x * sW];
                        bi = v > best ? k : bi;
                        best = v >= best ? v : best;
                        nan |= v != v;
                    }
                    for (int y = 1; y < fh; y++) {
                        final int rb = base + y * sH;
                        for (int x = 0; x < fw; x++, k++) {
                            float v = src[rb + x * sW];
                            bi = v > best ? k : bi;
                            best = v >= best ? v : best;
                            nan |= v != v;
                        }
                    }
                } else {
                    best = read(src, planeBase, sH, sW, h0, w0, H, W);
                    nan = best != best;
                    for (int k = 1; k < fh * fw; k++) {
                        float v = read(src, planeBase, sH, sW, h0 + k / fw, w0 + k % fw, H, W);
                        bi = v > best ? k : bi;
                        best = v >= best ? v : best;
                        nan |= v != v;
                    }
                }
                if (nan) { // rare: the first NaN wins both
                    for (int k = 0; k < fh * fw; k++) {
                        float v = read(src, planeBase, sH, sW, h0 + k / fw, w0 + k % fw, H, W);
                        if (v != v) {
                            best = v;
                            bi = k;
                            break;
                        }
                    }
                }
                out[o] = best;
                argmax[a] = bi;
            }
        }
    }

    /**
     * 2x2 windows, stride 2, no padding, for the row blocks {@code [u0, u1)}. A tournament per
     * window: the later of two equal values wins the value (np.max's sign of zero), the earlier the
     * index, the pairs (0, 1) and (2, 3) first, then the two winners; a window with a NaN takes its
     * first NaN. Same results as the sequential scan of {@code forwardRow}.
     */
    private static void forward2x2(Geometry g, float[] src, int off, int sN, int sC, int sH, int sW,
            float[] out, int outOff, long[] argmax, int argOff, int u0, int u1) {
        final int C = g.c, OH = g.oh, OW = g.ow, ohw = OH * OW;
        for (int u = u0; u < u1; u++) {
            final int n = u / OH, i = u % OH;
            final int rowBase = off + n * sN + 2 * i * sH;
            for (int c = 0; c < C; c++) {
                final int b0 = rowBase + c * sC;
                final int o = outOff + (n * C + c) * ohw + i * OW;
                int a = argOff + u * OW * C + c;
                for (int j = 0, b = b0; j < OW; j++, b += 2 * sW, a += C) {
                    window2x2(src, b, sW, sH, out, o + j, argmax, a);
                }
            }
        }
    }

    /** One 2x2 window at {@code src[b]}: its maximum to {@code out[o]}, its argmax to {@code argmax[a]}. */
    static void window2x2(float[] src, int b, int sW, int sH, float[] out, int o, long[] argmax, int a) {
        final float v0 = src[b], v1 = src[b + sW], v2 = src[b + sH], v3 = src[b + sH + sW];
        float best;
        int bi;
        if (v0 != v0 | v1 != v1 | v2 != v2 | v3 != v3) {
            bi = v0 != v0 ? 0 : v1 != v1 ? 1 : v2 != v2 ? 2 : 3;
            best = bi == 0 ? v0 : bi == 1 ? v1 : bi == 2 ? v2 : v3;
        } else {
            final float m01 = v1 >= v0 ? v1 : v0, m23 = v3 >= v2 ? v3 : v2;
            best = m23 >= m01 ? m23 : m01;
            bi = m23 > m01 ? (v3 > v2 ? 3 : 2) : (v1 > v0 ? 1 : 0);
        }
        out[o] = best;
        argmax[a] = bi;
    }

    private static float read(float[] src, int planeBase, int sH, int sW, int ih, int iw, int H, int W) {
        return ih >= 0 && ih < H && iw >= 0 && iw < W ? src[planeBase + ih * sH + iw * sW] : 0;
    }

    /**
     * Backward pass: {@code dx} C-contiguous {@code (n, c, h, w)} at {@code dxOff} from {@code dout}
     * {@code (n, c, oh, ow)} at {@code doutOff} with strides {@code dN, dC, dH, dW}, and the argmax
     * at {@code argmax[argOff + r * argStride]} for book row r.
     *
     * @throws MaxPool.BadIndex for an argmax outside {@code [-fh*fw, fh*fw)}
     */
    static void backward(Geometry g, float[] dout, int doutOff, int dN, int dC, int dH, int dW,
            long[] argmax, int argOff, int argStride, float[] dx, int dxOff) {
        int units = g.n * g.c;
        if (units == 0 || g.h == 0 || g.w == 0) {
            return;
        }
        int upp = Geometry.unitsPerPiece((long) g.h * g.w);
        int pieces = (units + upp - 1) / upp;
        Parallel.forEach(pieces, piece -> {
            int end = Math.min(units, (piece + 1) * upp);
            for (int u = piece * upp; u < end; u++) {
                backwardPlane(g, dout, doutOff, dN, dC, dH, dW, argmax, argOff, argStride, dx, dxOff, u);
            }
        });
    }

    private static void backwardPlane(Geometry g, float[] dout, int doutOff, int dN, int dC, int dH, int dW,
            long[] argmax, int argOff, int argStride, float[] dx, int dxOff, int u) {
        final int n = u / g.c, c = u % g.c;
        final int fh = g.fh, fw = g.fw, s = g.stride, p = g.pad, H = g.h, W = g.w, C = g.c, OH = g.oh, OW = g.ow;
        final int pool = fh * fw;
        final int plane = dxOff + u * H * W;
        final int dBase = doutOff + n * dN + c * dC;
        if (fh == 2 && fw == 2 && s == 2 && p == 0) {
            // the book's 2x2 pooling: each pixel gets at most one term, +0.0 plus dout at the argmax
            // and +0.0 elsewhere: the plane zeroed (Arrays.fill, whole vectors), then the one value per
            // window (measured against four scalar zeros and the value per window, benchmarks/compare
            // --baseline-jar, one thread, 4 runs on JDK 25 and 17: pool_bwd_simple float32 1.08-1.15 ->
            // 1.02-1.03 ms; float64 0.94-1.10x, noise)
            java.util.Arrays.fill(dx, plane, plane + H * W, 0);
            for (int i = 0; i < OH; i++) {
                int r = argOff + ((n * OH + i) * OW * C + c) * argStride;
                final int row = plane + 2 * i * W;
                for (int j = 0; j < OW; j++, r += C * argStride) {
                    final long a = argmax[r];
                    if (a < -4 || a >= 4) {
                        throw new MaxPool.BadIndex(a);
                    }
                    final int k = (int) (a & 3); // a + 4 for a negative a
                    dx[row + 2 * j + (k >> 1) * W + (k & 1)] = 0 + dout[dBase + i * dH + j * dW];
                }
            }
            return;
        }
        java.util.Arrays.fill(dx, plane, plane + H * W, 0);
        final boolean disjoint = s >= fh && s >= fw;
        // disjoint windows: one pass, each pixel gets at most one term; otherwise one pass per (y, x)
        final int passes = disjoint ? 1 : pool;
        for (int key = 0; key < passes; key++) {
            for (int i = 0; i < OH; i++) {
                int r = argOff + ((n * OH + i) * OW * C + c) * argStride;
                for (int j = 0; j < OW; j++, r += C * argStride) {
                    long a = argmax[r];
                    if (a < -pool || a >= pool) {
                        throw new MaxPool.BadIndex(a);
                    }
                    int k = (int) (a < 0 ? a + pool : a);
                    if (!disjoint && k != key) {
                        continue;
                    }
                    int ih = i * s + k / fw - p, iw = j * s + k % fw - p;
                    if (ih >= 0 && ih < H && iw >= 0 && iw < W) {
                        dx[plane + ih * W + iw] += dout[dBase + i * dH + j * dW];
                    }
                }
            }
        }
    }
}
