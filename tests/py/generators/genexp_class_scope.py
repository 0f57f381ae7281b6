# generator expressions inside a class body: only the first iterable sees
# class-level names; the rest runs in its own scope
class A:
    data = [1, 2, 3]
    factor = 10
    doubled = list(x * 2 for x in data)
    try:
        scaled = list(x * factor for x in data)
    except NameError as e:
        scaled = "NameError: " + str(e)

print(A.doubled)
print(A.scaled)

class B:
    n = 3
    try:
        pairs = list((i, j) for i in range(n) for j in range(n))
    except NameError as e:
        pairs = "NameError: " + str(e)
    first_ok = list(i for i in range(n))

print(B.pairs)
print(B.first_ok)

# global names are visible from the genexp
factor = 7
class C:
    factor = 1000
    values = list(x * factor for x in range(3))

print(C.values)

# inside a method the genexp sees locals and self normally
class D:
    factor = 3
    def scaled(self, items):
        return list(x * self.factor for x in items)
    def local(self, items):
        k = 5
        return tuple(x + k for x in items)

print(D().scaled([1, 2]), D().local([1, 2]))

# genexp variables do not leak into the enclosing scope
y = "outer y"
g = list(y for y in range(3))
print(g, y)
def f():
    z = "local z"
    list(z for z in "ab")
    return z
print(f())
