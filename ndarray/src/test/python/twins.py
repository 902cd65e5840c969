"""The float-twin transformation shared by the kernel generators.

A float kernel class is generated from its hand-written double source: every line that does not say
"generated from" gets each (old, new) pair of `pairs` replaced in order, and one header line naming
the source and the generator is prepended. The Java side (`dev.zeroj.ndarray.internal.kernel.Twins`,
used by GemmTest and ConvTwinsTest) re-does exactly this and fails when a generated file is stale.
"""


def float_twin(src, source_name, generator, pairs):
    out = []
    for line in src.split("\n"):
        if "generated from" not in line:
            for a, b in pairs:
                line = line.replace(a, b)
        out.append(line)
    return ("// GENERATED from %s.java by ndarray/src/test/python/%s; do not edit.\n" % (source_name, generator)
            + "\n".join(out))
