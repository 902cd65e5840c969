package dev.zeroj.ndarray;

/**
 * Python's {@code OverflowError}: a Java integer scalar does not fit the integer dtype of the array
 * it is combined with, e.g. {@code Python integer 300 out of bounds for uint8}.
 */
public class OverflowError extends ZerojException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with NumPy's message text. */
    public OverflowError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "OverflowError";
    }
}
