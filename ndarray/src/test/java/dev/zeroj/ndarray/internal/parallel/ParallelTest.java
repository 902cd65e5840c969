package dev.zeroj.ndarray.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The thread-count setting and error propagation of {@link Parallel}. */
class ParallelTest {
    @Test
    void threadsPropertyIsValidated() {
        assertEquals(8, Parallel.parseThreads(null, 8));
        assertEquals(8, Parallel.parseThreads(" ", 8));
        assertEquals(64, Parallel.parseThreads(null, 200), "the default is capped at 64");
        assertEquals(3, Parallel.parseThreads(" 3 ", 8));
        assertEquals(64, Parallel.parseThreads("64", 8));
        for (String bad : new String[] {"0", "-1", "65", "100", "two"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.parseThreads(bad, 8));
            assertEquals("zeroj.threads must be an integer in 1..64, got '" + bad + "'", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(65));
        assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
    }

    @Test
    void aPiecesExceptionIsRethrownAsIs() {
        int before = Parallel.threads();
        Parallel.setThreads(2);
        try {
            IllegalStateException boom = new IllegalStateException("piece 5 failed");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(16, i -> {
                if (i == 5) {
                    throw boom;
                }
            }));
            assertSame(boom, e);
        } finally {
            Parallel.setThreads(before);
        }
    }
}
