# unpacking generators into targets, calls and displays
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)

first, *rest = gen(5)
print(first, rest)

*init, last = gen(4)
print(init, last)

x, *middle, y = gen(6)
print(x, middle, y)

try:
    p, q = gen(3)
except ValueError as e:
    print("ValueError:", e)

try:
    p, q, r = gen(2)
except ValueError as e:
    print("ValueError:", e)

def f(*args):
    return args

print(f(*gen(3)))
print(f(*gen(2), *gen(3)))
print([*gen(3), *gen(2)])
print((*gen(2),))
print({*gen(3)} == {0, 1, 2})

# unpacking in a for loop target
def pairs():
    yield 1, "a"
    yield 2, "b"

for num, letter in pairs():
    print(num, letter)

# nested unpacking
def nested():
    yield (1, (2, 3))
    yield (4, (5, 6))

for a, (b, c) in nested():
    print(a + b + c)

# too many values: the generator is consumed only as far as needed
consumed = []
def tracked():
    for i in range(10):
        consumed.append(i)
        yield i

try:
    u, v = tracked()
except ValueError as e:
    print("ValueError:", e)
print(consumed)
print(dict.fromkeys(gen(3)))
