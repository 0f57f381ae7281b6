# Two locals combined by an operator (`total += x`, `c = a * b`, `a < b`):
# every kind of operand, the result stored into a local or left on the
# stack, and the cases that leave machine integers.
def arith(a, b):
    out = []
    for op in range(11):
        try:
            if op == 0:
                c = a + b
            elif op == 1:
                c = a - b
            elif op == 2:
                c = a * b
            elif op == 3:
                c = a % b
            elif op == 4:
                c = a // b
            elif op == 5:
                c = a / b
            elif op == 6:
                c = a & b
            elif op == 7:
                c = a | b
            elif op == 8:
                c = a ^ b
            elif op == 9:
                c = a >> b
            elif not isinstance(b, int) or b < 4096:
                c = a << b
            else:
                c = "shift too big to compare (CPython: MemoryError)"
            out.append(repr(c))
        except Exception as e:
            out.append(type(e).__name__)
    return out


def inplace(a, b):
    out = []
    x = a
    x += b
    out.append(repr(x))
    x = a
    x -= b
    out.append(repr(x))
    x = a
    x *= b
    out.append(repr(x))
    return out


def on_stack(a, b):
    return [a + b, a * b - (a - b), (a + b) * 2, str(a - b)]


def compare(a, b):
    r = []
    if a < b:
        r.append("lt")
    if a <= b:
        r.append("le")
    if a > b:
        r.append("gt")
    if a == b:
        r.append("eq")
    if a != b:
        r.append("ne")
    while a < b:
        a += 1
        r.append(a)
        if len(r) > 12:
            break
    return r


big = 2 ** 62
cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (big, big), (-big, -big - big),
         (big, 3), (3, 70), (3, -1), (2.5, 2), (2, 0.5), (1.5, 2.25), (True, 2), (False, True),
         (9007199254740993, 1.0), ("ab", "cd"), ([1], [2]), ((1,), (2, 3)), (10 ** 20, 7)]
for a, b in cases:
    print(repr(a)[:24], repr(b)[:24])
    print("  ", arith(a, b))
    try:
        print("  ", inplace(a, b), on_stack(a, b))
    except TypeError as e:
        print("   TypeError", e)
    try:
        print("  ", compare(a, b))
    except TypeError as e:
        print("   TypeError", e)


def accumulate(xs):
    total = 0
    for x in xs:
        total += x
    return total


print(accumulate(range(100)), accumulate([big, big, big]), accumulate([0.5, 1, 2 ** 70]))


def aliasing(a):
    a = a + a
    b = a
    b = b * b
    return a, b


print(aliasing(3), aliasing(big), aliasing(1.5))


def unbound(flag):
    if flag:
        y = 1
    x = 2
    return x + y


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + getattr(other, "v", other))

    def __iadd__(self, other):
        self.v += 100
        return self

    def __lt__(self, other):
        return self.v < other


def objects(a, b):
    c = a + b
    a += b
    r = []
    if a < 1000:
        r.append("small")
    return c.v, a.v, r


print(objects(Num(1), 2), objects(Num(1), Num(5)))


# The TypeError of an augmented assignment names the augmented operator;
# floats have no bitwise operators, whatever the other operand.
for a, b in [("a", "b"), ([1], [2]), (None, 1), (1.5, 2), (2, 1.5), (1.5, 2.5), ({1}, [1]), (True, 1.0)]:
    for name, f in [("-", lambda x, y: x - y), ("&", lambda x, y: x & y), ("<<", lambda x, y: x << y)]:
        try:
            print(repr(f(a, b)))
        except TypeError as e:
            print("TypeError", e)
    x = a
    try:
        x -= b
        print(repr(x))
    except TypeError as e:
        print("TypeError", e)
    x = a
    try:
        x &= b
        print(repr(x))
    except TypeError as e:
        print("TypeError", e)
    x = a
    try:
        x @= b
    except TypeError as e:
        print("TypeError", e)
