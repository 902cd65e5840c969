package dev.zeroj.ndarray.internal.iter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zeroj.ndarray.internal.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StridedLoop}: dimension coalescing, and every element visited once in C order. */
class StridedLoopTest {
    @Test
    void contiguousCoalescesToOneRun() {
        int[] shape = {100, 30, 24, 24};
        StridedLoop p = StridedLoop.of(shape, Layout.cStrides(shape), Layout.cStrides(shape));
        assertEquals(1, p.ndim());
        assertEquals(100 * 30 * 24 * 24, p.innerLength());
        assertEquals(1, p.innerStride(0));
    }

    @Test
    void lengthOneAxesAreDroppedAndBroadcastAxesMerge() {
        StridedLoop p = StridedLoop.of(new int[] {1, 4, 1, 5}, new int[] {99, 5, 7, 1}, new int[] {0, 0, 0, 0});
        assertEquals(1, p.ndim());
        assertEquals(20, p.innerLength());
        assertEquals(0, p.innerStride(1));
        // a row broadcast against a matrix: the axes cannot merge for the broadcast operand
        StridedLoop q = StridedLoop.of(new int[] {3, 4}, new int[] {4, 1}, new int[] {0, 1});
        assertEquals(2, q.ndim());
        // a transposed operand keeps both axes
        StridedLoop t = StridedLoop.of(new int[] {3, 4}, new int[] {4, 1}, new int[] {1, 3});
        assertEquals(2, t.ndim());
        assertEquals(3, t.innerStride(1));
        // 0-d
        StridedLoop z = StridedLoop.of(new int[0], new int[0]);
        assertEquals(1, z.size());
        assertEquals(1, z.innerLength());
    }

    /** The offsets of every element, in C order, by a plain odometer. */
    private static List<Integer> naive(int[] shape, int[] strides, int base) {
        List<Integer> out = new ArrayList<>();
        int size = Layout.size(shape);
        int[] idx = new int[shape.length];
        for (int n = 0; n < size; n++) {
            int off = base;
            for (int d = 0; d < shape.length; d++) {
                off += idx[d] * strides[d];
            }
            out.add(off);
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    @Test
    void visitsEveryElementInCOrderForRandomLayoutsAndRanges() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int nd = rnd.nextInt(5);
            int[] shape = new int[nd];
            int[] s1 = new int[nd];
            for (int d = 0; d < nd; d++) {
                shape[d] = rnd.nextInt(4) + (rnd.nextInt(5) == 0 ? 0 : 1);
            }
            int[] c = Layout.cStrides(shape);
            int[] perm = Layout.fStrides(shape);
            for (int d = 0; d < nd; d++) {
                int r = rnd.nextInt(4);
                s1[d] = r == 0 ? 0 : r == 1 ? -c[d] : r == 2 ? perm[d] * 2 : c[d];
            }
            StridedLoop p = StridedLoop.of(shape, c, s1);
            List<Integer> e0 = naive(shape, c, 0);
            List<Integer> e1 = naive(shape, s1, 1000);
            int size = e0.size();
            assertEquals(size, p.size());
            int start = size == 0 ? 0 : rnd.nextInt(size + 1);
            int end = start + (size == start ? 0 : rnd.nextInt(size - start + 1));
            List<Integer> g0 = new ArrayList<>();
            List<Integer> g1 = new ArrayList<>();
            p.run(new int[] {0, 1000}, start, end, (offs, n) -> {
                for (int i = 0; i < n; i++) {
                    g0.add(offs[0] + i * p.innerStride(0));
                    g1.add(offs[1] + i * p.innerStride(1));
                }
            });
            assertArrayEquals(e0.subList(start, end).toArray(), g0.toArray(), "operand 0, trial " + trial);
            assertArrayEquals(e1.subList(start, end).toArray(), g1.toArray(), "operand 1, trial " + trial);
        }
    }
}
