package dev.zeroj.ndarray;

/**
 * The left-hand side {@code x[index]} of a NumPy assignment or in-place operation, made by
 * {@link NDArray#at(Object...)} / {@link NDArray#at(String)}. Nothing is read or written until one of
 * its methods runs.
 *
 * <pre>
 * dx[np.arange(n), t] -= 1          dx.at(np.arange(n), t).subi(1);
 * img[:, :, y:ym:s, x:xm:s] += c    img.at(all(), all(), slice(y, ym, s), slice(x, xm, s)).addi(c);
 * out[mask] = 0                     out.at(mask).set(0);     (or out.set(0, mask))
 * </pre>
 *
 * <p>With basic indices (integers, slices, new axes, ellipsis) the operation runs on the view, as in
 * NumPy. With array indices it is <em>buffered</em>, also as in NumPy: {@code x[idx] += v} reads
 * {@code x[idx]}, adds, and writes back, so an index that appears twice is incremented once (the last
 * write wins). For accumulation over repeated indices use {@link np#add_at}.
 */
public final class Selection {
    private final NDArray array;
    private final Index[] index;

    Selection(NDArray array, Index[] index) {
        this.array = array;
        this.index = index;
    }

    /**
     * {@code x[index]}: a view for basic indices, otherwise a copy.
     *
     * @throws IndexError for an out-of-bounds or malformed index
     */
    public NDArray get() {
        return Indexing.get(array, index);
    }

    /**
     * {@code x[index] = value}: {@code value} (an NDArray, a Java number or boolean, or array_like)
     * is broadcast to the selection and cast to the array's dtype (unsafe casting; a Java integer
     * must fit an integer dtype). Returns the whole array.
     *
     * @throws ValueError if the value does not broadcast to the selection
     * @throws OverflowError {@code Python integer 300 out of bounds for uint8}
     * @throws IndexError for an out-of-bounds or malformed index
     */
    public NDArray set(Object value) {
        Indexing.set(array, index, value);
        return array;
    }

    /**
     * {@code x[index] += value} (buffered; see the class description), with the casting rules of
     * {@link NDArray#addi(NDArray)}. Returns the whole array.
     *
     * @throws TypeError if the result cannot be cast to the array's dtype (e.g. int += float)
     * @throws ValueError if the value does not broadcast to the selection
     */
    public NDArray addi(Object value) {
        Indexing.inplace(array, index, Ufuncs.Op.ADD, value);
        return array;
    }

    /** {@code x[index] -= value} (buffered). Returns the whole array. @throws TypeError, ValueError as {@link #addi} */
    public NDArray subi(Object value) {
        Indexing.inplace(array, index, Ufuncs.Op.SUBTRACT, value);
        return array;
    }

    /** {@code x[index] *= value} (buffered). Returns the whole array. @throws TypeError, ValueError as {@link #addi} */
    public NDArray muli(Object value) {
        Indexing.inplace(array, index, Ufuncs.Op.MULTIPLY, value);
        return array;
    }

    /** {@code x[index] /= value} (buffered). Returns the whole array. @throws TypeError on integer arrays */
    public NDArray divi(Object value) {
        Indexing.inplace(array, index, Ufuncs.Op.DIVIDE, value);
        return array;
    }

    /** The index as NumPy would print it inside the brackets, e.g. {@code :, 1:5:2, array(3,)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < index.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(index[i]);
        }
        return sb.toString();
    }
}
