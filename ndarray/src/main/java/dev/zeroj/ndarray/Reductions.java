package dev.zeroj.ndarray;

/** Reductions over all axes, one axis or several, with keepdims. */
final class Reductions {
    /** The reductions. */
    enum Kind { SUM, MEAN, MAX, MIN, PROD, VAR, STD, ALL, ANY }

    private Reductions() {}

    static NDArray reduce(Kind kind, NDArray a, int[] axes, boolean keepdims) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray arg(boolean max, NDArray a, Integer axis, boolean keepdims) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray average(NDArray a, Integer axis, NDArray weights) {
        throw new UnsupportedOperationException("TODO");
    }
}
