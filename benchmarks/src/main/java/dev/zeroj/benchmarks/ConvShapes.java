package dev.zeroj.benchmarks;

/** The two convolution workloads of the benchmarks: SimpleConvNet's conv1 and a DeepConvNet layer. */
public enum ConvShapes {
    /** x 100x1x28x28, W 30x1x5x5, stride 1, pad 0 (ch07 SimpleConvNet conv1); pooling input 100x30x24x24. */
    simple(new int[] {100, 1, 28, 28}, new int[] {30, 1, 5, 5}, 1, 0),
    /** x 100x16x28x28, W 16x16x3x3, stride 1, pad 1 (ch08 DeepConvNet conv2); pooling input 100x16x28x28. */
    deep(new int[] {100, 16, 28, 28}, new int[] {16, 16, 3, 3}, 1, 1);

    public final int[] x;
    public final int[] w;
    public final int stride;
    public final int pad;

    ConvShapes(int[] x, int[] w, int stride, int pad) {
        this.x = x;
        this.w = w;
        this.stride = stride;
        this.pad = pad;
    }

    /** The conv output shape (N, FN, out_h, out_w): the pooling input. */
    public int[] convOut() {
        int oh = (x[2] + 2 * pad - w[2]) / stride + 1;
        int ow = (x[3] + 2 * pad - w[3]) / stride + 1;
        return new int[] {x[0], w[0], oh, ow};
    }
}
