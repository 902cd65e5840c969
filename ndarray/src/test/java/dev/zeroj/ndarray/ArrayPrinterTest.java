package dev.zeroj.ndarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code str(a)} and {@code repr(a)} against NumPy's texts (golden cases from {@code gen_printing.py}). */
class ArrayPrinterTest {

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void strAndReprMatchNumpy() {
        Golden g = Golden.area("printing");
        List<String[]> lines = g.lines();
        assertTrue(lines.size() > 150, "too few printing cases");
        for (String[] f : lines) {
            NDArray a = g.load(f[0], "a");
            NDArray x = f[1].equals("T") ? a.T() : a;
            String what = f[0] + (f[1].equals("T") ? ".T" : "");
            assertEquals(unescape(f[2]), x.toString(), "str(" + what + ")");
            assertEquals(unescape(f[3]), x.repr(), "repr(" + what + ")");
        }
    }
}
