# random: seeded streams are identical to CPython's (Mersenne Twister with
# CPython's seeding of ints, floats, str and bytes)
import random

seeds = [0, 1, 42, -1, -42, 12345678901234567890, 2**32 - 1, 2**32, 2**64 + 5,
         -(3**200), 10**300, True, 1.5, -2.75, 0.1, "hello", "", "ünïcode", b"bytes",
         bytearray(b"ba"), 2**19937 + 11]
for i, s in enumerate(seeds):
    random.seed(s)
    vals = [random.random() for _ in range(1000)]
    print(i, vals[0], vals[1], vals[499], vals[999], sum(vals))

random.seed(2024)
print([random.getrandbits(k) for k in (1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 128, 257)])
print(random.getrandbits(0), random.getrandbits(1000) % 10**30)
print(random.randbytes(0), random.randbytes(5), len(random.randbytes(100)))

random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(7, version=1)
print(random.random())

r = random.Random(99)
state = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b, state[0], len(state[1]), state[1][-1], state[2])
g = r.gauss()
st = r.getstate()
print(st[2] is not None, r.gauss() == st[2])
r.setstate(st)
print(r.gauss() == st[2])

# independent instances
r1, r2 = random.Random(5), random.Random(5)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(random.Random(5).random() == random.Random(5.0).random(), random.Random(5).random() == random.Random(-5).random())

# a long stream of integers and floats from one seed
random.seed(31337)
ints = [random.randrange(1000) for _ in range(1000)]
print(sum(ints), ints[:20])
floats = [random.uniform(-5, 5) for _ in range(1000)]
print(sum(floats), floats[:3])
