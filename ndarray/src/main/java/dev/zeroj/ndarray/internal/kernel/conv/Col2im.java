package dev.zeroj.ndarray.internal.kernel.conv;

/**
 * col2im, the adjoint of im2col: every entry of the {@code (n*oh*ow, c*fh*fw)} matrix is added to
 * the input pixel it was copied from; entries that fall on the padding are dropped. Written as a
 * gather: each output pixel is computed once, as {@code +0.0} plus its entries in the book's order
 * (window offset {@code y} ascending, then {@code x} ascending), which is exactly the sequence of
 * {@code img[...] += col[...]} the book's loop performs on that pixel, so the result is bitwise the
 * book's. A piece is a run of (n, h) image rows, all channels.
 *
 * <p>The code is in {@link DoubleCol2im} (hand-written) and FloatCol2im (generated from it by
 * {@code ndarray/src/test/python/gen_conv_twins.py}); this class dispatches on the array type.
 */
public final class Col2im {
    private Col2im() {}

    /**
     * Writes the image {@code (n, c, h, w)}, C-contiguous at {@code dst[dstOff]}, from the matrix at
     * {@code col[colOff]} with row stride {@code rs} and column stride {@code cs} (in elements).
     */
    public static void col2im(Geometry g, double[] col, int colOff, int rs, int cs, double[] dst, int dstOff) {
        DoubleCol2im.col2im(g, col, colOff, rs, cs, dst, dstOff);
    }

    /** The float32 twin of {@link #col2im(Geometry, double[], int, int, int, double[], int)}. */
    public static void col2im(Geometry g, float[] col, int colOff, int rs, int cs, float[] dst, int dstOff) {
        FloatCol2im.col2im(g, col, colOff, rs, cs, dst, dstOff);
    }
}
