package dev.zeroj.ndarray;

/**
 * NumPy's {@code ValueError}: an argument has the right type but an inappropriate value: shapes that do not broadcast, a reshape to a different size, a malformed file.
 */
public class ValueError extends ZerojException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with NumPy's message text. */
    public ValueError(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public ValueError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "ValueError";
    }
}
