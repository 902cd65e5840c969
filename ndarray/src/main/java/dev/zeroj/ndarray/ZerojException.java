package dev.zeroj.ndarray;

/**
 * The root of every exception zeroj throws on bad input. Unchecked.
 *
 * <p>Subclasses carry NumPy's exception names ({@link ValueError}, {@link TypeError},
 * {@link IndexError}, {@link AxisError}) and NumPy's message texts, so an error reads as it would in
 * Python. Catch {@code ZerojException} to catch them all.
 */
public class ZerojException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with NumPy's message text. */
    public ZerojException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public ZerojException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The Python exception type NumPy raises in the same situation, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return "Exception";
    }
}
