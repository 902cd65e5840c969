package dev.zeroj.ndarray.internal.kernel.conv;

/**
 * The shape arithmetic of one im2col-style operation: an input of {@code (n, c, h, w)} read by
 * {@code fh x fw} windows with a stride and zero padding, giving {@code oh x ow} window positions.
 * The im2col matrix has {@code rows() = n*oh*ow} rows ordered (n, oh, ow) and {@code k() = c*fh*fw}
 * columns ordered (c, fh, fw).
 */
public final class Geometry {
    /** Batch, channels, height and width of the (unpadded) input. */
    public final int n, c, h, w;
    /** Window height and width. */
    public final int fh, fw;
    /** Step between windows and zero padding on every side of the height and width axes. */
    public final int stride, pad;
    /** Window positions along the height and width. */
    public final int oh, ow;

    /**
     * Stores the geometry; {@code oh} and {@code ow} are {@code (h + 2 pad - fh) / stride + 1}
     * rounded down (the book's {@code conv_output_size}).
     *
     * @throws IllegalArgumentException if a size is negative, {@code fh}, {@code fw} or
     *     {@code stride} is below 1, or {@code pad} is negative
     */
    public Geometry(int n, int c, int h, int w, int fh, int fw, int stride, int pad) {
        if (n < 0 || c < 0 || h < 0 || w < 0 || fh < 1 || fw < 1 || stride < 1 || pad < 0) {
            throw new IllegalArgumentException("bad geometry");
        }
        this.n = n;
        this.c = c;
        this.h = h;
        this.w = w;
        this.fh = fh;
        this.fw = fw;
        this.stride = stride;
        this.pad = pad;
        this.oh = outputSize(h, fh, stride, pad);
        this.ow = outputSize(w, fw, stride, pad);
    }

    /** {@code floor((in + 2 pad - filter) / stride) + 1}; may be zero or negative for a too large filter. */
    public static int outputSize(int in, int filter, int stride, int pad) {
        return Math.floorDiv(in + 2 * pad - filter, stride) + 1;
    }

    /** Rows of the im2col matrix: {@code n * oh * ow} (as a long, to check for overflow). */
    public long rows() {
        return (long) n * Math.max(oh, 0) * Math.max(ow, 0);
    }

    /** Columns of the im2col matrix: {@code c * fh * fw}. */
    public long k() {
        return (long) c * fh * fw;
    }

    /**
     * How many units (of {@code unitElements} output elements each) one parallel piece takes: about
     * 64K elements, at least one unit. Depends only on the sizes, never on the thread count.
     */
    static int unitsPerPiece(long unitElements) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, 65536 / Math.max(1, unitElements)));
    }
}
