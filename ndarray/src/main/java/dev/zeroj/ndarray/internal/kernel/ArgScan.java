package dev.zeroj.ndarray.internal.kernel;

/**
 * The running state of {@code argmax}/{@code argmin} over one sequence, with typed scans (one loop
 * per storage type, no per-element type switch) and row scans for the kept-innermost layout.
 * NumPy's rules: the first of equal extremes wins; the first NaN wins and ends the search (float
 * types). Sequences may be scanned in consecutive pieces and the pieces' states combined in order.
 */
public final class ArgScan {
    private final boolean max;
    private boolean started;
    private double bestD;
    private long bestL;
    private long index;

    /** A scanner for the largest ({@code max}) or the smallest element. */
    public ArgScan(boolean max) {
        this.max = max;
    }

    /** Forgets everything scanned. */
    public void reset() {
        started = false;
        index = 0;
    }

    /** The sequence index of the first extreme (or first NaN) seen so far. */
    public long index() {
        return index;
    }

    /** Scans {@code n} longs; see {@link #scan(double[], int, int, int, long)}. */
    public void scan(long[] x, int off, int st, int n, long first) {
        int i = 0;
        if (!started) {
            started = true;
            bestL = x[off];
            index = first;
            i = 1;
        }
        long b = bestL;
        long bi = index;
        int p = off + i * st;
        if (max) {
            for (; i < n; i++, p += st) {
                if (x[p] > b) {
                    b = x[p];
                    bi = first + i;
                }
            }
        } else {
            for (; i < n; i++, p += st) {
                if (x[p] < b) {
                    b = x[p];
                    bi = first + i;
                }
            }
        }
        bestL = b;
        index = bi;
    }

    /** Takes the state of the next piece of the same sequence into account (pieces combined in order). */
    public void combine(ArgScan later, boolean isLong) {
        if (!later.started) {
            return;
        }
        boolean take;
        if (!started) {
            take = true;
        } else if (isLong) {
            take = max ? later.bestL > bestL : later.bestL < bestL;
        } else if (bestD != bestD) {
            take = false;
        } else {
            take = later.bestD != later.bestD || (max ? later.bestD > bestD : later.bestD < bestD);
        }
        if (take) {
            started = true;
            bestD = later.bestD;
            bestL = later.bestL;
            index = later.index;
        }
    }

    /** {@link #row(boolean, double[], long[], int, double[], int, int, int, long)} for longs. */
    public static void row(boolean max, long[] best, long[] idx, int a0, long[] x, int off, int st, int n, long i) {
        for (int j = 0, p = off; j < n; j++, p += st) {
            long v = x[p];
            if (max ? v > best[a0 + j] : v < best[a0 + j]) {
                best[a0 + j] = v;
                idx[a0 + j] = i;
            }
        }
    }

    /** {@link #index(boolean, double[], int, int, int)} for longs. */
    public static long index(boolean max, long[] x, int off, int st, int n) {
        long b = x[off];
        long bi = 0;
        int p = off + st;
        for (int i = 1; i < n; i++, p += st) {
            long v = x[p];
            if (max ? v > b : v < b) {
                b = v;
                bi = i;
            }
        }
        return bi;
    }

    // ---- double twins (hand-written; the float twins below are generated from them) ----

    /** Scans {@code n} doubles at {@code x[off + i*st]}, the first being sequence index {@code first}. */
    public void scan(double[] x, int off, int st, int n, long first) {
        int i = 0;
        if (!started) {
            started = true;
            bestD = x[off];
            index = first;
            i = 1;
        }
        double b = (double) bestD; // the cast narrows in the float twin
        long bi = index;
        if (b != b) {
            return;
        }
        int p = off + i * st;
        if (max) {
            for (; i < n; i++, p += st) {
                double v = x[p];
                if (!(v <= b)) {
                    b = v;
                    bi = first + i;
                    if (v != v) {
                        break;
                    }
                }
            }
        } else {
            for (; i < n; i++, p += st) {
                double v = x[p];
                if (!(v >= b)) {
                    b = v;
                    bi = first + i;
                    if (v != v) {
                        break;
                    }
                }
            }
        }
        bestD = b;
        index = bi;
    }

    /**
     * Row scan: {@code n} sequences side by side, element {@code i} of sequence {@code j} at
     * {@code x[off + j*st]}; updates {@code best[a0+j]}, {@code idx[a0+j]}. Start each sequence by
     * copying its element 0 into {@code best} (index 0), then call this for {@code i = 1, 2, ...}.
     */
    public static void row(boolean max, double[] best, long[] idx, int a0, double[] x, int off, int st, int n, long i) {
        for (int j = 0, p = off; j < n; j++, p += st) {
            double b = best[a0 + j];
            double v = x[p];
            if (b == b && (max ? !(v <= b) : !(v >= b))) {
                best[a0 + j] = v;
                idx[a0 + j] = i;
            }
        }
    }

    /** The index of the first extreme (or first NaN) of {@code n >= 1} doubles at {@code x[off + i*st]}. */
    public static long index(boolean max, double[] x, int off, int st, int n) {
        double b = x[off];
        if (b != b) {
            return 0;
        }
        long bi = 0;
        int p = off + st;
        for (int i = 1; i < n; i++, p += st) {
            double v = x[p];
            if (max ? !(v <= b) : !(v >= b)) {
                if (v != v) {
                    return i;
                }
                b = v;
                bi = i;
            }
        }
        return bi;
    }

    // ---- end double twins ----

    // ---- float twins: generated from the double twins above by ndarray/src/test/python/gen_twin_sections.py; do not edit ----

    /** Scans {@code n} floats at {@code x[off + i*st]}, the first being sequence index {@code first}. */
    public void scan(float[] x, int off, int st, int n, long first) {
        int i = 0;
        if (!started) {
            started = true;
            bestD = x[off];
            index = first;
            i = 1;
        }
        float b = (float) bestD; // the cast narrows in the float twin
        long bi = index;
        if (b != b) {
            return;
        }
        int p = off + i * st;
        if (max) {
            for (; i < n; i++, p += st) {
                float v = x[p];
                if (!(v <= b)) {
                    b = v;
                    bi = first + i;
                    if (v != v) {
                        break;
                    }
                }
            }
        } else {
            for (; i < n; i++, p += st) {
                float v = x[p];
                if (!(v >= b)) {
                    b = v;
                    bi = first + i;
                    if (v != v) {
                        break;
                    }
                }
            }
        }
        bestD = b;
        index = bi;
    }

    /**
     * Row scan: {@code n} sequences side by side, element {@code i} of sequence {@code j} at
     * {@code x[off + j*st]}; updates {@code best[a0+j]}, {@code idx[a0+j]}. Start each sequence by
     * copying its element 0 into {@code best} (index 0), then call this for {@code i = 1, 2, ...}.
     */
    public static void row(boolean max, float[] best, long[] idx, int a0, float[] x, int off, int st, int n, long i) {
        for (int j = 0, p = off; j < n; j++, p += st) {
            float b = best[a0 + j];
            float v = x[p];
            if (b == b && (max ? !(v <= b) : !(v >= b))) {
                best[a0 + j] = v;
                idx[a0 + j] = i;
            }
        }
    }

    /** The index of the first extreme (or first NaN) of {@code n >= 1} floats at {@code x[off + i*st]}. */
    public static long index(boolean max, float[] x, int off, int st, int n) {
        float b = x[off];
        if (b != b) {
            return 0;
        }
        long bi = 0;
        int p = off + st;
        for (int i = 1; i < n; i++, p += st) {
            float v = x[p];
            if (max ? !(v <= b) : !(v >= b)) {
                if (v != v) {
                    return i;
                }
                b = v;
                bi = i;
            }
        }
        return bi;
    }

    // ---- end float twins ----
}
