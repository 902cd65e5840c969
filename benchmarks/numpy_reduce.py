#!/usr/bin/env python3
"""NumPy's side of ReduceBench: the same operations and shapes, timed with timeit.

    python3 benchmarks/numpy_reduce.py [--rounds 15]

The cases are run in interleaved rounds (one timeit measurement of every case per round, so a
noisy moment hits all cases alike); prints the median microseconds per call of each case.
"""
import argparse
import statistics
import timeit

import numpy as np


def cases():
    rng = np.random.default_rng(1)
    out = {}
    for rows in (100, 60000):
        for dt in ("f32", "f64"):
            x = (rng.random((rows, 784)) * 3 - 1.5).astype(np.float32 if dt == "f32" else np.float64)
            out[f"sumAxis0 {dt} {rows}"] = (lambda x=x: x.sum(axis=0))
            out[f"sumAxis1 {dt} {rows}"] = (lambda x=x: x.sum(axis=1))
    y = rng.random((10000, 10))
    out["argmaxAxis1 (10000,10) f64"] = lambda: np.argmax(y, axis=1)
    y100 = rng.random((100, 10))
    out["argmaxAxis1 (100,10) f64"] = lambda: np.argmax(y100, axis=1)
    v = rng.random(1_000_000)
    out["sumAll 1e6 f64"] = lambda: v.sum()
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=15)
    a = p.parse_args()
    cs = cases()
    number = {}
    for name, f in cs.items():  # warm up and pick a repetition count of ~20 ms per measurement
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
