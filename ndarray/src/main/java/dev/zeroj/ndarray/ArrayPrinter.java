package dev.zeroj.ndarray;

/** NumPy's str() and repr() of arrays. */
final class ArrayPrinter {
    private ArrayPrinter() {}

    static String str(NDArray a) {
        return "NDArray" + dev.zeroj.ndarray.internal.layout.Layout.shapeString(a.shape);
    }

    static String repr(NDArray a) {
        return str(a);
    }
}
