package dev.zeroj.ndarray;

/**
 * NumPy's {@code IndexError}: an index is out of range or there are too many indices.
 */
public class IndexError extends ZerojException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with NumPy's message text. */
    public IndexError(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public IndexError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "IndexError";
    }
}
