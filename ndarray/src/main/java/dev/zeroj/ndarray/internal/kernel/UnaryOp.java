package dev.zeroj.ndarray.internal.kernel;

/** Elementwise unary operations with a kernel. */
public enum UnaryOp {
    /** -a. */
    NEGATIVE,
    /** |a|. */
    ABSOLUTE,
    /** -1, 0, 1 (NaN for NaN). */
    SIGN,
    /** a * a. */
    SQUARE,
    /** square root (float compute only). */
    SQRT,
    /** e^a. */
    EXP,
    /** natural logarithm. */
    LOG,
    /** hyperbolic tangent. */
    TANH,
    /** sine. */
    SIN,
    /** cosine. */
    COS,
    /** largest integer not greater than a. */
    FLOOR,
    /** smallest integer not less than a. */
    CEIL,
    /** 1 / a. */
    RECIPROCAL,
    /** copies a (used for casts and assignment). */
    IDENTITY,
    /** not a (truth values; bool compute only). */
    LOGICAL_NOT
}
