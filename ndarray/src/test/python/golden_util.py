"""Shared helpers for the golden-data generators.

Every generator writes NumPy's own inputs and outputs as .npy files under
ndarray/src/test/resources/golden/<area>/, so the Java tests run without Python.
Run a generator from anywhere, e.g.  python3 ndarray/src/test/python/gen_ufunc.py
The output is deterministic (fixed seeds); commit it together with the script.
"""
import os
import shutil
import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


class Area:
    """A folder of golden cases. Each case is a name -> dict of arrays (inputs and outputs)."""

    def __init__(self, area):
        self.dir = os.path.join(ROOT, area)
        if os.path.isdir(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        self.count = 0
        self.lines = []

    def save(self, case, **arrays):
        """Writes <case>.<key>.npy for every array; counts one golden case; returns the name."""
        for key, arr in arrays.items():
            np.save(os.path.join(self.dir, f"{case}.{key}.npy"), np.asarray(arr), allow_pickle=False)
        self.count += 1
        return case

    def line(self, *fields):
        """Adds a tab-separated line to cases.tsv (for parameters, strings, error texts)."""
        self.lines.append("\t".join(str(f) for f in fields))

    def error(self, case, fn):
        """Runs fn, which must raise; records case, exception type and message in cases.tsv."""
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - we record whatever NumPy raises
            self.line("error", case, type(e).__name__, str(e))
            self.count += 1
            return
        raise AssertionError(f"{case}: NumPy raised nothing")

    def close(self):
        if self.lines:
            with open(os.path.join(self.dir, "cases.tsv"), "w", encoding="utf-8") as f:
                f.write("\n".join(self.lines) + "\n")
        print(f"{os.path.basename(self.dir)}: {self.count} golden cases")
