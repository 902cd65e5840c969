/**
 * Primitive gather/scatter loops for advanced (integer-array and boolean-mask) indexing, and the
 * sort kernels behind {@code np.sort}/{@code np.argsort}. Works on primitive arrays, offsets and
 * strides only.
 */
package dev.zeroj.ndarray.internal.index;
