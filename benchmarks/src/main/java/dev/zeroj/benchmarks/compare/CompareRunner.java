package dev.zeroj.benchmarks.compare;

import dev.zeroj.benchmarks.BookLayers;
import dev.zeroj.benchmarks.ConvShapes;
import dev.zeroj.benchmarks.Data;
import dev.zeroj.benchmarks.Ops;
import dev.zeroj.ndarray.Conv;
import dev.zeroj.ndarray.DType;
import dev.zeroj.ndarray.NDArray;
import dev.zeroj.ndarray.internal.kernel.Simd;
import dev.zeroj.ndarray.internal.parallel.Parallel;
import dev.zeroj.ndarray.np;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zeroj side of {@code benchmarks/compare}: times one case by name.
 *
 * <pre>
 * java -cp benchmarks.jar dev.zeroj.benchmarks.compare.CompareRunner CASE [--dtype f64] [--threads 1] [--warmup 10] [--reps 20]
 *     prints the median milliseconds of REPS timed runs after WARMUP untimed ones
 * java -cp benchmarks.jar dev.zeroj.benchmarks.compare.CompareRunner --serve
 *     line protocol on stdin/stdout, used by the compare script to interleave with NumPy:
 *     "info" | "run CASE DTYPE THREADS REPS" -> "ok t1 t2 ..." (ms) or "skip REASON" | "quit"
 * </pre>
 *
 * Cases: {@code gemm_MxKxN}, {@code im2col_S}, {@code col2im_S}, {@code conv_fwd_S}, {@code conv_bwd_S},
 * {@code pool_fwd_S}, {@code pool_bwd_S}, and the memory floors {@code floor_im2col_S}, {@code floor_col2im_S}, {@code floor_conv_fwd_S}
 * ({@link MemoryFloor}), with S = {@code simple} (x 100x1x28x28, W 30x1x5x5; pooling
 * 2x2/2 of 100x30x24x24) or {@code deep} (x 100x16x28x28, W 16x16x3x3, pad 1; pooling of 100x16x28x28).
 * Inputs and outputs are allocated once per case; the timed runs reuse them.
 */
public final class CompareRunner {
    private static final Pattern GEMM = Pattern.compile("gemm_(\\d+)x(\\d+)x(\\d+)");

    /** The cases built last (at most two: a case and its memory floor alternate in one round), by "name dtype". */
    private final Map<String, Runnable> built = new HashMap<>();

    /** Thrown when a case cannot run in this build (e.g. np.dot missing). */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip(String why) {
            super(why);
        }
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        CompareRunner r = new CompareRunner();
        if (args.length == 1 && args[0].equals("--serve")) {
            r.serve();
            return;
        }
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: CompareRunner CASE [--dtype f64|f32] [--threads N] [--warmup N] [--reps N] | --serve");
            System.exit(2);
        }
        String name = args[0];
        String dtype = "f64";
        int threads = Parallel.threads(), warmup = 10, reps = 20;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dtype": dtype = args[i + 1]; break;
                case "--threads": threads = Integer.parseInt(args[i + 1]); break;
                case "--warmup": warmup = Integer.parseInt(args[i + 1]); break;
                case "--reps": reps = Integer.parseInt(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println(info());
        r.time(name, dtype, threads, warmup);
        double[] t = r.time(name, dtype, threads, reps);
        System.out.printf("%s %s threads=%d median %.4f ms (%d reps)%n", name, dtype, threads, median(t), reps);
    }

    static String info() {
        return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Simd.describe() + ", " + Runtime.getRuntime().availableProcessors() + " cpus, maxheap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB, GEMM/sum: " + Ops.describe();
    }

    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            String[] f = line.trim().split("\\s+");
            try {
                switch (f[0]) {
                    case "info":
                        out.println("ok " + info());
                        break;
                    case "run": {
                        double[] t = time(f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
                        StringBuilder sb = new StringBuilder("ok");
                        for (double v : t) {
                            sb.append(' ').append(String.format("%.5f", v));
                        }
                        out.println(sb);
                        break;
                    }
                    case "quit":
                        return;
                    default:
                        out.println("error unknown command " + f[0]);
                }
            } catch (Skip e) {
                out.println("skip " + e.getMessage());
            } catch (RuntimeException | Error e) {
                out.println("error " + e.toString().replace('\n', ' '));
            }
        }
    }

    /** Runs a case {@code reps} times on {@code threads} threads; the milliseconds of each run. */
    double[] time(String name, String dtype, int threads, int reps) {
        Parallel.setThreads(threads);
        String key = name + " " + dtype;
        Runnable current = built.get(key);
        if (current == null) {
            if (built.size() == 2) {
                built.clear(); // let the old arrays go before the new ones are allocated
            }
            current = build(name, Data.dtype(dtype));
            built.put(key, current);
        }
        double[] t = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            current.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return t;
    }

    static volatile Object sink;

    private static Runnable build(String name, DType dt) {
        if (name.startsWith("floor_")) {
            return MemoryFloor.of(name.substring("floor_".length()), dt);
        }
        Matcher m = GEMM.matcher(name);
        if (m.matches()) {
            if (!Ops.hasDot()) {
                throw new Skip("np.dot not yet in zeroj");
            }
            int mm = Integer.parseInt(m.group(1)), k = Integer.parseInt(m.group(2)), n = Integer.parseInt(m.group(3));
            NDArray a = Data.randn(dt, 1, mm, k);
            NDArray b = Data.randn(dt, 2, k, n);
            NDArray c = np.zeros(new int[] {mm, n}, dt);
            return () -> sink = Ops.dot(a, b, c);
        }
        int us = name.lastIndexOf('_');
        if (us < 0) {
            throw new IllegalArgumentException("unknown case " + name);
        }
        ConvShapes s;
        try {
            s = ConvShapes.valueOf(name.substring(us + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown case " + name);
        }
        int fh = s.w[2], fw = s.w[3];
        switch (name.substring(0, us)) {
            case "im2col": {
                NDArray x = Data.randn(dt, 1, s.x);
                NDArray col = Conv.im2col(x, fh, fw, s.stride, s.pad);
                return () -> sink = Conv.im2col(x, fh, fw, s.stride, s.pad, col);
            }
            case "col2im": {
                int[] cs = Conv.im2col(np.zeros(s.x, dt), fh, fw, s.stride, s.pad).shape();
                NDArray dcol = Data.randn(dt, 2, cs);
                NDArray img = np.zeros(s.x, dt);
                return () -> sink = Conv.col2im(dcol, s.x, fh, fw, s.stride, s.pad, img);
            }
            case "conv_fwd": {
                NDArray x = Data.randn(dt, 1, s.x);
                BookLayers.Convolution c = conv(s, dt);
                return () -> sink = c.forward(x);
            }
            case "conv_bwd": {
                NDArray x = Data.randn(dt, 1, s.x);
                BookLayers.Convolution c = conv(s, dt);
                c.forward(x);
                NDArray dout = Data.randn(dt, 4, s.convOut());
                return () -> sink = c.backward(dout);
            }
            case "pool_fwd": {
                NDArray x = Data.randn(dt, 1, s.convOut());
                BookLayers.Pooling p = new BookLayers.Pooling(2, 2, 2, 0);
                return () -> sink = p.forward(x);
            }
            case "pool_bwd": {
                NDArray x = Data.randn(dt, 1, s.convOut());
                BookLayers.Pooling p = new BookLayers.Pooling(2, 2, 2, 0);
                NDArray dout = Data.randn(dt, 2, p.forward(x).shape());
                return () -> sink = p.backward(dout);
            }
            default:
                throw new IllegalArgumentException("unknown case " + name);
        }
    }

    private static BookLayers.Convolution conv(ConvShapes s, DType dt) {
        return new BookLayers.Convolution(Data.randn(dt, 2, s.w).muli(0.01), Data.randn(dt, 3, s.w[0]), s.stride, s.pad);
    }

    static double median(double[] t) {
        double[] c = t.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
