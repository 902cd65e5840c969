/**
 * The neural networks of "Deep Learning from Scratch" on zeroj-ndarray, one package per book
 * folder ({@code common}, {@code dataset}, {@code ch04} ... {@code ch08}). Filled by later issues.
 */
package dev.zeroj.nn;
