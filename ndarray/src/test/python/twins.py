"""The float-twin transformation shared by the kernel generators.

A float kernel class is generated from its hand-written double source: every line that does not say
"generated from" gets each (old, new) pair of `pairs` replaced in order, and one header line naming
the source and the generator is prepended. The Java side (`dev.zeroj.ndarray.internal.kernel.Twins`,
used by GemmTest and ConvTwinsTest) re-does exactly this and fails when a generated file is stale.

A float section is the same transformation inside one class whose double and float methods stay
together (callers keep one class): the lines between the markers DOUBLE_BEGIN and DOUBLE_END are
hand-written, those between FLOAT_BEGIN and FLOAT_END are their float twin (float_section rewrites
them; TwinSectionsTest checks them through Twins.assertSectionCurrent). The same for other primitive
types (twin_section: "// ---- long twins: generated from the double twins above ..."), e.g. the
per-type branches of one method.
"""

DOUBLE_BEGIN = "// ---- double twins (hand-written; the float twins below are generated from them) ----"
DOUBLE_END = "// ---- end double twins ----"


def section_begin(type_name):
    """The first line of a generated section (FLOAT_BEGIN for float)."""
    return "// ---- %s twins: generated from the double twins above by ndarray/src/test/python/" % type_name


def section_end(type_name):
    """The last line of a generated section."""
    return "// ---- end %s twins ----" % type_name


FLOAT_BEGIN = section_begin("float")
FLOAT_END = section_end("float")


def _twin_line(line, pairs):
    if "generated from" not in line:
        for a, b in pairs:
            line = line.replace(a, b)
    return line


def float_twin(src, source_name, generator, pairs):
    out = [_twin_line(line, pairs) for line in src.split("\n")]
    return ("// GENERATED from %s.java by ndarray/src/test/python/%s; do not edit.\n" % (source_name, generator)
            + "\n".join(out))


def _marker(lines, text, path):
    found = [i for i, l in enumerate(lines) if l.strip().startswith(text)]
    if len(found) != 1:
        raise ValueError("%s: %d lines start with %r (want exactly one)" % (path, len(found), text))
    return found[0]


def float_section(src, pairs, path="source"):
    """src with the lines of its float section replaced by the twin of its double section's lines."""
    return twin_section(src, "float", pairs, path)


def twin_section(src, type_name, pairs, path="source"):
    """src with the lines of its type_name section (between section_begin(type_name) and
    section_end(type_name)) replaced by the twin of its double section's lines."""
    lines = src.split("\n")
    db, de = _marker(lines, DOUBLE_BEGIN, path), _marker(lines, DOUBLE_END, path)
    fb, fe = _marker(lines, section_begin(type_name), path), _marker(lines, section_end(type_name), path)
    if not db < de < fb < fe:
        raise ValueError("%s: want the double section, then the %s section" % (path, type_name))
    return "\n".join(lines[:fb + 1] + [_twin_line(l, pairs) for l in lines[db + 1:de]] + lines[fe:])
