/**
 * The convolution kernels of the book's Convolution and Pooling layers: im2col, col2im, max pooling
 * forward (value and argmax) and backward. Pure primitive code over {@code double[]} and
 * {@code float[]} twins; every kernel cuts its work into pieces whose boundaries depend only on the
 * problem's geometry ({@link dev.zeroj.ndarray.internal.kernel.conv.Geometry}) and writes each output
 * element from exactly one piece in one fixed order, so results are bitwise independent of the thread
 * count. Sums (col2im, pooling backward) add their terms in the book's order: for each pixel, window
 * offsets {@code y} ascending, then {@code x} ascending, starting from {@code +0.0}.
 */
package dev.zeroj.ndarray.internal.kernel.conv;
