package dev.zeroj.examples;

import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.Py;
import dev.zeroj.ndarray.np;

/**
 * Runs the book's example scripts by name ({@code ch05/train_neuralnet}). Until the chapter ports
 * exist, it runs a small demo of the array core.
 */
public final class Launcher {
    private Launcher() {}

    /**
     * Entry point.
     *
     * @param args script names (ignored until the chapter ports exist)
     */
    public static void main(String[] args) {
        NDArray x = np.array(new double[][] {{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}});
        NDArray w = np.array(new double[] {0.1, 0.2, 0.3});
        System.out.println("x =\n" + x);
        System.out.println("x * w =\n" + x.mul(w));
        System.out.println("np.sum(x, 1) = " + np.sum(x, 1));
        System.out.println("np.exp(x - np.max(x)) =\n" + np.exp(x.sub(np.max(x))));
        Py.print("x.T.shape =", x.T().shape());
        Py.print("np.dot(x, w) =", np.dot(x, w));
    }
}
