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

    /** {@code np.array(obj, dtype)}: see {@link Coercion}. Always a copy; {@code dtype} null = discovered. */
    static NDArray array(Object obj, DType dtype) {
        return Coercion.array(obj, dtype);
    }

    static NDArray frombuffer(java.nio.ByteBuffer buffer, DType dtype) {
        java.nio.ByteBuffer b = buffer.duplicate().order(buffer.order());
        int bytes = b.remaining();
        int item = dtype.itemSize();
        if (bytes % item != 0) {
            throw new ValueError("buffer size must be a multiple of element size");
        }
        int n = bytes / item;
        NDArray out = NDArray.allocate(dtype, new int[] {n});
        Object d = out.data;
        switch (dtype) {
            case BOOL: {
                boolean[] v = (boolean[]) d;
                for (int i = 0; i < n; i++) {
                    v[i] = b.get() != 0;
                }
                break;
            }
            case UINT8: b.get((byte[]) d); break;
            case INT32: b.asIntBuffer().get((int[]) d); break;
            case INT64: b.asLongBuffer().get((long[]) d); break;
            case FLOAT16: b.asShortBuffer().get((short[]) d); break;
            case FLOAT32: b.asFloatBuffer().get((float[]) d); break;
            default: b.asDoubleBuffer().get((double[]) d);
        }
        return out;
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
