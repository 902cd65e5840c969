/**
 * The deterministic work splitter shared by GEMM, elementwise operations and reductions: work is cut
 * into pieces whose boundaries depend only on the problem size, never on the thread count.
 */
package dev.zeroj.ndarray.internal.parallel;
