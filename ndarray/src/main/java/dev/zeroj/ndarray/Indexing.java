package dev.zeroj.ndarray;

/** Advanced indexing (integer arrays, boolean masks). */
final class Indexing {
    private Indexing() {}

    static NDArray get(NDArray a, Index[] index) {
        throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    }
}
