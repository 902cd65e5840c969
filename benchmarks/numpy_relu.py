#!/usr/bin/env python3
"""NumPy's side of ReluBench and SoftmaxBench: np.maximum(0, x), x <= 0 and the book's softmax.

    python3 benchmarks/numpy_relu.py [--rounds 15]

Interleaved rounds of timeit (one measurement of every case per round); prints medians in us.
"""
import argparse
import statistics
import timeit

import numpy as np


def cases():
    rng = np.random.default_rng(1)
    out = {}
    for rows, cols in ((100, 784), (100, 50)):
        for dt in ("f32", "f64"):
            x = rng.standard_normal((rows, cols)).astype(np.float32 if dt == "f32" else np.float64)
            out[f"maximum0 {dt} {rows}x{cols}"] = (lambda x=x: np.maximum(0, x))
            out[f"le0 {dt} {rows}x{cols}"] = (lambda x=x: x <= 0)
    for rows, cols in ((100, 10), (100, 784)):
        for dt in ("f32", "f64"):
            x = rng.standard_normal((rows, cols)).astype(np.float32 if dt == "f32" else np.float64)
            y = np.zeros_like(x)

            def softmax(x=x, y=y):
                np.subtract(x, x.max(axis=1, keepdims=True), out=y)
                np.exp(y, out=y)
                return np.divide(y, y.sum(axis=1, keepdims=True), out=y)
            out[f"softmax {dt} {rows}x{cols}"] = softmax
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=15)
    a = p.parse_args()
    cs = cases()
    number = {}
    for name, f in cs.items():
        t = timeit.timeit(f, number=1)
        number[name] = max(1, int(0.02 / max(t, 1e-7)))
    times = {name: [] for name in cs}
    for _ in range(a.rounds):
        for name, f in cs.items():
            times[name].append(timeit.timeit(f, number=number[name]) / number[name] * 1e6)
    for name in cs:
        print(f"{name:32s} {statistics.median(times[name]):12.1f} us")


if __name__ == "__main__":
    main()
