package dev.zeroj.ndarray.io;

import dev.zeroj.ndarray.NDArray;
import java.nio.file.Path;

/** NumPy's {@code .npy} format. */
public final class Npy {
    private Npy() {}

    /** Writes {@code a} to {@code file}. */
    public static void save(Path file, NDArray a) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads the array in {@code file}. */
    public static NDArray load(Path file) {
        throw new UnsupportedOperationException("TODO");
    }
}
