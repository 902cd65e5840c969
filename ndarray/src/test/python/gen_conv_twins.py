"""Generates the float twins of the hand-written double conv kernels.

FloatX.java from DoubleX.java for every pair in TWINS, by twins.float_twin with PAIRS ("double" ->
"float", "Double" -> "Float", "dgemm" -> "sgemm"). ConvTwinsTest.floatTwinIsCurrent re-does this
transformation in Java and fails when a generated file is stale. Run: python3 ndarray/src/test/python/gen_conv_twins.py
"""
import os

from twins import float_twin

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    "../../main/java/dev/zeroj/ndarray/internal/kernel/conv")

PAIRS = (("double", "float"), ("Double", "Float"), ("dgemm", "sgemm"))

# (hand-written double source, generated float file)
TWINS = (("DoubleConvLayer", "FloatConvLayer"), ("DoubleVectorIm2col", "FloatVectorIm2col"),
         ("DoubleCol2im", "FloatCol2im"), ("DoubleMaxPool", "FloatMaxPool"),
         ("DoubleShiftedConv", "FloatShiftedConv"), ("DoubleShiftedDx", "FloatShiftedDx"),
         ("DoubleShiftedDw", "FloatShiftedDw"), ("DoubleDcolTiles", "FloatDcolTiles"))


for d, f in TWINS:
    with open(os.path.join(HERE, d + ".java"), encoding="utf-8") as fh:
        twin = float_twin(fh.read(), d, "gen_conv_twins.py", PAIRS)
    with open(os.path.join(HERE, f + ".java"), "w", encoding="utf-8") as fh:
        fh.write(twin)
    print("wrote %s.java" % f)
