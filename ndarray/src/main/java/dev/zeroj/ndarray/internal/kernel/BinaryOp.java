package dev.zeroj.ndarray.internal.kernel;

/** Elementwise binary operations with a kernel. Comparisons and logical ones write booleans. */
public enum BinaryOp {
    /** a + b. */
    ADD,
    /** a - b. */
    SUBTRACT,
    /** a * b. */
    MULTIPLY,
    /** a / b (float compute only). */
    DIVIDE,
    /** a ** b. */
    POWER,
    /** max(a, b), NaN propagating. */
    MAXIMUM,
    /** min(a, b), NaN propagating. */
    MINIMUM,
    /** a == b. */
    EQUAL,
    /** a != b. */
    NOT_EQUAL,
    /** a &lt; b. */
    LESS,
    /** a &lt;= b. */
    LESS_EQUAL,
    /** a &gt; b. */
    GREATER,
    /** a &gt;= b. */
    GREATER_EQUAL,
    /** a and b (truth values). */
    LOGICAL_AND,
    /** a or b (truth values). */
    LOGICAL_OR,
    /** a xor b (truth values). */
    LOGICAL_XOR;

    /** Whether the result is a boolean computed from two values of the compute type. */
    public boolean isComparison() {
        return ordinal() >= EQUAL.ordinal() && ordinal() <= GREATER_EQUAL.ordinal();
    }

    /** Whether the result is a boolean computed from two truth values. */
    public boolean isLogical() {
        return ordinal() >= LOGICAL_AND.ordinal();
    }
}
