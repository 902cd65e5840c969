package dev.zeroj.ndarray.internal.index;

/**
 * Stable index sorts (merge sort) over primitive keys, NumPy's order: ascending, NaN after every
 * number, {@code -0.0} equal to {@code 0.0}, ties kept in their original order.
 */
public final class Sort {
    private Sort() {}

    /** {@code a < b} in NumPy's float order (NaN largest). */
    private static boolean less(double a, double b) {
        return a < b || (b != b && a == a);
    }

    /** Sorts {@code idx[0..n)} (positions into {@code key}) stably by {@code key}. */
    public static void argsort(double[] key, int[] idx, int n) {
        int[] tmp = new int[n];
        mergeSort(key, idx, tmp, 0, n);
    }

    /** Sorts {@code idx[0..n)} (positions into {@code key}) stably by {@code key}. */
    public static void argsort(long[] key, int[] idx, int n) {
        int[] tmp = new int[n];
        mergeSort(key, idx, tmp, 0, n);
    }

    private static void mergeSort(double[] key, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                double kv = key[v];
                int j = i - 1;
                while (j >= lo && less(kv, key[a[j]])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(key, a, tmp, lo, mid);
        mergeSort(key, a, tmp, mid, hi);
        if (!less(key[a[mid]], key[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !less(key[tmp[j]], key[tmp[i]]))) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private static void mergeSort(long[] key, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                long kv = key[v];
                int j = i - 1;
                while (j >= lo && kv < key[a[j]]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(key, a, tmp, lo, mid);
        mergeSort(key, a, tmp, mid, hi);
        if (key[a[mid]] >= key[a[mid - 1]]) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && key[tmp[j]] >= key[tmp[i]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
