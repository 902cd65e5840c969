/**
 * zeroj's public array API: {@link dev.zeroj.ndarray.NDArray}, the {@link dev.zeroj.ndarray.np}
 * facade, {@link dev.zeroj.ndarray.DType}, index helpers ({@link dev.zeroj.ndarray.Index},
 * {@link dev.zeroj.ndarray.Slice}) and the exception family rooted in
 * {@link dev.zeroj.ndarray.ZerojException}.
 */
package dev.zeroj.ndarray;
