#!/usr/bin/env python3
"""Prints the README's benchmark table from two `benchmarks/compare` runs, one per JDK.

    python3 benchmarks/readme_table.py [JDK17_CSV] [JDK25_CSV]

Defaults: benchmarks/results/compare-jdk17.csv and benchmarks/results/compare.csv (the CSV files
`benchmarks/compare` writes; copy the JDK 17 run's compare.csv to compare-jdk17.csv). Each row shows
the NumPy time (1 thread, from the JDK 25 run), zeroj's 1-thread times on both JDKs, the speed-ups
(NumPy ms / zeroj ms) on 1 and 2 threads per JDK, the issue's target, and whether the better JDK
meets it. The last line counts the rows that meet their target.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path, newline="") as f:
        return {(r["case"], r["dtype"], int(r["threads"])): r for r in csv.DictReader(f)}


def target(case):
    if case in ("gemm_1024x1024x1024", "gemm_2048x2048x2048"):
        return 0.9
    return 1.0 if case.startswith("gemm_") else 5.0


def main(argv):
    p17 = argv[1] if len(argv) > 1 else os.path.join(HERE, "results", "compare-jdk17.csv")
    p25 = argv[2] if len(argv) > 2 else os.path.join(HERE, "results", "compare.csv")
    r17, r25 = load(p17), load(p25)
    keys = []
    for case, dtype, _ in r25:
        if (case, dtype) not in keys:
            keys.append((case, dtype))
    print("| case | dtype | NumPy ms (1 thr) | zeroj ms JDK 17 / 25 (1 thr) | speed-up JDK 17: 1 thr / 2 thr "
          "| speed-up JDK 25: 1 thr / 2 thr | target | met (best JDK) 1 thr / 2 thr |")
    print("|---|---|---:|---:|---:|---:|---:|:-:|")
    met = {1: 0, 2: 0}
    for case, dtype in keys:
        t = target(case)
        sp = {}
        for jdk, rows in (("17", r17), ("25", r25)):
            for th in (1, 2):
                r = rows.get((case, dtype, th))
                sp[jdk, th] = float(r["speedup"]) if r else None
        ok = {}
        for th in (1, 2):
            best = max((v for v in (sp["17", th], sp["25", th]) if v is not None), default=None)
            ok[th] = best is not None and best >= t
            met[th] += ok[th]
        numpy_ms = float(r25[case, dtype, 1]["numpy_ms"])
        z17 = r17.get((case, dtype, 1))
        z25 = r25[case, dtype, 1]

        def f(v):
            return "–" if v is None else f"{v:.2f}×"

        print(f"| {case} | {dtype} | {numpy_ms:.3f} | {float(z17['zeroj_ms']) if z17 else float('nan'):.3f} / "
              f"{float(z25['zeroj_ms']):.3f} | {f(sp['17', 1])} / {f(sp['17', 2])} | {f(sp['25', 1])} / "
              f"{f(sp['25', 2])} | ≥{t:g}× | {'yes' if ok[1] else 'no'} / {'yes' if ok[2] else 'no'} |")
    print()
    print(f"Targets met (best of the two JDKs): {met[1]} of {len(keys)} case/dtype rows on 1 thread, "
          f"{met[2]} of {len(keys)} on 2 threads.")


if __name__ == "__main__":
    main(sys.argv)
