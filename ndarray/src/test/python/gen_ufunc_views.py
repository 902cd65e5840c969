"""The index mini-language shared by gen_ufunc.py and gen_views.py (parsed in Java by CoreGolden.view)."""


def apply_view(a, spec):
    if spec == "T":
        return a.T
    items = []
    for s in spec.split(","):
        s = s.strip()
        if s == "None":
            items.append(None)
        elif s == "...":
            items.append(Ellipsis)
        elif ":" in s:
            p = [int(q) if q else None for q in s.split(":")]
            items.append(slice(*p))
        else:
            items.append(int(s))
    return a[tuple(items)]
