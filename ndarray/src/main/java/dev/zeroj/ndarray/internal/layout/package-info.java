/**
 * Shape, stride and offset arithmetic on plain {@code int[]}s: contiguity, broadcasting, the
 * no-copy reshape rule and dimension coalescing. Strides are in elements, not bytes.
 */
package dev.zeroj.ndarray.internal.layout;
