/**
 * Strided n-d iteration: dimensions are coalesced where every operand is contiguous across them, the
 * innermost dimension becomes one 1-D kernel call, and the outer ones are an odometer over offsets.
 * A broadcast operand has stride 0; it is never copied.
 */
package dev.zeroj.ndarray.internal.iter;
