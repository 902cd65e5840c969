/**
 * Inner kernels over primitive arrays: 1-D elementwise loops per compute type, reductions, GEMM,
 * im2col/col2im and pooling. Nothing here knows the public API types; callers hand in primitive
 * arrays, offsets, strides and counts. A portable scalar provider and an optional Vector API
 * provider are chosen once at start-up ({@link dev.zeroj.ndarray.internal.kernel.Simd}).
 */
package dev.zeroj.ndarray.internal.kernel;
