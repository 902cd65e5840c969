/**
 * Decimal text of binary floating-point numbers, as NumPy and Python print them.
 *
 * <p>{@link dev.zeroj.ndarray.internal.format.Dragon4} generates decimal digits exactly (big
 * integers, no rounding error) in NumPy's Dragon4 modes: shortest digits that identify the value
 * within its own format (float16, float32 or float64), optionally cut after a number of digits or
 * extended to a minimum number of digits. {@link dev.zeroj.ndarray.internal.format.FloatFormatter}
 * lays those digits out positionally ({@code 0.125}) or in scientific notation ({@code 1.25e-01})
 * with NumPy's trimming and padding, and gives the scalar texts of Python's {@code repr(float)}
 * and NumPy's {@code str(np.float32(x))}. Nothing here depends on the JDK's own float printing,
 * which on JDK 17 is not always shortest.
 */
package dev.zeroj.ndarray.internal.format;
