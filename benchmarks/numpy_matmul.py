"""NumPy side of MatmulBenchmark: median time of np.dot(a, b, out=c) per shape and dtype.

Usage: OPENBLAS_NUM_THREADS=1 python3 benchmarks/numpy_matmul.py [MxKxN ...]
Prints: dtype shape median_us (median of 7 repeats, each the mean over an autoranged loop).
"""
import sys
import timeit
import numpy as np

shapes = sys.argv[1:] or ["100x784x50", "784x100x50", "100x50x784", "57600x25x30", "25x57600x30", "57600x30x25",
                          "100x4320x100", "256x256x256", "512x512x512", "1024x1024x1024", "2048x2048x2048"]
rng = np.random.default_rng(0)
for dt in (np.float32, np.float64):
    for s in shapes:
        m, k, n = (int(x) for x in s.split("x"))
        a = (rng.random((m, k)) * 2 - 1).astype(dt)
        b = (rng.random((k, n)) * 2 - 1).astype(dt)
        c = np.empty((m, n), dt)
        np.dot(a, b, out=c)
        t = timeit.Timer(lambda: np.dot(a, b, out=c))
        num, _ = t.autorange()
        runs = sorted(min(t.repeat(1, num)) / num for _ in range(7))
        print(f"{np.dtype(dt).name} {s} {runs[3] * 1e6:.1f}", flush=True)
