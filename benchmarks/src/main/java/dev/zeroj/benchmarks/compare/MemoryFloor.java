package dev.zeroj.benchmarks.compare;

import dev.zeroj.benchmarks.ConvShapes;
import dev.zeroj.ndarray.DType;
import java.util.Arrays;

/**
 * The memory floor of an im2col, col2im or conv forward case: the time one thread takes to move the
 * bytes the case must move, with nothing else to do. {@code floor_im2col_S} writes as many bytes as the im2col
 * matrix has ({@code Arrays.fill}, the fastest plain Java write measured here: as fast as a loop of
 * aligned 512-bit vector stores); {@code floor_col2im_S} reads as many bytes as the column matrix
 * has (copied in 16 KB pieces into one small buffer, the fastest plain Java read measured here) and
 * writes as many as the image has; {@code floor_conv_fwd_S} reads the layer's input and writes its
 * output the same way. A version of the case written in plain Java moves at least these
 * bytes the same way, so on one thread it takes no less time than this, and {@code NumPy ms / floor ms}
 * is the most it can show in the same run. (Non-temporal stores, which skip the read of each written
 * line, could go lower; Java has no way to issue them, and large {@code System.arraycopy} calls
 * measured no faster than {@code Arrays.fill} here.)
 *
 * <p>The arrays are {@code long[]} of the case's byte sizes: the floor depends on bytes, not on the
 * element type. They are allocated once per case, like the case's own arrays.
 */
final class MemoryFloor {
    private MemoryFloor() {}

    private static final int PIECE = 2048; // longs: 16 KB, stays in L1

    /** The floor of {@code im2col_S}, {@code col2im_S} or {@code conv_fwd_S} in {@code dtype}; throws for other names. */
    static Runnable of(String caseName, DType dtype) {
        int us = caseName.lastIndexOf('_');
        ConvShapes s = ConvShapes.valueOf(caseName.substring(us + 1));
        int[] o = s.convOut();
        long colElems = (long) o[0] * o[2] * o[3] * s.x[1] * s.w[2] * s.w[3];
        long imgElems = (long) s.x[0] * s.x[1] * s.x[2] * s.x[3];
        int size = dtype == DType.FLOAT32 ? 4 : 8;
        switch (caseName.substring(0, us)) {
            case "im2col": {
                long[] col = new long[Math.toIntExact(colElems * size / 8)];
                return () -> Arrays.fill(col, 1L);
            }
            case "col2im":
                return readThenWrite(new long[Math.toIntExact(colElems * size / 8)],
                        new long[Math.toIntExact(imgElems * size / 8)]);
            case "conv_fwd": // the layer's input read once, its output written once
                return readThenWrite(new long[Math.toIntExact(imgElems * size / 8)],
                        new long[Math.toIntExact((long) o[0] * o[1] * o[2] * o[3] * size / 8)]);
            default:
                throw new IllegalArgumentException("no memory floor for " + caseName);
        }
    }

    /** Reads {@code in} once (16 KB pieces into one small buffer), then writes {@code out} once. */
    private static Runnable readThenWrite(long[] in, long[] out) {
        long[] piece = new long[PIECE];
        return () -> {
            for (int q = 0; q < in.length; q += PIECE) {
                System.arraycopy(in, q, piece, 0, Math.min(PIECE, in.length - q));
            }
            Arrays.fill(out, piece[0]);
        };
    }
}
