package dev.zeroj.ndarray;

import static dev.zeroj.ndarray.Index.ELLIPSIS;
import static dev.zeroj.ndarray.Index.NEWAXIS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The NumPy index-string grammar: parsed entries and the error messages (Python's own acceptance is golden-tested). */
class IndexParserTest {

    @Test
    void parsesEveryKindOfEntry() {
        Index[] ix = Index.parse(" 1 , -2:, ::-1, ..., None, np.newaxis, :5:2, None:3:None ");
        assertEquals(8, ix.length);
        assertEquals(1, ((Index.At) ix[0]).index());
        assertEquals(Slice.of(-2, null, null), ix[1]);
        assertEquals(Slice.of(null, null, -1), ix[2]);
        assertSame(ELLIPSIS, ix[3]);
        assertSame(NEWAXIS, ix[4]);
        assertSame(NEWAXIS, ix[5]);
        assertEquals(Slice.of(null, 5, 2), ix[6]);
        assertEquals(Slice.of(null, 3, null), ix[7]);
    }

    @Test
    void trailingCommaAndSignsAndUnderscores() {
        assertEquals(1, Index.parse("1,").length);
        assertEquals(-3, ((Index.At) Index.parse("- 3")[0]).index());
        assertEquals(3, ((Index.At) Index.parse("+3")[0]).index());
        assertEquals(Slice.of(1000, null, null), Index.parse("1_000:")[0]);
    }

    @Test
    void hugeSliceBoundsClampLikePython() {
        NDArray x = NDArray.allocate(DType.INT64, new int[] {5});
        assertArrayEquals(new int[] {5}, x.get("-99999999999999999999:99999999999999999999").shape());
    }

    @Test
    void malformedStringsPointAtTheBadToken() {
        ValueError e = assertThrows(ValueError.class, () -> Index.parse(":, :, 1:x"));
        assertEquals("malformed index \":, :, 1:x\" at column 9: expected an integer, ':' or ',', found 'x'", e.getMessage());
        e = assertThrows(ValueError.class, () -> Index.parse("1.5"));
        assertEquals("malformed index \"1.5\" at column 1: expected an integer, found '1.5'", e.getMessage());
        e = assertThrows(ValueError.class, () -> Index.parse("1,,2"));
        assertEquals("malformed index \"1,,2\" at column 3: expected an integer, a slice, '...' or None, found ','", e.getMessage());
        e = assertThrows(ValueError.class, () -> Index.parse(""));
        assertEquals("malformed index \"\" at column 1: expected an index item, found end of string", e.getMessage());
        e = assertThrows(ValueError.class, () -> Index.parse("01"));
        assertTrue(e.getMessage().contains("leading zeros"), e.getMessage());
    }

    @Test
    void zeroStepIsPythonsError() {
        ValueError e = assertThrows(ValueError.class, () -> Index.parse("::0"));
        assertTrue(e.getMessage().startsWith("slice step cannot be zero"), e.getMessage());
    }

    @Test
    void hugeIntegerIndexIsNumPysBoundsError() {
        IndexError e = assertThrows(IndexError.class, () -> np.zeros(3).get("99999999999"));
        assertEquals("index 99999999999 is out of bounds for axis 0 with size 3", e.getMessage());
    }

    @Test
    void stringFormIsAView() {
        NDArray x = NDArray.allocate(DType.FLOAT64, new int[] {3, 4});
        x.get("1:, ::2").assign(5.0);
        assertEquals(5.0, x.getDouble(2, 2));
        assertEquals(0.0, x.getDouble(0, 0));
    }
}
