package dev.zeroj.ndarray;

/** Array creation: from Java values, ranges, grids, joins. */
final class Creation {
    private Creation() {}

    static NDArray asarray(Object obj) {
        if (obj instanceof NDArray) {
            return (NDArray) obj;
        }
        return array(obj, null);
    }

    static NDArray array(Object obj, DType dtype) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray frombuffer(java.nio.ByteBuffer buffer, DType dtype) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray arange(long start, long stop, long step) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray arange(double start, double stop, double step) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray logspace(double start, double stop, int num, boolean endpoint, double base) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray eye(int n, int m, int k, DType dtype) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray[] meshgrid(NDArray[] xi) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray concatenate(NDArray[] arrays, int axis) {
        throw new UnsupportedOperationException("TODO");
    }

    static NDArray stack(NDArray[] arrays, int axis) {
        throw new UnsupportedOperationException("TODO");
    }
}
