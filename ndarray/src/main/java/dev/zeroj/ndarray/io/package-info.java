/**
 * Reading and writing arrays in NumPy's formats: {@code .npy} ({@link dev.zeroj.ndarray.io.Npy}).
 * Readers validate every header field and length before allocating, so a corrupt or truncated file
 * gives a clear {@link dev.zeroj.ndarray.ValueError}, never an OutOfMemoryError or a hang.
 */
package dev.zeroj.ndarray.io;
