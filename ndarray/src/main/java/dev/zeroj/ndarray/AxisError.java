package dev.zeroj.ndarray;

/**
 * NumPy's {@code AxisError} (a {@code ValueError} and an {@code IndexError} in Python): an axis
 * argument is out of range, e.g. {@code axis 2 is out of bounds for array of dimension 1}.
 */
public class AxisError extends IndexError {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code axis} on an array of {@code ndim} dimensions. */
    public AxisError(int axis, int ndim) {
        super("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    /** Creates the exception with a message. */
    public AxisError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "AxisError";
    }
}
