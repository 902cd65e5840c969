package dev.zeroj.ndarray;

/**
 * NumPy's {@code TypeError}: an operation is not supported for a dtype, or an argument has the wrong type: e.g. subtracting booleans, an unknown dtype name, an output that cannot hold the result.
 */
public class TypeError extends ZerojException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with NumPy's message text. */
    public TypeError(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public TypeError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "TypeError";
    }
}
