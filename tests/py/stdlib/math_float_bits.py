# math: results must be the same doubles as CPython's (same libm, same
# algorithms for gamma/lgamma/erf/cbrt/hypot/fsum) over many inputs
import math

state = 987654321


def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state


vals = []
for i in range(240):
    kind = nxt() % 6
    u = nxt() / 2**64
    if kind == 0:
        v = u * 2 - 1
    elif kind == 1:
        v = (u * 2 - 1) * 10
    elif kind == 2:
        v = (u * 2 - 1) * 1000
    elif kind == 3:
        v = math.ldexp(u, (nxt() % 600) - 300)
    elif kind == 4:
        v = u * 7 - 1
    else:
        v = (u * 2 - 1) * 30
    vals.append(v)
vals += [0.84375, 1.25, 2.857142857142857, 6.0, 28.0, 1e-300, 5e-324, 171.5, -171.5, 140.5, 2**-28, 2**28 + 1]


def run(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__[0]


for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "exp", "exp2",
             "expm1", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "erf", "erfc", "gamma", "lgamma",
             "log", "log2", "log10"]:
    f = getattr(math, name)
    print(name, " ".join(run(f, v) for v in vals))

for name in ["atan2", "fmod", "remainder", "pow", "hypot"]:
    f = getattr(math, name)
    print(name, " ".join(run(f, vals[i], vals[i + 1]) for i in range(len(vals) - 1)))

print("hypot3", " ".join(run(math.hypot, *vals[i:i + 3]) for i in range(len(vals) - 3)))
print("dist", " ".join(run(math.dist, vals[i:i + 4], vals[i + 4:i + 8]) for i in range(len(vals) - 8)))
print("fsum", " ".join(run(math.fsum, vals[i:i + 25]) for i in range(0, len(vals) - 25, 3)))
